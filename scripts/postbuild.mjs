// After `trunk build` and scripts/legacy.mjs: everything the static build needs beyond Trunk's
// output, from dist/ itself.
//   1. the boot (web/boot/guard.js + load.js, inline) in place of Trunk's module script: it picks
//      the wasm build or, for old engines, the JavaScript build (srdi-web-legacy-*.js), and says
//      plainly when neither can run; a strict Content-Security-Policy allowing both by hash
//   2. embed.js (+ the demo host page), with the hashed asset names filled in
//   3. sw.js: a service worker with a versioned cache of exactly this build's files
//   4. srdi-calc-offline.html: one file with CSS and both builds inlined (file://, e-mail)
// Usage: node scripts/postbuild.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

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
const LEGACY = one(/^srdi-web-legacy-[0-9a-f]+\.js$/, 'old-engine (JavaScript) build; scripts/legacy.mjs writes it');
// What the page loads on first use (web/extras; scripts/extras.mjs and legacy.mjs write them).
const XJS = one(/^srdi-extras-[0-9a-f]+\.js$/, 'first-use script (scripts/extras.mjs)');
const XWASM = one(/^srdi-extras-[0-9a-f]+_bg\.wasm$/, 'first-use wasm (scripts/extras.mjs)');
const XLEGACY = one(/^srdi-extras-legacy-[0-9a-f]+\.js$/, 'first-use old-engine build (scripts/legacy.mjs … srdi-extras)');
// The page with English (scripts/extras.mjs … srdi-web-en): loaded instead of Trunk's Chinese-only
// build when English is chosen, or was chosen before (web/src/handoff.rs).
const EJS = one(/^srdi-web-en-[0-9a-f]+\.js$/, 'bilingual script (scripts/extras.mjs … srdi-web-en)');
const EWASM = one(/^srdi-web-en-[0-9a-f]+_bg\.wasm$/, 'bilingual wasm (scripts/extras.mjs … srdi-web-en)');

// 1. Boot and CSP. Trunk's inline module script and its preload links are replaced by the boot,
// which preloads the same files (with their integrity) only in engines that run the wasm build.
let html = read('index.html');
const trunkBoot = html.match(/\s*<script type="module">([\s\S]*?)<\/script>/);
if (!trunkBoot || !trunkBoot[1].includes(JS) || !trunkBoot[1].includes(WASM)) throw new Error('postbuild: no Trunk boot script for the app in index.html');
const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1], m[2] ?? '']));
const preload = [];
html = html.replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, (tag) => { preload.push(attrs(tag.trim())); return ''; });
if (!preload.some((l) => l.href === `./${JS}`) || !preload.some((l) => l.href === `./${WASM}`)) throw new Error('postbuild: Trunk preload links not found');
// The wasm-bindgen glue, minified (Trunk leaves it as written: 56 KB), for the engines that run the
// wasm build; its integrity follows. The name keeps Trunk's hash of the glue as generated.
// (The single file below inlines the glue as written: it calls its functions by name.)
const glueSource = read(JS);
const glueMin = execFileSync(path.join(ROOT, 'tests/e2e/node_modules/.bin/esbuild'), ['--minify', '--format=esm', '--target=chrome96,firefox79,safari15', '--log-level=warning'],
  { input: glueSource });
write(JS, glueMin);
for (const l of preload) if (l.href === `./${JS}` && l.integrity) l.integrity = `sha384-${sha('sha384', glueMin)}`;
// The bilingual build's glue, minified the same way; preloaded instead of Trunk's files when the
// boot sees English chosen before (the address's lang=en, or the saved preference).
const eglueSource = read(EJS);
const eglueMin = execFileSync(path.join(ROOT, 'tests/e2e/node_modules/.bin/esbuild'), ['--minify', '--format=esm', '--target=chrome96,firefox79,safari15', '--log-level=warning'],
  { input: eglueSource });
write(EJS, eglueMin);
const preloadEn = [
  { rel: 'modulepreload', href: `./${EJS}`, crossorigin: 'anonymous', integrity: `sha384-${sha('sha384', eglueMin)}` },
  { rel: 'preload', href: `./${EWASM}`, crossorigin: 'anonymous', integrity: `sha384-${sha('sha384', fs.readFileSync(path.join(DIST, EWASM)))}`, as: 'fetch', type: 'application/wasm' },
];
const legacyBytes = fs.readFileSync(path.join(DIST, LEGACY));
const MESSAGE = fs.readFileSync(path.join(ROOT, 'web/boot/unsupported.html'), 'utf8').replace(/<!--[\s\S]*?-->\s*/g, '').trim();
const PANIC = fs.readFileSync(path.join(ROOT, 'web/boot/panic.html'), 'utf8').replace(/<!--[\s\S]*?-->\s*/g, '').trim();
// Minified (every modern visitor loads them), syntax kept as written: part 1 must parse everywhere.
const ESBUILD = path.join(ROOT, 'tests/e2e/node_modules/.bin/esbuild');
const source = (f, target, inline = false) => execFileSync(ESBUILD, ['--minify', `--target=${target}`, '--log-level=warning', `--define:__SRDI_INLINE__=${inline}`],
  { input: fs.readFileSync(path.join(ROOT, 'web/boot', f), 'utf8') }).toString().trim();
