//! The srdi-calc JS API: `evaluate`, `policies`, `schema`, `version`, `timeline`, `receipt`,
//! `verify`, `rulesAge`.
//!
//! A thin translation layer: JS values in, the rules crate's own types out,
//! through serde-wasm-bindgen. No rule logic lives here. Bad input throws a
//! JS `Error` whose message names the field in Chinese and English and which
//! carries the machine-readable path in `error.field` (and every problem in
//! `error.errors`). TypeScript types for all of it are emitted into the
//! generated `.d.ts` by wasm-bindgen: the profile's in `profile.d.ts`
//! (generated from the JSON Schema by `tests/profile_types.rs`), the results'
//! and the API's in `types.d.ts` (hand-kept).
#![forbid(unsafe_code)]

use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use srdi_rules::{catalogue, parse, policies, Date, FieldError, InputError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const PROFILE_TYPES: &str = include_str!("profile.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// A failure of our own (serialisation), as a JS error in both languages.
fn internal(e: impl core::fmt::Display) -> JsValue {
    error_value(&InputError::from(FieldError::new("", format!("内部错误：{e}"), format!("internal error: {e}"))))
}

/// Values cross as plain JSON-like objects (maps as objects, integers as numbers).
fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(internal)
}

/// A JS `Error` for bad input: message `zh / en`, plus `field`, `zh`, `en`, `errors`.
fn error_value(err: &InputError) -> JsValue {
    let e = js_sys::Error::new(&err.to_string());
    e.set_name("SrdiInputError");
    let list = Array::new();
    for fe in &err.errors {
        let o = Object::new();
        let _ = Reflect::set(&o, &"field".into(), &fe.field.as_str().into());
        let _ = Reflect::set(&o, &"zh".into(), &fe.zh.as_str().into());
        let _ = Reflect::set(&o, &"en".into(), &fe.en.as_str().into());
        list.push(&o);
    }
    if let Some(first) = err.errors.first() {
        let _ = Reflect::set(&e, &"field".into(), &first.field.as_str().into());
        let _ = Reflect::set(&e, &"zh".into(), &first.zh.as_str().into());
        let _ = Reflect::set(&e, &"en".into(), &first.en.as_str().into());
    }
    let _ = Reflect::set(&e, &"errors".into(), &list);
    e.into()
}

/// Reads a profile through JSON text, so that unknown fields are rejected
/// exactly as natively (serde-wasm-bindgen's struct reader skips keys it does
/// not ask for) and a cyclic or BigInt-carrying value gives an error, not a panic.
fn read_profile(profile: &JsValue) -> Result<srdi_rules::Profile, InputError> {
    let text = js_sys::JSON::stringify(profile)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| FieldError::new("", "输入无法转换为 JSON（含循环引用、BigInt 或 undefined）".into(), "input cannot be turned into JSON (cycle, BigInt or undefined)".into()))?;
    parse::profile_from_json(&text)
}

/// The as-of date: `YYYY-MM-DD`, or today in the caller's time zone.
fn as_of_date(as_of: Option<js_sys::JsString>) -> Result<Date, InputError> {
    // The glue passes whatever JavaScript gave; a number or an object is named as an error here.
    let as_of = match as_of.map(|v| JsValue::from(v).as_string()) {
        None => None,
        Some(Some(s)) => Some(s),
        Some(None) => return Err(FieldError::new("asOf", "asOf 应为 YYYY-MM-DD 格式的字符串".into(), "asOf must be a string in the form YYYY-MM-DD".into()).into()),
    };
    match as_of {
        None => {
            let d = js_sys::Date::new_0();
            let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
            u16::try_from(y)
                .ok()
                .and_then(|y| Date::new(y, m as u8, day as u8))
                .ok_or_else(|| FieldError::new("asOf", "无法读取本机日期，请传入 asOf".into(), "could not read the device date; pass asOf".into()).into())
        }
        Some(s) => Date::parse(s.trim()).ok_or_else(|| FieldError::bad_date("asOf", &s).into()),
    }
}

