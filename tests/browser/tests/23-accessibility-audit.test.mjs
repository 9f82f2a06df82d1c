// An accessibility audit of every screen the app has, as a person reaches it: axe-core (pinned in
// package.json) over the page whose content is the mirror of the canvas, with no violation of
// impact "serious" or "critical" and no broken page-structure rule (one main landmark holding all
// content, a level-1 heading, headings in order), and this project's own checks that the mirror
// says what the canvas draws (exactly one level-1 heading, every control named with the words it
// shows, the role the app recorded, each element where its widget was drawn). helpers/audit.mjs
// says which axe rules are changed and why. A problem that needs a change in C++ is listed in
// KNOWN with its fix. The screens: the welcome (also with a code that is not here, locked again, on the
// coordinator's page and with a programme link), the code to write down, the start page in
// Swedish and English, the course list (folded and with its filters), a course's overview, the
// question before a first course, a course page of every question kind (before and after a wrong
// answer), a page with a picture, a scenario and group prompts, a course that could not be fetched,
// "Bra jobbat!", every part of the questions before and after a course ("Om dig" among them), the
// profile, "Om dig", the export and the saved file, the manager survey (open and answered), the
// coordinator's screen (empty, with result files read and their tables, asking before clearing),
// the programme set-up (empty and with its link and QR code) and the programme's welcome.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, chooseRadio, click, clickButton, expectDisabled, expectHeading, link, openWithCode,
  poll, resultsPath, waitForOne, waitForReady, waitForRoleText, waitForText, withVisit, fillField,
} from '../helpers/harness.mjs';
import {
  QUESTION_KINDS, SURVEY_TOPICS, askedAtFirst, loadCatalog, loadInstrument, loadSurvey, surveyPlan,
} from '../helpers/content.mjs';
import {
  PREVIEW_HEADING, answerQuestion, chooseCourseFirst, courseButtonName, expectModulePage, expectQuestionShown,
  expectStartPage, finishModuleRight, goToStart, openCourses, overviewLink, pageLink, setCheckboxes, toOverview, SUGGESTED_COURSE } from '../helpers/flows.mjs';
import { answerRoundPart, planAnswers, roundParts } from '../helpers/assessment.mjs';
import { ROUND_NAMES } from '../helpers/profile.mjs';
import {
  CLEAR, COORDINATOR, chooseFiles, expectSummary, waitForTables,
} from '../helpers/coordinator.mjs';
import { generateResultFiles } from '../helpers/result-files.mjs';
import { ADDED_RULES, AXE_VERSION, DISABLED_RULES, auditScreen } from '../helpers/audit.mjs';

const suite = browserSuite();
const catalog = loadCatalog();
const instrument = loadInstrument();
const survey = loadSurvey();

// Problems the audit finds that need a change in C++ (src/ui), not in the page: each with the
// screens it is on, the check that finds it, the widget and the fix. They are listed at the end and
// do not fail the audit; one no longer found on its screens fails it, so the entry goes with the fix.
const KNOWN = [];

// Every screen audited, with how many mirror elements it had, the known problems seen and axe's
// findings that do not fail the audit: listed at the end.
const audited = [];
const knownSeen = new Set();
const notes = new Map();  // "rule (impact)" -> screens
after(() => {
  const off = Object.entries(DISABLED_RULES).map(([id, why]) => `${id} (${why})`).join(', ') || 'none';
  const added = Object.keys(ADDED_RULES).join(', ');
  const lines = [`axe-core ${AXE_VERSION}, rules off: ${off}, rules added: ${added}`, `${audited.length} screens audited:`,
    ...audited.map((a) => `  ${a}`)];
  if (knownSeen.size) lines.push('known problems to fix in C++:', ...[...knownSeen].map((k) => `  ${k.fix}`));
  if (notes.size) lines.push('axe\'s moderate and minor findings:', ...[...notes].map(([n, on]) => `  ${n} on ${on.join(', ')}`));
  console.log(lines.join('\n'));
});

