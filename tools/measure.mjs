#!/usr/bin/env node
// Measures the built site (builds nothing) in headless Chromium (software WebGL), and prints:
// - the gzip size (zlib level 9) of every file in build/web and the total;
// - the first visit: every file fetched before the start page is drawn, gzip, as a server that
//   compresses would send it (what a phone on 4G must load before the page can be used);
// - medians of RUNS cold loads: wasm compiled and instantiated, first paint (FCP: the page's own
//   loading notice), the app's first frame (its start page usable), first content drawn on the
//   canvas; also under 4x CPU throttling. The bare Dear ImGui page (tools/bare-imgui, when built) is
//   loaded in the same runs, and its first content drawn is measured by the same mark;
// - a tap on an answer to the next paint, p75 (Event Timing, as INP measures it), and the
//   main-thread time of one drawn frame, median; also under 4x CPU throttling;
// - frames drawn in 5 idle seconds and in the 5 seconds after one click.
// Prints figures only; budgets are for the reader. Exits non-zero only when it cannot measure.
//   node tools/measure.mjs [site folder] [--bare FOLDER] [--first-visit]   (needs tests/browser's npm
//   packages: tools/setup.sh; the bare page: cmake --build --preset web --target bare-imgui)
// --first-visit stops after the sizes and the first visit.
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--bare');
const SITE = path.resolve(positional[0] ?? path.join(ROOT, 'build', 'web'));
// The bare Dear ImGui page (tools/bare-imgui), measured in the same runs when it is built.
const BARE_DEFAULT = path.join(ROOT, 'build', 'web-build', 'bare-imgui');
let BARE = path.resolve(argValue('--bare') ?? BARE_DEFAULT);
const IDLE_MS = 5000;
const RUNS = 9;  // cold loads per figure: their medians move by 10-20 % from run to run with 5
const ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

async function filesUnder(dir) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

async function sizes() {
  const files = await filesUnder(SITE);
  if (files.length === 0) throw new Error(`no files in ${SITE}`);
  let raw = 0;
  let gz = 0;
  const shown = SITE.startsWith(ROOT + path.sep) ? path.relative(ROOT, SITE) : SITE;
  console.log(`Sizes of ${shown} (KB; gzip = zlib level 9)`);
  console.log(`${'raw'.padStart(8)} ${'gzip'.padStart(8)}  file`);
  for (const file of files) {
    const bytes = await fs.readFile(file);
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += g;
    console.log(`${kb(bytes.length)} ${kb(g)}  ${path.relative(SITE, file)}`);
  }
  console.log(`${kb(raw)} ${kb(gz)}  TOTAL (${files.length} files)`);
  if (!BARE) return;
  // The bare page has no lazy parts: all of it is its first visit.
  const parts = [];
  let total = 0;
  for (const file of await filesUnder(BARE)) {
    const bytes = await fs.readFile(file);
    const g = gzipSync(bytes, { level: 9 }).length;
    total += g;
    parts.push(`${path.relative(BARE, file)} ${kb(bytes.length).trim()} / ${kb(g).trim()}`);
  }
  console.log(`Bare Dear ImGui page (raw / gzip KB): ${parts.join(', ')}; first visit ${kb(total).trim()} KB gzip`);
}

async function loadPlaywright() {
  const require = createRequire(path.join(ROOT, 'tests', 'browser', 'package.json'));
  const entry = require.resolve('playwright-core');
  const mod = await import(pathToFileURL(entry).href);
  return mod.chromium ? mod : mod.default;
}

