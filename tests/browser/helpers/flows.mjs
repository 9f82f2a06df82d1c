// Walks through the app as a person would, by role and visible label: the start page and its one
// next step, the courses, the export. Shared by several tests (the self-assessment: assessment.mjs).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  button, chooseRadio, clickButton, click, expectAttribute, expectDisabled,
  expectHeading, expectProgress, link, poll, resultsPath, waitForOne, waitForRoleText, waitForText,
} from './harness.mjs';

// A first visit's start page: the one next step, then the other entrances (secondary).
export const START_BUTTONS_SV = ['Börja med självskattningen', 'Kurser', 'Exportera resultat', 'Svara på chefsenkäten',
  'Samordnare', 'English'];
export const START_BUTTONS_EN = ['Start with the self-assessment', 'Courses', 'Export results',
  'Answer the manager survey', 'Coordinator', 'Svenska'];
// What the start page has whatever the person has done.
const START_ALWAYS_SV = ['Exportera resultat', 'Samordnare', 'English'];
export const NEXT_STEP = 'Ditt nästa steg';
// With no round open and no course begun, the next step is the course the profile suggests first.
export const SUGGESTED_COURSE = /^Starta kursen: .+/;
const MATCH_WITH = 'Vad hör ihop med: ';
const MATCH_CHANGE = 'Ändra det som hör ihop med: ';

// The mirror's elements in reading order, each as { role, level, name, text, inGroup }: the
// accessible name (aria-label or text) and the visible text, whitespace collapsed.
export async function mirrorItems(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('.m')).map((el) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const role = el.getAttribute('role') ?? el.dataset.role ?? '';
    return {
      role: /^H[1-6]$/.test(el.tagName) ? 'heading' : role,
      level: /^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0,
      name: (el.getAttribute('aria-label') ?? text).replace(/\s+/g, ' ').trim(),
      text,
      checked: el.getAttribute('aria-checked') === 'true',
      inGroup: el.parentElement?.closest('[role="group"],[role="radiogroup"]') != null,
    };
  }));
}

// Opens a folded section (a disclosure button whose name begins `prefix`) when it is shut, as a
// person would tap it; true when there was one. Its name stays; aria-expanded turns true.
export async function openFold(page, prefix) {
  const pattern = prefix instanceof RegExp ? prefix : new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const shut = page.getByRole('button', { name: pattern, expanded: false });
  if ((await shut.count()) === 0) return (await page.getByRole('button', { name: pattern, expanded: true }).count()) > 0;
  const name = (await shut.first().getAttribute('aria-label')) ?? (await shut.first().textContent()).trim();
  await click(shut.first());
  await expectAttribute(button(page, name), 'aria-expanded', 'true');
  return true;
}

// The items under the heading named `name` up to the next heading of the same or a higher level.
export async function sectionItems(page, name, level = 2) {
  const items = await mirrorItems(page);
  const start = items.findIndex((it) => it.role === 'heading' && it.level === level && it.name === name);
  if (start < 0) return null;
  const rest = items.slice(start + 1);
  const end = rest.findIndex((it) => it.role === 'heading' && it.level <= level);
  return end < 0 ? rest : rest.slice(0, end);
}

// The start page's next step: its lines and its buttons (exactly one is expected).
export async function nextStep(page) {
  const items = await sectionItems(page, NEXT_STEP);
  if (!items) return null;
  return {
    lines: items.filter((it) => it.role === 'paragraph' || it.role === '').map((it) => it.text),
    buttons: items.filter((it) => it.role === 'button').map((it) => it.name),
  };
}

// The start page; with `next`, its one next step is a single button of that name.
export async function expectStartPage(page, { next } = {}) {
  await expectHeading(page, 'Digilyft');
  await expectHeading(page, NEXT_STEP);
  for (const name of START_ALWAYS_SV) await waitForOne(button(page, name), `start button "${name}"`);
  if (next) await expectNextStep(page, next);
}

export async function expectNextStep(page, name, line) {
  let last;
  const fits = (shown) => (typeof name === 'string' ? shown === name : name.test(shown));
  await poll(async () => {
    last = await nextStep(page);
    return last && last.buttons.length === 1 && fits(last.buttons[0]) && (!line || last.lines.includes(line));
  }, { message: () => `the next step "${name}"${line ? ` with "${line}"` : ''} (shown: ${JSON.stringify(last)})` });
}

