// The JS API package (bash scripts/package-js.sh → dist-js/srdi-calc) as a site uses it:
// imported as an ES module, typed, with field-named errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const PKG = new URL('../../dist-js/srdi-calc/', import.meta.url);
const api = await import(new URL('index.js', PKG));
api.initSync({ module: fs.readFileSync(new URL('srdi_calc_bg.wasm', PKG)) });

/** FNV-1a, 64-bit, over UTF-8 (as in crates/rules/tests/parity_golden.rs), in 32-bit halves. */
function fnv1a64(text) {
  let hi = 0xcbf29ce4, lo = 0x84222325;
  for (const b of new TextEncoder().encode(text)) {
    lo = (lo ^ b) >>> 0;
    // (hi·2³² + lo) × (2⁴⁰ + 0x1b3) mod 2⁶⁴
    const a = (lo & 0xffff) * 0x1b3;
    const c = (lo >>> 16) * 0x1b3 + (a >>> 16);
    const newLo = (((c & 0xffff) << 16) | (a & 0xffff)) >>> 0;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(c / 0x10000) + ((lo << 8) >>> 0)) >>> 0;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
/** JSON with object keys sorted, as serde_json writes a Value. */
const canonical = (v) => JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((key) => [key, x[key]])) : x));

test('index.js evaluate gives exactly the native results on every golden line (cases + 300 generated profiles)', () => {
  const lines = fs.readFileSync(new URL('../parity/golden.jsonl', import.meta.url), 'utf8').trim().split('\n');
  assert.ok(lines.length > 300);
  const bad = [];
  for (const line of lines) {
    const row = JSON.parse(line);
    try {
      const a = api.evaluate(row.profile, row.as_of);
      const digest = fnv1a64(canonical(a));
      if (digest !== row.expect.digest) bad.push(`${row.name}: ${digest} vs native ${row.expect.digest ?? JSON.stringify(row.expect)}`);
    } catch (e) {
      const fields = (e.errors ?? []).map((x) => x.field).join(',');
      if (fields !== row.expect.error_fields) bad.push(`${row.name}: threw on ${fields}, native ${JSON.stringify(row.expect)}`);
    }
  }
  assert.deepEqual(bad, []);
  // The fast path and the whole-in-wasm path agree object for object, and a later edit of the
  // caller's profile does not change a result already returned.
  const p = { city: 'nanjing', size: 'small', titles: { little_giant: 2026 }, talent: { graduates_phd: 2 } };
  const fast = api.evaluate(p, '2026-11-23');
  p.talent.graduates_phd = 9;
  // Steps are written on first read and behave as ordinary properties.
  const rent = fast.items.find((i) => i.rule_id === 'nanjing.13.graduate_rent_subsidy');
  assert.match(rent.trace.map((t) => t.zh).join(' '), /博士 2 人/);
  assert.deepEqual({ ...rent }.trace, rent.trace);
  assert.deepEqual(structuredClone(rent).amount_text, { zh: '每月 4,800 元（每年 5.76 万元，还可领 26 个月，共 12.48 万元）', en: rent.amount_text.en });
  assert.deepEqual(structuredClone(rent).trace, rent.trace);
  assert.deepEqual(new Proxy(rent, {}).trace, rent.trace);
  assert.deepEqual(JSON.parse(JSON.stringify(fast)), api.evaluateFull({ city: 'nanjing', size: 'small', titles: { little_giant: 2026 }, talent: { graduates_phd: 2 } }, '2026-11-23'));
  // Wording written for the profile behaves the same way: stacking notes and what a near miss
  // would bring. The result equals the whole-in-wasm one, field for field.
  const full = { city: 'nanjing', size: 'small', titles: { provincial_srdi: 2023 }, achievements: { leads_standard: true } };
  const a = api.evaluate(full, '2026-11-23');
  assert.deepStrictEqual(a, api.evaluateFull(full, '2026-11-23'));
  const stacked = a.items.find((i) => i.rule_id === 'nanjing.3.standards_award');
  assert.match(stacked.stacking.zh, /同一事项另见《江苏省若干政策措施（征求意见稿）》（二）/);
  assert.deepEqual(structuredClone(stacked).stacking, stacked.stacking);
  assert.deepEqual({ ...stacked }.stacking, stacked.stacking);
  assert.equal(a.items.find((i) => i.rule_id === 'nanjing.5.little_giant_award'), undefined);
  const miss = a.near_misses.find((n) => n.rule_id === 'nanjing.5.little_giant_award');
  assert.deepEqual(structuredClone(miss).would_bring_text, { zh: '100 万元', en: '¥1,000,000' });
  assert.deepEqual(new Proxy(miss, {}).would_bring_text, miss.would_bring_text);
  assert.deepEqual(miss.missing, { zh: '获评国家级专精特新“小巨人”企业', en: miss.missing.en });
  // An unquantified amount whose note is not its rule's own (the interest subsidy in a year the
  // scheme has not announced) crosses with its note.
  const loan = { city: 'nanjing', size: 'small', manufacturing: true, titles: { provincial_srdi: 2023 }, finance: { equipment_loan_yuan: 10000000, equipment_loan_rate_bp: 350 } };
  const later = api.evaluate(loan, '2030-01-01');
  assert.deepStrictEqual(later, api.evaluateFull(loan, '2030-01-01'));
  assert.ok(later.items.some((i) => i.amount.kind === 'unquantified' && i.amount.note_zh === '贴息方案当年口径未公布。'));
});

