// Progress is saved as it is given. After a reload, or closing the tab and opening a new one in
// the same browser, the person is on the same screen and page with the same answers chosen (first
// test); and whatever screen the app opens on, every saved answer and page is still there when
// reached through the menus (second test), so a failure of the first alone means only the screen
// was not restored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, checkedRadio, chooseRadio, click, clickButton, expectHeading,
  expectProgress, link, waitForOne, waitForSavesCommitted, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { AREAS, BACKGROUND, loadInstrument, loadModule, scaleLabel } from '../helpers/content.mjs';
import {
  answerQuestion, chooseCourseFirst, courseButtonName, expectCourseStatus, expectModulePage, expectNextStep, expectStartPage, goToStart,
  openCourseFromCard, openCourses, wrongAnswer,
} from '../helpers/flows.mjs';

const suite = browserSuite();
const module = loadModule();
const instrument = loadInstrument();
// The first page with a single-choice question: its chosen answer must survive.
const qIndex = module.pages.findIndex((p) => p.questions.some((q) => q.kind === 'single'));
const question = module.pages[qIndex].questions.find((q) => q.kind === 'single');
const wrong = wrongAnswer(question);
const firstArea = instrument.byArea[AREAS[0].id];

// Starts the course and chooses a wrong answer on the first page with a question.
async function courseHalfDone(page) {
  await openCourses(page);
  await clickButton(page, courseButtonName('Starta kursen', module));
  await chooseCourseFirst(page);
  for (let i = 0; i < qIndex; i++) {
    await expectModulePage(page, module, i);
    await clickButton(page, 'Nästa');
  }
  await expectModulePage(page, module, qIndex);
  await answerQuestion(page, question, { right: false });
  await waitForSavesCommitted(page);
}

// From the start page: background answered, the first area's first statement answered.
async function assessmentHalfDone(page) {
  await expectNextStep(page, 'Börja med självskattningen');
  await clickButton(page, 'Börja med självskattningen');
  await expectProgress(page, 'Del 1 av 16');
  await chooseRadio(page, BACKGROUND.gender.prompt, BACKGROUND.gender.options.man);
  await chooseRadio(page, BACKGROUND.age_band.prompt, BACKGROUND.age_band.options['55-plus']);
  await clickButton(page, 'Nästa');
  await expectProgress(page, 'Del 2 av 16');
  await chooseRadio(page, firstArea[0].text, scaleLabel(2));
  await waitForSavesCommitted(page);
}

async function expectCourseAnswerKept(page) {
  await expectModulePage(page, module, qIndex);
  assert.equal(await checkedRadio(page, question.prompt), wrong, 'the chosen answer is still chosen');
}

async function expectAssessmentPart2Kept(page) {
  await expectHeading(page, 'Självskattning');
  await expectProgress(page, 'Del 2 av 16');
  await expectHeading(page, AREAS[0].sv);
  assert.equal(await checkedRadio(page, firstArea[0].text), scaleLabel(2));
  for (const s of firstArea.slice(1, 3)) assert.equal(await checkedRadio(page, s.text), null, `${s.id} unanswered`);  // the rest of its page
}

async function expectBackgroundKept(page) {
  await expectProgress(page, 'Del 1 av 16');
  assert.equal(await checkedRadio(page, BACKGROUND.gender.prompt), BACKGROUND.gender.options.man);
  assert.equal(await checkedRadio(page, BACKGROUND.age_band.prompt), BACKGROUND.age_band.options['55-plus']);
  assert.equal(await checkedRadio(page, BACKGROUND.role_family.prompt), null);
  assert.equal(await checkedRadio(page, BACKGROUND.work_setting.prompt), null);
}

// Whatever screen the app opened on, go to the start page.
async function toStartFromAnywhere(page) {
  const home = link(page, 'Till startsidan');
  await waitForOne(page.getByRole('heading', { level: 1 }), 'a screen heading');
  if ((await home.count()) === 1) await click(home);
  await expectStartPage(page);
}

test('after a reload or in a new tab the person is on the same screen, page and answers', async () => {
  await withVisit(suite, async (visit) => {
    let page = await visit.open();
    await courseHalfDone(page);
    await visit.reload(page);
    await expectCourseAnswerKept(page);

    await goToStart(page);
    await assessmentHalfDone(page);
    await visit.reload(page);
    await expectAssessmentPart2Kept(page);

    await page.close();
    page = await visit.open();
    await expectAssessmentPart2Kept(page);
  });
});

test('after a reload or in a new tab every saved page and answer is there through the menus', async () => {
  await withVisit(suite, async (visit) => {
    let page = await visit.open();
    await courseHalfDone(page);
    await visit.reload(page);
    await toStartFromAnywhere(page);
    await openCourses(page);
    await expectCourseStatus(page, module, `Sida ${qIndex + 1} av ${module.pages.length}`);
    await openCourseFromCard(page, module, 'Fortsätt kursen');
    await expectCourseAnswerKept(page);

    await goToStart(page);
    await assessmentHalfDone(page);
    await visit.reload(page);
    await toStartFromAnywhere(page);
    // Begun, so the start page's next step is to continue it.
    await expectNextStep(page, 'Fortsätt självskattningen');
    await clickButton(page, 'Fortsätt självskattningen');
    await expectAssessmentPart2Kept(page);

    // Close the tab and open a new one in the same browser.
    await page.close();
    page = await visit.open();
    await toStartFromAnywhere(page);
    await expectNextStep(page, 'Fortsätt självskattningen');
    await clickButton(page, 'Fortsätt självskattningen');
    await expectAssessmentPart2Kept(page);
    await clickButton(page, 'Föregående');
    await expectBackgroundKept(page);
    await goToStart(page);
    await openCourses(page);
    await openCourseFromCard(page, module, 'Fortsätt kursen');
    await expectCourseAnswerKept(page);
  });
});
