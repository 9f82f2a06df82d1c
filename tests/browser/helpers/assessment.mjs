// The self-assessment as a person takes it, by role and visible label: the parts of a round
// (measurement.hpp), answering them as planned, pausing and resuming; and the profile read back
// through the accessibility mirror (charts per area, suggested courses, learning path).
import assert from 'node:assert/strict';
import {
  button, chooseRadio, clickButton, expectDisabled, expectHeading, expectProgress, waitForOne, waitForText,
} from './harness.mjs';
import { AREAS, BACKGROUND, agreementLabel, scaleLabel } from './content.mjs';
import { expectNextStep, openFold, sectionItems } from './flows.mjs';
import { ROUND_NAMES } from './profile.mjs';

// A plan of answers: background ids (or null) and statement id -> 0..3 | 'na'.
export function planAnswers(instrument, pick) {
  return Object.fromEntries(instrument.statements.map((s, i) => [s.id, pick(s, i)]));
}

// The pages of a round as the app lists them (measurement.hpp): T0 background + the five areas;
// T1 [background, when T0 was never finished] + areas + then/now + evaluation; T2 areas + use items.
// Each part after the background is split into pages of at most three questions of nearly equal
// size, the larger first (7 questions: 3 + 2 + 2), so a page stays short on a phone.
export const MOST_QUESTIONS_PER_PAGE = 3;
export function roundParts(instrument, round, { withBackground = round === 'T0' } = {}) {
  const parts = [];
  const add = (part, questions) => {
    const pages = Math.ceil(questions / MOST_QUESTIONS_PER_PAGE);
    for (let i = 0, first = 0; i < pages; i++) {
      const count = Math.floor(questions / pages) + (i < questions % pages ? 1 : 0);
      parts.push({ ...part, first, count });
      first += count;
    }
  };
  if (withBackground) parts.push({ kind: 'background', title: 'Om dig', first: 0, count: 0 });
  for (const a of AREAS) add({ kind: 'area', area: a.id, title: a.sv }, instrument.byArea[a.id].length);
  if (round === 'T1') add({ kind: 'then_now', title: 'Hur var det före kursen?' }, instrument.thenNow.length);
  if (round === 'T1') add({ kind: 'evaluation', title: 'Vad tycker du om kursen?' }, instrument.evaluation.length);
  if (round === 'T2') add({ kind: 'evaluation', title: 'Hur använder du det du har lärt dig?' }, instrument.useItems.length);
  return parts;
}

// The questions (statements or evaluation items) a page of a round shows.
export function pageItems(instrument, round, part) {
  const all = {
    area: () => instrument.byArea[part.area],
    then_now: () => instrument.thenNow,
    evaluation: () => (round === 'T2' ? instrument.useItems : instrument.evaluation),
  }[part.kind];
  return all ? all().slice(part.first, part.first + part.count) : [];
}

// The questions of a page as [radio group name, label of the planned choice] (null: left open).
export function partQuestions(instrument, round, part, plan) {
  const level = (v) => (v === undefined ? null : scaleLabel(v));
  const items = pageItems(instrument, round, part);
  switch (part.kind) {
    case 'background':
      return Object.entries(BACKGROUND).map(([key, q]) => [q.prompt, plan.background?.[key] ? q.options[plan.background[key]] : null]);
    case 'area':
      return items.map((s) => [s.text, level(plan.answers[s.id])]);
    case 'then_now':
      return items.map((s) => [s.text, level(plan.then?.[s.id])]);
    case 'evaluation':
      return items.map((e) => [e.text, plan.evaluation?.[e.id] === undefined ? null : agreementLabel(plan.evaluation[e.id])]);
    default: throw new Error(`unknown part ${part.kind}`);
  }
}

// On part `index` of the round: the progress bar, the part's heading and its questions.
export async function expectRoundPart(page, parts, index) {
  await expectHeading(page, 'Självskattning');
  await expectProgress(page, `Del ${index + 1} av ${parts.length}`);
  await expectHeading(page, parts[index].title);
}

