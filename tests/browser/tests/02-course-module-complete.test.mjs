// A person completes the course module: wrong answer first ("Inte riktigt."), then right
// ("Rätt!"), paging with "Nästa"/"Föregående", "Avsluta kursen" disabled until done, "Klar" after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, expectHeading, waitForOne, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { loadModule } from '../helpers/content.mjs';
import {
  completeCourse, courseButtonName, expectCourseStatus, goToStart, openCourses, rightAnswer, wrongAnswer,
} from '../helpers/flows.mjs';

const suite = browserSuite();
const module = loadModule();

test('the module content has pages and questions to walk through', () => {
  assert.ok(module.pages.length >= 2, 'at least two pages');
  assert.ok(module.questions.length >= 2, 'at least two questions');
  assert.ok(module.mastery >= 1 && module.mastery <= module.questions.length, 'a mastery rule within the questions');
  for (const q of module.questions) {
    if (q.kind === 'single') assert.equal(q.choices.filter((c) => c.correct).length, 1, `${q.id}: one right choice`);
    assert.notDeepEqual(wrongAnswer(q), rightAnswer(q), `${q.id}: a wrong answer to try first`);
  }
});

test('Kurser lists the module, and a person completes it with feedback on every answer', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCourses(page);
    await expectHeading(page, module.title);
    await waitForText(page, `Cirka ${module.minutes} minuter. Nivå: ${module.levelName}.`);
    await expectCourseStatus(page, module, 'Inte påbörjad');
    await completeCourse(page, module, { beforeRound: true });
    // "Klar" stays after going to the start page and back.
    await goToStart(page);
    await openCourses(page);
    await expectCourseStatus(page, module, 'Klar');
    const again = courseButtonName('Gå igenom kursen igen', module);
    await waitForOne(button(page, again), `button "${again}"`);
  });
});
