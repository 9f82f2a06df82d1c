// The coordinator reads many result files (file chooser, several at once, and drag-and-drop):
// every file gets a line saying what became of it, and the table shows counts and means that
// this test computes itself, with every cell resting on 1–4 people shown as "<5".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  EXPORTED_COPY, browserSuite, button, click, clickButton, currentPeriod, expectHeading, heading,
  poll, resultsPath, waitForNoText, waitForOne, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { AREAS, expectedTable, loadInstrument } from '../helpers/content.mjs';
import { exportResult, goToStart } from '../helpers/flows.mjs';
import { completeSelfAssessment, planAnswers } from '../helpers/assessment.mjs';
import { fileName, participantCode, resultFile, toText } from '../helpers/result-files.mjs';

const suite = browserSuite();
const instrument = loadInstrument();
const period = currentPeriod();
const dir = resultsPath('coordinator-files', 'x').replace(/x$/, '');

function writeFile(name, text) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

// Participant n answers every statement with a spread of levels and some "Ej aktuellt"; only
// participants 1–3 have any 0–3 answer in "content", so that row rests on three people: "<5".
const LEVELS = [3, 3, 2, 2, 2, 1, 1, 0, 0, 'na', 3];
function participant(n, variant = 0) {
  const answers = planAnswers(instrument, (s, i) => {
    if (s.area === 'content' && n > 3) return 'na';
    return LEVELS[(n * 37 + i * 101 + n * i * 13 + variant * 7) % LEVELS.length];
  });
  const genders = ['kvinna', 'man', 'annat', null];
  const ages = ['upto-29', '30-54', '55-plus', null];
  return resultFile({
    participant: participantCode(n), period, instrumentId: instrument.id, answers,
    background: {
      gender: genders[n % 4], age_band: ages[(n + 1) % 4], role_family: n % 2 ? 'omsorg' : null,
      work_setting: n % 3 ? 'hemtjanst' : null,
    },
  });
}

async function chooseFiles(page, files) {
  const b = await waitForOne(button(page, 'Välj resultatfiler'), 'button "Välj resultatfiler"');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(b)]);
  assert.ok(chooser.isMultiple(), 'the file picker takes several files at once');
  await chooser.setFiles(files);
}

async function dropFile(page, name, text) {
  await page.evaluate(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    }
  }, { name, text });
}

