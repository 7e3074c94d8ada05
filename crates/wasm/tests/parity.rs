//! The JS API in headless Chromium gives exactly the native results: every
//! line of `tests/parity/golden.jsonl` (all declarative cases and 300
//! generated profiles, written by the native test `parity_golden`) goes
//! through `evaluate` as a JS object and must produce the same digest, or
//! throw an `Error` naming the same fields.
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../../rules/tests/support/digest.rs"]
mod digest;
use digest::fnv1a;

const GOLDEN: &str = include_str!("../../../tests/parity/golden.jsonl");


/// JS numbers come back as floats; integral ones are written as integers, as natively.
fn normalise(v: Value) -> Value {
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9.0e15 => Value::from(f as i64),
            _ => Value::Number(n),
        },
        Value::Array(a) => Value::Array(a.into_iter().map(normalise).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, normalise(v))).collect()),
        other => other,
    }
}

fn field(e: &JsValue, name: &str) -> String {
    Reflect::get(e, &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

#[wasm_bindgen_test]
fn every_golden_line_gives_the_native_result() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in GOLDEN.lines() {
        n += 1;
        let row: Value = serde_json::from_str(line).expect("golden line");
        let name = row["name"].as_str().unwrap_or("?");
        // The profile arrives as a plain JS object, as a web page would pass it.
        let profile = JSON::parse(&row["profile"].to_string()).expect("JSON.parse");
        let as_of = row["as_of"].as_str().map(js_sys::JsString::from);
        let expect = &row["expect"];
        match srdi_calc::evaluate(profile, as_of) {
            Ok(js) => {
                let v: Value = serde_wasm_bindgen::from_value(js).expect("assessment back to JSON");
                let digest = fnv1a(serde_json::to_string(&normalise(v)).expect("json").as_bytes());
                if expect["digest"] != digest.as_str() {
                    failures.push(format!("{name}: digest {digest}, native {}", expect["digest"]));
                }
            }
            Err(e) => {
                let fields: Vec<String> = Reflect::get(&e, &"errors".into())
                    .ok()
                    .map(|list| js_sys::Array::from(&list).iter().map(|x| field(&x, "field")).collect())
                    .unwrap_or_default();
                if expect["error_fields"] != fields.join(",").as_str() {
                    failures.push(format!("{name}: threw on {fields:?}, native {expect}"));
                }
                let message = field(&e, "message");
                if !message.contains(" / ") || field(&e, "name") != "SrdiInputError" {
                    failures.push(format!("{name}: error message not bilingual: {message}"));
                }
            }
        }
    }
    assert!(n > 300, "golden file too short: {n}");
    assert!(failures.is_empty(), "{} of {n} lines differ from native:\n{}", failures.len(), failures.join("\n"));
}
