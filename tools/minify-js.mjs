// Minifies the page's scripts (cmake/web.cmake: esbuild's bundle of web/js as main.js, and the
// classic support.js), in place, with terser (Debian's node-terser): the first visit fetches them
// before the start page shows. No eval is added (the Content-Security-Policy stays as it is). Files
// already minified are left alone.
//   NODE_PATH=/usr/share/nodejs node tools/minify-js.mjs <site>/js
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/minify-js.mjs <site>/js');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { minify } = require('terser');
const MARK = '/*min*/';
// Classic scripts that old browsers must still parse (to say they are too old): ES5 out, no module.
const CLASSIC = new Set(['support.js']);

let before = 0;
let after = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) {
  const file = path.join(dir, name);
  const text = readFileSync(file, 'utf8');
  if (text.startsWith(MARK)) continue;
  const classic = CLASSIC.has(name);
  const result = await minify(text, {
    module: !classic,
    ecma: classic ? 5 : 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, preamble: MARK },
  });
  before += text.length;
  after += result.code.length;
  writeFileSync(file, result.code);
}
if (before > 0) console.log(`minify-js: ${(before / 1000).toFixed(1)} -> ${(after / 1000).toFixed(1)} KB raw`);
