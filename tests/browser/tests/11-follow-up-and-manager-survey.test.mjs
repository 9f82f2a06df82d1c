// The follow-up by the device's own clock, and the manager survey. Playwright's clock sets the
// device's date: after the questions after a course (finished on 31 October), the follow-up is not
// offered and the app says the day it opens (four months later, clamped to the end of February);
// the day before it is still closed; on that day the start page offers it as the one next step.
// The follow-up gives a third bar per area. A manager answers the survey, saves it, sees it
// read-only afterwards, and exports a real file with the manager record and the three rounds,
// each with a quarter only (no dates), field by field as docs/result-file.md documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, chooseRadio, click, clickButton, expectAttribute, expectDisabled, expectHeading, poll,
  waitForNoText, waitForOne, waitForRoleText, waitForText, withVisit,
} from '../helpers/harness.mjs';
import {
  AREAS, SURVEY_TOPICS, askedAtFirst, loadCatalog, loadInstrument, loadSurvey, surveyPlan,
} from '../helpers/content.mjs';
import {
  expectNextStep, exportResult, finishModuleRight, goToStart, openCourses, sectionItems, setCheckboxes, SUGGESTED_COURSE } from '../helpers/flows.mjs';
import { planAnswers, readAreaCharts, takeRound } from '../helpers/assessment.mjs';
import {
  T2_INTERVAL_MONTHS, addMonths, dateText, expectedAreas, periodOf,
} from '../helpers/profile.mjs';
import {
  ALLOWED_STRING, documentedFields, fieldPaths, stringsIn, withoutChecksum,
} from '../helpers/result-files.mjs';

const suite = browserSuite();
const instrument = loadInstrument();
const survey = loadSurvey();
const catalog = loadCatalog();

// The device's days, at noon in Stockholm (winter time on all of them).
const ZONE = 'Europe/Stockholm';
const T1_DAY = { year: 2026, month: 10, day: 31 };
const DUE = addMonths(T1_DAY, T2_INTERVAL_MONTHS);
const DAY_BEFORE = { ...DUE, day: DUE.day - 1 };
const pad = (n) => String(n).padStart(2, '0');
const noon = (d) => new Date(`${d.year}-${pad(d.month)}-${pad(d.day)}T12:00:00+01:00`);

// The shortest course (fewest questions, then pages): the follow-up needs one finished course.
const module = [...catalog].sort((a, b) => a.questions.length - b.questions.length || a.pages.length - b.pages.length)[0];

const PLANS = {
  T0: {
    background: { gender: 'man', age_band: '30-54', role_family: 'chef', work_setting: 'sarskilt-boende' },
    answers: planAnswers(instrument, (s, i) => [1, 0, 2, 'na', 1][i % 5]),
  },
  T1: {
    answers: planAnswers(instrument, (s, i) => [2, 1, 2, 'na', 2][i % 5]),
    then: Object.fromEntries(instrument.thenNow.map((s, i) => [s.id, [1, 0][i % 2]])),
    evaluation: Object.fromEntries(instrument.evaluation.map((e, i) => [e.id, (i % 5) + 1])),
  },
  T2: {
    answers: planAnswers(instrument, (s, i) => [3, 1, 2, 'na', 2][i % 5]),
    evaluation: Object.fromEntries(instrument.useItems.map((e, i) => [e.id, 5 - i])),
  },
};
// One answer per question (the follow-up question asked), as content.mjs plans it.
const followUp = survey.questions.find((q) => q.askedIf);
// A multiple-choice question with an answer chosen alone ("Inget av de här").
const withAlone = survey.questions.find((q) => q.multiple && q.options.some((o) => o.exclusive));
const SURVEY_ANSWERS = surveyPlan(survey);
const optionTexts = (q) => q.options.filter((o) => SURVEY_ANSWERS[q.id].includes(o.id)).map((o) => o.text);

