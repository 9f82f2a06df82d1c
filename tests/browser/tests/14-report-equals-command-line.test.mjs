// The page and the command-line tool give the same tables: for the same generated files and the
// same filter, every table the mirror shows equals, cell by cell and in order, the CSV file
// digilyft-report writes for it, and the page's own CSV file is that file byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, resultsPath, withVisit } from '../helpers/harness.mjs';
import { BACKGROUND } from '../helpers/content.mjs';
import {
  chooseFiles, chooseFilter, downloadCsv, expectSummary, openCoordinator, readTables, waitForTables,
} from '../helpers/coordinator.mjs';
import { generateResultFiles, parseCsv, runReport } from '../helpers/result-files.mjs';

const suite = browserSuite();

// Each filter as the page's chips and as digilyft-report's options; the first is no filter.
const FILTERS = [
  { name: 'no filter', chips: [], cli: {} },
  { name: 'organisation org-02', chips: [['Organisation', 'org-02']], cli: { org: 'org-02' } },
  { name: 'occupational group omsorg', chips: [['Yrkesgrupp', BACKGROUND.role_family.options.omsorg]], cli: { role: 'omsorg' } },
  { name: 'period 2026-Q3', chips: [['Period', '2026-Q3']], cli: { period: '2026-Q3' } },
];

test('digilyft-report writes the tables the page shows, for every filter', async () => {
  const dir = resultsPath('cli-14', 'generated');
  const files = generateResultFiles(dir, { people: 60, seed: 14 });

  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCoordinator(page);
    await chooseFiles(page, files.map((f) => f.path));
    await expectSummary(page, { read: files.length, people: files.length, bad: 0 });
    let previous = null;
    for (const filter of FILTERS) {
      for (const [group, choice] of filter.chips) await chooseFilter(page, group, choice);
      const { csv } = runReport([dir], resultsPath('cli-14', filter.name), filter.cli);
      // The tables once they are those of this filter (they differ from the previous filter's).
      const tables = await waitForTables(page, (t) => t.length === csv.size && JSON.stringify(t) !== previous,
        `for ${filter.name} (${csv.size} tables)`);
      previous = JSON.stringify(tables);
      for (const table of tables) {
        const fromPage = await downloadCsv(page, table.title, `cli-14-${table.title}.csv`);
        const id = fromPage.name.replace(/\.csv$/, '');
        assert.ok(csv.has(id), `${filter.name}: digilyft-report wrote ${fromPage.name}`);
        assert.equal(fromPage.text, csv.get(id), `${filter.name}: the page's ${fromPage.name} equals the tool's`);
        assert.deepEqual(parseCsv(csv.get(id)), table.rows, `${filter.name}: "${table.title}" as the mirror shows it`);
      }
      assert.deepEqual(await readTables(page), tables, `${filter.name}: the tables stayed while saving`);
      for (const [group] of filter.chips) await chooseFilter(page, group, 'Alla');
    }
  });
});