// One test's audits: `body(audit)` runs the test, and audit.screen(page, name) audits the screen
// the page shows and goes on. Every problem found on any screen fails the test at its end, each
// under the screen's name; a test that fails on the way says them too.
async function withAudit(body) {
  const failures = [];
  const screens = [];
  const matched = new Set();
  const audit = {
    async screen(page, screen) {
      const found = await auditScreen(page);
      screens.push(screen);
      audited.push(`${screen} (${found.elements} elements)`);
      for (const n of found.notes) notes.set(n, [...(notes.get(n) ?? []), screen]);
      const left = found.problems.filter((p) => {
        const known = KNOWN.find((k) => k.screen.test(screen) && k.id === p.id && k.match.test(p.text));
        if (known) {
          matched.add(known);
          knownSeen.add(known);
        }
        return !known;
      });
      if (left.length) failures.push(`"${screen}":\n${left.map((p) => `  ${p.text.replace(/\n/g, '\n  ')}`).join('\n')}`);
    },
  };
  const report = () => `the accessibility audit failed (${failures.length}):\n${failures.join('\n')}`;
  try {
    await body(audit);
  } catch (err) {
    if (failures.length) err.message += `\n${report()}`;
    throw err;
  }
  for (const k of KNOWN) {
    if (screens.some((s) => k.screen.test(s)) && !matched.has(k)) {
      failures.push(`known problem no longer found (remove it from KNOWN): ${k.fix}`);
    }
  }
  assert.ok(failures.length === 0, report());
}

// ---- The welcome, the code, the start page ----

test('audit: the welcome, the code to write down, the start page in Swedish and English', () => withAudit(async (audit) => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { as: 'welcome' });
    await waitForOne(button(page, 'Jag är ny här'), 'button "Jag är ny här"');
    await audit.screen(page, 'welcome');

    // A code that has no answers on this device: the welcome says so and offers to go on here.
    await page.getByRole('textbox', { name: 'Din kod', exact: true }).fill('K7QM-4XPD');
    await clickButton(page, 'Öppna mina svar');
    await waitForOne(button(page, 'Fortsätt här med koden K7QM-4XPD'), 'button "Fortsätt här med koden K7QM-4XPD"');
    await audit.screen(page, 'welcome: no answers with that code here');

    await clickButton(page, 'Jag är ny här');
    const code = page.getByRole('heading', { level: 2, name: /^[A-Z2-9]{4}-[A-Z2-9]{4}$/ });
    await code.waitFor();
    visit.code = (await code.textContent()).trim();
    await audit.screen(page, 'your code');
    await clickButton(page, 'Jag har skrivit upp koden');

    await expectStartPage(page, { next: 'Börja med självskattningen' });
    await audit.screen(page, 'start page');
    await clickButton(page, 'English');
    await waitForOne(button(page, 'Svenska'), 'button "Svenska"');
    await waitForOne(button(page, 'Start with the self-assessment'), 'the start page in English');
    await audit.screen(page, 'start page in English');
    await clickButton(page, 'Svenska');
    await expectStartPage(page);

    // "Lås mina svar" locks the answers: the welcome says they are saved.
    await clickButton(page, 'Lås mina svar');
    await waitForText(page, 'Dina svar är sparade och låsta. Tack! När du vill fortsätta skriver du din kod i rutan Din kod.');
    await audit.screen(page, 'welcome after "Lås mina svar"');
  });
}));

test('audit: the alert when the browser gives no storage, on the welcome and the start page', () => withAudit(async (audit) => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { as: 'welcome' });
    const blocked = (t) => t.includes('låter inte Digilyft spara');
    await waitForRoleText(page, 'alert', blocked, 'saying the browser gives no storage');
    await audit.screen(page, 'welcome when the browser gives no storage');
    await visit.enter(page, 'new');
    await expectStartPage(page);
    await waitForRoleText(page, 'alert', blocked, 'saying the browser gives no storage');
    await audit.screen(page, 'start page when the browser gives no storage');
  }, {
    // Like a private window or a browser set to block site data: indexedDB.open throws.
    initScript: () => {
      IDBFactory.prototype.open = function open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    },
    allowConsole: [/indexeddb|storage|securityerror|lagring|spara/i],
  });
}));

// ---- The courses ----

