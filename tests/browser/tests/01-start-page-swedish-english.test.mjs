// The start page greets in Swedish with one next step (the self-assessment before the courses),
// switches to English and back, and is saved as a picture; it draws the same again after the
// browser drops its WebGL context and gives it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, expectAttribute, clickButton, expectHeading, poll, resultsPath, waitForOne, waitForReady, withVisit,
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

test('when the app cannot load, the page says so in Swedish and in English', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.context.newPage();
    // The app's code does not arrive (a dropped connection halfway through loading).
    await page.route(/\/digilyft\.js$/, (route) => route.abort('connectionfailed'));
    await page.goto(visit.url, { waitUntil: 'load' });
    const alert = page.getByRole('alert');
    await waitForOne(alert, 'the notice');
    await waitForOne(alert.getByText('Sidan kunde inte laddas. Kontrollera anslutningen och ladda om sidan.'));
    const english = alert.getByText('The page could not load. Check the connection and reload the page.');
    await waitForOne(english);
    await expectAttribute(english, 'lang', 'en');
    assert.equal(await page.locator('#loading').isVisible(), false, 'the loading text is gone');
    await page.screenshot({ path: resultsPath('load-failed.png') });
  }, { allowConsole: [/Failed to load|ERR_CONNECTION_FAILED|ERR_FAILED/] });
});

test('without its font the page says it could not load; the bold font comes after the start page', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.context.newPage();
    await page.route(/\/NotoSans-Regular\.ttf$/, (route) => route.abort('connectionfailed'));
    await page.goto(visit.url, { waitUntil: 'load' });
    await waitForOne(page.getByRole('alert').getByText('Sidan kunde inte laddas. Kontrollera anslutningen och ladda om sidan.'));
  }, { allowConsole: [/Failed to load|ERR_CONNECTION_FAILED|ERR_FAILED/] });

  await withVisit(suite, async (visit) => {
    const page = await visit.context.newPage();
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    let asked = false;
    await page.route(/\/NotoSans-Bold\.ttf$/, async (route) => {
      asked = true;
      await released;
      await route.continue();
    });
    await page.goto(visit.url, { waitUntil: 'load' });
    await waitForReady(page);  // the welcome is drawn, with headings in the regular font
    await poll(() => asked, { message: 'the bold font asked for after the first frame' });
    const regularOnly = await page.locator('#canvas').screenshot();
    release();
    await poll(async () => !(await page.locator('#canvas').screenshot()).equals(regularOnly),
      { message: 'the headings drawn again in bold' });
    const [first] = await page.evaluate(() => performance.getEntriesByName('digilyft-first-frame').map((e) => e.startTime));
    const [bold] = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/fonts/NotoSans-Bold.ttf')).map((e) => e.startTime));
    assert.ok(bold > first, `the bold font is fetched after the first frame (${bold} > ${first} ms)`);
  });
});

test('after the browser drops the WebGL context and gives it back, the page draws the same again', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await expectStartPage(page);
    const before = await page.screenshot();
    const frames = await page.evaluate(() => window.__digilyft.frames);
    await page.evaluate(async () => {
      const canvas = document.getElementById('canvas');
      const lose = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
      const event = (name) => new Promise((resolve) => canvas.addEventListener(name, resolve, { once: true }));
      const lost = event('webglcontextlost');
      lose.loseContext();
      await lost;
      await new Promise((resolve) => setTimeout(resolve, 50));  // the browser allows a restore after the event
      const restored = event('webglcontextrestored');
      lose.restoreContext();
      await restored;
    });
    await page.waitForFunction((n) => window.__digilyft.frames > n, frames, { polling: 'raf' });
    const after = await page.screenshot();
    assert.ok(before.equals(after), 'the start page looks exactly as before');
  });
});
