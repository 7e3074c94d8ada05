// Office mode's page (issue 19): dist/office.html, one self-contained file — its styles, its script,
// and a Web Worker made of the wasm-bindgen glue (--target no-modules) and the wasm (wasm-opt -Oz) as
// base64 — so that it works from the web server, from a folder opened as file:// (where a page can
// start no worker from a file and fetch no wasm) and offline alike, and is never part of the
// calculator's first load. A strict CSP: no connection at all (connect-src 'none'), scripts by hash,
// the worker from a blob.
// Old engines (Chromium 80–95, Safari 14, Firefox 78, no WebAssembly) get the same crate compiled
// without reference types and turned into JavaScript (scripts/legacy.mjs, as the calculator's
// old-engine build), as a second worker. Both workers are inert text in the page
// (<script type="text/plain">); the page's script turns only the one this engine runs into a worker,
// chosen by the calculator's own probe (web/boot/wasm-ok.js: reference types, and whether the CSP
// lets this engine compile wasm), falling back to the JavaScript one if the wasm one fails to start.
// Usage: node scripts/office.mjs <srdi_office_web.wasm> <dist> <srdi_office_web.wasm built without reference types>
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { legacy } from './legacy.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [input, distArg, legacyInput] = process.argv.slice(2);
if (!input || !distArg || !legacyInput) throw new Error('usage: node scripts/office.mjs <srdi_office_web.wasm> <dist> <legacy srdi_office_web.wasm>');
const DIST = path.resolve(distArg);
const PAGE = path.join(ROOT, 'web/office/page');
const BIN = path.join(ROOT, 'tests/e2e/node_modules/.bin');
const WORK = path.join(path.dirname(path.resolve(input)), 'srdi-office-web');
fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(WORK, { recursive: true });
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['pipe', 'pipe', 'inherit'], maxBuffer: 1 << 28, ...opts });
run('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', WORK, '--out-name', 'srdi-office', input]);
const opt = path.join(WORK, 'opt.wasm');
run(path.join(BIN, 'wasm-opt'), [path.join(WORK, 'srdi-office_bg.wasm'), '-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', '-o', opt]);
const wasm = fs.readFileSync(opt);
const minify = (source, target, loader = 'js') => run(path.join(BIN, 'esbuild'), ['--minify', `--target=${target}`, `--loader=${loader}`, '--log-level=warning'], { input: source }).toString().trim();
const glue = fs.readFileSync(path.join(WORK, 'srdi-office.js'), 'utf8');
const modern = 'chrome96,firefox79,safari15';
const old = 'chrome80,firefox78,safari14';
const workerJs = fs.readFileSync(path.join(PAGE, 'worker.js'), 'utf8');
const worker = `${minify(glue, modern)}\nconst OFFICE_WASM="${wasm.toString('base64')}";\n${minify(workerJs, modern)}`;
// The old-engine worker: the JavaScript build defines `srdiOfficeLegacy` (its exports), then the same worker.js.
const legacyCode = legacy(legacyInput, 'srdi-office', { format: 'iife', globalName: 'srdiOfficeLegacy' }).toString();
const workerLegacy = `${legacyCode}\n${minify(workerJs, old)}`;
// The probe the calculator's boot uses (web/boot/wasm-ok.js; one function expression, as scripts/postbuild.mjs reads it).
const WASM_OK = fs.readFileSync(path.join(ROOT, 'web/boot/wasm-ok.js'), 'utf8').split('\n')
  .map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).join(' ');
if (!/^\(function \(\) \{.*W\.validate.*\}\)$/.test(WASM_OK)) throw new Error('office: web/boot/wasm-ok.js is not one function expression');
const officeJs = fs.readFileSync(path.join(PAGE, 'office.js'), 'utf8');
if (!officeJs.includes('__OFFICE_WASM_OK__')) throw new Error('office: office.js does not ask for the wasm probe');
const script = minify(officeJs.replace('__OFFICE_WASM_OK__', () => WASM_OK), 'chrome80,firefox78,safari14.1');
const css = minify(fs.readFileSync(path.join(PAGE, 'office.css'), 'utf8'), 'chrome80', 'css').replace(/\n/g, '');
for (const [what, text] of [['worker', worker], ['old-engine worker', workerLegacy], ['script', script]]) if (/<\/script/i.test(text)) throw new Error(`office: the ${what} contains </script and cannot be inlined`);
const sha = (s) => crypto.createHash('sha256').update(s).digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${sha(script)}' 'wasm-unsafe-eval'`,
  // Chromium 80/92 and today's engines read worker-src; Safari before 15.5 knows only child-src for
  // workers (frames stay shut by frame-src).
  'worker-src blob:',
  'child-src blob:',
  "frame-src 'none'",
  `style-src 'sha256-${sha(css)}'`,
  "img-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
let html = fs.readFileSync(path.join(PAGE, 'office.html'), 'utf8');
html = html.replace('__OFFICE_CSS__', () => css).replace('__OFFICE_WORKER__', () => worker).replace('__OFFICE_WORKER_JS__', () => workerLegacy).replace('__OFFICE_JS__', () => script)
  .replace('<meta charset="utf-8" />', () => `<meta charset="utf-8" />\n  <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
if (/__OFFICE_/.test(html)) throw new Error('office: a placeholder is left in office.html');
fs.writeFileSync(path.join(DIST, 'office.html'), html);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`office: office.html ${kb(Buffer.byteLength(html))} (wasm ${kb(wasm.length)}, its worker ${kb(worker.length)}; old engines' worker ${kb(workerLegacy.length)}; not in the calculator's first load)`);