/// Evaluates one enterprise profile on a date (default: today), building the
/// whole assessment inside the wasm. `index.js` exports the faster `evaluate`
/// (same result, see `evaluateCompact`); this one is kept for direct use and
/// for the parity tests.
///
/// Throws an `Error` naming the field (zh / en) for bad input; never panics.
#[wasm_bindgen(js_name = evaluateFull, unchecked_return_type = "Assessment")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<js_sys::JsString>,
) -> Result<JsValue, JsValue> {
    let as_of = as_of_date(as_of).map_err(|e| error_value(&e))?;
    let profile = read_profile(&profile).map_err(|e| error_value(&e))?;
    let assessment = srdi_rules::evaluate(&profile, as_of).map_err(|e| error_value(&e))?;
    // One JSON string across the boundary and the engine's own JSON.parse: several
    // times faster than building the objects value by value (docs/performance.md).
    let text = serde_json::to_string(&assessment).map_err(internal)?;
    js_sys::JSON::parse(&text)
}

/// String equality that first asks whether both are the same bytes in memory
/// (as the rules' own strings usually are), before comparing them byte by byte.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && (std::ptr::eq(a.as_ptr(), b.as_ptr()) || a == b)
}

type RuleEntry = (&'static str, u32, &'static srdi_rules::model::Rule);

/// Every rule with its position in `staticTables().rules`, in that order and
/// sorted by id (built once).
struct RuleTable {
    order: Vec<RuleEntry>,
    by_id: Vec<RuleEntry>,
}

impl RuleTable {
    fn get() -> &'static RuleTable {
        static TABLE: std::sync::OnceLock<RuleTable> = std::sync::OnceLock::new();
        TABLE.get_or_init(|| {
            let order: Vec<RuleEntry> = catalogue::rules().zip(0u32..).map(|((_, _, r), n)| (r.id, n, r)).collect();
            let mut by_id = order.clone();
            by_id.sort_unstable_by_key(|e| e.0);
            RuleTable { order, by_id }
        })
    }

    /// A rule's position and the rule, by id.
    fn find(&self, id: &str) -> Option<(u32, &'static srdi_rules::model::Rule)> {
        self.by_id.binary_search_by_key(&id, |e| e.0).ok().map(|i| (self.by_id[i].1, self.by_id[i].2))
    }

    /// The same, for ids met in table order (as the evaluator lists its items):
    /// `cursor` walks forward and finds each in a step or two.
    fn find_next(&self, id: &str, cursor: &mut usize) -> Option<(u32, &'static srdi_rules::model::Rule)> {
        let ahead = self.order.get(*cursor..).unwrap_or_default();
        match ahead.iter().take(8).position(|e| same(e.0, id)) {
            Some(k) => {
                *cursor += k + 1;
                Some((ahead[k].1, ahead[k].2))
            }
            None => self.find(id),
        }
    }
}

/// What `evaluateCompact` sends as JSON beside the items' numbers.
#[derive(Serialize)]
struct Compact<'a> {
    as_of: Date,
    city: srdi_rules::profile::City,
    applies: bool,
    notices: &'a [srdi_rules::Notice],
    /// `[document position, flag bits]`.
    documents: Vec<(usize, u8)>,
    /// How many items lead the numbers (near misses follow).
    item_count: usize,
    totals: &'a srdi_rules::Totals,
    rules_version: &'static str,
    /// Unquantified amounts' notes that are not their rule's own (−1: the rule's own).
    notes: Vec<srdi_rules::Text>,
    /// `[item position, until]` for the items whose figure is certain only so long (the rest: null).
    until: Vec<(usize, srdi_rules::eval::Until)>,
}

/// Numbers per item in `evaluateCompact`'s first part: `rule position, flag
/// bits, amount kind, 4 amount figures`, then whether the item has a stacking
/// note (1 or 0; its wording comes from `texts()`) or the near miss's fix (its
/// position in `staticTables().fixes`).
pub const ITEM_STRIDE: usize = 8;

/// One sample of each amount kind, at the position that is its code; its JSON
/// gives `index.js` the kind's name and field names in order (`staticTables().amount_kinds`).
const AMOUNT_KINDS: [srdi_rules::Amount; 9] = {
    use srdi_rules::Amount::*;
    [
        Exact { fen: 0 },
        UpTo { cap_fen: 0 },
        Monthly { per_month_fen: 0, per_year_fen: 0, max_months: 0, max_total_fen: 0 },
        Annual { fen: 0 },
        EvaluationPrice { bid_fen: 0, deduction_bp: 0, evaluated_fen: 0, best_case: false },
        FeeCeiling { rate_bp: 0, base_fen: 0, max_fee_fen: 0 },
        RateCeiling { lpr_bp: 0, spread_bp: 0, ceiling_bp: 0, above_cap_fen: 0 },
        Unquantified { note_zh: "", note_en: "" },
        NonMonetary,
    ]
};