export async function goToStart(page, opts) {
  const l = await waitForOne(link(page, 'Till startsidan'), 'link "Till startsidan"');
  await click(l);
  await expectStartPage(page, opts);
}

// The start page offers the courses once: "Kurser", or "Välj en kurs" when that is the next step.
export async function openCourses(page) {
  let which;
  await poll(async () => {
    const n = [await button(page, 'Kurser').count(), await button(page, 'Välj en kurs').count()];
    which = n[0] === 1 && n[1] === 0 ? 'Kurser' : n[0] === 0 && n[1] === 1 ? 'Välj en kurs' : null;
    return which;
  }, { message: 'one button to the courses ("Kurser" or "Välj en kurs")' });
  await clickButton(page, which);
  await expectHeading(page, 'Kurser');
}

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
export const CHECK_ANSWER = 'Kontrollera svaret';

// The accessible name of a module card's main button: "<visible label>: <module title>".
export const courseButtonName = (label, module) => `${label}: ${module.title}`;

// Waits for the verdict the app gives: "Rätt! <why>" or "Inte riktigt. <why> Försök igen."
export async function expectVerdict(page, right, why) {
  const want = right ? `Rätt! ${norm(why)}` : `Inte riktigt. ${norm(why)} Försök igen.`;
  return waitForRoleText(page, 'status', (t) => t === want, `reading ${JSON.stringify(want)}`);
}

// The "Kontrollera svaret" button that belongs to a question: the first one after `anchor`.
async function checkButtonAfter(anchor) {
  const b = anchor.locator(`xpath=following::*[@role="button" or self::button][normalize-space(.)="${CHECK_ANSWER}"][1]`);
  await waitForOne(b, `"${CHECK_ANSWER}" after the question`);
  await expectDisabled(b, false);
  return b;
}

// The order question's lines as shown: item texts from top to bottom ("1 av 4: <text>").
export async function shownOrder(page, q) {
  const n = q.items.length;
  const texts = new Set(q.items.map((it) => norm(it.text)));
  const lines = await page.getByText(new RegExp(`^\\d+ av ${n}: `)).allTextContents();
  const parsed = lines.map(norm).map((t) => /^(\d+) av (\d+): (.*)$/.exec(t)).filter((m) => m && texts.has(m[3]));
  if (parsed.length !== n) return null;
  const out = [];
  for (const m of parsed) out[Number(m[1]) - 1] = m[3];
  return out.includes(undefined) ? null : out;
}

export async function waitForOrder(page, q, want) {
  let last;
  await poll(async () => {
    last = await shownOrder(page, q);
    return last !== null && last.join('\n') === want.join('\n');
  }, { message: () => `order ${JSON.stringify(want)} (shown: ${JSON.stringify(last)})` });
}

// Moves the order items with the "Upp" / "Ner" buttons until they stand as `want` (texts).
export async function arrangeOrder(page, q, want) {
  const n = want.length;
  for (let i = 0; i < n; i++) {
    let current = await poll(() => shownOrder(page, q), { message: `the ${n} lines of "${q.prompt}"` });
    let j = current.indexOf(want[i]);
    // Bubble want[i] up from j to i with "Flytta upp", or use "Flytta ner" on the one above.
    while (j > i) {
      const useDown = (j - i) % 2 === 0;  // try both buttons
      const text = useDown ? current[j - 1] : current[j];
      const b = button(page, `${useDown ? 'Flytta ner' : 'Flytta upp'}: ${text}`);
      await waitForOne(b, `button "${useDown ? 'Flytta ner' : 'Flytta upp'}: ${text}"`);
      const visible = await b.textContent();
      assert.equal(norm(visible), useDown ? 'Ner' : 'Upp', 'the button shows a short label');
      await click(b);
      const next = [...current];
      [next[j - 1], next[j]] = [next[j], next[j - 1]];
      await waitForOrder(page, q, next);
      current = next;
      j -= 1;
    }
  }
}

