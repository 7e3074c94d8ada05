// The JS API package (bash scripts/package-js.sh → dist-js/srdi-calc) as a site uses it:
// imported as an ES module, typed, with field-named errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const PKG = new URL('../../dist-js/srdi-calc/', import.meta.url);
const api = await import(new URL('srdi_calc.js', PKG));
api.initSync({ module: fs.readFileSync(new URL('srdi_calc_bg.wasm', PKG)) });

test('evaluate gives a first-time Nanjing little giant ¥1,000,000 with its clause', () => {
  const a = api.evaluate({ city: 'nanjing', size: 'small', titles: { little_giant: 2026 } }, '2026-11-23');
  assert.equal(a.totals.exact_one_off_fen, 100_000_000);
  const award = a.items.find((i) => i.rule_id === 'nanjing.5.little_giant_award');
  assert.deepEqual(award.amount, { kind: 'exact', fen: 100_000_000 });
  assert.equal(award.clause, '（五）');
  assert.match(award.quote, /分别给予300万元、100万元奖励/);
  // Drafts and expired documents are listed with their flags.
  assert.ok(a.documents.some((d) => d.flags.includes('draft')));
  assert.ok(a.documents.some((d) => d.flags.includes('expired')));
});

test('bad input throws an Error whose message names the field in Chinese and English', () => {
  const bad = [
    [{ city: 'nanjing', size: 'small', titles: { little_giant: 3000 } }, 'titles.little_giant'],
    [{ city: 'nanjing', size: 'small', finance: { equipment_loan_yuan: '1e9' } }, 'finance.equipment_loan_yuan'],
    [{ city: 'nanjing', size: 'small', talent: { graduates_phd: -1 } }, 'talent.graduates_phd'],
    [{ city: 'nanjing', size: 'small', extra: 1 }, 'extra'],
    [{ city: 'paris', size: 'small' }, 'city'],
  ];
  for (const [profile, field] of bad) {
    assert.throws(() => api.evaluate(profile, '2026-11-23'), (e) => {
      assert.ok(e instanceof Error);
      assert.equal(e.name, 'SrdiInputError');
      assert.equal(e.field, field);
      assert.match(e.message, new RegExp(`${field.replace('.', '\\.')}.* / `));
      assert.ok(e.errors.every((x) => x.zh && x.en));
      return true;
    }, field);
  }
  // Not a profile at all, cycles and BigInt: still a clean error, never a crash.
  const cyclic = { city: 'nanjing', size: 'small' };
  cyclic.self = cyclic;
  for (const v of [null, 42, 'nanjing', [], cyclic, { city: 'nanjing', size: 'small', rd: { expense_this_year_yuan: 10n } }]) {
    assert.throws(() => api.evaluate(v, '2026-11-23'), (e) => e.name === 'SrdiInputError' && / \/ /.test(e.message));
  }
  assert.throws(() => api.evaluate({ city: 'nanjing', size: 'small' }, '2026-02-30'), (e) => e.field === 'asOf');
  // The module still works after all that.
  assert.equal(api.evaluate({ city: 'suzhou', size: 'medium' }, '2026-11-23').city, 'suzhou');
});

test('policies, schema and version describe the rule book', () => {
  const entries = api.policies();
  assert.ok(entries.length > 150);
  assert.ok(entries.some((e) => e.id === 'nanjing.5.single_champion_award' && e.quote.includes('300万元')));
  assert.ok(entries.some((e) => e.treatment === 'not_applicable' && e.reason_zh));
  const v = api.version();
  assert.match(v.rules_version, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(v.documents.length, 5);
  assert.equal(v.documents.filter((d) => d.status === 'draft').length, 3);
  assert.equal(api.schema().title, 'Profile');
});

test('the TypeScript definitions cover the schema and catch mistakes', () => {
  const dts = fs.readFileSync(new URL('srdi_calc.d.ts', PKG), 'utf8');
  assert.match(dts, /export function evaluate\(profile: Profile, asOf\?: string \| null\): Assessment;/);
  // Every field of the JSON Schema appears in the Profile interface.
  const schema = api.schema();
  const profileTs = dts.slice(dts.indexOf('export interface Profile'), dts.indexOf('export interface Text'));
  const names = [...Object.keys(schema.properties)];
  for (const def of Object.values(schema.$defs ?? {})) names.push(...Object.keys(def.properties ?? {}));
  for (const def of Object.values(schema.$defs ?? {})) for (const c of def.enum ?? def.oneOf?.flatMap((o) => o.enum ?? (o.const ? [o.const] : [])) ?? []) names.push(c);
  for (const n of names) assert.ok(profileTs.includes(n) || dts.includes(`"${n}"`), `d.ts lacks ${n}`);
  const tsc = new URL('./node_modules/typescript/bin/tsc', import.meta.url).pathname;
  const opts = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--skipLibCheck', '--lib', 'es2022,dom'];
  execFileSync('node', [tsc, ...opts, new URL('./fixtures/consumer.ts', import.meta.url).pathname], { stdio: 'pipe' });
  let out = '';
  try {
    execFileSync('node', [tsc, ...opts, new URL('./fixtures/consumer-bad.ts', import.meta.url).pathname], { stdio: 'pipe' });
  } catch (e) { out = String(e.stdout); }
  assert.match(out, /nanking/);
  assert.match(out, /little_gaint/);
});
