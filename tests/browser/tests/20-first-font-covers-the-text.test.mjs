// The first frame is drawn with a regular font cut down to what the content and the app's own
// words use (tools/subset-fonts.sh, first_glyphs); the other Latin letters come after it. This
// checks that every character of the content's texts and of the app's string literals is in that
// font or in the symbol fonts merged into it, so a text never waits for the later font. (No
// browser: it reads the files.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/harness.mjs';

function unicodeSet(spec) {
  const set = new Set();
  for (const part of spec.split(',')) {
    const [from, to] = part.replace(/U\+/g, '').split('-').map((hex) => parseInt(hex, 16));
    for (let c = from; c <= (to ?? from); c += 1) set.add(c);
  }
  return set;
}

function scriptValue(script, name) {
  const m = script.match(new RegExp(`^${name}='([^']+)'`, 'm'));
  assert.ok(m, `tools/subset-fonts.sh sets ${name}`);
  return m[1];
}

function filesUnder(dir, ends) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, ends);
    return ends.some((e) => name.endsWith(e)) ? [full] : [];
  });
}

function stringsOf(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

test('every character the content and the app show is in the fonts of the first frame', () => {
  const script = readFileSync(path.join(REPO_ROOT, 'tools', 'subset-fonts.sh'), 'utf8');
  const covered = unicodeSet(`${scriptValue(script, 'first_glyphs')},${scriptValue(script, 'punctuation')}`);
  // The symbol fonts (subset-fonts.sh: Noto Sans Math, Noto Sans Symbols 2), merged into every style.
  for (const c of unicodeSet('U+2190-2193,U+2212,U+2264-2265,U+2713-2714')) covered.add(c);

  const missing = new Map();  // character -> where it was seen
  const check = (text, where) => {
    for (const ch of text) {
      const c = ch.codePointAt(0);
      if (c >= 0x20 && !covered.has(c) && c !== 0x7f && !missing.has(ch)) missing.set(ch, where);
    }
  };
  for (const file of filesUnder(path.join(REPO_ROOT, 'content'), ['.json'])) {
    for (const s of stringsOf(JSON.parse(readFileSync(file, 'utf8')), [])) check(s, path.relative(REPO_ROOT, file));
  }
  // String literals of the person's and the coordinator's screens and messages (comments are not
  // shown; "\u2192"-style escapes are checked as the characters they stand for).
  const literal = /"(?:[^"\\\n]|\\.)*"/g;
  for (const dir of ['core', 'ui', 'app']) {
    for (const file of filesUnder(path.join(REPO_ROOT, 'src', dir), ['.cpp', '.hpp'])) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trimStart().startsWith('//')) continue;
        for (const [text] of line.matchAll(literal)) {
          const shown = text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)));
          check(shown.replace(/\\./g, ''), path.relative(REPO_ROOT, file));
        }
      }
    }
  }
  assert.deepEqual([...missing].map(([ch, where]) => `${ch} (U+${ch.codePointAt(0).toString(16).toUpperCase()}) in ${where}`), [],
    'characters the first frame\'s fonts lack: add them to first_glyphs in tools/subset-fonts.sh');
});
