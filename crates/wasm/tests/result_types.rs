//! The hand-kept TypeScript types of the timeline, receipt, verification and rules' age
//! (`src/types.d.ts`, issue 20) name every field the JS API gives: each key of real results
//! (worked cases W1, W3, W4, W17 and a card checked against its receipt) is declared in the
//! interface it belongs to, and every entry kind is in `TimelineWhat`. A field added in Rust
//! and not in the types fails here.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use srdi_rules::parse::profile_from;
use srdi_rules::{timeline, Date};

const TYPES: &str = include_str!("../src/types.d.ts");

/// The text of `export interface NAME { … }` or `export type NAME = …;`.
fn block(name: &str) -> &'static str {
    for start in [format!("export interface {name} {{"), format!("export type {name} =")] {
        if let Some(i) = TYPES.find(&start) {
            let rest = &TYPES[i..];
            let end = if start.ends_with('{') { rest.find("\n}").map(|e| e + 2) } else { rest.find("\n\n") };
            return &rest[..end.unwrap_or(rest.len())];
        }
    }
    panic!("types.d.ts declares no {name}");
}

fn declares(names: &[&str], v: &Value) {
    let text: String = names.iter().map(|n| block(n)).collect();
    for k in v.as_object().expect("an object").keys() {
        assert!(text.contains(&format!(" {k}:")) || text.contains(&format!(" {k}?:")), "{names:?} lacks `{k}`");
    }
}

#[test]
fn the_issue_20_types_declare_every_field() {
    let profiles = [
        (json!({ "city": "xuzhou", "size": "medium", "manufacturing": true, "loans": [{ "equipment_yuan": 100_000_000 }] }), Date::ymd(2025, 6, 30)),
        (json!({ "city": "nanjing", "size": "small", "titles": { "little_giant": { "first_year": 2024, "first_month": 7 } }, "talent": { "graduates_phd": 1, "groups": [{ "degree": "master", "count": 1, "rent_yuan": 1200, "months_received": 10 }] } }), Date::ymd(2026, 9, 15)),
        (json!({ "city": "huaian", "size": "small", "titles": { "provincial_srdi": 2024 }, "rd": { "expense_this_year_yuan": 5_000_000 }, "srdi_loans": [{ "principal_yuan": 3_000_000, "tenor_months": 12, "signed": "2025-07-01", "rate_bp": 400 }] }), Date::ymd(2025, 10, 1)),
        (json!({ "city": "nanjing", "size": "small", "titles": { "little_giant": 2026 }, "achievements": { "leads_standard": true } }), Date::ymd(2026, 11, 23)),
    ];
    let mut kinds = std::collections::BTreeSet::new();
    for (p, as_of) in profiles {
        let p = profile_from(p).expect("valid");
        let t = serde_json::to_value(timeline::timeline(&p, as_of).expect("timeline")).expect("json");
        declares(&["Timeline"], &t);
        for y in t["years"].as_array().expect("years") {
            declares(&["TimelineYear"], y);
            declares(&["TimelineSums"], &y["certain"]);
            for e in y["entries"].as_array().expect("entries") {
                declares(&["TimelineEntry", "TimelineWhat"], e);
                let kind = e["kind"].as_str().expect("kind").to_owned();
                assert!(block("TimelineWhat").contains(&format!("kind: \"{kind}\"")), "TimelineWhat lacks {kind}");
                kinds.insert(kind);
            }
        }
        let r = srdi_rules::receipt::receipt(&p, as_of).expect("receipt");
        declares(&["Receipt"], &serde_json::to_value(r).expect("json"));
        let card = format!("#{} {}", srdi_rules::fields::to_share(&p), r.code());
        let v = serde_json::to_value(srdi_rules::receipt::verify(&card).expect("verify")).expect("json");
        let mut v = v.as_object().cloned().expect("object");
        v.insert("matches".into(), Value::Bool(true));
        declares(&["Verification"], &Value::Object(v));
    }
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["loan_term", "not_announced", "one_off", "scheme_year", "staff", "up_to", "yearly"]);
    let age = srdi_rules::changes::rules_age(Date::ymd(2027, 6, 1));
    let age = json!({ "packaged": age.packaged, "today": age.today, "days": age.days, "stale": age.stale(), "text": age.text(), "advice": age.advice(None) });
    declares(&["RulesAge"], &age);
}
