#!/usr/bin/env node
// Runs the aggregation benchmark natively and in headless Chromium and prints both times and their
// ratio. Builds nothing: give it a native build folder (with src/digilyft-bench) and a web build
// folder (with bench/, from `cmake --build --preset web --target digilyft-bench`).
//   node tools/bench/run.mjs [native build] [web build] [--people N] [--repeat R]
//   defaults: build/native build/web-build --people 10000 --repeat 3
// Needs tests/browser's npm packages (tools/setup.sh). Prints figures only; no pass or fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];
const WASM_TIMEOUT_MS = 10 * 60_000;

function parseArgs(argv) {
  const folders = [];
  const bench = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--people' || argv[i] === '--repeat' || argv[i] === '--seed') bench.push(argv[i], argv[++i]);
    else folders.push(argv[i]);
  }
  return {
    native: path.resolve(folders[0] ?? path.join(ROOT, 'build', 'native')),
    web: path.resolve(folders[1] ?? path.join(ROOT, 'build', 'web-build')),
    bench,
  };
}

// "native: 10000 files, best of 3: 812.3 ms" -> 812.3
function bestMs(lines, platform) {
  for (const line of lines) {
    const m = line.match(new RegExp(`^${platform}: \\d+ files, best of \\d+: ([\\d.]+) ms$`));
    if (m) return Number(m[1]);
  }
  throw new Error(`${platform}: no "best of" line in the benchmark's output`);
}

function runNative(folder, bench) {
  const binary = path.join(folder, 'src', 'digilyft-bench');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: build it (cmake --build <native build> --target digilyft-bench)`);
  const run = spawnSync(binary, ['--content', path.join(ROOT, 'content'), ...bench], { encoding: 'utf8' });
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter(Boolean);
  for (const line of lines) console.log(line);
  if (run.status !== 0) throw new Error(`native benchmark exited with ${run.status}`);
  return bestMs(lines, 'native');
}

async function loadPlaywright() {
  const require = createRequire(path.join(ROOT, 'tests', 'browser', 'package.json'));
  const mod = await import(pathToFileURL(require.resolve('playwright-core')).href);
  return mod.chromium ? mod : mod.default;
}

async function runWasm(folder, bench) {
  const site = path.join(folder, 'bench');
  if (!existsSync(path.join(site, 'digilyft-bench.wasm'))) {
    throw new Error(`${site}/digilyft-bench.wasm is missing: build it (cmake --build --preset web --target digilyft-bench)`);
  }
  const { chromium } = await loadPlaywright();
  const server = await startServer(site, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    console.log(`wasm: Chromium ${browser.version()} (headless)`);
    const page = await browser.newPage();
    const pageError = new Promise((resolve, reject) => page.on('pageerror', (e) => reject(new Error(`page: ${e.message}`))));
    await page.goto(`${server.url}index.html?args=${encodeURIComponent(bench.join(' '))}`);
    await Promise.race([
      page.waitForFunction(() => window.benchDone === true, null, { timeout: WASM_TIMEOUT_MS, polling: 500 }),
      pageError,
    ]);
    const lines = await page.evaluate(() => window.benchLines);
    for (const line of lines) console.log(line);
    return bestMs(lines, 'wasm');
  } finally {
    await browser.close();
    await server.close();
  }
}

const { native, web, bench } = parseArgs(process.argv.slice(2));
try {
  const nativeMs = runNative(native, bench);
  const wasmMs = await runWasm(web, bench);
  console.log(`\nnative ${nativeMs.toFixed(1)} ms, wasm in headless Chromium ${wasmMs.toFixed(1)} ms, ` +
    `ratio wasm/native ${(wasmMs / nativeMs).toFixed(2)}`);
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}
