// Makes result files the way a participant's device would export them (format "digilyft-result",
// version 1), so the coordinator tests control every answer and can compute the tables themselves;
// and what an exported file may hold (docs/result-file.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './harness.mjs';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

// A deterministic, valid participant code for participant number n.
export function participantCode(n) {
  let code = '';
  let x = 7919 * (n + 11) + 104729;
  for (let i = 0; i < 8; i++) {
    code += CODE_ALPHABET[x % CODE_ALPHABET.length];
    x = Math.floor(x / CODE_ALPHABET.length) + 31 * (i + n + 3);
  }
  return code;
}

export function resultFile({ participant, period, background = {}, modules = [], answers, instrumentId }) {
  return {
    format: 'digilyft-result',
    version: 1,
    participant,
    exported: period,
    background: {
      gender: background.gender ?? null,
      age_band: background.age_band ?? null,
      role_family: background.role_family ?? null,
      work_setting: background.work_setting ?? null,
    },
    modules: modules.map((id) => ({ id, started: period, completed: period, hours: 0.25 })),
    self_assessment: answers
      ? [{ instrument: instrumentId, round: 'T0', period, answers }]
      : [],
  };
}

export const fileName = (json) => `digilyft-resultat-${json.exported}-${json.participant}.json`;
export const toText = (json) => JSON.stringify(json, null, 2) + '\n';

// ---- What an exported file may hold ----

// Every string in a result file must be an id, a code, a period or a round: never free text.
export const ALLOWED_STRING = /^(?:[a-z0-9]+(?:[-_][a-z0-9]+)*|\d{4}-Q[1-4]|[A-Z0-9]{8}|T\d)$/;
export function stringsIn(value, where = '') {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${where}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[`${where}/${k} (key)`, k], ...stringsIn(v, `${where}/${k}`)]);
  }
  return [];
}

// The fields docs/result-file.md documents, from its field table: "modules[].id", "manager.answers", …
export function documentedFields() {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'result-file.md'), 'utf8');
  const table = text.slice(text.indexOf('## Fields'));
  return [...table.matchAll(/^\| `([a-z_]+(?:\[\])?(?:\.[a-z_]+(?:\[\])?)*)` \|/gm)].map((m) => m[1]);
}

// The field paths of a file in the documentation's notation. A documented field with no documented
// field under it is a leaf (its keys are ids, e.g. answers), so it is not gone into.
export function fieldPaths(json, documented, prefix = '') {
  const out = [];
  for (const [key, value] of Object.entries(json)) {
    const name = prefix ? `${prefix}.${key}` : key;
    out.push(name);
    const isParent = (p) => documented.some((d) => d.startsWith(`${p}.`));
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object' && isParent(`${name}[]`)) out.push(...fieldPaths(item, documented, `${name}[]`));
      }
    } else if (value && typeof value === 'object' && isParent(name)) {
      out.push(...fieldPaths(value, documented, name));
    }
  }
  return [...new Set(out)];
}
