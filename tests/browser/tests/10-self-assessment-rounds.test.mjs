// The self-assessment before and after a course, as one person in one browser: the "before" round
// with a role family and a pattern of answers that makes Säkerhet the weakest area; a profile whose
// bars, bands, suggested courses with their reasons and learning path this test computes from the
// content and the answers it clicked (the documented rules, not the app's code); the first
// suggestion taken and finished; the questions after the course offered, paused by a reload in the
// middle and finished; and a profile with a bar per round and the change in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, checkedRadio, chooseRadio, click, clickButton, expectHeading, heading, poll, waitForOne,
  waitForSavesCommitted, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { AREAS, BACKGROUND, loadCatalog, loadInstrument, loadPaths, scaleLabel, scoresFor } from '../helpers/content.mjs';
import { expectNextStep, finishModuleRight, goToStart } from '../helpers/flows.mjs';
import {
  answerRoundPart, expectRoundPart, pageItems, readAreaCharts, readLearningPath, readRecommendations, roundParts,
  takeRound,
} from '../helpers/assessment.mjs';
import {
  ROLE_WORDS, T2_INTERVAL_MONTHS, addMonths, dateText, expectedAreas, expectedPath, growthAreas,
  reasonLines, recommend,
} from '../helpers/profile.mjs';

const suite = browserSuite();
const instrument = loadInstrument();
const catalog = loadCatalog();
const paths = loadPaths();
const FAMILY = 'omsorg';

// Levels per area, statement by statement in the instrument's order.
function answersFrom(pattern) {
  const answers = {};
  for (const a of AREAS) {
    const statements = instrument.byArea[a.id];
    assert.equal(pattern[a.id].length, statements.length, `${a.id}: a level for every statement`);
    statements.forEach((s, i) => { answers[s.id] = pattern[a.id][i]; });
  }
  return answers;
}

const BEFORE = {
  background: { gender: 'kvinna', age_band: '55-plus', role_family: FAMILY, work_setting: 'hemtjanst' },
  answers: answersFrom({
    information: [3, 2, 3, 'na', 3, 2, 3],
    communication: [1, 2, 1, 'na', 2, 1, 2, 2],
    content: [3, 3, 2, 3, 'na', 3, 2, 3],
    safety: [0, 1, 0, 1, 'na', 1, 0, 2, 1],
    'problem-solving': [3, 2, 3, 3, 2, 3, 'na', 3],
  }),
};
// After the course: Säkerhet up, Kommunikation the same, Problemlösning a little down.
const AFTER = {
  answers: answersFrom({
    information: [3, 3, 3, 'na', 3, 2, 3],
    communication: [1, 2, 2, 'na', 2, 1, 2, 1],
    content: [3, 3, 2, 3, 'na', 3, 3, 3],
    safety: [2, 2, 1, 2, 'na', 2, 1, 2, 2],
    'problem-solving': [3, 2, 3, 3, 2, 2, 'na', 3],
  }),
  then: Object.fromEntries(instrument.thenNow.map((s, i) => [s.id, [1, 0, 'na', 1, 0, 2][i % 6]])),
  evaluation: Object.fromEntries(instrument.evaluation.map((e, i) => [e.id, [5, 4, 3, 4, 5, 2, 4, 1][i % 8]])),
};

const firstRecommendation = recommend(instrument, catalog, paths, { roleFamily: FAMILY, answers: BEFORE.answers })[0];

test('the plan makes Säkerhet the weakest area, with a second growth area and "Ej aktuellt" answers', () => {
  const growth = growthAreas(instrument, BEFORE.answers);
  assert.deepEqual(growth.map((g) => g.area), ['safety', 'communication']);
  assert.ok(growth[0].score < growth[1].score, 'no tie for the weakest area');
  assert.ok(Object.values(BEFORE.answers).includes('na') && Object.values(AFTER.answers).includes('na'));
  assert.ok(firstRecommendation.module.areas.includes('safety'), 'the first suggestion covers the weakest area');
  assert.ok(instrument.thenNow.length > 2 && instrument.evaluation.length > 1);
  // The change after the course has every kind of sentence: more, the same, less.
  const before = scoresFor(instrument, BEFORE.answers);
  const after = scoresFor(instrument, AFTER.answers);
  const diffs = AREAS.map((a) => Math.sign(after[a.id] - before[a.id]));
  for (const d of [1, 0, -1]) assert.ok(diffs.includes(d), `a change of sign ${d}`);
});

