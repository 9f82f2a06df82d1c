#!/usr/bin/env node
// Measures the built site (builds nothing): the gzip size (zlib level 9) of every file in
// build/web and the total, and how many frames the page draws in 5 idle seconds and in the 5
// seconds after one click. Prints figures only; exits non-zero only when it cannot measure.
//   node tools/measure.mjs [site folder]      (needs tests/browser's npm packages: tools/setup.sh)
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = path.resolve(process.argv[2] ?? path.join(ROOT, 'build', 'web'));
const IDLE_MS = 5000;
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
  await fs.access(path.join(SITE, 'index.html'));
} catch {
  console.error(`measure: ${SITE}/index.html is missing; build first: cmake --preset web && cmake --build --preset web`);
  process.exit(1);
}
try {
  await sizes();
  await frameCounts();
} catch (err) {
  console.error(`measure: cannot measure: ${err.message}`);
  process.exit(1);
}
