// The accessibility audit of a screen: axe-core (npm, pinned in package.json) run over the page
// whose content is the accessibility mirror (web/js/mirror.js, #a11y-mirror inside <main>), and
// this project's own checks that the mirror says what the canvas draws: the role the app recorded,
// every control named and its name holding the words it shows, texts as drawn, exactly one
// level-1 heading, radios in their group, each element where its widget was drawn.
//
// axe is put into the page with page.evaluate of its source: that runs through the DevTools
// protocol, which the page's Content-Security-Policy (script-src 'self', no inline script) does
// not govern, so the page's own policy stays as it ships. A policy violation would still fail the
// test: the harness turns each one into a console error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { waitForFrames } from './harness.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
export const AXE_VERSION = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

// The mirror's root element (web/index.html, web/js/main.js createMirror).
export const MIRROR = '#a11y-mirror';

// Rules that cannot say anything true about a mirror laid transparently over a canvas, each off
// with the reason why. None is: axe counts the unpainted mirror (opacity 0, style.css `.m`) as not
// seen, so color-contrast checks only what the page paints itself (the text fields, the update
// banner) and leaves the canvas's colours (src/ui/theme.hpp gives their ratios) alone; the rules
// on names, roles, ARIA, tables and landmarks read the accessibility tree, which the mirror is.
export const DISABLED_RULES = {};

// Impacts that fail the audit.
export const FAILING_IMPACTS = ['serious', 'critical'];
// Rules that fail the audit whatever impact axe gives them (most are "moderate" or "minor"): the
// page's structure (one main landmark, all content in it, a level-1 heading, headings in order and
// not empty, a title, a language) and ARIA roles used where they are allowed, which the mirror and
// the page shell decide alone.
export const STRUCTURE_RULES = [
  'landmark-one-main', 'landmark-no-duplicate-main', 'landmark-unique', 'region', 'page-has-heading-one',
  'heading-order', 'empty-heading', 'empty-table-header', 'document-title', 'html-has-lang', 'html-lang-valid',
  'valid-lang', 'aria-allowed-role', 'presentation-role-conflict', 'label-title-only',
];

export async function injectAxe(page) {
  const present = await page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function');
  if (present) return;
  await page.evaluate(AXE_SOURCE);
  const version = await page.evaluate(() => window.axe?.version);
  assert.equal(version, AXE_VERSION, 'axe-core is in the page');
}

// Rules 4.14 leaves off by default that say something true about the mirror, which has each
// widget's real size and place: turned on. (Its label-content-name-mismatch sees no visible text
// in the unpainted mirror and so never applies; mirrorProblems checks Label in Name instead.)
export const ADDED_RULES = {
  // WCAG 2.2 2.5.8: a control is at least 24 by 24 CSS px, or has room around it (the mirror's
  // boxes are the boxes ImGui drew).
  'target-size': 'targets are 24 px or have room',
};

// Runs axe over the document: the mirror in <main> and the page shell around it, so the page's
// structure rules (landmarks, region, one h1, title, language) run too. Returns the violations.
export async function runAxe(page) {
  await injectAxe(page);
  await waitForFrames(page);  // the mirror holds the frame the test just saw
  const rules = {
    ...Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }])),
    ...Object.fromEntries(Object.keys(ADDED_RULES).map((id) => [id, { enabled: true }])),
  };
  return page.evaluate((rules) => window.axe.run(document, { rules, resultTypes: ['violations'] }), rules);
}

// A violation in words: what rule, how bad, what to do, and which elements.
export function describeViolation(v) {
  const nodes = v.nodes.slice(0, 8).map((n) => {
    const html = n.html.length > 300 ? `${n.html.slice(0, 300)}…` : n.html;
    const why = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
    return `    ${JSON.stringify(n.target)} ${html}\n      ${why}`;
  });
  const more = v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : [];
  return [`${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}`, ...nodes, ...more].join('\n');
}

export const failingViolations = (violations) => violations.filter(
  (v) => FAILING_IMPACTS.includes(v.impact) || STRUCTURE_RULES.includes(v.id));

