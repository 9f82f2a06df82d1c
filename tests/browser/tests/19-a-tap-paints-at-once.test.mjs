// A tap on an answer is painted in the first frame after it: ImGui takes a press and its release
// one per pass, so the page runs ImGui again within the frame until the tap is used up and the new
// state is drawn (src/app/main_web.cpp, dl_frame). Counted in frames, not timed (tools/measure.mjs
// prints the times).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, button, withVisit } from '../helpers/harness.mjs';

const suite = browserSuite();

test('a tap on an answer shows it chosen in the first frame after it', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();  // a new person, on the start page
    await button(page, 'Börja med självskattningen').click();
    const radio = page.getByRole('radio').first();
    await radio.waitFor();
    assert.equal(await radio.getAttribute('aria-checked'), 'false', 'no answer chosen yet');
    await page.waitForFunction(() => window.__digilyft.idle(), null, { polling: 'raf' });
    await page.evaluate(() => {
      const s = window.__digilyft;
      s.seen = [];
      s.before = s.frames;
      s.afterFrame = () => s.seen.push(document.querySelector('[role="radio"]').getAttribute('aria-checked'));
    });
    await radio.click();
    await page.waitForFunction(() => window.__digilyft.seen.length > 0 && window.__digilyft.idle(), null,
      { polling: 'raf' });
    const { seen, frames } = await page.evaluate(() => {
      const s = window.__digilyft;
      s.afterFrame = null;
      return { seen: s.seen, frames: s.frames - s.before };
    });
    assert.equal(seen[0], 'true', `the answer is chosen in the first frame after the tap (frames saw ${seen})`);
    assert.ok(seen.every((checked) => checked === 'true'), 'and stays chosen');
    assert.ok(frames >= 2, `the page draws a few frames while the tap settles (${frames})`);
  });
});
