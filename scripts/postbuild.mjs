// After `trunk build`: everything the static build needs beyond Trunk's output, from dist/ itself.
//   1. a strict Content-Security-Policy in index.html (the inline boot script allowed by its hash)
//   2. embed.js (+ the demo host page), with the hashed asset names filled in
//   3. sw.js: a service worker with a versioned cache of exactly this build's files
//   4. srdi-calc-offline.html: one file with CSS, JS and wasm inlined (file://, e-mail)
// Usage: node scripts/postbuild.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const read = (f) => fs.readFileSync(path.join(DIST, f), 'utf8');
const write = (f, s) => fs.writeFileSync(path.join(DIST, f), s);
const sha = (alg, data) => crypto.createHash(alg).update(data).digest('base64');

const files = fs.readdirSync(DIST);
const one = (re, what) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`postbuild: expected one ${what} in ${DIST}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const JS = one(/^srdi-web-[0-9a-f]+\.js$/, 'app script');
const WASM = one(/^srdi-web-[0-9a-f]+_bg\.wasm$/, 'wasm');
const CSS = one(/^style-[0-9a-f]+\.css$/, 'stylesheet');

// 1. CSP. Trunk writes one inline module script that boots the wasm; it is allowed by hash.
let html = read('index.html');
const boot = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!boot) throw new Error('postbuild: no inline boot script in index.html');
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha('sha256', boot[1])}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n  <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
html = html.replace(/<meta name="referrer"[^>]*>\s*/, '').replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n  <meta name="referrer" content="no-referrer" />');
write('index.html', html);

// 2. embed.js and the demo host page.
const embed = fs.readFileSync(path.join(ROOT, 'web/embed/embed.js'), 'utf8')
  .replace('__SRDI_JS__', JS).replace('__SRDI_WASM__', WASM).replace('__SRDI_CSS__', CSS);
write('embed.js', embed);
fs.copyFileSync(path.join(ROOT, 'web/embed/demo.html'), path.join(DIST, 'embed-demo.html'));
fs.copyFileSync(path.join(ROOT, 'web/embed/demo.js'), path.join(DIST, 'embed-demo.js'));

// 3. Service worker: the cache name is a hash of every cached file, so a new build gets a new cache.
const cached = ['index.html', JS, WASM, CSS, 'embed.js'];
const version = crypto.createHash('sha256');
for (const f of cached) version.update(f).update(fs.readFileSync(path.join(DIST, f)));
const cacheName = `srdi-calc-${version.digest('hex').slice(0, 16)}`;
const sw = fs.readFileSync(path.join(ROOT, 'web/sw.js'), 'utf8')
  .replace('__SRDI_CACHE__', cacheName)
  .replace('__SRDI_FILES__', JSON.stringify(['./', ...cached.map((f) => `./${f}`)]));
write('sw.js', sw);

// 4. Single file: styles, glue and wasm (base64) inline; no service worker from file://.
const glue = read(JS)
  .replace(/^export \{[^}]*\};?\s*$/gm, '')
  .replace(/^export (function|class|async function|const|let) /gm, '$1 ');
if (/^\s*export\b/m.test(glue) || /^\s*import\b/m.test(glue)) throw new Error('postbuild: the wasm-bindgen glue has exports/imports this step does not know');
const wasm64 = fs.readFileSync(path.join(DIST, WASM)).toString('base64');
let single = read('index.html')
  .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  .replace(/<script type="module">[\s\S]*?<\/script>/, '')
  .replace(/<link rel="(?:stylesheet|modulepreload|preload)"[^>]*>/g, '')
  .replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n  <meta name="srdi-single-file" content="1" />')
  .replace('</head>', `<style>${read(CSS)}</style>\n</head>`)
  .replace('</body>', () => `<script type="module">\n${glue}\nconst bytes = Uint8Array.from(atob("${wasm64}"), (c) => c.charCodeAt(0));\nawait __wbg_init({ module_or_path: bytes });\n</script>\n</body>`);
write('srdi-calc-offline.html', single);

const kb = (f) => `${(fs.statSync(path.join(DIST, f)).size / 1024).toFixed(1)} KB`;
console.log(`postbuild: CSP set; embed.js → ${JS}; sw.js cache ${cacheName}; srdi-calc-offline.html ${kb('srdi-calc-offline.html')}`);