// Answers part `index` as planned; on the last part, "Avsluta och visa min profil" stays disabled and the app
// says one question is left until the last answer is given.
export async function answerRoundPart(page, instrument, round, parts, index, plan) {
  await expectRoundPart(page, parts, index);
  const questions = partQuestions(instrument, round, parts[index], plan);
  assert.equal(await page.getByRole('radiogroup').count(), questions.length, 'the page shows its own questions only');
  const last = index === parts.length - 1;
  for (let k = 0; k < questions.length; k++) {
    const [group, choice] = questions[k];
    if (last && k === questions.length - 1) {
      await expectDisabled(await waitForOne(button(page, 'Avsluta och visa min profil')), true);
      await waitForText(page, '1 fråga kvar att svara på.');
    }
    if (choice) await chooseRadio(page, group, choice);
  }
}

// Takes a whole round as planned, from the button `entry` (on the start page, the module's
// "Bra jobbat!" screen or the profile) to the profile. plan: { background, answers, then,
// evaluation }; `from` starts at a later part (a round resumed there).
export async function takeRound(page, instrument, plan, { round, entry, withBackground, from = 0 } = {}) {
  const parts = roundParts(instrument, round, { withBackground });
  if (entry) await clickButton(page, entry);
  await expectHeading(page, 'Självskattning');
  await waitForText(page, ROUND_NAMES[round]);
  for (let i = from; i < parts.length; i++) {
    if (i > from) await clickButton(page, 'Nästa');
    await answerRoundPart(page, instrument, round, parts, i, plan);
  }
  assert.equal(await button(page, 'Nästa').count(), 0, 'the last part has no "Nästa"');
  await waitForText(page, 'När du trycker på Avsluta och visa min profil är självskattningen klar. Efter det kan du inte ändra svaren.');
  await clickButton(page, 'Avsluta och visa min profil');
  await expectHeading(page, 'Din profil');
}

// From the start page of a first visit: the whole "before" round as planned, then the profile.
export async function completeSelfAssessment(page, instrument, plan) {
  await expectNextStep(page, 'Börja med självskattningen');
  await takeRound(page, instrument, plan, { round: 'T0', entry: 'Börja med självskattningen' });
}

// ---- the profile, read through the mirror ----

// Each area's chart: { area, bars: [texts], lines: [texts after it up to the next chart] }.
export async function readAreaCharts(page) {
  const items = await sectionItems(page, 'Dina svar per område');
  if (!items) return null;
  const charts = [];
  for (const it of items) {
    if (it.role === 'group') charts.push({ area: it.name, bars: [], lines: [] });
    else if (charts.length && it.inGroup) charts.at(-1).bars.push(it.text);
    else if (charts.length && it.role !== 'button') charts.at(-1).lines.push(it.text);  // not the "Vad betyder nivåerna?" fold
  }
  return charts;
}

// The suggested courses: the first under "Ditt nästa steg" when it is the profile's next step, the
// rest under "Kurser som passar dig". Each { title, lines: [texts between the title and the button],
// button, section }.
export async function readRecommendations(page) {
  await openFold(page, /^\d+ kurse?r? till$/);  // the suggestions after the first are folded ("2 kurser till")
  const cards = [];
  let found = false;
  for (const section of ['Ditt nästa steg', 'Kurser som passar dig']) {
    const items = await sectionItems(page, section);
    if (!items) continue;
    found = true;
    for (const it of items) {
      if (it.role === 'heading' && it.level === 3) cards.push({ title: it.name, lines: [], button: null, section });
      // The next step's card has its button right under the title; the others end with it.
      else if (!cards.length || cards.at(-1).section !== section ||
        (cards.at(-1).button !== null && section !== 'Ditt nästa steg')) continue;
      else if (it.role === 'button') cards.at(-1).button = it.name;
      else cards.at(-1).lines.push(it.text);
    }
  }
  return found ? cards : null;
}

// The learning path: heading, then per module "N. title", its state and its course button.
// Returns the texts and the names of the course buttons ("Starta kursen: …") in order.
export async function readLearningPath(page, heading) {
  if (!(await openFold(page, 'Hela kursordningen ('))) return null;
  const items = await sectionItems(page, heading);
  if (!items) return null;
  const texts = items.filter((it) => it.role !== 'button').map((it) => it.text);
  const courseButton = /^(Starta kursen|Fortsätt kursen|Gå igenom kursen igen): /;
  const buttons = items.filter((it) => it.role === 'button' && courseButton.test(it.name)).map((it) => it.name);
  return { texts, buttons };
}
