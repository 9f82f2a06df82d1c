// The course runtime as a person meets it: two modules that between them ask all five kinds of
// question, done with wrong answers first; drafts (checked boxes, a moved order) and answers that
// survive a reload; "Fortsätt där du slutade"; the module overview and its page links; the filters
// of Kurser (what they should list is computed here from the content files); the discussion guide
// as a real download; and a picture that is a real, loaded <img> with alt text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  browserSuite, button, checkedRadio, chooseRadio, click, clickButton, expectAttribute,
  expectDisabled, expectHeading, expectProgress, heading, link, poll, resultsPath, waitForOne,
  waitForRoleText, waitForSavesCommitted, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { BACKGROUND, LEVEL_NAMES, QUESTION_KINDS, loadCatalog } from '../helpers/content.mjs';
import {
  CHECK_ANSWER, answerQuestion, arrangeOrder, completeCourse, courseButtonName, expectCourseStatus,
  expectModulePage, expectVerdict, goToStart, openCourseFromCard, openCourses, setCheckboxes,
  waitForOrder, workThroughModule, wrongAnswer,
} from '../helpers/flows.mjs';

const suite = browserSuite();
const catalog = loadCatalog();
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

// The first module in the catalogue, and the first after it that together with it asks every kind.
function pickTwoModules() {
  const first = catalog[0];
  const second = catalog.slice(1).find((m) => QUESTION_KINDS.every((k) => first.kinds.includes(k) || m.kinds.includes(k)));
  return [first, second];
}
const [M1, M2] = pickTwoModules();
const CONTINUE = 'Fortsätt där du slutade';

// Records the type of every Blob the page turns into a download link.
function recordBlobTypes() {
  const real = URL.createObjectURL.bind(URL);
  window.__blobTypes = [];
  URL.createObjectURL = (obj) => {
    if (obj instanceof Blob) window.__blobTypes.push(obj.type);
    return real(obj);
  };
}

// Titles of the modules Kurser lists now, in order (its level-2 headings but "Fortsätt där du slutade").
async function listedModules(page) {
  const names = await page.getByRole('heading', { level: 2 }).allTextContents();
  return names.map(norm).filter((t) => t !== CONTINUE);
}

async function expectListed(page, modules, what) {
  const want = modules.map((m) => m.title);
  let last;
  await poll(async () => JSON.stringify(last = await listedModules(page)) === JSON.stringify(want),
    { message: () => `Kurser to list ${what}: ${JSON.stringify(want)} (lists ${JSON.stringify(last)})` });
}

async function chooseChip(page, group, label) {
  await chooseRadio(page, group, label);
  const g = page.getByRole('radiogroup', { name: group, exact: true });
  assert.equal(await g.locator('[role="radio"][aria-checked="true"]').count(), 1, `one chip chosen in "${group}"`);
}

// The overview of a module: what it teaches, the score and rule, and one link per page.
async function expectOverview(page, module, { right, seen }) {
  await expectHeading(page, module.title);
  await expectHeading(page, 'Det här lär du dig');
  for (const g of module.goals) await waitForText(page, g);
  await waitForText(page, `Cirka ${module.minutes} minuter. Nivå: ${module.levelName}.`);
  const n = module.questions.length;
  // Nothing right yet: no "0 av 5 rätt" (it reads as a failed test).
  if (right > 0) await waitForText(page, `${right} av ${n} rätt`);
  else assert.equal(await page.getByText(`0 av ${n} rätt`, { exact: true }).count(), 0, 'no "0 av N rätt"');
  await waitForText(page, `Du blir klar när du har läst alla sidor och har minst ${module.mastery} av ${n} rätt.`);
  for (const p of module.pages) {
    const name = `${p.index + 1}. ${p.title}${seen.includes(p.index) ? ' (läst)' : ''}`;
    await waitForOne(link(page, name), `link "${name}"`);
  }
}

const pageLink = (page, module, index, seen) =>
  link(page, `${index + 1}. ${module.pages[index].title}${seen ? ' (läst)' : ''}`);

test('the content gives two modules that together ask every kind of question', () => {
  assert.ok(M1 && M2, 'two modules found');
  for (const k of QUESTION_KINDS) assert.ok(M1.kinds.includes(k) || M2.kinds.includes(k), `a ${k} question`);
  for (const m of [M1, M2]) assert.ok(m.pages.length >= 2 && m.questions.length >= 2, `${m.id}: pages and questions`);
  assert.ok(M1.questions.some((q) => q.kind === 'order') || M2.questions.some((q) => q.kind === 'order'));
});

