// Emscripten --js-library: the browser functions the wasm side imports (platform/web/browser.cpp,
// platform/web/indexeddb_storage.cpp). Each forwards to the page's host object, handed in as
// Module['dlHost'] by web/js/main.js, so the page logic stays in ordinary JavaScript modules.
mergeInto(LibraryManager.library, {
  dl_js_local_date: function () {
    const now = new Date();
    return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  },

  dl_js_now_ms: function () {
    return Date.now();
  },

  dl_js_random_fill: function (ptr, size) {
    crypto.getRandomValues(HEAPU8.subarray(ptr, ptr + size));
  },

  dl_js_download: function (name, mime, ptr, size) {
    Module['dlHost']['download'](UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(ptr, ptr + size));
  },

  dl_js_make_sealing_keys: function () {
    Module['dlHost']['makeSealingKeys']();
  },

  dl_js_seal: function (publicKey, programme, name, text, how, slot) {
    Module['dlHost']['seal'](UTF8ToString(publicKey), UTF8ToString(programme), UTF8ToString(name), UTF8ToString(text),
      how, UTF8ToString(slot));
  },

  dl_js_unseal_begin: function (privateKey) {
    Module['dlHost']['unsealing'] = { 'privateKey': UTF8ToString(privateKey), 'files': [] };
  },

  dl_js_unseal_add: function (name, text) {
    Module['dlHost']['unsealing']['files'].push({ 'name': UTF8ToString(name), 'text': UTF8ToString(text) });
  },

  dl_js_unseal_end: function () {
    const unsealing = Module['dlHost']['unsealing'];
    Module['dlHost']['unsealing'] = null;
    Module['dlHost']['unseal'](unsealing['privateKey'], unsealing['files']);
  },

  dl_js_open_coordinator_page: function (coordinator) {
    Module['dlHost']['openCoordinatorPage'](coordinator !== 0);
  },

  dl_js_fetch_content: function (path) {
    Module['dlHost']['fetchContent'](UTF8ToString(path));
  },

  dl_js_print_card: function (heading, lines) {
    Module['dlHost']['printCard'](UTF8ToString(heading), UTF8ToString(lines).split('\n').filter(Boolean));
  },

  dl_js_copy_text: function (text) {
    Module['dlHost']['copyText'](UTF8ToString(text));
  },

  dl_js_speak: function (text, lang) {
    Module['dlHost']['speak'](UTF8ToString(text), UTF8ToString(lang));
  },

  dl_js_stop_speaking: function () {
    Module['dlHost']['stopSpeaking']();
  },

  dl_js_set_larger_text: function (on) {
    Module['dlHost']['setLargerText'](on !== 0);
  },

  dl_js_share: function (name, mime, ptr, size) {
    Module['dlHost']['share'](UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(ptr, ptr + size));
  },

  dl_js_publish: function (json) {
    Module['dlHost']['publish'](UTF8ToString(json));
  },

  dl_js_scroll_to_top: function () {
    Module['dlHost']['scrollToTop']();
  },

  dl_js_record_keys: function (secret, codes) {
    Module['dlHost']['recordKeys'](UTF8ToString(secret), UTF8ToString(codes));
  },

  dl_js_storage_save: function (key, value) {
    Module['dlHost']['save'](UTF8ToString(key), UTF8ToString(value));
  },

  dl_js_space_open: function (code, create) {
    Module['dlHost']['openSpace'](UTF8ToString(code), create !== 0);
  },

  dl_js_space_close: function () {
    Module['dlHost']['closeSpace']();
  },

  dl_js_forget_unsealed: function () {
    Module['dlHost']['forgetUnsealed']();
  },

  dl_js_outbox_put: function (slot, name, text) {
    Module['dlHost']['storage']['putOutbox'](UTF8ToString(slot), UTF8ToString(name), UTF8ToString(text));
  },

  dl_js_outbox_remove: function (slot) {
    Module['dlHost']['storage']['removeFromOutbox'](UTF8ToString(slot));
  },
});
