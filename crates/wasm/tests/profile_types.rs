//! The JS API's TypeScript types for the profile are generated from the
//! profile's JSON Schema (`srdi schema`, schemars), so they cannot drift from
//! the Rust types or their bounds. This test writes `src/profile.d.ts` when run
//! with `SRDI_BLESS=1` (scripts/package-js.sh does so before building) and
//! otherwise fails when the committed file is stale.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{Map, Value};
use srdi_rules::bounds::{MAX_DISTRICT_CHARS, MAX_PEOPLE, MAX_RATE_BP, MAX_YEAR, MAX_YUAN, MIN_YEAR};
use srdi_rules::parse::profile_schema;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/profile.d.ts");
const BEGIN: &str = "// ---- srdi-calc profile types: generated from the profile's JSON Schema; do not edit ----";
const END: &str = "// ---- end of the generated profile types ----";

/// A JSON value as a TypeScript literal type.
fn literal(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn union(parts: Vec<String>) -> String {
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    if out.is_empty() {
        "unknown".into()
    } else {
        out.join(" | ")
    }
}

/// The TypeScript type of one schema.
fn ts_type(s: &Value, indent: &str) -> String {
    if let Some(r) = s["$ref"].as_str() {
        return r.rsplit('/').next().unwrap_or(r).to_owned();
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(list) = s[key].as_array() {
            return union(list.iter().map(|v| ts_type(v, indent)).collect());
        }
    }
    if let Some(list) = s["enum"].as_array() {
        return union(list.iter().map(literal).collect());
    }
    if !s["const"].is_null() {
        return literal(&s["const"]);
    }
    let types: Vec<&str> = match &s["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    union(
        types
            .into_iter()
            .map(|t| match t {
                "integer" | "number" => "number".to_owned(),
                "string" => "string".to_owned(),
                "boolean" => "boolean".to_owned(),
                "null" => "null".to_owned(),
                "array" => {
                    let item = ts_type(&s["items"], indent);
                    if item.contains(" | ") {
                        format!("({item})[]")
                    } else {
                        format!("{item}[]")
                    }
                }
                "object" if s["properties"].is_object() => format!("{{\n{}{indent}}}", members(s, &format!("{indent}  "))),
                _ => "Record<string, unknown>".to_owned(),
            })
            .collect(),
    )
}

/// A doc comment: the schema's description, then its bounds as JSDoc tags.
fn doc(s: &Value, indent: &str) -> String {
    let mut lines: Vec<String> = s["description"].as_str().map(|d| d.lines().map(str::to_owned).collect()).unwrap_or_default();
    for key in ["minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"] {
        if let Some(v) = s.get(key).filter(|v| v.is_number()) {
            lines.push(format!("@{key} {v}"));
        }
    }
    if let Some(d) = s.get("default").filter(|d| !d.is_object()) {
        lines.push(format!("@default {}", literal(d)));
    }
    match lines.len() {
        0 => String::new(),
        1 => format!("{indent}/** {} */\n", lines[0].replace("*/", "*\\/")),
        _ => {
            let body: String = lines.iter().map(|l| format!("{indent} * {}\n", l.replace("*/", "*\\/"))).collect();
            format!("{indent}/**\n{body}{indent} */\n")
        }
    }
}

/// An object schema's properties, each with its doc comment; optional unless required.
fn members(s: &Value, indent: &str) -> String {
    let required: Vec<&str> = s["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let empty = Map::new();
    let mut out = String::new();
    for (name, prop) in s["properties"].as_object().unwrap_or(&empty) {
        let opt = if required.contains(&name.as_str()) { "" } else { "?" };
        out.push_str(&doc(prop, indent));
        out.push_str(&format!("{indent}{name}{opt}: {};\n", ts_type(prop, indent)));
    }
    out
}

/// A named type: an interface for an object with properties, else a type alias.
fn declaration(name: &str, s: &Value) -> String {
    let head = doc(s, "");
    if s["type"] == "object" && s["properties"].is_object() {
        format!("{head}export interface {name} {{\n{}}}\n", members(s, "  "))
    } else {
        format!("{head}export type {name} = {};\n", ts_type(s, ""))
    }
}

/// The whole generated file: the profile, then every type it refers to.
fn generate() -> String {
    let schema = serde_json::to_value(profile_schema()).expect("schema");
    let mut out = format!(
        "{BEGIN}\n// Written by crates/wasm/tests/profile_types.rs from `srdi schema`; rerun with\n// `SRDI_BLESS=1 cargo test -p srdi-wasm --test profile_types` after changing the profile.\n\n"
    );
    out.push_str(&declaration(schema["title"].as_str().unwrap_or("Profile"), &schema));
    for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
        out.push('\n');
        out.push_str(&declaration(name, def));
    }
    out.push_str(&format!("{END}\n"));
    out
}

#[test]
fn the_profile_types_are_generated_from_the_schema() {
    let fresh = generate();
    if std::env::var_os("SRDI_BLESS").is_some() {
        std::fs::write(FILE, &fresh).expect("write src/profile.d.ts");
    }
    let committed = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        committed == fresh,
        "crates/wasm/src/profile.d.ts is stale: run `SRDI_BLESS=1 cargo test -p srdi-wasm --test profile_types`"
    );
}

