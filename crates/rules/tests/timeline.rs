//! The payment timeline (issue 20 §2) against the assessment it is read from: on every line of
//! the parity file (every declarative case and 300 generated profiles) its sums agree with the
//! totals, kind by kind; and the worked cases W1, W3, W4, W6, W7 and W17 (docs/worked-cases.md)
//! give the dates and amounts worked by hand.

use serde_json::{json, Value};
use srdi_rules::parse::profile_from;
use srdi_rules::timeline::{self, Timeline, What, Why};
use srdi_rules::{evaluate, Assessment, Date, Profile};

fn profile(v: Value) -> Profile {
    profile_from(v).expect("a valid profile")
}

fn on(p: &Profile, y: u16, m: u8, d: u8) -> (Assessment, Timeline) {
    let a = evaluate(p, Date::ymd(y, m, d)).expect("valid");
    let t = timeline::of(p, &a).expect("timeline");
    (a, t)
}

/// The timeline's sums are the assessment's totals, kind by kind.
fn agrees(name: &str, p: &Profile, a: &Assessment, t: &Timeline) {
    let (c, l) = t.sums().expect("sums");
    let x = &a.totals;
    assert_eq!((c.one_off_fen, l.one_off_fen), (x.exact_one_off_fen, x.likely_one_off_fen), "{name}: one-off");
    assert_eq!((c.up_to_fen, l.up_to_fen), (x.up_to_fen, x.likely_up_to_fen), "{name}: caps");
    // Yearly: the as-of year's scheme year is the totals' yearly sum; later years are only likely.
    let this = t.year(a.as_of.year());
    assert_eq!(this.map_or(0, |y| y.certain.yearly_fen), x.annual_fen, "{name}: yearly, certain");
    assert_eq!(this.map_or(0, |y| y.likely.yearly_fen), x.likely_annual_fen, "{name}: yearly, likely");
    assert!(t.years.iter().filter(|y| y.year > a.as_of.year()).all(|y| y.certain.yearly_fen == 0), "{name}: a later year is never certain");
    // Staff: the certain months add up to what the months left bring, and the as-of month to the
    // monthly sum now (certain, and likely from likely items).
    assert_eq!(c.staff_fen, x.employees_max_total_fen, "{name}: staff in all");
    let now = |certain: bool| -> i64 {
        this.into_iter()
            .flat_map(|y| &y.entries)
            .filter(|e| e.certain == certain && e.from_month == Some(a.as_of.month()) && !matches!(e.why, Some(Why::TitleMayHaveLapsed)))
            .filter_map(|e| match e.what {
                What::Staff { per_month_fen, .. } => Some(per_month_fen),
                _ => None,
            })
            .sum()
    };
    assert_eq!(now(true), x.employees_per_month_fen, "{name}: staff this month");
    assert_eq!(now(false), x.likely_employees_per_month_fen, "{name}: likely staff this month");
    // Every 贴息 year after the as-of year is the same profile's assessment on 1 January of it.
    for y in t.years.iter().filter(|y| y.year > a.as_of.year()) {
        for e in &y.entries {
            if let What::SchemeYear { fen, until } = e.what {
                let later = evaluate(p, Date::ymd(y.year, 1, 1)).expect("valid later");
                let item = later.items.iter().find(|i| i.rule.id == e.rule_id).expect("the 贴息 that year");
                assert_eq!(item.amount, srdi_rules::Amount::Annual { fen }, "{name}: {}", y.year);
                assert_eq!(until, Date::ymd(y.year, 12, 31));
            }
        }
    }
}

