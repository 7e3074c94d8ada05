// Writes .br and .gz beside every text/wasm asset in a directory, and prints raw / gzip / brotli sizes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'dist';
let total = { raw: 0, gz: 0, br: 0 };
for (const name of fs.readdirSync(dir).sort()) {
  if (!/\.(html|js|css|wasm|json|svg|webmanifest)$/.test(name)) continue;
  const file = path.join(dir, name);
  const raw = fs.readFileSync(file);
  const gz = zlib.gzipSync(raw, { level: 9 });
  const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  fs.writeFileSync(file + '.gz', gz);
  fs.writeFileSync(file + '.br', br);
  console.log(`${name.padEnd(40)} raw ${String(raw.length).padStart(8)}  gzip ${String(gz.length).padStart(7)}  brotli ${String(br.length).padStart(7)}`);
  total.raw += raw.length; total.gz += gz.length; total.br += br.length;
}
console.log(`${'total'.padEnd(40)} raw ${String(total.raw).padStart(8)}  gzip ${String(total.gz).padStart(7)}  brotli ${String(total.br).padStart(7)}`);
