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
mod timeline_view;

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
    assess(share, as_of).map(|(p, a)| a.items_csv_with_answers(&p, lang)).unwrap_or_default()
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

/// What the page shows once a card's 依据与计算 or the timeline is opened, or the card printed,
/// in the language asked: five parts, each ended by `\x1e` (the record separator): the receipt;
/// each answer used as `label<TAB>value`, a line each; JSON `[[rule_id, [step, …], quote,
/// gist_en, outside_source, outside_note, departments], …]`; the payment timeline as HTML (chart and table,
/// `timeline_view`); each timeline year's heading, a line each (for the printed card); why a
/// document's dates are assumed, `key<TAB>from<TAB>until` a line each. The page's first load has none of it:
/// the items' working, the rules' long passages (quote, gist, an outside figure's source and note:
/// `model::passage`), the printed card's list of the answers used (`fields::answers`, with a
/// title's presumed lapse) and its receipt (`receipt::Receipt`). The outside source is its part
/// in the language asked and its confidence (empty strings if none).
#[wasm_bindgen]
pub fn steps(share: &str, as_of: &str, lang: &str) -> String {
    let Some((p, a)) = assess(share, as_of) else { return String::new() };
    let en = lang == "en";
    let pick = |t: &Text| if en { t.en.clone() } else { t.zh.clone() };
    let cards: Vec<(&str, Vec<String>, &str, &str, String, &str, String)> = a
        .items
        .iter()
        .map(|i| {
            let (source, note) = i.rule.external.map_or((String::new(), ""), |x| {
                let confidence = if en { x.confidence.en() } else { x.confidence.zh() };
                (format!("{} · {confidence}", x.source_in(en)), if en { x.note_en } else { x.note_zh })
            });
            (i.rule.id, i.trace().iter().map(pick).collect(), i.rule.quote, i.rule.gist_en, source, note, pick(&i.departments_text()))
        })
        .collect();
    // One line each: no tab or line break inside (a district's text is the person's own).
    let flat = |t: String| t.replace(['\t', '\n', '\r'], " ");
    let mut out = pick(&srdi_rules::receipt::Receipt::of(&p, &a).text()) + "\x1e";
    for (path, label, value) in fields::answers(&p) {
        out += &format!("{}\t{}{}\n", flat(pick(&label)), flat(pick(&value)), presumed(en, &p, a.as_of, path));
    }
    let timeline = srdi_rules::timeline::of(&p, &a).ok();
    out += "\x1e";
    out += &serde_json::to_string(&cards).unwrap_or_default();
    out += "\x1e";
    out += &timeline.as_ref().map(|t| timeline_view::html(t, en)).unwrap_or_default();
    out += "\x1e";
    out += &timeline.as_ref().map(|t| timeline_view::headings(t, en)).unwrap_or_default();
    out += "\x1e";
    // Why each document's assumed dates are what they are: `key<TAB>why<TAB>why`, a line each.
    for d in &a.documents {
        let why = |s: &srdi_rules::model::DateSpec| match *s {
            srdi_rules::model::DateSpec::Assumed { why_zh, why_en, .. } => flat((if en { why_en } else { why_zh }).to_owned()),
            _ => String::new(),
        };
        let (from, until) = (why(&d.effective_from), why(&d.effective_until));
        if !from.is_empty() || !until.is_empty() {
            out += &format!("{}\t{}\t{}\n", d.document, from, if until == from { String::new() } else { until });
        }
    }
    out + "\x1e"
}

/// After a title's year on the card: whether its validity is presumed lapsed on the date (three
/// years assumed from the last recognition or renewal, not the person's word), or may have lapsed.
fn presumed(en: bool, p: &Profile, as_of: Date, path: srdi_rules::Path) -> &'static str {
    use srdi_rules::profile::{Standing, Title, Validity};
    let Some(t) = srdi_rules::Path::TITLES.iter().position(|x| *x == path).and_then(|i| Title::ALL.get(i).copied()) else { return "" };
    let Some(r) = p.titles.get(t).filter(|r| r.validity == Validity::Assumed) else { return "" };
    match (r.standing(t, as_of), en) {
        (Standing::Lapsed, false) => "（按三年有效期推定已失效）",
        (Standing::Lapsed, true) => " (presumed lapsed: three-year validity)",
        (Standing::MayHaveLapsed { .. }, false) => "（按三年有效期推定，可能已失效）",
        (Standing::MayHaveLapsed { .. }, true) => " (may have lapsed: three-year validity)",
        _ => "",
    }
}

/// What a host site passed in (its 一企一档, JSON), read field by field for the page's prefill
/// (`parse::profile_from_host`), as three lines: the answers as a share fragment; the fields the
/// host gave, comma-separated; each field left out as JSON (`[{"field", "zh", "en"}, …]`), which
/// the page hands to the host as is. `city` is the page's own, kept where the host gives none.
#[wasm_bindgen]
pub fn prefill(json: &str, city: &str, as_of: &str) -> String {
    let city = srdi_rules::profile::City::ALL.into_iter().find(|c| fields::serde_plain_name(*c) == city).unwrap_or(srdi_rules::profile::City::Nanjing);
    let as_of = Date::parse(as_of).unwrap_or(Date::ymd(2026, 1, 1));
    let h = srdi_rules::parse::profile_from_host(json, city, as_of);
    let given: Vec<_> = h.given.iter().map(|p| p.as_str()).collect();
    format!("{}\n{}\n{}", fields::to_share(&h.profile), given.join(","), serde_json::to_string(&h.errors).unwrap_or_default())
}