test('a person completes two modules with all five kinds, reloading midway and continuing', async () => {
  // Where the drafts go in the first module: an order question and a multiple-choice question
  // (taken from either module; the first module has them in the shipped content).
  const orderQ = M1.questions.find((q) => q.kind === 'order');
  const multiQ = M1.questions.find((q) => q.kind === 'multiple');
  const singleQ = M1.questions.find((q) => q.kind === 'single' || q.kind === 'true_false');
  assert.ok(orderQ && multiQ && singleQ, `${M1.id} has an order, a multiple and a single/true-false question`);

  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCourses(page);
    await expectCourseStatus(page, M1, 'Inte påbörjad');
    assert.equal(await heading(page, CONTINUE).count(), 0, `no "${CONTINUE}" before anything is started`);
    await openCourseFromCard(page, M1, 'Starta kursen', { beforeRound: true });

    // Walk to the last of the three pages, leaving drafts and a wrong answer on the way.
    const lastDraftPage = Math.max(orderQ.pageIndex, multiQ.pageIndex, singleQ.pageIndex);
    const orderDraft = wrongAnswer(orderQ);
    const boxDraft = [multiQ.choices.find((c) => c.correct).text];
    for (let i = 0; i <= lastDraftPage; i++) {
      await expectModulePage(page, M1, i);
      if (i === orderQ.pageIndex) await arrangeOrder(page, orderQ, orderDraft);
      if (i === singleQ.pageIndex) await answerQuestion(page, singleQ, { right: false });
      if (i === multiQ.pageIndex) await setCheckboxes(page, multiQ, boxDraft);
      if (i < lastDraftPage) await clickButton(page, 'Nästa');
    }
    // Drafts are not checked answers: no verdict for them yet.
    for (const q of [orderQ, multiQ]) {
      const texts = (await page.getByRole('status').allTextContents()).map(norm);
      assert.ok(!texts.some((t) => t.includes(norm(q.feedbackWrong)) || t.includes(norm(q.feedbackRight))),
        `no verdict for the unchecked draft of ${q.id}`);
    }

    // Reload midway: the same page, with the drafts and the answer still shown.
    await waitForSavesCommitted(page);
    await visit.reload(page);
    await expectModulePage(page, M1, lastDraftPage);
    const expectDraftsOn = async (index) => {
      if (index === multiQ.pageIndex) {
        const g = page.getByRole('group', { name: multiQ.prompt, exact: true });
        for (const c of multiQ.choices) {
          await expectAttribute(g.getByRole('checkbox', { name: c.text, exact: true }), 'aria-checked',
            boxDraft.includes(c.text) ? 'true' : 'false');
        }
        const check = g.locator(`xpath=following::*[@role="button" or self::button][normalize-space(.)="${CHECK_ANSWER}"][1]`);
        await expectDisabled(check, false);
      }
      if (index === orderQ.pageIndex) await waitForOrder(page, orderQ, orderDraft);
      if (index === singleQ.pageIndex) {
        const shown = await checkedRadio(page, singleQ.prompt);
        assert.equal(shown, singleQ.kind === 'single' ? wrongAnswer(singleQ) : (wrongAnswer(singleQ) ? 'Sant' : 'Falskt'));
        const c = singleQ.kind === 'single' ? singleQ.choices.find((x) => x.text === shown) : null;
        await expectVerdict(page, false, c ? c.feedback : singleQ.feedbackWrong);
      }
    };
    await expectDraftsOn(lastDraftPage);

    // The overview ("Alla sidor i kursen"): pages seen so far are marked "(läst)"; a page link
    // opens that page, where its draft is still as left.
    await click(await waitForOne(link(page, 'Alla sidor i kursen'), 'link "Alla sidor i kursen"'));
    const seen = [...Array(lastDraftPage + 1).keys()];
    await expectOverview(page, M1, { right: 0, seen });
    for (const index of [orderQ.pageIndex, singleQ.pageIndex, multiQ.pageIndex]) {
      const l = await waitForOne(pageLink(page, M1, index, true), `link to page ${index + 1}`);
      await click(l);
      await expectModulePage(page, M1, index);
      await expectDraftsOn(index);
      await click(await waitForOne(link(page, 'Alla sidor i kursen')));
      await expectHeading(page, 'Det här lär du dig');
    }
    // Time on a module page counts from one action to the next: the person reads a page for two
    // seconds and goes on, so at least two seconds are counted and shown. (The pause is the
    // behaviour under test, a lower bound; nothing here waits for the app to be fast.)
    await click(await waitForOne(pageLink(page, M1, singleQ.pageIndex, true)));
    await expectModulePage(page, M1, singleQ.pageIndex);
    await page.waitForTimeout(2100);
    await click(await waitForOne(link(page, 'Alla sidor i kursen'), 'link "Alla sidor i kursen"'));
    await expectHeading(page, 'Det här lär du dig');
    await waitForText(page, /^Du har lagt .+ på kursen\.$/);
    // Leave on the single-choice question's page, then come back through Kurser.
    await click(await waitForOne(pageLink(page, M1, singleQ.pageIndex, true)));
    await expectModulePage(page, M1, singleQ.pageIndex);
    const where = `Sida ${singleQ.pageIndex + 1} av ${M1.pages.length}`;

    await goToStart(page);
    await openCourses(page);
    await expectHeading(page, CONTINUE);
    const cont = page.locator(`xpath=//*[@role="heading" or self::h2][normalize-space(.)="${CONTINUE}"]`);
    await waitForOne(cont, `heading "${CONTINUE}"`);
    // The section names the module and where the person is, above the filters and cards.
    assert.equal(norm(await cont.locator('xpath=following::p[1]').textContent()), M1.title);
    assert.equal(norm(await cont.locator('xpath=following::p[2]').textContent()), where);
    await expectCourseStatus(page, M1, where);
    const goOn = page.getByRole('button', { name: courseButtonName('Fortsätt kursen', M1), exact: true });
    await poll(async () => (await goOn.count()) === 2, { message: 'the continue button in the section and on the card' });
    assert.equal(norm(await goOn.first().textContent()), 'Fortsätt kursen');
    await click(goOn.first());
    await expectModulePage(page, M1, singleQ.pageIndex);
    await expectDraftsOn(singleQ.pageIndex);

    // To the first page by the overview, then the whole module: wrong first, feedback, then right.
    await click(await waitForOne(link(page, 'Alla sidor i kursen')));
    await click(await waitForOne(pageLink(page, M1, 0, true)));
    await expectModulePage(page, M1, 0);
    await workThroughModule(page, M1);
    await expectCourseStatus(page, M1, 'Klar');
    assert.equal(await heading(page, CONTINUE).count(), 0, `no "${CONTINUE}" when the last module is done`);

    // The second module from its card, start to finish.
    await expectCourseStatus(page, M2, 'Inte påbörjad');
    await completeCourse(page, M2);
    await expectCourseStatus(page, M1, 'Klar');
    await expectCourseStatus(page, M2, 'Klar');

    // The overview of a finished module: all right, every page read.
    const about = page.getByRole('link', { name: 'Om kursen och alla sidor', exact: true });
    await poll(async () => (await about.count()) === catalog.length, { message: 'one overview link per module' });
    await click(about.nth(catalog.findIndex((m) => m.id === M2.id)));
    await expectOverview(page, M2, { right: M2.questions.length, seen: M2.pages.map((p) => p.index) });
    await waitForOne(button(page, courseButtonName('Gå igenom kursen igen', M2)), 'the overview button of a finished course');
  });
});

