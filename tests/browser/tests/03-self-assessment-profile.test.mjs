// The self-assessment, answered in full (some "Ej aktuellt", one area only "Ej aktuellt"), gives a
// profile whose scores and bands match what this test computes from the answers it clicked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, poll, waitForOne, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { AREAS, bandName, loadInstrument, scoresFor } from '../helpers/content.mjs';
import { completeSelfAssessment, planAnswers, readAreaCharts } from '../helpers/assessment.mjs';
import { openFold } from '../helpers/flows.mjs';

const suite = browserSuite();
const instrument = loadInstrument();

// Levels cycle through 3, 1, 2, 0, 'na'; every statement of "content" is "Ej aktuellt".
export const PLAN = {
  background: { gender: 'kvinna', age_band: '30-54', role_family: null, work_setting: 'sarskilt-boende' },
  answers: planAnswers(instrument, (s, i) => (s.area === 'content' ? 'na' : [3, 1, 2, 0, 'na', 2, 3][i % 7])),
};

test('every area has statements in the instrument', () => {
  for (const a of AREAS) assert.ok(instrument.byArea[a.id].length > 0, `statements for ${a.id}`);
});

test('answering every statement shows a profile with the scores computed from the answers', async () => {
  const scores = scoresFor(instrument, PLAN.answers);
  assert.equal(scores.content, null, 'the plan leaves one area without a score');
  assert.ok(Object.values(scores).filter((s) => s !== null).length >= 3);
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await completeSelfAssessment(page, instrument, PLAN);
    let charts;
    await poll(async () => (charts = await readAreaCharts(page))?.length === AREAS.length,
      { message: () => `one chart per area (charts: ${JSON.stringify(charts)})` });
    AREAS.forEach((a, i) => {
      const s = scores[a.id];
      const want = s === null ? 'Före kurserna: Inget värde – du svarade Ej aktuellt' : `Före kurserna: ${bandName(s)}`;
      assert.equal(charts[i].area, a.sv, 'the charts in area order');
      assert.deepEqual(charts[i].bars, [want], `${a.sv}: one bar, for the round just taken`);
      if (s === null) {
        assert.ok(charts[i].lines.includes('Du svarade Ej aktuellt på allt i det här området. Därför finns inget värde.'),
          `${a.sv}: says why there is no value`);
      } else {
        // The bar says the band in words; one round has no "Din nivå nu" repeating it.
        assert.ok(!charts[i].lines.some((l) => l.startsWith('Din nivå nu')), `${a.sv}: the level said once`);
      }
    });
    // What the levels mean, once, in a fold after the cards.
    await openFold(page, 'Vad betyder nivåerna?');
    await waitForText(page, 'Medel: Du klarar det mesta på egen hand. Välj kurser som fördjupar det du vill bli bättre på.');
    await waitForOne(button(page, 'Exportera resultat'), 'button "Exportera resultat"');
    // A finished round is frozen: the profile offers no "Ändra mina svar" (lead's decision in
    // fded391), and the self-assessment now has nothing open until a course is finished.
    assert.equal(await button(page, 'Ändra mina svar').count(), 0);
    await waitForText(page, 'Här ser du hur du skattar dig i dag och en kurs att börja med. Efter kursen svarar du på några frågor om hur det gick.');
  });
});
