// By keyboard: after "Nästa" (pressed with Enter) focus is on the new page's main heading, not
// left on a button far down the page, and a polite live region tells a screen reader where the
// person is now: the course, "Sida 2 av N" and the page's own heading. A radio group is one Tab
// stop, and the arrow keys (and Home, End) choose, as the WAI-ARIA Authoring Practices describe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, button, clickButton, expectAttribute, expectProgress, poll, withVisit } from '../helpers/harness.mjs';
import { BACKGROUND, loadModule } from '../helpers/content.mjs';
import { expectModulePage, startFirstCourse } from '../helpers/flows.mjs';

const suite = browserSuite();
const module = loadModule();
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

test('Enter on "Nästa" moves focus to the new page\'s heading and announces the page', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await startFirstCourse(page, module);

    // The first page's questions need no answer to go on: focus "Nästa" and press Enter.
    await button(page, 'Nästa').focus();
    await page.keyboard.press('Enter');
    await expectModulePage(page, module, 1);
    await poll(async () => (await page.evaluate(() => document.activeElement?.tagName)) === 'H1',
      { message: 'focus on the new page\'s main heading' });
    assert.equal(norm(await page.evaluate(() => document.activeElement.textContent)), module.title);
    const said = `${module.title}. Sida 2 av ${module.pages.length}. ${module.pages[1].title}`;
    await poll(async () => norm(await page.locator('#a11y-announce').textContent()) === said,
      { message: `the live region says "${said}"` });
    assert.equal(await page.locator('#a11y-announce').getAttribute('aria-live'), 'polite');

    // Back with "Föregående": the same, for page 1.
    await button(page, 'Föregående').focus();
    await page.keyboard.press('Enter');
    await expectModulePage(page, module, 0);
    await poll(async () => (await page.evaluate(() => document.activeElement?.tagName)) === 'H1',
      { message: 'focus on the heading again' });
    const back = `${module.title}. Sida 1 av ${module.pages.length}. ${module.pages[0].title}`;
    await poll(async () => norm(await page.locator('#a11y-announce').textContent()) === back,
      { message: `the live region says "${back}"` });
  });
});

test('a radio group is one Tab stop and the arrow keys choose', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await clickButton(page, 'Börja med självskattningen');
    await expectProgress(page, 'Del 1 av 16');
    const q = BACKGROUND.age_band;
    const group = page.getByRole('radiogroup', { name: q.prompt, exact: true });
    const radios = group.getByRole('radio');
    const n = await radios.count();
    assert.ok(n >= 3, `${q.prompt} has ${n} radios`);
    const stops = () => group.locator('[role="radio"][tabindex="0"]').count();
    assert.equal(await stops(), 1, 'one Tab stop before anything is chosen (the first radio)');
    assert.equal(await radios.nth(0).getAttribute('tabindex'), '0');

    await radios.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await expectAttribute(radios.nth(1), 'aria-checked', 'true');
    assert.equal(await radios.nth(1).evaluate((el) => el === document.activeElement), true, 'focus moved with the choice');
    await page.keyboard.press('End');
    await expectAttribute(radios.nth(n - 1), 'aria-checked', 'true');
    await expectAttribute(radios.nth(1), 'aria-checked', 'false');
    await page.keyboard.press('ArrowDown');  // wraps round to the first
    await expectAttribute(radios.nth(0), 'aria-checked', 'true');
    await poll(async () => (await stops()) === 1 && (await radios.nth(0).getAttribute('tabindex')) === '0',
      { message: 'the chosen radio is the one Tab stop' });

    // Tab leaves the group at once.
    await page.keyboard.press('Tab');
    assert.equal(await group.evaluate((g) => g.contains(document.activeElement)), false, 'Tab left the group');
  });
});

test('the first Tab stop is a skip link to the screen\'s heading, in the screen\'s language', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { as: 'welcome' });  // a page just loaded: Tab starts at the top
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));
    assert.deepEqual(await focused(), { tag: 'A', text: 'Till sidans innehåll' });
    const box = await page.locator('#skip-link').boundingBox();
    assert.ok(box && box.y >= 0 && box.height >= 44, `the skip link shows when focused (${JSON.stringify(box)})`);
    await page.keyboard.press('Enter');
    await poll(async () => (await focused()).tag === 'H1', { message: 'focus on the main heading' });
    assert.equal(norm((await focused()).text), 'Digilyft');
    await clickButton(page, 'English');
    await poll(async () => norm(await page.locator('#skip-link').textContent()) === 'Skip to the content',
      { message: 'the skip link in English' });
  });
});