// Every chart: the area's name, a bar per finished round with the computed text, the band in
// words (once, in its bar), and the change since the earlier rounds.
async function expectCharts(page, rounds) {
  const want = expectedAreas(instrument, rounds);
  let charts;
  await poll(async () => (charts = await readAreaCharts(page))?.length === AREAS.length
    && charts.every((c) => c.bars.length === rounds.length),
  { message: () => `a chart per area with ${rounds.length} bars (have ${JSON.stringify(charts)})` });
  want.forEach((w, i) => {
    const c = charts[i];
    assert.equal(c.area, w.area, 'the charts in area order');
    assert.deepEqual(c.bars, w.bars, `${w.area}: the bars`);
    // Each bar says its round's level; no "Din nivå nu" line repeats the last one.
    assert.ok(!c.lines.some((l) => l.startsWith('Din nivå nu')), `${w.area}: the level said once (${JSON.stringify(c.lines)})`);
    if (w.change) assert.ok(c.lines.includes(w.change), `${w.area}: "${w.change}" (lines: ${JSON.stringify(c.lines)})`);
    else assert.ok(!c.lines.some((l) => /Högre än|Lägre än|Lika som/.test(l)), `${w.area}: no change with one round`);
  });
}

// "Kurser som passar dig": titles, every reason sentence, and the course button, as computed.
async function expectRecommendations(page, state) {
  const want = recommend(instrument, catalog, paths, { roleFamily: FAMILY, ...state });
  assert.ok(want.some((rec) => rec.reasons.some((r) => r.kind === 'role')), 'a reason names the role family');
  assert.ok(want.length > 0);
  let cards;
  await poll(async () => (cards = await readRecommendations(page))?.length === want.length,
    { message: () => `${want.length} suggested courses (have ${JSON.stringify(cards)})` });
  // No round is open: the first suggestion is the profile's one next step, at its top.
  assert.deepEqual(cards.map((c) => c.section), want.map((w, i) => (i === 0 ? 'Ditt nästa steg' : 'Kurser som passar dig')));
  want.forEach((rec, i) => {
    assert.equal(cards[i].title, rec.module.title, `suggestion ${i + 1}`);
    assert.deepEqual(cards[i].lines.slice(1), reasonLines(rec), `${rec.module.title}: the reasons`);
    assert.equal(cards[i].lines[0], `Nivå: ${rec.module.levelName}. Cirka ${rec.module.minutes} minuter.`);
    assert.match(cards[i].button, new RegExp(`^(Starta kursen|Fortsätt kursen): ${rec.module.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
  // The first is the learning path's next course (walk 4: the path's own order); a suggestion that
  // covers the weakest area says so first.
  const path = paths[FAMILY];
  assert.equal(want[0].module.id, path.find((id) => !(state.completed ?? []).includes(id)), 'the path\'s next course first');
  const [weakest] = growthAreas(instrument, state.answers);
  const area = AREAS.find((a) => a.id === weakest.area).sv;
  const covering = want.findIndex((w) => w.module.areas.includes(weakest.area));
  if (covering >= 0) assert.equal(cards[covering].lines[1], `Du skattade dig lägst i delen ”${area}”.`);
  await waitForText(page, 'Du kan alltid välja vilken kurs du vill.');
  await waitForOne(button(page, 'Se alla kurser'), 'button "Se alla kurser"');
  return want;
}

async function expectLearningPath(page, progress, family = FAMILY) {
  const name = `Kursordning för ${ROLE_WORDS[family].group}`;
  await expectHeading(page, name);
  const want = expectedPath(catalog, paths, family, progress);
  assert.ok(want.length >= 3);
  const shown = await readLearningPath(page, name);
  const items = want.flatMap((w, i) => [`${i + 1}. ${w.module.title}`, w.state]);
  assert.deepEqual(shown.texts.slice(1), items, 'the path in order with each course\'s state');
  const label = { Klar: 'Gå igenom kursen igen', Påbörjad: 'Fortsätt kursen', 'Inte påbörjad': 'Starta kursen' };
  assert.deepEqual(shown.buttons, want.map((w) => `${label[w.state]}: ${w.module.title}`), 'a course button per step');
}

test('before, a course, after: profile, suggestions with reasons, a paused round, two bars per area', async () => {
  const module = firstRecommendation.module;
  await withVisit(suite, async (visit) => {
    const page = await visit.open();

    // ---- Before the courses ----
    await expectNextStep(page, 'Börja med självskattningen');
    await takeRound(page, instrument, BEFORE, { round: 'T0', entry: 'Börja med självskattningen' });
    await expectCharts(page, [{ round: 'T0', answers: BEFORE.answers }]);
    await waitForText(page, 'Här ser du hur du skattar dig i dag och en kurs att börja med. Efter kursen svarar du på några frågor om hur det gick.');
    const before = await expectRecommendations(page, { answers: BEFORE.answers });
    await expectLearningPath(page, {});
    assert.equal(before[0].module.id, module.id);

    // ---- The first suggestion, from its card, done ----
    // Its button is on its card and again in the learning path: the card's comes first.
    const start = page.getByRole('button', { name: `Starta kursen: ${module.title}`, exact: true });
    assert.equal(await start.count(), 2, 'the course button on the card and in the path');
    await click(start.first());
    await finishModuleRight(page, module);
    await expectHeading(page, 'Berätta hur det gick');
    await waitForOne(button(page, 'Svara på frågorna efter kursen'), 'the way to the questions after the course');
    await goToStart(page, { next: 'Svara på frågorna efter kursen' });

    // ---- After the course: areas, then a pause in the middle of "how it was before" ----
    const parts = roundParts(instrument, 'T1');
    const kinds = [...new Set(parts.map((p) => p.kind))];
    assert.deepEqual(kinds, ['area', 'then_now', 'evaluation']);
    assert.ok(parts.every((p) => p.count >= 1 && p.count <= 3), 'short pages');
    const thenPart = parts.findIndex((p) => p.kind === 'then_now');
    await clickButton(page, 'Svara på frågorna efter kursen');
    await waitForText(page, 'Efter kursen');
    await waitForText(page, 'Du har gått klart en kurs. Svara på hur du ser på det du kan nu.');
    for (let i = 0; i < thenPart; i++) {
      if (i > 0) await clickButton(page, 'Nästa');
      await answerRoundPart(page, instrument, 'T1', parts, i, AFTER);
    }
    await clickButton(page, 'Nästa');
    const onPage = pageItems(instrument, 'T1', parts[thenPart]);
    assert.ok(onPage.length >= 2, 'a page to leave half answered');
    const half = onPage.slice(0, Math.ceil(onPage.length / 2)).map((s) => s.id);
    const firstHalf = { ...AFTER, then: Object.fromEntries(half.map((id) => [id, AFTER.then[id]])) };
    await answerRoundPart(page, instrument, 'T1', parts, thenPart, firstHalf);
    await waitForText(page, 'Tänk tillbaka på hur säker du var innan du gick kursen.');

    await waitForSavesCommitted(page);
    await visit.reload(page);
    await expectRoundPart(page, parts, thenPart);
    await waitForText(page, 'Efter kursen');
    for (const s of onPage) {
      const want = half.includes(s.id) ? scaleLabel(AFTER.then[s.id]) : null;
      assert.equal(await checkedRadio(page, s.text), want, `${s.id} after the reload`);
    }
    // The rest of the page, then the course evaluation.
    const rest = { ...AFTER, then: Object.fromEntries(onPage.filter((s) => !half.includes(s.id)).map((s) => [s.id, AFTER.then[s.id]])) };
    await answerRoundPart(page, instrument, 'T1', parts, thenPart, rest);
    await clickButton(page, 'Nästa');
    await takeRound(page, instrument, AFTER, { round: 'T1', from: thenPart + 1 });

    // ---- The profile with both rounds ----
    const rounds = [{ round: 'T0', answers: BEFORE.answers }, { round: 'T1', answers: AFTER.answers }];
    await expectCharts(page, rounds);
    await waitForText(page, 'Färgerna: Före kurserna, Efter kursen');
    await expectRecommendations(page, { answers: AFTER.answers, completed: [module.id] });
    await expectLearningPath(page, { completed: [module.id] });
    // Nothing to answer now; the follow-up's day in words (the device's own date + 4 months).
    const today = await page.evaluate(() => {
      const d = new Date();
      return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
    });
    const due = dateText(addMonths(today, T2_INTERVAL_MONTHS));
    await waitForText(page, `Uppföljningen öppnar ${due}. Då svarar du på frågorna en gång till.`);
    assert.equal(await heading(page, 'Dags för uppföljningen').count(), 0, 'no follow-up yet');
    // The start page's next step is the course the profile puts first.
    const [first] = await readRecommendations(page);
    assert.equal(first.section, 'Ditt nästa steg');
    await goToStart(page, { next: first.button });
    await waitForText(page, `Vi föreslår kursen ${first.title}. Varför den passar dig står under ”Min profil”.`);
    await waitForText(page, `Uppföljningen öppnar ${due}.`);

    // A new job: the occupational group changes in "Om dig", and the path and suggestions follow.
    const other = 'funktionsstod';
    await clickButton(page, 'Min profil');
    await clickButton(page, 'Ändra uppgifter om dig');
    await expectHeading(page, 'Om dig');
    assert.equal(await checkedRadio(page, BACKGROUND.role_family.prompt), BACKGROUND.role_family.options[FAMILY]);
    await chooseRadio(page, BACKGROUND.role_family.prompt, BACKGROUND.role_family.options[other]);
    await clickButton(page, 'Klar, tillbaka till min profil');
    await expectHeading(page, 'Din profil');
    await expectLearningPath(page, { completed: [module.id] }, other);
    await expectRecommendations(page, { roleFamily: other, answers: AFTER.answers, completed: [module.id] });
  });
});

// Background answers are part of the plan: make sure every question of the page is known here.
test('the plan answers every background question the app asks', () => {
  assert.deepEqual(Object.keys(BEFORE.background).sort(), Object.keys(BACKGROUND).sort());
});
