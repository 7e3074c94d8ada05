//! The JS API as a web page uses it: a real Nanjing figure, bad input that
//! throws a field-named error, the rule book, schema and version.
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(s: &str) -> JsValue {
    JSON::parse(s).expect("json")
}
fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, k| Reflect::get(&v, &k.into()).unwrap_or(JsValue::UNDEFINED))
}

#[wasm_bindgen_test]
fn nanjing_first_little_giant_gets_one_million_yuan() {
    let a = srdi_calc::evaluate(js(r#"{"city":"nanjing","size":"small","titles":{"little_giant":2026}}"#), Some("2026-11-23".into())).expect("evaluates");
    assert_eq!(get(&a, "totals.exact_one_off_fen").as_f64(), Some(100_000_000.0));
    let items = js_sys::Array::from(&get(&a, "items"));
    let award = items.iter().find(|i| get(i, "rule_id").as_string().as_deref() == Some("nanjing.5.little_giant_award")).expect("award item");
    assert_eq!(get(&award, "amount.kind").as_string().as_deref(), Some("exact"));
    assert_eq!(get(&award, "amount_text.zh").as_string().as_deref(), Some("100 万元"));
    assert!(get(&award, "quote").as_string().unwrap_or_default().contains("100万元奖励"));
}

#[wasm_bindgen_test]
fn bad_input_throws_an_error_naming_the_field() {
    let cases = [
        (r#"{"city":"nanjing","size":"small","titles":{"little_giant":3000}}"#, "titles.little_giant"),
        (r#"{"city":"nanjing","size":"small","finance":{"equipment_loan_yuan":-5}}"#, "finance.equipment_loan_yuan"),
        (r#"{"city":"nanjing","size":"small","finance":{"equipment_loan_yuan":"lots"}}"#, "finance.equipment_loan_yuan"),
        (r#"{"city":"atlantis","size":"small"}"#, "city"),
        (r#"{"city":"nanjing","size":"small","titlez":{}}"#, "titlez"),
        (r#"{"size":"small"}"#, "city"),
    ];
    for (input, field) in cases {
        let err = srdi_calc::evaluate(js(input), Some("2026-11-23".into())).expect_err(input);
        assert_eq!(get(&err, "field").as_string().as_deref(), Some(field), "{input}");
        assert!(err.is_instance_of::<js_sys::Error>());
        let message = get(&err, "message").as_string().unwrap_or_default();
        assert!(message.contains(field) && message.contains(" / "), "{message}");
    }
    // Not an object at all, and a bad date.
    let err = srdi_calc::evaluate(JsValue::from(42), None).expect_err("number");
    assert!(get(&err, "message").as_string().unwrap_or_default().contains(" / "));
    let err = srdi_calc::evaluate(js(r#"{"city":"nanjing","size":"small"}"#), Some("2026-13-01".into())).expect_err("date");
    assert_eq!(get(&err, "field").as_string().as_deref(), Some("asOf"));
    // validate() lists problems instead of throwing.
    let problems = srdi_calc::validate(js(r#"{"city":"nanjing","size":"small","talent":{"graduates_phd":99999999}}"#), Some("2026-11-23".into())).expect("validate");
    assert_eq!(get(&problems, "0.field").as_string().as_deref(), Some("talent.graduates_phd"));
    assert!(srdi_calc::validate(js(r#"{"city":"nanjing","size":"small"}"#), None).expect("ok").is_null());
}

#[wasm_bindgen_test]
fn policies_schema_and_version_describe_the_rule_book() {
    let entries = js_sys::Array::from(&srdi_calc::policies().expect("policies"));
    assert!(entries.length() > 150);
    assert!(entries.iter().any(|e| get(&e, "id").as_string().as_deref() == Some("nanjing.5.little_giant_award")));
    let schema = srdi_calc::schema().expect("schema");
    assert_eq!(get(&schema, "title").as_string().as_deref(), Some("Profile"));
    assert!(!get(&schema, "properties.city").is_undefined());
    let v = srdi_calc::version().expect("version");
    assert_eq!(get(&v, "rules_version").as_string().as_deref(), Some(srdi_rules::policies::RULES_VERSION));
    assert_eq!(js_sys::Array::from(&get(&v, "documents")).length(), 5);
}
