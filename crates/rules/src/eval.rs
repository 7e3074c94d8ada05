//! Evaluation: a profile and an as-of date in, an `Assessment` out.
//!
//! This file is the walk only: for each document covering the city, each
//! clause and each rule, check the conditions ([`crate::conditions`]), work
//! out the amount ([`crate::amount`]), and collect items and near misses;
//! then stacking notes ([`crate::stacking`]) and totals ([`crate::totals`]).
//! The result types live in [`crate::result`], export in [`crate::export`].
//!
//! Deterministic and in a stable order (documents in file order, clauses in
//! each document's order; near misses by worth, see `order_by_worth`). Totals keep exact sums, caps, and unquantified and
//! non-monetary counts apart, and only count documents in force on the as-of date.

use crate::amount::{amount, assumed, is_money, until, Inputs, NoSteps};
use crate::conditions::{check, document_flags, scheme_flags, Memo, Standings};
use crate::date::Date;
use crate::error::{FieldError, InputError};
use crate::model::*;
use crate::policies;
use crate::profile::Profile;
use crate::stacking::{mark_stacking, Concerned};

// The result types and helpers, where callers have always found them.
pub use crate::amount::{fixed_wording, Trace};
pub use crate::conditions::covers;
pub use crate::fix::Fix;
pub use crate::notices::Notice;
pub use crate::result::{describe_until, Amount, Assessment, Described, DocumentStanding, Flag, Flags, Item, Likely, Missing, NearMiss, RentSplit, Text, Until};
pub use crate::stacking::Stacking;
pub use crate::totals::Totals;

/// Evaluates a profile on a date. Validates first; never panics.
pub fn evaluate(profile: &Profile, as_of: Date) -> Result<Assessment, InputError> {
    evaluate_with(&policies::ALL, profile, as_of)
}

