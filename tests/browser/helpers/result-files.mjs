// Makes result files the way a participant's device would export them (format "digilyft-result",
// version 1), so the coordinator tests control every answer and can compute the tables themselves.
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
    },
    modules: modules.map((id) => ({ id, started: period, completed: period, hours: 0.25 })),
    self_assessment: answers
      ? [{ instrument: instrumentId, round: 'T0', period, answers }]
      : [],
  };
}

export const fileName = (json) => `digilyft-resultat-${json.exported}-${json.participant}.json`;
export const toText = (json) => JSON.stringify(json, null, 2) + '\n';
