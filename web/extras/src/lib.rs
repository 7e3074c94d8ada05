//! What the calculator page loads on first use, not with the page (issue 17): the exports
//! (CSV for Excel/WPS, the assessment as JSON), the result a host site asked for (sent only on
//! the person's click), and the printed card's QR code. Every visitor's phone pays for the form,
//! the evaluation and the results; this module is fetched when a person first asks for one of
//! these (and cached by the service worker; inlined in the single offline file).
//!
//! It is thin like every target: answers cross as the share link's fragment (`fields::to_share`,
//! the one exact text form of a profile) and the as-of date, are read by the rules crate and
//! evaluated again here — the same code, so the same figures as on the page.
#![forbid(unsafe_code)]

pub mod qr;

use serde::Serialize;
use srdi_rules::eval::{Amount, Flags, Totals};
use srdi_rules::export::Language;
use srdi_rules::{evaluate, fields, Assessment, Date, Profile, Text};
use wasm_bindgen::prelude::*;

/// The answers of a share fragment and their assessment on `as_of` (`YYYY-MM-DD`).
fn assess(share: &str, as_of: &str) -> Option<(Profile, Assessment)> {
    let (profile, _) = fields::from_share(share)?;
    let date = Date::parse(as_of)?;
    let a = evaluate(&profile, date).ok()?;
    Some((profile, a))
}

/// The items as CSV (UTF-8 with BOM, Chinese or English headers); empty if the answers cannot be read.
#[wasm_bindgen]
pub fn csv(share: &str, as_of: &str, lang: &str) -> String {
    let lang = if lang == "en" { Language::En } else { Language::Zh };
    assess(share, as_of).map(|(_, a)| a.items_csv(lang)).unwrap_or_default()
}

/// The whole assessment as JSON, indented, for other programs.
#[wasm_bindgen]
pub fn json(share: &str, as_of: &str) -> String {
    assess(share, as_of).and_then(|(_, a)| serde_json::to_string_pretty(&a).ok()).unwrap_or_default()
}

/// Exactly what a host receives (`event.detail` of `srdi:result`), as JSON.
#[derive(Serialize)]
struct SharedResult<'a> {
    profile: &'a Profile,
    as_of: Date,
    rules_version: &'a str,
    totals: &'a Totals,
    items: Vec<SharedItem<'a>>,
}

#[derive(Serialize)]
struct SharedItem<'a> {
    rule_id: &'a str,
    document_zh: &'a str,
    clause: &'a str,
    name_zh: &'a str,
    name_en: &'a str,
    amount: &'a Amount,
    amount_text: Text,
    flags: &'a Flags,
}

/// The result a host asked for, as JSON text; empty if the answers cannot be read.
#[wasm_bindgen]
pub fn host_result(share: &str, as_of: &str) -> String {
    let Some((p, a)) = assess(share, as_of) else { return String::new() };
    let r = SharedResult {
        profile: &p,
        as_of: a.as_of,
        rules_version: a.rules_version,
        totals: &a.totals,
        items: a
            .items
            .iter()
            .map(|i| SharedItem { rule_id: i.rule.id, document_zh: i.doc.short_zh, clause: i.clause.number, name_zh: i.rule.name_zh, name_en: i.rule.name_en, amount: &i.amount, amount_text: i.amount_text(), flags: &i.flags })
            .collect(),
    };
    serde_json::to_string(&r).unwrap_or_default()
}

/// Each item's working ("依据与计算"), in the language asked, as JSON: `[[rule_id, [step, …]], …]`
/// in the assessment's order. The page shows it when a card's working is opened or printed.
#[wasm_bindgen]
pub fn steps(share: &str, as_of: &str, lang: &str) -> String {
    let Some((_, a)) = assess(share, as_of) else { return String::new() };
    let en = lang == "en";
    let all: Vec<(&str, Vec<String>)> = a.items.iter().map(|i| (i.rule.id, i.trace().into_iter().map(|t| if en { t.en } else { t.zh }).collect())).collect();
    serde_json::to_string(&all).unwrap_or_default()
}

/// The QR code of `text` as `"<size> <svg path>"` (modules, dark ones as one path); empty when
/// the text is too long for a QR code.
#[wasm_bindgen]
pub fn qr(text: &str) -> String {
    qr::Qr::encode(text.as_bytes()).map(|q| format!("{} {}", q.size, q.svg_path())).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LITTLE_GIANT: &str = "v=2&city=nanjing&size=small&titles.little_giant=2026";

    #[test]
    fn exports_carry_the_figures_of_the_page() {
        // Nanjing's ¥1M first-time little-giant award (the page's own golden case W1's first item).
        let json = json(LITTLE_GIANT, "2026-12-04");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["as_of"], "2026-12-04");
        assert!(v["totals"]["exact_one_off_fen"].as_i64().unwrap() >= 100_000_000, "{}", v["totals"]);
        let csv = csv(LITTLE_GIANT, "2026-12-04", "zh");
        assert!(csv.starts_with('\u{feff}'), "a BOM for Excel");
        assert!(csv.contains("1,000,000.00") || csv.contains("100 万元") || csv.contains("1000000"), "{csv}");
        let host: serde_json::Value = serde_json::from_str(&host_result(LITTLE_GIANT, "2026-12-04")).unwrap();
        assert_eq!(host["profile"]["city"], "nanjing");
        assert!(host["items"].as_array().unwrap().iter().any(|i| i["rule_id"].as_str().unwrap().starts_with("nanjing.")));
    }

    #[test]
    fn unreadable_answers_give_nothing_not_a_guess() {
        assert_eq!(json("v=2&city=atlantis", "2026-12-04"), json("", "bad date"));
        assert_eq!(csv(LITTLE_GIANT, "2026-13-40", "zh"), "");
        assert_eq!(host_result(LITTLE_GIANT, "not a date"), "");
    }

    #[test]
    fn steps_are_the_items_working_in_the_language_asked() {
        let v: Vec<(String, Vec<String>)> = serde_json::from_str(&steps("v=2&city=xuzhou&size=small&manufacturing=true&finance.equipment_loan_yuan=10000000", "2026-06-30", "zh")).unwrap();
        let (_, s) = v.iter().find(|(id, _)| id == "jiangsu_measures.7.loan_interest_subsidy").expect("the 贴息");
        assert!(s.iter().any(|l| l.contains("设备购置部分 1,000 万元 × 2% = 20 万元")), "{s:?}");
        let en: Vec<(String, Vec<String>)> = serde_json::from_str(&steps("v=2&city=xuzhou&size=small&manufacturing=true&finance.equipment_loan_yuan=10000000", "2026-06-30", "en")).unwrap();
        assert_eq!(en.len(), v.len());
    }

    #[test]
    fn qr_gives_size_and_path() {
        let q = qr("http://127.0.0.1:8080/#v=2&city=nanjing");
        let (size, path) = q.split_once(' ').unwrap();
        assert_eq!(size.parse::<usize>().unwrap() % 4, 1, "a QR symbol is 4v+17 modules");
        assert!(path.starts_with('M'), "{path}");
        assert_eq!(qr(&"x".repeat(3000)), "");
    }
}