test("evaluate's objects read, write and copy exactly like evaluateFull's", () => {
  const p = { city: 'nanjing', size: 'small', titles: { little_giant: 2026 }, achievements: { leads_standard: true }, talent: { graduates_phd: 2 } };
  const a = api.evaluate(p, '2026-11-23');
  const full = api.evaluateFull(p, '2026-11-23');
  // Same keys in the same places, so the same JSON text.
  assert.equal(JSON.stringify(a), JSON.stringify(full));
  // The wording can be replaced like any other field, and then reads as written.
  const rent = a.items.find((i) => i.rule_id === 'nanjing.13.graduate_rent_subsidy');
  const stacked = a.items.find((i) => i.stacking !== null);
  rent.trace = [];
  stacked.stacking = null;
  a.near_misses[0].would_bring_text = { zh: '-', en: '-' };
  assert.deepEqual([rent.trace, stacked.stacking, a.near_misses[0].would_bring_text.zh], [[], null, '-']);
  // Each item keeps its own wording even if its id is edited.
  const other = a.items.find((i) => i.amount.kind === 'up_to');
  const before = other.amount_text;
  other.rule_id = 'edited';
  assert.deepEqual(other.amount_text, before);
  // No result shares an object with another, or with the tables behind them.
  const b = api.evaluate(p, '2026-11-23');
  const ext = b.items.find((i) => i.external !== null);
  ext.external.note_zh = 'changed';
  b.items[0].level.level = 'changed';
  b.documents[0].effective_from.date = '1999-01-01';
  assert.equal(JSON.stringify(api.evaluate(p, '2026-11-23')), JSON.stringify(full));
});

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
  // A date that is not a string is named, not a crash in the glue.
  for (const asOf of [20261123, {}, true]) {
    for (const f of [api.evaluate, api.evaluateFull]) {
      assert.throws(() => f({ city: 'nanjing', size: 'small' }, asOf), (e) => e.name === 'SrdiInputError' && e.field === 'asOf' && / \/ /.test(e.message));
    }
    assert.deepEqual(api.validate({ city: 'nanjing', size: 'small' }, asOf).map((x) => x.field), ['asOf']);
  }
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

