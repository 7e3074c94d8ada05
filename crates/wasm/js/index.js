// srdi-calc: the package's entry point. Re-exports the wasm-bindgen module and
// provides the fast `evaluate`: the wasm returns only what depends on the
// profile (figures, flags, the amounts' wording) and this file joins the
// rules' and documents' own texts from tables read once at init. No rule
// logic lives here; every figure and every sentence is written by the wasm.
import init0, { initSync as initSync0, evaluateCompact, evaluateFull, texts, staticTables } from './srdi_calc.js';

export { evaluateFull, validate, policies, schema, version } from './srdi_calc.js';

let rules = null;
let documents = null;

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
  // The amounts' wording and the steps are written by the wasm, for all items at once, when any
  // item's `amount_text` or `trace` is first read. Both are own enumerable getters, so
  // JSON.stringify, object spread, structuredClone and proxies (e.g. Vue's reactive) all see them.
  let words = null;
  const wordsOf = (id) => {
    if (words === null) words = JSON.parse(texts(text, c.as_of));
    return words[id];
  };
  const items = c.items.map((i) => {
    const r = rules.get(i.rule_id);
    const id = i.rule_id;
    return {
      rule_id: r.rule_id, document: r.document, document_zh: r.document_zh, document_en: r.document_en,
      level: r.level, clause: r.clause, quote: r.quote, gist_en: r.gist_en, name_zh: r.name_zh, name_en: r.name_en,
      category: r.category, beneficiary: r.beneficiary, amount: i.amount,
      get amount_text() { return wordsOf(id).amount_text; },
      period: r.period, payment: r.payment, departments: r.departments, flags: i.flags, external: r.external,
      get trace() { return wordsOf(id).trace; },
      stacking: i.stacking,
    };
  });
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