// For each question kind the first page (module, page index) that asks it, in catalogue order;
// and a page with a picture, one with a scenario and one with prompts for the group.
function pagesToAudit() {
  const picks = [];
  const add = (what, module, pageIndex) => {
    if (!picks.some((p) => p.module === module && p.pageIndex === pageIndex)) picks.push({ what: [what], module, pageIndex });
    else picks.find((p) => p.module === module && p.pageIndex === pageIndex).what.push(what);
  };
  for (const kind of QUESTION_KINDS) {
    const module = catalog.find((m) => m.questions.some((q) => q.kind === kind));
    assert.ok(module, `a course asks a ${kind} question`);
    add(`${kind} question`, module, module.questions.find((q) => q.kind === kind).pageIndex);
  }
  for (const [what, has] of [['picture', (p) => p.pictures.length], ['scenario', (p) => p.scenarios.length],
    ['group prompts', (p) => p.reflections.length]]) {
    const module = catalog.find((m) => m.pages.some(has));
    assert.ok(module, `a course has a page with a ${what}`);
    add(what, module, module.pages.find(has).index);
  }
  return picks;
}

test('audit: the course list, a course\'s overview, the question before a first course, a page of every kind', () => withAudit(async (audit) => {
  const picks = pagesToAudit();
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCourses(page);
    await audit.screen(page, 'courses');
    await clickButton(page, 'Ändra urval: vilka kurser som visas');
    await waitForOne(page.getByRole('radiogroup', { name: 'Visa kurser för', exact: true }), 'the course filters');
    await audit.screen(page, 'courses with the filters open');
    await clickButton(page, 'Visa kurserna');

    // A first course while the questions before the courses are open: the app asks first.
    const first = picks[0].module;
    await clickButton(page, courseButtonName('Starta kursen', first));
    await expectHeading(page, 'Innan du börjar kursen');
    await audit.screen(page, 'before a first course');
    await chooseCourseFirst(page);
    await expectModulePage(page, first, 0);
    await audit.screen(page, `course page 1 of "${first.title}"`);

    let at = null;  // the module whose overview is one link away
    for (const { what, module, pageIndex } of picks) {
      if (at !== module) {
        await toOverview(page, module, catalog);
        if (at === null) await audit.screen(page, `course overview of "${module.title}"`);
        at = module;
      } else {
        await click(await waitForOne(link(page, 'Alla sidor i kursen'), 'link "Alla sidor i kursen"'));
        await expectHeading(page, 'Det här lär du dig');
      }
      await click(await waitForOne(pageLink(page, module, pageIndex), `the link to page ${pageIndex + 1}`));
      await expectModulePage(page, module, pageIndex);
      const name = `course page ${pageIndex + 1} of "${module.title}" (${what.join(', ')})`;
      for (const pic of module.pages[pageIndex].pictures) {
        const img = page.getByRole('img', { name: pic.alt, exact: true });
        await poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0), { message: `the picture ${pic.file} to load` });
      }
      await audit.screen(page, name);
      const questions = module.pages[pageIndex].questions;
      if (questions.length === 0) continue;
      // A wrong answer brings its verdict (a status), the wrong pairs or the reasons per choice.
      for (const q of questions) await answerQuestion(page, q, { right: false });
      await audit.screen(page, `${name}, answered wrong`);
      for (const q of questions) await expectQuestionShown(page, q);
    }
  });
}));

test('audit: a course whose pages could not be fetched, and fetched on "Försök igen"', () => withAudit(async (audit) => {
  const module = catalog.at(-1);
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    // The course's file does not arrive (a dropped connection).
    const file = new RegExp(`/content/${module.dir}/module\\.json$`);
    await page.route(file, (route) => route.abort('connectionfailed'));
    await openCourses(page);
    const about = overviewLink(page);
    await poll(async () => (await about.count()) === catalog.length, { message: 'one overview link per course' });
    await click(about.nth(catalog.indexOf(module)));
    await waitForOne(button(page, 'Försök igen'), 'button "Försök igen"');
    await audit.screen(page, `"${module.title}" could not be fetched`);
    await page.unroute(file);
    await clickButton(page, 'Försök igen');
    await expectHeading(page, 'Det här lär du dig');
  }, {
    // A browser without service workers (the page then fetches the course itself, where the route
    // can drop it; the service worker would answer from its cache).
    initScript: () => { delete Navigator.prototype.serviceWorker; },
    allowConsole: [/Failed to load|ERR_CONNECTION_FAILED|ERR_FAILED/],
  });
}));

