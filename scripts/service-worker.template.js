// Cadence's service worker. scripts/write-service-worker.mjs writes dist/web/sw.js from this file
// after `vite build`, putting the build's shell files and a version in place of the two markers.
// - The shell (index.html, the entry chunk and what it imports, its CSS, the manifest and icons)
//   is cached at install: the app opens without network, and a capture made then is queued on
//   the device (offline-ideas.ts) and sent when the network is back.
// - Navigations go to the network first (a new build is seen at once), the cached index.html
//   when offline. Hashed assets are served from the cache, and cached as they are first fetched.
// - The API is never cached: it always answers from the server, or fails.
const version = '__CADENCE_VERSION__';
const shell = __CADENCE_SHELL__;
const cacheName = `cadence-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(shell))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('cadence-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function fromNetworkThenShell(request) {
  try {
    return await fetch(request);
  } catch {
    const cached = await caches.match('/index.html', { cacheName });
    return cached ?? Response.error();
  }
}

async function fromCacheThenNetwork(request) {
  const cached = await caches.match(request, { cacheName });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromNetworkThenShell(request));
    return;
  }
  if (url.pathname.startsWith('/assets/') || shell.includes(url.pathname)) {
    event.respondWith(fromCacheThenNetwork(request));
  }
});