/// The bounds a TypeScript user reads are the ones the rules crate enforces.
#[test]
fn the_doc_comments_carry_the_enforced_bounds() {
    let ts = generate();
    let member = |name: &str| -> String {
        let at = ts.find(&format!("  {name}?: ")).or_else(|| ts.find(&format!("  {name}: "))).unwrap_or_else(|| panic!("{name} missing"));
        let start = ts[..at].rfind("/**").expect("doc comment");
        ts[start..at].to_owned()
    };
    assert!(member("district").contains(&format!("@maxLength {MAX_DISTRICT_CHARS}")), "{}", member("district"));
    for money in ["equipment_loan_yuan", "guarantee_yuan", "bid_price_yuan", "expense_this_year_yuan", "pilot_platform_investment_yuan"] {
        assert!(member(money).contains(&format!("@maximum {MAX_YUAN}")) && member(money).contains("@minimum 0"), "{money}: {}", member(money));
    }
    assert!(member("equipment_loan_rate_bp").contains(&format!("@maximum {MAX_RATE_BP}")));
    assert!(member("graduates_phd").contains(&format!("@maximum {MAX_PEOPLE}")));
    let year = member("first_year");
    assert!(year.contains(&format!("@minimum {MIN_YEAR}")) && year.contains(&format!("@maximum {MAX_YEAR}")), "{year}");
    assert!(ts.contains("  little_giant?: TitleRecord | null;"), "a title may be left out or null");
    assert!(ts.contains("export type TitleRecord = number | TitleDetail;"), "a title is a bare year (v1) or its details");
    assert!(ts.contains("  loans?: Loan[];") && ts.contains("  equipment_yuan: number;"), "loans: one entry per project");
    assert!(member("tenor_months").contains(&format!("@maximum {}", srdi_rules::bounds::MAX_TENOR_MONTHS)));
    assert!(member("loans").contains(&format!("@maxItems {}", srdi_rules::bounds::MAX_LOANS)));
    assert!(ts.contains("  city: City;"), "the city is required");
    assert!(ts.contains("  size?: Size | null;"), "size absent = not chosen yet (issue 16 §5)");
    assert!(ts.contains("\"nanjing\"") && ts.contains("\"outside_jiangsu\""), "the cities are a union of literals");
    // The hand-written part keeps only what the schema does not describe.
    let hand = include_str!("../src/types.d.ts");
    for name in ["Profile", "City", "Size", "Titles", "Finance"] {
        assert!(!hand.contains(&format!("interface {name} ")) && !hand.contains(&format!("type {name} =")), "types.d.ts restates {name}");
    }
}
