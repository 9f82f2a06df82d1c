// After one visit the page opens and works without any network (the service worker keeps the
// site), and a new version of the site is offered in plain words and costs nothing a person saved.
// A copy of the built site is served here, so the test can publish a "new version" of it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../../tools/serve.mjs';
import {
  SITE_ROOT, button, checkedRadio, chooseRadio, clickButton, expectHeading, expectProgress, launchChromium,
  openWithCode, waitForReady, waitForSavesCommitted, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { BACKGROUND, loadModule } from '../helpers/content.mjs';
import { chooseCourseFirst, courseButtonName, openCourses } from '../helpers/flows.mjs';
import { COORDINATOR, openCoordinator } from '../helpers/coordinator.mjs';

const module = loadModule();
const site = mkdtempSync(path.join(os.tmpdir(), 'digilyft-site-'));
const suite = { server: null, browser: null };
before(async () => {
  cpSync(SITE_ROOT, site, { recursive: true });
  suite.server = await startServer(site, 0);
  suite.browser = await launchChromium();
});
after(async () => {
  await suite.browser?.close();
  await suite.server?.close();
  rmSync(site, { recursive: true, force: true });
});

// Until the service worker has the whole site and controls the page.
async function waitForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { polling: 100 });
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the page opens and works without network', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await waitForOffline(page);
    await visit.context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false, 'the network is off');
    await visit.reload(page);  // the person's code, typed into the welcome
    await openCourses(page);
    await clickButton(page, courseButtonName('Starta kursen', module));
    await chooseCourseFirst(page);
    await expectHeading(page, module.pages[0].title);
    await expectProgress(page, `Sida 1 av ${module.pages.length}`);
  });
});

test('a new version is offered in plain words, and what was saved stays', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await clickButton(page, 'Börja med självskattningen');
    await chooseRadio(page, BACKGROUND.gender.prompt, BACKGROUND.gender.options.kvinna);
    await waitForSavesCommitted(page);
    await waitForOffline(page);
    const [before] = await cacheNames(page);

    // The site is published again with a change: the browser finds the new worker.
    const worker = path.join(site, 'sw.js');
    const text = readFileSync(worker, 'utf8');
    writeFileSync(worker, text.replace(/const VERSION = '([0-9a-f]+)';/, "const VERSION = '$1-ny';"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await waitForText(page, 'Det finns en ny version av Digilyft. Det du har sparat finns kvar. Efter uppdateringen '
      + 'skriver du din kod igen.');
    const now = page.getByRole('button', { name: 'Uppdatera nu / Update now', exact: true });
    await Promise.all([page.waitForEvent('load'), now.click()]);
    await waitForReady(page);
    await button(page, 'Jag är ny här').waitFor();
    await openWithCode(page, visit.code);
    await expectProgress(page, 'Del 1 av 16');  // where the person was
    assert.equal(await checkedRadio(page, BACKGROUND.gender.prompt), BACKGROUND.gender.options.kvinna);
    assert.deepEqual(await cacheNames(page), [`${before}-ny`], 'the new version, and the old cache gone');
    assert.equal(await page.getByRole('button', { name: 'Uppdatera nu / Update now', exact: true }).count(), 0);
  });
});

// The coordinator's page is not fetched by a phone that never opens it; after its first visit it
// opens without network too; and the service worker keeps only this version's files of it.
test('the coordinator\'s page is kept from its first visit, and only as this version', async () => {
  const inCache = (page, file) => page.evaluate(async (name) => {
    for (const key of await caches.keys()) {
      if (await (await caches.open(key)).match(name)) return true;
    }
    return false;
  }, file);
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    await waitForOffline(page);
    assert.equal(await inCache(page, 'digilyft-coordinator.wasm'), false, 'not kept before it is opened');
    assert.ok(!visit.requests.some((r) => r.url.includes('digilyft-coordinator')), 'not fetched by the person\'s page');
    await openCoordinator(page, visit.code);
    await waitForOffline(page);
    assert.equal(await inCache(page, 'digilyft-coordinator.wasm'), true, 'kept once opened');
    await visit.context.setOffline(true);
    await visit.reload(page);
    await expectHeading(page, COORDINATOR);
    await button(page, 'Välj resultatfiler').waitFor();
  });

  // The server has another build's wasm (published while an old worker still runs): not run, not kept.
  const wasm = path.join(site, 'digilyft-coordinator.wasm');
  const bytes = readFileSync(wasm);
  writeFileSync(wasm, Buffer.concat([bytes, Buffer.from([0])]));
  try {
    await withVisit(suite, async (visit) => {
      const page = await visit.open();
      await waitForOffline(page);
      await clickButton(page, COORDINATOR);
      await page.waitForURL(/[?]samordnare$/);
      await waitForText(page, 'Sidan kunde inte laddas. Kontrollera anslutningen och ladda om sidan.');
      assert.equal(await inCache(page, 'digilyft-coordinator.wasm'), false, 'another version is never kept');
    }, { expectConsole: [/status of 503/] });  // the failed load is what this part tests
  } finally {
    writeFileSync(wasm, bytes);
  }
});
