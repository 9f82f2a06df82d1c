// Writes the page shell (web/index.html) and the icon (web/icon.svg) into the site without their
// comments and indentation (cmake/web.cmake): the first visit fetches both before the first frame.
// Only safe cuts: comments
// (the shell has no conditional comments, <pre>, <textarea> or inline script or style, and says so
// by failing here if it ever does) and the white space at the start of a line, which HTML reads as
// the line break before it.
//   node tools/minify-html.mjs web/index.html <site>/index.html
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node tools/minify-html.mjs <in.html> <out.html>');
  process.exit(2);
}
const text = readFileSync(from, 'utf8');
if (/<(pre|textarea|script(?![^>]*\bsrc=)|style)\b|<!--\[if/i.test(text)) {
  console.error(`minify-html: ${from} has <pre>, <textarea>, inline script or style, or a conditional comment: cut nothing`);
  process.exit(1);
}
const out = text.replace(/<!--[\s\S]*?-->/g, '').replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n');
if (!existsSync(to) || readFileSync(to, 'utf8') !== out) writeFileSync(to, out);