/// Evaluates against a given list of documents (the growth benchmark runs the
/// rule set replicated 10× and 100× through this).
pub fn evaluate_with(sources: &[&'static Document], profile: &Profile, as_of: Date) -> Result<Assessment, InputError> {
    profile.validate(as_of)?;
    let mut notices = Vec::new();
    let applies = profile.city.in_jiangsu();
    if !applies {
        notices.push(Notice::OutsideJiangsu);
    } else if !sources.iter().any(|d| d.level == Level::City(profile.city)) {
        notices.push(Notice::NoCityPolicy(profile.city));
    }
    crate::notices::add(sources, profile, &mut notices);
    let mut documents = Vec::with_capacity(3);
    // About 26 rules per document today; reserving by the number of documents
    // keeps large (replicated) rule sets from reallocating.
    let mut items: Vec<Item> = Vec::with_capacity(26 * sources.len());
    let mut near_misses = Vec::with_capacity(16);
    let standings = Standings::of(profile, as_of);
    let trace = Trace::new(Inputs::of(profile, &standings, as_of), as_of);
    let inputs = trace.inputs();
    let mut memo = Memo::new(profile, &standings, as_of);
    let mut scratch: Option<Profile> = None;
    // The sums and the items a stacking note can concern are gathered as each item is made.
    let (mut sums, mut out_of_range, mut concerned) = (Totals::default(), false, Concerned::new());
    for doc in sources.iter().filter(|d| covers(d, profile.city)) {
        let dflags = document_flags(doc, as_of);
        documents.push(DocumentStanding {
            document: doc.source_file,
            title: doc.title,
            short_zh: doc.short_zh,
            short_en: doc.short_en,
            level: doc.level,
            status: doc.status,
            effective_from: doc.effective_from,
            effective_until: doc.effective_until,
            flags: dflags,
        });
        let ended = dflags.contains(&Flag::Expired);
        let in_force = !ended && !dflags.contains(&Flag::NotYetInForce);
        // Each rule's key (crate::keys): its conditions' memo slots, and whether it is plain.
        let keys = crate::keys::of(doc);
        let mut k = 0;
        for clause in doc.clauses {
            let Treatment::Rules { rules, .. } = clause.treatment else { continue };
            for rule in rules {
                // A document not in `policies::ALL` has no keys: its rules' conditions are all looked at.
                let key = keys.and_then(|keys| keys.get(k)).copied().unwrap_or(crate::keys::OTHER);
                k += 1;
                let certain = key & crate::keys::CONDITIONS & !memo.certain() == 0;
                if certain && key & crate::keys::PLAIN != 0 {
                    // A plain service whose conditions the memo knows to hold certainly: its
                    // item is the same for every profile (and what the general path below
                    // makes of it: no outside figure, no likely reason, no limit, no figures).
                    items.push(Item { rule, doc, clause, amount: Amount::NonMonetary, flags: dflags, stacking: None, likely: None, until: None, trace: trace.fixed() });
                    if in_force {
                        sums.non_monetary_count += 1;
                    } else {
                        sums.not_in_force_count += 1;
                    }
                    continue;
                }
                // How many conditions fail, and the fix for the first (no allocation);
                // whether one holds only likely (readings A1, A4), and why.
                let (mut failed, mut first_fix, mut likely) = (0u32, None, None);
                // Known to hold certainly: nothing to look at.
                for c in if certain { &[][..] } else { rule.conditions } {
                    match memo.check(c, doc) {
                        Ok(why) => likely = likely.or(why),
                        Err(fix) => {
                            if failed == 0 {
                                first_fix = fix;
                            }
                            failed += 1;
                            if failed > 1 {
                                break; // two missing: neither an item nor a near miss
                            }
                        }
                    }
                }
                let mut flags = dflags;
                if rule.external.is_some() {
                    flags.insert(Flag::ExternalSource);
                }
                if matches!(rule.amount, AmountRule::LoanInterestSubsidy) {
                    // The 贴息 is the scheme's money, whichever clause brings the firm in (readings B1, B2).
                    flags = scheme_flags(profile, as_of, flags);
                }
                match (failed, first_fix) {
                    (0, _) => {
                        let amount = amount(rule, inputs, as_of, &mut NoSteps)?;
                        // A figure that rests on an assumption of its own (readings B3, B8, G5).
                        let likely = likely.or_else(|| assumed(rule, inputs, &amount));
                        if likely.is_some() {
                            flags.insert(Flag::Likely);
                        }
                        let until = until(rule, doc, &amount, as_of);
                        let item = Item { rule, doc, clause, amount, flags, stacking: None, likely, until, trace: trace.for_rule(rule) };
                        out_of_range |= sums.add(&item).is_none();
                        concerned.note(items.len(), &item);
                        items.push(item);
                    }
                    (1, Some(fix)) if !ended && is_money(&rule.amount) => {
                        // One copy of the profile serves every near miss: each fix is tried on it, then undone.
                        let fixed = scratch.get_or_insert_with(|| profile.clone());
                        let undo = fix.apply_in_place(fixed, as_of);
                        // Only a title or a renewal changes how the titles stand.
                        let fixed_standings = if matches!(fix, Fix::Title(_) | Fix::Renew(_)) { Standings::of(fixed, as_of) } else { standings };
                        let all_hold = rule.conditions.iter().all(|c| check(c, fixed, &fixed_standings, doc, as_of).is_ok());
                        let would_bring = if !all_hold {
                            None
                        } else if rule.amount.is_fixed() {
                            // A fixed sum or a note reads no figure: the fixed profile's figures are
                            // worked out only for the formulas that read them.
                            Some(amount(rule, inputs, as_of, &mut NoSteps))
                        } else {
                            // A fix changes titles, achievements or activities, never loans or groups.
                            let fixed_inputs = Inputs::with(fixed, &fixed_standings, as_of, inputs.repeated());
                            debug_assert!(fixed_inputs == Inputs::of(fixed, &fixed_standings, as_of));
                            Some(amount(rule, &fixed_inputs, as_of, &mut NoSteps))
                        };
                        undo.undo(fixed);
                        debug_assert!(fixed == profile, "a fix undone leaves the profile as it was");
                        if let Some(would_bring) = would_bring {
                            let would_bring = would_bring?;
                            near_misses.push(NearMiss {
                                rule_id: rule.id,
                                document: doc.source_file,
                                document_zh: doc.short_zh,
                                document_en: doc.short_en,
                                clause: clause.number,
                                name_zh: rule.name_zh,
                                name_en: rule.name_en,
                                missing: Missing(fix),
                                fix,
                                would_bring_text: Described(would_bring, until(rule, doc, &would_bring, as_of)),
                                would_bring,
                                flags,
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    mark_stacking(&mut items, &concerned);
    order_by_worth(&mut near_misses);
    if out_of_range {
        return Err(FieldError::new("", "合计超出范围".into(), en!("totals out of range")).into());
    }
    let totals = sums;
    Ok(Assessment { as_of, city: profile.city, applies, notices, documents, items, near_misses, totals, rules_version: policies::RULES_VERSION })
}

/// 还可争取 by worth: money before money whose amount is not stated, in the results' order
/// ([`Amount::money_rank`]: one-off, yearly, staff's, caps, not stated; then the rest), the
/// larger figure first within a kind, else the documents' order. A dozen entries at most
/// for one profile (an insertion sort), hundreds when the growth benchmark replicates the rule set: a merge sort
/// of (worth, position) pairs (stable, n log n; no sort routine of the standard library in
/// the wasm), then each entry (~250 bytes) moves once, to its place.
fn order_by_worth(near: &mut Vec<NearMiss>) {
    if near.len() < 2 {
        return;
    }
    let key = |n: &NearMiss| (n.would_bring.money_rank().unwrap_or(5), std::cmp::Reverse(n.would_bring.headline_fen()));
    if near.len() <= 16 {
        // An insertion sort in place, allocating nothing.
        for i in 1..near.len() {
            let k = key(&near[i]);
            let mut j = i;
            while j > 0 && key(&near[j - 1]) > k {
                j -= 1;
            }
            if let Some(run) = near.get_mut(j..=i) {
                run.rotate_right(1);
            }
        }
        return;
    }
    let mut order: Vec<_> = near.iter().map(key).zip(0usize..).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < order.len() {
        let mut start = 0;
        while start < order.len() {
            let mid = (start + width).min(order.len());
            let end = (start + 2 * width).min(order.len());
            let (mut a, mut b) = (start, mid);
            for slot in merged.get_mut(start..end).unwrap_or_default() {
                // The left run's entry on a tie: positions are unique, so this is the stable order.
                let take_a = b >= end || (a < mid && order.get(a) <= order.get(b));
                let from = if take_a { &mut a } else { &mut b };
                if let Some(e) = order.get(*from) {
                    *slot = *e;
                }
                *from += 1;
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    if order.iter().enumerate().all(|(i, (_, at))| i == *at) {
        return;
    }
    let sorted: Vec<NearMiss> = order.iter().filter_map(|(_, at)| near.get(*at).cloned()).collect();
    if sorted.len() == near.len() {
        *near = sorted;
    }
}
