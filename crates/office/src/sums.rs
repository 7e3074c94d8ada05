//! Sums over many firms, kept apart as one firm's totals are (`srdi_rules::Totals`): one-off,
//! per year, up to (caps), the staff's monthly money and what it totals, certain apart from
//! likely; with the number of firms. Integer fen, checked: an overflow is an error, never a
//! wrapped figure.

use serde::Serialize;
use srdi_rules::money::Fen;
use srdi_rules::{Amount, Totals};

/// Sums kept apart, with the firms they come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Sums {
    /// Firms with something certain here (a benefit, for a rule or document; any firm read, for
    /// the register, a district or a size).
    pub firms: u32,
    pub one_off_fen: Fen,
    pub annual_fen: Fen,
    pub up_to_fen: Fen,
    /// Paid to the firms' staff each month (graduates' rent), and what those payments total.
    pub staff_month_fen: Fen,
    pub staff_total_fen: Fen,
    /// Firms with something only likely here, and those sums (kept out of the certain ones).
    pub likely_firms: u32,
    pub likely_one_off_fen: Fen,
    pub likely_annual_fen: Fen,
    pub likely_up_to_fen: Fen,
    pub likely_staff_month_fen: Fen,
    /// Which firm was counted last (a firm counts once per group, whatever its items).
    #[serde(skip)]
    last: Option<u32>,
    #[serde(skip)]
    last_likely: Option<u32>,
}

fn add(a: &mut Fen, b: Fen) -> Option<()> {
    *a = a.checked_add(b)?;
    Some(())
}

impl Sums {
    /// One firm's totals (the register, a district, a size): every firm read counts.
    pub fn add_totals(&mut self, t: &Totals) -> Option<()> {
        self.firms = self.firms.checked_add(1)?;
        if t.likely_count > 0 {
            self.likely_firms = self.likely_firms.checked_add(1)?;
        }
        add(&mut self.one_off_fen, t.exact_one_off_fen)?;
        add(&mut self.annual_fen, t.annual_fen)?;
        add(&mut self.up_to_fen, t.up_to_fen)?;
        add(&mut self.staff_month_fen, t.employees_per_month_fen)?;
        add(&mut self.staff_total_fen, t.employees_max_total_fen)?;
        add(&mut self.likely_one_off_fen, t.likely_one_off_fen)?;
        add(&mut self.likely_annual_fen, t.likely_annual_fen)?;
        add(&mut self.likely_up_to_fen, t.likely_up_to_fen)?;
        add(&mut self.likely_staff_month_fen, t.likely_employees_per_month_fen)
    }

    /// One benefit of firm `firm` (a rule, a document, a year): summed as `Totals` sums it; the
    /// firm counted once here however many of its benefits fall in the group.
    pub fn add_amount(&mut self, firm: u32, amount: &Amount, certain: bool) -> Option<()> {
        if certain {
            if self.last != Some(firm) {
                self.last = Some(firm);
                self.firms = self.firms.checked_add(1)?;
            }
            match *amount {
                Amount::Exact { fen } => add(&mut self.one_off_fen, fen),
                Amount::Annual { fen } => add(&mut self.annual_fen, fen),
                Amount::UpTo { cap_fen } => add(&mut self.up_to_fen, cap_fen),
                Amount::Monthly { per_month_fen, max_total_fen, .. } => {
                    add(&mut self.staff_month_fen, per_month_fen)?;
                    add(&mut self.staff_total_fen, max_total_fen)
                }
                _ => Some(()),
            }
        } else {
            if self.last_likely != Some(firm) {
                self.last_likely = Some(firm);
                self.likely_firms = self.likely_firms.checked_add(1)?;
            }
            match *amount {
                Amount::Exact { fen } => add(&mut self.likely_one_off_fen, fen),
                Amount::Annual { fen } => add(&mut self.likely_annual_fen, fen),
                Amount::UpTo { cap_fen } => add(&mut self.likely_up_to_fen, cap_fen),
                Amount::Monthly { per_month_fen, .. } => add(&mut self.likely_staff_month_fen, per_month_fen),
                _ => Some(()),
            }
        }
    }

    /// The money a group's bar shows: certain one-off plus one year of the yearly sums, in fen
    /// (caps and the staff's money are shown beside it, not added: they are other kinds).
    pub fn bar_fen(&self) -> Fen {
        self.one_off_fen.saturating_add(self.annual_fen)
    }
}
