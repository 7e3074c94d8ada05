//! `eval::fixed_wording` (what the JS API sends once per rule instead of per
//! item) must be exactly what every item of that rule says, whatever the
//! profile and date: checked on every declarative case's profile.

mod support;

use srdi_rules::eval::fixed_wording;
use srdi_rules::parse::profile_from;
use srdi_rules::{evaluate, Date};

#[test]
fn fixed_wording_is_what_every_item_of_the_rule_says() {
    let (mut fixed, mut computed) = (0, 0);
    for (name, case) in support::all_cases() {
        let Some(as_of) = case["as_of"].as_str().and_then(Date::parse) else { continue };
        let Ok(p) = profile_from(case["profile"].clone()) else { continue };
        let Ok(a) = evaluate(&p, as_of) else { continue };
        for it in &a.items {
            match fixed_wording(it.rule) {
                Some((text, steps)) => {
                    fixed += 1;
                    assert_eq!(text, it.amount_text(), "{name}: {}", it.rule.id);
                    assert_eq!(steps, it.trace(), "{name}: {}", it.rule.id);
                }
                None => computed += 1,
            }
        }
    }
    // Both kinds occur, so the comparison above is not vacuous.
    assert!(fixed > 1000 && computed > 50, "fixed {fixed}, computed {computed}");
}