// Pairs each row of a match question with the right text given by `want` (left -> right), as a
// person does: a row already paired is opened again with "Ändra" first, then the rows are paired
// from the top, each offered when the one above it is paired; a choice never changes another row,
// and a paired row shows "<left>: <right>".
export async function arrangeMatch(page, q, want) {
  for (const pair of q.pairs) {
    const change = button(page, `${MATCH_CHANGE}${pair.left}`);
    if ((await change.count()) === 1) {
      await click(change);
      await poll(async () => (await change.count()) === 0, { message: `"${pair.left}" opened again` });
    }
  }
  for (const [i, pair] of q.pairs.entries()) {
    const g = page.getByRole('radiogroup', { name: `${MATCH_WITH}${pair.left}`, exact: true });
    await waitForOne(g, `radio group "${MATCH_WITH}${pair.left}"`);
    // The right texts other rows have taken are not offered again.
    await poll(async () => (await g.getByRole('radio').count()) === q.pairs.length - i,
      { message: `${q.pairs.length - i} right texts left for "${pair.left}"` });
    await click(g.getByRole('radio', { name: want[pair.left], exact: true }));
    await waitForOne(button(page, `${MATCH_CHANGE}${pair.left}`), `"${MATCH_CHANGE}${pair.left}"`);
    await waitForText(page, `${norm(pair.left)}: ${norm(want[pair.left])}`);
  }
  for (const pair of q.pairs) {  // every row as wanted: no choice changed another row
    await waitForText(page, `${norm(pair.left)}: ${norm(want[pair.left])}`);
  }
  return button(page, `${MATCH_CHANGE}${q.pairs.at(-1).left}`);
}

export async function setCheckboxes(page, q, texts) {
  const g = page.getByRole('group', { name: q.prompt, exact: true });
  await waitForOne(g, `group "${q.prompt}"`);
  for (const c of q.choices) {
    const box = g.getByRole('checkbox', { name: c.text, exact: true });
    await waitForOne(box, `checkbox "${c.text}"`);
    const want = texts.includes(c.text) ? 'true' : 'false';
    if ((await box.getAttribute('aria-checked')) !== want) {
      await click(box);
      await expectAttribute(box, 'aria-checked', want);
    }
  }
  return g;
}

// A wrong answer for a question of any kind (what a person might try first).
export function wrongAnswer(q) {
  switch (q.kind) {
    case 'single': return q.choices.find((c) => !c.correct).text;
    case 'true_false': return !q.answer;
    case 'multiple': {
      const right = q.choices.filter((c) => c.correct).map((c) => c.text);
      const wrong = q.choices.filter((c) => !c.correct).map((c) => c.text);
      return wrong.length ? [...right, wrong[0]] : right.slice(1);
    }
    case 'order': {
      const texts = q.items.map((it) => it.text);
      [texts[0], texts[1]] = [texts[1], texts[0]];
      return texts;
    }
    case 'match': {
      const rights = q.pairs.map((p) => p.right);
      return Object.fromEntries(q.pairs.map((p, i) => [p.left, rights[(i + 1) % rights.length]]));
    }
    default: throw new Error(`unknown kind ${q.kind}`);
  }
}

export function rightAnswer(q) {
  switch (q.kind) {
    case 'single': return q.choices.find((c) => c.correct).text;
    case 'true_false': return q.answer;
    case 'multiple': return q.choices.filter((c) => c.correct).map((c) => c.text);
    case 'order': return q.items.map((it) => it.text);
    case 'match': return Object.fromEntries(q.pairs.map((p) => [p.left, p.right]));
    default: throw new Error(`unknown kind ${q.kind}`);
  }
}

// Puts an answer together without checking it (the draft of multiple, order and match).
export async function draftAnswer(page, q, answer) {
  if (q.kind === 'multiple') return setCheckboxes(page, q, answer);
  if (q.kind === 'order') {
    const prompt = await waitForText(page, q.prompt);
    await arrangeOrder(page, q, answer);
    return prompt;
  }
  if (q.kind === 'match') return arrangeMatch(page, q, answer);
  throw new Error(`${q.kind} has no draft`);
}

