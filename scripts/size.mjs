// The first-load size check: everything the standalone page fetches before it is usable
// (index.html, its stylesheet, the app's JS and wasm), raw / gzip / brotli, and the total.
// Usage: node scripts/size.mjs [dist] [--max-brotli-kb N] [--baseline F] [--write-baseline F]
//   exit 1 when the brotli total is above N, naming per file what grew against the committed
//   report F (scripts/size-baseline.json; file names without their content hashes).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) || 'dist';
const maxAt = args.indexOf('--max-brotli-kb');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : null;
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : null; };
const baselineFile = opt('--baseline');
const writeBaseline = opt('--write-baseline');
const plain = (f) => f.replace(/-[0-9a-f]{8,}(?=[._])/, '');
const perFile = {};

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
// What the page loads: itself and every local stylesheet, script, module and wasm it names.
const refs = new Set(['index.html']);
for (const m of html.matchAll(/(?:href|src)="\.\/([^"]+\.(?:css|js|wasm))"/g)) refs.add(m[1]);
for (const m of html.matchAll(/from '\.\/([^']+\.js)'/g)) refs.add(m[1]);
for (const m of html.matchAll(/module_or_path: '\.\/([^']+\.wasm)'/g)) refs.add(m[1]);
// The boot (web/boot/load.js) names the wasm build's files; the old-engine build is not loaded here.
for (const m of html.matchAll(/"(?:js|wasm)":"\.\/([^"]+\.(?:js|wasm))"/g)) refs.add(m[1]);
const legacy = [...html.matchAll(/"legacy":"\.\/([^"]+\.js)"/g)].map((m) => m[1]);

const row = (name, a, b, c) => `${name.padEnd(44)} ${String(a).padStart(9)} ${String(b).padStart(9)} ${String(c).padStart(9)}`;
console.log(row('first load (bytes)', 'raw', 'gzip', 'brotli'));
const total = { raw: 0, gz: 0, br: 0 };
for (const f of [...refs].sort()) {
  const raw = fs.readFileSync(path.join(dist, f));
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(row(f, raw.length, gz, br));
  perFile[plain(f)] = br;
  total.raw += raw.length; total.gz += gz; total.br += br;
}
console.log(row('total', total.raw, total.gz, total.br));
if (legacy.length) {
  // What old engines load instead of the app's JS and wasm (reported, not limited).
  const old = [...refs].filter((f) => !/\.wasm$/.test(f) && !/^srdi-web-[0-9a-f]+\.js$/.test(f)).concat(legacy);
  const t = { raw: 0, gz: 0, br: 0 };
  for (const f of old) {
    const raw = fs.readFileSync(path.join(dist, f));
    t.raw += raw.length; t.gz += zlib.gzipSync(raw, { level: 9 }).length;
    t.br += zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  console.log(row(`old engines (${old.join(', ')})`.slice(0, 44), t.raw, t.gz, t.br));
}
const kb = (total.br / 1024).toFixed(1);
if (writeBaseline) {
  fs.writeFileSync(writeBaseline, `${JSON.stringify({ brotli_bytes: perFile, total: total.br }, null, 2)}\n`);
  console.log(`size: wrote ${writeBaseline}`);
}
if (max !== null) {
  if (total.br > max * 1024) {
    console.error(`size: first load is ${kb} KB brotli, over the ${max} KB limit`);
    if (baselineFile && fs.existsSync(baselineFile)) {
      const before = JSON.parse(fs.readFileSync(baselineFile, 'utf8')).brotli_bytes;
      console.error(`size: against ${baselineFile} (brotli bytes):`);
      for (const f of new Set([...Object.keys(before), ...Object.keys(perFile)])) {
        const d = (perFile[f] || 0) - (before[f] || 0);
        if (d !== 0) console.error(`  ${f.padEnd(24)} ${String(before[f] ?? 'new').padStart(8)} → ${String(perFile[f] ?? 'gone').padStart(8)}  (${d > 0 ? '+' : ''}${d})`);
      }
      console.error('size: what grew is named above; `node scripts/wasm-report.mjs` says which crates and functions weigh most.');
    }
    process.exit(1);
  }
  console.log(`size: first load ${kb} KB brotli, within the ${max} KB limit`);
}
