// srdi-calc service worker (generated into dist/ by scripts/postbuild.mjs).
// Precaches exactly this build's files under a versioned cache name; a new build has a new
// name, installs beside the old one and removes it on activation. Pages: network first, so a
// new deployment shows at once when online, the cached copy when offline. Other files
// (hashed names): cache first. Only this origin's GET requests are ever handled.
const CACHE = '__SRDI_CACHE__';
const FILES = __SRDI_FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('srdi-calc-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok && (url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'))) {
            const copy = res.clone();
            caches.open(CACHE).then((c) => c.put('./index.html', copy));
          }
          return res;
        })
        .catch(() => caches.match('./index.html', { ignoreSearch: true }).then((r) => r || caches.match('./'))),
    );
    return;
  }
  event.respondWith(caches.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req)));
});