async function readTable(page) {
  const table = page.getByRole('table', { name: 'Självskattning per område', exact: true });
  await waitForOne(table, 'table "Självskattning per område"');
  return table.evaluate((t) => Array.from(t.querySelectorAll('tr')).map(
    (r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
}

// Polls until the participant count and every table cell are what the files give.
async function expectSummary(page, files) {
  const want = expectedTable(instrument, files);
  await poll(async () => {
    for (const p of want.participants) {
      if (await page.getByText(`Antal deltagare: ${p}`, { exact: true }).count()) return true;
    }
    return false;
  }, { message: `"Antal deltagare: ${want.participants[0]}"` });
  let rows;
  await poll(async () => {
    rows = await readTable(page);
    assert.equal(await page.getByRole('table').locator('caption').count(), 1, 'the table has a caption');
    assert.deepEqual(rows[0], ['Område', 'Deltagare', 'Medelvärde (0–100)']);
    assert.equal(rows.length, 1 + AREAS.length, 'one row per area');
    want.rows.forEach((w, i) => {
      const [area, count, mean] = rows[i + 1];
      assert.equal(area, w.area);
      assert.ok(w.count.includes(count), `${w.area}: Deltagare "${count}", want ${w.count.join(' or ')}`);
      assert.ok(w.mean.includes(mean), `${w.area}: Medelvärde "${mean}", want ${w.mean.join(' or ')}`);
    });
    return true;
  }, { message: 'the table to match the files' });
  return want;
}

test('coordinator: chooser, drag-and-drop, replaced and bad files, and the round trip', async () => {
  rmSync(dir, { recursive: true, force: true });
  resultsPath('coordinator-files', 'x');

  await withVisit(suite, async (visit) => {
    const page = await visit.open();

    // The file a participant exported in test 05; made here when that test has not run.
    let exported;
    let exportedText;
    if (existsSync(EXPORTED_COPY)) {
      exportedText = readFileSync(EXPORTED_COPY, 'utf8');
      exported = JSON.parse(exportedText);
    } else {
      await completeSelfAssessment(page, instrument, {
        background: { gender: 'man', age_band: null, role_family: null },
        answers: planAnswers(instrument, (s, i) => (i % 3 === 0 ? 'na' : i % 4)),
      });
      ({ json: exported, text: exportedText } = await exportResult(page));
      await goToStart(page);
    }

    const valid = [1, 2, 3, 4, 5, 6, 7].map((n) => participant(n));
    const future = { ...participant(99), version: 2 };
    const paths = [
      ...valid.map((f) => writeFile(fileName(f), toText(f))),
      writeFile('trasig.json', '{"format": "digilyft-result", "version": 1, "participant": '),
      writeFile('inkopslista.json', JSON.stringify({ lista: ['mjölk', 'bröd'], butik: 'Konsum' })),
      writeFile('framtida-version.json', toText(future)),
    ];

    await clickButton(page, 'Samordnare');
    await expectHeading(page, 'Samordnare');
    await waitForText(page, 'Du kan också dra filerna hit.');
    await chooseFiles(page, paths);

    await expectHeading(page, 'Inlästa filer');
    for (const f of valid) await waitForText(page, `${fileName(f)}: Inläst`);
    await waitForText(page, 'trasig.json: Inte inläst. Filen går inte att läsa. Den kan vara skadad.');
    await waitForText(page, 'inkopslista.json: Inte inläst. Filen är inte en resultatfil från Digilyft.');
    await waitForText(page, /^framtida-version\.json: Inte inläst\. Filen kommer från en nyare version av Digilyft\./);
    const first = await expectSummary(page, valid);
    assert.equal(first.people, 7);
    assert.equal(first.rows.find((r) => r.area === 'Skapande av digitalt innehåll').count[0], '<5',
      'the test data leave one area with fewer than five people');
    const lines = () => page.getByText(/: (Inläst|Inte inläst)/);
    assert.equal(await lines().count(), paths.length, 'one line per file');

    // One more by drag-and-drop.
    const dropped = participant(8);
    await dropFile(page, fileName(dropped), toText(dropped));
    await waitForText(page, `${fileName(dropped)}: Inläst`);
    await expectSummary(page, [...valid, dropped]);

    // The file exported through the app's own button reads back in.
    const exportedPath = writeFile(fileName(exported), exportedText);
    await chooseFiles(page, [exportedPath]);
    await waitForText(page, `${fileName(exported)}: Inläst`);
    await expectSummary(page, [...valid, dropped, exported]);

    // A newer file from participant 1 replaces the earlier one: counted once, new answers used.
    const again = participant(1, 2);
    const againName = `ny-${fileName(again)}`;
    await chooseFiles(page, [writeFile(againName, toText(again))]);
    await waitForText(page, `${againName}: Inläst. Ersätter en tidigare fil från samma deltagare.`);
    const all = await expectSummary(page, [again, ...valid.slice(1), dropped, exported]);
    assert.equal(all.people, 9);
    assert.equal(await lines().count(), paths.length + 3);

    // "Töm listan" empties it; then three people give "<5" everywhere.
    await clickButton(page, 'Töm listan');
    await poll(async () => (await heading(page, 'Inlästa filer').count()) === 0, { message: 'the list to empty' });
    await waitForNoText(page, /^Antal deltagare:/);
    await chooseFiles(page, paths.slice(0, 3));
    await expectSummary(page, valid.slice(0, 3));
    await waitForText(page, 'Antal deltagare: <5');
  });
});
