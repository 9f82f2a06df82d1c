// Reads the course and instrument content the app ships, so tests know page titles, prompts,
// correct choices and statements from the same files, and keep working when the text is edited.
// Also computes what the app should show (scores, bands, coordinator tables) independently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './harness.mjs';

const CONTENT = path.join(REPO_ROOT, 'content');
const readJson = (rel) => JSON.parse(readFileSync(path.join(CONTENT, rel), 'utf8'));

// Module A of the first tests (its id is kept; its title is now "Informationssäkerhet och GDPR").
export const MODULE_DIR = 'modules/informationssakerhet-i-vardagen';

export const QUESTION_KINDS = ['single', 'multiple', 'true_false', 'order', 'match'];
export const LEVEL_NAMES = { grundlaggande: 'Grundläggande', medel: 'Medel', avancerad: 'Avancerad' };

const sv = (x) => (x == null ? undefined : typeof x === 'string' ? x : x.sv);
// A text part as a person reads it: blocks split at blank lines, list lines without "- ",
// "**" emphasis marks gone.
export const plainBlocks = (text) => text.split(/\n\n+/).flatMap((block) => {
  const lines = block.split('\n').map((l) => l.replace(/\*\*/g, '').trim()).filter(Boolean);
  return lines.every((l) => l.startsWith('- ')) ? lines.map((l) => l.slice(2).trim()) : [lines.join(' ')];
});

function question(p) {
  return {
    id: p.id,
    kind: p.kind,
    prompt: sv(p.prompt),
    choices: (p.choices ?? []).map((c) => ({
      id: c.id, text: sv(c.text), correct: c.correct === true, feedback: sv(c.feedback),
    })),
    answer: p.answer,
    feedbackRight: sv(p.feedback_right),
    feedbackWrong: sv(p.feedback_wrong),
    items: (p.items ?? []).map((it) => ({ id: it.id, text: sv(it.text) })),
    pairs: (p.pairs ?? []).map((pr) => ({ id: pr.id, left: sv(pr.left), right: sv(pr.right) })),
  };
}

function part(p) {
  switch (p.type) {
    case 'text': return { type: 'text', blocks: plainBlocks(sv(p.text)) };
    case 'picture': return { type: 'picture', file: p.file, alt: sv(p.alt), caption: sv(p.caption), width: p.width, height: p.height };
    case 'key_points': return { type: 'key_points', points: p.points.map(sv) };
    case 'scenario': return {
      type: 'scenario', id: p.id, story: sv(p.story), prompt: sv(p.prompt),
      options: p.options.map((o) => ({ id: o.id, text: sv(o.text), outcome: sv(o.outcome) })),
    };
    case 'reflection': return { type: 'reflection', prompt: sv(p.prompt) };
    case 'question': return { type: 'question', question: question(p) };
    default: return { type: p.type };
  }
}

// The module folders in the catalogue's order.
export function catalogModuleDirs() {
  return readJson('catalog.json').modules.map((m) => path.dirname(m));
}

export function loadModule(dir = MODULE_DIR) {
  const m = readJson(`${dir}/module.json`);
  const pages = m.pages.map((p, index) => {
    const parts = p.parts.map(part);
    const questions = parts.filter((x) => x.type === 'question').map((x) => x.question);
    return {
      id: p.id,
      index,
      title: sv(p.title),
      parts,
      questions,
      texts: parts.filter((x) => x.type === 'text').flatMap((x) => x.blocks),
      keyPoints: parts.filter((x) => x.type === 'key_points').flatMap((x) => x.points),
      pictures: parts.filter((x) => x.type === 'picture'),
      scenarios: parts.filter((x) => x.type === 'scenario'),
      reflections: parts.filter((x) => x.type === 'reflection').map((x) => x.prompt),
    };
  });
  const questions = pages.flatMap((p) => p.questions.map((q) => ({ ...q, pageIndex: p.index })));
  return {
    id: m.id ?? path.basename(dir),
    number: m.number,  // how a programme link names the course
    dir,
    title: sv(m.title),
    summary: sv(m.summary),
    minutes: m.minutes,
    level: m.level,
    levelName: LEVEL_NAMES[m.level],
    roles: m.roles ?? [],
    competences: m.competences ?? [],
    // The areas its competences belong to, in area order (as the app derives them).
    areas: AREAS.map((a) => a.id).filter((id) => (m.competences ?? []).some((c) => areaOfCompetence(c) === id)),
    goals: (m.goals ?? []).map(sv),
    pages,
    questions,
    mastery: m.mastery ?? questions.length,
    kinds: [...new Set(questions.map((q) => q.kind))],
  };
}

export const loadCatalog = () => catalogModuleDirs().map((d) => loadModule(d));

// The suggested order of modules per role family, as catalog.json gives it.
export function loadPaths() {
  return Object.fromEntries((readJson('catalog.json').paths ?? []).map((p) => [p.role_family, p.modules]));
}

export const INSTRUMENT_ID = 'digcomp-omsorg';

