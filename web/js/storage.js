// Saved progress in IndexedDB, written directly (no Emscripten file system): database "digilyft",
// object store "kv", key -> JSON text. Everything stored is read before wasm starts, so the app
// loads synchronously from that snapshot. A save is written at once in a { durability: 'strict' }
// transaction; while a write of a key is running only the newest next value is kept and written
// when it completes, so the latest value is never lost. Each outcome is reported (onResult), and
// other tabs hear of every successful save on BroadcastChannel("digilyft") and re-read the key
// (onExternalChange). Without IndexedDB (private windows, blocked storage) `available` is false
// and the app keeps its values in memory for the visit.
const DB_NAME = 'digilyft';
const STORE = 'kv';
const CHANNEL = 'digilyft';
const OPEN_TIMEOUT_MS = 5000;

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

function readAll(db) {
  return new Promise((resolve, reject) => {
    const values = new Map();
    const tx = db.transaction(STORE, 'readonly');
    const cursor = tx.objectStore(STORE).openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      if (typeof c.key === 'string' && typeof c.value === 'string') values.set(c.key, c.value);
      c.continue();
    };
    tx.oncomplete = () => resolve(values);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read aborted'));
  });
}

function readOne(db, key) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readonly');
    const request = tx.objectStore(STORE).get(key);
    tx.oncomplete = () => resolve(request.result);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read aborted'));
  });
}

export async function openStorage() {
  const storage = {
    available: false,
    values: new Map(),
    onResult: (ok) => {},             // set by the page: a write finished
    onExternalChange: (key, value) => {},  // set by the page: another tab saved `key`
    save: (key, value) => {},
  };
  let db;
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('no IndexedDB');
    db = await openDatabase();
    storage.values = await readAll(db);
  } catch (err) {
    console.warn('Digilyft: IndexedDB storage is not available; progress is kept for this visit only.', err);
    db?.close();
    return storage;
  }
  storage.available = true;
  navigator.storage?.persist?.().catch(() => {});  // ask once not to be evicted; any answer is fine
  db.onversionchange = () => db.close();

  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const writing = new Set();  // keys with a write in flight
  const next = new Map();     // key -> newest value waiting for that write

  function write(key, value) {
    writing.add(key);
    const finish = (ok, error) => {
      writing.delete(key);
      if (!ok) console.warn(`Digilyft: saving "${key}" failed.`, error);
      storage.onResult(ok);
      if (ok) channel?.postMessage({ key });
      if (next.has(key)) {
        const newest = next.get(key);
        next.delete(key);
        write(key, newest);
      }
    };
    let tx;
    try {
      tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      tx.objectStore(STORE).put(value, key);
    } catch (err) {  // the database was closed or deleted under us
      queueMicrotask(() => finish(false, err));
      return;
    }
    tx.oncomplete = () => finish(true);
    tx.onabort = () => finish(false, tx.error);
  }

  storage.save = (key, value) => {
    if (writing.has(key)) next.set(key, value);
    else write(key, value);
  };

  if (channel) {
    channel.onmessage = async (event) => {
      const key = event.data?.key;
      // Our own newer value for this key is on its way and will win anyway.
      if (typeof key !== 'string' || writing.has(key) || next.has(key)) return;
      try {
        const value = await readOne(db, key);
        if (typeof value === 'string') storage.onExternalChange(key, value);
      } catch (err) {
        console.warn(`Digilyft: reading "${key}" saved by another tab failed.`, err);
      }
    };
  }
  return storage;
}
