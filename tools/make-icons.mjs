#!/usr/bin/env node
// Draws web/icon.svg as the PNG icons phones and tablets want for "add to home screen"
// (icon-180.png for iOS, icon-192.png and icon-512.png for the manifest), with the system Chromium.
// Run again after changing icon.svg: `node tools/make-icons.mjs` (after the browser tests' npm
// install, whose playwright-core it uses); the PNGs are kept in web/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'tests', 'browser', 'package.json'))('playwright-core');
const web = path.join(root, 'web');
const svg = readFileSync(path.join(web, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.DIGILYFT_CHROMIUM ?? '/usr/bin/chromium', headless: true });
try {
  for (const size of [180, 192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<!doctype html><style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: path.join(web, `icon-${size}.png`), omitBackground: false });
    await page.close();
    console.log(`web/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