/// An amount's kind code and figures, in the order its JSON lists them.
/// (Figures are below 2^53 fen, so f64 holds them exactly; JSON.parse would give the same f64.)
fn amount_numbers(a: &srdi_rules::Amount) -> (u8, [f64; 4]) {
    use srdi_rules::Amount::*;
    let f = |x: i64| x as f64;
    let u = |x: u32| f64::from(x);
    match *a {
        Exact { fen } => (0, [f(fen), 0.0, 0.0, 0.0]),
        UpTo { cap_fen } => (1, [f(cap_fen), 0.0, 0.0, 0.0]),
        Monthly { per_month_fen, per_year_fen, max_months, max_total_fen } => (2, [f(per_month_fen), f(per_year_fen), u(max_months), f(max_total_fen)]),
        Annual { fen } => (3, [f(fen), 0.0, 0.0, 0.0]),
        // A yes/no figure crosses as 1 / 0; `index.js` turns it back into a boolean (its sample is `false`).
        EvaluationPrice { bid_fen, deduction_bp, evaluated_fen, best_case } => (4, [f(bid_fen), u(deduction_bp), f(evaluated_fen), f64::from(u8::from(best_case))]),
        FeeCeiling { rate_bp, base_fen, max_fee_fen } => (5, [u(rate_bp), f(base_fen), f(max_fee_fen), 0.0]),
        RateCeiling { lpr_bp, spread_bp, ceiling_bp, above_cap_fen } => (6, [u(lpr_bp), u(spread_bp), u(ceiling_bp), f(above_cap_fen)]),
        Unquantified { .. } => (7, [0.0; 4]),
        NonMonetary => (8, [0.0; 4]),
    }
}

fn evaluate_text(profile_json: &str, as_of: Option<js_sys::JsString>) -> Result<srdi_rules::Assessment, JsValue> {
    let as_of = as_of_date(as_of).map_err(|e| error_value(&e))?;
    // Most profiles are valid: read them without tracking the field path (a third of the
    // call), and read again with it only to name the field of an error.
    let profile = match serde_json::from_str::<srdi_rules::Profile>(profile_json) {
        Ok(p) => p,
        Err(_) => parse::profile_from_json(profile_json).map_err(|e| error_value(&e))?,
    };
    srdi_rules::evaluate(&profile, as_of).map_err(|e| error_value(&e))
}

/// For `index.js`: evaluates a profile given as JSON text and returns
/// `[numbers, json]`: the items, then the near misses, as a `Float64Array` of
/// `ITEM_STRIDE` numbers each (see there), and the rest as JSON text
/// (documents, totals, notices). `index.js` joins the static texts; the
/// wording written for this profile (amounts, steps, stacking notes) comes
/// from `texts()` when first read.
#[wasm_bindgen(js_name = evaluateCompact, unchecked_return_type = "[Float64Array, string]")]
pub fn evaluate_compact(profile_json: &str, #[wasm_bindgen(js_name = asOf)] as_of: Option<js_sys::JsString>) -> Result<Array, JsValue> {
    use srdi_rules::{model::AmountRule, Amount};
    let a = evaluate_text(profile_json, as_of)?;
    let missing_rule = || internal("rule not in the static tables");
    let (table, mut cursor) = (RuleTable::get(), 0);
    let mut numbers = Vec::with_capacity((a.items.len() + a.near_misses.len()) * ITEM_STRIDE);
    let mut notes = Vec::new();
    let mut figures = |numbers: &mut Vec<f64>, n: u32, bits: u8, amount: &Amount, rule: &srdi_rules::model::Rule, last: f64| {
        let (kind, mut f) = amount_numbers(amount);
        if let Amount::Unquantified { note_zh, note_en } = *amount {
            let own = matches!(rule.amount, AmountRule::Unquantified { note_zh: z, note_en: e } if same(z, note_zh) && same(e, note_en));
            f[0] = if own {
                -1.0
            } else {
                notes.push(srdi_rules::Text { zh: note_zh.into(), en: note_en.into() });
                (notes.len() - 1) as f64
            };
        }
        numbers.extend_from_slice(&[f64::from(n), f64::from(bits), f64::from(kind), f[0], f[1], f[2], f[3], last]);
    };
    let mut until = Vec::new();
    for (at, i) in a.items.iter().enumerate() {
        if let Some(u) = i.until {
            until.push((at, u));
        }
        let (n, rule) = table.find_next(i.rule.id, &mut cursor).ok_or_else(missing_rule)?;
        figures(&mut numbers, n, i.flags.bits(), &i.amount, rule, if i.stacking.is_some() { 1.0 } else { 0.0 });
    }
    for m in &a.near_misses {
        let (n, rule) = table.find(m.rule_id).ok_or_else(missing_rule)?;
        figures(&mut numbers, n, m.flags.bits(), &m.would_bring, rule, m.fix.position() as f64);
    }
    let mut documents = Vec::with_capacity(a.documents.len());
    for d in &a.documents {
        let n = policies::ALL.iter().position(|x| x.source_file == d.document).ok_or_else(|| internal("document not in the static tables"))?;
        documents.push((n, d.flags.bits()));
    }
    let rest = Compact {
        as_of: a.as_of,
        city: a.city,
        applies: a.applies,
        notices: &a.notices,
        documents,
        item_count: a.items.len(),
        totals: &a.totals,
        rules_version: a.rules_version,
        notes,
        until,
    };
    let json = serde_json::to_string(&rest).map_err(internal)?;
    Ok(Array::of2(&js_sys::Float64Array::from(&numbers[..]).into(), &json.into()))
}

