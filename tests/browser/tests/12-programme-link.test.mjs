// A programme from end to end, in three browser contexts (three devices): the coordinator sets up
// a programme and gets its link, QR code and poster; a staff member opens the link, chooses an
// organisation, sees only the programme's courses, answers the self-assessment, completes a course
// and saves the result file after seeing what it holds; the coordinator reads that file with
// generated ones and reads the tables, their filters, a CSV file and the printable report.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  beginAsNew, browserSuite, button, chooseRadio, click, clickButton, currentPeriod, expectAttribute, expectDisabled,
  expectHeading, poll, resultsPath, waitForFrames, waitForOne, waitForRoleText, waitForSavesCommitted, waitForText,
  withVisit, fillField,
} from '../helpers/harness.mjs';
import { BACKGROUND, loadCatalog, loadInstrument, loadModule } from '../helpers/content.mjs';
import {
  PREVIEW_HEADING, courseCardButton, exportResult, finishModuleRight, goToStart, openCourseFromCard, openCourses,
} from '../helpers/flows.mjs';
import { completeSelfAssessment, planAnswers } from '../helpers/assessment.mjs';
import {
  COORDINATOR, clearWorkspace, GENDER_AGE, cell, chooseFiles, chooseFilter, download, downloadCsv, downloadKey,
  expectFileLine, expectParticipants, expectSelection, expectSummary, openCoordinator, readTables, tableByTitle, waitForTables,
} from '../helpers/coordinator.mjs';
import { CHECKSUM, csvTable, generateResultFiles, runReport } from '../helpers/result-files.mjs';
import { unsealText } from '../../../web/js/seal.js';

const suite = browserSuite();
const instrument = loadInstrument();
const catalog = loadCatalog();
const module = loadModule();
// The programme's two courses: the one the staff member completes and the first other one.
const COURSES = [catalog.find((m) => m.id !== module.id), module];
const inProgramme = (m) => COURSES.some((c) => c.id === m.id);
const NAME = 'Omsorgslyftet i Norrdal & Söderby';
// The name is typed first and a code proposed from it, which the coordinator types over.
const ORGS = [
  { code: 'norrdal-ht', name: 'Norrdals kommun, hemtjänst', proposed: 'norrdals-kommun' },
  { code: 'soderby', name: 'Söderby kommun', proposed: 'soderby-kommun' },
];
const CODE_RULE = 'En organisationskod får bara ha a–z, siffror och bindestreck, högst 16 tecken.';
const codeField = (i) => `Kod för organisation ${i + 1} (a–z, siffror och bindestreck, högst 16 tecken)`;
const PLAN = {
  background: { gender: 'kvinna', age_band: '30-54', role_family: 'omsorg', work_setting: 'hemtjanst' },
  answers: planAnswers(instrument, (s, i) => [1, 2, 'na', 0, 3][i % 5]),
};

// ---- The coordinator sets up the programme ----

