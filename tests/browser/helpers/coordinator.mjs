// The coordinator's screen as a person uses it, by role and visible label: choosing result files
// in the file picker, dropping several at once, the line each file gets, the tables (caption and
// cells, as the mirror shows them), the filters, and the downloads (CSV, the printable report).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  button, chooseRadio, click, clickButton, expectHeading, openWithCode, poll, resultsPath, waitForFrames, waitForOne,
  waitForReady,
} from './harness.mjs';
import { BACKGROUND } from './content.mjs';
import { mirrorItems, openFold } from './flows.mjs';

export const COORDINATOR = 'Samordnare';
export const CLEAR = 'Töm listan och tabellerna';
export const CLEAR_YES = 'Ja, töm listan och tabellerna';
// The line a file gets: "<name>: Inläst.", "<name>: Inte inläst. <why>", "<name>: Redan inläst. …".
export const FILE_LINE = /^(.+?): (Inläst\.|Inte inläst\.|Redan inläst\.)/;

// "Töm listan och tabellerna", then the question's "Ja, töm listan och tabellerna".
export async function clearWorkspace(page) {
  await clickButton(page, CLEAR);
  await clickButton(page, CLEAR_YES);
}

// "Samordnare" on the start page: the page staff open is built without the coordinator's part, so
// it loads the coordinator's page (`?samordnare`), where the person opens their space with `code`
// as on any reload and is where they were: on the coordinator's screen.
export async function openCoordinator(page, code) {
  assert.ok(code, 'the coordinator\'s page opens the space with the person\'s code');
  await clickButton(page, COORDINATOR);
  await page.waitForURL(/[?]samordnare$/);
  await waitForReady(page);
  await openWithCode(page, code);
  await expectHeading(page, COORDINATOR);
}

// Opens the file picker from "Välj resultatfiler" and chooses `files` (paths): a real upload.
export async function chooseFiles(page, files) {
  const b = await waitForOne(button(page, 'Välj resultatfiler'), 'button "Välj resultatfiler"');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(b)]);
  assert.ok(chooser.isMultiple(), 'the file picker takes several files at once');
  await chooser.setFiles(files);
}

// Drops `files` ([{ name, text }]) on the page in one drop, as a file manager does: one
// DataTransfer holding several File objects, dragenter, dragover and drop on the document.
// Returns whether the page took the drop (the drop event was cancelled).
export async function dropFiles(page, files) {
  return page.evaluate((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name, { type: 'application/json' }));
    let taken = false;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
      const notCancelled = document.body.dispatchEvent(event);
      if (type === 'drop') taken = !notCancelled;
    }
    return taken;
  }, files);
}