// Answers a question of any kind right or wrong, as a person would, and checks the feedback the
// app gives: for single choice the chosen choice's feedback, for the others feedback_right/_wrong.
export async function answerQuestion(page, q, { right }) {
  const answer = right ? rightAnswer(q) : wrongAnswer(q);
  if (q.kind === 'single') {
    await chooseRadio(page, q.prompt, answer);
    const choice = q.choices.find((c) => c.text === answer);
    return expectVerdict(page, choice.correct, choice.feedback);
  }
  if (q.kind === 'true_false') {
    await chooseRadio(page, q.prompt, answer ? 'Sant' : 'Falskt');
    return expectVerdict(page, right, right ? q.feedbackRight : q.feedbackWrong);
  }
  const anchor = await draftAnswer(page, q, answer);
  await click(await checkButtonAfter(anchor));
  const verdict = await expectVerdict(page, right, right ? q.feedbackRight : q.feedbackWrong);
  if (q.kind === 'match' && !right) {
    // Which pairs are wrong, each by name.
    const wrong = q.pairs.filter((p) => answer[p.left] !== p.right);
    await waitForText(page, `${q.pairs.length - wrong.length} av ${q.pairs.length} par stämmer. De här stämmer inte:`);
    for (const p of wrong) await waitForText(page, `${norm(p.left)} hör inte ihop med ”${norm(answer[p.left])}”`);
  }
  if (q.kind === 'order' && !right) {
    // How many steps are in place, and each step that is not, by its place and text.
    const n = q.items.length;
    const misplaced = answer.map((text, i) => [i, text]).filter(([i, text]) => q.items[i].text !== text);
    await waitForText(page, `${n - misplaced.length} av ${n} steg står på rätt plats. De här står på fel plats:`);
    for (const [i, text] of misplaced) await waitForText(page, `”${norm(text)}” (står nu på plats ${i + 1})`);
  }
  if (q.kind === 'multiple') {
    // Why, for each choice the person chose.
    for (const c of q.choices.filter((c) => answer.includes(c.text))) {
      await waitForText(page, `${norm(c.text)}: ${norm(c.feedback)}`);
    }
  }
  return verdict;
}

// A question is on the page the way its kind is shown.
export async function expectQuestionShown(page, q) {
  if (q.kind === 'single' || q.kind === 'true_false') {
    const g = page.getByRole('radiogroup', { name: q.prompt, exact: true });
    await waitForOne(g, `question "${q.prompt}"`);
    const want = q.kind === 'single' ? q.choices.map((c) => c.text) : ['Sant', 'Falskt'];
    await poll(async () => JSON.stringify((await g.getByRole('radio').allTextContents()).map(norm)) === JSON.stringify(want),
      { message: `the choices ${JSON.stringify(want)} in "${q.prompt}"` });
  } else if (q.kind === 'multiple') {
    const g = page.getByRole('group', { name: q.prompt, exact: true });
    await waitForOne(g, `group "${q.prompt}"`);
    await poll(async () => (await g.getByRole('checkbox').count()) === q.choices.length,
      { message: `${q.choices.length} checkboxes in "${q.prompt}"` });
  } else if (q.kind === 'order') {
    await waitForText(page, q.prompt);
    await waitForText(page, 'Flytta stegen med Upp och Ner tills de står i rätt ordning.');
    await poll(() => shownOrder(page, q), { message: `the ${q.items.length} lines of "${q.prompt}"` });
  } else if (q.kind === 'match') {
    await waitForText(page, q.prompt);
    // Each row is there: paired (with "Ändra"), offered (the first row not paired), or waiting.
    await poll(async () => {
      let offered = 0;
      for (const p of q.pairs) {
        const paired = await button(page, `${MATCH_CHANGE}${p.left}`).count();
        const open = await page.getByRole('radiogroup', { name: `${MATCH_WITH}${p.left}`, exact: true }).count();
        const waiting = await page.getByText(`${norm(p.left)}: inget valt än`, { exact: true }).count();
        if (paired + open + waiting !== 1) return false;
        offered += open;
      }
      return offered <= 1;
    }, { message: `the ${q.pairs.length} rows of "${q.prompt}", at most one offered` });
  }
}

export async function expectModulePage(page, module, index) {
  const total = module.pages.length;
  const p = module.pages[index];
  await expectHeading(page, module.title);
  await expectProgress(page, `Sida ${index + 1} av ${total}`);
  await expectHeading(page, p.title);
  if (p.texts.length) await waitForText(page, p.texts[0]);
  if (p.keyPoints.length) {
    await expectHeading(page, 'Att komma ihåg');
    await waitForText(page, p.keyPoints[0]);
  }
  // One callout, with its heading, per scenario and per group prompt (a page may have two).
  const headings = (name, n) => poll(async () => (await page.getByRole('heading', { name, exact: true }).count()) === n,
    { message: `${n} heading(s) "${name}"` });
  if (p.scenarios.length) {
    await headings('Ett fall från vardagen', p.scenarios.length);
    for (const s of p.scenarios) await waitForText(page, s.story);
  }
  if (p.reflections.length) {
    await headings('Prata om i gruppen', p.reflections.length);
    for (const r of p.reflections) await waitForText(page, r);
  }
  for (const pic of p.pictures) {
    await waitForOne(page.getByRole('img', { name: pic.alt, exact: true }), `picture "${pic.alt}"`);
  }
  for (const q of p.questions) await expectQuestionShown(page, q);
}

