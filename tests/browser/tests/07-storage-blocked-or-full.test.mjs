// When the browser gives no storage (a private window, blocked storage) the person is told so and
// can still do the course in that visit; when a save fails because storage is full they are told
// too. Each case makes storage fail the way a real browser does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  beginAsNew, browserSuite, clickButton, waitForRoleText, withVisit,
} from '../helpers/harness.mjs';
import { loadModule } from '../helpers/content.mjs';
import {
  answerQuestion, chooseCourseFirst, completeCourse, courseButtonName, expectModulePage, openCourses,
} from '../helpers/flows.mjs';

const suite = browserSuite();
const module = loadModule();
// The app may log what went wrong with storage; other console errors still fail the test.
const STORAGE_LOG = [/indexeddb|storage|securityerror|quota|aborterror|lagring|spara/i];

const BLOCKED = 'låter inte Digilyft spara';
const WRITE_FAILED = 'kunde inte sparas';
const expectAlert = (page, words) =>
  waitForRoleText(page, 'alert', (t) => t.includes(words), `containing "${words}"`);

// Like a private window or a browser set to block site data: indexedDB.open throws.
function openThrowsSecurityError() {
  IDBFactory.prototype.open = function open() {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };
}

// The open request itself fails and reports through onerror: the database's first upgrade is
// aborted, so the request ends with an AbortError, as when the browser cannot create the database.
function openRequestFails() {
  const realOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function open(...args) {
    const request = realOpen.apply(this, args);
    request.addEventListener('upgradeneeded', (event) => {
      event.stopImmediatePropagation();
      request.transaction.abort();
    });
    return request;
  };
}

// From Kurser: starts the module and gets through the first question to the page after it.
async function courseStillWorks(page) {
  await openCourses(page);
  await clickButton(page, courseButtonName('Starta kursen', module));
  await chooseCourseFirst(page);
  const q = module.pages.findIndex((p) => p.questions.length > 0);
  for (let i = 0; i < q; i++) {
    await expectModulePage(page, module, i);
    await clickButton(page, 'Nästa');
  }
  await expectModulePage(page, module, q);
  for (const question of module.pages[q].questions) await answerQuestion(page, question, { right: true });
  await clickButton(page, 'Nästa');
  await expectModulePage(page, module, q + 1);
}

test('indexedDB.open throws SecurityError: an alert, and the whole course still works', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    const alert = await expectAlert(page, BLOCKED);
    assert.ok(alert.length > BLOCKED.length, 'the alert explains what it means');
    await openCourses(page);
    await completeCourse(page, module, { beforeRound: true });
    await expectAlert(page, BLOCKED);  // still told, on every screen
  }, { initScript: openThrowsSecurityError, allowConsole: STORAGE_LOG });
});

test('the open request fails through onerror: an alert, and the course still works', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await expectAlert(page, BLOCKED);
    await courseStillWorks(page);
  }, { initScript: openRequestFails, allowConsole: STORAGE_LOG });
});

test('storage full (a tiny quota through CDP): "kunde inte sparas" when answers are saved', async () => {
  await withVisit(suite, async (visit) => {
    // The quota is set before the page loads: the database still opens, but every write aborts
    // with QuotaExceededError, as on a device whose storage is full.
    const page = await visit.context.newPage();
    const cdp = await visit.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: visit.origin, quotaSize: 1 });
    visit.page = page;
    await page.goto(visit.url);
    await page.waitForFunction(() => window.__digilyft?.ready === true, null, { timeout: 30_000 });
    visit.code = await beginAsNew(page);
    await courseStillWorks(page);
    await expectAlert(page, WRITE_FAILED);
    const alerts = await page.getByRole('alert').allTextContents();
    assert.ok(!alerts.some((t) => t.includes(BLOCKED)), 'storage exists, so it is not called blocked');
  }, { allowConsole: STORAGE_LOG });
});