// Opens every folded section on the screen (each table, the files read without a remark), as a
// person tapping each shut one; they stay open for the visit.
export async function openFolds(page) {
  for (let i = 0; i < 60; i++) {
    const shut = page.getByRole('button', { expanded: false });
    if ((await shut.count()) === 0) return;
    const name = ((await shut.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await click(shut.first());
    await poll(async () => (await page.getByRole('button', { name, exact: true, expanded: true }).count()) > 0,
      { message: `the folded section "${name}" open` });
  }
  throw new Error('folded sections kept appearing');
}

// The mirror's texts (every folded section opened), whitespace collapsed.
async function texts(page) {
  await openFolds(page);
  return (await mirrorItems(page)).filter((it) => it.role === 'paragraph' || it.role === '').map((it) => it.text);
}

// Every file line shown: { name, line }.
export async function fileLines(page) {
  return (await texts(page)).map((t) => [t, FILE_LINE.exec(t)]).filter(([, m]) => m)
    .map(([line, m]) => ({ name: m[1], line }));
}

// The summary above the list: { read, people, bad }, or null while there is none.
export async function filesSummary(page) {
  for (const t of await texts(page)) {
    // Numbers of 10,000 and more are grouped with a space ("10 000").
    const n = '(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})*)';
    const m = new RegExp(`^${n} (?:fil läst|filer lästa)\\. ${n} deltagare\\. (?:Alla filer kunde läsas|${n} (?:fil|filer) kunde inte läsas)\\.$`).exec(t);
    const number = (text) => Number((text ?? '0').replace(/\D/g, ''));
    if (m) return { read: number(m[1]), people: number(m[2]), bad: number(m[3]) };
  }
  return null;
}

// Waits until the summary says `want` ({ read, people, bad }).
export async function expectSummary(page, want) {
  let last;
  await poll(async () => {
    last = await filesSummary(page);
    return last !== null && last.read === want.read && last.people === want.people && last.bad === want.bad;
  }, { message: () => `the summary ${JSON.stringify(want)} (shown: ${JSON.stringify(last)})` });
}

// Waits until the file `name` has the line `line` (exact), and returns all lines.
export async function expectFileLine(page, line) {
  let last = [];
  await poll(async () => (last = await fileLines(page)).some((l) => l.line === line),
    { message: () => `the file line ${JSON.stringify(line)} (shown: ${JSON.stringify(last.map((l) => l.line))})` });
  return last;
}

// Every table as the mirror shows it: [{ title, rows: [[cell text, …], …] }] (row 0: the heads).
export async function readTables(page) {
  await openFolds(page);
  return page.evaluate(() => Array.from(document.querySelectorAll('.m table')).map((t) => ({
    title: (t.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    rows: Array.from(t.querySelectorAll('tr')).map((r) => Array.from(r.querySelectorAll('th,td'))
      .map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
  })));
}

// Polls until `check(tables)` holds (returns a truthy value), and returns the tables then.
export async function waitForTables(page, check, what) {
  let last = [];
  await poll(async () => {
    last = await readTables(page);
    return last.length > 0 && check(last);
  }, { message: () => `the tables ${typeof what === 'function' ? what() : what} ` +
    `(shown: ${JSON.stringify(last.map((t) => t.title))})` });
  return last;
}

export const tableByTitle = (tables, title) => tables.find((t) => t.title === title);

// The cell in the row labelled `row` and the column headed `column`.
export function cell(table, row, column) {
  const c = table.rows[0].indexOf(column);
  const r = table.rows.find((line, i) => i > 0 && line[0] === row);
  assert.ok(c > 0 && r, `"${table.title}" has a row "${row}" and a column "${column}"`);
  return r[c];
}

// ---- The participants table, worked out from the files ----

export const GENDER_AGE = 'Deltagare efter kön och ålder';

// The table "Deltagare efter kön och ålder" worked out from the files: rows Kvinna, Man, Annat …,
// Ej besvarat, Totalt; columns the age bands, Ej besvarat, Totalt. Counts only.
function genderAgeCounts(files) {
  const genders = [...Object.keys(BACKGROUND.gender.options), null];
  const ages = [...Object.keys(BACKGROUND.age_band.options), null];
  const n = Array.from({ length: genders.length + 1 }, () => new Array(ages.length + 1).fill(0));
  for (const { json } of files) {
    const g = genders.indexOf(json.background.gender);
    const a = ages.indexOf(json.background.age_band);
    for (const r of [g, genders.length]) for (const c of [a, ages.length]) n[r][c] += 1;
  }
  return n;
}

// The protected tables (docs/privacy.md): a count is shown moved by at most 3, and only when that
// is 5 or more; ".." otherwise. A count of 0, 1 or 2 is never shown; 8 or more always is.
export const HIDDEN = '..';
export const NOISE = 3;
export function checkCount(shown, count, where) {
  if (count <= 2) {
    assert.equal(shown, HIDDEN, where);
  } else if (shown === HIDDEN) {
    assert.ok(count <= 4 + NOISE, `${where}: hidden, though ${count} people can never show as under 5`);
  } else {
    const n = Number(shown);
    assert.ok(Number.isInteger(n) && n >= 5 && Math.abs(n - count) <= NOISE, `${where}: shown "${shown}"`);
  }
}

// Each shown cell against its count, as checkCount allows.
export function checkGenderAge(table, files) {
  const heads = ['Kön', ...Object.values(BACKGROUND.age_band.options), 'Ej besvarat', 'Totalt'];
  const labels = [...Object.values(BACKGROUND.gender.options), 'Ej besvarat', 'Totalt'];
  assert.deepEqual(table.rows[0], heads);
  assert.deepEqual(table.rows.slice(1).map((r) => r[0]), labels);
  const n = genderAgeCounts(files);
  n.forEach((line, r) => line.forEach((count, c) => {
    checkCount(table.rows[r + 1][c + 1], count, `${labels[r]} / ${heads[c + 1]} (${count} people)`);
  }));
  return n;
}

// Polls until the participants table matches `files`; returns the tables.
export async function expectParticipants(page, files) {
  let problem;
  return waitForTables(page, (tables) => {
    const t = tableByTitle(tables, GENDER_AGE);
    if (!t) return false;
    try {
      checkGenderAge(t, files);
      return true;
    } catch (err) {
      problem = err.message;
      return false;
    }
  }, () => `to count ${files.length} people (last problem: ${problem})`);
}

export const TOO_SMALL = 'Urvalet är för litet för att visas';

// After a filter: the tables for `files` when they are enough people, the notice that the
// selection is too small when they are few (under 7 is always too small: at most 9 after the
// noise; 13 and more never is).
export async function expectSelection(page, files) {
  if (files.length >= 13) return expectParticipants(page, files);
  if (files.length <= 6) {
    await poll(async () => (await mirrorItems(page)).some((it) => it.text.startsWith(TOO_SMALL)) &&
      (await readTables(page)).length === 0, { message: `the notice "${TOO_SMALL}" for ${files.length} people` });
    return [];
  }
  let shown = null;
  await poll(async () => {
    if ((await mirrorItems(page)).some((it) => it.text.startsWith(TOO_SMALL))) return (shown = []);
    const tables = await readTables(page);
    const t = tableByTitle(tables, GENDER_AGE);
    if (!t) return false;
    try {
      checkGenderAge(t, files);
      return (shown = tables);
    } catch {
      return false;
    }
  }, { message: `the tables or the notice for ${files.length} people` });
  return shown;
}

// Chooses `choice` among the chips `filter` ("Organisation", "Yrkesgrupp", "Arbetsplats", "Period").
// The chips are folded under one row, "Urval: …", that says what the tables show.
export async function chooseFilter(page, filter, choice) {
  await openFold(page, 'Urval: ');
  await chooseRadio(page, filter, choice);
}

// Presses `name` and takes the download it starts: { name, path, bytes, text }.
export async function download(page, name, saveAs) {
  const b = await waitForOne(button(page, name), `button "${name}"`);
  // As a person does: the button is on screen, drawn where the page scrolled to, before the press.
  // (Playwright scrolls and presses within one frame otherwise, and a download offered from the
  // frame of a scroll jump at the foot of the page sometimes never started: see the closing note.)
  await b.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await waitForFrames(page);
  const [file] = await Promise.all([page.waitForEvent('download'), click(b)]);
  const suggested = file.suggestedFilename();
  const where = resultsPath('downloads', saveAs ?? suggested);
  await file.saveAs(where);
  assert.equal(await file.failure(), null, 'the download did not fail');
  const bytes = await readFile(where);
  return { name: suggested, path: where, bytes, text: bytes.toString('utf8') };
}

// "Spara nyckelfilen": the workspace's key, for digilyft-report --key.
export const downloadKey = (page, saveAs) => download(page, 'Spara nyckelfilen', saveAs);

// "Spara som CSV: <table title>".
export const downloadCsv = (page, title, saveAs) => download(page, `Spara som CSV: ${title}`, saveAs);
