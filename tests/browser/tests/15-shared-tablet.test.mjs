// One shared tablet, several colleagues (one browser profile): each has a space of their own,
// opened with their code. A answers and is done; B begins afresh and sees none of A's answers; a
// wrong code opens nothing; A opens their answers again with the code; IndexedDB holds nothing
// readable; a space left alone locks itself; answers kept unsealed by the earlier version are
// sealed under their own code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  beginAsNew, browserSuite, button, checkedRadio, chooseRadio, click, clickButton, expectHeading, expectProgress,
  openWithCode, waitForOne, waitForRoleText, waitForSavesCommitted, waitForText, withVisit,
} from '../helpers/harness.mjs';
import { goToStart } from '../helpers/flows.mjs';
import { BACKGROUND } from '../helpers/content.mjs';

const suite = browserSuite();

// Every record of the app's IndexedDB: its key, and its value as JSON (bytes as latin-1 text).
async function storedRecords(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('digilyft');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise((resolve) => {
      const out = [];
      const cursor = db.transaction('kv').objectStore('kv').openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve(out);
        const text = JSON.stringify(c.value, (k, v) => (v instanceof Uint8Array ? { bytes: String.fromCharCode(...v) } : v));
        out.push({ key: c.key, text, sealed: c.value?.iv instanceof Uint8Array && c.value?.data instanceof Uint8Array });
        c.continue();
      };
    });
    db.close();
    return records;
  });
}

// A's answers: gender and age band in the self-assessment's first part.
async function answerBackground(page) {
  await clickButton(page, 'Börja med självskattningen');
  await expectProgress(page, 'Del 1 av 16');
  await chooseRadio(page, BACKGROUND.gender.prompt, BACKGROUND.gender.options.kvinna);
  await chooseRadio(page, BACKGROUND.age_band.prompt, BACKGROUND.age_band.options['55-plus']);
  await waitForSavesCommitted(page);
}

async function expectWelcome(page) {
  await button(page, 'Jag är ny här').waitFor();
  assert.equal(await button(page, 'Lås mina svar').count(), 0, 'no space is open');
}

test('colleagues on one tablet: each their own space, a wrong code opens nothing, nothing readable at rest', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { as: 'welcome' });
    await expectWelcome(page);
    const codeA = await beginAsNew(page);
    await answerBackground(page);
    await clickButton(page, 'Lås mina svar');
    await waitForText(page, 'Dina svar är sparade och låsta. Tack! När du vill fortsätta skriver du din kod i rutan Din kod.');
    await expectWelcome(page);
    assert.equal(await page.getByText(codeA).count(), 0, 'the welcome does not show who was here');

    // B begins afresh on the same tablet and sees nothing of A's.
    const codeB = await beginAsNew(page);
    assert.notEqual(codeB, codeA);
    await clickButton(page, 'Börja med självskattningen');
    await expectProgress(page, 'Del 1 av 16');
    assert.equal(await checkedRadio(page, BACKGROUND.gender.prompt), null, "B does not see A's answer");
    assert.equal(await checkedRadio(page, BACKGROUND.age_band.prompt), null);
    await clickButton(page, 'Lås mina svar');
    await expectWelcome(page);

    // A wrong code opens nothing and says so.
    const wrong = codeA.startsWith('A') ? 'BCDE-FGHJ' : 'ACDE-FGHJ';
    await page.getByRole('textbox', { name: 'Din kod', exact: true }).fill(wrong);
    await clickButton(page, 'Öppna mina svar');
    await waitForRoleText(page, 'alert', (t) => t.includes(`Det finns inga svar med koden ${wrong} på den här enheten.`),
      'the code is not on this device');
    await expectWelcome(page);
    await page.getByRole('textbox', { name: 'Din kod', exact: true }).fill('K7QM');
    await clickButton(page, 'Öppna mina svar');
    await waitForRoleText(page, 'alert', (t) => t.includes('Koden ska ha 8 tecken'), 'a code too short');

    // A opens their space with the code, typed as people type (small letters, no dash).
    await openWithCode(page, codeA.replace('-', ' ').toLowerCase());
    await expectProgress(page, 'Del 1 av 16');  // where A was
    assert.equal(await checkedRadio(page, BACKGROUND.gender.prompt), BACKGROUND.gender.options.kvinna);
    assert.equal(await checkedRadio(page, BACKGROUND.age_band.prompt), BACKGROUND.age_band.options['55-plus']);
    await waitForSavesCommitted(page);

    // At rest: the device's salt and sealed records, nothing else; no code, no answer, no field name.
    const records = await storedRecords(page);
    const spaces = new Set(records.filter((r) => r.key.startsWith('space/')).map((r) => r.key.split('/')[1]));
    assert.equal(spaces.size, 2, 'two spaces: A and B');
    for (const r of records) {
      assert.ok(r.key === 'device' || (r.key.startsWith('space/') && r.sealed), `${r.key} is sealed`);
      for (const clear of [codeA, codeA.replace('-', ''), codeB.replace('-', ''), 'participant', 'kvinna', '55-plus',
        'answers', 'gender', 'T0']) {
        assert.ok(!r.text.includes(clear), `${r.key} holds "${clear}" in clear`);
      }
    }
  });
});