#[derive(Serialize)]
struct ItemTexts<'a> {
    amount_text: srdi_rules::Text,
    trace: Vec<srdi_rules::Text>,
    stacking: &'a Option<srdi_rules::eval::Stacking>,
    likely: &'a Option<srdi_rules::eval::Likely>,
}

#[derive(Serialize)]
struct Words<'a> {
    items: std::collections::BTreeMap<&'static str, ItemTexts<'a>>,
    near_misses: std::collections::BTreeMap<&'static str, &'a srdi_rules::eval::Described>,
}

/// For `index.js`: the wording written for this profile, by rule id (JSON
/// text): each item's amount wording, steps and stacking note, and each near
/// miss's `would_bring_text`.
#[wasm_bindgen]
pub fn texts(profile_json: &str, #[wasm_bindgen(js_name = asOf)] as_of: Option<js_sys::JsString>) -> Result<String, JsValue> {
    let a = evaluate_text(profile_json, as_of)?;
    let words = Words {
        items: a.items.iter().map(|i| (i.rule.id, ItemTexts { amount_text: i.amount_text(), trace: i.trace(), stacking: &i.stacking, likely: &i.likely })).collect(),
        near_misses: a.near_misses.iter().map(|m| (m.rule_id, &m.would_bring_text)).collect(),
    };
    serde_json::to_string(&words).map_err(internal)
}

#[derive(Serialize)]
struct RuleStatic {
    rule_id: &'static str,
    document: &'static str,
    document_zh: &'static str,
    document_en: &'static str,
    level: srdi_rules::model::Level,
    clause: &'static str,
    quote: &'static str,
    gist_en: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    category: srdi_rules::model::Category,
    beneficiary: srdi_rules::model::Beneficiary,
    period: srdi_rules::model::Period,
    payment: srdi_rules::model::Payment,
    departments: &'static str,
    external: Option<srdi_rules::model::External>,
    /// The note of an unquantified amount, where the rule states one.
    amount_note: Option<srdi_rules::Text>,
    /// `amount_text` and `trace`, where they are the same for every profile and date.
    words: Option<FixedWords>,
}

#[derive(Serialize)]
struct FixedWords {
    amount_text: srdi_rules::Text,
    trace: Vec<srdi_rules::Text>,
}

#[derive(Serialize)]
struct DocumentStatic {
    document: &'static str,
    title: &'static str,
    short_zh: &'static str,
    short_en: &'static str,
    level: srdi_rules::model::Level,
    status: srdi_rules::model::Status,
    effective_from: srdi_rules::model::DateSpec,
    effective_until: srdi_rules::model::DateSpec,
}

#[derive(Serialize)]
struct Tables {
    rules: Vec<RuleStatic>,
    documents: Vec<DocumentStatic>,
    /// Flag names by bit: `flags[n]` is bit `n` of the compact flag bits.
    flags: [srdi_rules::eval::Flag; 6],
    /// A sample of each amount kind, by its code in the compact numbers.
    amount_kinds: &'static [srdi_rules::Amount],
    /// Numbers per item in the compact numbers.
    item_stride: usize,
    /// Every fix a near miss can name, with its wording, by position.
    fixes: Vec<FixStatic>,
}

