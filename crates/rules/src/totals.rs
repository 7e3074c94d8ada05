//! Totals: the sums kept apart (one-off, yearly, caps, employees' monthly
//! sums) and the counts of unquantified and non-monetary items, over the items
//! whose document is in force on the as-of date.

use crate::money::Fen;
use crate::result::{Amount, Flag, Item, RentSplit, Until};
use serde::Serialize;

/// Sums kept apart; only documents in force on the as-of date count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Exact one-off sums to the enterprise (确定金额合计).
    pub exact_one_off_fen: Fen,
    /// Yearly sums to the enterprise (interest subsidy, R&D uplift).
    pub annual_fen: Fen,
    /// How long the yearly sum is certain for: the limit of its items that ends
    /// first (the 贴息's scheme year, a document ending within 12 months); `None`: no limit.
    pub annual_until: Option<Until>,
    /// Sum of caps (最高可达): the most the capped grants could give.
    pub up_to_fen: Fen,
    /// Monthly sums to employees (rent subsidy), and the most they can total.
    pub employees_per_month_fen: Fen,
    pub employees_max_total_fen: Fen,
    /// How long the monthly sum is certain for, as `annual_until`.
    pub employees_until: Option<Until>,
    /// Benefits promised without an amount.
    pub unquantified_count: u32,
    /// Services, priorities and qualifications ([`Item::is_service`], likely ones too): the
    /// number the page's folded list and the printed card show. Prices and ceilings are not
    /// counted here: they are listed with their figures.
    pub non_monetary_count: u32,
    /// Items left out of the sums because their document is not in force.
    pub not_in_force_count: u32,
    /// Whether any summed item comes from a draft.
    pub includes_drafts: bool,
    /// Items that are only likely (readings A1, A4), kept out of every sum
    /// above; their sums, kept apart the same way.
    pub likely_count: u32,
    pub likely_one_off_fen: Fen,
    pub likely_annual_fen: Fen,
    pub likely_up_to_fen: Fen,
    pub likely_employees_per_month_fen: Fen,
}

impl Totals {
    /// Counts one item in (the walk adds each item as it makes it, in the items' order);
    /// `None`: a sum out of range.
    pub(crate) fn add(&mut self, it: &Item) -> Option<()> {
        let t = self;
        if !it.in_force() {
            t.not_in_force_count += 1;
            return Some(());
        }
        if it.is_service() {
            t.non_monetary_count += 1;
        }
        if it.flags.contains(&Flag::Draft) && !matches!(it.amount, Amount::NonMonetary) {
            t.includes_drafts = true;
        }
        if !it.certain() {
            t.likely_count += 1;
            match it.amount {
                Amount::Exact { fen } => t.likely_one_off_fen = t.likely_one_off_fen.checked_add(fen)?,
                Amount::UpTo { cap_fen } => t.likely_up_to_fen = t.likely_up_to_fen.checked_add(cap_fen)?,
                Amount::Annual { fen } => t.likely_annual_fen = t.likely_annual_fen.checked_add(fen)?,
                Amount::Monthly { per_month_fen, .. } => t.likely_employees_per_month_fen = t.likely_employees_per_month_fen.checked_add(per_month_fen)?,
                _ => {}
            }
            return Some(());
        }
        match it.amount {
            Amount::Exact { fen } => t.exact_one_off_fen = t.exact_one_off_fen.checked_add(fen)?,
            Amount::UpTo { cap_fen } => t.up_to_fen = t.up_to_fen.checked_add(cap_fen)?,
            Amount::Annual { fen } => {
                t.annual_fen = t.annual_fen.checked_add(fen)?;
                t.annual_until = Until::earlier(t.annual_until, it.until);
            }
            Amount::Monthly { per_month_fen, max_total_fen, .. } => {
                t.employees_per_month_fen = t.employees_per_month_fen.checked_add(per_month_fen)?;
                t.employees_max_total_fen = t.employees_max_total_fen.checked_add(max_total_fen)?;
                t.employees_until = Until::earlier(t.employees_until, it.until);
            }
            Amount::Unquantified { .. } => t.unquantified_count += 1,
            Amount::NonMonetary | Amount::EvaluationPrice { .. } | Amount::FeeCeiling { .. } | Amount::RateCeiling { .. } => {}
        }
        Some(())
    }
}

/// The staff's monthly sum (`Totals::employees_per_month_fen`) split as each rent item is
/// ([`Item::rent_split`]): over the same items, in force and certain. `None`: no such item (or overflow).
pub fn employees_split(items: &[Item]) -> Option<RentSplit> {
    let mut splits = items.iter().filter(|i| i.in_force() && i.certain()).filter_map(Item::rent_split);
    let first = splits.next()?;
    splits.try_fold(first, RentSplit::plus)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{City, Size, Title};
    use crate::{evaluate, Date, Profile};

    /// Issue 16 item 7: a Nanjing 小巨人 of 2026 on 2026-12-04 (the share link the page test opens).
    /// The count was every item with no sum, the 担保费率 ceiling included (47), while the folded
    /// list and the card counted the services (46): now one definition, the services.
    #[test]
    fn the_non_monetary_count_is_the_services_listed() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.titles.set(Title::LittleGiant, Some(2026));
        let a = evaluate(&p, Date::ymd(2026, 12, 4)).expect("valid");
        let services = a.items.iter().filter(|i| i.is_service()).count();
        assert!(services > 10, "{services}");
        assert_eq!(a.totals.non_monetary_count as usize, services);
        // A price or a ceiling is not a service, and an item not in force is not counted.
        assert!(a.items.iter().filter(|i| i.in_force() && !i.amount.is_summed() && !matches!(i.amount, Amount::NonMonetary | Amount::Unquantified { .. })).all(|i| !i.is_service()));
        assert!(a.items.iter().filter(|i| !i.in_force()).all(|i| !i.is_service()));
    }

    /// A service that is only likely (the size not chosen) is listed and counted.
    #[test]
    fn likely_services_are_counted_too() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.size = None;
        p.titles.set(Title::ProvincialSrdi, Some(2025));
        let a = evaluate(&p, Date::ymd(2026, 6, 30)).expect("valid");
        let likely = a.items.iter().filter(|i| i.is_service() && !i.certain()).count();
        assert_eq!(a.totals.non_monetary_count as usize, a.items.iter().filter(|i| i.is_service()).count());
        assert!(likely > 0, "some service is only likely while the size is not chosen");
    }
}
