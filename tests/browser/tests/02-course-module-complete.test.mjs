// A person completes the course module: wrong answer first ("Inte riktigt."), then right
// ("Rätt!"), paging with "Nästa"/"Föregående", "Avsluta kursen" disabled until done, "Klar" after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, expectHeading, waitForOne, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { loadModule } from '../helpers/content.mjs';
import { completeCourse, goToStart, openCourses } from '../helpers/flows.mjs';

const suite = browserSuite();
const module = loadModule();

test('the module content has pages and questions to walk through', () => {
  assert.ok(module.pages.length >= 2, 'at least two pages');
  const questions = module.pages.filter((p) => p.question);
  assert.ok(questions.length >= 1, 'at least one question');
  for (const p of questions) {
    assert.equal(p.question.choices.filter((c) => c.correct).length, 1, `${p.id}: one right choice`);
    assert.ok(p.question.choices.some((c) => !c.correct), `${p.id}: a wrong choice`);
  }
});

test('Kurser lists the module, and a person completes it with feedback on every answer', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCourses(page);
    await expectHeading(page, module.title);
    if (module.minutes) await waitForText(page, `Cirka ${module.minutes} minuter`);
    await waitForText(page, 'Inte påbörjad');
    await completeCourse(page, module);
    // "Klar" stays after going to the start page and back.
    await goToStart(page);
    await openCourses(page);
    await waitForText(page, 'Klar');
    assert.equal(await page.getByText('Inte påbörjad', { exact: true }).count(), 0);
    await waitForOne(button(page, 'Gå igenom kursen igen'), 'button "Gå igenom kursen igen"');
  });
});