// From Kurser: opens the module and walks it to "Bra jobbat!", as a person who answers every
// question wrong first, leaves the first few wrong (so the mastery rule is not met), finds "Avsluta
// kursen" disabled, goes back with "Föregående" and puts them right.
// beforeRound: this is the first course while the questions before the courses are unanswered, so
// the app asks first; the person chooses the course.
export async function completeCourse(page, module, { startLabel = 'Starta kursen', beforeRound = false } = {}) {
  await clickButton(page, courseButtonName(startLabel, module));
  if (beforeRound) await chooseCourseFirst(page);
  await workThroughModule(page, module);
}

// Asked before a first course whether to answer the questions before the courses first: "Börja
// kursen nu".
export async function chooseCourseFirst(page) {
  await expectHeading(page, 'Innan du börjar kursen');
  await clickButton(page, 'Börja kursen nu');
}

// A first visit's first course: "Kurser", "Starta kursen: …", "Börja kursen nu" (the questions
// before the courses are offered first), then the course's first page.
export async function startFirstCourse(page, module) {
  await openCourses(page);
  await clickButton(page, courseButtonName('Starta kursen', module));
  await chooseCourseFirst(page);
  await expectModulePage(page, module, 0);
}

// The same walk from the module's first page, wherever the person came from.
export async function workThroughModule(page, module) {
  const total = module.pages.length;
  const last = total - 1;
  const questions = module.questions;
  const leaveWrong = new Set(questions.slice(0, questions.length - module.mastery + 1).map((q) => q.id));
  const firstWrongPage = Math.min(...questions.filter((q) => leaveWrong.has(q.id)).map((q) => q.pageIndex));
  for (let i = 0; i < total; i++) {
    await expectModulePage(page, module, i);
    for (const q of module.pages[i].questions) {
      await answerQuestion(page, q, { right: false });
      if (!leaveWrong.has(q.id)) await answerQuestion(page, q, { right: true });
    }
    if (i < last) await clickButton(page, 'Nästa');
  }
  // Too few right: the course cannot be finished yet.
  const finish = await waitForOne(button(page, 'Avsluta kursen'), 'button "Avsluta kursen"');
  assert.equal(await button(page, 'Nästa').count(), 0, 'the last page has no "Nästa"');
  await expectDisabled(finish, true);
  await waitForText(page, `${module.mastery - 1} av ${questions.length} rätt`);
  await waitForText(page, `Du blir klar när du har läst alla sidor och har minst ${module.mastery} av ${questions.length} rätt.`);
  const allRule = 'Svara rätt på alla frågor för att bli klar.';
  if (module.mastery === questions.length) await waitForText(page, allRule);
  else assert.equal(await page.getByText(allRule, { exact: true }).count(), 0, `no "${allRule}"`);
  // Back to the wrong answers with "Föregående", checking each page and putting them right.
  for (let i = last; i >= firstWrongPage; i--) {
    if (i < last) {
      await clickButton(page, 'Föregående');
      await expectModulePage(page, module, i);
    }
    for (const q of module.pages[i].questions) {
      if (leaveWrong.has(q.id)) await answerQuestion(page, q, { right: true });
    }
  }
  for (let i = firstWrongPage; i < last; i++) {
    await clickButton(page, 'Nästa');
    await expectModulePage(page, module, i + 1);
  }
  await waitForText(page, `${questions.length} av ${questions.length} rätt`);
  await expectDisabled(button(page, 'Avsluta kursen'), false);
  await clickButton(page, 'Avsluta kursen');
  await expectHeading(page, 'Bra jobbat!');
  await waitForText(page, `Du har gått klart kursen ${module.title}.`);
  await waitForText(page, /^Du har lagt .+ på kursen\.$/);
  await clickButton(page, 'Tillbaka till kurser');
  await expectHeading(page, 'Kurser');
  await waitForText(page, 'Klar');
  const again = courseButtonName('Gå igenom kursen igen', module);
  await waitForOne(button(page, again), `button "${again}"`);
}

