// A browser killed while it keeps a large workspace loses nothing that was kept before. The
// coordinator reads 10,000 result files and the workspace is kept; they read 2,000 more and the
// browser's process is killed (SIGKILL, as a crash or a pulled plug) while the new workspace is
// being written. Started again on the same profile, the workspace opens whole and readable: the
// 10,000 kept before, or all 12,000 when the write landed first, never a part and never "damaged".
// Chromium runs as its own process here (not through Playwright's launch) so the test can kill it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../../tools/serve.mjs';
import {
  CHROMIUM, CHROMIUM_ARGS, SITE_ROOT, beginAsNew, expectHeading, openWithCode, poll, resultsPath, waitForReady,
} from '../helpers/harness.mjs';
import { chooseFiles, filesSummary, openCoordinator } from '../helpers/coordinator.mjs';
import { generateResultFiles } from '../helpers/result-files.mjs';

const KEPT = 10_000;
const MORE = 2_000;

// Chromium on `profile`, reached over the DevTools protocol: { process, browser }.
async function startChromium(profile) {
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profile}`,
    '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { child, browser };
}

// Kills Chromium with every process it started (its own process group: the renderer, GPU and
// crash handler die with it, as in a crash or a power cut), and resolves when the main one exited.
function killChromium(run) {
  const exited = new Promise((resolve) => (run.child.exitCode !== null ? resolve() : run.child.once('exit', resolve)));
  try {
    process.kill(-run.child.pid, 'SIGKILL');
  } catch {
    run.child.kill('SIGKILL');  // the group is gone already
  }
  return exited;
}

async function openPage(browser, url) {
  const context = browser.contexts()[0];
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await waitForReady(page);
  return { page, errors };
}

async function summaryOnceRead(page, what) {
  let last = null;
  await poll(async () => {
    last = await filesSummary(page);
    return last !== null && last.read === last.people;
  }, { timeout: 120_000, message: () => `${what} (shown: ${JSON.stringify(last)})` });
  return last;
}

test('a browser killed while keeping a 10,000-file workspace keeps the workspace it had', { timeout: 600_000 }, async () => {
  const t0 = Date.now();
  const log = (what) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);
  const kept = generateResultFiles(resultsPath('killed-17', 'kept'), { people: KEPT, seed: 17 });
  const more = generateResultFiles(resultsPath('killed-17', 'more'), { people: MORE, seed: 71 });
  log('files generated');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'digilyft-17-'));
  const server = await startServer(SITE_ROOT, 0);
  let first = null;
  let second = null;
  try {
    first = await startChromium(profile);
    const { page, errors } = await openPage(first.browser, server.url);
    const code = await beginAsNew(page);
    await openCoordinator(page, code);
    await chooseFiles(page, kept.map((f) => f.path));
    assert.deepEqual(await summaryOnceRead(page, `${KEPT} files read`), { read: KEPT, people: KEPT, bad: 0 });
    log(`${KEPT} files read`);
    await page.evaluate(() => window.__digilyft.settled());  // the 10,000-file workspace is kept
    log('the workspace is kept');

    // More files; the moment the new workspace is being written, the process is killed.
    await chooseFiles(page, more.map((f) => f.path));
    await page.waitForFunction(() => window.__digilyft.writing() > 0, null, { polling: 5, timeout: 120_000 });
    await killChromium(first);
    log('killed while writing');
    assert.deepEqual(errors, [], 'the page said nothing wrong before it was killed');
    first = null;

    second = await startChromium(profile);
    const again = await openPage(second.browser, `${server.url}?samordnare`);  // the coordinator's page
    await openWithCode(again.page, code);
    await expectHeading(again.page, 'Samordnare');  // where the coordinator was
    const after = await summaryOnceRead(again.page, 'the kept workspace');
    assert.ok(after.people === KEPT || after.people === KEPT + MORE,
      `the workspace is whole: ${KEPT} or ${KEPT + MORE} participants, not ${after.people}`);
    assert.equal(after.bad, 0);
    console.log(`after the kill the workspace holds ${after.people} participants ` +
      `(${after.people === KEPT ? 'the one kept before' : 'the new one had landed'})`);
    assert.deepEqual(again.errors, [], 'the page opens the kept workspace without a problem');
  } finally {
    for (const run of [first, second]) {
      if (!run) continue;
      await killChromium(run);
    }
    await server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