test('the filters for occupational group and level list the modules the content says', async () => {
  // A group and a level that each narrow the list, computed from the content.
  const roles = Object.keys(BACKGROUND.role_family.options);
  const count = (f) => catalog.filter(f).length;
  const role = roles.filter((r) => count((m) => m.roles.includes(r)) > 0)
    .sort((a, b) => count((m) => m.roles.includes(a)) - count((m) => m.roles.includes(b)))[0];
  const forRole = catalog.filter((m) => m.roles.includes(role));
  const level = Object.keys(LEVEL_NAMES).find((l) => {
    const n = forRole.filter((m) => m.level === l).length;
    return n > 0 && n < forRole.length;
  }) ?? Object.keys(LEVEL_NAMES).find((l) => count((m) => m.level === l) > 0 && count((m) => m.level === l) < catalog.length);
  assert.ok(forRole.length < catalog.length, `the group ${role} narrows the list`);
  const emptyLevel = Object.keys(LEVEL_NAMES).find((l) => count((m) => m.level === l) === 0);

  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCourses(page);
    await expectListed(page, catalog, 'every module');
    // Folded at first: one line says what is shown; its button opens the filters.
    await waitForText(page, 'Visar kurser för alla yrkesgrupper. Nivå: alla nivåer.');
    assert.equal(await page.getByRole('radiogroup', { name: 'Visa kurser för', exact: true }).count(), 0);
    await clickButton(page, 'Ändra urval: vilka kurser som visas');
    assert.equal(await checkedRadio(page, 'Visa kurser för'), 'Alla yrkesgrupper');
    assert.equal(await checkedRadio(page, 'Nivå'), 'Alla nivåer');

    await chooseChip(page, 'Visa kurser för', BACKGROUND.role_family.options[role]);
    await expectListed(page, forRole, `the modules for ${role}`);

    await chooseChip(page, 'Nivå', LEVEL_NAMES[level]);
    await expectListed(page, forRole.filter((m) => m.level === level), `the ${level} modules for ${role}`);
    for (const m of forRole.filter((x) => x.level === level)) {
      await waitForOne(button(page, courseButtonName('Starta kursen', m)), `the start button of ${m.id}`);
    }

    await chooseChip(page, 'Visa kurser för', 'Alla yrkesgrupper');
    await expectListed(page, catalog.filter((m) => m.level === level), `every ${level} module`);

    if (emptyLevel) {
      await chooseChip(page, 'Nivå', LEVEL_NAMES[emptyLevel]);
      await expectListed(page, [], `no ${emptyLevel} module`);
      await waitForText(page, 'Inga kurser passar de val du gjort. Välj Alla yrkesgrupper eller Alla nivåer.');
    }
    await chooseChip(page, 'Nivå', 'Alla nivåer');
    await expectListed(page, catalog, 'every module again');
    await clickButton(page, 'Visa kurserna');
    await waitForText(page, 'Visar kurser för alla yrkesgrupper. Nivå: alla nivåer.');
  });
});