test('timeline: its sums are the totals on every golden line, and the worked cases by hand (issue 20 §2)', () => {
  const lines = fs.readFileSync(new URL('../parity/golden.jsonl', import.meta.url), 'utf8').trim().split('\n');
  let checked = 0;
  for (const line of lines) {
    const row = JSON.parse(line);
    let a;
    try { a = api.evaluate(row.profile, row.as_of); } catch { continue; }
    const t = api.timeline(row.profile, row.as_of);
    const sum = (part, key) => t.years.reduce((n, y) => n + y[part][key], 0);
    const x = a.totals;
    const thisYear = t.years.find((y) => y.year === Number(row.as_of.slice(0, 4)));
    assert.deepEqual(
      [sum('certain', 'one_off_fen'), sum('likely', 'one_off_fen'), sum('certain', 'up_to_fen'), sum('certain', 'staff_fen'), thisYear?.certain.yearly_fen ?? 0, thisYear?.likely.yearly_fen ?? 0],
      [x.exact_one_off_fen, x.likely_one_off_fen, x.up_to_fen, x.employees_max_total_fen, x.annual_fen, x.likely_annual_fen],
      row.name,
    );
    checked += 1;
  }
  assert.ok(checked > 300, String(checked));
  // W1 (docs/worked-cases.md): the 2026 scheme year ¥8,000,000 to 31 December, 2027 not announced.
  const w1 = { city: 'xuzhou', size: 'medium', manufacturing: true, loans: [{ equipment_yuan: 100000000 }, { equipment_yuan: 400000000 }] };
  const t1 = api.timeline(w1, '2026-06-30');
  assert.deepEqual(t1.years.map((y) => y.year), [2026, 2027]);
  assert.deepEqual(t1.years[0].entries[0], { ...t1.years[0].entries[0], kind: 'scheme_year', fen: 800000000, until: '2026-12-31', certain: true });
  assert.equal(t1.years[1].entries[0].kind, 'not_announced');
  assert.match(t1.years[1].entries[0].text.zh, /2027 年起贴息口径未公布，不作推算/);
  // W3: the PhD's 16 months at ¥1,800, 7 in 2026 and 9 in 2027; the award one-off in 2026.
  const w3 = { city: 'nanjing', size: 'small', titles: { little_giant: { first_year: 2025, first_month: 3 } }, talent: { groups: [{ degree: 'phd', count: 1, rent_yuan: 1800, months_received: 20 }] } };
  const t3 = api.timeline(w3, '2026-06-30');
  const staff = t3.years.flatMap((y) => y.entries.filter((e) => e.kind === 'staff').map((e) => [y.year, e.from_month, e.to_month, e.months, e.fen]));
  assert.deepEqual(staff, [[2026, 6, 12, 7, 1260000], [2027, 1, 9, 9, 1620000]]);
  assert.equal(t3.years[0].entries[0].kind, 'one_off');
  assert.equal(t3.years[0].certain.one_off_fen, 100000000);
  // W4a: the loan's term, July 2025 to June 2026, ceiling 3.5%, not money.
  const w4 = { city: 'huaian', size: 'small', titles: { provincial_srdi: 2024 }, srdi_loans: [{ principal_yuan: 3000000, tenor_months: 12, signed: '2025-07-01', rate_bp: 400 }] };
  const terms = api.timeline(w4, '2025-10-01').years.flatMap((y) => y.entries.filter((e) => e.kind === 'loan_term').map((e) => [y.year, e.from_month, e.to_month, e.ceiling_bp, e.above_cap_fen]));
  assert.deepEqual(terms, [[2025, 7, 12, 350, 1500000], [2026, 1, 6, 350, 1500000]]);
  // W6: ¥3,000,000 + ¥1,000,000 one-off in 2026.
  const t6 = api.timeline({ city: 'nanjing', size: 'medium', manufacturing: true, titles: { single_champion: 2026, little_giant: 2026 } }, '2026-11-23');
  assert.equal(t6.years[0].certain.one_off_fen, 400000000);
  assert.throws(() => api.timeline({ city: 'nanjing', size: 'small', titles: { little_giant: 3000 } }, '2026-11-23'), (e) => e.name === 'SrdiInputError' && e.field === 'titles.little_giant');
});