// The five DigComp areas in the order the app shows them; a competence "4.2" is in area 4.
// `sv`/`en`: the plain words staff read (the self-assessment's parts, the profile); `digcomp`: DigComp's
// own name, which the coordinator's tables keep.
export const AREAS = [
  { id: 'information', sv: 'Hitta och använda information', en: 'Finding and using information',
    digcomp: 'Informations- och datakompetens' },
  { id: 'communication', sv: 'Kommunicera och samarbeta digitalt', en: 'Communicating and working together digitally',
    digcomp: 'Kommunikation och samarbete' },
  { id: 'content', sv: 'Skapa texter, bilder och filer', en: 'Making texts, pictures and files',
    digcomp: 'Skapande av digitalt innehåll' },
  { id: 'safety', sv: 'Säkerhet och integritet', en: 'Safety and privacy', digcomp: 'Säkerhet' },
  { id: 'problem-solving', sv: 'Lösa problem med tekniken', en: 'Solving problems with technology',
    digcomp: 'Problemlösning' },
];
export const areaOfCompetence = (competence) => AREAS[Number(String(competence).split('.')[0]) - 1].id;
export const areaName = (id) => AREAS.find((a) => a.id === id).sv;

export function loadInstrument() {
  const ins = readJson('instruments/digcomp-omsorg/instrument.json');
  const statements = ins.statements.map((s) => ({
    id: s.id, competence: s.competence, area: areaOfCompetence(s.competence), text: s.text.sv,
    thenNow: s.then_now === true, careTopic: s.care_topic ?? null,
  }));
  const evaluation = (ins.evaluation ?? []).map((e) => ({ id: e.id, text: e.text.sv, use: e.use === true }));
  return {
    id: ins.id ?? INSTRUMENT_ID,
    statements,
    byArea: Object.fromEntries(AREAS.map((a) => [a.id, statements.filter((s) => s.area === a.id)])),
    thenNow: statements.filter((s) => s.thenNow),
    evaluation,
    useItems: evaluation.filter((e) => e.use),
  };
}

// The manager survey (chefsenkät) as the person sees it: questions grouped by topic.
export const SURVEY_TOPICS = [
  { id: 'routines', sv: 'Rutiner' },
  { id: 'prerequisites', sv: 'Förutsättningar för personalen' },
  { id: 'needs', sv: 'Behov i gruppen' },
];
export function loadSurvey() {
  const s = readJson('instruments/chefsenkat/survey.json');
  return {
    id: s.id,
    title: s.title.sv,
    intro: s.intro.sv,
    questions: s.questions.map((q) => ({
      // prompt: the question's name on the page (the app adds the hint where several fit); question:
      // the content's prompt alone, as the saved answers and the coordinator's table say it.
      id: q.id, topic: q.topic, multiple: q.kind === 'multiple', question: q.prompt.sv,
      prompt: q.kind === 'multiple' ? `${q.prompt.sv} Välj ett eller flera svar.` : q.prompt.sv,
      options: q.options.map((o) => ({ id: o.id, text: o.text.sv, exclusive: o.exclusive === true })),
      askedIf: q.asked_if ? { question: q.asked_if.question, answers: q.asked_if.answers } : null,
    })),
  };
}

// One answer (option ids) per survey question: single choice one option, multiple choice the first
// and the last that can be chosen together; a question that asks a follow-up gets the answer that
// asks it, so every question is answered.
export function surveyPlan(survey) {
  return Object.fromEntries(survey.questions.map((q, i) => {
    if (q.multiple) {
      const together = q.options.filter((o) => !o.exclusive);
      return [q.id, [together[0].id, together.at(-1).id]];
    }
    const asks = survey.questions.find((f) => f.askedIf?.question === q.id);
    return [q.id, [asks ? asks.askedIf.answers[0] : q.options[i % q.options.length].id]];
  }));
}
// The questions asked before any answer (a follow-up waits for its answer).
export const askedAtFirst = (survey) => survey.questions.filter((q) => !q.askedIf).length;

// The answer scale: the value stored in a result file, and the radio's label.
export const SCALE = [
  { value: 0, label: 'Jag vet inte hur man gör' },
  { value: 1, label: 'Jag kan med hjälp' },
  { value: 2, label: 'Jag kan på egen hand' },
  { value: 3, label: 'Jag kan det säkert och kan hjälpa andra' },
  { value: 'na', label: 'Ej aktuellt i mitt arbete' },
];
export const scaleLabel = (value) => SCALE.find((s) => s.value === value).label;

// The course evaluation's 1–5 agreement scale.
export const AGREEMENT = ['Stämmer inte alls', 'Stämmer ganska dåligt', 'Stämmer delvis', 'Stämmer ganska bra', 'Stämmer helt'];
export const agreementLabel = (value) => AGREEMENT[value - 1];

export const BACKGROUND = {
  gender: { prompt: 'Kön', options: { kvinna: 'Kvinna', man: 'Man', annat: 'Annat eller vill ej uppge' } },
  age_band: { prompt: 'Ålder', options: { 'upto-29': '29 år eller yngre', '30-54': '30–54 år', '55-plus': '55 år eller äldre' } },
  role_family: {
    prompt: 'Yrkesgrupp',
    options: {
      omsorg: 'Omsorg (undersköterska, vårdbiträde)',
      funktionsstod: 'Funktionsstöd (personlig assistent, boendestödjare, stödpedagog, stödassistent)',
      'halso-sjukvard': 'Hälso- och sjukvård (sjuksköterska)',
      'handlaggning-utveckling': 'Handläggning och utveckling (biståndshandläggare, utvecklingsledare)',
      chef: 'Chef',
    },
  },
  work_setting: {
    prompt: 'Arbetsplats',
    options: {
      hemtjanst: 'Hemtjänst',
      'sarskilt-boende': 'Särskilt boende (äldreboende)',
      funktionsstod: 'Boende eller daglig verksamhet inom funktionsstöd',
      'personlig-assistans': 'Personlig assistans',
      'halso-sjukvard': 'Hälso- och sjukvård, till exempel hemsjukvård',
      annat: 'Annat',
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
