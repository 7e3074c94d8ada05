// srdi-calc: the package's entry point. Re-exports the wasm-bindgen module and
// provides the fast `evaluate`: the wasm returns only what depends on the
// profile (figures, flags, the amounts' wording) and this file joins the
// rules' and documents' own texts from tables read once at init. No rule
// logic lives here; every figure and every sentence is written by the wasm.
import init0, { initSync as initSync0, evaluateCompact, evaluateFull, texts, staticTables } from './srdi_calc.js';

export { evaluateFull, validate, policies, schema, version } from './srdi_calc.js';

let rules = null;
let documents = null;

const WORDS = Symbol('srdi-calc words');

/** One benefit. `amount_text` and `trace` are computed when first read; JSON.stringify includes them. */
class Item {
  constructor(r, i, words) {
    this.rule_id = r.rule_id;
    this.document = r.document;
    this.document_zh = r.document_zh;
    this.document_en = r.document_en;
    this.level = r.level;
    this.clause = r.clause;
    this.quote = r.quote;
    this.gist_en = r.gist_en;
    this.name_zh = r.name_zh;
    this.name_en = r.name_en;
    this.category = r.category;
    this.beneficiary = r.beneficiary;
    this.amount = i.amount;
    this.period = r.period;
    this.payment = r.payment;
    this.departments = r.departments;
    this.flags = i.flags;
    this.external = r.external;
    this.stacking = i.stacking;
    this[WORDS] = words;
  }
  #words() {
    const w = this[WORDS];
    if (w.map === null) w.map = JSON.parse(texts(w.text, w.asOf));
    return w.map[this.rule_id];
  }
  get amount_text() { return this.#words().amount_text; }
  get trace() { return this.#words().trace; }
  toJSON() {
    return {
      rule_id: this.rule_id, document: this.document, document_zh: this.document_zh, document_en: this.document_en,
      level: this.level, clause: this.clause, quote: this.quote, gist_en: this.gist_en, name_zh: this.name_zh,
      name_en: this.name_en, category: this.category, beneficiary: this.beneficiary, amount: this.amount,
      amount_text: this.amount_text, period: this.period, payment: this.payment, departments: this.departments,
      flags: this.flags, external: this.external, trace: this.trace, stacking: this.stacking,
    };
  }
}

function loadTables() {
  const t = staticTables();
  rules = new Map(t.rules.map((r) => [r.rule_id, r]));
  documents = new Map(t.documents.map((d) => [d.document, d]));
}

/** Loads the wasm (fetched next to this file unless given) and the rule tables. */
export default async function init(input) {
  const out = await init0(input);
  loadTables();
  return out;
}

/** Synchronous init from the wasm's bytes or a compiled module (e.g. in Node). */
export function initSync(input) {
  const out = initSync0(input);
  loadTables();
  return out;
}

/** Evaluates one enterprise profile on a date (YYYY-MM-DD, default today). Throws SrdiInputError. */
export function evaluate(profile, asOf) {
  if (rules === null) throw new Error('srdi-calc: call init() (or initSync()) first');
  // A snapshot: the result never changes if the caller later edits `profile`.
  let text;
  try {
    text = JSON.stringify(profile);
  } catch (e) {
    text = undefined;
  }
  // Not JSON-able (a cycle, a BigInt, undefined): the wasm says so, in both languages.
  if (typeof text !== 'string') return evaluateFull(profile, asOf ?? undefined);
  const c = JSON.parse(evaluateCompact(text, asOf ?? undefined));
  // The amounts' wording and the steps are written by the wasm, for all items at once, when
  // any item's `amount_text` or `trace` is first read (JSON.stringify reads them too).
  const words = { text, asOf: c.as_of, map: null };
  const items = c.items.map((i) => new Item(rules.get(i.rule_id), i, words));
  const near_misses = c.near_misses.map((n) => {
    const r = rules.get(n.rule_id);
    return {
      rule_id: r.rule_id, document: r.document, document_zh: r.document_zh, document_en: r.document_en, clause: r.clause,
      name_zh: r.name_zh, name_en: r.name_en, missing: n.missing, fix: n.fix, would_bring: n.would_bring,
      would_bring_text: n.would_bring_text, flags: n.flags,
    };
  });
  const docs = c.documents.map((d) => ({ ...documents.get(d.document), flags: d.flags }));
  return {
    as_of: c.as_of, city: c.city, applies: c.applies, notices: c.notices, documents: docs,
    items, near_misses, totals: c.totals, rules_version: c.rules_version,
  };
}