test('the dates and content make a follow-up on a clamped day, and a survey with both kinds', () => {
  assert.deepEqual(DUE, { year: 2027, month: 2, day: 28 }, '31 October + 4 months is the last day of February');
  assert.notEqual(periodOf(T1_DAY), periodOf(DUE), 'the follow-up falls in a later quarter');
  assert.ok(instrument.useItems.length >= 1 && instrument.useItems.length < instrument.evaluation.length);
  assert.ok(survey.questions.some((q) => q.multiple) && survey.questions.some((q) => !q.multiple));
  for (const t of SURVEY_TOPICS) assert.ok(survey.questions.some((q) => q.topic === t.id), `a question on ${t.id}`);
  assert.ok(followUp, 'a question asked only after an answer');
  assert.ok(withAlone, 'a question has an answer chosen alone ("Inget av de här")');
  assert.ok(!followUp.options.some((o) => o.exclusive), 'asked only after "Ja", the follow-up has no "none yet"');
});

// The follow-up question shows only after its answer; its exclusive option unticks the others.
async function tryFollowUp(page) {
  const earlier = survey.questions.find((q) => q.id === followUp.askedIf.question);
  const notAsking = earlier.options.find((o) => !followUp.askedIf.answers.includes(o.id));
  const asking = earlier.options.find((o) => o.id === followUp.askedIf.answers[0]);
  const asked = askedAtFirst(survey);
  const group = page.getByRole('group', { name: followUp.prompt, exact: true });
  await waitForText(page, `${asked} frågor kvar att svara på.`);
  assert.equal(await group.count(), 0, 'the follow-up is not asked before its answer');
  await chooseRadio(page, earlier.prompt, notAsking.text);
  await waitForText(page, `${asked - 1} frågor kvar att svara på.`);
  assert.equal(await group.count(), 0, `not asked after "${notAsking.text}"`);
  await chooseRadio(page, earlier.prompt, asking.text);
  await waitForOne(group, 'the follow-up after its answer');
  await waitForText(page, `${asked} frågor kvar att svara på.`);
  // The answer chosen alone unticks the others, and one of them unticks it.
  const alone = withAlone.options.find((o) => o.exclusive);
  const other = withAlone.options.find((o) => !o.exclusive);
  const aloneGroup = page.getByRole('group', { name: withAlone.prompt, exact: true });
  await setCheckboxes(page, { prompt: withAlone.prompt, choices: withAlone.options }, [other.text]);
  await click(aloneGroup.getByRole('checkbox', { name: alone.text, exact: true }));
  await expectAttribute(aloneGroup.getByRole('checkbox', { name: alone.text, exact: true }), 'aria-checked', 'true');
  await expectAttribute(aloneGroup.getByRole('checkbox', { name: other.text, exact: true }), 'aria-checked', 'false');
  await click(aloneGroup.getByRole('checkbox', { name: other.text, exact: true }));
  await expectAttribute(aloneGroup.getByRole('checkbox', { name: alone.text, exact: true }), 'aria-checked', 'false');
}

// Answers the survey as planned, topic by topic; "Spara mina svar" waits for the last answer.
async function answerSurvey(page) {
  await expectHeading(page, survey.title);
  await tryFollowUp(page);
  const ordered = SURVEY_TOPICS.flatMap((t) => survey.questions.filter((q) => q.topic === t.id));
  for (const [i, q] of ordered.entries()) {
    if (i === ordered.length - 1) {
      await expectDisabled(await waitForOne(button(page, 'Spara mina svar')), true);
      await waitForText(page, '1 fråga kvar att svara på.');
    }
    if (q.multiple) {
      await setCheckboxes(page, { prompt: q.prompt, choices: q.options }, optionTexts(q));
    } else {
      await chooseRadio(page, q.prompt, optionTexts(q)[0]);
    }
  }
  for (const t of SURVEY_TOPICS) await expectHeading(page, t.sv);
  await waitForText(page, 'När du trycker på Spara mina svar är enkäten klar. Efter det kan du inte ändra svaren.');
  await clickButton(page, 'Spara mina svar');
}