#[test]
fn every_parity_line_sums_to_its_totals() {
    let golden = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/parity/golden.jsonl")).expect("golden.jsonl");
    let mut checked = 0;
    let mut with_staff = 0;
    let mut with_interest = 0;
    for line in golden.lines() {
        let row: Value = serde_json::from_str(line).expect("json line");
        let name = row["name"].as_str().unwrap_or("?");
        let Some(as_of) = row["as_of"].as_str().and_then(Date::parse) else { continue };
        let Ok(p) = profile_from(row["profile"].clone()) else { continue };
        let Ok(a) = evaluate(&p, as_of) else { continue };
        let t = timeline::of(&p, &a).unwrap_or_else(|e| panic!("{name}: {e}"));
        agrees(name, &p, &a, &t);
        checked += 1;
        with_staff += usize::from(a.totals.employees_max_total_fen > 0);
        with_interest += usize::from(t.years.iter().flat_map(|y| &y.entries).any(|e| matches!(e.what, What::SchemeYear { .. })));
    }
    // The file exercises what the timeline reads: many profiles, rent months, the 贴息.
    assert!(checked > 300 && with_staff > 10 && with_interest > 20, "{checked} {with_staff} {with_interest}");
}

/// W1 (as of 2026-06-30): the 2026 scheme year, ¥2,000,000 + ¥6,000,000 (capped) = ¥8,000,000 to
/// 31 December 2026, certain; 2027 not announced and not worked out.
#[test]
fn w1_the_2026_scheme_year_then_not_announced() {
    let p = profile(
        json!({ "city": "xuzhou", "size": "medium", "manufacturing": true, "loans": [{ "equipment_yuan": 100_000_000 }, { "equipment_yuan": 400_000_000 }] }),
    );
    let (a, t) = on(&p, 2026, 6, 30);
    agrees("W1", &p, &a, &t);
    assert_eq!(t.years.iter().map(|y| y.year).collect::<Vec<_>>(), [2026, 2027]);
    let e = &t.years[0].entries[0];
    assert_eq!(e.rule_id, "jiangsu_measures.7.loan_interest_subsidy");
    assert_eq!(e.what, What::SchemeYear { fen: 800_000_000, until: Date::ymd(2026, 12, 31) });
    assert!(e.certain);
    assert_eq!(e.words().zh, "制造业贷款财政贴息（省方案，含专精特新中小企业）：2026 年 800 万元，至 2026 年 12 月 31 日止");
    let next = &t.years[1];
    assert_eq!(next.entries[0].what, What::NotAnnounced { from_year: 2027 });
    assert_eq!((next.certain.yearly_fen, next.likely.yearly_fen), (0, 0), "2027 is never worked out");
    assert!(next.entries[0].words().zh.contains("2027 年起贴息口径未公布，不作推算"), "{:?}", next.entries[0].words());
}

/// W7 (W1 as of 2025-06-30): 2025 is ¥10,000,000 (the 2025 caps do not bind), certain; 2026 is
/// worked out on the 2026 caps, ¥2,000,000 + ¥6,000,000 = ¥8,000,000, only likely (the loans as
/// given); 2027 not announced.
#[test]
fn w7_a_later_scheme_year_is_likely_on_its_own_caps() {
    let p = profile(
        json!({ "city": "xuzhou", "size": "medium", "manufacturing": true, "loans": [{ "equipment_yuan": 100_000_000 }, { "equipment_yuan": 400_000_000 }] }),
    );
    let (a, t) = on(&p, 2025, 6, 30);
    agrees("W7", &p, &a, &t);
    let y2025 = t.year(2025).expect("2025");
    assert_eq!((y2025.certain.yearly_fen, y2025.likely.yearly_fen), (1_000_000_000, 0));
    let y2026 = t.year(2026).expect("2026");
    assert_eq!((y2026.certain.yearly_fen, y2026.likely.yearly_fen), (0, 800_000_000));
    assert_eq!(y2026.entries[0].why, Some(Why::LaterSchemeYear));
    assert_eq!(t.year(2027).map(|y| y.entries[0].what), Some(What::NotAnnounced { from_year: 2027 }));
    assert!(t.year(2028).is_none());
}

