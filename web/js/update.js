// Offline use and updates: registers the service worker (sw.js), which keeps the site for use
// without network after the first visit. When a newer version of the site has been fetched and is
// waiting, a banner says so in plain words; "Uppdatera nu" lets the new version take over and
// reloads the page. Nothing a person saved is lost: answers are in IndexedDB, not in the cache, and
// after the reload they open with the person's code as always. "Senare" hides the banner; the new
// version then starts by itself once every Digilyft tab has been closed.
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('sw.js').then((registration) => {
    const offer = () => {
      if (registration.waiting && navigator.serviceWorker.controller) showUpdate(registration.waiting);
    };
    offer();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer();
      });
    });
  }, (err) => console.warn('Digilyft: the page will not work offline here.', err));
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && document.getElementById('update').dataset.chosen === 'yes') {
      reloading = true;
      window.location.reload();
    }
  });
}

function showUpdate(worker) {
  const banner = document.getElementById('update');
  if (!banner.hidden || banner.dataset.chosen === 'later') return;
  banner.hidden = false;
  banner.querySelector('[data-action="now"]').onclick = () => {
    banner.dataset.chosen = 'yes';
    worker.postMessage('take-over');
  };
  banner.querySelector('[data-action="later"]').onclick = () => {
    banner.dataset.chosen = 'later';
    banner.hidden = true;
  };
}
