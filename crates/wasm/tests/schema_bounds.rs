//! The JSON Schema a site validates against states the same limits as the
//! rules crate enforces: every bounded field, just over its limit, is refused
//! by `evaluate` with a message naming the field, the value and the limit.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use srdi_rules::parse::{profile_from_json, profile_schema};
use srdi_rules::{evaluate, Date};

#[test]
fn schema_limits_are_the_enforced_limits() {
    let schema = serde_json::to_value(profile_schema()).expect("schema");
    let defs = &schema["$defs"];
    let mut checked = 0;
    for (group, def) in defs.as_object().expect("defs") {
        for (name, prop) in def["properties"].as_object().into_iter().flatten() {
            let Some(max) = prop["maximum"].as_i64() else { continue };
            // Where the group sits in a profile, the path of the field, and the profile with the value.
            let (path, profile): (String, Box<dyn Fn(i64) -> Value>) = match group.as_str() {
                "Loan" => {
                    let name = name.clone();
                    (format!("loans.1.{name}"), Box::new(move |v| {
                        let mut loan = json!({ "equipment_yuan": srdi_rules::bounds::MAX_YUAN });
                        loan[&name] = v.into();
                        json!({ "loans": [loan] })
                    }))
                }
                "SrdiLoan" => {
                    let name = name.clone();
                    (format!("srdi_loans.1.{name}"), Box::new(move |v| {
                        let mut loan = json!({ "principal_yuan": 1_000_000, "tenor_months": 12, "signed": "2025-07-01" });
                        loan[&name] = v.into();
                        json!({ "srdi_loans": [loan] })
                    }))
                }
                "TitleDetail" => {
                    let name = name.clone();
                    let path = if name == "first_year" { "titles.provincial_srdi".to_owned() } else { format!("titles.provincial_srdi.{name}") };
                    (path, Box::new(move |v| {
                        let mut t = json!({ "first_year": 2020 });
                        if name == "renewed_month" {
                            t["renewed_year"] = 2021.into();
                        }
                        t[&name] = v.into();
                        json!({ "titles": { "provincial_srdi": t } })
                    }))
                }
                "GraduateGroup" => {
                    let name = name.clone();
                    (format!("talent.groups.1.{name}"), Box::new(move |v| json!({ "talent": { "groups": [{ "degree": "phd", name.clone(): v }] } })))
                }
                "PilotPlatform" => {
                    let name = name.clone();
                    (format!("counts.pilot_platforms.1.{name}"), Box::new(move |v| json!({ "counts": { "pilot_platforms": [{ name.clone(): v }] } })))
                }
                _ => {
                    let key = group.to_lowercase();
                    let name = name.clone();
                    (format!("{key}.{name}"), Box::new(move |v| json!({ key.clone(): { name.clone(): v } })))
                }
            };
            let with = |v: i64| {
                let mut p = profile(v);
                p["city"] = "nanjing".into();
                p["size"] = "small".into();
                p
            };
            let err = profile_from_json(&with(max + 1).to_string()).and_then(|p| evaluate(&p, Date::ymd(2100, 12, 31))).expect_err(&path);
            let e = err.errors.iter().find(|e| e.field == path).unwrap_or_else(|| panic!("{path}: {err:?}"));
            // Rates read as percentages (3,001 → 30.01%), everything else as the number.
            let shown = |v: i64| if path.ends_with("_bp") { srdi_rules::money::format_bp(v as u32) } else { v.to_string() };
            assert!(e.zh.contains(&shown(max + 1)) && e.zh.contains(&shown(max)), "{path}: value and limit in `{}`", e.zh);
            assert!(e.en.contains(&shown(max + 1)) && e.en.contains(&shown(max)), "{path}: value and limit in `{}`", e.en);
            assert!(profile_from_json(&with(max).to_string()).and_then(|p| evaluate(&p, Date::ymd(2100, 12, 31))).is_ok(), "{path} at its limit is fine");
            checked += 1;
        }
    }
    assert!(checked >= 14, "only {checked} bounded fields found");
    assert_eq!(schema["properties"]["district"]["maxLength"], Value::from(srdi_rules::bounds::MAX_DISTRICT_CHARS));
}
