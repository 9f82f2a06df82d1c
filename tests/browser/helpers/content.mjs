// Reads the course and instrument content the app ships, so tests know page titles, prompts,
// correct choices and statements from the same files, and keep working when the text is edited.
// Also computes what the app should show (scores, bands, coordinator tables) independently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './harness.mjs';

const CONTENT = path.join(REPO_ROOT, 'content');
const readJson = (rel) => JSON.parse(readFileSync(path.join(CONTENT, rel), 'utf8'));

export const MODULE_DIR = 'modules/informationssakerhet-i-vardagen';

export function loadModule() {
  const m = readJson(`${MODULE_DIR}/module.json`);
  return {
    id: m.id ?? path.basename(MODULE_DIR),
    title: m.title?.sv ?? 'Informationssäkerhet i vardagen',
    minutes: m.minutes,
    pages: m.pages.map((p) => ({
      id: p.id,
      title: p.title.sv,
      paragraphs: (p.paragraphs ?? []).map((x) => (typeof x === 'string' ? x : x.sv)),
      keyPoints: (p.key_points ?? []).map((x) => (typeof x === 'string' ? x : x.sv)),
      question: p.question && {
        id: p.question.id,
        prompt: p.question.prompt.sv,
        choices: p.question.choices.map((c) => ({
          id: c.id, text: c.text.sv, correct: c.correct === true, feedback: c.feedback.sv,
        })),
      },
    })),
  };
}

export const INSTRUMENT_ID = 'digcomp-omsorg';

// The five DigComp areas in the order the app shows them.
export const AREAS = [
  { id: 'information', sv: 'Informations- och datakompetens', en: 'Information and data literacy' },
  { id: 'communication', sv: 'Kommunikation och samarbete', en: 'Communication and collaboration' },
  { id: 'content', sv: 'Skapande av digitalt innehåll', en: 'Digital content creation' },
  { id: 'safety', sv: 'Säkerhet', en: 'Safety' },
  { id: 'problem-solving', sv: 'Problemlösning', en: 'Problem solving' },
];

export function loadInstrument() {
  const ins = readJson('instruments/digcomp-omsorg/instrument.json');
  const statements = ins.statements.map((s) => ({ id: s.id, area: s.area, text: s.text.sv }));
  return {
    id: ins.id ?? INSTRUMENT_ID,
    statements,
    byArea: Object.fromEntries(AREAS.map((a) => [a.id, statements.filter((s) => s.area === a.id)])),
  };
}

// The answer scale: the value stored in a result file, and the radio's label.
export const SCALE = [
  { value: 0, label: 'Jag vet inte hur man gör' },
  { value: 1, label: 'Jag kan med hjälp' },
  { value: 2, label: 'Jag kan på egen hand' },
  { value: 3, label: 'Jag kan det säkert och kan hjälpa andra' },
  { value: 'na', label: 'Ej aktuellt i mitt arbete' },
];
export const scaleLabel = (value) => SCALE.find((s) => s.value === value).label;

export const BACKGROUND = {
  gender: { prompt: 'Kön', options: { kvinna: 'Kvinna', man: 'Man', annat: 'Annat eller vill ej uppge' } },
  age_band: { prompt: 'Ålder', options: { 'upto-29': '29 år eller yngre', '30-54': '30–54 år', '55-plus': '55 år eller äldre' } },
  role_family: {
    prompt: 'Yrkesgrupp',
    options: {
      omsorg: 'Omsorg (undersköterska, vårdbiträde)',
      chef: 'Chef',
    },
  },
};

// round(mean level / 3 × 100) with halves rounded up; null when the area has no 0–3 answer.
export function areaScore(levels) {
  const rated = levels.filter((v) => v !== 'na' && v !== undefined);
  if (rated.length === 0) return null;
  const sum = rated.reduce((a, b) => a + b, 0);
  return Math.floor((200 * sum + 3 * rated.length) / (6 * rated.length));
}

export function bandName(score) {
  if (score < 30) return 'Här börjar du';
  if (score < 48) return 'Grundläggande';
  if (score < 81) return 'Medel';
  return 'Avancerad';
}

// Scores per area for a map statement id -> 0..3 | 'na'.
export function scoresFor(instrument, answers) {
  return Object.fromEntries(AREAS.map((a) => [
    a.id, areaScore(instrument.byArea[a.id].map((s) => answers[s.id])),
  ]));
}

// "63,5": one decimal with a decimal comma. Both neighbours are accepted at an exact half, where
// C++ and JavaScript may round differently.
export function meanTexts(values) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const scaled = mean * 10;
  const out = new Set([(Math.round(scaled) / 10).toFixed(1)]);
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9) {
    out.add((Math.floor(scaled) / 10).toFixed(1));
  }
  return [...out].map((t) => t.replace('.', ','));
}

// What the coordinator table should show for a set of result files (one per participant).
// Returns { participants: ["7"] | ["<5"], rows: [{ area, count: [...], mean: [...] }] }, each
// value a list of acceptable texts.
export function expectedTable(instrument, files) {
  const small = (n) => n >= 1 && n < 5;
  const rows = AREAS.map((a) => {
    const scores = [];
    for (const f of files) {
      const round = f.self_assessment.at(-1);
      if (!round) continue;
      const s = areaScore(instrument.byArea[a.id].map((st) => round.answers[st.id]));
      if (s !== null) scores.push(s);
    }
    const n = scores.length;
    return {
      area: a.sv,
      n,
      count: small(n) ? ['<5'] : [String(n)],
      mean: small(n) ? ['<5'] : n === 0 ? ['–', '-', ''] : meanTexts(scores),
    };
  });
  const people = files.filter((f) => f.self_assessment.length > 0).length;
  return { people, participants: small(people) ? ['<5'] : [String(people)], rows };
}
