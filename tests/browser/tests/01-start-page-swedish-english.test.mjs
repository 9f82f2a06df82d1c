// The start page greets in Swedish with one next step (the self-assessment before the courses),
// switches to English and back, and is saved as a picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, expectAttribute, clickButton, expectHeading, resultsPath, waitForOne, withVisit,
} from '../helpers/harness.mjs';
import { START_BUTTONS_EN, START_BUTTONS_SV, expectStartPage } from '../helpers/flows.mjs';

const suite = browserSuite();

test('start page shows the title, heading and buttons in Swedish', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    assert.match(await page.title(), /Digilyft/);
    await expectStartPage(page, { next: 'Börja med självskattningen' });
    for (const name of START_BUTTONS_SV) await waitForOne(button(page, name), `start button "${name}"`);
    await expectAttribute(page.locator('html'), 'lang', 'sv');
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one h1');
    // A canvas draws the page; the mirror lies over it.
    assert.ok(await page.locator('canvas').count() >= 1, 'the page has a canvas');
    await page.screenshot({ path: resultsPath('start-page-sv.png') });
  });
});

test('"English" switches the start page to English and "Svenska" back', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await expectStartPage(page);
    await clickButton(page, 'English');
    for (const name of START_BUTTONS_EN) await waitForOne(button(page, name), `button "${name}"`);
    for (const name of START_BUTTONS_SV) {
      assert.equal(await button(page, name).count(), 0, `no Swedish button "${name}" in English`);
    }
    await expectHeading(page, 'Digilyft');
    await expectAttribute(page.locator('html'), 'lang', 'en');
    await page.screenshot({ path: resultsPath('start-page-en.png') });
    await clickButton(page, 'Svenska');
    await expectStartPage(page, { next: 'Börja med självskattningen' });
    assert.equal(await button(page, 'Courses').count(), 0);
    await expectAttribute(page.locator('html'), 'lang', 'sv');
  });
});
