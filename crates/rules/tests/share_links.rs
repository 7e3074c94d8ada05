//! Share links are promises: a link made today must open the same answers
//! after any later rules update. These links were made by version 1 of the
//! format (2026-11-23) and are pinned here verbatim with what they mean.
//! A change to field names or encodings that breaks one fails this test;
//! keep old names readable (a rename table in `fields`) instead.

use srdi_rules::fields::{from_share, share_version, to_share, SHARE_VERSION};
use srdi_rules::{evaluate, Date};

/// (link fragment, first-time one-off total in fen on 2026-11-23, a field that must be set)
const V1_LINKS: [(&str, i64, &str, &str); 4] = [
    ("v=1&city=nanjing&size=small&titles.little_giant=2026", 100_000_000, "titles.little_giant", "2026"),
    ("v=1&city=nanjing&size=medium&manufacturing=true&titles.single_champion=2025&talent.graduates_phd=2", 300_000_000, "talent.graduates_phd", "2"),
    ("v=1&city=huaian&size=small&titles.provincial_srdi=2024&rd.expense_this_year_yuan=5000000&rd.expense_last_year_yuan=4000000", 0, "rd.expense_this_year_yuan", "5000000"),
    ("v=1&city=suzhou&size=micro&district=%E5%B7%A5%E4%B8%9A%E5%9B%AD%E5%8C%BA&finance.equipment_loan_yuan=10000000&finance.equipment_loan_rate_bp=3.5", 0, "district", "工业园区"),
];

#[test]
fn version_1_links_open_the_same_answers() {
    let as_of = Date::ymd(2026, 11, 23);
    for (link, total, field, value) in V1_LINKS {
        let (p, errors) = from_share(link).unwrap_or_else(|| panic!("{link} no longer opens"));
        assert!(errors.is_empty(), "{link}: {errors:?}");
        let path = srdi_rules::Path::parse(field).unwrap_or_else(|| panic!("{field} is no longer a field name"));
        assert_eq!(srdi_rules::fields::get(&p, path), value, "{link}");
        let a = evaluate(&p, as_of).expect("evaluates");
        assert_eq!(a.totals.exact_one_off_fen, total, "{link}");
        // Writing the profile again gives a link that reads back to the same profile.
        assert_eq!(from_share(&to_share(&p)).map(|(q, _)| q), Some(p), "{link}");
        assert_eq!(share_version(link), 1);
    }
    assert_eq!(SHARE_VERSION, 3, "a new format version needs its own pinned links here");
}

/// Links made by version 3 (issue 18 §3): rates under their percent names, the old `…_bp`
/// keys of versions 1 and 2 (which carried percentages too) still read the same.
#[test]
fn version_3_links_name_rates_in_percent() {
    let as_of = Date::ymd(2026, 6, 30);
    // W16a again, written by version 3: the same ¥200,000.
    let v3 = "v=3&city=nantong&size=small&titles.provincial_srdi=2021&titles.provincial_srdi.renewed_year=2024&loans.1.equipment_yuan=10000000&loans.1.rate_pct=3.2";
    let v2 = "v=2&city=nantong&size=small&titles.provincial_srdi=2021&titles.provincial_srdi.renewed_year=2024&loans.1.equipment_yuan=10000000&loans.1.rate_bp=3.2";
    let (p, errors) = from_share(v3).expect("opens");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.loans[0].rate_bp, Some(320));
    assert_eq!(from_share(v2).map(|(q, _)| q), Some(p.clone()), "the version-2 key reads the same");
    assert_eq!(to_share(&p), v3, "written with the percent name");
    assert_eq!(evaluate(&p, as_of).unwrap().totals.annual_fen, 20_000_000);
    let (q, _) = from_share("v=3&city=nanjing&size=small&finance.equipment_loan_rate_pct=3.5&procurement.deduction_pct=15&srdi_loans.1.principal_yuan=3000000&srdi_loans.1.tenor_months=12&srdi_loans.1.signed=2025-07-01&srdi_loans.1.rate_pct=4").expect("opens");
    assert_eq!((q.finance.equipment_loan_rate_bp, q.procurement.deduction_bp, q.srdi_loans[0].rate_bp), (350, Some(1500), Some(400)));
}

/// v1 links whose inputs mean the same but whose answer changed with a reading
/// of issue 11 (docs/readings.md): (link, as-of, yearly total in fen).
const V1_LINKS_CHANGED_BY_A_READING: [(&str, Date, i64); 2] = [
    // B1 route 1: a manufacturer is in the 贴息 without a title (before: ¥0 and a near miss).
    ("v=1&city=wuxi&size=small&manufacturing=true&finance.equipment_loan_yuan=10000000", Date::ymd(2026, 6, 30), 20_000_000),
    // A1: a 2019 provincial title has lapsed by 2026 (three years, not renewed): no 贴息 (before: ¥200,000).
    ("v=1&city=wuxi&size=small&titles.provincial_srdi=2019&finance.equipment_loan_yuan=10000000", Date::ymd(2026, 6, 30), 0),
];

#[test]
fn version_1_links_changed_only_by_a_named_reading() {
    for (link, as_of, annual) in V1_LINKS_CHANGED_BY_A_READING {
        let (p, errors) = from_share(link).unwrap_or_else(|| panic!("{link} no longer opens"));
        assert!(errors.is_empty(), "{link}: {errors:?}");
        assert_eq!(evaluate(&p, as_of).expect("evaluates").totals.annual_fen, annual, "{link}");
    }
}

