// Writes content/module-heads.json for the site build (cmake/web.cmake): every course's head, its
// structure without the texts its pages show, so the start page needs one small file instead of
// every course. The page fetches a course's module.json when the course opens.
//   node tools/module-heads.mjs <site>/content [<output file>]   (default <site>/content/module-heads.json)
// A head (docs/content-format.md, "Course heads") keeps what the start page, progress and the
// coordinator read: the course's id, number, title, summary, minutes, level, competences, roles
// and mastery (not the goals, page titles and sources: only the course's overview, pages and end
// show them, and they have the whole course); each page's id; each question's id, kind and right answer (choice ids
// and which are right, the true/false answer, the ids of order steps and match pairs); each
// scenario's id and option ids. Texts, pictures, key points and reflections are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const contentDir = process.argv[2];
if (!contentDir) {
  console.error('usage: node tools/module-heads.mjs <site>/content [<output file>]');
  process.exit(2);
}

const KEPT_PARTS = new Set(['question', 'scenario']);
// Texts are objects {"sv", "en"}; everything else a question or scenario holds is structure.
const isText = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) && 'sv' in value;

function withoutTexts(value) {
  if (Array.isArray(value)) return value.map(withoutTexts);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (!isText(v)) out[key] = withoutTexts(v);
  }
  return out;
}

function head(module) {
  const { $schema, pages, goals, sources, checked, ...rest } = module;
  return {
    ...rest,
    format: 'digilyft-module-head',
    pages: (Array.isArray(pages) ? pages : []).map((page) => ({
      id: page.id,
      parts: (Array.isArray(page.parts) ? page.parts : []).filter((p) => KEPT_PARTS.has(p?.type)).map(withoutTexts),
    })),
  };
}

const catalog = JSON.parse(readFileSync(join(contentDir, 'catalog.json'), 'utf8'));
const heads = {};
for (const path of catalog.modules ?? []) {
  let module;
  try {
    module = JSON.parse(readFileSync(join(contentDir, path), 'utf8'));
  } catch {
    continue;  // missing or broken: the page fetches it whole and says what is wrong
  }
  if (module?.format !== 'digilyft-module') continue;
  heads[path] = head(module);
}
const text = JSON.stringify({ format: 'digilyft-module-heads', version: 1, heads });
const out = process.argv[3] ?? join(contentDir, 'module-heads.json');
let previous = null;
try {
  previous = readFileSync(out, 'utf8');
} catch {
  // first build
}
if (previous !== text) writeFileSync(out, text);  // unchanged files keep the service worker's version
