// Result files outside the browser: synthetic ones made by the native generator (digilyft-bench
// --write, the way a device exports them, so every checksum is right), the native digilyft-report
// reading files and writing its CSV tables, the CSV format, and what an exported file may hold
// (docs/result-file.md). The native tools come from build/native (tools/test.sh builds it before
// the browser tests); DIGILYFT_NATIVE_BIN names another folder holding them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './harness.mjs';

export const NATIVE_BIN = process.env.DIGILYFT_NATIVE_BIN ?? path.join(REPO_ROOT, 'build', 'native', 'src');
const CONTENT_DIR = path.join(REPO_ROOT, 'content');

function nativeTool(name) {
  const file = path.join(NATIVE_BIN, name);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the native tools first ` +
      '(cmake --preset native && cmake --build --preset native), or set DIGILYFT_NATIVE_BIN');
  }
  return file;
}

// Reads a result file: { name, path, text, json }.
export function readResultFile(file) {
  const text = readFileSync(file, 'utf8');
  return { name: path.basename(file), path: file, text, json: JSON.parse(text) };
}

// `people` synthetic participants of one programme (organisations "org-01" …; the programme's id
// `programme`, or one of the seed's) written into `dir` (emptied first); the same seed gives the
// same files. Returns them sorted by file name.
export function generateResultFiles(dir, { people, seed = 1, programme }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args = ['--content', CONTENT_DIR, '--people', String(people), '--seed', String(seed), '--write', dir];
  if (programme) args.push('--programme', programme);
  execFileSync(nativeTool('digilyft-bench'), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort()
    .map((n) => readResultFile(path.join(dir, n)));
}

// Runs digilyft-report over `inputs` (files or folders) with a filter ({ org, role, setting,
// period }), also reading files without a programme when `withoutProgramme`, under the workspace's key file `key` (made by the tool when it does not exist; by
// default nyckel.json beside `csvDir`), writing the CSV files into `csvDir` (emptied first) and,
// with `flat`, the flat export into that file.
// Returns { status, lines: what it says of each file, csv: file name without ".csv" -> text }.
export function runReport(inputs, csvDir, { org, role, setting, period, key, link, withoutProgramme, flat } = {}) {
  rmSync(csvDir, { recursive: true, force: true });
  const args = ['--content', CONTENT_DIR, '--csv', csvDir, '--key', key ?? path.join(path.dirname(csvDir), 'nyckel.json')];
  if (org) args.push('--org', org);
  if (role) args.push('--role', role);
  if (setting) args.push('--setting', setting);
  if (period) args.push('--period', period);
  if (link) args.push('--link', link);
  if (withoutProgramme) args.push('--without-programme');
  if (flat) args.push('--flat', flat);  // every answer as a CSV row (docs/flat-export.md)
  let out;
  let status = 0;
  try {
    out = execFileSync(nativeTool('digilyft-report'), [...args, '--', ...inputs],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    if (typeof err.status !== 'number' || err.status === 1 || err.status === 2) throw err;
    status = err.status;  // 3: the selection is too small for a report
    out = err.stdout ?? '';
  }
  const csv = new Map(existsSync(csvDir) ? readdirSync(csvDir).filter((n) => n.endsWith('.csv')).sort()
    .map((n) => [n.replace(/\.csv$/, ''), readFileSync(path.join(csvDir, n), 'utf8')]) : []);
  return { status, lines: out.split('\n').filter(Boolean), csv };
}

// The table in a CSV file: its rows after the three lines that name the table and the selection
// and say what the signs mean, and the empty line under them (docs/coordinator-report.md).
export function csvTable(text) {
  const rows = parseCsv(text);
  if (rows.length < 4 || rows[3].length !== 1 || rows[3][0] !== '') {
    throw new Error('the CSV file does not start with the title, the selection, the signs and an empty line');
  }
  return { title: rows[0][0], selection: rows[1][0], note: rows[2][0], rows: rows.slice(4) };
}

// A CSV file as docs/coordinator-report.md writes it (UTF-8 BOM, ';', CR LF, "…" quoting with
// doubled quotes) -> rows of fields. Throws when the file does not keep to that form.
export function parseCsv(text) {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV file does not start with the UTF-8 BOM');
  const body = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`a line ends without CR LF at character ${i}`);
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('the CSV file ends inside a quoted field');
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

// ---- What an exported file may hold ----

// Every string in a result file must be an id, a code, a period, a round or the checksum: never
// free text.
export const ALLOWED_STRING = /^(?:[a-z0-9]+(?:[-_][a-z0-9]+)*|\d{4}-Q[1-4]|[A-Z0-9]{8}|T\d|xxh64:[0-9a-f]{16})$/;
export const CHECKSUM = /^xxh64:[0-9a-f]{16}$/;
// A file's text without its checksum field, for checks on what the person's data look like
// ("xxh64:06c1…" would read as a time of day, "64:06").
export const withoutChecksum = (text) => text.replace(/"checksum": "xxh64:[0-9a-f]{16}"/, '');
export function stringsIn(value, where = '') {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${where}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[`${where}/${k} (key)`, k], ...stringsIn(v, `${where}/${k}`)]);
  }
  return [];
}

// The fields docs/result-file.md documents, from its field table: "modules[].id", "manager.answers", …
export function documentedFields() {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'result-file.md'), 'utf8');
  const start = text.indexOf('## Fields');
  const table = text.slice(start, text.indexOf('\n## ', start + 1));  // the result file's own table only
  return [...table.matchAll(/^\| `([a-z_]+(?:\[\])?(?:\.[a-z_]+(?:\[\])?)*)` \|/gm)].map((m) => m[1]);
}

// The field paths of a file in the documentation's notation. A documented field with no documented
// field under it is a leaf (its keys are ids, e.g. answers), so it is not gone into.
export function fieldPaths(json, documented, prefix = '') {
  const out = [];
  for (const [key, value] of Object.entries(json)) {
    const name = prefix ? `${prefix}.${key}` : key;
    out.push(name);
    const isParent = (p) => documented.some((d) => d.startsWith(`${p}.`));
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object' && isParent(`${name}[]`)) out.push(...fieldPaths(item, documented, `${name}[]`));
      }
    } else if (value && typeof value === 'object' && isParent(name)) {
      out.push(...fieldPaths(value, documented, name));
    }
  }
  return [...new Set(out)];
}

// The top-level fields of a result file without the manager survey, in the order the file has them.
export const RESULT_FIELDS = ['format', 'version', 'programme', 'organisation', 'participant', 'exported',
  'background', 'modules', 'self_assessment', 'checksum'];
