//! Arbitrary bytes through every way a profile enters the calculator — JSON
//! (CLI, JS API), a share link or stored state, and text typed into each form
//! field — then evaluated on dates before, during and after the documents.
//! Built with overflow checks: any panic or overflow is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use srdi_rules::{evaluate, fields, parse, Assessment, Date, Profile};

fn check(p: &Profile) {
    for d in [Date::ymd(2023, 6, 30), Date::ymd(2026, 11, 23), Date::ymd(2030, 1, 1)] {
        if let Ok(a) = evaluate(p, d) {
            invariants(&a);
        }
    }
}

fn invariants(a: &Assessment) {
    let t = &a.totals;
    assert!(t.exact_one_off_fen >= 0 && t.annual_fen >= 0 && t.up_to_fen >= 0);
    assert!(t.employees_per_month_fen >= 0 && t.employees_max_total_fen >= 0);
    // Every amount shown can be described and listed without a panic.
    for i in &a.items {
        let _ = i.amount.describe();
    }
    let _ = a.items_csv(srdi_rules::export::Language::Zh);
    let _ = a.items_csv(srdi_rules::export::Language::En);
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(p) = parse::profile_from_json(text) {
        check(&p);
    }
    if let Some((p, _)) = fields::from_share(text) {
        check(&p);
    }
    let _ = fields::share_version(text);
    let mut p = Profile::new(srdi_rules::profile::City::Nanjing, srdi_rules::profile::Size::Small);
    for f in fields::FIELDS {
        let _ = fields::set(&mut p, f.path, text);
    }
    check(&p);
});