/// W3 (as of 2026-06-30): the 小巨人 award, ¥1,000,000 one-off in 2026; the PhD's 16 months at
/// ¥1,800: June–December 2026 (7 months, ¥12,600) and January–September 2027 (9, ¥16,200) =
/// ¥28,800, the assessment's figure.
#[test]
fn w3_rent_months_run_to_the_end_of_the_36() {
    let p = profile(json!({ "city": "nanjing", "size": "small", "titles": { "little_giant": { "first_year": 2025, "first_month": 3 } },
        "talent": { "groups": [{ "degree": "phd", "count": 1, "rent_yuan": 1800, "months_received": 20 }] } }));
    let (a, t) = on(&p, 2026, 6, 30);
    agrees("W3", &p, &a, &t);
    let y2026 = t.year(2026).expect("2026");
    assert_eq!(y2026.entries[0].what, What::OneOff { fen: 100_000_000 });
    let staff: Vec<_> = t.years.iter().flat_map(|y| y.entries.iter().map(move |e| (y.year, e))).filter(|(_, e)| matches!(e.what, What::Staff { .. })).collect();
    assert_eq!(staff.len(), 2);
    let (y, e) = staff[0];
    assert_eq!((y, e.from_month, e.to_month), (2026, Some(6), Some(12)));
    assert!(matches!(e.what, What::Staff { group: Some(1), per_month_fen: 180_000, months: 7, fen: 1_260_000, .. }), "{:?}", e.what);
    assert_eq!(e.words().zh, "6–12 月：高校毕业生租房补贴上浮（第 1 组，博士 1 人）每月 1,800 元 × 7 个月 = 1.26 万元（发给毕业生本人）");
    let (y, e) = staff[1];
    assert_eq!((y, e.from_month, e.to_month), (2027, Some(1), Some(9)));
    assert!(matches!(e.what, What::Staff { months: 9, fen: 1_620_000, .. }), "{:?}", e.what);
    assert_eq!(t.sums().map(|(c, _)| c.staff_fen), Some(2_880_000));
    assert_eq!(y2026.heading().zh, "2026 年：企业确定 100 万元；毕业生租房补贴 1.26 万元（发给毕业生本人）");
}

/// W17 (as of 2026-09-15): a master renting at ¥1,200 (¥960 a month), 10 months received, the
/// employer's 小巨人 first recognised 2024-07 and so certainly held before July 2027: September
/// 2026 … June 2027 certain (4 + 6 months, ¥9,600), July 2027 likely (the assumed last month).
#[test]
fn w17_the_titles_last_month_is_likely() {
    let p = profile(json!({ "city": "nanjing", "size": "small", "titles": { "little_giant": { "first_year": 2024, "first_month": 7 } },
        "talent": { "groups": [{ "degree": "master", "count": 1, "rent_yuan": 1200, "months_received": 10 }] } }));
    let (a, t) = on(&p, 2026, 9, 15);
    agrees("W17", &p, &a, &t);
    let staff: Vec<_> = t.years.iter().flat_map(|y| y.entries.iter().map(move |e| (y.year, e))).filter(|(_, e)| matches!(e.what, What::Staff { .. })).collect();
    let seen: Vec<_> = staff.iter().map(|(y, e)| (*y, e.from_month, e.to_month, e.certain, e.what)).collect();
    let staff_of = |months, fen| What::Staff { group: Some(1), degree: srdi_rules::profile::Degree::Master, count: 1, per_month_fen: 96_000, months, fen };
    assert_eq!(
        seen,
        [
            (2026, Some(9), Some(12), true, staff_of(4, 384_000)),
            (2027, Some(1), Some(6), true, staff_of(6, 576_000)),
            (2027, Some(7), Some(7), false, staff_of(1, 96_000)),
        ]
    );
    assert_eq!(staff[2].1.why, Some(Why::TitleMayHaveLapsed));
    assert_eq!(t.year(2027).map(|y| (y.certain.staff_fen, y.likely.staff_fen)), Some((576_000, 96_000)));
}

