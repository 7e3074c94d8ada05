// srdi-calc: the package's entry point. Re-exports the wasm-bindgen module and
// provides the fast `evaluate`: the wasm returns only what depends on the
// profile (figures and flags as numbers; its wording when first read) and this
// file joins the rules' and documents' own texts from tables read once at init. No rule
// logic lives here; every figure and every sentence is written by the wasm.
import init0, { initSync as initSync0, evaluateCompact, evaluateFull, texts, staticTables } from './srdi_calc.js';

export { evaluateFull, validate, policies, schema, version, timeline, receipt, verify, rulesAge } from './srdi_calc.js';

let rules = null;
let documents = null;
let flagSets = null;
let kinds = null;
let stride = 0;
let fixes = null;
let likelyBits = 0;

function loadTables() {
  const t = staticTables();
  rules = t.rules;
  documents = t.documents;
  // Every set of flags, by its bits (bit n is t.flags[n]), in the order the flags are declared.
  flagSets = Array.from({ length: 1 << t.flags.length }, (_, bits) => t.flags.filter((_, n) => bits & (1 << n)));
  // Each amount kind by its code: its name and its fields in the order its JSON lists them.
  // A field whose sample is a boolean crosses as 1 / 0 and is turned back into one.
  kinds = t.amount_kinds.map((sample) => {
    const fields = Object.keys(sample).filter((k) => k !== 'kind');
    return { kind: sample.kind, fields, flags: fields.map((k) => typeof sample[k] === 'boolean') };
  });
  stride = t.item_stride;
  fixes = t.fixes;
  // The bit of the "likely" flag: such an item's reason comes with its wording.
  likelyBits = 1 << t.flags.indexOf('likely');
}

/** The engines this package runs in; elsewhere init() fails with this message (docs/js-api.md). */
export const SUPPORTED_ENGINES = 'Chrome/Edge 96+, Firefox 79+, Safari 15+, Node.js 18+ (WebAssembly with reference types)';

// (module (func (param externref))): the wasm uses reference types.
const REFERENCE_TYPES = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 1, 111, 0, 3, 2, 1, 0, 10, 4, 1, 2, 0, 11]);
function checkEngine() {
  const W = globalThis.WebAssembly;
  if (typeof W !== 'object' || W === null || typeof W.validate !== 'function') {
    throw new Error(`srdi-calc: this JavaScript engine has no WebAssembly; supported: ${SUPPORTED_ENGINES}. Older browsers can use the calculator's web page or its offline file.`);
  }
  if (!W.validate(REFERENCE_TYPES)) {
    throw new Error(`srdi-calc: this engine's WebAssembly lacks reference types; supported: ${SUPPORTED_ENGINES}. Older browsers can use the calculator's web page or its offline file.`);
  }
}

/** Loads the wasm (fetched next to this file unless given) and the rule tables. */
export default async function init(input) {
  checkEngine();
  const out = await init0(input);
  loadTables();
  return out;
}

/** Synchronous init from the wasm's bytes or a compiled module (e.g. in Node). */
export function initSync(input) {
  checkEngine();
  const out = initSync0(input);
  loadTables();
  return out;
}

// The wording written for the profile (the amounts' wording, the steps, stacking notes and what a
// near miss would bring) is written by the wasm, for the whole evaluation at once, when any of it
// is first read. These are own enumerable accessors in the same place as in `evaluateFull`'s
// objects, so JSON.stringify, object spread, structuredClone and proxies (e.g. Vue's reactive)
// all see them, and assigning one replaces it with a plain value. The accessors are shared by
// every object (V8 then keeps one object shape for all items: twice as fast as a getter per item)
// and reach their own wording through a hidden (non-enumerable) symbol-keyed property, which also
// works through a proxy.
const WORDS = Symbol('srdi-calc words');
function wording(key, pick) {
  return {
    get() { return pick(this[WORDS]()); },
    set(value) { Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true }); },
    enumerable: true,
    configurable: true,
  };
}
const AMOUNT_TEXT = wording('amount_text', (w) => w.amount_text);
const TRACE = wording('trace', (w) => w.trace);
const STACKING = wording('stacking', (w) => w.stacking);
const LIKELY = wording('likely', (w) => w.likely);
const WOULD_BRING_TEXT = wording('would_bring_text', (w) => w);

// Values from the static tables that are objects are copied, so no result shares them.
const copy = (v) => (v === null ? null : Object.assign({}, v));

