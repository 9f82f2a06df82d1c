// By keyboard alone, as a person who uses no mouse or touch: from the welcome ("Jag är ny här"),
// through every page of the questions before the courses, then a whole course with a question of
// every kind answered wrong and put right, past "Bra jobbat!" back to the course list. Every press goes through the same flows
// the other tests use, with click() as Tab (or Shift+Tab) to the element and Enter, Space on a
// checkbox, and the arrow keys in a radio group (harness.mjs, useKeyboardOnly). After each "Nästa"
// focus is on the new page's heading, so the next Tab starts from the top of the new page. No
// pointer event reaches the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, clickButton, expectHeading, poll, useKeyboardOnly, withVisit } from '../helpers/harness.mjs';
import { BACKGROUND, QUESTION_KINDS, loadInstrument, loadModule } from '../helpers/content.mjs';
import { completeSelfAssessment, planAnswers } from '../helpers/assessment.mjs';
import { courseButtonName, expectModulePage, goToStart, openCourses, workThroughModule } from '../helpers/flows.mjs';

const suite = browserSuite();
const instrument = loadInstrument();
// Four pages with a question of every kind: the shortest such course.
const module = loadModule('modules/kommunikation-och-samarbete');

const PLAN = {
  background: { gender: 'kvinna', age_band: '30-54', role_family: 'omsorg', work_setting: 'hemtjanst' },
  answers: planAnswers(instrument, (s, i) => [1, 2, 'na', 0, 3][i % 5]),
};

// Counts pointer and mouse presses on the page, from before its first script.
const countPointer = () => {
  window.__pointerPresses = 0;
  for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
    window.addEventListener(type, () => { window.__pointerPresses += 1; }, true);
  }
};

test('by keyboard alone: the welcome, the questions before the courses, a whole course', { timeout: 300_000 }, async () => {
  assert.deepEqual([...new Set(module.questions.map((q) => q.kind))].sort(), [...QUESTION_KINDS].sort());
  assert.ok(Object.keys(PLAN.background).every((k) => BACKGROUND[k]));
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { before: (p) => useKeyboardOnly(p) });
    assert.match(visit.code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/, 'began as new by keyboard');

    // Every page of the questions before the courses, then the profile.
    await completeSelfAssessment(page, instrument, PLAN);
    await expectHeading(page, 'Din profil');

    // A whole course: a question of every kind answered wrong, then right, by keyboard.
    await goToStart(page);
    await openCourses(page);
    await clickButton(page, courseButtonName('Starta kursen', module));
    await expectModulePage(page, module, 0);
    await poll(async () => (await page.evaluate(() => document.activeElement?.tagName)) === 'H1',
      { message: 'focus on the course page\'s heading' });
    await workThroughModule(page, module);  // to "Bra jobbat!", then back to Kurser: "Klar"
    await expectHeading(page, 'Kurser');

    assert.equal(await page.evaluate(() => window.__pointerPresses), 0, 'no pointer press reached the page');
  }, { initScript: countPointer });
});
