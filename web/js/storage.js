// Saved answers in IndexedDB (database "digilyft", object store "kv"), sealed per person. Each person
// has a space opened with their code: the key is derived from the code with PBKDF2-SHA-256
// (KDF_ITERATIONS, the device's random salt) and never leaves Web Crypto (a non-extractable AES-GCM
// key); the same derivation names the space (`space/<id>/<key>`), so without the code nothing tells
// whose a space is and nothing in it can be read. Every value is sealed with AES-GCM (a fresh 96-bit
// IV each time, the record's name as additional data) before it is written. See docs/privacy.md.
//
// A save is written at once in a { durability: 'strict' } transaction; while a write of a key is
// running only the newest next value is kept and written when it completes, so the latest value is
// never lost. Each outcome is reported (onResult); other tabs with the same space open hear of every
// successful save on BroadcastChannel("digilyft") and read it again (onExternalChange). Values a
// version before spaces kept unsealed are read once (`unsealed`) and removed once the app has moved
// them into a space (forgetUnsealed).
//
// The device's outbox ("Lämna in här") lies outside every space, `outbox/<slot>`: each a result file
// already sealed for its programme's coordinator (web/js/seal.js), so nobody on the device can read
// it. So that IndexedDB holds nothing but the salt and sealed records, each entry ({ name, text }) is
// sealed once more under the device's own AES-GCM key, which Web Crypto makes non-extractable and
// IndexedDB keeps as a CryptoKey beside the salt. It is read at start (`outbox`) and written at once
// (putOutbox, removeFromOutbox). Without IndexedDB or Web Crypto (private windows, blocked
// storage, a page not served securely) `available` is false and the app keeps spaces in memory.
const DB_NAME = 'digilyft';
const STORE = 'kv';
const CHANNEL = 'digilyft';
const OPEN_TIMEOUT_MS = 5000;
const DEVICE = 'device';      // { salt, outboxKey }: the device's random PBKDF2 salt (not secret), its outbox key
const SPACE = 'space/';       // space/<id>/<key> -> { iv, data }: a sealed value
const OUTBOX = 'outbox/';     // outbox/<slot> -> { iv, data }: { name, text }, a result file sealed for its coordinator
const UNSEALED = ['progress', 'place', 'workspace', 'programme-draft', 'progress-unreadable'];
export const KDF_ITERATIONS = 600_000;  // PBKDF2-HMAC-SHA-256, as OWASP advises (2023)

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function openDatabase() {
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (fn, value) => {
      if (!settled) {
        settled = true;
        fn(value);
      }
    };
    let request;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch (err) {
      reject(err);
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      if (settled) request.result.close();  // too late: the page already went on without it
      else done(resolve, request.result);
    };
    request.onerror = (event) => {
      event.preventDefault();
      done(reject, request.error ?? new Error('IndexedDB open failed'));
    };
    request.onblocked = () => done(reject, new Error('IndexedDB open blocked by another tab'));
    setTimeout(() => done(reject, new Error('IndexedDB open timed out')), OPEN_TIMEOUT_MS);
  });
}

// Runs `body(store)` in one transaction; resolves with what body returned once it has committed.
function transact(db, mode, body) {
  return new Promise((resolve, reject) => {
    const tx = mode === 'readwrite' ? db.transaction(STORE, mode, { durability: 'strict' }) : db.transaction(STORE, mode);
    const result = body(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(typeof result === 'function' ? result() : result);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

// Every record's key, the unsealed values and the device's salt.
function readDevice(db) {
  return transact(db, 'readonly', (store) => {
    const found = { unsealed: new Map(), spaces: new Set(), outbox: new Map(), salt: null, outboxKey: null };
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      const key = c.key;
      if (typeof key === 'string') {
        if (key === DEVICE && c.value?.salt instanceof Uint8Array) {
          found.salt = c.value.salt;
          if (c.value.outboxKey instanceof CryptoKey) found.outboxKey = c.value.outboxKey;
        }
        else if (key.startsWith(SPACE)) found.spaces.add(key.split('/')[1]);
        else if (key.startsWith(OUTBOX)) found.outbox.set(key, c.value);
        else if (UNSEALED.includes(key) && typeof c.value === 'string') found.unsealed.set(key, c.value);
      }
      c.continue();
    };
    return found;
  });
}

function readSpace(db, id) {
  const prefix = `${SPACE}${id}/`;
  return transact(db, 'readonly', (store) => {
    const records = [];
    const cursor = store.openCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      records.push([c.key, c.value]);
      c.continue();
    };
    return records;
  });
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// The space of `code` on this device: its name and its key (which cannot be read out of Web Crypto).
async function deriveSpace(code, salt) {
  const material = await crypto.subtle.importKey('raw', encoder.encode(code), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: KDF_ITERATIONS }, material, 512));
  const keyBytes = bits.slice(0, 32);
  try {
    const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    return { id: hex(bits.subarray(32, 48)), key };
  } finally {
    bits.fill(0);
    keyBytes.fill(0);
  }
}

async function seal(space, name, text) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(name) },
    space.key, encoder.encode(text));
  return { iv, data: new Uint8Array(data) };
}

