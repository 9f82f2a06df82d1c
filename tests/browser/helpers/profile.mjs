// What the profile should show, computed here from the content files by the documented rules
// (src/core/scoring.hpp, recommend.hpp, measurement.hpp), independently of the app: the bar texts
// per area and round, the change in words, the suggested modules with their reasons as sentences,
// the learning path, and due dates in words.
import { AREAS, areaName, areaOfCompetence, bandName, scoresFor } from './content.mjs';

export const ROUND_NAMES = { T0: 'Före kurserna', T1: 'Efter kursen', T2: 'Uppföljning' };

// ---- bars and change ---------------------------------------------------------------------------

// The text of one bar: "Före kurserna: Medel" (the level in words, never points), or the no-value text.
export function barText(round, score) {
  const name = ROUND_NAMES[round];
  return score === null ? `${name}: Inget värde – du svarade Ej aktuellt` : `${name}: ${bandName(score)}`;
}

// "Högre än före kurserna." / "Lika som före kurserna." / "Lägre än efter kursen."
export function changeText(now, before, earlierRound) {
  const than = earlierRound === 'T0' ? 'före kurserna' : 'efter kursen';
  if (now === before) return `Lika som ${than}.`;
  return `${now > before ? 'Högre' : 'Lägre'} än ${than}.`;
}

// Per area: the bar texts for the finished rounds (in round order) and the change line, if any.
// rounds: [{ round: 'T0', answers }, …] finished rounds in order.
export function expectedAreas(instrument, rounds) {
  const scored = rounds.map((r) => ({ round: r.round, scores: scoresFor(instrument, r.answers) }));
  const latest = scored.at(-1);
  return AREAS.map((a) => {
    const now = latest.scores[a.id];
    const changes = now === null ? [] : scored.slice(0, -1)
      .filter((r) => r.scores[a.id] !== null)
      .map((r) => changeText(now, r.scores[a.id], r.round));
    return {
      area: a.sv,
      bars: scored.map((r) => barText(r.round, r.scores[a.id])),
      change: changes.length ? changes.join(' ') : null,
    };
  });
}

// ---- recommendations (recommend.hpp) -----------------------------------------------------------

// Areas scored below 81, lowest first, ties in area order, at most two.
export function growthAreas(instrument, answers) {
  const scores = scoresFor(instrument, answers);
  return AREAS.map((a, index) => ({ area: a.id, score: scores[a.id], index }))
    .filter((x) => x.score !== null && x.score < 81)
    .sort((x, y) => x.score - y.score || x.index - y.index)
    .slice(0, 2);
}

// The module level that fits a band: "Här börjar du" and "Grundläggande" -> grundlaggande, …
function levelForScore(score) {
  if (score < 48) return 'grundlaggande';
  if (score < 81) return 'medel';
  return 'avancerad';
}
const LEVEL_WORDS = { grundlaggande: 'Grundläggande', medel: 'Medel', avancerad: 'Avancerad' };

// Statements of the area answered 0 or 1 that share a competence with the module (at most two).
function helpWith(instrument, answers, area, module) {
  return instrument.statements
    .filter((s) => s.area === area && module.competences.includes(s.competence) && (answers[s.id] === 0 || answers[s.id] === 1))
    .slice(0, 2);
}