test('a space left alone locks itself; a reload asks for the code', async () => {
  await withVisit(suite, async (visit) => {
    await visit.context.clock.install();
    const page = await visit.open('', { as: 'new' });
    await answerBackground(page);
    await visit.context.clock.fastForward('10:31');  // ten minutes and a half without a touch
    await waitForText(page, 'Svaren låstes, eftersom ingen använde sidan på en stund. Öppna dem igen med din kod.');
    await expectWelcome(page);

    await visit.reload(page, { as: 'welcome' });
    await expectWelcome(page);
    await openWithCode(page, visit.code);
    await expectHeading(page, 'Självskattning');
    assert.equal(await checkedRadio(page, BACKGROUND.gender.prompt), BACKGROUND.gender.options.kvinna);
  });
});

test('answers the earlier version kept unsealed are sealed under their own code, then removed', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open('', { as: 'welcome' });
    // What the earlier version left: progress in clear under "progress".
    await page.evaluate(async () => {
      const progress = JSON.stringify({
        format: 'digilyft-progress', version: 4, participant: 'K7QM4XPD', lang: 'sv', background: { gender: 'kvinna' },
      });
      const db = await new Promise((resolve) => {
        const r = indexedDB.open('digilyft');
        r.onsuccess = () => resolve(r.result);
      });
      await new Promise((resolve) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(progress, 'progress');
        tx.oncomplete = resolve;
      });
      db.close();
    });
    await visit.reload(page, { as: 'welcome' });
    await expectHeading(page, 'Din kod');
    await expectHeading(page, 'K7QM-4XPD');
    await waitForText(page, 'Svaren som redan fanns sparade här är nu låsta med den här koden.');
    await clickButton(page, 'Jag har skrivit upp koden');
    await waitForSavesCommitted(page);
    await page.waitForFunction(async () => {
      const db = await new Promise((resolve) => {
        const r = indexedDB.open('digilyft');
        r.onsuccess = () => resolve(r.result);
      });
      const value = await new Promise((resolve) => {
        const get = db.transaction('kv').objectStore('kv').get('progress');
        get.onsuccess = () => resolve(get.result);
      });
      db.close();
      return value === undefined;
    }, null, { polling: 100 });
    const records = await storedRecords(page);
    assert.ok(records.every((r) => r.key === 'device' || r.sealed), JSON.stringify(records.map((r) => r.key)));
    await clickButton(page, 'Lås mina svar');
    await openWithCode(page, 'K7QM-4XPD');
    await clickButton(page, 'Börja med självskattningen');
    assert.equal(await checkedRadio(page, BACKGROUND.gender.prompt), BACKGROUND.gender.options.kvinna);
  });
});

// Headless Chromium has no Web Share: a stand-in with the API's shape records what would be sent,
// and takes only what Chrome takes (not .json), so the .txt fallback is what goes. The print
// dialog is recorded too: what the print-only card holds when it opens.
function stubWebShare() {
  window.__printed = [];
  window.print = () => {
    const card = document.getElementById('print-card');
    window.__printed.push([...card.children].map((e) => e.textContent));
    window.dispatchEvent(new Event('afterprint'));
  };
  window.__shared = [];
  const allowed = (file) => /\.(txt|csv|pdf|png|jpe?g)$/i.test(file.name);
  navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0 && data.files.every(allowed);
  navigator.share = async (data) => {
    if (!navigator.canShare(data)) throw new TypeError('not shareable');
    for (const file of data.files) window.__shared.push({ name: file.name, type: file.type, text: await file.text() });
  };
}

test('the result file goes through the share sheet, not into a downloads folder', async () => {
  await withVisit(suite, async (visit) => {
    const page = await visit.open();
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await clickButton(page, 'Exportera resultat');
    await expectHeading(page, 'Spara din resultatfil');
    await clickButton(page, 'Skicka filen');
    await page.waitForFunction(() => window.__shared.length === 1);
    const [file] = await page.evaluate(() => window.__shared);
    const code = visit.code.replace('-', '');
    assert.match(file.name, /^digilyft-resultat-\d{4}-Q[1-4]-[A-Z2-9]{6}\.txt$/);
    assert.ok(!file.name.includes(code.slice(0, 4)), 'the name never holds the code');
    assert.equal(file.type, 'text/plain');
    const json = JSON.parse(file.text);
    assert.equal(json.format, 'digilyft-result');
    assert.equal(json.participant, code);
    await waitForText(page, `Filen är skickad: ${file.name}. Tack!`);
    assert.equal(downloads, 0, 'nothing was downloaded');

    // A card with the code: printed, not saved; the page does not keep it afterwards.
    await goToStart(page);
    await click(await waitForOne(page.getByRole('link', { name: 'Visa min kod', exact: true }), 'link "Visa min kod"'));
    await clickButton(page, 'Skriv ut ett kort med koden');
    await page.waitForFunction(() => window.__printed.length === 1);
    const [card] = await page.evaluate(() => window.__printed);
    assert.deepEqual(card.slice(0, 3), ['Min kod till Digilyft', visit.code,
      'Skriv koden i rutan Din kod, så öppnas dina svar igen.']);
    assert.ok(card.some((line) => line.startsWith('Sidan: http')), JSON.stringify(card));
    assert.equal(await page.evaluate(() => document.getElementById('print-card').children.length), 0);
    assert.equal(downloads, 0, 'no file with the code');
  }, { initScript: stubWebShare });
});