#[derive(Serialize)]
struct FixStatic {
    fix: srdi_rules::Fix,
    missing: srdi_rules::eval::Missing,
}

/// For `index.js`: the texts of every rule and document, read once at `init()`.
#[wasm_bindgen(js_name = staticTables)]
pub fn static_tables() -> Result<JsValue, JsValue> {
    use srdi_rules::model::AmountRule;
    let rules = catalogue::rules()
        .map(|(d, c, r)| RuleStatic {
            rule_id: r.id,
            document: d.source_file,
            document_zh: d.short_zh,
            document_en: d.short_en,
            level: d.level,
            clause: c.number,
            quote: r.quote,
            gist_en: r.gist_en,
            name_zh: r.name_zh,
            name_en: r.name_en,
            category: r.category,
            beneficiary: r.beneficiary,
            period: r.period,
            payment: r.payment,
            departments: c.departments_for(r),
            external: r.external,
            amount_note: match r.amount {
                AmountRule::Unquantified { note_zh, note_en } => Some(srdi_rules::Text { zh: note_zh.into(), en: note_en.into() }),
                _ => None,
            },
            words: srdi_rules::eval::fixed_wording(r).map(|(amount_text, trace)| FixedWords { amount_text, trace }),
        })
        .collect();
    let documents = policies::ALL
        .iter()
        .map(|d| DocumentStatic {
            document: d.source_file,
            title: d.title,
            short_zh: d.short_zh,
            short_en: d.short_en,
            level: d.level,
            status: d.status,
            effective_from: d.effective_from,
            effective_until: d.effective_until,
        })
        .collect();
    let fixes = srdi_rules::Fix::ALL.iter().map(|&fix| FixStatic { fix, missing: srdi_rules::eval::Missing(fix) }).collect();
    to_js(&Tables { rules, documents, flags: srdi_rules::eval::Flags::ALL, amount_kinds: &AMOUNT_KINDS, item_stride: ITEM_STRIDE, fixes })
}

/// Checks a profile without evaluating it: `null` when valid, else the list of problems.
#[wasm_bindgen(unchecked_return_type = "FieldProblem[] | null")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<js_sys::JsString>,
) -> Result<JsValue, JsValue> {
    let checked = as_of_date(as_of).and_then(|d| {
        let p = read_profile(&profile)?;
        p.validate(d)
    });
    match checked {
        Ok(()) => Ok(JsValue::NULL),
        Err(e) => to_js(&e.errors),
    }
}

/// Every rule and every not-applicable clause, in document and clause order, with quotes.
#[wasm_bindgen(unchecked_return_type = "PolicyEntry[]")]
pub fn policies() -> Result<JsValue, JsValue> {
    to_js(&catalogue::entries())
}

/// The JSON Schema (2020-12) of `Profile`.
#[wasm_bindgen(unchecked_return_type = "object")]
pub fn schema() -> Result<JsValue, JsValue> {
    to_js(&parse::profile_schema())
}

/// A value of the rules crate as plain JS objects, through one JSON string (as `evaluateFull`).
fn via_json<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&serde_json::to_string(v).map_err(internal)?)
}

/// The payments by year and month for a profile on a date (default: today): one-off sums, each
/// scheme year's 贴息 (a year not announced shown as such), the graduates' rent months, each
/// 专精特新贷's term; certain and likely apart (issue 20 §2). Throws like `evaluate`.
#[wasm_bindgen(unchecked_return_type = "Timeline")]
pub fn timeline(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<js_sys::JsString>,
) -> Result<JsValue, JsValue> {
    let as_of = as_of_date(as_of).map_err(|e| error_value(&e))?;
    let profile = read_profile(&profile).map_err(|e| error_value(&e))?;
    via_json(&srdi_rules::timeline::timeline(&profile, as_of).map_err(|e| error_value(&e))?)
}