const frames = (page) => page.evaluate(() => window.__digilyft?.frames ?? NaN);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function frameCounts() {
  const { chromium } = await loadPlaywright();
  const server = await startServer(SITE, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    const t0 = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => window.__digilyft?.ready === true, null, { timeout: 60_000 });
    console.log(`\nFirst frame drawn ${Date.now() - t0} ms after navigation started (headless, software WebGL)`);
    await wait(1000);  // let start-up settle before counting idle frames
    const a = await frames(page);
    if (!Number.isFinite(a)) throw new Error('window.__digilyft.frames is not a number');
    await wait(IDLE_MS);
    const b = await frames(page);
    console.log(`Frames drawn in ${IDLE_MS / 1000} s idle: ${b - a}`);
    const target = page.getByRole('button', { name: 'Kurser', exact: true });
    if ((await target.count()) === 1) {
      const c = await frames(page);
      await target.click();
      await wait(IDLE_MS);
      const d = await frames(page);
      console.log(`Frames drawn in ${IDLE_MS / 1000} s after one click on "Kurser": ${d - c}`);
    } else {
      // Still measure one click, on the middle of the canvas, when the mirror has no such button.
      const c = await frames(page);
      await page.mouse.click(512, 384);
      await wait(IDLE_MS);
      const d = await frames(page);
      console.log(`Frames drawn in ${IDLE_MS / 1000} s after one click on the canvas: ${d - c}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  await fs.access(path.join(BARE, 'index.html'));
} catch {
  console.log(`(No bare Dear ImGui page in ${BARE}: the comparison is left out. `
    + 'Build it with: cmake --build --preset web --target bare-imgui)');
  BARE = null;
}
try {
  await fs.access(path.join(SITE, 'index.html'));
} catch {
  console.error(`measure: ${SITE}/index.html is missing; build first: cmake --preset web && cmake --build --preset web`);
  process.exit(1);
}
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (x) => `${Math.round(x)} ms`;

async function withBrowser(body) {
  const { chromium } = await loadPlaywright();
  const server = await startServer(SITE, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    return await body(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

// A fresh visit (a new profile): `throttle` slows the CPU (CDP), as a cheap tablet would be.
async function freshPage(browser, url, throttle = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return { context, page };
}

async function firstVisit() {
  await withBrowser(async (browser, url) => {
    const { context, page } = await freshPage(browser, url);
    const fetched = [];
    page.on('response', (response) => {
      fetched.push(response.body().then((body) => ({ url: response.url(), body }), () => null));
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__digilyft?.ready === true, null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // What the page asked for before its first frame (what comes after it, the bold font, is not
    // waited for), by the Resource Timing start of each request.
    const { firstFrame, starts } = await page.evaluate(() => ({
      firstFrame: performance.getEntriesByName('digilyft-first-frame')[0].startTime,
      starts: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])),
    }));
    const files = (await Promise.all(fetched)).filter(Boolean)
      .filter((f) => (starts[f.url] ?? -1) < firstFrame);  // no entry (the page, its icon): counted
    let total = 0;
    console.log('\nFirst visit: fetched before the start page is drawn (KB gzip)');
    for (const { url: u, body } of files.sort((a, b) => b.body.length - a.body.length)) {
      const g = gzipSync(body, { level: 9 }).length;
      total += g;
      console.log(`${kb(g)}  ${new URL(u).pathname}`);
    }
    console.log(`${kb(total)}  TOTAL (${files.length} files)`);
    await context.close();
  });
}

// Records when a page first draws on its canvas (its first WebGL draw call; a frame with nothing
// but a clear does not count): the same mark for Digilyft and for the bare Dear ImGui page.
function markFirstCanvasDraw() {
  for (const proto of [window.WebGL2RenderingContext?.prototype, window.WebGLRenderingContext?.prototype]) {
    if (!proto) continue;
    for (const name of ['drawElements', 'drawArrays']) {
      const original = proto[name];
      proto[name] = function draw(...args) {
        if (performance.getEntriesByName('first-canvas-draw').length === 0) performance.mark('first-canvas-draw');
        proto[name] = original;
        return original.apply(this, args);
      };
    }
  }
}

// Cold loads of Digilyft and of the bare Dear ImGui page, one after the other in the same browser
// (RUNS each, alternating): first content drawn on the canvas, by the same mark for both.
async function loadTimes(throttle) {
  const bareServer = BARE ? await startServer(BARE, 0) : null;
  try {
    await withBrowser(async (browser, url) => {
      const runs = [];
      const bare = [];
      for (let i = 0; i < RUNS; ++i) {
        const { context, page } = await freshPage(browser, url, throttle);
        await context.addInitScript(markFirstCanvasDraw);
        await page.goto(url);
        await page.waitForFunction(() => window.__digilyft?.ready === true, null, { timeout: 120_000 });
        runs.push(await page.evaluate(() => ({
          wasm: performance.getEntriesByName('digilyft-wasm-ready')[0]?.startTime ?? NaN,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          frame: performance.getEntriesByName('digilyft-first-frame')[0]?.startTime ?? NaN,
          drawn: performance.getEntriesByName('first-canvas-draw')[0]?.startTime ?? NaN,
        })));
        await context.close();
        if (!bareServer) continue;
        const other = await freshPage(browser, bareServer.url, throttle);
        await other.context.addInitScript(markFirstCanvasDraw);
        await other.page.goto(bareServer.url);
        await other.page.waitForFunction(() => performance.getEntriesByName('first-canvas-draw').length > 0, null,
          { timeout: 120_000 });
        bare.push(await other.page.evaluate(() => performance.getEntriesByName('first-canvas-draw')[0].startTime));
        await other.context.close();
      }
      const label = throttle > 1 ? ` (CPU ${throttle}x slower)` : '';
      const drawn = median(runs.map((r) => r.drawn));
      console.log(`\nCold load, median of ${RUNS}${label}: wasm instantiated ${ms(median(runs.map((r) => r.wasm)))}, `
        + `first paint (the page's loading notice) ${ms(median(runs.map((r) => r.fcp)))}, `
        + `the app's first frame (its start page usable) ${ms(median(runs.map((r) => r.frame)))}, `
        + `first content drawn on the canvas ${ms(drawn)}`);
      if (bare.length > 0) {
        const b = median(bare);
        console.log(`  bare Dear ImGui page, same runs: first content drawn ${ms(b)}; `
          + `Digilyft / bare = ${(drawn / b).toFixed(2)} (target <= 1.3)`);
      }
    });
  } finally {
    await bareServer?.close();
  }
}