async function unseal(space, name, record) {
  if (!(record?.iv instanceof Uint8Array) || !(record?.data instanceof Uint8Array)) throw new Error(`${name} is not sealed`);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv, additionalData: encoder.encode(name) },
    space.key, record.data);
  return decoder.decode(plain);
}

export async function openStorage() {
  const storage = {
    available: false,
    unsealed: new Map(),  // values a version before spaces kept unsealed
    spaceCount: 0,
    outbox: new Map(),  // slot -> { name, text }: what the device's outbox held at start
    onResult: (ok) => {},             // set by the page: a write finished
    onExternalChange: (key, value) => {},  // set by the page: another tab saved `key` in this space
    openSpace: async (code, create) => ({ outcome: 2, values: new Map() }),
    closeSpace: () => {},
    save: (key, value) => {},
    forgetUnsealed: () => {},
    putOutbox: (slot, name, text) => {},
    removeFromOutbox: (slot) => {},
    settled: async () => {},
    writing: () => 0,
  };
  let db;
  let device;
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('no IndexedDB');
    if (!globalThis.crypto?.subtle) throw new Error('no Web Crypto (the page is not served securely)');
    db = await openDatabase();
    device = await readDevice(db);
    if (!device.salt || !device.outboxKey) {
      const fresh = {
        salt: device.salt ?? crypto.getRandomValues(new Uint8Array(16)),
        outboxKey: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      };
      // In one transaction: another tab opened at the same moment may have written them first.
      const kept = await transact(db, 'readwrite', (store) => {
        const get = store.get(DEVICE);
        let value = fresh;
        get.onsuccess = () => {
          const old = get.result;
          if (old?.salt instanceof Uint8Array && old?.outboxKey instanceof CryptoKey) {
            value = old;
          } else {
            value = { salt: old?.salt instanceof Uint8Array ? old.salt : fresh.salt, outboxKey: fresh.outboxKey };
            store.put(value, DEVICE);
          }
        };
        return () => value;
      }).catch((err) => {
        // A full disk: the app still runs and says so when its first save fails.
        console.warn('Digilyft: saving the device salt failed.', err);
        return fresh;
      });
      device.salt = kept.salt;
      device.outboxKey = kept.outboxKey;
    }
  } catch (err) {
    console.warn('Digilyft: IndexedDB storage is not available; answers are kept for this visit only.', err);
    db?.close();
    return storage;
  }
  storage.available = true;
  storage.unsealed = device.unsealed;
  storage.spaceCount = device.spaces.size;
  const outboxSpace = { key: device.outboxKey };
  for (const [name, record] of device.outbox) {
    try {
      const { name: fileName, text } = JSON.parse(await unseal(outboxSpace, name, record));
      if (typeof fileName === 'string' && typeof text === 'string') storage.outbox.set(name.slice(OUTBOX.length), { name: fileName, text });
    } catch (err) {
      console.warn(`Digilyft: ${name} cannot be read; it is left where it is.`, err);
    }
  }
  navigator.storage?.persist?.().catch(() => {});  // ask once not to be evicted; any answer is fine
  db.onversionchange = () => db.close();

  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  let current = null;        // the open space: { id, key }
  const writing = new Set();  // record names with a write in flight
  const next = new Map();     // record name -> { space, key, value } waiting for that write
  const inflight = new Set();  // promises of running writes

  storage.openSpace = async (code, create) => {
    current = null;
    try {
      const space = await deriveSpace(code, device.salt);
      const records = await readSpace(db, space.id);
      if (records.length === 0 && !create) return { outcome: 1, values: new Map() };
      const values = new Map();
      const prefix = `${SPACE}${space.id}/`;
      for (const [name, record] of records) values.set(name.slice(prefix.length), await unseal(space, name, record));
      if (records.length === 0) {
        device.spaces.add(space.id);
        storage.spaceCount = device.spaces.size;
      }
      current = space;
      return { outcome: 0, values };
    } catch (err) {
      console.warn('Digilyft: the space could not be opened.', err);
      return { outcome: 2, values: new Map() };
    }
  };

  // Nothing more is written into it or read from it; writes already asked for still land (each
  // carries its space).
  storage.closeSpace = () => {
    current = null;
  };

  function write(space, key, value) {
    const name = `${SPACE}${space.id}/${key}`;
    writing.add(name);
    const finish = (ok, error) => {
      writing.delete(name);
      if (!ok) console.warn(`Digilyft: saving "${key}" failed.`, error);
      storage.onResult(ok);
      if (ok) channel?.postMessage({ name });
      if (next.has(name)) {
        const newest = next.get(name);
        next.delete(name);
        write(newest.space, newest.key, newest.value);
      }
    };
    const done = seal(space, name, value)
      .then((sealed) => transact(db, 'readwrite', (store) => { store.put(sealed, name); }))
      .then(() => finish(true), (err) => finish(false, err));
    inflight.add(done);
    done.finally(() => inflight.delete(done));
  }

  storage.save = (key, value) => {
    const space = current;
    if (!space) return;  // no space open: nothing is kept
    const name = `${SPACE}${space.id}/${key}`;
    if (writing.has(name)) next.set(name, { space, key, value });
    else write(space, key, value);
  };

  // The device's outbox: one record per slot, written (or removed) at once, each outcome reported.
  function writeOutbox(slot, change) {
    const done = Promise.resolve(change)
      .then((body) => transact(db, 'readwrite', body))
      .then(() => storage.onResult(true), (err) => {
        console.warn(`Digilyft: changing the outbox (${slot}) failed.`, err);
        storage.onResult(false);
      });
    inflight.add(done);
    done.finally(() => inflight.delete(done));
  }
  storage.putOutbox = (slot, name, text) => {
    const record = `${OUTBOX}${slot}`;
    writeOutbox(slot, seal(outboxSpace, record, JSON.stringify({ name, text }))
      .then((sealed) => (store) => { store.put(sealed, record); }));
  };
  storage.removeFromOutbox = (slot) => writeOutbox(slot, (store) => { store.delete(`${OUTBOX}${slot}`); });

  // How many writes are in flight or waiting (tests: a browser killed while it writes).
  storage.writing = () => inflight.size + next.size;

  // Resolves once every write asked for so far has landed (tests and tools wait for it).
  storage.settled = async () => {
    while (inflight.size > 0 || next.size > 0) await Promise.allSettled([...inflight]);
  };

  // The values kept unsealed are now sealed in a space: once those writes have landed, remove them.
  storage.forgetUnsealed = async () => {
    while (inflight.size > 0 || next.size > 0) await Promise.allSettled([...inflight]);
    try {
      await transact(db, 'readwrite', (store) => { for (const key of UNSEALED) store.delete(key); });
      storage.unsealed.clear();
    } catch (err) {
      console.warn('Digilyft: removing the unsealed values failed.', err);
    }
  };

  if (channel) {
    channel.onmessage = async (event) => {
      const name = event.data?.name;
      const space = current;
      if (typeof name !== 'string' || !space || !name.startsWith(`${SPACE}${space.id}/`)) return;
      // Our own newer value for this key is on its way and will win anyway.
      if (writing.has(name) || next.has(name)) return;
      try {
        const [[, record] = []] = await transact(db, 'readonly', (store) => {
          const request = store.get(name);
          return () => [[name, request.result]];
        });
        if (record && current === space) storage.onExternalChange(name.slice(`${SPACE}${space.id}/`.length), await unseal(space, name, record));
      } catch (err) {
        console.warn(`Digilyft: reading "${name}" saved by another tab failed.`, err);
      }
    };
  }
  return storage;
}
