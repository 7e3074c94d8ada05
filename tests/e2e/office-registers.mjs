// What the office-mode browser tests share (office.test.mjs, old-engines.test.mjs): registers made by
// crates/office/examples/register.rs (the same rows as a clerk's file and as `srdi batch` reads them),
// and `srdi batch`'s sums over a register, to compare the page's totals with fen for fen.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS } from './site.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const AS_OF = '2026-11-23';

const cargo = (args) => execFileSync('cargo', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
/** A register of `rows` firms from the example generator, in `format`; its path. */
export function register(rows, format) {
  const out = path.join(ARTIFACTS, `office-register-${rows}.${format === 'xlsx' ? 'xlsx' : format === 'batch' ? 'batch.csv' : `${format}.csv`}`);
  cargo(['run', '-q', '--locked', '-p', 'srdi-office', '--example', 'register', '--', String(rows), format, out]);
  return out;
}
/** `srdi batch` over a register: the sums of its good rows' totals, and its good and bad rows. */
export function batch(file) {
  const out = `${file}.jsonl`;
  cargo(['run', '-q', '--locked', '-p', 'srdi-cli', '--', 'batch', '--as-of', AS_OF, file, out]);
  const lines = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const ok = lines.filter((l) => l.ok);
  const sum = (k) => ok.reduce((n, l) => n + l.totals[k], 0);
  return {
    firms: ok.length, bad: lines.length - ok.length,
    one_off: sum('exact_one_off_fen'), annual: sum('annual_fen'), up_to: sum('up_to_fen'), staff_month: sum('employees_per_month_fen'),
    staff_total: sum('employees_max_total_fen'), likely_one_off: sum('likely_one_off_fen'), likely_annual: sum('likely_annual_fen'),
    likely_up_to: sum('likely_up_to_fen'), likely_staff_month: sum('likely_employees_per_month_fen'),
  };
}
/** The totals the page shows, in fen (each tile carries its figure as data-fen). */
export const KINDS = ['one_off', 'annual', 'up_to', 'staff_month', 'likely_one_off', 'likely_annual', 'likely_up_to', 'likely_staff_month'];