// The mirror as the browser exposes it, element by element, with the node it came from.
async function mirrorReport(page) {
  return page.evaluate((root) => {
    const { aria, text } = window.axe.commons;
    const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    const mirror = document.querySelector(root);
    window.axe.setup(document);  // axe's names and roles read its own tree of the page
    const items = Array.from(mirror.querySelectorAll('.m')).map((el) => {
      const r = el.getBoundingClientRect();
      const node = el.dlNode ?? {};
      return {
        tag: el.tagName.toLowerCase(),
        role: aria.getRole(el) ?? '',
        name: norm(text.accessibleText(el)),
        visible: norm(el.tagName === 'INPUT' ? '' : el.textContent),
        level: /^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0,
        parentRole: el.parentElement === mirror ? '' : (aria.getRole(el.parentElement) ?? ''),
        node: { role: node.role, label: norm(node.label), name: norm(node.name), level: node.level ?? 0 },
        box: { x: r.x + window.scrollX, y: r.y + window.scrollY, w: r.width, h: r.height },
        drawn: { x: node.x, y: node.y, w: node.w, h: node.h },
        html: el.outerHTML.slice(0, 160),
        inMain: el.closest('main') !== null,
      };
    });
    window.axe.teardown();
    return items;
  }, MIRROR);
}

// The roles the browser may give the element of each node role (web/js/mirror.js; axe gives <p>
// none), and the node roles that must have an accessible name (the others are read as text).
const ROLES = {
  paragraph: ['paragraph', ''], heading: ['heading'], textbox: ['textbox'], status: ['status'], alert: ['alert'],
  button: ['button'], link: ['link'], radio: ['radio'], checkbox: ['checkbox'], radiogroup: ['radiogroup'],
  group: ['group'], progressbar: ['progressbar'], img: ['img'], table: [''],
};
const NAMED = new Set(['button', 'link', 'radio', 'checkbox', 'textbox', 'radiogroup', 'group', 'progressbar', 'img',
  'heading']);

// This project's own checks of one screen's mirror: [{ id, text }], one per problem.
export function mirrorProblems(items) {
  const problems = [];
  const say = (id, it, what) => problems.push({ id, text: `${what}: ${it.html}` });
  if (items.length && !items[0].inMain) problems.push({ id: 'main', text: `the mirror (${MIRROR}) is not inside <main>` });
  const h1 = items.filter((it) => it.level === 1);
  if (h1.length !== 1) {
    problems.push({ id: 'one-h1', text: `${h1.length} level-1 headings, want exactly one: ${JSON.stringify(h1.map((it) => it.name))}` });
  }
  for (const it of items) {
    const role = it.node.role;
    const want = ROLES[role];
    if (!want) say('role', it, `a mirror element for an unknown node role "${role}"`);
    else if (!want.includes(it.role)) say('role', it, `role "${it.role}" for a "${role}" node`);
    if (NAMED.has(role) && it.name === '') say('name', it, 'no accessible name');
    if (NAMED.has(role) && role !== 'textbox' && role !== 'progressbar') {
      // A name that differs from the drawn label says more, never less: it holds the words drawn
      // (WCAG 2.5.3 Label in Name, so people using speech can say what they see).
      if (it.name !== '' && !it.name.toLowerCase().includes(it.node.label.toLowerCase())) {
        say('label-in-name', it, `accessible name "${it.name}" does not hold the drawn label "${it.node.label}"`);
      }
    } else if (['paragraph', 'status', 'alert'].includes(role) && it.visible !== it.node.label) {
      say('text', it, `text "${it.visible}", drawn "${it.node.label}"`);
    }
    if (role === 'radio' && it.parentRole !== 'radiogroup') say('radio-group', it, 'a radio outside a radio group');
    // Where the widget was drawn (a group's members are placed relative to the group).
    const off = ['x', 'y', 'w', 'h'].some((k) => Math.abs(it.box[k] - it.drawn[k]) > 1);
    if (it.drawn.w > 0 && it.drawn.h > 0 && off) {
      const at = (b) => `${Math.round(b.w)}x${Math.round(b.h)} at ${Math.round(b.x)},${Math.round(b.y)}`;
      say('place', it, `laid out ${at(it.box)}, drawn ${at(it.drawn)}`);
    }
  }
  return problems;
}

// Audits the screen the page shows now: axe (no serious or critical violation, no structure rule
// broken) and the mirror checks. Returns { elements, problems: [{ id, text }], notes }: problems
// carry axe's rule id or the mirror check's and the problem in words (rule, impact, help, the
// elements' html and target); notes are axe's other (moderate, minor) findings, "rule (impact)".
export async function auditScreen(page) {
  const results = await runAxe(page);
  const items = await mirrorReport(page);
  const failing = failingViolations(results.violations);
  const problems = failing.map((v) => ({ id: v.id, text: describeViolation(v) }));
  if (items.length === 0) problems.push({ id: 'empty', text: 'the mirror is empty' });
  problems.push(...mirrorProblems(items));
  const notes = results.violations.filter((v) => !failing.includes(v)).map((v) => `${v.id} (${v.impact})`);
  return { elements: items.length, problems, notes };
}
