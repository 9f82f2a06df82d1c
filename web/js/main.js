// Starts the page: loads content, fonts and saved progress, starts the wasm app, and then draws a
// frame only when something changed (input, scroll, resize, storage, files): requestRedraw()
// asks for one animation frame, dl_frame() draws it and says how many more it needs to settle.
// An idle page draws nothing. window.__digilyft = { frames, ready, frameMs, idle } is read by tests and
// tools/measure.mjs (frameMs: the main-thread time of the latest drawn frames, mirror included). The wasm side of every call is src/app/main_web.cpp.
import { attachFiles } from './files.js';
import { attachInput } from './input.js';
import { recordKeys } from './keys.js';
import { canShareFiles, shareFile } from './share.js';
import { newSealingKeys, sealText, unsealText } from './seal.js';
import { FIRST_FONTS, LATER_FONTS, fetchContentFile, loadContent, loadFonts } from './loader.js';
import { createMirror } from './mirror.js';
import { openStorage } from './storage.js';
import { createSpeech } from './speech.js';
import { createTextSize } from './text-size.js';
import { registerServiceWorker } from './update.js';

const status = { frames: 0, ready: false, frameMs: [] };
// The coordinator's page: the same page with the coordinator's part (the workspace, the tables, the
// programme set-up), which the page staff open first is built without.
const COORDINATOR_PAGE = new URLSearchParams(window.location.search).has('samordnare');
const KEPT_FRAME_TIMES = 200;
const TICK_MS = 30_000;
window.__digilyft = status;

const canvas = document.getElementById('canvas');
const page = document.getElementById('page');
const mirrorRoot = document.getElementById('a11y-mirror');
const textSize = createTextSize();
// The app's CSS px per its own px (text-size.js): 1 unless the browser's default font size is larger
// or "Större text" is on. The app works in its own px; the page converts at this border.
let zoom = 1;
const loading = document.getElementById('loading');

// Said before anyone has chosen a language, so in both (as the notices in index.html).
const LOAD_FAILED = {
  sv: 'Sidan kunde inte laddas. Kontrollera anslutningen och ladda om sidan.',
  en: 'The page could not load. Check the connection and reload the page.',
};

// Shows the notice of index.html, or `text` ({ sv, en }) in its place.
function showUnsupported(text) {
  const message = document.getElementById('unsupported');
  if (text) {
    message.replaceChildren(...['sv', 'en'].map((lang) => {
      const p = document.createElement('p');
      p.lang = lang;
      if (lang !== 'sv') p.className = 'second-language';
      p.textContent = text[lang];
      return p;
    }));
  }
  window.__digilyftShowUnsupported?.();
  loading.hidden = true;
  message.hidden = false;
}

// ---- Strings into wasm: UTF-8, NUL-terminated, freed after the call ----
const encoder = new TextEncoder();
function withCStrings(wasm, strings, call) {
  const pointers = strings.map((s) => {
    const bytes = encoder.encode(s);
    const ptr = wasm._malloc(bytes.length + 1);
    wasm.HEAPU8.set(bytes, ptr);
    wasm.HEAPU8[ptr + bytes.length] = 0;
    return ptr;
  });
  try {
    return call(...pointers);
  } finally {
    pointers.forEach((p) => wasm._free(p));
  }
}

