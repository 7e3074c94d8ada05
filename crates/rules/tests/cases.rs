//! Runs the declarative cases in `tests/cases/**/*.toml`: each case gives an
//! as-of date, a profile, and the items, amounts, near misses and totals a
//! person worked out by hand from the texts.

use serde_json::Value;
use srdi_rules::parse::profile_from;
use srdi_rules::{evaluate, Date};

mod support;

/// Every key in `want` has the same value in `got` (objects compared recursively).
fn subset(want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => w.iter().all(|(k, v)| g.get(k).is_some_and(|gv| subset(v, gv))),
        _ => want == got,
    }
}

fn run_case(name: &str, case: &Value) -> Result<(), String> {
    let as_of = Date::parse(case["as_of"].as_str().ok_or("as_of missing")?).ok_or("bad as_of")?;
    let parsed = profile_from(case["profile"].clone());
    // The lines under the form's fields (`unread = [["srdi_loans.1.principal_yuan", "请填写称号"]]`).
    let unread = parsed.as_ref().map(|p| srdi_rules::fields::unread(p, as_of)).unwrap_or_default();
    for want in case.get("unread").and_then(Value::as_array).into_iter().flatten() {
        let (path, words) = (want[0].as_str().ok_or("unread: [path, words]")?, want[1].as_str().ok_or("unread: [path, words]")?);
        if !unread.iter().any(|(p, t)| p.as_str() == path && t.zh.contains(words)) {
            return Err(format!("expected a line under `{path}` saying `{words}`, got {unread:?}"));
        }
    }
    if case.get("no_unread").and_then(Value::as_bool) == Some(true) && !unread.is_empty() {
        return Err(format!("expected every answer to count, got {unread:?}"));
    }
    let result = parsed.and_then(|p| evaluate(&p, as_of));
    if let Some(field) = case.get("error_field").and_then(Value::as_str) {
        let err = match result {
            Ok(_) => return Err(format!("expected an error on `{field}`, got an assessment")),
            Err(e) => e,
        };
        if !err.errors.iter().any(|e| e.field == field && !e.zh.is_empty() && !e.en.is_empty() && e.to_string().contains(field)) {
            return Err(format!("expected an error naming `{field}`, got {err:?}"));
        }
        return Ok(());
    }
    let a = result.map_err(|e| format!("unexpected error: {e}"))?;
    let json = serde_json::to_value(&a).map_err(|e| e.to_string())?;
    let items = json["items"].as_array().cloned().unwrap_or_default();
    let find = |id: &str| items.iter().find(|i| i["rule_id"] == id).cloned();
    if let Some(applies) = case.get("applies").and_then(Value::as_bool) {
        if json["applies"] != applies {
            return Err(format!("applies: expected {applies}, got {}", json["applies"]));
        }
    }
    if let Some(n) = case.get("item_count").and_then(Value::as_u64) {
        if items.len() as u64 != n {
            return Err(format!("expected {n} items, got {}", items.len()));
        }
    }
    for e in case.get("expect").and_then(Value::as_array).into_iter().flatten() {
        let id = e["rule"].as_str().ok_or("expect.rule")?;
        let item = find(id).ok_or_else(|| format!("expected item {id}, not found"))?;
        if let Some(want) = e.get("amount") {
            if !subset(want, &item["amount"]) {
                return Err(format!("{id}: amount expected {want}, got {}", item["amount"]));
            }
        }
        for flag in e.get("flags").and_then(Value::as_array).into_iter().flatten() {
            if !item["flags"].as_array().is_some_and(|f| f.contains(flag)) {
                return Err(format!("{id}: expected flag {flag}, got {}", item["flags"]));
            }
        }
        for flag in e.get("not_flags").and_then(Value::as_array).into_iter().flatten() {
            if item["flags"].as_array().is_some_and(|f| f.contains(flag)) {
                return Err(format!("{id}: flag {flag} should not be set"));
            }
        }
        for key in ["payment", "beneficiary", "category", "period", "clause", "document"] {
            if let Some(want) = e.get(key) {
                if &item[key] != want {
                    return Err(format!("{id}: {key} expected {want}, got {}", item[key]));
                }
            }
        }
        // `until = { kind = "scheme_year", year = 2026, next_announced = false }` or `{ kind = "ends", date = "2028-12-31" }`;
        // `until = false`: no limit (readings A8, B9a).
        match e.get("until") {
            Some(Value::Bool(false)) if !item["until"].is_null() => return Err(format!("{id}: no limit expected, got {}", item["until"])),
            Some(want @ Value::Object(_)) if &item["until"] != want => return Err(format!("{id}: until expected {want}, got {}", item["until"])),
            _ => {}
        }
        // The amount's wording exactly, in Chinese and in English.
        for (key, lang) in [("amount_text", "zh"), ("amount_text_en", "en")] {
            if let Some(want) = e.get(key).and_then(Value::as_str) {
                if item["amount_text"][lang] != want {
                    return Err(format!("{id}: {key} expected `{want}`, got {}", item["amount_text"][lang]));
                }
            }
        }
        if let Some(stacked) = e.get("stacking").and_then(Value::as_bool) {
            if item["stacking"].is_null() == stacked {
                return Err(format!("{id}: stacking note expected {stacked}, got {}", item["stacking"]));
            }
        }
        if let Some(words) = e.get("stacking_contains").and_then(Value::as_str) {
            if !item["stacking"]["zh"].as_str().is_some_and(|z| z.contains(words)) {
                return Err(format!("{id}: stacking note should contain `{words}`: {}", item["stacking"]));
            }
        }
        // `likely = true`: shown with its figure but only likely (readings A1, A4), with the reason;
        // `likely = false`: certain. `likely_contains`: words of the reason.
        if let Some(likely) = e.get("likely").and_then(Value::as_bool) {
            let flagged = item["flags"].as_array().is_some_and(|f| f.contains(&Value::from("likely")));
            if item["likely"].is_null() == likely || flagged != likely {
                return Err(format!("{id}: likely expected {likely}, got {} (flags {})", item["likely"], item["flags"]));
            }
        }
        if let Some(words) = e.get("likely_contains").and_then(Value::as_str) {
            if !item["likely"]["zh"].as_str().is_some_and(|z| z.contains(words)) {
                return Err(format!("{id}: the likely reason should contain `{words}`: {}", item["likely"]));
            }
        }
        if let Some(trace) = e.get("trace_contains").and_then(Value::as_str) {
            if !item["trace"].as_array().is_some_and(|t| t.iter().any(|s| s["zh"].as_str().is_some_and(|z| z.contains(trace)))) {
                return Err(format!("{id}: no trace step contains `{trace}`: {}", item["trace"]));
            }
        }
    }
    for id in case.get("absent").and_then(Value::as_array).into_iter().flatten() {
        let id = id.as_str().ok_or("absent")?;
        if find(id).is_some() {
            return Err(format!("{id} should not apply"));
        }
    }
    let misses = json["near_misses"].as_array().cloned().unwrap_or_default();
    for n in case.get("near_miss").and_then(Value::as_array).into_iter().flatten() {
        let id = n["rule"].as_str().ok_or("near_miss.rule")?;
        let m = misses.iter().find(|m| m["rule_id"] == id).ok_or_else(|| format!("expected near miss {id}; have {:?}", misses.iter().map(|m| m["rule_id"].clone()).collect::<Vec<_>>()))?;
        if let Some(want) = n.get("would_bring") {
            if !subset(want, &m["would_bring"]) {
                return Err(format!("near miss {id}: expected {want}, got {}", m["would_bring"]));
            }
        }
        if let Some(want) = n.get("fix") {
            if !subset(want, &m["fix"]) {
                return Err(format!("near miss {id}: fix expected {want}, got {}", m["fix"]));
            }
        }
    }
    for id in case.get("no_near_miss").and_then(Value::as_array).into_iter().flatten() {
        if misses.iter().any(|m| &m["rule_id"] == id) {
            return Err(format!("{id} should not be a near miss"));
        }
    }
    if let Some(want) = case.get("totals") {
        if !subset(want, &json["totals"]) {
            return Err(format!("totals expected {want}, got {}", json["totals"]));
        }
    }
    let notices: Vec<&str> = json["notices"].as_array().into_iter().flatten().filter_map(|n| n["zh"].as_str()).collect();
    for words in case.get("notices_contain").and_then(Value::as_array).into_iter().flatten() {
        let words = words.as_str().ok_or("notices_contain: words")?;
        if notices.iter().filter(|n| n.contains(words)).count() != 1 {
            return Err(format!("expected one notice saying `{words}`, got {notices:?}"));
        }
    }
    for words in case.get("no_notice").and_then(Value::as_array).into_iter().flatten() {
        let words = words.as_str().ok_or("no_notice: words")?;
        if notices.iter().any(|n| n.contains(words)) {
            return Err(format!("expected no notice saying `{words}`, got {notices:?}"));
        }
    }
    let _ = name;
    Ok(())
}

#[test]
fn declarative_cases_match_hand_worked_figures() {
    let cases = support::all_cases();
    let mut failures = Vec::new();
    for (name, case) in &cases {
        if let Err(e) = run_case(name, case) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
    eprintln!("{} declarative cases passed", cases.len());
}