// Types `text` into the field `name`, then waits until the app holds it (the field's mirror node
// carries the app's value after the frame that took the text), as a person who moves to the next
// field after typing (fields changed within one frame all count: app test
// ProgrammeFlowTest.FieldsChangedInOneFrameAllCount…). Counting frames raced: an app already idle
// when the count was read drew none more.
async function setUpProgramme(page, code) {
  await openCoordinator(page, code);
  await clickButton(page, 'Gör en programlänk');
  await expectHeading(page, 'Gör en programlänk');
  await waitForText(page, 'Länken är inte klar än:');
  assert.equal(await button(page, 'Spara affischen för utskrift').count(), 0, 'no poster before the link is ready');

  await fillField(page, 'Programmets namn', NAME);
  for (const [i, org] of ORGS.entries()) {
    await clickButton(page, 'Lägg till en organisation');
    await fillField(page, `Namn på organisation ${i + 1}`, org.name);
    const code = page.getByRole('textbox', { name: codeField(i), exact: true });
    await poll(async () => (await code.inputValue()) === org.proposed, { message: `the code proposed for ${org.name}` });
    if (i === 0) {
      // A name typed as a code is kept whole, and the field itself says what a code may hold.
      await fillField(page, codeField(i), 'Norrdal Hemtjänst');
      assert.equal(await code.inputValue(), 'Norrdal Hemtjänst', 'nothing cut off unseen');
      await waitForRoleText(page, 'status', (t) => t === CODE_RULE, 'the rule at the code field');
    }
    await fillField(page, codeField(i), org.code);
    await poll(async () => (await page.getByRole('status').filter({ hasText: CODE_RULE }).count()) === 0,
      { message: 'the rule gone once the code fits' });
  }
  // A new programme has every course: keep two.
  const courses = page.getByRole('group', { name: 'Kurser i programmet', exact: true });
  await waitForOne(courses, 'group "Kurser i programmet"');
  for (const m of catalog) {
    const box = courses.getByRole('checkbox', { name: m.title, exact: true });
    await expectAttribute(box, 'aria-checked', 'true');
    if (inProgramme(m)) continue;
    await click(box);
    await expectAttribute(box, 'aria-checked', 'false');
  }
  const surveys = page.getByRole('group', { name: 'Frågor i programmet', exact: true });
  await poll(async () => (await surveys.locator('[role="checkbox"][aria-checked="true"]').count()) === 2,
    { message: 'both surveys in the programme' });
  await chooseRadio(page, 'Uppföljningen kommer efter', '6 månader');

  const field = page.getByRole('textbox', { name: 'Länken', exact: true });
  let link;
  await poll(async () => (await field.count()) === 1 && /#program=2&/.test(link = await field.inputValue()),
    { message: () => `the link (last: ${JSON.stringify(link)})` });
  assert.equal(await field.evaluate((el) => el.readOnly), true, 'the link cannot be typed over');
  // "Kopiera länken" puts the same link on the clipboard, for an e-mail or a chat to the staff.
  await clickButton(page, 'Kopiera länken');
  await waitForText(page, 'Länken är kopierad. Klistra in den i ett mejl eller en chatt till personalen.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  const params = new URLSearchParams(link.split('#')[1]);
  assert.equal(params.get('name'), NAME);
  assert.equal(params.get('org'), ORGS.map((o) => `${o.code}:${o.name}`).join(','));
  // The courses by their catalogue numbers (ascending runs), the two surveys by letter: a short link.
  const numbers = COURSES.map((m) => m.number).sort((a, b) => a - b);
  const runs = numbers.reduce((out, n) => {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
    return out;
  }, []).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
  assert.equal(params.get('m'), runs);
  assert.equal(params.get('q'), 'sm');
  assert.equal(params.get('mod'), null, 'no course id spelled out');
  assert.ok(link.length < 400, `a short link (${link.length} characters)`);
  assert.equal(params.get('t2'), '6');
  await waitForOne(page.getByRole('img', { name: `QR-kod med länken till ${NAME}`, exact: true }), 'the QR code');

  const poster = await download(page, 'Spara affischen för utskrift');
  assert.match(poster.name, /\.html$/);
  assert.match(poster.text, /^<!DOCTYPE html>/i);
  assert.match(poster.text, /<svg[\s>]/, 'the QR code as an inline SVG');
  assert.ok(poster.text.includes('Omsorgslyftet i Norrdal &amp; Söderby'), 'the name, escaped');
  return link;
}

// ---- The staff member on another device ----

async function joinAndWork(visit, link) {
  assert.ok(link.startsWith(visit.url), `${link} is on this site`);
  const page = await visit.open(link.slice(visit.url.length));
  await expectHeading(page, `Välkommen till ${NAME}`);
  const goOn = await waitForOne(button(page, 'Fortsätt'), 'button "Fortsätt"');
  await expectDisabled(goOn, true);
  const names = await page.getByRole('radiogroup', { name: 'Din organisation', exact: true })
    .getByRole('radio').allTextContents();
  assert.deepEqual(names.map((t) => t.trim()), ORGS.map((o) => o.name), 'the organisations by name');
  await chooseRadio(page, 'Din organisation', 'Söderby kommun');
  await clickButton(page, 'Fortsätt');
  await waitForText(page, `${NAME}, Söderby kommun`);

  await completeSelfAssessment(page, instrument, PLAN);
  // Saved under its own name: the next file of the same person and quarter has the same name.
  const first = await exportResult(page, 'Exportera resultat', 'programme-12-before-the-course.json');
  await goToStart(page);

  await openCourses(page);
  for (const m of catalog) {
    await poll(async () => (await courseCardButton(page, m).count()) === (inProgramme(m) ? 1 : 0),
      { message: `"${m.title}" ${inProgramme(m) ? 'among' : 'not among'} the courses` });
  }
  await openCourseFromCard(page, module, 'Starta kursen');
  await finishModuleRight(page, module);
  await goToStart(page, { next: 'Svara på frågorna efter kursen' });
  const second = await exportResult(page);
  return { first, second };
}

function checkStaffFile(file, programmeId) {
  const { json, text, lines } = file;
  assert.equal(json.programme, programmeId, 'the programme code from the link');
  assert.equal(json.organisation, 'soderby', 'the organisation code chosen');
  assert.match(json.checksum, CHECKSUM);
  for (const words of [NAME, 'Söderby', 'Norrdal', 'kommun']) {
    assert.ok(!text.includes(words), `"${words}" stays on the device`);
  }
  for (const line of [`Program: ${NAME} (kod ${programmeId})`, 'Organisation: Söderby kommun (kod soderby)',
    'Kön: Kvinna', `Yrkesgrupp: ${BACKGROUND.role_family.options.omsorg}`,
    'Inte med: ditt namn, namnet på din arbetsplats, fritext, datum eller klockslag.']) {
    assert.ok(lines.includes(line), `the file's lines say "${line}" (${JSON.stringify(lines)})`);
  }
}

// A person counts in a period when a round, a course or the manager survey falls in it.
function activeIn(json, period) {
  return json.self_assessment.some((r) => r.period === period)
    || json.modules.some((m) => m.started === period || m.completed === period)
    || json.manager?.period === period;
}

const sameTables = (a, b) => JSON.stringify(a) === JSON.stringify(b);

test('programme link: set up, joined on another device, exported, read back in the tables', async () => {
  let link;
  let coordinatorDevice;  // the coordinator's browser storage (IndexedDB too), to come back to
  let coordinatorCode;    // the code that opens the coordinator's space there
  let sealingKey;         // the programme's private key, from the coordinator's key file
  let keyPath;            // that key file
  await withVisit(suite, async (visit) => {
    await visit.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: visit.origin });
    const page = await visit.open();
    link = await setUpProgramme(page, visit.code);
    // The key file carries the programme's sealing key: with it the test reads what staff hand in.
    const keyFile = await downloadKey(page, 'programme-12-key.json');
    keyPath = keyFile.path;
    sealingKey = JSON.parse(keyFile.text).sealing_key;
    assert.match(sealingKey, /^[A-Za-z0-9_-]{100,}$/);
    await waitForSavesCommitted(page);
    coordinatorDevice = await visit.context.storageState({ indexedDB: true });
    coordinatorCode = visit.code;
  });
  const programmeId = new URLSearchParams(link.split('#')[1]).get('id');
  assert.match(programmeId, /^[A-Z0-9]{8}$/);

  let staff;
  await withVisit(suite, async (visit) => {
    staff = await joinAndWork(visit, link);
  });
  // Sealed for the programme's coordinator: nothing of them in clear in the downloads folder.
  for (const file of [staff.first, staff.second]) {
    assert.equal(file.json.format, 'digilyft-sealed');
    assert.equal(file.json.programme, programmeId);
    assert.deepEqual(Object.keys(file.json), ['format', 'version', 'programme', 'ephemeral_key', 'iv', 'data']);
  }
  const open = async (file) => {
    const text = await unsealText(sealingKey, file.text);
    return { ...file, text, json: JSON.parse(text) };
  };
  staff = { first: await open(staff.first), second: await open(staff.second) };
  for (const file of [staff.first, staff.second]) {
    assert.ok(!readFileSync(file.path, 'utf8').includes(file.json.participant), 'the participant code is sealed too');
  }
  checkStaffFile(staff.first, programmeId);
  checkStaffFile(staff.second, programmeId);
  // digilyft-report opens the sealed file with the key file (OpenSSL opening what Web Crypto sealed).
  const byTool = runReport([staff.second.path], resultsPath('programme-12', 'csv-sealed'), { key: keyPath });
  assert.ok(byTool.lines.some((l) => l.startsWith(`${staff.second.path}: Inläst`)), byTool.lines.join('\n'));

  // Another programme's coordinator cannot open it, and is told why.
  await withVisit(suite, async (visit) => {
    await visit.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: visit.origin });
    const page = await visit.open();
    await setUpProgramme(page, visit.code);
    await click(await waitForOne(page.getByRole('link', { name: 'Tillbaka till samordnare', exact: true }), 'the way back'));
    await chooseFiles(page, [staff.first.path]);
    await expectFileLine(page, `${staff.first.path.split("/").pop()}: Inte inläst. Filen är låst för ett annat program än det här. Den kan bara öppnas där.`);
  });
  assert.equal(staff.second.json.participant, staff.first.json.participant, 'one participant code');
  assert.deepEqual(staff.first.json.modules, []);
  assert.deepEqual(staff.second.json.modules.map((m) => m.id), [module.id]);
  assert.ok(staff.second.lines.includes('Kurser: 1 påbörjad, 1 klar, sammanlagt under en kvart'));

  // Files of the same programme from 30 other people (the coordinator's workspace reads only those).
  const generated = generateResultFiles(resultsPath('programme-12', 'generated'), { people: 30, seed: 12, programme: programmeId });
  const firstFile = staff.first;
  const secondFile = staff.second;
  const everyone = [...generated, secondFile];

  // Back on the coordinator's device: the page opens where they left it, and the programme set up
  // there names the organisations.
  await withVisit(suite, async (visit) => {
    const page = await visit.open('?samordnare', { as: coordinatorCode });
    await expectHeading(page, 'Gör en programlänk');
    const back = page.getByRole('link', { name: 'Tillbaka till samordnare', exact: true });
    await click(await waitForOne(back, 'link "Tillbaka till samordnare"'));
    await expectHeading(page, COORDINATOR);
    await chooseFiles(page, [...generated.map((f) => f.path), staff.first.path]);
    await expectSummary(page, { read: 31, people: 31, bad: 0 });
    await chooseFiles(page, [staff.second.path]);
    // The later file of the same person: its course is taken, its T0 (read before) counts once.
    await expectFileLine(page, `${secondFile.name}: Inläst. Svaren före kurserna fanns redan och räknas en gång.`);
    await expectSummary(page, { read: 32, people: 31, bad: 0 });
    assert.notEqual(firstFile.json.checksum, secondFile.json.checksum);

    // Every participant once; the programme's one person in "soderby" is too few to show.
    const all = await expectParticipants(page, everyone);
    const total = Number(cell(tableByTitle(all, GENDER_AGE), 'Totalt', 'Totalt'));
    assert.ok(Math.abs(total - 31) <= 3, `31 people, moved by at most 3, show as ${total}`);
    const soderby = 'Söderby kommun (soderby)';  // the name from the programme, the code from the file
    assert.equal(cell(tableByTitle(all, 'Deltagare efter organisation'), soderby, 'Deltagare'), '..');

    // The filters change the tables; each time the counts are those of the people kept, and a
    // selection of a handful of people shows no tables at all.
    await chooseFilter(page, 'Organisation', soderby);
    const one = await expectSelection(page, [secondFile]);
    assert.deepEqual(one, [], 'one person: no tables');
    await chooseFilter(page, 'Organisation', 'Alla');
    await chooseFilter(page, 'Yrkesgrupp', BACKGROUND.role_family.options.omsorg);
    const carers = await expectSelection(page, everyone.filter((f) => f.json.background.role_family === 'omsorg'));
    assert.ok(!sameTables(carers, all), 'the occupational group filter changes the tables');
    await chooseFilter(page, 'Yrkesgrupp', 'Alla');
    const period = currentPeriod();
    await chooseFilter(page, 'Period', period);
    const now = await expectSelection(page, everyone.filter((f) => activeIn(f.json, period)));
    assert.ok(!sameTables(now, all), 'the period filter changes the tables');
    await chooseFilter(page, 'Period', 'Alla');
    await expectParticipants(page, everyone);

    // A CSV file for Swedish Excel holds the cells the page shows, under the table's title and the
    // selection.
    const csv = await downloadCsv(page, GENDER_AGE);
    assert.equal(csv.name, 'deltagare-kon-alder.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    const written = csvTable(csv.text);
    assert.equal(written.title, GENDER_AGE);
    assert.equal(written.selection, 'Urval: alla');
    assert.ok(written.note.startsWith('Talen är ändrade lite'), 'the CSV says what its signs mean');
    assert.ok(csv.text.split('\r\n')[4].includes(';'), 'semicolons between the fields');
    const shown = tableByTitle(await readTables(page), GENDER_AGE);
    assert.deepEqual(written.rows, shown.rows);

    const report = await download(page, 'Spara rapporten för utskrift');
    assert.match(report.name, /\.html$/);
    assert.match(report.text, /<svg[\s>]/, 'the chart as an inline SVG');
    assert.ok(report.text.includes(GENDER_AGE));
    assert.ok(report.text.includes('Omsorgslyftet i Norrdal &amp; Söderby'), 'the programme set up here names the report');

    // Kept over a reload (IndexedDB); "Töm listan och tabellerna" empties it.
    await waitForSavesCommitted(page);
    await visit.reload(page);
    await expectHeading(page, COORDINATOR);
    await expectSummary(page, { read: 32, people: 31, bad: 0 });
    await waitForTables(page, (tables) => sameTables(tables, all), 'as before the reload');
    await clearWorkspace(page);
    await waitForText(page, 'Inga filer är inlästa än.');
    await poll(async () => (await readTables(page)).length === 0, { message: 'no tables after clearing' });
  }, { contextOptions: { storageState: coordinatorDevice } });
});

