// Large text (issue 16, finding 5): the app follows the browser's own default font size (someone
// who set 32 px in the browser's settings gets it at twice the size) and its own "Större text",
// which this device remembers; the app then lays itself out again for the narrower width, as a
// zoomed page does, so nothing is cut at the right on a phone or at 320 CSS px (WCAG 2.1, 1.4.10).
// Taps land where they are drawn at every size: each step below is a click on a mirror element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, click, clickButton, expectHeading, poll, waitForOne, withVisit,
} from '../helpers/harness.mjs';
import { loadCatalog } from '../helpers/content.mjs';
import {
  answerQuestion, chooseCourseFirst, courseButtonName, expectModulePage, goToStart, openCourses, pageLink, startFirstCourse, toOverview,
} from '../helpers/flows.mjs';

const suite = browserSuite();
const catalog = loadCatalog();
// The course with a match question (the widest rows) on its earliest page.
const withMatch = catalog.find((m) => m.pages.some((p) => p.questions.some((q) => q.kind === 'match')));

const zoomOf = (page) => page.evaluate(() => window.__digilyft.zoom);
const heightOf = async (page, name) => (await page.getByRole('heading', { name, exact: true, level: 1 }).boundingBox()).height;

// The browser's default font size, as its settings page sets it.
const fontSizes = (px) => async (page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
};

// Nothing past the right edge: every mirror element (each widget and line of text where it is
// drawn) within the viewport, and no sideways scrolling.
async function expectNothingCut(page, where) {
  const { width, over, scrollWidth } = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const past = [];
    for (const el of document.querySelectorAll('#a11y-mirror .m')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > viewport + 1) {
        const what = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('role') || el.tagName).trim();
        past.push(`${what.slice(0, 50)} (${Math.round(r.left)}–${Math.round(r.right)} px)`);
      }
    }
    return { width: viewport, over: past, scrollWidth: document.documentElement.scrollWidth };
  });
  assert.deepEqual(over, [], `${where}: drawn past the right edge at ${width} px`);
  assert.ok(scrollWidth <= width + 1, `${where}: the page scrolls sideways (${scrollWidth} px wide at ${width} px)`);
}

// The start page (where a new person lands), the course list and a course page with a match
// question answered wrong.
async function walk(page, where) {
  await expectHeading(page, 'Digilyft');
  await expectNothingCut(page, `${where}, start page`);
  await openCourses(page);
  await expectNothingCut(page, `${where}, course list`);
  await clickButton(page, courseButtonName('Starta kursen', withMatch));
  await chooseCourseFirst(page);  // a first course: the questions before the courses are offered
  const index = withMatch.pages.findIndex((p) => p.questions.some((q) => q.kind === 'match'));
  for (let i = 0; i < index; i++) {
    await expectModulePage(page, withMatch, i);
    await clickButton(page, 'Nästa');
  }
  await expectModulePage(page, withMatch, index);
  await expectNothingCut(page, `${where}, course page ${index + 1}`);
  for (const q of withMatch.pages[index].questions) await answerQuestion(page, q, { right: false });
  await expectNothingCut(page, `${where}, course page ${index + 1} answered wrong`);
}

test('the app follows the browser\'s default font size: 32 px draws it at twice the size', async () => {
  await withVisit(suite, async (visit) => {
    const normal = await visit.open('', { as: 'welcome' });
    assert.equal(await zoomOf(normal), 1);
    const h1 = await heightOf(normal, 'Digilyft');
    const large = await visit.open('', { as: 'welcome', before: fontSizes(32) });
    assert.equal(await zoomOf(large), 2);
    const h2 = await heightOf(large, 'Digilyft');
    assert.ok(Math.abs(h2 - 2 * h1) <= 2, `the heading twice as tall (${h1} -> ${h2} px)`);
    // The same button, found and pressed at its new place.
    await clickButton(large, 'Jag är ny här');
    await expectHeading(large, 'Din kod');
  }, { contextOptions: { viewport: { width: 1280, height: 900 } } });
});

test('"Större text" is remembered on the device, and a phone shows everything without cutting', async () => {
  await withVisit(suite, async (visit) => {
    let page = await visit.open('', { as: 'welcome' });
    await clickButton(page, 'Större text');
    await poll(async () => (await zoomOf(page)) === 1.3, { message: 'the app drawn 1.3 times larger' });
    await waitForOne(button(page, 'Vanlig textstorlek'), 'the way back to the normal size');
    await expectNothingCut(page, 'welcome, larger text');
    page = await visit.open('', { as: 'new' });  // a new tab: the device remembers
    assert.equal(await zoomOf(page), 1.3);
    await walk(page, 'phone 390 px, larger text');
    await goToStart(page);
    await clickButton(page, 'Vanlig textstorlek');
    await poll(async () => (await zoomOf(page)) === 1, { message: 'the normal size again' });
    await waitForOne(button(page, 'Större text'), 'button "Större text"');
  }, { contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
});

test('at 320 CSS px, and there with a 32 px default font, nothing is cut at the right', async () => {
  await withVisit(suite, async (visit) => {
    await walk(await visit.open(), '320 px');
  }, { contextOptions: { viewport: { width: 320, height: 640 } } });
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { before: fontSizes(32) });
    // As large as the layout allows: 200 of the app's px across (the canvas is 320 px less the
    // scrollbar's gutter), not the 2 a wide screen gets.
    const zoom = await zoomOf(page);
    const across = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().width);
    assert.ok(zoom > 1.4 && zoom < 2 && Math.abs(across / zoom - 200) < 0.5, `zoom ${zoom} at ${across} px`);
    await walk(page, '320 px with a 32 px default font');
  }, { contextOptions: { viewport: { width: 320, height: 640 } } });
});

// Every page of every course on a phone whose browser has a 32 px default font (the app at 1.95
// times its size, laid out 200 px wide): long words break at the edge, nothing runs past it.
test('every course page on a phone with a 32 px default font: nothing past the right edge', { timeout: 300_000 }, async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { before: fontSizes(32) });
    await startFirstCourse(page, catalog[0]);
    for (const module of catalog) {
      await toOverview(page, module, catalog);
      for (let i = 0; i < module.pages.length; i++) {
        if (i > 0) await click(await waitForOne(page.getByRole('link', { name: 'Alla sidor i kursen', exact: true })));
        await click(await waitForOne(pageLink(page, module, i), `the link to page ${i + 1} of ${module.title}`));
        await expectModulePage(page, module, i);
        await expectNothingCut(page, `"${module.title}", page ${i + 1}`);
      }
    }
  }, { contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
});
