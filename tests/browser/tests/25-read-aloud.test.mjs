// Read-aloud (issue 16): "Lyssna" on a course page and on each self-assessment statement reads it
// with the device's own voice (Web Speech API), for people who read Swedish as a second language.
// The API is stubbed here (headless Chromium has no voices): the stub records what is spoken and
// ends or cancels it when told. Only the device's own voices are used (an online voice would send
// the text to the browser's maker), and without one of the text's language there is no button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, clickButton, expectHeading, poll, waitForOne, withVisit,
} from '../helpers/harness.mjs';
import { AREAS, loadCatalog, loadInstrument } from '../helpers/content.mjs';
import { expectRoundPart, roundParts } from '../helpers/assessment.mjs';
import { expectModulePage, goToStart, startFirstCourse } from '../helpers/flows.mjs';

const suite = browserSuite();
const catalog = loadCatalog();
const instrument = loadInstrument();
const module = catalog[0];

// A Swedish voice on the device and an English one that is an online service (not to be used).
function speechStub() {
  const spoken = [];
  let current = null;
  window.__speech = {
    spoken,
    end() {
      const u = current;
      current = null;
      u?.onend?.();
    },
  };
  const voices = [
    { name: 'Lokal svensk röst', lang: 'sv-SE', localService: true, default: true },
    { name: 'Online English', lang: 'en-GB', localService: false, default: false },
  ];
  const synth = {
    getVoices: () => voices,
    addEventListener() {},
    speak(u) {
      current = u;
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
    },
    cancel() {
      const u = current;
      current = null;
      if (u) spoken.push({ cancelled: u.text });
      u?.onerror?.();
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text) { this.text = text; }
  };
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const listen = (page, what) => button(page, `Lyssna: ${what}`);
const stop = (page, what) => button(page, `Sluta läsa: ${what}`);

test('"Lyssna" reads a course page and a statement with the device\'s Swedish voice, and stops', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await startFirstCourse(page, module);
    const title = module.pages[0].title;

    await waitForOne(listen(page, title), `"Lyssna" on "${title}"`);
    await clickButton(page, `Lyssna: ${title}`);
    await waitForOne(stop(page, title), 'the button says how to stop');
    const [first] = await spoken(page);
    assert.equal(first.voice, 'Lokal svensk röst');
    assert.equal(first.lang, 'sv-SE');
    const lines = first.text.split('\n');
    assert.equal(lines[0], `${title}.`, 'the page title first');
    assert.ok(lines.length > 3, 'the page\'s texts after it');
    assert.doesNotMatch(first.text, /\*\*|^- /m, 'no markup read out');

    await clickButton(page, `Sluta läsa: ${title}`);
    await waitForOne(listen(page, title), '"Lyssna" again once stopped');
    assert.deepEqual((await spoken(page)).at(-1), { cancelled: first.text });

    // Read to its end: the device says so and the button is "Lyssna" again.
    await clickButton(page, `Lyssna: ${title}`);
    await waitForOne(stop(page, title), '"Sluta läsa" while reading');
    await page.evaluate(() => window.__speech.end());
    await waitForOne(listen(page, title), '"Lyssna" when the reading ended');

    // A new page stops the reading.
    await clickButton(page, `Lyssna: ${title}`);
    await clickButton(page, 'Nästa');
    await expectModulePage(page, module, 1);
    await poll(async () => (await spoken(page)).at(-1)?.cancelled === first.text, { message: 'reading stopped by "Nästa"' });

    // A statement of the self-assessment.
    await goToStart(page);
    await clickButton(page, 'Börja med självskattningen');
    const parts = roundParts(instrument, 'T0');
    await expectRoundPart(page, parts, 0);
    await clickButton(page, 'Nästa');
    await expectRoundPart(page, parts, 1);
    const statement = instrument.byArea[AREAS[0].id][0].text;
    await clickButton(page, `Lyssna: ${statement}`);
    const plain = statement.replace(/\*\*/g, '');
    const said = /[.?!]$/.test(plain) ? plain : `${plain}.`;
    await poll(async () => (await spoken(page)).at(-1)?.text === said, { message: `the statement read: "${said}"` });
    const count = await page.getByRole('button', { name: /^Lyssna: / }).count();
    assert.equal(count + 1, parts[1].count, 'one "Lyssna" per statement on the page (one reading now)');

  }, { initScript: speechStub });
});

test('without a voice of its own on the device there is no "Lyssna"', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await startFirstCourse(page, module);
    await expectHeading(page, module.pages[0].title);
    assert.equal(await page.getByRole('button', { name: /^Lyssna/ }).count(), 0);
  }, { initScript: () => { delete window.speechSynthesis; delete Window.prototype.speechSynthesis; } });
});
