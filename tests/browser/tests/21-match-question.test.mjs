// A match question as a person meets it: nothing is chosen before they touch it, the rows are
// paired from the top (the next row is offered when the one above is paired, with only the right
// texts not yet taken), a choice never changes another row, "Ändra" opens a row again, a wrong
// answer names each wrong pair, a half-made answer survives a reload, and on a phone (390x844) the
// question with its check button fits in about two screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, click, clickButton, expectDisabled, poll, waitForFrames, waitForOne, waitForSavesCommitted,
  waitForText, withVisit,
} from '../helpers/harness.mjs';
import { loadModule } from '../helpers/content.mjs';
import {
  answerQuestion, chooseCourseFirst, courseButtonName, expectModulePage, expectQuestionShown, openCourses,
} from '../helpers/flows.mjs';

const suite = browserSuite();
const module = loadModule();
const qIndex = module.pages.findIndex((p) => p.questions.some((q) => q.kind === 'match'));
assert.ok(qIndex >= 0, `${module.id} has a match question`);
const question = module.pages[qIndex].questions.find((q) => q.kind === 'match');
const [first, second] = question.pairs;
const group = (page, left) => page.getByRole('radiogroup', { name: `Vad hör ihop med: ${left}`, exact: true });
const norm = (s) => s.replace(/\s+/g, ' ').trim();

async function toTheQuestion(page) {
  await openCourses(page);
  await clickButton(page, courseButtonName('Starta kursen', module));
  await chooseCourseFirst(page);
  for (let i = 0; i < qIndex; i++) {
    await expectModulePage(page, module, i);
    await clickButton(page, 'Nästa');
  }
  await expectModulePage(page, module, qIndex);
  await expectQuestionShown(page, question);
}

test('a match question starts empty, pairs row by row without touching other rows, and names wrong pairs', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await toTheQuestion(page);
    // Nothing is chosen for the person: the first row offers every right text, the others wait.
    await poll(async () => (await group(page, first.left).getByRole('radio').count()) === question.pairs.length,
      { message: `every right text offered for "${first.left}"` });
    assert.equal(await group(page, first.left).locator('[role="radio"][aria-checked="true"]').count(), 0);
    for (const p of question.pairs.slice(1)) await waitForText(page, `${norm(p.left)}: inget valt än`);
    await expectDisabled(button(page, 'Kontrollera svaret'), true);

    // Pair the first row with the second row's right text: only that row changes.
    await click(group(page, first.left).getByRole('radio', { name: second.right, exact: true }));
    await waitForText(page, `${norm(first.left)}: ${norm(second.right)}`);
    const next = group(page, second.left);
    await waitForOne(next, `the second row offered ("${second.left}")`);
    await poll(async () => (await next.getByRole('radio').count()) === question.pairs.length - 1,
      { message: 'the second row offers the right texts not yet taken' });
    assert.equal(await next.getByRole('radio', { name: second.right, exact: true }).count(), 0,
      'a right text taken by another row is not offered again');
    assert.equal(await next.locator('[role="radio"][aria-checked="true"]').count(), 0, 'the second row is untouched');
    for (const p of question.pairs.slice(2)) await waitForText(page, `${norm(p.left)}: inget valt än`);

    // "Ändra" opens the first row again, with every right text free.
    await click(button(page, `Ändra det som hör ihop med: ${first.left}`));
    await poll(async () => (await group(page, first.left).getByRole('radio').count()) === question.pairs.length,
      { message: 'the first row offers every right text again' });

    // Half made, the answer survives a reload.
    await click(group(page, first.left).getByRole('radio', { name: first.right, exact: true }));
    await waitForText(page, `${norm(first.left)}: ${norm(first.right)}`);
    await waitForSavesCommitted(page);
    await visit.reload(page);
    await expectModulePage(page, module, qIndex);
    await waitForText(page, `${norm(first.left)}: ${norm(first.right)}`);
    await waitForOne(group(page, second.left), 'the second row still to pair');

    // Wrong, then right: the wrong answer names every pair that is wrong (answerQuestion checks).
    await answerQuestion(page, question, { right: false });
    await answerQuestion(page, question, { right: true });
  });
});

test('on a phone the match question and its check button fit in about two screens', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await toTheQuestion(page);
    const top = (await (await waitForText(page, question.prompt)).boundingBox()).y;
    const check = await button(page, 'Kontrollera svaret').boundingBox();
    const height = check.y + check.height - top;
    assert.ok(height <= 2 * 844, `from the prompt to "Kontrollera svaret": ${Math.round(height)} px`);
  }, { contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });
});

test('by keyboard, the arrow keys move through a row\'s texts without pairing it; Space pairs', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await toTheQuestion(page);
    const radios = group(page, first.left).getByRole('radio');
    const n = await radios.count();
    assert.ok(n >= 2, `${n} texts to choose from`);
    await radios.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await radios.nth(1).evaluate((el) => el === document.activeElement), true, 'focus moved');
    await page.keyboard.press('End');
    await waitForFrames(page, 2);  // had End chosen, the app would have drawn the row paired by now
    assert.equal(await group(page, first.left).count(), 1, 'the row is still open');
    assert.equal(await button(page, `Ändra det som hör ihop med: ${first.left}`).count(), 0, 'nothing paired by moving');
    const chosen = norm(await radios.nth(n - 1).textContent());
    await page.keyboard.press('Space');
    await waitForOne(button(page, `Ändra det som hör ihop med: ${first.left}`), `"${first.left}" paired`);
    await waitForText(page, `${norm(first.left)}: ${chosen}`);
  });
});
