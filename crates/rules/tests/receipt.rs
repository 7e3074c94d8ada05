//! Receipts (issue 20 §4): a printed card's text checks against the same rules; a changed answer,
//! a changed figure, or rules that changed since the receipt are told apart and named.

use srdi_rules::changes;
use srdi_rules::fields::{from_share, to_share};
use srdi_rules::receipt::{receipt, verify, Receipt};
use srdi_rules::{Date, Profile};

/// W3 (docs/worked-cases.md): a Nanjing 小巨人 with a PhD renting at ¥1,800, 20 months received.
const W3: &str = "v=3&city=nanjing&size=small&titles.little_giant=2025&titles.little_giant.first_month=3&talent.groups.1.degree=phd&talent.groups.1.count=1&talent.groups.1.rent_yuan=1800&talent.groups.1.months_received=20";

fn w3() -> Profile {
    let (p, errors) = from_share(W3).expect("W3 opens");
    assert!(errors.is_empty(), "{errors:?}");
    p
}

/// The words a printed card carries (web/src/components/results/card.rs) with the receipt beside them.
fn card(link_fragment: &str, r: &Receipt) -> String {
    format!(
        "测算依据的企业信息\n城市 南京市\n评估日期 {} · 规则版本 {} · {}\n用手机扫码或打开此链接，可看到同样的测算：\nhttps://srdi.example/#{link_fragment}&as_of={}\n",
        r.as_of,
        r.rules_version,
        r.text().zh,
        r.as_of
    )
}

#[test]
fn a_printed_card_checks_against_the_same_rules() {
    let p = w3();
    let r = receipt(&p, Date::ymd(2026, 6, 30)).expect("valid");
    let v = verify(&card(&to_share(&p), &r)).expect("verifies");
    assert!(v.matches() && v.changes.is_empty(), "{v:?}");
    assert_eq!(v.text.zh, "一致：答案和金额与核验码相符（规则版本 2026-12-04，评估日期 2026-06-30）");
    // The digests themselves, pinned (tests/e2e/jsapi.test.mjs pins the same for the JS API): the
    // answers' digest changes only with the share format, the money's only when W3's money does.
    assert_eq!((format!("{:08X}", r.answers), format!("{:08X}", r.money)), ("45320BB3".to_owned(), "9F032F46".to_owned()));
    // The answer code alone with the receipt (the offline file's card), and an older link of the
    // same answers: the answers' digest is of the answers, not of how the link spells them.
    assert!(verify(&format!("#{} {}", to_share(&p), r.code())).expect("code").matches());
    let v1 = "v=1&city=nanjing&size=small&titles.little_giant=2026";
    let (q, _) = from_share(v1).expect("v1");
    let rq = receipt(&q, Date::ymd(2026, 11, 23)).expect("valid");
    assert!(verify(&format!("https://srdi.example/#{v1}\n{}", rq.code())).expect("v1 link").matches());
}

#[test]
fn a_changed_answer_does_not_match_its_receipt() {
    let p = w3();
    let r = receipt(&p, Date::ymd(2026, 6, 30)).expect("valid");
    // Someone changes the rent on the card's link: 1800 → 1000.
    let altered = to_share(&p).replace("rent_yuan=1800", "rent_yuan=1000");
    let v = verify(&card(&altered, &r)).expect("verifies");
    assert!(!v.answers_match && !v.matches());
    assert!(v.text.zh.starts_with("不同：答案与核验码不符"), "{}", v.text.zh);
}

/// A receipt made with the rules of 2026-12-01, whose money differed (the rent raise's months and
/// likely band changed on 2026-12-04): the rules that changed since for this firm are named, with
/// their date; changes before the receipt, and changes to rules this firm does not meet, are not.
#[test]
fn older_rules_name_the_rules_changed_since() {
    let p = w3();
    let now = receipt(&p, Date::ymd(2026, 6, 30)).expect("valid");
    let old = Receipt { rules_version: Date::ymd(2026, 12, 1), money: now.money ^ 0x5a5a, ..now };
    let v = verify(&card(&to_share(&p), &old)).expect("verifies");
    assert!(v.answers_match && !v.money_match);
    assert!(v.changes.iter().all(|c| c.date > Date::ymd(2026, 12, 1)), "{:?}", v.changes);
    assert!(v.changes.iter().any(|c| c.affects("nanjing.13.graduate_rent_subsidy") && c.date == Date::ymd(2026, 12, 4)));
    assert!(!v.changes.iter().any(|c| c.rules == ["huaian.3-6.rd_subsidy_uplift"]), "not this firm's rule");
    assert!(v.text.zh.starts_with("不同：规则 "), "{}", v.text.zh);
    assert!(v.text.zh.contains("nanjing.13.graduate_rent_subsidy 于 2026-12-04 修改：称号推定到期的月份单独列为可能"), "{}", v.text.zh);
    assert!(v.text.en.starts_with("differs: rule "), "{}", v.text.en);
    // Older rules and the same money: the firm's figures did not change.
    let same = Receipt { rules_version: Date::ymd(2026, 12, 1), ..now };
    let v = verify(&card(&to_share(&p), &same)).expect("verifies");
    assert!(v.matches());
    assert_eq!(v.text.zh, "一致：规则已从 2026-12-01 更新至 2026-12-04，本企业的金额没有变化（评估日期 2026-06-30）");
}

#[test]
fn the_same_rules_and_other_money_is_an_altered_receipt() {
    let p = w3();
    let now = receipt(&p, Date::ymd(2026, 6, 30)).expect("valid");
    let altered = Receipt { money: now.money.wrapping_add(1), ..now };
    let v = verify(&card(&to_share(&p), &altered)).expect("verifies");
    assert!(v.text.zh.starts_with("不同：规则版本同为 2026-12-04，金额却不同"), "{}", v.text.zh);
    // A receipt from rules newer than these asks for a newer copy.
    let newer = Receipt { rules_version: Date::ymd(2027, 3, 1), money: now.money.wrapping_add(1), ..now };
    let v = verify(&card(&to_share(&p), &newer)).expect("verifies");
    assert!(v.text.zh.contains("比本程序的规则（2026-12-04）新"), "{}", v.text.zh);
    assert_eq!(changes::RULES_CHANGED, Date::ymd(2026, 12, 4));
}

#[test]
fn a_text_without_a_receipt_or_answers_is_refused_by_name() {
    let e = verify("https://srdi.example/#v=3&city=nanjing&size=small").expect_err("no receipt");
    assert_eq!(e.errors[0].field.as_str(), "receipt");
    let r = receipt(&w3(), Date::ymd(2026, 6, 30)).expect("valid");
    let e = verify(&r.code()).expect_err("no answers");
    assert_eq!(e.errors[0].field.as_str(), "answers");
}
