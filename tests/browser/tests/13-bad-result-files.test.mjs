// A set of broken result files read in one go, after good ones: each is listed with its own reason
// in plain Swedish (the reason tests/core/bad-results/expected.json names for it), in the same
// words digilyft-report uses, and nothing else changes: the same participants, the same tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, browserSuite, resultsPath, withVisit } from '../helpers/harness.mjs';
import {
  chooseFiles, expectFileLine, expectParticipants, expectSummary, fileLines, openCoordinator, readTables,
} from '../helpers/coordinator.mjs';
import { generateResultFiles, runReport } from '../helpers/result-files.mjs';

const suite = browserSuite();
const BAD_DIR = path.join(REPO_ROOT, 'tests', 'core', 'bad-results');

// What the coordinator reads for each reason (src/core/problem.cpp, Swedish).
const REASONS = {
  'result.not_json': 'Filen går inte att läsa. Den kan vara skadad.',
  'result.too_large': 'Filen är för stor för att vara en resultatfil.',
  'result.foreign_file': 'Filen är inte en resultatfil från Digilyft.',
  'result.future_version': 'Filen kommer från en nyare version av Digilyft. Uppdatera sidan och försök igen.',
  'result.missing_field': 'Något saknas i filen. Den kan vara ändrad eller skadad.',
  'result.wrong_type': 'Något i filen har fel form. Den kan vara ändrad eller skadad.',
  'result.bad_value': 'Filen har ett värde som inte är tillåtet. Den kan vara ändrad.',
  'result.unknown_instrument': 'Filen har svar på en annan självskattning än den som finns här.',
  'result.unknown_statement': 'Filen har svar på påståenden som inte finns här.',
  'result.unknown_module': 'Filen nämner en kurs som inte finns här.',
  'result.unexpected_field': 'Filen har uppgifter som inte får finnas i en resultatfil, till exempel namn eller fritext. Den läses inte in.',
  'result.duplicate_round': 'Filen har samma mättillfälle två gånger.',
  'result.round_order': 'Mättillfällena i filen står i fel ordning.',
  'result.not_in_round': 'Filen har svar som inte hör till det mättillfället.',
  'result.bad_survey_answer': 'Filen har ett svar i chefsenkäten som frågan inte tillåter.',
  'result.no_checksum': 'Filen saknar kontrollen som visar att den inte har ändrats. Be personen spara en ny fil.',
  'result.bad_checksum': 'Filen har ändrats efter att den sparades. Be personen spara en ny fil.',
};

test('bad result files: each listed with its own reason, nothing else changes', async () => {
  const expected = JSON.parse(readFileSync(path.join(BAD_DIR, 'expected.json'), 'utf8')).expected;
  const bad = Object.entries(expected).filter(([, code]) => code !== null)
    .map(([name, code]) => ({ name, code, path: path.join(BAD_DIR, name) }));
  // A file too large to be a result file (more than 256 KiB), made here.
  const large = resultsPath('bad-files-13', 'stor.json');
  writeFileSync(large, `{"format": "digilyft-result", "pad": "${'x'.repeat(300 * 1024)}"}`);
  bad.push({ name: 'stor.json', code: 'result.too_large', path: large });
  for (const b of bad) assert.ok(REASONS[b.code], `a sentence for ${b.code} (${b.name})`);
  assert.ok(bad.some((b) => b.code === 'result.bad_checksum'), 'a file altered after it was saved');

  const good = generateResultFiles(resultsPath('bad-files-13', 'generated'), { people: 9, seed: 13 });

  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCoordinator(page, visit.code);
    await chooseFiles(page, good.map((f) => f.path));
    await expectSummary(page, { read: good.length, people: good.length, bad: 0 });
    const before = await expectParticipants(page, good);

    await chooseFiles(page, bad.map((b) => b.path));
    for (const b of bad) await expectFileLine(page, `${b.name}: Inte inläst. ${REASONS[b.code]}`);
    await expectSummary(page, { read: good.length + bad.length, people: good.length, bad: bad.length });
    assert.deepEqual(await readTables(page), before, 'the tables are as before the bad files');

    // digilyft-report says the same of each file.
    const { lines } = runReport(bad.map((b) => b.path), resultsPath('bad-files-13', 'csv'));
    const byName = (line) => line.replace(`${BAD_DIR}/`, '').replace(`${path.dirname(large)}/`, '');
    const shown = (await fileLines(page)).map((l) => l.line).filter((l) => l.includes(': Inte inläst. '));
    assert.deepEqual(shown.slice().sort(), lines.map(byName).sort());
  });
});
