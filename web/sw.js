// srdi-calc service worker (generated into dist/ by scripts/postbuild.mjs).
// Precaches exactly this build's files under a versioned cache named after this deployment's
// scope, so two deployments on one origin never touch each other's caches; a new build has a new
// name, installs beside the old one and removes only its own scope's older caches on activation.
// The calculator page: network first, so a new deployment shows at once when online, the cached
// copy when offline. Other files (hashed names): cache first; the old-engine build, which only old
// engines fetch, is cached the first time one does. Only this origin's GET requests
// inside the scope are handled; other pages fall through to the network.
const VERSION = '__SRDI_CACHE__';
const FILES = __SRDI_FILES__;
// Fetched only by engines that need them (the old-engine JavaScript build): cached on first use.
const LAZY = __SRDI_LAZY__.map((f) => new URL(f, self.registration.scope).href);
const PREFIX = 'srdi-calc:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;
const PAGE = new URL('./index.html', self.registration.scope).href;
const OFFICE = new URL('./office.html', self.registration.scope).href;

// Redirected responses cannot answer a navigation; keep a plain copy.
const plain = (res) => (res.redirected ? res.blob().then((b) => new Response(b, { status: res.status, statusText: res.statusText, headers: res.headers })) : Promise.resolve(res));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // `cache: 'reload'` bypasses the HTTP cache, so a host's max-age cannot mix builds.
      .then((c) => Promise.all(FILES.map((f) => fetch(new Request(f, { cache: 'reload' })).then((res) => {
        if (!res.ok) throw new Error(`srdi-calc: cannot precache ${f}: ${res.status}`);
        return plain(res).then((r) => c.put(f, r));
      }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || !req.url.startsWith(self.registration.scope)) return;
  const page = url.href.split(/[?#]/)[0];
  const isCalculator = page === self.registration.scope || page === PAGE;
  if (req.mode === 'navigate') {
    // Office mode (office.html, one self-contained file) as the calculator: network first, and
    // the copy kept from the last visit when offline.
    const copy = isCalculator ? './index.html' : page === OFFICE ? './office.html' : null;
    if (!copy) return;
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) event.waitUntil(plain(res.clone()).then((r) => caches.open(CACHE).then((c) => c.put(copy, r))));
          return res;
        })
        .catch(() => caches.match(copy, { cacheName: CACHE }).then((r) => r || (isCalculator ? caches.match('./', { cacheName: CACHE }) : r)).then((r) => r || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(req, { ignoreSearch: true, cacheName: CACHE }).then((hit) => hit || fetch(req).then((res) => {
    if (res.ok && LAZY.includes(page)) event.waitUntil(plain(res.clone()).then((r) => caches.open(CACHE).then((c) => c.put(page, r))));
    return res;
  })));
});
