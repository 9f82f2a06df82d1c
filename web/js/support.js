// Runs before the app (a classic script, so even old browsers run it): when the browser lacks
// what the app needs (JavaScript modules, WebAssembly, WebGL2) it shows a plain message instead of
// the loading text. main.js shows the same message if the WebGL2 context cannot be made after all,
// and when one of the page's own scripts cannot run (window.__digilyftShowUnsupported).
(function () {
  'use strict';
  function show() {
    window.__digilyftUnsupported = true;
    var loading = document.getElementById('loading');
    var message = document.getElementById('unsupported');
    if (loading) loading.hidden = true;
    if (message) message.hidden = false;
  }
  window.__digilyftShowUnsupported = show;

  var ok = 'noModule' in HTMLScriptElement.prototype &&
    typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function' &&
    typeof window.WebGL2RenderingContext === 'function';
  if (!ok) {
    show();
    return;
  }
  // A browser too old for the page's own scripts fails to parse them before the app is ready.
  window.addEventListener('error', function (event) {
    var own = event.filename && event.filename.indexOf(location.origin) === 0;
    var ready = window.__digilyft && window.__digilyft.ready;
    if (own && !ready && event.error instanceof SyntaxError) show();
  });
})();
