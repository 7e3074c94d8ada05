// The old-engine build: the SAME web crate, compiled a second time without reference types and
// multivalue (stable Rust; scripts/build.sh does that into target/legacy), then turned into
// JavaScript, for engines that cannot run today's wasm: Chromium 80–95 (no externref; before 95
// a strict CSP forbids compiling wasm at all), Safari 14, Firefox ESR 78, and engines with
// WebAssembly switched off. No rule is written twice: this is the Rust code, translated.
//   1. drop the `target_features` section (std is precompiled with reference types; our crates
//      were built without, so wasm-bindgen uses its JS object heap, not an externref table)
//   2. wasm-bindgen --target bundler (glue + a wasm that imports it)
//   3. wasm-opt: lower bulk memory, sign extension and non-trapping float-to-int to MVP, -Oz
//   4. wasm2js (binaryen): the module as JavaScript (no `WebAssembly`, so no 'wasm-unsafe-eval')
//   4b. memory growth with room ahead (see there)
//   5. glue fix: wasm2js memory growth swaps the buffer without detaching the old one, so the
//      glue's cached views must be renewed when the buffer changes, not when it is detached
//   6. esbuild: one ES module, syntax lowered for Chromium 80 / Safari 14 / Firefox 78, minified
// Usage: node scripts/legacy.mjs <srdi-web.wasm built without reference types> <dist> [name]
// Writes dist/<name>-legacy-<hash>.js (name: srdi-web, the default, exports mountInto, Mounted, like
// the modern glue, and running it starts the standalone page like the modern build's init();
// srdi-extras, the part loaded on first use, exports its functions).
// As a module: `legacy(input, name, { format: 'iife', globalName })` gives the code (scripts/office.mjs:
// office mode's worker for old engines, a classic script whose exports are one global object).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BIN = path.join(ROOT, 'tests/e2e/node_modules/.bin');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/** The JavaScript build of `input` (a wasm built without reference types), as a Buffer. */
export function legacy(input, NAME, { format = 'esm', globalName = null } = {}) {
  const WORK = path.join(path.dirname(path.resolve(input)), `${NAME}-legacy-js`);
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });

  // 1. Without the target_features custom section.
  const wasm = fs.readFileSync(input);
  const parts = [wasm.subarray(0, 8)];
  let i = 8;
  const leb = (buf, at) => { let v = 0, shift = 0, b; do { b = buf[at++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return [v, at]; };
  let dropped = false;
  while (i < wasm.length) {
    const start = i;
    const id = wasm[i];
    const [len, body] = leb(wasm, i + 1);
    i = body + len;
    if (id === 0) {
      const [n, at] = leb(wasm, body);
      if (wasm.subarray(at, at + n).toString() === 'target_features') { dropped = true; continue; }
    }
    parts.push(wasm.subarray(start, i));
  }
  if (!dropped) throw new Error('legacy: no target_features section in ' + input);
  const raw = path.join(WORK, `${NAME}.wasm`);
  fs.writeFileSync(raw, Buffer.concat(parts));

  // 2. Bindings (bundler: the wasm is an ES module import, so the JS module can stand in for it).
  run('wasm-bindgen', ['--target', 'bundler', '--out-dir', WORK, '--out-name', NAME, raw]);
  const bgJs = path.join(WORK, `${NAME}_bg.js`);
  let glue = fs.readFileSync(bgJs, 'utf8');
  if (/externref/.test(fs.readFileSync(path.join(WORK, `${NAME}_bg.wasm.d.ts`), 'utf8'))) {
    throw new Error('legacy: wasm-bindgen used externref; the legacy cargo build must disable reference-types');
  }

  // 3–4. MVP wasm, then JavaScript.
  const mvp = path.join(WORK, 'mvp.wasm');
  run(path.join(BIN, 'wasm-opt'), [path.join(WORK, `${NAME}_bg.wasm`), '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-mutable-globals', '--llvm-nontrapping-fptoint-lowering', '--llvm-memory-copy-fill-lowering',
    '--signext-lowering', '-Oz', '-o', mvp]);
  const asJs = path.join(WORK, `${NAME}_bg.wasm.js`);
  run(path.join(BIN, 'wasm2js'), [mvp, '-Oz', '-o', asJs]);

  // 4b. Memory grows by half again, not page by page. wasm2js grows memory by copying it into a new
  // ArrayBuffer of exactly the pages asked for, and Rust's allocator asks for a few pages at a time,
  // so a program that fills 100 MB copies it hundreds of times (office mode's workbook: 10,000 firms
  // took 90 s, 98 % of it copying). The buffer is now given room ahead (×1.5, at most 2 GB, the
  // largest ArrayBuffer old engines make) while memory.size still says the pages grown, as wasm does.
  let js = fs.readFileSync(asJs, 'utf8');
  const size = ' function __wasm_memory_size() {\n  return buffer.byteLength >> 16;\n }\n';
  const grow = /  if \(\(oldPages < newPages\) && \(newPages < 65536\)\) \{\n   var newBuffer = new ArrayBuffer\(newPages << 16\);\n   var newHEAP8 = new Int8Array\(newBuffer\);\n   newHEAP8\.set\(HEAP8\);\n/;
  const cap = ' var buffer = new ArrayBuffer(';
  if (!js.includes(size) || !grow.test(js) || js.split(cap).length !== 2) throw new Error('legacy: wasm2js memory growth is not as expected; see step 4b');
  js = js.replace(size, ' var pages = -1;\n function __wasm_memory_size() {\n  if (pages < 0) pages = buffer.byteLength >> 16;\n  return pages;\n }\n')
    .replace(grow, `  if ((oldPages < newPages) && (newPages < 65536)) {
   pages = newPages;
   if (newPages <= (buffer.byteLength >> 16)) return oldPages;
   var newBuffer;
   try { newBuffer = new ArrayBuffer(Math.max(newPages, Math.min(32767, (newPages * 3) >> 1)) << 16); } catch (e) { newBuffer = new ArrayBuffer(newPages << 16); }
   var newHEAP8 = new Int8Array(newBuffer);
   newHEAP8.set(HEAP8);
`);
  fs.writeFileSync(asJs, js);

  // 5. Memory views follow the buffer.
  const checks = (glue.match(/Memory0 === null/g) || []).length;
  let fixed = 0;
  glue = glue.replace(/if \((cached\w+Memory0) === null \|\|[^{]*\) \{/g, (_, v) => { fixed++; return `if (${v} === null || ${v}.buffer !== wasm.memory.buffer) {`; });
  if (checks === 0 || fixed !== checks) throw new Error(`legacy: expected to fix ${checks} memory view checks in the glue, fixed ${fixed}`);
  fs.writeFileSync(bgJs, glue);
  const entry = path.join(WORK, `${NAME}.js`);
  const start = fs.readFileSync(entry, 'utf8');
  if (!start.includes(`"./${NAME}_bg.wasm"`)) throw new Error(`legacy: the bundler entry does not import ./${NAME}_bg.wasm`);
  fs.writeFileSync(entry, start.replace(`"./${NAME}_bg.wasm"`, `"./${NAME}_bg.wasm.js"`));

  // 6. One module (or, for a classic worker, one script defining `globalName`) for old engines.
  const out = path.join(WORK, 'legacy.js');
  run(path.join(BIN, 'esbuild'), [entry, '--bundle', `--format=${format}`, ...(globalName ? [`--global-name=${globalName}`] : []),
    '--target=chrome80,safari14,firefox78', '--minify', '--legal-comments=none', '--log-level=warning', `--outfile=${out}`]);
  const code = fs.readFileSync(out);
  if (/<\/script/i.test(code.toString())) throw new Error('legacy: the bundle contains </script and could not be inlined');
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [input, distArg, NAME = 'srdi-web'] = process.argv.slice(2);
  if (!input || !distArg) throw new Error('usage: node scripts/legacy.mjs <srdi-web.wasm> <dist>');
  const DIST = path.resolve(distArg);
  const code = legacy(input, NAME);
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  for (const f of fs.readdirSync(DIST)) if (new RegExp(`^${NAME}-legacy-[0-9a-f]+\\.js$`).test(f)) fs.rmSync(path.join(DIST, f));
  const name = `${NAME}-legacy-${hash}.js`;
  fs.writeFileSync(path.join(DIST, name), code);
  console.log(`legacy: ${name} ${(code.length / 1024).toFixed(1)} KB (old engines only)`);
}