write('srdi-unsupported.html', `${MESSAGE}\n`);
const guarded = (message) => source('guard.js', 'es5').replace('__SRDI_MESSAGE__', () => JSON.stringify(message));
const guard = guarded(null);
// The wasm probe, one source for the page's boot and for embed.js: a function expression written in
// ES5 (esbuild would drop it as an unused expression), comments and indentation taken out.
const WASM_OK = fs.readFileSync(path.join(ROOT, 'web/boot/wasm-ok.js'), 'utf8').split('\n')
  .map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).join(' ');
if (!/^\(function \(\) \{.*W\.validate.*\}\)$/.test(WASM_OK)) throw new Error('postbuild: web/boot/wasm-ok.js is not one function expression');
const loader = (build, inline = false) => source('load.js', 'chrome63,firefox67,safari12', inline).replace('__SRDI_BUILD__', () => JSON.stringify(build)).replace('__SRDI_WASM_OK__', () => WASM_OK)
  .replace('__SRDI_PANIC__', () => JSON.stringify(PANIC));
const load = loader({
  js: `./${JS}`, wasm: `./${WASM}`, legacy: `./${LEGACY}`, preload,
  // Not fetched with the page: on a person's first export, print or send (boot.extras()).
  xjs: `./${XJS}`, xwasm: `./${XWASM}`, xlegacy: `./${XLEGACY}`,
  // Not fetched with the page either, unless English was chosen before.
  ejs: `./${EJS}`, ewasm: `./${EWASM}`, preloadEn,
  preloadLegacy: [{ rel: 'modulepreload', href: `./${LEGACY}`, integrity: `sha384-${sha('sha384', legacyBytes)}` }],
});
html = html.replace(trunkBoot[0], () => `\n  <script id="srdi-boot">${guard}</script>\n  <script id="srdi-load">${load}</script>`);
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha('sha256', guard)}' 'sha256-${sha('sha256', load)}'`,
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
  .replace('__SRDI_JS__', JS).replace('__SRDI_WASM__', WASM).replace('__SRDI_CSS__', CSS).replace('__SRDI_LEGACY__', LEGACY)
  .replace('__SRDI_XJS__', XJS).replace('__SRDI_XWASM__', XWASM).replace('__SRDI_XLEGACY__', XLEGACY)
  .replace('__SRDI_EJS__', EJS).replace('__SRDI_EWASM__', EWASM)
  .replace('__SRDI_MESSAGE__', () => JSON.stringify(MESSAGE)).replace('__SRDI_WASM_OK__', () => WASM_OK)
  .replace('__SRDI_PANIC__', () => JSON.stringify(PANIC));
if (/__SRDI_/.test(embed)) throw new Error('postbuild: a placeholder is left in embed.js');
write('embed.js', embed);
fs.copyFileSync(path.join(ROOT, 'web/embed/demo.html'), path.join(DIST, 'embed-demo.html'));
fs.copyFileSync(path.join(ROOT, 'web/embed/demo.js'), path.join(DIST, 'embed-demo.js'));

// 3. Service worker: the cache name is a hash of every cached file, so a new build gets a new cache.
// The old-engine build is cached when an old engine first fetches it, not installed everywhere.
// The first-use part is precached too (after the page has loaded, in the worker): exports and the
// card then work offline after one visit.
const cached = ['index.html', JS, WASM, CSS, 'embed.js', 'srdi-unsupported.html', XJS, XWASM, EJS, EWASM];
const version = crypto.createHash('sha256');
for (const f of [...cached, LEGACY, XLEGACY]) version.update(f).update(fs.readFileSync(path.join(DIST, f)));
const cacheName = `srdi-calc-${version.digest('hex').slice(0, 16)}`;
const sw = fs.readFileSync(path.join(ROOT, 'web/sw.js'), 'utf8')
  .replace('__SRDI_CACHE__', cacheName)
  .replace('__SRDI_FILES__', JSON.stringify(['./', ...cached.map((f) => `./${f}`)]))
  .replace('__SRDI_LAZY__', JSON.stringify([`./${LEGACY}`, `./${XLEGACY}`]));
if (/__SRDI_/.test(sw)) throw new Error('postbuild: a placeholder is left in sw.js');
write('sw.js', sw);