// catalog: loadCatalog(); paths: loadPaths(); state: { roleFamily, answers (latest finished round
// or null), completed: [module ids] }. Returns [{ module, points, reasons: [...] }], at most three.
export function recommend(instrument, catalog, paths, { roleFamily, answers, completed = [] }) {
  const family = roleFamily ?? '';
  const path = family ? (paths[family] ?? []) : [];
  const growth = answers ? growthAreas(instrument, answers) : [];
  const out = [];
  for (const module of catalog) {
    if (completed.includes(module.id)) continue;
    const rec = { module, points: 0, reasons: [] };
    const g = growth.findIndex((x) => module.areas.includes(x.area));
    if (g >= 0) {
      const area = growth[g];
      rec.points += g === 0 ? 4 : 3;
      // +1 when the module is mainly about that area: at least half its competences lie in it.
      const inArea = module.competences.filter((c) => areaOfCompetence(c) === area.area).length;
      if (module.competences.length && 2 * inArea >= module.competences.length) rec.points += 1;
      // "lägst" only with no other area as low, "näst lägst" with exactly one lower and none the same.
      const others = Object.entries(scoresFor(instrument, answers)).filter(([id, v]) => id !== area.area && v !== null);
      const lower = others.filter(([, v]) => v < area.score).length;
      const same = others.filter(([, v]) => v === area.score).length;
      const rank = same > 0 || lower > 1 ? 'among' : lower === 0 ? 'lowest' : 'second';
      rec.reasons.push({ kind: 'growth_area', area: area.area, score: area.score, rank,
        statements: helpWith(instrument, answers, area.area, module) });
      const fits = levelForScore(area.score);
      if (module.level === fits) {
        rec.points += 2;
        rec.reasons.push({ kind: 'level_fits', level: fits });
      }
    }
    if (family && module.roles.includes(family)) {
      rec.points += 2;
      rec.reasons.push({ kind: 'role', family });
    }
    if (path.includes(module.id)) {
      rec.points += 1;
      rec.reasons.push({ kind: 'path', family });
    }
    if (rec.reasons.length) out.push(rec);
  }
  // The path's courses first, then points; ties in the path's order, else catalogue order
  // (Array.prototype.sort is stable).
  // But the first (the next step) is the first unfinished course in the path's own order.
  const place = (rec) => { const i = path.indexOf(rec.module.id); return i < 0 ? Infinity : i; };
  const sorted = out.sort((a, b) => {
    const onA = place(a) !== Infinity, onB = place(b) !== Infinity;
    if (onA !== onB) return onA ? -1 : 1;
    if (a.points !== b.points) return b.points - a.points;
    return onA ? place(a) - place(b) : 0;
  });
  const next = sorted.reduce((best, rec, i) => (place(rec) < place(sorted[best]) ? i : best), 0);
  if (sorted.length && place(sorted[next]) !== Infinity) sorted.unshift(...sorted.splice(next, 1));
  return sorted.slice(0, 3);
}

// The role family in a sentence: "Kursordning för omsorg", "gjord för dig som arbetar inom omsorg".
export const ROLE_WORDS = {
  omsorg: { group: 'omsorg', you: 'dig som arbetar inom omsorg' },
  funktionsstod: { group: 'funktionsstöd', you: 'dig som arbetar inom funktionsstöd' },
  'halso-sjukvard': { group: 'hälso- och sjukvård', you: 'dig som arbetar inom hälso- och sjukvård' },
  'handlaggning-utveckling': { group: 'handläggning och utveckling', you: 'dig som arbetar med handläggning eller utveckling' },
  chef: { group: 'chefer', you: 'dig som är chef' },
};

// The lines a recommendation card shows for its reasons, in order.
export function reasonLines(rec) {
  const lines = [];
  for (const r of rec.reasons) {
    if (r.kind === 'growth_area') {
      lines.push(r.rank === 'among'
        ? `Delen ”${areaName(r.area)}” är bland dem du skattade dig lägst i.`
        : `Du skattade dig ${r.rank === 'lowest' ? 'lägst' : 'näst lägst'} i delen ”${areaName(r.area)}”.`);
      if (r.statements.length) lines.push('Det här svarade du att du inte kan än, eller kan med hjälp:', ...r.statements.map((s) => s.text));
    } else if (r.kind === 'level_fits') {
      lines.push(`Kursen är på nivån ${LEVEL_WORDS[r.level]}, som passar där du är nu.`);
    } else if (r.kind === 'role') {
      lines.push(`Kursen är gjord för ${ROLE_WORDS[r.family].you}.`);
    } else if (r.kind === 'path') {
      lines.push(`Den ingår i kursordningen för ${ROLE_WORDS[r.family].group}.`);
    }
  }
  return lines;
}

// The learning path: [{ module, state: 'Klar' | 'Påbörjad' | 'Inte påbörjad' }].
export function expectedPath(catalog, paths, family, { completed = [], started = [] } = {}) {
  return (paths[family] ?? []).map((id) => catalog.find((m) => m.id === id)).filter(Boolean).map((module) => ({
    module,
    state: completed.includes(module.id) ? 'Klar' : started.includes(module.id) ? 'Påbörjad' : 'Inte påbörjad',
  }));
}

// ---- dates (calendar.hpp): the device's local day, months added with end-of-month clamping ----

export const T2_INTERVAL_MONTHS = 4;  // MeasurementPlan's default
const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti',
  'september', 'oktober', 'november', 'december'];

export function addMonths({ year, month, day }, months) {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index % 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { year: y, month: m, day: Math.min(day, last) };
}

export const dateText = ({ year, month, day }) => `${day} ${MONTHS_SV[month - 1]} ${year}`;
export const periodOf = ({ year, month }) => `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