// The main button of the module's card in Kurser (the last one with its name: a "Fortsätt där du
// slutade" section above the cards has a button of the same name).
export function courseCardButton(page, module) {
  const title = module.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('button', {
    name: new RegExp(`^(Starta kursen|Fortsätt kursen|Gå igenom kursen igen): ${title}$`),
  }).last();
}

// The status line of the module's card ("Inte påbörjad", "Sida 2 av 6", "Klar"): the line just
// before its main button.
export async function courseStatus(page, module) {
  const b = courseCardButton(page, module);
  await poll(async () => (await b.count()) === 1, { message: `the card of "${module.title}"` });
  return norm(await b.locator('xpath=preceding::p[1]').textContent());
}

export async function expectCourseStatus(page, module, want) {
  let last;
  await poll(async () => (last = await courseStatus(page, module).catch(() => null)) === want,
    { message: () => `the card of "${module.title}" to say "${want}" (says ${JSON.stringify(last)})` });
}

// Clicks the card's main button, checking its visible label.
export async function openCourseFromCard(page, module, label, { beforeRound = false } = {}) {
  const name = courseButtonName(label, module);
  const b = page.getByRole('button', { name, exact: true }).last();
  await poll(async () => (await b.count()) === 1, { message: `a button "${name}"` });
  assert.equal(norm(await b.textContent()), label, 'the card button shows the short label');
  await expectDisabled(b, false);
  await click(b);
  if (beforeRound) await chooseCourseFirst(page);
}

// The module from its first page to "Bra jobbat!", every question answered right at once.
export async function finishModuleRight(page, module) {
  for (let i = 0; i < module.pages.length; i++) {
    await expectModulePage(page, module, i);
    for (const q of module.pages[i].questions) await answerQuestion(page, q, { right: true });
    if (i < module.pages.length - 1) await clickButton(page, 'Nästa');
  }
  await clickButton(page, 'Avsluta kursen');
  await expectHeading(page, 'Bra jobbat!');
  await waitForText(page, `Du har gått klart kursen ${module.title}.`);
}

export const PREVIEW_HEADING = 'Spara din resultatfil';
const PREVIEW_INTRO = 'Det här står i filen:';

// The lines of "Spara din resultatfil" that say what the file holds (between its intro and
// "Spara filen").
export async function previewLines(page) {
  const items = await mirrorItems(page);
  const start = items.findIndex((it) => it.text === PREVIEW_INTRO);
  const end = items.findIndex((it) => it.role === 'button' && it.name === 'Spara filen');
  if (start < 0 || end < start) return null;
  return items.slice(start + 1, end).map((it) => it.text);
}

// Presses `label`, which opens "Spara din resultatfil", reads what the file holds, presses "Spara
// filen" and takes the download the app starts. Returns { name, path, text, json, lines }.
export async function exportResult(page, label = 'Exportera resultat', saveAs) {
  await clickButton(page, label);
  await expectHeading(page, PREVIEW_HEADING);
  const lines = await poll(() => previewLines(page), { message: `the lines of "${PREVIEW_HEADING}"` });
  const b = await waitForOne(button(page, 'Spara filen'), 'button "Spara filen"');
  const [download] = await Promise.all([page.waitForEvent('download'), click(b)]);
  const name = download.suggestedFilename();
  const file = resultsPath('downloads', saveAs ?? name);
  await download.saveAs(file);
  assert.equal(await download.failure(), null, 'the download did not fail');
  const text = await readFile(file, 'utf8');
  await waitForRoleText(page, 'status', (t) => t.startsWith(`Filen är sparad: ${name}`),
    `reading "Filen är sparad: ${name}"`);
  return { name, path: file, text, json: JSON.parse(text), lines };
}

// A course's overview link on the course list, and the link to one of its pages on the overview.
export const overviewLink = (page) => page.getByRole('link', { name: 'Om kursen och alla sidor', exact: true });
export const pageLink = (page, module, index) => page.getByRole('link', {
  name: new RegExp(`^${index + 1}\\. ${module.pages[index].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(läst\\))?$`),
});

// From anywhere with the top's "Till startsidan": Kurser, the module's overview.
export async function toOverview(page, module, catalog) {
  await goToStart(page);
  await openCourses(page);
  const about = overviewLink(page);
  await poll(async () => (await about.count()) === catalog.length, { message: 'one overview link per course' });
  await click(about.nth(catalog.findIndex((m) => m.id === module.id)));
  await expectHeading(page, 'Det här lär du dig');
}
