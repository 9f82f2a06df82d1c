// The harness itself: a request to another origin, a console error or an uncaught exception in the
// page must fail a test, or the other tests' "nothing leaves the device" would prove nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, poll, withVisit } from '../helpers/harness.mjs';

const suite = browserSuite();

test('a request to another origin fails the visit', async () => {
  // Another port on the loopback address is another origin; nothing listens there. The page's
  // Content-Security-Policy stops such a request before it leaves: with the policy bypassed the
  // harness must still catch the request itself.
  await assert.rejects(withVisit(suite, async (visit) => {
    const page = await visit.open();
    await page.evaluate(() => fetch('http://127.0.0.1:9/track').catch(() => {}));
    await poll(() => visit.foreignRequests.length > 0, { message: 'the request to be recorded' });
  }, { allowConsole: [/./], contextOptions: { bypassCSP: true } }), /requests to origins other than/);
});

test('the Content-Security-Policy blocks a request to another origin, and the violation fails the visit', async () => {
  await assert.rejects(withVisit(suite, async (visit) => {
    const page = await visit.open();
    const outcome = await page.evaluate(() => fetch('http://127.0.0.1:9/track').then(() => 'sent', () => 'blocked'));
    assert.equal(outcome, 'blocked');
    await poll(() => visit.consoleErrors.some((e) => e.includes('Content-Security-Policy violation: connect-src')),
      { message: 'the violation to be recorded' });
    assert.equal(visit.foreignRequests.length, 0, 'nothing left the page');
  }), /Content-Security-Policy violation: connect-src/);
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