/// The receipt of a profile's result on a date (default: today): the rules' version, the date,
/// and digests of the answers and of the money (`code`: `SRDI1:…`), to print or store beside it
/// (issue 20 §4). Throws like `evaluate`.
#[wasm_bindgen(unchecked_return_type = "Receipt")]
pub fn receipt(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<js_sys::JsString>,
) -> Result<JsValue, JsValue> {
    let as_of = as_of_date(as_of).map_err(|e| error_value(&e))?;
    let profile = read_profile(&profile).map_err(|e| error_value(&e))?;
    via_json(&srdi_rules::receipt::receipt(&profile, as_of).map_err(|e| error_value(&e))?)
}

/// Checks a card's text (or a share link or answer code with its receipt) against these rules:
/// `matches`, and the words 「一致」 or 「不同：规则 X 于 D 修改」. Throws an `SrdiInputError` (field
/// `receipt` or `answers`, or the answer's own field) when the text lacks one or cannot be read.
#[wasm_bindgen(unchecked_return_type = "Verification")]
pub fn verify(text: &str) -> Result<JsValue, JsValue> {
    let v = srdi_rules::receipt::verify(text).map_err(|e| error_value(&e))?;
    #[derive(Serialize)]
    struct Out<'a> {
        matches: bool,
        #[serde(flatten)]
        v: &'a srdi_rules::receipt::Verification,
    }
    via_json(&Out { matches: v.matches(), v: &v })
}

#[derive(Serialize)]
struct RulesAge {
    packaged: Date,
    today: Date,
    days: i64,
    stale: bool,
    text: srdi_rules::Text,
    advice: Option<srdi_rules::Text>,
}

/// How old these rules are on `today` (default: the device's date): 「规则更新于 2026-12-04，已 41 天」,
/// and past 90 days the advice to fetch a new copy, from `host` (its address) when given (issue 20 §3).
#[wasm_bindgen(js_name = rulesAge, unchecked_return_type = "RulesAge")]
pub fn rules_age(today: Option<js_sys::JsString>, host: Option<String>) -> Result<JsValue, JsValue> {
    let today = as_of_date(today).map_err(|e| error_value(&e))?;
    let a = srdi_rules::changes::rules_age(today);
    to_js(&RulesAge { packaged: a.packaged, today: a.today, days: a.days, stale: a.stale(), text: a.text(), advice: a.advice(host.as_deref()) })
}

#[derive(Serialize)]
struct DocumentInfo {
    document: &'static str,
    title: &'static str,
    short_zh: &'static str,
    short_en: &'static str,
    status: srdi_rules::model::Status,
}

#[derive(Serialize)]
struct VersionInfo {
    /// Version of this package (and of the rules crate).
    package: &'static str,
    /// The rules' version: the date they last changed (see `rulesAge`).
    rules_version: &'static str,
    documents: Vec<DocumentInfo>,
}

/// Package version, rules data version (a date) and the documents encoded.
#[wasm_bindgen(unchecked_return_type = "VersionInfo")]
pub fn version() -> Result<JsValue, JsValue> {
    to_js(&VersionInfo {
        package: env!("CARGO_PKG_VERSION"),
        rules_version: policies::RULES_VERSION,
        documents: policies::ALL
            .iter()
            .map(|d| DocumentInfo { document: d.source_file, title: d.title, short_zh: d.short_zh, short_en: d.short_en, status: d.status })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each sample sits at its own code, so `index.js` names every amount by the right kind.
    #[test]
    fn amount_kind_codes_match_their_samples() {
        for (code, sample) in AMOUNT_KINDS.iter().enumerate() {
            assert_eq!(usize::from(amount_numbers(sample).0), code, "{sample:?}");
        }
    }

    /// The figures go in the order the amount's JSON lists its fields.
    #[test]
    fn amount_figures_follow_the_json_field_order() {
        let a = srdi_rules::Amount::Monthly { per_month_fen: 1, per_year_fen: 2, max_months: 3, max_total_fen: 4 };
        assert_eq!(serde_json::to_string(&a).unwrap(), r#"{"kind":"monthly","per_month_fen":1,"per_year_fen":2,"max_months":3,"max_total_fen":4}"#);
        assert_eq!(amount_numbers(&a).1, [1.0, 2.0, 3.0, 4.0]);
        let e = srdi_rules::Amount::EvaluationPrice { bid_fen: 1, deduction_bp: 2, evaluated_fen: 3, best_case: true };
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"kind":"evaluation_price","bid_fen":1,"deduction_bp":2,"evaluated_fen":3,"best_case":true}"#);
        assert_eq!(amount_numbers(&e).1, [1.0, 2.0, 3.0, 1.0]);
    }
}
