// "Exportera resultat" shows, in plain words, what the result file holds, then saves a real file
// that holds what the person did and nothing that could tell who they are: only the documented
// fields, no free text, no date or time finer than a quarter, and a checksum the native reader accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile } from 'node:fs/promises';
import {
  EXPORTED_COPY, browserSuite, clickButton, currentPeriod, expectHeading, resultsPath, withVisit,
} from '../helpers/harness.mjs';
import { loadInstrument, loadModule } from '../helpers/content.mjs';
import {
  courseButtonName, expectStartPage, exportResult, finishModuleRight, goToStart, openCourses, SUGGESTED_COURSE } from '../helpers/flows.mjs';
import { completeSelfAssessment, planAnswers } from '../helpers/assessment.mjs';
import {
  ALLOWED_STRING, CHECKSUM, RESULT_FIELDS, documentedFields, fieldPaths, runReport, stringsIn,
  withoutChecksum,
} from '../helpers/result-files.mjs';

const suite = browserSuite();
const module = loadModule();
const instrument = loadInstrument();
const PLAN = {
  background: { gender: 'annat', age_band: null, role_family: 'chef', work_setting: 'annat' },
  answers: planAnswers(instrument, (s, i) => ['na', 0, 1, 2, 3][i % 5]),
};

function checkResultFile(name, text, json, { period, plan, moduleIds }) {
  const m = /^digilyft-resultat-(\d{4})-Q([1-4])-([A-Z2-9]{6})\.json$/.exec(name);
  assert.ok(m, `file name ${name}`);
  assert.ok(!name.includes(json.participant.slice(0, 4)), 'the name never holds the code (it opens the answers)');
  assert.equal(`${m[1]}-Q${m[2]}`, period, 'the file name carries the current quarter');
  assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'no ISO date anywhere');
  assert.doesNotMatch(withoutChecksum(text), /\d{2}:\d{2}/, 'no time of day anywhere');
  assert.deepEqual(Object.keys(json), RESULT_FIELDS, 'the documented fields in order, the checksum last');
  assert.equal(json.format, 'digilyft-result');
  assert.equal(json.version, 1);
  assert.equal(json.programme, null, 'the person did not come through a programme link');
  assert.equal(json.organisation, null);
  assert.match(json.checksum, CHECKSUM);
  assert.match(json.participant, /^[A-Z0-9]{8}$/);
  assert.doesNotMatch(json.participant, /[01OIL]/, 'the code has no look-alike characters');
  assert.equal(json.exported, period);
  assert.deepEqual(Object.keys(json.background), ['gender', 'age_band', 'role_family', 'work_setting'],
    'the documented background fields in order');
  assert.deepEqual(json.background, plan.background);
  assert.deepEqual(json.modules.map((m) => m.id), moduleIds, 'every started module, by id');
  for (const mod of json.modules) {
    assert.deepEqual(Object.keys(mod), ['id', 'started', 'completed', 'hours'], `${mod.id}: the documented fields in order`);
    assert.equal(mod.started, period, `${mod.id}: started this quarter`);
    assert.equal(mod.completed, period, `${mod.id}: completed this quarter`);
    assert.equal(typeof mod.hours, 'number');
    assert.ok(mod.hours >= 0 && mod.hours <= 1000 && Number.isInteger(mod.hours * 4),
      `${mod.id}: hours ${mod.hours} in quarter-hour steps`);
    assert.equal(mod.hours, 0, 'a test run takes well under 7.5 minutes of active time');
  }
  assert.equal(json.self_assessment.length, 1);
  const round = json.self_assessment[0];
  assert.deepEqual(Object.keys(round).sort(), ['answers', 'instrument', 'period', 'round']);
  assert.equal(round.instrument, instrument.id);
  assert.equal(round.round, 'T0');
  assert.equal(round.period, period);
  assert.deepEqual(round.answers, plan.answers, 'the answers are the ones clicked');
  for (const [where, s] of stringsIn(json)) {
    assert.match(s, ALLOWED_STRING, `${where}: ${JSON.stringify(s)} looks like free text`);
  }
  const documented = documentedFields();
  for (const field of fieldPaths(json, documented)) {
    assert.ok(documented.includes(field), `${field} is in docs/result-file.md`);
  }
}

// What "Spara din resultatfil" says the file holds, line by line.
function expectedPreview(json) {
  const q = json.exported.replace(/^(\d{4})-Q(\d)$/, '$1 kvartal $2');
  return [
    `Deltagarkod: ${json.participant} – en slumpad kod, inte ditt namn`,
    'Program: inget',
    'Kön: Annat eller vill ej uppge',
    'Ålder: inte besvarat',
    'Yrkesgrupp: Chef',
    'Arbetsplats: Annat',
    'Kurser: 1 påbörjad, 1 klar, sammanlagt under en kvart',
    `Kurs: ${module.title} – påbörjad ${q}, klar ${q}, under en kvart`,
    `Självskattning, före kurserna (${q}): ${instrument.statements.length} svar`,
    `Sparad: ${q}`,
    'Inte med: ditt namn, namnet på din arbetsplats, fritext, datum eller klockslag.',
  ];
}

test('export after a finished course and self-assessment: a real, anonymous download', async () => {
  const period = currentPeriod();
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    // The self-assessment before the courses, then a course; the profile offers the export.
    await completeSelfAssessment(page, instrument, PLAN);
    await goToStart(page, { next: SUGGESTED_COURSE });
    await openCourses(page);
    await clickButton(page, courseButtonName('Starta kursen', module));
    await finishModuleRight(page, module);
    await goToStart(page, { next: 'Svara på frågorna efter kursen' });
    await clickButton(page, 'Min profil');
    await expectHeading(page, 'Din profil');
    const fromProfile = await exportResult(page);
    checkResultFile(fromProfile.name, fromProfile.text, fromProfile.json,
      { period, plan: PLAN, moduleIds: [module.id] });
    assert.deepEqual(fromProfile.lines, expectedPreview(fromProfile.json), 'what the file holds, in plain words');
    // Saved without a programme link: the tool reads it when told to read such files.
    const { lines } = runReport([fromProfile.path], resultsPath('cli-05'), { withoutProgramme: true });
    assert.deepEqual(lines, [`${fromProfile.path}: Inläst.`], 'the native reader accepts the checksum');
    await copyFile(fromProfile.path, EXPORTED_COPY);

    // The start page's button saves the same content.
    await goToStart(page);
    await expectStartPage(page);
    const fromStart = await exportResult(page);
    assert.notEqual(fromStart.name, fromProfile.name, 'each file a name of its own');
    assert.deepEqual(fromStart.json, fromProfile.json);
    assert.deepEqual(fromStart.lines, fromProfile.lines);
  });
});
