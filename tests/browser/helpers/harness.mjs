// The browser tests' harness: serves build/web on a random port, launches the system Chromium
// headless, and gives each test a fresh browser context. It watches everything a page does and
// fails the test when the page reaches any origin but the server's own, logs a console error or
// throws (unless the test said it expects that message).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../../tools/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..', '..');
export const SITE_ROOT = process.env.DIGILYFT_SITE ?? path.join(REPO_ROOT, 'build', 'web');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const CHROMIUM = process.env.DIGILYFT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const DEFAULT_TIMEOUT_MS = 10_000;
const READY_TIMEOUT_MS = 30_000;

// The file test 05 exports, copied for test 06 (coordinator) to read back: the round trip.
export const EXPORTED_COPY = path.join(RESULTS_DIR, 'downloads', 'exported-by-test-05.json');

export function resultsPath(...parts) {
  const file = path.join(RESULTS_DIR, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

export async function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

// One server and one browser per test file; call at the top level of the file.
export function browserSuite() {
  const suite = { server: null, browser: null };
  before(async () => {
    if (!existsSync(path.join(SITE_ROOT, 'index.html'))) {
      throw new Error(`${SITE_ROOT}/index.html is missing: build the site first ` +
        '(cmake --preset web && cmake --build --preset web)');
    }
    suite.server = await startServer(SITE_ROOT, 0);
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

function originOf(url) {
  try {
    return new URL(url).origin;  // blob:http://host/… gives the page's origin
  } catch {
    return null;
  }
}

// Runs `body(visit)` in a fresh context and checks the visit's record afterwards.
// options: initScript (function or string run before the page's own scripts), expectConsole
// (regexes of console errors the test expects; each must occur), allowConsole (may occur).
export async function withVisit(suite, body, options = {}) {
  const { server, browser } = suite;
  assert.ok(server && browser, 'browserSuite() must run before withVisit');
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'sv-SE',
    viewport: { width: 1024, height: 768 },
    serviceWorkers: 'allow',
    ...options.contextOptions,
  });
  context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  // Every Content-Security-Policy violation is a console error, so it fails the test like any other.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const visit = new Visit(context, server.url);
  try {
    await body(visit);
  } catch (err) {
    // Say what the page said too: a failing assertion is often explained by a console error.
    err.message += visit.describeProblems();
    await visit.screenshotOnFailure().catch(() => {});
    await context.close().catch(() => {});
    throw err;
  }
  try {
    visit.assertClean(options);
  } finally {
    await context.close().catch(() => {});
  }
  return visit;
}

export class Visit {
  constructor(context, url) {
    this.context = context;
    this.url = url;
    this.origin = originOf(url);
    this.requests = [];        // { url, method, resourceType, fromServiceWorker }
    this.foreignRequests = [];
    this.consoleErrors = [];   // text
    this.pageErrors = [];      // text
    this.page = null;
    this.pages = [];
    context.on('request', (request) => this.#recordRequest(request));
    context.on('page', (page) => this.#watchPage(page));
    context.on('serviceworker', (worker) => {
      worker.on?.('console', (msg) => {
        if (msg.type() === 'error') this.consoleErrors.push(`[service worker] ${msg.text()}`);
      });
    });
  }

  #recordRequest(request) {
    const url = request.url();
    const entry = {
      url,
      method: request.method(),
      resourceType: request.resourceType(),
      fromServiceWorker: typeof request.serviceWorker === 'function' && request.serviceWorker() !== null,
    };
    this.requests.push(entry);
    if (url.startsWith('data:')) return;
    if (originOf(url) !== this.origin) this.foreignRequests.push(entry);
  }

  #watchPage(page) {
    if (this.pages.includes(page)) return;
    this.pages.push(page);
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        this.consoleErrors.push(`${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (err) => this.pageErrors.push(String(err?.stack || err)));
  }

  // Opens a new tab in this context at the app, waits until its first frame is drawn, and opens a
  // space as a person would. as: 'new' ("Jag är ny här"; the code shown is kept in visit.code),
  // a code (typed into the welcome), or 'welcome' (stays there). By default the visit's person
  // goes on (a new tab) or, before there is one, a new person begins. `before(page)` runs before
  // the page loads (e.g. browser settings over the DevTools protocol).
  async open(pathname = '', { as = this.code ?? 'new', before } = {}) {
    const page = await this.context.newPage();
    this.#watchPage(page);
    if (before) await before(page);
    await page.goto(this.url + pathname, { waitUntil: 'load' });
    await waitForReady(page);
    this.page = page;
    await this.enter(page, as);
    return page;
  }

  // Reloads the page: the space is locked again, so the person types their code (as: see open).
  async reload(page = this.page, { as = this.code ?? 'welcome' } = {}) {
    await page.reload({ waitUntil: 'load' });
    await waitForReady(page);
    await this.enter(page, as);
    return page;
  }

  async enter(page, as) {
    if (as === 'welcome') return;
    if (as === 'new') {
      this.code = await beginAsNew(page);
      return;
    }
    await openWithCode(page, as);
    this.code = as;
  }

  describeProblems() {
    const lines = [];
    if (this.pageErrors.length) lines.push('page errors:', ...this.pageErrors.map((e) => '  ' + e));
    if (this.consoleErrors.length) lines.push('console errors:', ...this.consoleErrors.map((e) => '  ' + e));
    if (this.foreignRequests.length) lines.push('requests to other origins:', ...this.foreignRequests.map((r) => '  ' + r.url));
    return lines.length ? '\n' + lines.join('\n') : '';
  }

  async screenshotOnFailure() {
    const page = this.page;
    if (!page || page.isClosed()) return;
    const name = `failure-${Date.now()}.png`;
    await page.screenshot({ path: resultsPath('failures', name), fullPage: false });
  }

  assertClean({ expectConsole = [], allowConsole = [] } = {}) {
    assert.deepEqual(this.foreignRequests, [],
      `the page made requests to origins other than ${this.origin}`);
    assert.deepEqual(this.pageErrors, [], 'the page threw uncaught errors');
    for (const re of expectConsole) {
      assert.ok(this.consoleErrors.some((t) => re.test(t)),
        `expected a console error matching ${re}; got ${JSON.stringify(this.consoleErrors)}`);
    }
    const unexpected = this.consoleErrors.filter(
      (t) => ![...expectConsole, ...allowConsole].some((re) => re.test(t)));
    assert.deepEqual(unexpected, [], 'the page logged console errors');
  }
}

// "Jag är ny här" on the welcome: returns the code shown ("K7QM-4XPD") after "Jag har skrivit upp koden".
export async function beginAsNew(page) {
  await click(page.getByRole('button', { name: 'Jag är ny här', exact: true }));
  const code = page.getByRole('heading', { level: 2, name: /^[A-Z2-9]{4}-[A-Z2-9]{4}$/ });
  await code.waitFor();
  const text = (await code.textContent()).trim();
  await click(page.getByRole('button', { name: 'Jag har skrivit upp koden', exact: true }));
  await page.getByRole('button', { name: 'Lås mina svar', exact: true }).waitFor();
  return text;
}

// Types `code` into the welcome and opens the space; waits until it is open.
export async function openWithCode(page, code) {
  await page.getByRole('textbox', { name: 'Din kod', exact: true }).fill(code);
  await page.getByRole('button', { name: 'Öppna mina svar', exact: true }).click();
  // The space opens in the person's own language.
  await page.getByRole('button', { name: /^(Lås mina svar|Lock my answers)$/ }).waitFor();
}

export async function waitForReady(page) {
  await page.waitForFunction(() => window.__digilyft?.ready === true, null,
    { timeout: READY_TIMEOUT_MS, polling: 50 });
}

// Resolves once the page has drawn `n` more frames, or has no frame left to draw: either way the
// app has taken in what happened before (an input asks for its frame when it happens, so a page
// that already drew it is idle; waiting for frames alone raced with it).
export async function waitForFrames(page, n = 1) {
  const start = await page.evaluate(() => window.__digilyft.frames);
  await page.waitForFunction((want) => window.__digilyft.frames >= want || window.__digilyft.idle(),
    start + n, { polling: 'raf' });
}

// ---------------------------------------------------------------------------------------------
// Auto-retrying checks. The app changes on the next animation frame after an input, so every
// check polls until it holds or ~10 s pass; none of them sleeps a fixed time to be right. A
// message may be a function, so a failure can say what was seen last.

export async function poll(check, { timeout = DEFAULT_TIMEOUT_MS, interval = 50, message } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== undefined && value !== null) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError ? `: ${lastError.message}` : '';
      const what = typeof message === 'function' ? message() : message;
      throw new Error(`${what ?? 'condition'} did not hold within ${timeout} ms${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

function textMatches(actual, expected) {
  const norm = (actual ?? '').replace(/\s+/g, ' ').trim();
  return expected instanceof RegExp ? expected.test(norm) : norm === expected;
}

// Waits until an element showing exactly `text` (or matching a RegExp) is in the page.
export async function waitForText(page, text, opts = {}) {
  const locator = text instanceof RegExp ? page.getByText(text) : page.getByText(text, { exact: true });
  await poll(async () => (await locator.count()) > 0, {
    ...opts, message: `text ${JSON.stringify(String(text))} to appear`,
  });
  return locator.first();
}

export async function waitForNoText(page, text, opts = {}) {
  const locator = text instanceof RegExp ? page.getByText(text) : page.getByText(text, { exact: true });
  await poll(async () => (await locator.count()) === 0, {
    ...opts, message: `text ${JSON.stringify(String(text))} to disappear`,
  });
}

// Waits until `locator` exists (exactly one match) and returns it.
export async function waitForOne(locator, what, opts = {}) {
  await poll(async () => (await locator.count()) === 1, {
    ...opts, message: `exactly one ${what ?? String(locator)}`,
  });
  return locator;
}

export async function expectAttribute(locator, name, expected, opts = {}) {
  let last;
  await poll(async () => {
    if ((await locator.count()) !== 1) return false;
    last = await locator.getAttribute(name);
    return expected instanceof RegExp ? expected.test(last ?? '') : last === expected;
  }, { ...opts, message: () => `${locator} to have ${name}=${JSON.stringify(String(expected))} (last: ${JSON.stringify(last)})` });
}

export async function expectTextContent(locator, expected, opts = {}) {
  let last;
  await poll(async () => {
    if ((await locator.count()) !== 1) return false;
    last = await locator.textContent();
    return textMatches(last, expected);
  }, { ...opts, message: () => `${locator} to read ${JSON.stringify(String(expected))} (last: ${JSON.stringify(last)})` });
}

async function isDisabled(locator) {
  return locator.evaluate((el) => el.disabled === true || el.getAttribute('aria-disabled') === 'true');
}

export async function expectDisabled(locator, disabled = true, opts = {}) {
  await poll(async () => (await locator.count()) === 1 && (await isDisabled(locator)) === disabled,
    { ...opts, message: `${locator} to be ${disabled ? 'disabled' : 'enabled'}` });
}

// Texts of every element with `role` (e.g. 'status', 'alert'), whitespace collapsed.
export async function textsOfRole(page, role) {
  const texts = await page.getByRole(role).allTextContents();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

export async function waitForRoleText(page, role, predicate, what, opts = {}) {
  let last = [];
  return poll(async () => {
    last = await textsOfRole(page, role);
    return last.find(predicate) ?? false;
  }, { ...opts, message: () => `a role="${role}" element ${what} (have: ${JSON.stringify(last)})` });
}

// Clicks like a person (real mouse events at the element's place, after Playwright's checks).
// Pages driven by the keyboard alone (useKeyboardOnly): every click() there is Tab (or Shift+Tab) to
// the element and Enter, Space on a checkbox, and in a radio group Tab to its one stop and the arrow
// keys, as the WAI-ARIA Authoring Practices describe; so every flow can be walked without a pointer.
const keyboardPages = new WeakSet();
export function useKeyboardOnly(page) {
  keyboardPages.add(page);
}

export async function click(locator) {
  if (keyboardPages.has(locator.page())) return pressByKeyboard(locator);
  await locator.click();
}

const focusedIn = (locator) => locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

// Tab (forward, or back when the element comes before the focus) until focus is on or in `target`.
async function tabTo(page, target, what) {
  await target.waitFor();
  const key = await target.evaluate((el) => {
    const at = document.activeElement;
    if (!at || at === document.body || el.contains(at)) return 'Tab';
    return (el.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'Shift+Tab' : 'Tab';
  });
  for (let i = 0; i < 300; i++) {
    if (await focusedIn(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${what}`);
}

async function pressByKeyboard(locator) {
  const page = locator.page();
  const role = await locator.evaluate((el) => el.getAttribute('role') ?? ({ A: 'link', BUTTON: 'button' }[el.tagName] ?? el.tagName));
  const what = `${role} "${((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()}"`;
  if (role !== 'radio') {
    await tabTo(page, locator, what);
    await page.keyboard.press(role === 'checkbox' ? 'Space' : 'Enter');
    return;
  }
  // A radio: Tab to its group's one stop, then the arrow keys (each chooses), or Space on the stop.
  await tabTo(page, locator.locator('xpath=..'), `the group of ${what}`);
  for (let i = 0; i < 30; i++) {
    const { at, want, checked } = await locator.evaluate((el) => {
      const radios = Array.from(el.parentElement.querySelectorAll(':scope > [role="radio"]'));
      return { at: radios.indexOf(document.activeElement), want: radios.indexOf(el), checked: el.getAttribute('aria-checked') === 'true' };
    });
    if (at === want) {
      if (!checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`the arrow keys never reached ${what}`);
}

export const button = (page, name) => page.getByRole('button', { name, exact: true });
export const link = (page, name) => page.getByRole('link', { name, exact: true });
export const heading = (page, name) => page.getByRole('heading', { name, exact: true });

export async function clickButton(page, name) {
  const b = await waitForOne(button(page, name), `button "${name}"`);
  await expectDisabled(b, false);
  await click(b);
}

// Types into a text field by its visible label and waits until the app holds the text.
export async function fillField(page, name, text) {
  const field = page.getByRole('textbox', { name, exact: true });
  await waitForOne(field, `text field "${name}"`);
  await field.fill(text);
  await poll(() => field.evaluate((el, want) => el.dlNode?.value === want, text),
    { message: `the app to hold "${text}" in "${name}"` });
}

export async function expectHeading(page, name, opts) {
  await waitForOne(heading(page, name), `heading "${name}"`, opts);
}

// Chooses `choice` in the radio group named `group` and waits until the app shows it as chosen.
export async function chooseRadio(page, group, choice) {
  const g = page.getByRole('radiogroup', { name: group, exact: true });
  await waitForOne(g, `radio group "${group}"`);
  const radio = g.getByRole('radio', { name: choice, exact: true });
  await waitForOne(radio, `radio "${choice}" in "${group}"`);
  await click(radio);
  await expectAttribute(radio, 'aria-checked', 'true');
}

// The label of the checked radio in a group, or null.
export async function checkedRadio(page, group) {
  const g = page.getByRole('radiogroup', { name: group, exact: true });
  await waitForOne(g, `radio group "${group}"`);
  const checked = g.locator('[role="radio"][aria-checked="true"]');
  const n = await checked.count();
  if (n === 0) return null;
  assert.equal(n, 1, `radio group "${group}" has ${n} checked radios`);
  return (await checked.textContent()).replace(/\s+/g, ' ').trim() ||
    (await checked.getAttribute('aria-label'));
}

export async function expectProgress(page, valueText) {
  const bar = page.getByRole('progressbar');
  await expectAttribute(bar, 'aria-valuetext', valueText);
  await waitForText(page, valueText);
}

// Resolves once every IndexedDB write the app has started is committed: a read-only transaction
// over all stores waits for any earlier read-write transaction on them. Used before a reload so
// the test checks what the app saved, not how fast a reload can race the disk.
export async function waitForSavesCommitted(page) {
  await page.evaluate(async () => {
    await window.__digilyft?.settled?.();  // sealing comes before the write: wait for the app's own queue
    if (!indexedDB.databases) return;
    const dbs = await indexedDB.databases();
    for (const info of dbs) {
      await new Promise((resolve) => {
        const req = indexedDB.open(info.name);
        req.onerror = () => resolve();
        req.onblocked = () => resolve();
        req.onsuccess = () => {
          const db = req.result;
          const stores = Array.from(db.objectStoreNames);
          if (stores.length === 0) { db.close(); return resolve(); }
          const tx = db.transaction(stores, 'readonly');
          tx.oncomplete = tx.onerror = tx.onabort = () => { db.close(); resolve(); };
        };
      });
    }
  });
}

// The current year-quarter on this machine, as the app exports it ("2026-Q4").
export function currentPeriod(date = new Date()) {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}