// The device's outbox records ("outbox/<slot>"), as IndexedDB holds them.
async function outboxRecords(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('digilyft');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise((resolve) => {
      const out = [];
      const cursor = db.transaction('kv').objectStore('kv').openCursor(IDBKeyRange.bound('outbox/', 'outbox/\uffff'));
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve(out);
        const text = JSON.stringify(c.value, (k, v) => (v instanceof Uint8Array ? { bytes: String.fromCharCode(...v) } : v));
        out.push({ key: c.key, text, sealed: c.value?.iv instanceof Uint8Array && c.value?.data instanceof Uint8Array });
        c.continue();
      };
    });
    db.close();
    return records;
  });
}

test('three colleagues hand in on one tablet; the outbox file is read into three participants', async () => {
  let link;
  let coordinatorDevice;
  let coordinatorCode;
  let keyPath;
  await withVisit(suite, async (visit) => {
    await visit.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: visit.origin });
    const page = await visit.open();
    link = await setUpProgramme(page, visit.code);
    keyPath = (await downloadKey(page, 'programme-12-outbox-key.json')).path;
    await waitForSavesCommitted(page);
    coordinatorDevice = await visit.context.storageState({ indexedDB: true });
    coordinatorCode = visit.code;
  });

  // The unit's tablet: three people, one after another, each "Lämna in här" and "Lås mina svar".
  let outbox;
  await withVisit(suite, async (visit) => {
    const page = await visit.open(link.slice(visit.url.length), { as: 'welcome' });
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    const codes = [];
    for (let person = 0; person < 3; person += 1) {
      codes.push((await beginAsNew(page)).replace('-', ''));
      await expectHeading(page, `Välkommen till ${NAME}`);
      await chooseRadio(page, 'Din organisation', ORGS[person % 2].name);
      await clickButton(page, 'Fortsätt');
      await clickButton(page, 'Exportera resultat');
      await expectHeading(page, PREVIEW_HEADING);
      await clickButton(page, 'Lämna in här');
      await waitForText(page, 'Dina svar är inlämnade. Tack! Om du lämnar in igen ersätter de nya svaren de gamla.');
      if (person === 1) {  // again: the new file replaces this person's earlier one
        await clickButton(page, 'Lämna in här');
        await waitForFrames(page, 2);
      }
      await waitForSavesCommitted(page);
      assert.equal((await outboxRecords(page)).length, person + 1, 'one file per person in the outbox');
      await clickButton(page, 'Lås mina svar');
    }
    assert.equal(downloads, 0, "nothing in the tablet's downloads folder");
    // At rest, the outbox holds sealed records only: no code, no answer, no organisation, no name.
    for (const record of await outboxRecords(page)) {
      for (const clear of [...codes, ...codes.map((c) => c.slice(0, 4)), 'participant', 'soderby', 'norrdal']) {
        assert.ok(!record.text.includes(clear) && !record.key.includes(clear), `${record.key} holds "${clear}" in clear`);
      }
      assert.ok(record.sealed, `${record.key} is sealed`);
      assert.ok(!record.text.includes('digilyft'), `${record.key} says nothing in clear`);
    }

    // The digital champion, at the welcome: one file with everything handed in, then the outbox is empty.
    await waitForText(page, '3 personer har lämnat in sina svar på den här enheten. Svaren är låsta, så att bara den '
      + 'som samordnar utbildningen kan läsa dem.');
    outbox = await download(page, 'Spara de inlämnade svaren i en fil', 'programme-12-outbox.json');
    assert.equal(outbox.name, 'digilyft-inlamnade-3-filer.json');
    await waitForText(page, `Filen ${outbox.name} är sparad bland hämtade filer. Skicka den till den som samordnar `
      + 'utbildningen.');
    await waitForSavesCommitted(page);
    assert.equal((await outboxRecords(page)).length, 3, 'kept until the champion says the file is there');
    await clickButton(page, 'Filen finns. Ta bort svaren från enheten');
    await waitForText(page, 'Svaren är borttagna från enheten.');
    await waitForSavesCommitted(page);
    assert.deepEqual(await outboxRecords(page), [], 'the outbox is empty once the file is there');
    await visit.reload(page, { as: 'welcome' });
    await button(page, 'Jag är ny här').waitFor();
    assert.equal(await button(page, 'Spara de inlämnade svaren i en fil').count(), 0);
  });
  const held = JSON.parse(outbox.text);
  assert.equal(held.format, 'digilyft-outbox');
  assert.equal(held.files.length, 3);

  // digilyft-report opens the outbox file with the key file.
  const byTool = runReport([outbox.path], resultsPath('programme-12', 'csv-outbox'), { key: keyPath });
  assert.equal(byTool.lines.filter((l) => /^digilyft-resultat-\d{4}-Q[1-4]-[A-Z2-9]{6}\.json: Inläst/.test(l)).length, 3,
    byTool.lines.join('\n'));

  // The coordinator's workspace reads it into three participants.
  await withVisit(suite, async (visit) => {
    const page = await visit.open('?samordnare', { as: coordinatorCode });
    await expectHeading(page, 'Gör en programlänk');
    await click(await waitForOne(page.getByRole('link', { name: 'Tillbaka till samordnare', exact: true }), 'the way back'));
    await expectHeading(page, COORDINATOR);
    await chooseFiles(page, [outbox.path]);
    await expectSummary(page, { read: 3, people: 3, bad: 0 });
  }, { contextOptions: { storageState: coordinatorDevice } });
});
