// The part of the calculator loaded on first use (web/extras: exports, the card's QR code, a host's
// result), for today's engines: wasm-bindgen --target web, then wasm-opt -Oz with the same features
// as the page's wasm (Trunk.toml, index.html). Names carry a hash of the content, like Trunk's.
// Usage: node scripts/extras.mjs <srdi_extras.wasm> <dist> [name]   (writes dist/<name>-<hash>.js and _bg.wasm;
// name: srdi-extras, or srdi-web-en for the page's bilingual build, loaded when English is chosen)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [input, distArg, NAME = 'srdi-extras'] = process.argv.slice(2);
if (!input || !distArg) throw new Error('usage: node scripts/extras.mjs <srdi_extras.wasm> <dist>');
const DIST = path.resolve(distArg);
const WORK = path.join(path.dirname(path.resolve(input)), `${NAME}-web`);
fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(WORK, { recursive: true });
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', WORK, '--out-name', NAME, input]);
const opt = path.join(WORK, 'opt.wasm');
run(path.join(ROOT, 'tests/e2e/node_modules/.bin/wasm-opt'), [path.join(WORK, `${NAME}_bg.wasm`), '-Oz', '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', '-o', opt]);
const wasm = fs.readFileSync(opt);
const js = fs.readFileSync(path.join(WORK, `${NAME}.js`));
const hash = crypto.createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
const mine = new RegExp(`^${NAME}-[0-9a-f]+(_bg\\.wasm|\\.js)$`);
for (const f of fs.readdirSync(DIST)) if (mine.test(f)) fs.rmSync(path.join(DIST, f));
fs.writeFileSync(path.join(DIST, `${NAME}-${hash}.js`), js);
fs.writeFileSync(path.join(DIST, `${NAME}-${hash}_bg.wasm`), wasm);
console.log(`extras: ${NAME}-${hash}_bg.wasm ${(wasm.length / 1024).toFixed(1)} KB (loaded on first use)`);