const flagsOf = (bits) => flagSets[bits].slice();
/** An item's amount from its numbers at `o` (kind code, then its figures in JSON order). */
function amountAt(num, o, r, notes) {
  const k = kinds[num[o]];
  const a = { kind: k.kind };
  if (k.kind === 'unquantified') {
    // The figure is the note's number in `notes`, or −1 for the rule's own note.
    const note = num[o + 1] < 0 ? r.amount_note : notes[num[o + 1]];
    a.note_zh = note.zh;
    a.note_en = note.en;
  } else {
    for (let f = 0; f < k.fields.length; f++) a[k.fields[f]] = k.flags[f] ? num[o + 1 + f] !== 0 : num[o + 1 + f];
  }
  return a;
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
  const [num, json] = evaluateCompact(text, asOf ?? undefined);
  const c = JSON.parse(json);
  let words = null;
  const wordsOf = () => {
    if (words === null) words = JSON.parse(texts(text, c.as_of));
    return words;
  };
  const items = new Array(c.item_count);
  for (let at = 0, o = 0; at < items.length; at++, o += stride) {
    const r = rules[num[o]];
    const id = r.rule_id;
    // Built in `evaluateFull`'s key order; the accessors are added in their places.
    const item = {
      rule_id: id, document: r.document, document_zh: r.document_zh, document_en: r.document_en,
      level: copy(r.level), clause: r.clause, quote: r.quote, gist_en: r.gist_en, name_zh: r.name_zh, name_en: r.name_en,
      category: r.category, beneficiary: r.beneficiary, amount: amountAt(num, o + 2, r, c.notes),
    };
    // Most rules word every item the same (a service, a fixed sum, a cap, a note): their wording
    // comes from the tables, copied; the rest, and stacking notes, are written by the wasm when
    // first read.
    const fixed = r.words;
    const stacked = num[o + 7] === 1;
    const likely = (num[o + 1] & likelyBits) !== 0;
    if (fixed === null || stacked || likely) Object.defineProperty(item, WORDS, { value: () => wordsOf().items[id], configurable: true });
    if (fixed === null) Object.defineProperty(item, 'amount_text', AMOUNT_TEXT);
    else item.amount_text = { zh: fixed.amount_text.zh, en: fixed.amount_text.en };
    item.until = null;
    item.period = r.period;
    item.payment = r.payment;
    item.departments = r.departments;
    item.flags = flagsOf(num[o + 1]);
    item.external = copy(r.external);
    if (fixed === null) Object.defineProperty(item, 'trace', TRACE);
    else item.trace = fixed.trace.map((t) => ({ zh: t.zh, en: t.en }));
    if (stacked) Object.defineProperty(item, 'stacking', STACKING);
    else item.stacking = null;
    if (likely) Object.defineProperty(item, 'likely', LIKELY);
    else item.likely = null;
    items[at] = item;
  }
  // A yearly or monthly figure certain only so long (the 贴息's scheme year, a document that ends soon).
  for (const [at, u] of c.until) items[at].until = u;
  const near_misses = new Array(num.length / stride - c.item_count);
  for (let at = 0, o = c.item_count * stride; at < near_misses.length; at++, o += stride) {
    const r = rules[num[o]];
    const id = r.rule_id;
    const f = fixes[num[o + 7]];
    const miss = {
      rule_id: id, document: r.document, document_zh: r.document_zh, document_en: r.document_en, clause: r.clause,
      name_zh: r.name_zh, name_en: r.name_en, missing: { zh: f.missing.zh, en: f.missing.en }, fix: { kind: f.fix.kind, value: f.fix.value },
      would_bring: amountAt(num, o + 2, r, c.notes),
    };
    Object.defineProperty(miss, WORDS, { value: () => wordsOf().near_misses[id], configurable: true });
    Object.defineProperty(miss, 'would_bring_text', WOULD_BRING_TEXT);
    miss.flags = flagsOf(num[o + 1]);
    near_misses[at] = miss;
  }
  const docs = c.documents.map(([n, bits]) => {
    const d = documents[n];
    return { ...d, level: copy(d.level), effective_from: copy(d.effective_from), effective_until: copy(d.effective_until), flags: flagsOf(bits) };
  });
  return {
    as_of: c.as_of, city: c.city, applies: c.applies, notices: c.notices, documents: docs,
    items, near_misses, totals: c.totals, rules_version: c.rules_version,
  };
}