// 4. Single file: styles inline, and both builds as inert text; the boot runs the one this engine
// can (as an inline module: file:// pages cannot import modules). No service worker from file://.
// A wasm-bindgen glue (--target web) as an inline module: its exports made plain declarations,
// its wasm as base64; once started it calls window.__srdiBoot[done](exports) or [broke](error).
function inlineModern(glueText, wasmFile, done, broke, exports = '') {
  const glue = glueText.replace(/^export \{[^}]*\};?\s*$/gm, '').replace(/^export (function|class|async function|const|let) /gm, '$1 ');
  if (/^\s*export\b/m.test(glue) || /^\s*import\b/m.test(glue)) throw new Error(`postbuild: the glue of ${wasmFile} has exports/imports this step does not know`);
  const wasm64 = fs.readFileSync(path.join(DIST, wasmFile)).toString('base64');
  return `${glue}\nconst bytes = Uint8Array.from(atob("${wasm64}"), (c) => c.charCodeAt(0));\n`
    + `__wbg_init({ module_or_path: bytes }).then(() => window.__srdiBoot.${done}(${exports}), (e) => window.__srdiBoot.${broke}(e));\n`;
}
// The single file is bilingual: it carries the page with English (its wasm is what the boot runs),
// not the Chinese-only first load, which only a served page gains by.
const modernText = inlineModern(eglueSource, EWASM, 'done', 'broke');
const legacyExports = /export\s*\{[^}]*\};?\s*$/;
if (!legacyExports.test(legacyBytes.toString())) throw new Error('postbuild: the old-engine build does not end with its exports');
const legacyText = `${legacyBytes.toString().replace(legacyExports, '')}\nwindow.__srdiBoot.done();\n`;
// The first-use part, inline too (run when first asked for, as an inline module that hands its
// exports to the boot): the modern glue with its wasm as base64, or the old-engine bundle.
const xglueRaw = read(XJS);
const xnames = [...xglueRaw.matchAll(/^export function (\w+)/gm)].map((m) => m[1]).filter((n) => !n.startsWith('__'));
if (!['csv', 'json', 'host_result', 'qr'].every((n) => xnames.includes(n))) throw new Error(`postbuild: the first-use glue exports ${xnames.join(', ')}`);
const xmodernText = inlineModern(xglueRaw, XWASM, 'extrasDone', 'extrasBroke', `{ ${xnames.join(', ')} }`);
const xlegacyRaw = fs.readFileSync(path.join(DIST, XLEGACY), 'utf8');
const xexports = xlegacyRaw.match(/export\s*\{([^}]*)\};?\s*$/);
if (!xexports) throw new Error('postbuild: the first-use old-engine build does not end with its exports');
const xobject = xexports[1].split(',').map((e) => e.trim().split(/\s+as\s+/)).map(([local, name]) => `${name || local}: ${local}`).join(', ');
const xlegacyText = `${xlegacyRaw.replace(xexports[0], '')}\nwindow.__srdiBoot.extrasDone({ ${xobject} });\n`;
for (const t of [modernText, legacyText, xmodernText, xlegacyText]) if (/<\/script/i.test(t)) throw new Error('postbuild: a build contains </script and cannot be inlined');
const singleLoad = loader({ preload: [], preloadLegacy: [] }, true);
let single = read('index.html')
  .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  .replace(/<script id="srdi-load">[\s\S]*?<\/script>/, () => `<script id="srdi-load">${singleLoad}</script>`)
  .replace(/<script id="srdi-boot">[\s\S]*?<\/script>/, () => `<script id="srdi-boot">${guarded(MESSAGE)}</script>`)
  .replace(/<link rel="stylesheet"[^>]*>/g, '')
  .replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n  <meta name="srdi-single-file" content="1" />')
  .replace('</head>', `<style>${read(CSS)}</style>\n</head>`)
  .replace('</body>', () => `<script type="text/plain" id="srdi-modern">\n${modernText}</script>\n<script type="text/plain" id="srdi-legacy">\n${legacyText}</script>\n`
    + `<script type="text/plain" id="srdi-extras-modern">\n${xmodernText}</script>\n<script type="text/plain" id="srdi-extras-legacy">\n${xlegacyText}</script>\n</body>`);
if (!single.includes('<script id="srdi-boot">') || !single.includes('srdi-legacy')) throw new Error('postbuild: the single-file boot was not written');
write('srdi-calc-offline.html', single);

const kb = (f) => `${(fs.statSync(path.join(DIST, f)).size / 1024).toFixed(1)} KB`;
console.log(`postbuild: boot + CSP set (old engines: ${LEGACY}); embed.js → ${JS}; sw.js cache ${cacheName}; srdi-calc-offline.html ${kb('srdi-calc-offline.html')}`);
