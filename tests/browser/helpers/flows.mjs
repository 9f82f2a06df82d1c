// Walks through the app as a person would, by role and visible label. Shared by several tests.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  button, chooseRadio, clickButton, click, expectDisabled, expectHeading, expectProgress, link,
  poll, resultsPath, waitForOne, waitForRoleText, waitForText,
} from './harness.mjs';
import { AREAS, BACKGROUND, scaleLabel } from './content.mjs';

export const START_BUTTONS_SV = ['Kurser', 'Självskattning', 'Samordnare', 'Exportera resultat', 'English'];
export const START_BUTTONS_EN = ['Courses', 'Self-assessment', 'Coordinator', 'Export results', 'Svenska'];

export async function expectStartPage(page) {
  await expectHeading(page, 'Digilyft');
  for (const name of START_BUTTONS_SV) await waitForOne(button(page, name), `start button "${name}"`);
}

export async function goToStart(page) {
  const l = await waitForOne(link(page, 'Till startsidan'), 'link "Till startsidan"');
  await click(l);
  await expectStartPage(page);
}

export async function openCourses(page) {
  await clickButton(page, 'Kurser');
  await expectHeading(page, 'Kurser');
}

// Answers a question and checks the feedback the app gives for that choice.
export async function answerQuestion(page, question, choice) {
  await chooseRadio(page, question.prompt, choice.text);
  const prefix = choice.correct ? 'Rätt!' : 'Inte riktigt.';
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  await waitForRoleText(page, 'status',
    (t) => t.startsWith(prefix) && t.includes(norm(choice.feedback)),
    `starting "${prefix}" with the feedback of "${choice.text}"`);
}

export async function expectModulePage(page, module, index) {
  const total = module.pages.length;
  const p = module.pages[index];
  await expectHeading(page, module.title);
  await expectProgress(page, `Sida ${index + 1} av ${total}`);
  await expectHeading(page, p.title);
  if (p.paragraphs.length) await waitForText(page, p.paragraphs[0]);
  if (p.keyPoints.length) await expectHeading(page, 'Att komma ihåg');
  if (p.question) {
    const g = page.getByRole('radiogroup', { name: p.question.prompt, exact: true });
    await waitForOne(g, `question "${p.question.prompt}"`);
    await poll(async () => (await g.getByRole('radio').count()) === p.question.choices.length,
      { message: `${p.question.choices.length} choices in "${p.question.prompt}"` });
  }
}

// From Kurser: opens the module and walks it to "Bra jobbat!", as a person who first gets
// the first question wrong, leaves it, finds "Avsluta kursen" disabled, goes back and fixes it.
export async function completeCourse(page, module, { startLabel = 'Starta kursen' } = {}) {
  const total = module.pages.length;
  const last = total - 1;
  await clickButton(page, startLabel);
  const firstQuestion = module.pages.findIndex((p) => p.question);
  for (let i = 0; i < total; i++) {
    await expectModulePage(page, module, i);
    const q = module.pages[i].question;
    if (q) {
      const wrong = q.choices.find((c) => !c.correct);
      const right = q.choices.find((c) => c.correct);
      if (wrong) await answerQuestion(page, q, wrong);
      if (i !== firstQuestion) await answerQuestion(page, q, right);
    }
    if (i < last) {
      await clickButton(page, 'Nästa');
    }
  }
  // The first question is still wrong: the course cannot be finished yet.
  const finish = await waitForOne(button(page, 'Avsluta kursen'), 'button "Avsluta kursen"');
  assert.equal(await button(page, 'Nästa').count(), 0, 'the last page has no "Nästa"');
  await expectDisabled(finish, true);
  await waitForText(page, 'Svara rätt på alla frågor för att bli klar.');
  // Back to the wrong answer with "Föregående", checking each page on the way.
  for (let i = last; i > firstQuestion; i--) {
    await clickButton(page, 'Föregående');
    await expectModulePage(page, module, i - 1);
  }
  const q = module.pages[firstQuestion].question;
  await answerQuestion(page, q, q.choices.find((c) => c.correct));
  for (let i = firstQuestion; i < last; i++) {
    await clickButton(page, 'Nästa');
    await expectModulePage(page, module, i + 1);
  }
  await expectDisabled(button(page, 'Avsluta kursen'), false);
  await clickButton(page, 'Avsluta kursen');
  await expectHeading(page, 'Bra jobbat!');
  await clickButton(page, 'Tillbaka till kurser');
  await expectHeading(page, 'Kurser');
  await waitForText(page, 'Klar');
  await waitForOne(button(page, 'Gå igenom kursen igen'), 'button "Gå igenom kursen igen"');
}

// A plan of answers: background ids (or null) and statement id -> 0..3 | 'na'.
export function planAnswers(instrument, pick) {
  return Object.fromEntries(instrument.statements.map((s, i) => [s.id, pick(s, i)]));
}

// From the start page: fills in the whole self-assessment as planned and opens the profile.
export async function completeSelfAssessment(page, instrument, { background, answers }) {
  await clickButton(page, 'Självskattning');
  await expectHeading(page, 'Självskattning');
  await expectProgress(page, 'Del 1 av 6');
  await expectHeading(page, 'Om dig');
  for (const [key, q] of Object.entries(BACKGROUND)) {
    const id = background[key];
    if (id) await chooseRadio(page, q.prompt, q.options[id]);
  }
  for (let part = 0; part < AREAS.length; part++) {
    await clickButton(page, 'Nästa');
    await answerAreaPart(page, instrument, part, answers, { lastPart: part === AREAS.length - 1 });
  }
  await clickButton(page, 'Visa min profil');
  await expectHeading(page, 'Din profil');
}

// Answers the statements of one area's part (part 0 = the first area, shown as "Del 2 av 6").
export async function answerAreaPart(page, instrument, part, answers, { lastPart = false, only } = {}) {
  const area = AREAS[part];
  await expectProgress(page, `Del ${part + 2} av 6`);
  await expectHeading(page, area.sv);
  const statements = instrument.byArea[area.id];
  for (let k = 0; k < statements.length; k++) {
    const s = statements[k];
    if (only && !only.includes(s.id)) continue;
    if (lastPart && k === statements.length - 1) {
      await expectDisabled(await waitForOne(button(page, 'Visa min profil')), true);
    }
    await chooseRadio(page, s.text, scaleLabel(answers[s.id]));
  }
}

// Presses `label` and takes the download the app starts. Returns { name, path, text, json }.
export async function exportResult(page, label = 'Exportera resultat', saveAs) {
  const b = await waitForOne(button(page, label), `button "${label}"`);
  const [download] = await Promise.all([page.waitForEvent('download'), click(b)]);
  const name = download.suggestedFilename();
  const file = resultsPath('downloads', saveAs ?? name);
  await download.saveAs(file);
  assert.equal(await download.failure(), null, 'the download did not fail');
  const text = await readFile(file, 'utf8');
  await waitForRoleText(page, 'status', (t) => t.startsWith(`Filen är sparad: ${name}`),
    `reading "Filen är sparad: ${name}"`);
  return { name, path: file, text, json: JSON.parse(text) };
}
