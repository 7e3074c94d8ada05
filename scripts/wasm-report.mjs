// Where the page's wasm bytes go (issue 17): `twiggy top` over the wasm as rustc wrote it (with
// names; before wasm-bindgen and wasm-opt), summed by crate, plus the 20 largest functions.
// Sizes are raw bytes of that wasm; the shipped file is smaller (wasm-opt) and brotli'd
// (scripts/size.mjs). Usage: node scripts/wasm-report.mjs [srdi-web-first-load.wasm]   (needs twiggy 0.8)
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

// Default: the first load's (Chinese-only) wasm, which scripts/build.sh keeps under its own name.
const wasm = process.argv[2] || 'target/wasm32-unknown-unknown/wasm-release/srdi-web-first-load.wasm';
const twiggy = process.env.TWIGGY || path.join(os.homedir(), '.cargo/bin/twiggy');
const csv = execFileSync(twiggy, ['top', '-n', '1000000', '-f', 'csv', wasm], { maxBuffer: 1 << 28 }).toString();
const rows = csv.trim().split('\n').slice(1).map((line) => {
  // Name may contain commas: the last four fields are numbers.
  const parts = line.split(',');
  const nums = parts.slice(-4);
  return { name: parts.slice(0, -4).join(',').replace(/^"|"$/g, ''), size: Number(nums[0]) };
});
// Not shipped: wasm-bindgen's own sections and describe functions, and the names section.
const shipped = rows.filter((r) => !/__wasm_bindgen_unstable|function names|__wbindgen_describe|^export "__wbindgen_describe/.test(r.name));
const crate = (name) => {
  if (/^data segment/.test(name)) return 'data (texts: quotes, wording, labels; tables)';
  const n = name.replace(/^[<&]+/, '').replace(/^(dyn |mut |impl )/, '');
  const m = n.match(/^([a-z_0-9]+)(\[[0-9a-f]+\])?::/);
  return m ? m[1] : 'other (glue, imports, tables)';
};
const by = new Map();
for (const r of shipped) by.set(crate(r.name), (by.get(crate(r.name)) || 0) + r.size);
const total = shipped.reduce((a, r) => a + r.size, 0);
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`.padStart(6);
console.log(`wasm before wasm-opt: ${total} bytes shipped (of ${rows.reduce((a, r) => a + r.size, 0)} with names and bindgen sections)\n\nby crate:`);
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`${String(v).padStart(9)} ${pct(v)}  ${k}`);
console.log('\nthe 20 largest functions:');
const short = (n) => n.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]+\]/g, '').slice(0, 110);
for (const r of shipped.filter((r) => !/^data segment/.test(r.name)).sort((a, b) => b.size - a.size).slice(0, 20)) console.log(`${String(r.size).padStart(9)} ${pct(r.size)}  ${short(r.name)}`);