/// Links made by version 2 (numbered loans, Huai'an loans, title details),
/// pinned with what they mean: (link, as-of, yearly total in fen, a field and its value).
const V2_LINKS: [(&str, Date, i64, &str, &str); 3] = [
    // W1: two projects, ¥2M + ¥6M (capped) = ¥8M a year in 2026.
    (
        "v=2&city=xuzhou&size=medium&manufacturing=true&loans.1.equipment_yuan=100000000&loans.2.equipment_yuan=400000000",
        Date::ymd(2026, 6, 30),
        800_000_000,
        "loans.2.equipment_yuan",
        "400000000",
    ),
    // W16a: renewed in 2024, valid in 2026: ¥200,000.
    (
        "v=2&city=nantong&size=small&titles.provincial_srdi=2021&titles.provincial_srdi.renewed_year=2024&loans.1.equipment_yuan=10000000&loans.1.rate_bp=3.2",
        Date::ymd(2026, 6, 30),
        20_000_000,
        "titles.provincial_srdi.renewed_year",
        "2024",
    ),
    // W4a: a Huai'an 专精特新贷 (the figure above the cap is not summed).
    (
        "v=2&city=huaian&size=small&titles.provincial_srdi=2024&srdi_loans.1.principal_yuan=3000000&srdi_loans.1.tenor_months=12&srdi_loans.1.signed=2025-07-01&srdi_loans.1.rate_bp=4",
        Date::ymd(2025, 10, 1),
        0,
        "srdi_loans.1.signed",
        "2025-07-01",
    ),
];

#[test]
fn version_2_links_open_the_same_answers() {
    for (link, as_of, annual, field, value) in V2_LINKS {
        let (p, errors) = from_share(link).unwrap_or_else(|| panic!("{link} no longer opens"));
        assert!(errors.is_empty(), "{link}: {errors:?}");
        let path = srdi_rules::Path::parse(field).unwrap_or_else(|| panic!("{field} is no longer a field name"));
        assert_eq!(srdi_rules::fields::get(&p, path), value, "{link}");
        let a = evaluate(&p, as_of).expect("evaluates");
        assert_eq!(a.totals.annual_fen, annual, "{link}");
        assert_eq!(from_share(&to_share(&p)).map(|(q, _)| q), Some(p), "{link}");
        assert_eq!(share_version(link), 2);
    }
}

#[test]
fn links_without_a_version_and_from_the_future_are_read_best_effort() {
    assert_eq!(share_version("city=nanjing&size=small"), 1);
    assert_eq!(share_version("v=7&city=nanjing"), 7);
    assert_eq!(share_version("v=x&city=nanjing"), u32::MAX);
    let (p, errors) = from_share("v=9&city=nanjing&size=small&titles.little_giant=2026&titles.galaxy_brain=2026").expect("best effort");
    assert_eq!(p.titles.first_year(srdi_rules::profile::Title::LittleGiant), Some(2026));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "titles.galaxy_brain");
}

/// Issue 11 detail in links (graduate groups, the tender's rate, counts,
/// activities): numbered keys read through the form's parser, written back the
/// same way, and give the worked figures (W3, W5; docs/worked-cases.md).
#[test]
fn links_carry_graduate_groups_rates_counts_and_activities() {
    let as_of = Date::ymd(2026, 6, 30);
    let w3 = "v=1&city=nanjing&size=small&titles.little_giant=2025&talent.groups.1.degree=phd&talent.groups.1.rent_yuan=1800&talent.groups.1.months_received=20";
    let (p, errors) = from_share(w3).expect("opens");
    assert!(errors.is_empty(), "{errors:?}");
    let a = evaluate(&p, as_of).unwrap();
    assert_eq!((a.totals.employees_per_month_fen, a.totals.employees_max_total_fen), (180_000, 2_880_000));
    assert_eq!(from_share(&to_share(&p)).map(|(q, _)| q), Some(p));

    let w5 = "v=1&city=nanjing&size=small&titles.provincial_srdi=2024&procurement.bid_price_yuan=5000000&procurement.deduction_bp=15%25&counts.key_tech_tasks=2&counts.pilot_platforms.1.investment_yuan=150%E4%B8%87&activities.buys_compute=true";
    let (p, errors) = from_share(w5).expect("opens");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.procurement.deduction_bp, Some(1500));
    assert_eq!(srdi_rules::fields::get(&p, srdi_rules::Path::DeductionBp), "15");
    let a = evaluate(&p, as_of).unwrap();
    let price = a.items.iter().find(|i| i.rule.id == "nanjing.4.procurement_price_deduction").expect("price item");
    assert_eq!(price.amount, srdi_rules::Amount::EvaluationPrice { bid_fen: 500_000_000, deduction_bp: 1500, evaluated_fen: 425_000_000, best_case: false });
    assert!(a.items.iter().any(|i| i.rule.id == "nanjing.8.compute_vouchers"));
    // Readings D3 (issue 18): one ¥10M cap for the clause whatever the count (2 tasks) + one platform of ¥1.5M.
    assert_eq!(a.totals.up_to_fen, 1_000_000_000 + 150_000_000);
    assert_eq!(from_share(&to_share(&p)).map(|(q, _)| q), Some(p));

    // Numbered from 1 without gaps; the error names the field.
    let (_, errors) = from_share("city=nanjing&size=small&talent.groups.2.degree=phd").expect("best effort");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "talent.groups.2.degree");
    assert!(errors[0].zh.contains("请先填写第 1 组毕业生") && errors[0].en.contains("graduate group 1 first"), "{errors:?}");
}