// ---- Canvas size: CSS px of the viewport and the device pixel ratio ----
// The canvas's backing store follows its box; returns the box in CSS px and the pixel ratio.
function measureCanvas(entry) {
  const rect = entry?.contentRect ?? canvas.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const device = entry?.devicePixelContentBoxSize?.[0];
  const width = Math.max(1, device ? device.inlineSize : Math.round(rect.width * dpr));
  const height = Math.max(1, device ? device.blockSize : Math.round(rect.height * dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return { width: rect.width, height: rect.height, dpr };
}

// The app's zoom (text-size.js) for a canvas `box` of CSS px: sets it, scales the mirror with it,
// and returns the size the app is told: the viewport in its own px and the pixel ratio times the zoom.
function applyZoom(box) {
  zoom = textSize.scale(box.width);
  const transform = zoom === 1 ? '' : `scale(${zoom})`;
  if (mirrorRoot.style.transform !== transform) {
    mirrorRoot.style.transform = transform;
    // Its box in the app's px, so that scaled it covers the page exactly (not 1.3 times its height).
    mirrorRoot.style.width = zoom === 1 ? '' : `${100 / zoom}%`;
    mirrorRoot.style.height = zoom === 1 ? '' : `${100 / zoom}%`;
  }
  status.zoom = zoom;
  return { width: box.width / zoom, height: box.height / zoom, dpr: box.dpr * zoom };
}

function offerDownload(name, mime, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);  // after the browser has taken the file
}

// Hands a font file ({ kind, bytes }) to wasm, which keeps it for the page's lifetime.
function addFont(wasm, { kind, bytes }) {
  const ptr = wasm._malloc(bytes.length);
  wasm.HEAPU8.set(bytes, ptr);
  wasm._dl_font_add(kind, ptr, bytes.length);
}

async function start() {
  if (window.__digilyftUnsupported) return;

  // The functions web/js/lib_digilyft.js forwards to (filled in once everything exists).
  const host = {};
  let wasm;
  try {
    const [{ default: createDigilyft }, content, fonts, storage] = await Promise.all([
      COORDINATOR_PAGE ? import('../digilyft-coordinator.js') : import('../digilyft.js'),
      loadContent(), loadFonts(FIRST_FONTS), openStorage(),
    ]);
    wasm = await createDigilyft({
      dlHost: host,
      onAbort: () => showUnsupported(LOAD_FAILED),
    });
    performance.mark('digilyft-wasm-ready');  // compiled and instantiated (tools/measure.mjs)
    host.storage = storage;
    status.settled = () => storage.settled();  // every write asked for has landed (tests)
    status.writing = () => storage.writing();  // writes in flight (tests)
    for (const { path, text } of content) {
      withCStrings(wasm, [path, text], (p, t) => wasm._dl_content_add(p, t));
    }
    for (const font of fonts) addFont(wasm, font);
    for (const [key, value] of storage.unsealed) {
      withCStrings(wasm, [key, value], (k, v) => wasm._dl_storage_seed(k, v));
    }
    for (const [slot, { name, text }] of storage.outbox) {
      withCStrings(wasm, [slot, name, text], (s, n, t) => wasm._dl_outbox_seed(s, n, t));
    }
    wasm._dl_storage_set_spaces(storage.spaceCount);
    wasm._dl_storage_set_health(storage.available ? 0 : 1);
    wasm._dl_set_can_share(canShareFiles() ? 1 : 0);
    wasm._dl_set_larger_text(textSize.larger ? 1 : 0);
  } catch (err) {
    console.warn('Digilyft could not load.', err);
    showUnsupported(LOAD_FAILED);
    return;
  }
  run(wasm, host);
}

function run(wasm, host) {
  // ---- Frames ----
  let framePending = false;
  let contextLost = false;
  function drawFrame() {
    if (contextLost) return;
    const begin = performance.now();
    const more = wasm._dl_frame(window.scrollY / zoom);
    status.frames += 1;
    status.afterFrame?.();  // tests: look at the page as this frame left it
    status.frameMs.push(performance.now() - begin);
    if (status.frameMs.length > KEPT_FRAME_TIMES) status.frameMs.shift();
    if (more > 0) requestRedraw();
  }
  status.idle = () => !framePending;  // no frame asked for and not yet drawn (tests)
  function requestRedraw() {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      framePending = false;
      drawFrame();
    });
  }

  // ---- What wasm calls (lib_digilyft.js) ----
  const input = attachInput(wasm, requestRedraw, () => zoom);
  const files = attachFiles(document.getElementById('file-picker'), (list) => {
    wasm._dl_files_begin();
    for (const { name, text } of list) {
      withCStrings(wasm, [name, text], (n, t) => wasm._dl_files_add(n, t));
    }
    wasm._dl_files_end();
    requestRedraw();
  }, (count) => {
    wasm._dl_files_reading(count);
    requestRedraw();
  }, { readFiles: COORDINATOR_PAGE });  // result files are read on the coordinator's page only
  const mirror = createMirror(document.getElementById('a11y-mirror'), {
    announce: document.getElementById('a11y-announce'),
    skip: document.getElementById('skip-link'),
    activate: (id) => {
      wasm._dl_a11y_activate(id >>> 0);
      requestRedraw();
    },
    pickFiles: () => files.pick(),
    input,
    textInput: (id, text) => {
      withCStrings(wasm, [text], (t) => wasm._dl_text_input(id >>> 0, t));
      requestRedraw();
    },
  });
  host.publish = (json) => {
    const tree = JSON.parse(json);
    const height = `${Math.ceil(tree.height * zoom)}px`;
    if (page.style.height !== height) page.style.height = height;
    mirror.render(tree);
    if (!status.ready) {
      loading.hidden = true;
      status.ready = true;
      performance.mark('digilyft-first-frame');
      // The start page is there: now the device's voices ("Lyssna"; asking for them can take a
      // while on some systems) and the bold font, and the fonts are built again with it.
      setTimeout(startSpeech, 0);
      loadFonts(LATER_FONTS).then((later) => {
        if (later.length === 0) return;
        for (const font of later) addFont(wasm, font);
        wasm._dl_fonts_changed();
        requestRedraw();
      });
    }
  };
  host.scrollToTop = () => window.scrollTo(0, 0);
  // "Lyssna": the device's voices, asked for once the first frame is drawn (above).
  let speech = null;
  const startSpeech = () => {
    speech = createSpeech({
      onVoices: (mask) => {
        wasm._dl_set_voices(mask);
        requestRedraw();
      },
      // Possibly inside a frame (no voice after all): the app hears of it after that frame.
      onEnded: () => queueMicrotask(() => {
        wasm._dl_speech_ended();
        requestRedraw();
      }),
    });
  };
  host.speak = (text, lang) => speech?.speak(text, lang);
  host.stopSpeaking = () => speech?.stop();
  // "Större text" / "Vanlig textstorlek": kept on this device, and the app laid out again right
  // after the frame that asked (this runs inside it; a frame must not start within a frame).
  host.setLargerText = (on) => {
    textSize.set(on);
    queueMicrotask(() => {
      wasm._dl_set_larger_text(on ? 1 : 0);
      resized();
    });
  };
  host.recordKeys = (secret, codes) => {
    recordKeys(secret, codes.split('\n')).then((lines) => {
      withCStrings(wasm, [secret, lines], (s, l) => wasm._dl_record_keys(s, l));
      requestRedraw();
    }, (err) => {
      console.warn('Digilyft cannot compute record keys here.', err);
      wasm._dl_record_keys_failed();
      requestRedraw();
    });
  };
  host.download = offerDownload;
  // Sealing (web/js/seal.js): each answer goes back to wasm, then a frame shows it.
  host.makeSealingKeys = () => {
    newSealingKeys().then(({ publicKey, privateKey }) => {
      withCStrings(wasm, [publicKey, privateKey], (a, b) => wasm._dl_sealing_keys(a, b));
      requestRedraw();
    }, (err) => {
      console.warn('Digilyft cannot make the programme\'s key here.', err);
      withCStrings(wasm, ['', ''], (a, b) => wasm._dl_sealing_keys(a, b));
      requestRedraw();
    });
  };
  // The sealed file goes back to wasm, which downloads it, shares it or hands it in (`how`).
  host.seal = (publicKey, programme, name, text, how, slot) => {
    sealText(publicKey, programme, text).then((sealed) => {
      withCStrings(wasm, [slot, name, sealed], (s, n, t) => wasm._dl_sealed(how, s, n, t));
      requestRedraw();
    }, (err) => {
      console.warn('Digilyft cannot seal the result file here.', err);
      wasm._dl_seal_failed();
      requestRedraw();
    });
  };
  host.unseal = async (privateKey, list) => {
    const results = await Promise.all(list.map(({ name, text }) => unsealText(privateKey, text).then(
      (opened) => ({ name, opened }), () => ({ name, opened: null }))));
    wasm._dl_unsealed_begin();
    for (const { name, opened } of results) {
      withCStrings(wasm, [name, opened ?? ''], (n, t) => wasm._dl_unsealed_add(n, t, opened === null ? 0 : 1));
    }
    wasm._dl_unsealed_end();
    requestRedraw();
  };
  // The code card: drawn into the print-only part of the page, printed, then emptied again, so the
  // code does not stay in the page. No file is made (a shared device's downloads are everyone's).
  // A course's content when it opens (the start page has only the courses' heads).
  // "Samordnare" on the person's page: the coordinator's page opens the space where it was left,
  // once the place is kept. A programme link's fragment stays behind (a coordinator joins nothing).
  // coordinator false: from the coordinator's welcome back to the page staff use.
  host.openCoordinatorPage = async (coordinator) => {
    await host.storage.settled();
    const url = new URL(window.location.href);
    url.hash = '';
    url.search = coordinator ? 'samordnare' : '';
    window.location.assign(url.href);
  };
  host.fetchContent = (path) => {
    fetchContentFile(path).then((text) => {
      if (text === null) withCStrings(wasm, [path], (p) => wasm._dl_content_failed(p));
      else withCStrings(wasm, [path, text], (p, t) => wasm._dl_content_fetched(p, t));
      requestRedraw();
    });
  };
  host.printCard = (heading, lines) => {
    const card = document.getElementById('print-card');
    const title = document.createElement('h1');
    title.textContent = heading;
    const [code, ...rest] = lines;
    const big = document.createElement('p');
    big.className = 'code';
    big.textContent = code ?? '';
    card.replaceChildren(title, big, ...rest.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
    window.addEventListener('afterprint', () => card.replaceChildren(), { once: true });
    window.print();
  };
  // Within the person's click (the frame that carries it out runs right after), as browsers ask.
  host.copyText = (text) => {
    const done = (ok) => {
      wasm._dl_copied(ok ? 1 : 0);
      requestRedraw();
    };
    if (!navigator.clipboard?.writeText) {
      done(false);
      return;
    }
    navigator.clipboard.writeText(text).then(() => done(true), (err) => {
      console.warn('Digilyft: copying the link failed.', err);
      done(false);
    });
  };
  host.share = (name, mime, bytes) => {
    shareFile(name, mime, bytes).then((sent) => {
      withCStrings(wasm, [sent ?? name], (n) => wasm._dl_share_done(n, sent ? 1 : 0));
      requestRedraw();
    });
  };
  host.save = (key, value) => host.storage.save(key, value);
  host.openSpace = (code, create) => {
    host.storage.openSpace(code, create).then(({ outcome, values }) => {
      for (const [key, value] of values) {
        withCStrings(wasm, [key, value], (k, v) => wasm._dl_space_value(k, v));
      }
      wasm._dl_storage_set_spaces(host.storage.spaceCount);
      withCStrings(wasm, [code], (c) => wasm._dl_space_opened(c, outcome));
      requestRedraw();
    });
  };
  host.closeSpace = () => host.storage.closeSpace();
  host.forgetUnsealed = () => host.storage.forgetUnsealed();
  host.storage.onResult = (ok) => {
    wasm._dl_storage_result(ok ? 1 : 0);
    requestRedraw();
  };
  host.storage.onExternalChange = (key, value) => {
    withCStrings(wasm, [key, value], (k, v) => wasm._dl_storage_changed(k, v));
    requestRedraw();
  };

  // ---- Start ----
  const size = applyZoom(measureCanvas());
  const started = wasm._dl_start(size.width, size.height, size.dpr);
  if (started !== 1) {  // 0: no WebGL2; 2: the fonts did not arrive
    showUnsupported(started === 2 ? LOAD_FAILED : undefined);
    return;
  }


  // ---- Events that change what is drawn ----
  // A programme link carries its settings after '#': they never reach any server.
  const openLink = () => {
    // The page's own address, which programme links start with: never the coordinator's page.
    const url = new URL(window.location.href);
    url.hash = '';
    url.searchParams.delete('samordnare');
    const pageUrl = url.href;
    withCStrings(wasm, [pageUrl, window.location.hash], (u, h) => wasm._dl_open_link(u, h, COORDINATOR_PAGE ? 1 : 0));
    requestRedraw();
  };
  openLink();
  window.addEventListener('hashchange', openLink);

  window.addEventListener('scroll', requestRedraw, { passive: true });
  const resized = (entry) => {
    const s = applyZoom(measureCanvas(entry));
    wasm._dl_resize(s.width, s.height, s.dpr);
    drawFrame();  // at once: resizing the canvas cleared it, and this runs before the paint
  };
  const observer = new ResizeObserver((entries) => resized(entries[entries.length - 1]));
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    observer.observe(canvas);  // browsers without device-pixel-content-box
  }
  // A new device pixel ratio at the same CSS size (the window moved to another screen).
  const watchPixelRatio = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
      resized();
      watchPixelRatio();
    }, { once: true });
  };
  watchPixelRatio();
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();  // lets the browser give the context back
    contextLost = true;
  });
  canvas.addEventListener('webglcontextrestored', () => {
    contextLost = false;
    wasm._dl_gl_restored();
    requestRedraw();
  });
  // ---- Active time: the page's visibility and the person's own activity ----
  // Pointer presses reach wasm through dl_pointer; keys, the wheel and scrolling through
  // dl_activity, at most about once a second (it only notes the time, no frame is drawn).
  const visibleNow = () => (document.visibilityState === 'visible' ? 1 : 0);
  document.addEventListener('visibilitychange', () => {
    wasm._dl_visibility(visibleNow());
    requestRedraw();
  });
  // The tab closes or the page goes into the back-forward cache: save the time counted so far.
  window.addEventListener('pagehide', () => wasm._dl_visibility(0));
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    wasm._dl_visibility(visibleNow());
    requestRedraw();
  });
  if (!visibleNow()) wasm._dl_visibility(0);  // opened in a background tab
  let lastActivity = -Infinity;
  const acted = (event) => {
    if (event.timeStamp - lastActivity < 1000) return;
    lastActivity = event.timeStamp;
    wasm._dl_activity();
  };
  document.addEventListener('keydown', acted, { capture: true, passive: true });
  document.addEventListener('wheel', acted, { capture: true, passive: true });
  window.addEventListener('scroll', acted, { passive: true });

  // A space left alone locks itself (kIdleLockMs, kHiddenLockMs): wasm looks at the clock now and
  // then; nothing is drawn unless it locked.
  setInterval(() => {
    if (wasm._dl_tick()) requestRedraw();
  }, TICK_MS);

  requestRedraw();
  registerServiceWorker();  // after the first frame: the cache fills while the person reads
}

start();
