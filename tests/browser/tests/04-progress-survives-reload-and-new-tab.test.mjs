// Progress is saved as it is given: after a reload, or closing the tab and opening a new one in
// the same browser, the person is on the same page with the same answers chosen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, checkedRadio, chooseRadio, clickButton, expectHeading, expectProgress,
  waitForOne, waitForSavesCommitted, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { AREAS, BACKGROUND, loadInstrument, loadModule, scaleLabel } from '../helpers/content.mjs';
import { answerQuestion, expectModulePage, goToStart, openCourses } from '../helpers/flows.mjs';

const suite = browserSuite();
const module = loadModule();
const instrument = loadInstrument();

test('a reload mid-course and mid-assessment, and a new tab, keep page and answers', async () => {
  const qIndex = module.pages.findIndex((p) => p.question);
  const question = module.pages[qIndex].question;
  const wrong = question.choices.find((c) => !c.correct);
  const firstArea = instrument.byArea[AREAS[0].id];

  await withVisit(suite, async (visit) => {
    let page = await visit.open();

    // Mid-course: on the first page with a question, a wrong answer chosen.
    await openCourses(page);
    await clickButton(page, 'Starta kursen');
    for (let i = 0; i < qIndex; i++) {
      await expectModulePage(page, module, i);
      await clickButton(page, 'Nästa');
    }
    await expectModulePage(page, module, qIndex);
    await answerQuestion(page, question, wrong);
    await waitForSavesCommitted(page);
    await visit.reload(page);
    await expectModulePage(page, module, qIndex);
    assert.equal(await checkedRadio(page, question.prompt), wrong.text, 'the wrong answer is still chosen');

    await goToStart(page);
    await openCourses(page);
    await waitForText(page, `Sida ${qIndex + 1} av ${module.pages.length}`);
    await waitForOne(button(page, 'Fortsätt kursen'), 'button "Fortsätt kursen"');

    // Mid-assessment: background answered, the first area half answered.
    await goToStart(page);
    await clickButton(page, 'Självskattning');
    await expectProgress(page, 'Del 1 av 6');
    await chooseRadio(page, BACKGROUND.gender.prompt, BACKGROUND.gender.options.man);
    await chooseRadio(page, BACKGROUND.age_band.prompt, BACKGROUND.age_band.options['55-plus']);
    await clickButton(page, 'Nästa');
    await expectProgress(page, 'Del 2 av 6');
    await chooseRadio(page, firstArea[0].text, scaleLabel(2));
    await waitForSavesCommitted(page);

    const expectMidAssessment = async () => {
      await expectHeading(page, 'Självskattning');
      await expectProgress(page, 'Del 2 av 6');
      await expectHeading(page, AREAS[0].sv);
      assert.equal(await checkedRadio(page, firstArea[0].text), scaleLabel(2));
      for (const s of firstArea.slice(1)) assert.equal(await checkedRadio(page, s.text), null, `${s.id} unanswered`);
    };
    await visit.reload(page);
    await expectMidAssessment();

    // Close the tab; a new tab in the same browser opens where the person was.
    await page.close();
    page = await visit.open();
    await expectMidAssessment();
    await clickButton(page, 'Föregående');
    await expectProgress(page, 'Del 1 av 6');
    assert.equal(await checkedRadio(page, BACKGROUND.gender.prompt), BACKGROUND.gender.options.man);
    assert.equal(await checkedRadio(page, BACKGROUND.age_band.prompt), BACKGROUND.age_band.options['55-plus']);
    assert.equal(await checkedRadio(page, BACKGROUND.role_family.prompt), null);

    // And the course is where it was.
    await goToStart(page);
    await openCourses(page);
    await clickButton(page, 'Fortsätt kursen');
    await expectModulePage(page, module, qIndex);
    assert.equal(await checkedRadio(page, question.prompt), wrong.text);
  });
});