const TAPS = 40;

// Taps on answers of the self-assessment's first part: each tap's time to the next paint (the
// longest Event Timing entry of its interaction), and the main-thread time of each drawn frame.
async function tapTimes(throttle) {
  await withBrowser(async (browser, url) => {
    const { context, page } = await freshPage(browser, url);
    await page.goto(url);
    await page.waitForFunction(() => window.__digilyft?.ready === true, null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Jag är ny här', exact: true }).click();
    await page.getByRole('button', { name: 'Jag har skrivit upp koden', exact: true }).click();
    await page.getByRole('button', { name: 'Börja med självskattningen', exact: true }).click();
    await page.getByRole('radiogroup').first().waitFor();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.evaluate(() => {
      window.__taps = new Map();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId) window.__taps.set(e.interactionId, Math.max(window.__taps.get(e.interactionId) ?? 0, e.duration));
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      window.__digilyft.frameMs.length = 0;
    });
    // TAPS taps, one answer of each statement in turn (the part shows several; a statement answered
    // is answered again with another level), so a p75 rests on more than a handful.
    const radios = page.getByRole('radio');
    const count = await radios.count();
    let taps = 0;
    for (let i = 0; taps < TAPS && i < 8 * count; i += 1) {
      const radio = radios.nth((i * 6) % count);
      if (!(await radio.isVisible())) continue;
      await radio.click();
      await page.waitForTimeout(300);
      taps += 1;
    }
    await page.waitForTimeout(1000);
    const { durations, frames } = await page.evaluate(() => ({
      durations: [...window.__taps.values()], frames: window.__digilyft.frameMs.slice(),
    }));
    // Interactions under 16 ms are not reported: count them as 16.
    while (durations.length < taps) durations.push(16);
    const label = throttle > 1 ? ` (CPU ${throttle}x slower)` : '';
    console.log(`\nTap on an answer to the next paint${label}: p75 ${ms(percentile(durations, 75))} over ${taps} taps; `
      + `one drawn frame on the main thread: median ${ms(median(frames))} over ${frames.length} frames (1280x800)`);
    await context.close();
  });
}

try {
  await sizes();
  await firstVisit();
  if (process.argv.includes('--first-visit')) process.exit(0);
  await loadTimes(1);
  await loadTimes(4);
  await tapTimes(1);
  await tapTimes(4);
  await frameCounts();
} catch (err) {
  console.error(`measure: cannot measure: ${err.message}`);
  process.exit(1);
}