// ---- The questions before and after a course, the profile, the export, the manager survey ----

const PLAN_T0 = {
  background: { gender: 'kvinna', age_band: '30-54', role_family: 'omsorg', work_setting: 'hemtjanst' },
  answers: planAnswers(instrument, (s, i) => [1, 2, 'na', 0, 3][i % 5]),
};
const PLAN_T1 = {
  answers: planAnswers(instrument, (s, i) => [2, 3, 'na', 1, 3][i % 5]),
  then: Object.fromEntries(instrument.thenNow.map((s, i) => [s.id, [1, 0][i % 2]])),
  evaluation: Object.fromEntries(instrument.evaluation.map((e, i) => [e.id, (i % 5) + 1])),
};

// A whole round from `entry`, auditing every part once it is answered, then the profile.
async function auditRound(page, audit, round, plan, entry) {
  const parts = roundParts(instrument, round);
  await clickButton(page, entry);
  await expectHeading(page, 'Självskattning');
  await waitForText(page, ROUND_NAMES[round]);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) await clickButton(page, 'Nästa');
    await answerRoundPart(page, instrument, round, parts, i, plan);
    if (parts[i].first > 0) continue;  // a part's later pages are drawn as its first
    await audit.screen(page, `self-assessment ${round}, part ${i + 1} of ${parts.length}: ${parts[i].title}`);
  }
  await clickButton(page, 'Avsluta och visa min profil');
  await expectHeading(page, 'Din profil');
  await audit.screen(page, `profile after ${round}`);
}

// One answer per survey question, as content.mjs plans it (the follow-up question asked).
const SURVEY_PLAN = surveyPlan(survey);
const surveyAnswer = (q) => q.options.filter((o) => SURVEY_PLAN[q.id].includes(o.id)).map((o) => o.text);

test('audit: the questions before and after a course, "Bra jobbat!", profile, "Om dig", export, manager survey', () => withAudit(async (audit) => {
  // The shortest course (fewest questions, then pages).
  const module = [...catalog].sort((a, b) => a.questions.length - b.questions.length || a.pages.length - b.pages.length)[0];
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await auditRound(page, audit, 'T0', PLAN_T0, 'Börja med självskattningen');

    // "Om dig" from the profile: the background questions, open to change at any time.
    await clickButton(page, 'Ändra uppgifter om dig');
    await expectHeading(page, 'Om dig');
    await waitForOne(button(page, 'Ta bort mina svar om mig'), 'button "Ta bort mina svar om mig"');
    await audit.screen(page, '"Om dig"');
    await clickButton(page, 'Klar, tillbaka till min profil');
    await expectHeading(page, 'Din profil');

    await goToStart(page, { next: SUGGESTED_COURSE });
    await audit.screen(page, 'start page after the questions before the courses');
    await openCourses(page);
    await clickButton(page, courseButtonName('Starta kursen', module));
    await finishModuleRight(page, module);
    await waitForOne(button(page, 'Svara på frågorna efter kursen'), 'button "Svara på frågorna efter kursen"');
    await audit.screen(page, '"Bra jobbat!"');
    await auditRound(page, audit, 'T1', PLAN_T1, 'Svara på frågorna efter kursen');

    // The export: what the file holds, then the file saved.
    await clickButton(page, 'Exportera resultat');
    await expectHeading(page, PREVIEW_HEADING);
    await waitForText(page, 'Det här står i filen:');
    await audit.screen(page, 'export: what the file holds');
    const save = await waitForOne(button(page, 'Spara filen'), 'button "Spara filen"');
    const [download] = await Promise.all([page.waitForEvent('download'), click(save)]);
    await download.saveAs(resultsPath('downloads', `audit-23-${download.suggestedFilename()}`));
    await waitForRoleText(page, 'status', (t) => t.startsWith('Filen är sparad'), 'saying the file is saved');
    await audit.screen(page, 'export: the file saved');

    // The manager survey, open and then answered (read only).
    await goToStart(page);
    await clickButton(page, 'Svara på chefsenkäten');
    await expectHeading(page, survey.title);
    await waitForText(page, `${askedAtFirst(survey)} frågor kvar att svara på.`);
    await audit.screen(page, 'manager survey');
    const ordered = SURVEY_TOPICS.flatMap((t) => survey.questions.filter((q) => q.topic === t.id));
    for (const q of ordered) {
      if (q.multiple) await setCheckboxes(page, { prompt: q.prompt, choices: q.options }, surveyAnswer(q));
      else await chooseRadio(page, q.prompt, surveyAnswer(q)[0]);
    }
    await expectDisabled(button(page, 'Spara mina svar'), false);
    await audit.screen(page, 'manager survey, every question answered');
    await clickButton(page, 'Spara mina svar');
    await waitForRoleText(page, 'status', (t) => t === 'Tack för dina svar!', 'thanking the manager');
    await expectHeading(page, 'Dina svar');
    await audit.screen(page, 'manager survey, saved');
  });
}));

