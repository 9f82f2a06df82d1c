// The flat export for SQL engines (docs/flat-export.md): digilyft-report --flat writes every answer
// as one CSV row, naming each person by their record key only; the documented DuckDB query
// (docs/sql/courses-table.sql) run on that file alone gives exactly the courses table the tool
// publishes, figure by figure, hidden cells ("..") included. Not a browser test: DuckDB
// (@duckdb/node-api) and the command-line tool, in the same suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { REPO_ROOT, resultsPath } from '../helpers/harness.mjs';
import { loadCatalog } from '../helpers/content.mjs';
import { csvTable, generateResultFiles, runReport } from '../helpers/result-files.mjs';

const HEADER = 'record_key,programme,organisation,gender,age_band,role_family,work_setting,kind,round,period,' +
  'item,value,completed,hours';
const QUERY = path.join(REPO_ROOT, 'docs', 'sql', 'courses-table.sql');
const courses = loadCatalog();

// Runs the documented query, as written, on `csv` (the file name in the query is the only change).
async function publishedBySql(csv) {
  const sql = readFileSync(QUERY, 'utf8');
  assert.ok(sql.includes("'digilyft-svar.csv'"), 'the query reads digilyft-svar.csv');
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    const result = await connection.runAndReadAll(sql.replace("'digilyft-svar.csv'", `'${csv.replace(/'/g, "''")}'`));
    const out = new Map();
    for (const row of result.getRowObjectsJson()) out.set(`${row.course}/${row.figure}`, row.published);
    return out;
  } finally {
    connection.closeSync?.();
  }
}

for (const { people, seed } of [{ people: 300, seed: 18 }, { people: 24, seed: 81 }]) {
  test(`the documented DuckDB query on the flat export gives the published courses table (${people} people)`, async () => {
    const dir = resultsPath(`flat-18-${people}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = generateResultFiles(path.join(dir, 'files'), { people, seed });
    const flat = path.join(dir, 'digilyft-svar.csv');
    const report = runReport([path.join(dir, 'files')], path.join(dir, 'csv'), { flat });
    assert.equal(report.status, 0);

    // The file: the documented columns, a participant row per person, no participant code.
    const text = readFileSync(flat, 'utf8');
    const lines = text.split('\r\n').filter(Boolean);
    assert.equal(lines[0], HEADER);
    const rows = lines.slice(1).map((l) => l.split(','));
    for (const r of rows) assert.equal(r.length, 14, r.join(','));
    assert.equal(rows.filter((r) => r[7] === 'participant').length, people);
    assert.ok(rows.every((r) => /^\d{1,20}$/.test(r[0])), 'record keys are unsigned 64-bit numbers');
    const answers = files.reduce((n, f) => n + f.json.self_assessment.reduce((m, round) => m + Object.keys(round.answers).length, 0), 0);
    assert.equal(rows.filter((r) => r[7] === 'self_assessment').length, answers, 'a row per self-assessment answer');
    for (const f of files) assert.ok(!text.includes(f.json.participant), 'no participant code in the export');

    // The query's figures are the tool's, cell by cell.
    const sql = await publishedBySql(path.resolve(flat));
    const table = csvTable(report.csv.get('kurser'));
    let hidden = 0;
    for (const [label, started, completed] of table.rows.slice(1)) {
      const course = label === 'Totalt' ? 'total' : courses.find((c) => c.title === label)?.id;
      assert.ok(course, `a course titled ${label}`);
      assert.equal(sql.get(`${course}/started`) ?? '..', started, `${label}: started`);
      assert.equal(sql.get(`${course}/completed`) ?? '..', completed, `${label}: completed`);
      hidden += [started, completed].filter((c) => c === '..').length;
    }
    assert.equal(table.rows.length - 1, courses.length + 1, 'every course and the total');
    if (people < 30) assert.ok(hidden > 0, 'a small programme has hidden cells, and the query hides the same');
  });
}

test('the flat export leaves nothing out that the result files hold', () => {
  const dir = resultsPath('flat-18-300');
  const rows = readFileSync(path.join(dir, 'digilyft-svar.csv'), 'utf8').split('\r\n').slice(1).filter(Boolean)
    .map((l) => l.split(','));
  const kinds = new Set(rows.map((r) => r[7]));
  for (const kind of ['participant', 'course', 'self_assessment', 'then', 'evaluation', 'manager_survey']) {
    assert.ok(kinds.has(kind), `rows of kind ${kind}`);
  }
});