test('receipt and verify: the same digests as natively, a round trip, a changed answer, the age line (issue 20 §3, §4)', () => {
  const w3 = { city: 'nanjing', size: 'small', titles: { little_giant: { first_year: 2025, first_month: 3 } }, talent: { groups: [{ degree: 'phd', count: 1, rent_yuan: 1800, months_received: 20 }] } };
  const r = api.receipt(w3, '2026-06-30');
  assert.equal(r.rules_version, api.version().rules_version);
  // The digests the native crate gives for W3 (crates/rules/tests/receipt.rs pins the same).
  assert.deepEqual([r.answers, r.money], ['45320BB3', '9F032F46']);
  assert.equal(r.code, `SRDI1:${r.rules_version}:2026-06-30:45320BB3:9F032F46`);
  const link = 'https://srdi.example/#v=3&city=nanjing&size=small&titles.little_giant=2025&titles.little_giant.first_month=3&talent.groups.1.degree=phd&talent.groups.1.rent_yuan=1800&talent.groups.1.months_received=20&as_of=2026-06-30';
  const ok = api.verify(`用手机扫码或打开此链接，可看到同样的测算：\n${link}\n${r.text.zh}`);
  assert.equal(ok.matches, true);
  assert.match(ok.text.zh, /^一致：答案和金额与核验码相符/);
  const bad = api.verify(`${link.replace('rent_yuan=1800', 'rent_yuan=1000')} ${r.code}`);
  assert.equal(bad.matches, false);
  assert.match(bad.text.zh, /^不同：答案与核验码不符/);
  assert.throws(() => api.verify(link), (e) => e.name === 'SrdiInputError' && e.field === 'receipt');
  const age = api.rulesAge('2027-06-01', 'https://qy.example/srdi');
  assert.equal(age.packaged, api.version().rules_version);
  assert.equal(age.stale, true);
  assert.match(age.text.zh, /^规则更新于 \d{4}-\d{2}-\d{2}，已 \d+ 天$/);
  assert.match(age.advice.zh, /请到 https:\/\/qy\.example\/srdi 获取新版本/);
  assert.equal(api.rulesAge(api.version().rules_version).advice, null);
});

test('the TypeScript definitions cover the schema and catch mistakes', () => {
  const dts = fs.readFileSync(new URL('srdi_calc.d.ts', PKG), 'utf8');
  const entry = fs.readFileSync(new URL('index.d.ts', PKG), 'utf8');
  assert.match(entry, /export function evaluate\(profile: Profile, asOf\?: string \| null\): Assessment;/);
  assert.match(dts, /export function evaluateFull\(profile: Profile, asOf\?: string \| null\): Assessment;/);
  // Every field of the JSON Schema appears in the profile's types (generated from it: crates/wasm/tests/profile_types.rs).
  const schema = api.schema();
  const begin = dts.indexOf('srdi-calc profile types: generated');
  const end = dts.indexOf('end of the generated profile types');
  assert.ok(begin >= 0 && end > begin, 'the generated profile types are in srdi_calc.d.ts');
  const profileTs = dts.slice(begin, end);
  assert.match(profileTs, /export interface Profile \{/);
  assert.match(profileTs, new RegExp(`@maxLength ${schema.properties.district.maxLength}\\b`), 'the bounds are in the doc comments');
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

test('the package names the engines it supports and fails with that message elsewhere', async () => {
  assert.match(api.SUPPORTED_ENGINES, /Chrome\/Edge 96\+.*Firefox 79\+.*Safari 15\+.*Node\.js 18\+/);
  // A second instance of the entry, so the first stays initialised.
  const fresh = await import(new URL('index.js?engine-check', PKG));
  const bytes = fs.readFileSync(new URL('srdi_calc_bg.wasm', PKG));
  const real = globalThis.WebAssembly;
  try {
    delete globalThis.WebAssembly;
    assert.throws(() => fresh.initSync({ module: bytes }), /srdi-calc: this JavaScript engine has no WebAssembly; supported: Chrome\/Edge 96\+/);
    await assert.rejects(fresh.default({ module_or_path: bytes }), /no WebAssembly/);
    // An engine from before reference types (Chromium < 96, Safari < 15, Firefox < 79).
    globalThis.WebAssembly = Object.create(real, { validate: { value: (b) => !(b.length === 25 && b[13] === 111) && real.validate(b) } });
    assert.throws(() => fresh.initSync({ module: bytes }), /lacks reference types; supported: Chrome\/Edge 96\+/);
  } finally {
    globalThis.WebAssembly = real;
  }
  fresh.initSync({ module: bytes });
  assert.equal(fresh.evaluate({ city: 'nanjing', size: 'small', titles: { little_giant: 2026 } }, '2026-11-23').totals.exact_one_off_fen, 100000000);
});
