// The page and the command-line tool give the same protected tables: the coordinator saves the
// workspace's key file from the page ("Spara nyckelfilen"), and for the same generated files, the
// same key and the same filter, every table the mirror shows equals, cell by cell and in order,
// the CSV file digilyft-report writes for it, and the page's own CSV file (named by its filter) is
// that file byte for byte. A selection too small for the page is too small for the tool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, resultsPath, waitForText, withVisit } from '../helpers/harness.mjs';
import { BACKGROUND } from '../helpers/content.mjs';
import {
  TOO_SMALL, chooseFiles, chooseFilter, downloadCsv, downloadKey, expectSummary, openCoordinator, readTables,
  waitForTables,
} from '../helpers/coordinator.mjs';
import { csvTable, generateResultFiles, runReport } from '../helpers/result-files.mjs';

const suite = browserSuite();

// Each filter as the page's chips and as digilyft-report's options; the first is no filter.
const FILTERS = [
  { name: 'no filter', chips: [], cli: {} },
  { name: 'organisation org-02', chips: [['Organisation', 'org-02']], cli: { org: 'org-02' } },
  { name: 'occupational group omsorg', chips: [['Yrkesgrupp', BACKGROUND.role_family.options.omsorg]], cli: { role: 'omsorg' } },
  { name: 'workplace hemtjanst', chips: [['Arbetsplats', BACKGROUND.work_setting.options.hemtjanst]], cli: { setting: 'hemtjanst' } },
  { name: 'period 2026-Q3', chips: [['Period', '2026-Q3']], cli: { period: '2026-Q3' } },
];

test('digilyft-report with the page\'s key writes the tables the page shows, for every filter', async () => {
  const dir = resultsPath('cli-14', 'generated');
  const files = generateResultFiles(dir, { people: 400, seed: 14 });

  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCoordinator(page, visit.code);
    await chooseFiles(page, files.map((f) => f.path));
    await expectSummary(page, { read: files.length, people: files.length, bad: 0 });
    const key = await downloadKey(page, 'cli-14-nyckel.json');
    assert.match(key.name, /^digilyft-nyckel-[A-Z0-9]{8}\.json$/);
    assert.equal(JSON.parse(key.text).format, 'digilyft-report-key');

    let previous = null;
    for (const filter of FILTERS) {
      for (const [group, choice] of filter.chips) await chooseFilter(page, group, choice);
      const { csv, status } = runReport([dir], resultsPath('cli-14', filter.name), { ...filter.cli, key: key.path });
      assert.equal(status, 0, `${filter.name}: the tool made the tables`);
      // The tables once they are those of this filter (they differ from the previous filter's). A
      // table with no figure shown is one line on the page ("För få har svarat …"), not rows of "..".
      const noFigure = (text) => {
        const cells = csvTable(text).rows.slice(1).flatMap((r) => r.slice(1));
        return cells.every((c) => c === '..' || c === '–') && cells.includes('..');
      };
      const shownCount = [...csv.values()].filter((text) => !noFigure(text)).length;
      const tables = await waitForTables(page, (t) => t.length === shownCount && JSON.stringify(t) !== previous,
        `for ${filter.name} (${shownCount} of ${csv.size} tables with figures)`);
      previous = JSON.stringify(tables);
      for (const table of tables) {
        const fromPage = await downloadCsv(page, table.title, `cli-14-${filter.name}-${table.title}.csv`);
        const id = fromPage.name.replace(/\.csv$/, '');
        assert.ok(csv.has(id), `${filter.name}: digilyft-report wrote ${fromPage.name}`);
        assert.equal(fromPage.text, csv.get(id), `${filter.name}: the page's ${fromPage.name} equals the tool's`);
        const written = csvTable(csv.get(id));
        assert.equal(written.title, table.title);
        assert.deepEqual(written.rows, table.rows, `${filter.name}: "${table.title}" as the mirror shows it`);
        if (filter.chips.length) assert.notEqual(written.selection, 'Urval: alla', 'the CSV names its filter');
      }
      assert.deepEqual(await readTables(page), tables, `${filter.name}: the tables stayed while saving`);
      for (const [group] of filter.chips) await chooseFilter(page, group, 'Alla');
    }

    // A handful of people: the page shows no tables, and the tool makes none (exit 3).
    await chooseFilter(page, 'Organisation', 'org-03');
    await chooseFilter(page, 'Yrkesgrupp', BACKGROUND.role_family.options.chef);
    await chooseFilter(page, 'Period', '2026-Q1');
    await waitForText(page, new RegExp(`^${TOO_SMALL}`));
    const few = runReport([dir], resultsPath('cli-14', 'few'), { org: 'org-03', role: 'chef', period: '2026-Q1', key: key.path });
    assert.equal(few.status, 3);
    assert.equal(few.csv.size, 0);
  });
});
