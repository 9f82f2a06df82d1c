// The coordinator reads many result files (the file picker with several at once, and one drop of
// several files): every file gets a line saying what became of it, a file made without a programme
// link is read only after "Läs också filer utan program" is ticked, a file sent again counts once,
// the participants table shows counts within the noise of what this test works out from the files
// itself (0–2 people always ".."); the workspace survives a reload and can be cleared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  EXPORTED_COPY, browserSuite, click, clickButton, expectHeading, poll, resultsPath, waitForOne, waitForSavesCommitted,
  openWithCode, waitForReady, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { loadInstrument } from '../helpers/content.mjs';
import { exportResult, goToStart } from '../helpers/flows.mjs';
import { completeSelfAssessment, planAnswers } from '../helpers/assessment.mjs';
import {
  COORDINATOR, clearWorkspace, chooseFiles, dropFiles, expectFileLine, expectParticipants, expectSummary, fileLines,
  openCoordinator, readTables,
} from '../helpers/coordinator.mjs';
import { generateResultFiles, readResultFile } from '../helpers/result-files.mjs';

const suite = browserSuite();
const instrument = loadInstrument();
// The rounds of a file as the coordinator reads them: "före kurserna och efter kursen".
const ROUND_WORDS = { T0: 'före kurserna', T1: 'efter kursen', T2: 'vid uppföljningen' };
const roundsOf = (file) => file.json.self_assessment.map((r) => ROUND_WORDS[r.round])
  .join(', ').replace(/, ([^,]*)$/, ' och $1');

test('coordinator: chooser, one drop of several files, a file sent twice, reload and clear', async () => {
  const generated = generateResultFiles(resultsPath('coordinator-06', 'generated'), { people: 11, seed: 6 });
  const chosen = generated.slice(0, 7);
  const dropped = generated.slice(7);

  await withVisit(suite, async (visit) => {
    const page = await visit.open();

    // The file a participant exported in test 05 (the round trip); made here when it has not run.
    let exported;
    if (existsSync(EXPORTED_COPY)) {
      exported = readResultFile(EXPORTED_COPY);
    } else {
      await completeSelfAssessment(page, instrument, {
        background: { gender: 'man', age_band: null, role_family: null },
        answers: planAnswers(instrument, (s, i) => (i % 3 === 0 ? 'na' : i % 4)),
      });
      const saved = await exportResult(page);
      exported = readResultFile(saved.path);
      await goToStart(page);
    }
    // Under the name the app gave it, next to the generated ones.
    const exportedPath = resultsPath('coordinator-06', exported.name);
    writeFileSync(exportedPath, exported.text);

    await openCoordinator(page, visit.code);
    await waitForText(page, 'Inga filer är inlästa än.');
    await waitForText(page, 'Du kan också dra filer eller en hel mapp hit.');
    assert.deepEqual(await readTables(page), [], 'no tables before any file');

    await chooseFiles(page, [...chosen.map((f) => f.path), exportedPath]);
    for (const f of chosen) await expectFileLine(page, `${f.name}: Inläst.`);
    // The file of test 05 was saved without a programme link: not read until the coordinator says so.
    assert.equal(exported.json.programme ?? null, null, 'test 05 exports without a programme');
    await expectFileLine(page, `${exported.name}: Inte inläst. Filen hör inte till något program. Vill du räkna ` +
      'in den: välj Läs också filer utan program och läs in filen igen.');
    await expectSummary(page, { read: 8, people: 7, bad: 1 });
    await expectParticipants(page, chosen);
    await click(await waitForOne(page.getByRole('checkbox', { name: 'Läs också filer utan program', exact: true }),
      'checkbox "Läs också filer utan program"'));
    await chooseFiles(page, [exportedPath]);
    await expectFileLine(page, `${exported.name}: Inläst.`);
    await expectSummary(page, { read: 9, people: 8, bad: 1 });
    await expectParticipants(page, [...chosen, exported]);

    // Several files in one drop.
    assert.ok(await dropFiles(page, dropped.map(({ name, text }) => ({ name, text }))), 'the page takes the drop');
    for (const f of dropped) await expectFileLine(page, `${f.name}: Inläst.`);
    await expectSummary(page, { read: 9 + dropped.length, people: 12, bad: 1 });
    const all = [...chosen, exported, ...dropped];
    await expectParticipants(page, all);

    // The same file again: listed, counted once, the tables unchanged.
    const again = chosen.find((f) => f.json.self_assessment.length > 0);
    await chooseFiles(page, [again.path]);
    await expectFileLine(page, `${again.name}: Redan inläst. Svaren ${roundsOf(again)} räknas en gång.`);
    await expectSummary(page, { read: 14, people: 12, bad: 1 });
    const before = await expectParticipants(page, all);
    assert.equal((await fileLines(page)).length, 14, 'one line per file read');

    // The workspace is kept on this device (IndexedDB): a reload shows the same list and tables.
    await waitForSavesCommitted(page);
    await visit.reload(page);
    await expectHeading(page, COORDINATOR);  // a reload opens where the person was
    await expectSummary(page, { read: 14, people: 12, bad: 1 });
    assert.deepEqual(await readTables(page), before, 'the same tables after a reload: the same secret');

    // Clearing empties the list and the tables, also after a reload.
    await clearWorkspace(page);
    await waitForText(page, 'Inga filer är inlästa än.');
    await poll(async () => (await readTables(page)).length === 0 && (await fileLines(page)).length === 0,
      { message: 'the list and the tables to empty' });
    await waitForSavesCommitted(page);
    await visit.reload(page);
    await expectHeading(page, COORDINATOR);  // a reload opens where the person was
    await waitForOne(page.getByText('Inga filer är inlästa än.', { exact: true }), 'the empty list after a reload');
  });
});

test('"Samordnare" by mistake: the coordinator\'s welcome has a way back to the page staff use', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await clickButton(page, 'Samordnare');
    await page.waitForURL(/[?]samordnare$/);
    await waitForReady(page);
    await waitForText(page, 'Här öppnas samordnarens del: filerna, tabellerna och programlänken. Öppna den med din kod.');
    await click(await waitForOne(page.getByRole('link', { name: 'Till sidan för deltagarna', exact: true }), 'the way back'));
    await page.waitForURL((url) => url.search === '');
    await waitForReady(page);
    await openWithCode(page, visit.code);
    await expectHeading(page, 'Digilyft');
    await waitForOne(page.getByRole('button', { name: 'Samordnare', exact: true }), 'the start page staff use');
  });
});