/// What changed for this firm since the rules its answers were saved with (`version`), as
/// `zh\x1een`; empty when no change touches its items or its near misses (issue 20 §3).
#[wasm_bindgen]
pub fn changed_since(share: &str, as_of: &str, version: &str) -> String {
    let (Some((_, a)), Some(v)) = (assess(share, as_of), Date::parse(version)) else { return String::new() };
    let changes = srdi_rules::changes::touching(v, &a);
    if changes.is_empty() {
        return String::new();
    }
    let list: Vec<Text> = changes.iter().map(|c| c.text()).collect();
    let now = a.rules_version;
    let zh: Vec<&str> = list.iter().map(|t| t.zh.as_str()).collect();
    let en: Vec<&str> = list.iter().map(|t| t.en.as_str()).collect();
    format!(
        "规则已更新（您保存答案时为 {v}，现为 {now}）。与本企业有关的变化：{}。以下是按新规则算出的结果。\x1eThe rules were updated (your answers were saved with those of {v}; these are {now}). What changed for this firm: {}. The results below follow the new rules.",
        zh.join("；"),
        en.join("; ")
    )
}

/// Checks a printed card (its text pasted: the link or answer code and the 核验码), in the
/// language asked: 「一致…」 or 「不同：…」, or what is missing (issue 20 §4).
#[wasm_bindgen]
pub fn verify(text: &str, lang: &str) -> String {
    let en = lang == "en";
    match srdi_rules::receipt::verify(text) {
        Ok(v) => if en { v.text.en } else { v.text.zh },
        Err(e) => e.errors.iter().map(|e| if en { e.en.as_str() } else { e.zh.as_str() }).collect::<Vec<_>>().join(if en { "; " } else { "；" }),
    }
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

    type Card = (String, Vec<String>, String, String, String, String, String);

    fn cards(out: &str) -> Vec<Card> {
        serde_json::from_str(out.split('\x1e').nth(2).unwrap()).unwrap()
    }

    #[test]
    fn steps_are_the_items_working_and_passages_in_the_language_asked() {
        const XUZHOU: &str = "v=2&city=xuzhou&size=small&manufacturing=true&finance.equipment_loan_yuan=10000000";
        let v = cards(&steps(XUZHOU, "2026-06-30", "zh"));
        let (_, s, quote, gist, source, note, _) = v.iter().find(|c| c.0 == "jiangsu_measures.7.loan_interest_subsidy").expect("the 贴息");
        assert!(s.iter().any(|l| l.contains("设备购置部分 1,000 万元 × 2% = 20 万元")), "{s:?}");
        // The clause's own words, which the page's first load no longer carries.
        assert!(quote.contains("贴息"), "{quote}");
        assert!(!gist.is_empty());
        assert!(source.is_empty() == note.is_empty(), "{source} / {note}");
        let en = cards(&steps(XUZHOU, "2026-06-30", "en"));
        assert_eq!(en.len(), v.len());
        // An outside fact (Huai'an paid its awards without application: a newspaper) names its
        // source in each language.
        const HUAIAN: &str = "v=2&city=huaian&size=small&titles.little_giant=2025";
        let en = cards(&steps(HUAIAN, "2025-06-30", "en"));
        let daily = en.iter().find(|c| c.4.contains("Huai'an Daily")).expect("an item citing the Huai'an Daily");
        assert_eq!(daily.4, "Huai'an Daily (newspaper report) · news report");
        assert!(daily.5.contains("without application"), "{}", daily.5);
        let zh = cards(&steps(HUAIAN, "2025-06-30", "zh"));
        assert!(zh.iter().any(|c| c.4 == "《淮安日报》 · 新闻报道" || c.4.starts_with("《淮安日报》 · ")), "{:?}", zh.iter().map(|c| &c.4).collect::<Vec<_>>());
    }

    #[test]
    fn a_hosts_profile_arrives_as_answers_with_its_fields_and_errors() {
        let out = prefill(r#"{"size":"small","titles":{"little_giant":2026},"oops":1}"#, "suzhou", "2026-12-04");
        let lines: Vec<&str> = out.lines().collect();
        let (p, errs) = fields::from_share(lines[0]).unwrap();
        assert!(errs.is_empty());
        assert_eq!(p.city, srdi_rules::profile::City::Suzhou, "the page's city where the host gives none");
        assert_eq!(p.titles.little_giant.map(|r| r.first_year), Some(2026));
        assert_eq!(lines[1], "size,titles.little_giant");
        let errors: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
        assert_eq!(errors[0]["field"], "oops");
        assert!(errors[0]["zh"].as_str().unwrap().contains("未知字段"));
    }

    #[test]
    fn the_printed_card_gets_the_answers_used_and_a_receipt_that_verifies() {
        // A 小巨人 first named in 2022, validity not said: by 2026-06-30 presumed lapsed.
        const OLD: &str = "v=3&city=nanjing&size=small&titles.little_giant=2022&finance.equipment_loan_yuan=5000000";
        let out = steps(OLD, "2026-06-30", "zh");
        let parts: Vec<&str> = out.split('\x1e').collect();
        let receipt = parts[0];
        let answers: Vec<(String, String)> = parts[1].lines().map(|l| l.split_once('\t').map(|(a, b)| (a.to_owned(), b.to_owned())).unwrap()).collect();
        assert!(answers.contains(&("所在城市".to_owned(), "南京市".to_owned())), "{answers:?}");
        assert!(answers.iter().any(|(l, v)| l == "国家级专精特新“小巨人”" && v == "2022 年（按三年有效期推定已失效）"), "{answers:?}");
        assert!(answers.iter().any(|(_, v)| v == "500 万元"), "{answers:?}");
        assert!(receipt.starts_with("核验码 SRDI1:"), "{receipt}");
        // The card's text (link and receipt) checks out.
        let card = format!("http://calc.example.cn/#{OLD}&as_of=2026-06-30\n{receipt}");
        assert!(srdi_rules::receipt::verify(&card).unwrap().matches());
    }

    #[test]
    fn the_timeline_table_and_chart_agree_with_the_totals() {
        // W1-like: a Nanjing 小巨人 first named in 2026 and a ¥10M equipment loan at 3.2%.
        const FIRM: &str = "v=3&city=nanjing&size=small&titles.little_giant=2026&finance.equipment_loan_yuan=10000000&finance.equipment_loan_rate_pct=3.2&talent.graduates_phd=2";
        let out = steps(FIRM, "2026-06-30", "zh");
        let parts: Vec<&str> = out.split('\x1e').collect();
        let (html, headings) = (parts[3], parts[4]);
        let (_, a) = assess(FIRM, "2026-06-30").unwrap();
        // The table's certain one-off rows sum to the assessment's exact one-off total.
        let rows: Vec<(i64, bool)> = html
            .split("<tr data-timeline-rule=")
            .skip(1)
            .map(|r| {
                let fen = r.split("data-fen=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
                (fen, r.contains("data-certain=\"true\""))
            })
            .collect();
        assert!(html.contains("100 万元"), "{html}");
        assert!(rows.iter().any(|(f, c)| *f == 100_000_000 && *c), "the ¥1M award, certain: {rows:?}");
        // The chart's bars are the years' sums: the first bar's certain part is the firm's certain money that year.
        let t = srdi_rules::timeline::of(&fields::from_share(FIRM).unwrap().0, &a).unwrap();
        let first = &t.years[0];
        let firm = first.certain.one_off_fen + first.certain.yearly_fen;
        assert!(html.contains(&format!("class=\"c\" x=\"1\" y=")) && html.contains(&format!("data-year=\"2026\" data-fen=\"{firm}\"/>")), "{html}");
        assert!(first.certain.one_off_fen >= a.totals.exact_one_off_fen.min(100_000_000));
        assert!(headings.starts_with("2026 年：企业确定"), "{headings}");
        // Text is escaped: the chart and table are written into the page as markup.
        assert!(!html.contains("<script"));
    }

    #[test]
    fn a_card_is_checked_and_a_saved_copy_from_older_rules_says_what_changed() {
        const FIRM: &str = "v=3&city=nanjing&size=small&titles.little_giant=2026&talent.graduates_phd=2";
        let out = steps(FIRM, "2026-12-04", "zh");
        let receipt = out.split('\x1e').next().unwrap();
        let card = format!("用手机扫码或打开此链接：http://127.0.0.1:8080/#{FIRM}&as_of=2026-12-04\n{receipt}");
        assert!(verify(&card, "zh").starts_with("一致"), "{}", verify(&card, "zh"));
        // The money altered on the card: not the same.
        let code = srdi_rules::receipt::Receipt::find(receipt).unwrap().code();
        let money = &code[code.len() - 8..];
        let forged = card.replacen(money, if money == "00000000" { "11111111" } else { "00000000" }, 1);
        assert!(verify(&forged, "zh").starts_with("不同"), "{}", verify(&forged, "zh"));
        assert!(verify("nothing here", "en").contains("no receipt"));
        // Saved with the rules of 2026-11-20: the rent subsidy's reading changed since, and says so.
        let said = changed_since(FIRM, "2026-12-04", "2026-11-20");
        let (zh, en) = said.split_once('\x1e').unwrap();
        assert!(zh.starts_with("规则已更新（您保存答案时为 2026-11-20"), "{zh}");
        assert!(zh.contains("nanjing.13.graduate_rent_subsidy") || zh.contains("规则 "), "{zh}");
        assert!(en.contains("What changed for this firm"), "{en}");
        // Saved with today's rules: nothing to say.
        assert_eq!(changed_since(FIRM, "2026-12-04", srdi_rules::policies::RULES_VERSION), "");
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
