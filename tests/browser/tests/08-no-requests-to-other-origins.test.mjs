// Nothing leaves the device: across a walk through every screen, every request the page (and its
// service worker, if any) makes goes to the server the page came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, button, click, clickButton, expectHeading, waitForOne, withVisit,
} from '../helpers/harness.mjs';
import { AREAS, loadInstrument, loadModule } from '../helpers/content.mjs';
import { chooseCourseFirst, courseButtonName, exportResult, goToStart, openCourses } from '../helpers/flows.mjs';
import { completeSelfAssessment, planAnswers } from '../helpers/assessment.mjs';
import { openCoordinator } from '../helpers/coordinator.mjs';

const suite = browserSuite();
const module = loadModule();
const instrument = loadInstrument();

test('a walk through every screen makes only same-origin requests', async () => {
  const visit = await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await openCourses(page);
    await clickButton(page, courseButtonName('Starta kursen', module));
    await chooseCourseFirst(page);
    await expectHeading(page, module.pages[0].title);
    await goToStart(page);
    await completeSelfAssessment(page, instrument, {
      background: {}, answers: planAnswers(instrument, (s, i) => i % 4),
    });
    for (const a of AREAS) await waitForOne(page.getByRole('group', { name: a.sv, exact: true }));
    await clickButton(page, 'Om dig');
    await expectHeading(page, 'Om dig');
    await clickButton(page, 'Klar, tillbaka till min profil');
    await expectHeading(page, 'Din profil');
    await exportResult(page);
    await goToStart(page);
    await clickButton(page, 'Svara på chefsenkäten');
    await expectHeading(page, 'Chefsenkät');
    await goToStart(page);
    await openCoordinator(page, visit.code);  // the coordinator's page, ?samordnare
    await waitForOne(button(page, 'Välj resultatfiler'));
    await goToStart(page);
    await clickButton(page, 'English');
    await waitForOne(button(page, 'Svenska'));
    await visit.reload();  // the coordinator's page opens on the coordinator's screen
    await expectHeading(page, 'Coordinator');
    await click(await waitForOne(page.getByRole('link', { name: 'To the start page', exact: true })));
    await waitForOne(button(page, 'Svenska'));
  });
  const pageRequests = visit.requests.filter((r) => !r.url.startsWith('data:'));
  assert.ok(pageRequests.length >= 2, `the page loaded its files (${pageRequests.length} requests)`);
  assert.ok(pageRequests.some((r) => r.url.endsWith('.wasm')), 'the wasm came from the server');
  for (const r of pageRequests) {
    assert.equal(new URL(r.url).origin, visit.origin, `${r.method} ${r.url} is same-origin`);
  }
});
