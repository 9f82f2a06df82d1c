// The harness itself: a request to another origin, a console error or an uncaught exception in the
// page must fail a test, or the other tests' "nothing leaves the device" would prove nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, poll, withVisit } from '../helpers/harness.mjs';

const suite = browserSuite();

test('a request to another origin fails the visit', async () => {
  // Another port on the loopback address is another origin; nothing listens there.
  await assert.rejects(withVisit(suite, async (visit) => {
    const page = await visit.open();
    await page.evaluate(() => fetch('http://127.0.0.1:9/track').catch(() => {}));
    await poll(() => visit.foreignRequests.length > 0, { message: 'the request to be recorded' });
  }, { allowConsole: [/./] }), /requests to origins other than/);
});

test('a console error or an uncaught exception fails the visit', async () => {
  await assert.rejects(withVisit(suite, async (visit) => {
    const page = await visit.open();
    await page.evaluate(() => console.error('something broke'));
    await poll(() => visit.consoleErrors.length > 0, { message: 'the console error to be recorded' });
  }), /console errors/);
  await assert.rejects(withVisit(suite, async (visit) => {
    const page = await visit.open();
    await page.evaluate(() => setTimeout(() => { throw new Error('uncaught'); }, 0));
    await poll(() => visit.pageErrors.length > 0, { message: 'the page error to be recorded' });
  }), /uncaught errors/);
});

test('an expected console error passes only when it occurs', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await page.evaluate(() => console.error('storage is blocked'));
    await poll(() => visit.consoleErrors.length > 0);
  }, { expectConsole: [/storage is blocked/] });
  await assert.rejects(withVisit(suite, async (visit) => {
    await visit.open();
  }, { expectConsole: [/never logged/] }), /expected a console error/);
});
