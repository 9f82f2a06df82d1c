// Digilyft's service worker: keeps the whole site in one cache, so that after the first visit the
// page opens at once and without any network. The build writes VERSION and FILES into the copy in
// the site (cmake/service_worker.cmake); every build that changes a file is a new worker with a new
// cache. A new worker waits until the page says "take-over" (the person chose "Uppdatera nu",
// web/js/update.js) or every tab of the old one is closed; then the old cache is removed. Answers
// are in IndexedDB and never pass through here. Requests to other origins are not touched (the page
// makes none).
const VERSION = 'dev';
const FILES = [];
const CACHE = `digilyft-${VERSION}`;

self.addEventListener('install', (event) => {
  // Straight from the server, not from the browser's HTTP cache: this version's files exactly.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('digilyft-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A page load (any fragment or query: a programme link) is the page itself.
    const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return hit ?? fetch(request);
  })());
});
