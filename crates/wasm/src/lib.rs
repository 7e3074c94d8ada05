//! The srdi-calc JS API: `evaluate`, `policies`, `schema`, `version`.
//!
//! A thin translation layer: JS values in, the rules crate's own types out,
//! through serde-wasm-bindgen. No rule logic lives here. Bad input throws a
//! JS `Error` whose message names the field in Chinese and English and which
//! carries the machine-readable path in `error.field` (and every problem in
//! `error.errors`). TypeScript types for all of it are in `types.d.ts`,
//! emitted into the generated `.d.ts` by wasm-bindgen.
#![forbid(unsafe_code)]

use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use srdi_rules::{catalogue, parse, policies, Date, FieldError, InputError};
use wasm_bindgen::prelude::*;

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
fn as_of_date(as_of: Option<String>) -> Result<Date, InputError> {
    match as_of {
        None => {
            let d = js_sys::Date::new_0();
            let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
            u16::try_from(y)
                .ok()
                .and_then(|y| Date::new(y, m as u8, day as u8))
                .ok_or_else(|| FieldError::new("asOf", "无法读取本机日期，请传入 asOf".into(), "could not read the device date; pass asOf".into()).into())
        }
        Some(s) => Date::parse(s.trim()).ok_or_else(|| {
            FieldError::new(
                "asOf",
                format!("asOf：日期“{s}”无效，应为 YYYY-MM-DD（1990–2100）"),
                format!("asOf: date `{s}` is invalid; expected YYYY-MM-DD between 1990 and 2100"),
            )
            .into()
        }),
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
    #[wasm_bindgen(js_name = asOf)] as_of: Option<String>,
) -> Result<JsValue, JsValue> {
    let as_of = as_of_date(as_of).map_err(|e| error_value(&e))?;
    let profile = read_profile(&profile).map_err(|e| error_value(&e))?;
    let assessment = srdi_rules::evaluate(&profile, as_of).map_err(|e| error_value(&e))?;
    // One JSON string across the boundary and the engine's own JSON.parse: several
    // times faster than building the objects value by value (docs/performance.md).
    let text = serde_json::to_string(&assessment).map_err(internal)?;
    js_sys::JSON::parse(&text)
}

/// The part of an item that depends on the profile; the rule's own texts come
/// from `staticTables()`, built once.
#[derive(Serialize)]
struct CompactItem<'a> {
    rule_id: &'static str,
    amount: &'a srdi_rules::Amount,
    flags: srdi_rules::eval::Flags,
    stacking: &'a Option<srdi_rules::eval::Stacking>,
}

#[derive(Serialize)]
struct CompactDocument {
    document: &'static str,
    flags: srdi_rules::eval::Flags,
}

#[derive(Serialize)]
struct CompactMiss<'a> {
    rule_id: &'static str,
    missing: &'a srdi_rules::eval::Missing,
    fix: srdi_rules::Fix,
    would_bring: &'a srdi_rules::Amount,
    would_bring_text: &'a srdi_rules::eval::Described,
    flags: srdi_rules::eval::Flags,
}

#[derive(Serialize)]
struct Compact<'a> {
    as_of: Date,
    city: srdi_rules::profile::City,
    applies: bool,
    notices: &'a [srdi_rules::Text],
    documents: Vec<CompactDocument>,
    items: Vec<CompactItem<'a>>,
    near_misses: Vec<CompactMiss<'a>>,
    totals: &'a srdi_rules::Totals,
    rules_version: &'static str,
}

fn evaluate_text(profile_json: &str, as_of: Option<String>) -> Result<srdi_rules::Assessment, JsValue> {
    let as_of = as_of_date(as_of).map_err(|e| error_value(&e))?;
    let profile = parse::profile_from_json(profile_json).map_err(|e| error_value(&e))?;
    srdi_rules::evaluate(&profile, as_of).map_err(|e| error_value(&e))
}

/// For `index.js`: evaluates a profile given as JSON text and returns, as JSON
/// text, only what depends on the profile (figures, flags, stacking notes);
/// `index.js` joins the static texts from `staticTables()`. The amounts'
/// wording and the steps come from `texts()` when first read.
#[wasm_bindgen(js_name = evaluateCompact)]
pub fn evaluate_compact(profile_json: &str, #[wasm_bindgen(js_name = asOf)] as_of: Option<String>) -> Result<String, JsValue> {
    let a = evaluate_text(profile_json, as_of)?;
    let compact = Compact {
        as_of: a.as_of,
        city: a.city,
        applies: a.applies,
        notices: &a.notices,
        documents: a.documents.iter().map(|d| CompactDocument { document: d.document, flags: d.flags }).collect(),
        items: a.items.iter().map(|i| CompactItem { rule_id: i.rule.id, amount: &i.amount, flags: i.flags, stacking: &i.stacking }).collect(),
        near_misses: a
            .near_misses
            .iter()
            .map(|n| CompactMiss { rule_id: n.rule_id, missing: &n.missing, fix: n.fix, would_bring: &n.would_bring, would_bring_text: &n.would_bring_text, flags: n.flags })
            .collect(),
        totals: &a.totals,
        rules_version: a.rules_version,
    };
    serde_json::to_string(&compact).map_err(internal)
}

#[derive(Serialize)]
struct ItemTexts {
    amount_text: srdi_rules::Text,
    trace: Vec<srdi_rules::Text>,
}

/// For `index.js`: every item's amount wording and steps in words, by rule id (JSON text).
#[wasm_bindgen]
pub fn texts(profile_json: &str, #[wasm_bindgen(js_name = asOf)] as_of: Option<String>) -> Result<String, JsValue> {
    let a = evaluate_text(profile_json, as_of)?;
    let map: std::collections::BTreeMap<&str, ItemTexts> = a.items.iter().map(|i| (i.rule.id, ItemTexts { amount_text: i.amount_text(), trace: i.trace() })).collect();
    serde_json::to_string(&map).map_err(internal)
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
}

/// For `index.js`: the texts of every rule and document, read once at `init()`.
#[wasm_bindgen(js_name = staticTables)]
pub fn static_tables() -> Result<JsValue, JsValue> {
    use srdi_rules::model::Treatment;
    let mut rules = Vec::new();
    for d in policies::ALL {
        for c in d.clauses {
            if let Treatment::Rules { rules: rs } = &c.treatment {
                for r in rs.iter() {
                    rules.push(RuleStatic {
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
                        departments: r.departments,
                        external: r.external,
                    });
                }
            }
        }
    }
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
    to_js(&Tables { rules, documents })
}

/// Checks a profile without evaluating it: `null` when valid, else the list of problems.
#[wasm_bindgen(unchecked_return_type = "FieldProblem[] | null")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<String>,
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
    /// The date the rule set was last checked against its sources.
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
