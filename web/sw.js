// Digilyft's service worker: keeps the site in one cache, so that after the first visit the page
// opens at once and without any network (the coordinator's page from its first visit on). The build writes VERSION and FILES into the copy in
// the site (cmake/service_worker.cmake); every build that changes a file is a new worker with a new
// cache. A new worker waits until the page says "take-over" (the person chose "Uppdatera nu",
// web/js/update.js) or every tab of the old one is closed; then the old cache is removed. Answers
// are in IndexedDB and never pass through here. Requests to other origins are not touched (the page
// makes none).
const VERSION = 'dev';
const FILES = [];
// Files kept when first fetched (the coordinator's page: most phones never open it), by path and
// SHA-256: only this version's bytes are kept and served.
const LATER = {};
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

// A file of LATER from the server, kept when it is this version's (its SHA-256). The server may have
// a newer version while this worker waits to be replaced: then 503, and the page says it could not
// load (the update is offered); a page never runs files of two versions.
async function fetchLater(cache, request, sha256) {
  const response = await fetch(request, { cache: 'no-cache' });
  if (!response.ok) return response;
  const bytes = await response.arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== sha256) return new Response(null, { status: 503, statusText: 'Another version' });
  const headers = { 'Content-Type': response.headers.get('Content-Type') ?? '' };
  await cache.put(request, new Response(bytes, { headers }));
  return new Response(bytes, { headers });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A page load (any fragment or query: a programme link) is the page itself.
    const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (hit) return hit;
    const path = new URL(request.url).pathname.slice(new URL(self.registration.scope).pathname.length);
    return Object.prototype.hasOwnProperty.call(LATER, path) ? fetchLater(cache, request, LATER[path]) : fetch(request);
  })());
});
