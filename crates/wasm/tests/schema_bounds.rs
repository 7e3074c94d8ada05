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
            // A profile with the field at `v`, and the field's path: groups sit at the top,
            // entries of repeated groups (graduates, pilot platforms) as the first entry.
            let (path, with) = match group.as_str() {
                "GraduateGroup" => (
                    format!("talent.groups.1.{name}"),
                    Box::new(|v: i64| json!({ "city": "nanjing", "size": "small", "talent": { "groups": [{ "degree": "phd", name.clone(): v }] } })) as Box<dyn Fn(i64) -> Value>,
                ),
                "PilotPlatform" => (format!("counts.pilot_platforms.1.{name}"), Box::new(|v: i64| json!({ "city": "nanjing", "size": "small", "counts": { "pilot_platforms": [{ name.clone(): v }] } })) as Box<dyn Fn(i64) -> Value>),
                _ => {
                    let key = group.to_lowercase();
                    (format!("{key}.{name}"), Box::new(move |v: i64| json!({ "city": "nanjing", "size": "small", key.clone(): { name.clone(): v } })) as Box<dyn Fn(i64) -> Value>)
                }
            };
            let over = with(max + 1);
            let err = profile_from_json(&over.to_string()).and_then(|p| evaluate(&p, Date::ymd(2100, 12, 31))).expect_err(&path);
            let e = err.errors.iter().find(|e| e.field == path).unwrap_or_else(|| panic!("{path}: {err:?}"));
            assert!(e.zh.contains(&(max + 1).to_string()) && e.zh.contains(&max.to_string()), "{path}: value and limit in `{}`", e.zh);
            assert!(e.en.contains(&(max + 1).to_string()) && e.en.contains(&max.to_string()), "{path}: value and limit in `{}`", e.en);
            let at = with(max);
            assert!(profile_from_json(&at.to_string()).and_then(|p| evaluate(&p, Date::ymd(2100, 12, 31))).is_ok(), "{path} at its limit is fine");
            checked += 1;
        }
    }
    assert!(checked >= 14, "only {checked} bounded fields found");
    assert_eq!(schema["properties"]["district"]["maxLength"], Value::from(srdi_rules::bounds::MAX_DISTRICT_CHARS));
}