// ---- The coordinator, the programme set-up, the programme's welcome ----

const NAME = 'Omsorgslyftet i Norrdal';

test('audit: the coordinator\'s screen with result files, the programme set-up, the programme\'s welcome', () => withAudit(async (audit) => {
  const files = generateResultFiles(resultsPath('audit-23', 'generated'), { people: 14, seed: 23 });
  let programmeLink;
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    // "Samordnare" loads the coordinator's page, whose welcome asks for the code first.
    await clickButton(page, COORDINATOR);
    await page.waitForURL(/[?]samordnare$/);
    await waitForReady(page);
    await waitForOne(page.getByRole('textbox', { name: 'Din kod', exact: true }), 'the code field');
    await audit.screen(page, 'welcome on the coordinator\'s page');
    await openWithCode(page, visit.code);
    await expectHeading(page, COORDINATOR);
    await waitForText(page, 'Inga filer är inlästa än.');
    await audit.screen(page, 'coordinator, no files yet');

    await chooseFiles(page, files.map((f) => f.path));
    await expectSummary(page, { read: files.length, people: files.length, bad: 0 });
    await waitForTables(page, (tables) => tables.length >= 2, 'after the files are read');
    await audit.screen(page, 'coordinator with result files read, and the tables');

    await clickButton(page, CLEAR);
    await waitForOne(button(page, 'Avbryt'), 'button "Avbryt"');
    await audit.screen(page, 'coordinator asking before clearing');
    await clickButton(page, 'Avbryt');

    await clickButton(page, 'Gör en programlänk');
    await expectHeading(page, 'Gör en programlänk');
    await waitForText(page, 'Länken är inte klar än:');
    await audit.screen(page, 'programme set-up, empty');
    await fillField(page, 'Programmets namn', NAME);
    await clickButton(page, 'Lägg till en organisation');
    await fillField(page, 'Kod för organisation 1 (a–z, siffror och bindestreck, högst 16 tecken)', 'norrdal');
    await fillField(page, 'Namn på organisation 1', 'Norrdals kommun');
    const field = page.getByRole('textbox', { name: 'Länken', exact: true });
    await poll(async () => (await field.count()) === 1 && /#program=/.test(programmeLink = await field.inputValue()),
      { message: 'the programme link' });
    await waitForOne(page.getByRole('img', { name: `QR-kod med länken till ${NAME}`, exact: true }), 'the QR code');
    await audit.screen(page, 'programme set-up with its link and QR code');
    await click(await waitForOne(link(page, 'Tillbaka till samordnare'), 'link "Tillbaka till samordnare"'));
    await expectHeading(page, COORDINATOR);
  });

  // A staff member opens the link on another device.
  await withVisit(suite, async (visit) => {
    const page = await visit.open(programmeLink.slice(visit.url.length), { as: 'welcome' });
    await waitForOne(button(page, 'Jag är ny här'), 'button "Jag är ny här"');
    await audit.screen(page, 'welcome with a programme link');
    await visit.enter(page, 'new');
    await expectHeading(page, `Välkommen till ${NAME}`);
    await audit.screen(page, 'joining the programme');
    await chooseRadio(page, 'Din organisation', 'Norrdals kommun');
    await clickButton(page, 'Fortsätt');
    await waitForText(page, `${NAME}, Norrdals kommun`);
    await audit.screen(page, 'start page in a programme');
  });
}));