/// W4a (as of 2025-10-01): the ¥3M loan signed 2025-07-01 for 12 months runs July–December 2025
/// and January–June 2026, at most 3.5%, priced ¥15,000 a year above it; not money, not summed.
#[test]
fn w4_the_srdi_loans_term() {
    let p = profile(json!({ "city": "huaian", "size": "small", "titles": { "provincial_srdi": 2024 },
        "srdi_loans": [{ "principal_yuan": 3_000_000, "tenor_months": 12, "signed": "2025-07-01", "rate_bp": 400 }] }));
    let (a, t) = on(&p, 2025, 10, 1);
    agrees("W4", &p, &a, &t);
    let terms: Vec<_> =
        t.years.iter().flat_map(|y| y.entries.iter().map(move |e| (y.year, e))).filter(|(_, e)| matches!(e.what, What::LoanTerm { .. })).collect();
    let term = What::LoanTerm { loan: 1, signed: Date::ymd(2025, 7, 1), tenor_months: 12, ceiling_bp: Some(350), above_cap_fen: 1_500_000 };
    assert_eq!(
        terms.iter().map(|(y, e)| (*y, e.from_month, e.to_month, e.what)).collect::<Vec<_>>(),
        [(2025, Some(7), Some(12), term), (2026, Some(1), Some(6), term)]
    );
    assert_eq!(
        terms[0].1.words().zh,
        "7–12 月：专精特新贷 1 在贷款期内（2025-07-01 签约，期限 12 个月），利率不超过 3.5%；报价高出上限的利息每年 1.5 万元（可据此与银行协商，不是补贴现金）"
    );
    assert_eq!(t.sums().map(|(c, l)| (c.staff_fen + c.yearly_fen + c.one_off_fen, l.yearly_fen)), Some((0, 0)));
}

/// W6 (as of 2026-11-23): 单项冠军 ¥3,000,000 and 小巨人 ¥1,000,000, both one-off in 2026: ¥4,000,000.
#[test]
fn w6_two_one_off_awards_in_the_year() {
    let p = profile(json!({ "city": "nanjing", "size": "medium", "manufacturing": true, "titles": { "single_champion": 2026, "little_giant": 2026 } }));
    let (a, t) = on(&p, 2026, 11, 23);
    agrees("W6", &p, &a, &t);
    let y = t.year(2026).expect("2026");
    assert_eq!(y.certain.one_off_fen, 400_000_000);
    let ids: Vec<_> = y.entries.iter().filter(|e| matches!(e.what, What::OneOff { .. })).map(|e| e.rule_id).collect();
    assert_eq!(ids, ["nanjing.5.single_champion_award", "nanjing.5.little_giant_award"]);
    assert_eq!(y.heading().zh, "2026 年：企业确定 400 万元");
}

/// W2 and W5 give the timeline nothing to show: no 贴息 (the title lapsed), a price is not money.
#[test]
fn w2_w5_nothing_to_pay() {
    let w2 = profile(
        json!({ "city": "nantong", "size": "small", "manufacturing": false, "titles": { "provincial_srdi": 2021 }, "loans": [{ "equipment_yuan": 10_000_000 }] }),
    );
    let (a, t) = on(&w2, 2026, 6, 30);
    agrees("W2", &w2, &a, &t);
    assert!(t.years.is_empty(), "{t:?}");
    let w5 = profile(
        json!({ "city": "nanjing", "size": "small", "titles": { "provincial_srdi": 2024 }, "procurement": { "bid_price_yuan": 5_000_000, "deduction_bp": 1500 } }),
    );
    let (a, t) = on(&w5, 2026, 6, 30);
    agrees("W5", &w5, &a, &t);
    assert_eq!(t.sums().map(|(c, l)| (c.one_off_fen + c.yearly_fen + c.staff_fen, l.one_off_fen)), Some((0, 0)));
}

/// The JSON a page or the JS API reads: entries carry their kind, figures and words.
#[test]
fn an_entry_serialises_with_its_kind_and_words() {
    let p = profile(json!({ "city": "nanjing", "size": "medium", "manufacturing": true, "titles": { "little_giant": 2026 } }));
    let t = timeline::timeline(&p, Date::ymd(2026, 11, 23)).expect("timeline");
    let v = serde_json::to_value(&t).expect("json");
    let e = &v["years"][0]["entries"][0];
    assert_eq!(e["kind"], "one_off");
    assert_eq!(e["fen"], 100_000_000);
    assert_eq!(e["certain"], true);
    assert_eq!(e["text"]["zh"], "首次获评国家级专精特新“小巨人”奖励：一次性 100 万元（文本未定发放月份，以主管部门为准）");
    assert_eq!(v["years"][0]["certain"]["one_off_fen"], 100_000_000);
}