// The finished survey: thanks, and every answer as text with nothing left to change.
async function expectSurveyReadOnly(page) {
  await expectHeading(page, survey.title);
  await waitForRoleText(page, 'status', (t) => t === 'Tack för dina svar!', 'thanking the manager');
  await expectHeading(page, 'Dina svar');
  for (const q of survey.questions) {
    let items;
    await poll(async () => (items = await sectionItems(page, q.question, 3)) !== null, { message: `the answer to "${q.question}"` });
    const texts = items.filter((it) => it.role !== 'heading').map((it) => it.text);
    assert.deepEqual(texts, optionTexts(q), `${q.id}: the chosen answers, as text`);
  }
  for (const role of ['radio', 'checkbox', 'radiogroup']) {
    assert.equal(await page.getByRole(role).count(), 0, `no ${role} left to change`);
  }
  assert.equal(await button(page, 'Spara mina svar').count(), 0);
}

function checkExport(file) {
  const { name, text, json } = file;
  const exported = periodOf(DUE);
  assert.match(name, new RegExp(`^digilyft-resultat-${exported}-[A-Z2-9]{6}\\.json$`));
  assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'no date anywhere');
  assert.doesNotMatch(withoutChecksum(text), /\d{2}:\d{2}/, 'no time of day anywhere');
  assert.doesNotMatch(text, /finished_on|due/, 'the day a round was finished stays on the device');
  assert.equal(json.exported, exported);
  assert.deepEqual(json.background, PLANS.T0.background);
  assert.deepEqual(json.modules, [{ id: module.id, started: periodOf(T1_DAY), completed: periodOf(T1_DAY), hours: 0 }]);

  const rounds = json.self_assessment;
  assert.deepEqual(rounds.map((r) => r.round), ['T0', 'T1', 'T2'], 'the three rounds in order');
  const periods = { T0: periodOf(T1_DAY), T1: periodOf(T1_DAY), T2: periodOf(DUE) };
  const keys = { T0: ['instrument', 'round', 'period', 'answers'], T1: ['instrument', 'round', 'period', 'answers', 'then', 'evaluation'],
    T2: ['instrument', 'round', 'period', 'answers', 'evaluation'] };
  for (const r of rounds) {
    assert.deepEqual(Object.keys(r), keys[r.round], `${r.round}: the documented fields in order`);
    assert.equal(r.instrument, instrument.id);
    assert.equal(r.period, periods[r.round], `${r.round}: the quarter it was finished in`);
    assert.deepEqual(r.answers, PLANS[r.round].answers, `${r.round}: the answers clicked`);
    if (r.then) assert.deepEqual(r.then, PLANS[r.round].then, `${r.round}: how it was before the course`);
    if (r.evaluation) assert.deepEqual(r.evaluation, PLANS[r.round].evaluation, `${r.round}: the evaluation clicked`);
  }
  assert.deepEqual(Object.keys(rounds[2].evaluation).sort(), instrument.useItems.map((e) => e.id).sort(),
    'the follow-up asks the use items only');

  assert.deepEqual(json.manager, { survey: survey.id, period: periodOf(DUE), answers: SURVEY_ANSWERS },
    'the manager record: the survey, its quarter and the options chosen');

  for (const [where, s] of stringsIn(json)) {
    assert.match(s, ALLOWED_STRING, `${where}: ${JSON.stringify(s)} looks like free text`);
  }
  const documented = documentedFields();
  const present = fieldPaths(json, documented);
  for (const field of present) assert.ok(documented.includes(field), `${field} is in docs/result-file.md`);
  for (const field of documented) assert.ok(present.includes(field), `${field} (documented) is in the file`);
}