test('the overview moves between pages, downloads the discussion guide, and pictures load', async () => {
  // A module with a picture and "Prata om i gruppen" prompts (the first such in the catalogue).
  const module = catalog.find((m) => m.pages.some((p) => p.pictures.length) && m.pages.some((p) => p.reflections.length));
  assert.ok(module, 'a module with a picture and reflection prompts');
  const picPage = module.pages.find((p) => p.pictures.length);
  const target = module.pages.length > 2 ? 2 : 1;

  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCourses(page);
    const about = page.getByRole('link', { name: 'Om kursen och alla sidor', exact: true });
    await poll(async () => (await about.count()) === catalog.length, { message: 'one overview link per module' });
    await click(about.nth(catalog.indexOf(module)));
    await expectOverview(page, module, { right: 0, seen: [] });
    await waitForOne(button(page, courseButtonName('Starta kursen', module)), 'the start button of the overview');

    // The discussion guide: a real download of a printable HTML file.
    const b = await waitForOne(button(page, 'Ladda ner samtalsguiden'), 'button "Ladda ner samtalsguiden"');
    const [download] = await Promise.all([page.waitForEvent('download'), click(b)]);
    const name = download.suggestedFilename();
    assert.equal(name, `samtalsguide-${module.id}.html`);
    const file = resultsPath('downloads', name);
    await download.saveAs(file);
    assert.equal(await download.failure(), null, 'the download did not fail');
    assert.deepEqual(await page.evaluate(() => window.__blobTypes.map((t) => t.split(';')[0])), ['text/html']);
    const html = await readFile(file, 'utf8');
    assert.match(html, /^\s*<!doctype html>/i, 'an HTML document');
    assert.match(html, /<html[^>]*\blang="sv"/i, 'in Swedish');
    assert.match(html, /@page[^{]*\{[^}]*A4/i, 'laid out for A4');
    assert.doesNotMatch(html, /<script/i, 'no script');
    assert.doesNotMatch(html, /https?:\/\//i, 'no http(s) references');
    const text = norm(html.replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'));
    assert.ok(text.includes(norm(module.title)), 'the guide names the module');
    for (const p of module.pages) {
      for (const r of p.reflections) assert.ok(text.includes(norm(r)), `the guide has the prompt "${r}"`);
    }

    // A page link opens that page; the module page links back to the overview.
    await click(await waitForOne(pageLink(page, module, target, false)));
    await expectModulePage(page, module, target);
    await click(await waitForOne(link(page, 'Alla sidor i kursen')));
    await expectOverview(page, module, { right: 0, seen: [target] });

    // The picture: a real <img> with its alt text, loaded from the site.
    await click(await waitForOne(pageLink(page, module, picPage.index, picPage.index === target)));
    await expectProgress(page, `Sida ${picPage.index + 1} av ${module.pages.length}`);
    for (const pic of picPage.pictures) {
      assert.ok(norm(pic.alt).length > 0);
      const img = page.getByRole('img', { name: pic.alt, exact: true });
      await waitForOne(img, `picture "${pic.alt}"`);
      assert.equal(await img.evaluate((el) => el.tagName), 'IMG', 'a real <img>');
      assert.equal(norm(await img.getAttribute('alt')), norm(pic.alt));
      await poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0),
        { message: `the picture ${pic.file} to load` });
      const src = await img.evaluate((el) => el.currentSrc || el.src);
      assert.equal(new URL(src).origin, visit.origin, 'the picture comes from the site');
      assert.ok(src.endsWith(pic.file.split('/').pop()), `the picture is ${pic.file}`);
    }
  }, { initScript: recordBlobTypes });
});