test('the follow-up opens on its day by the device clock; the manager survey is saved and exported', async () => {
  const due = dateText(DUE);
  await withVisit(suite, async (visit) => {
    await visit.context.clock.setFixedTime(noon(T1_DAY));
    const page = await visit.open();

    // Before, a course, after: all on 31 October.
    await takeRound(page, instrument, PLANS.T0, { round: 'T0', entry: 'Börja med självskattningen' });
    await goToStart(page, { next: SUGGESTED_COURSE });
    await openCourses(page);
    await clickButton(page, `Starta kursen: ${module.title}`);
    await finishModuleRight(page, module);
    await takeRound(page, instrument, PLANS.T1, { round: 'T1', entry: 'Svara på frågorna efter kursen' });

    // The follow-up is not open yet: the profile and the start page say when it opens.
    await waitForText(page, `Uppföljningen öppnar ${due}. Då svarar du på frågorna en gång till.`);
    for (const name of ['Svara på uppföljningen', 'Dags för uppföljningen']) {
      assert.equal(await button(page, name).count(), 0, `no "${name}" before the day`);
    }
    await goToStart(page, { next: SUGGESTED_COURSE });
    await waitForText(page, `Uppföljningen öppnar ${due}.`);

    // The day before: still closed.
    await visit.context.clock.setFixedTime(noon(DAY_BEFORE));
    await visit.reload(page);
    await expectNextStep(page, SUGGESTED_COURSE);
    await waitForText(page, `Uppföljningen öppnar ${due}.`);

    // On the day: the start page's one next step, with why.
    await visit.context.clock.setFixedTime(noon(DUE));
    await visit.reload(page);
    await expectNextStep(page, 'Dags för uppföljningen',
      `Det har gått ${T2_INTERVAL_MONTHS} månader sedan du svarade efter kursen. Svara på frågorna igen. ` +
      'Då syns det hur du använder det du har lärt dig.');
    await waitForNoText(page, `Uppföljningen öppnar ${due}.`);
    await takeRound(page, instrument, PLANS.T2, { round: 'T2', entry: 'Dags för uppföljningen' });

    // Three bars per area, and the change since both earlier rounds.
    const rounds = ['T0', 'T1', 'T2'].map((round) => ({ round, answers: PLANS[round].answers }));
    const want = expectedAreas(instrument, rounds);
    let charts;
    await poll(async () => (charts = await readAreaCharts(page))?.length === AREAS.length
      && charts.every((c) => c.bars.length === 3), { message: () => `three bars per area (have ${JSON.stringify(charts)})` });
    want.forEach((w, i) => {
      assert.equal(charts[i].area, w.area);
      assert.deepEqual(charts[i].bars, w.bars, `${w.area}: a bar per round`);
      assert.ok(!charts[i].lines.some((l) => l.startsWith('Din nivå nu')), `${w.area}: the level said once, in its bar`);
      if (w.change) assert.ok(charts[i].lines.includes(w.change), `${w.area}: "${w.change}" (${JSON.stringify(charts[i].lines)})`);
    });
    await waitForText(page, 'Färgerna: Före kurserna, Efter kursen, Uppföljning');
    await waitForNoText(page, /^Uppföljningen öppnar/);

    // ---- The manager survey, from the start page ----
    await goToStart(page, { next: SUGGESTED_COURSE });
    await clickButton(page, 'Svara på chefsenkäten');
    await answerSurvey(page);
    await expectSurveyReadOnly(page);
    await visit.reload(page);
    await expectSurveyReadOnly(page);

    // The result file, a real download from the survey's own button.
    const file = await exportResult(page, 'Spara resultatfil');
    checkExport(file);
    await goToStart(page);
    await waitForText(page, 'Du har svarat. Tack!');
    await click(await waitForOne(button(page, 'Visa dina svar i chefsenkäten')));
    await expectSurveyReadOnly(page);
  }, { contextOptions: { timezoneId: ZONE } });
});
