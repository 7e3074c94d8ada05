//! Loan-rate ceiling (`AmountRule::LoanRateCeiling`): a loan's rate may not
//! exceed the LPR plus a spread (Huai'an's 专精特新贷, readings G1–G3). The LPR
//! is the one in force on each loan's contract date ([`crate::facts::LPR`]):
//! the 1-year LPR for tenors up to five years, the over-5-year LPR above.
//! Where a loan is offered above the ceiling, the amount above it a year is
//! shown: what the text caps, not cash, never summed.

use super::{Inputs, Steps};
use crate::date::Date;
use crate::facts::{self, Lpr};
use crate::money::{apply_bp, format_bp, format_en, format_zh, Fen};
use crate::policies::huaian;
use crate::profile::yuan_to_fen;
use crate::result::{text, Amount};

/// Tenors up to this many months are priced on the 1-year LPR.
const ONE_YEAR_LPR_UP_TO_MONTHS: u16 = 60;

fn lpr_for(lpr: Lpr, tenor_months: u16) -> (u32, &'static str, &'static str) {
    if tenor_months <= ONE_YEAR_LPR_UP_TO_MONTHS {
        (lpr.one_year_bp, "一年期", "1-year")
    } else {
        (lpr.five_year_bp, "五年期以上", "over-5-year")
    }
}

/// Each 专精特新贷's ceiling (its number from 1, the ceiling), for loans whose contract
/// date's LPR is in the records: what the headline names (issue 18 §5).
pub(super) fn each_ceiling(p: &Inputs, spread_bp: u32) -> Vec<(usize, u32)> {
    let on = |d: Date| facts::in_force(&facts::LPR, d).filter(|_| d <= facts::LPR_KNOWN_UNTIL);
    p.srdi_loans().iter().enumerate().filter_map(|(i, l)| Some((i + 1, lpr_for(on(l.signed)?.value, l.tenor_months).0 + spread_bp))).collect()
}

/// What a loan is priced above its ceiling a year (0 when within it, its rate not given, or
/// signed outside the plan's period). `None` on overflow.
fn above(l: &crate::profile::SrdiLoan, ceiling_bp: u32, in_plan: bool) -> Option<Fen> {
    match l.rate_bp {
        Some(r) if r > ceiling_bp && in_plan => apply_bp(yuan_to_fen(l.principal_yuan), r - ceiling_bp),
        _ => Some(0),
    }
}

/// One 专精特新贷's term as the ceiling reads it (for the payment timeline, [`crate::timeline`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Term {
    /// The loan's number, from 1.
    pub loan: usize,
    pub signed: Date,
    pub tenor_months: u16,
    /// `None`: the contract date's LPR is not in the records (not compared).
    pub ceiling_bp: Option<u32>,
    /// Signed within the plan's period (else not compared under the clause).
    pub in_plan: bool,
    /// Priced above the ceiling, a year.
    pub above_fen: Fen,
}

/// Every 专精特新贷's term, ceiling and what it is priced above it, from the same figures as
/// [`lpr_plus`]. `None` on overflow.
pub(super) fn terms(p: &Inputs, spread_bp: u32) -> Option<Vec<Term>> {
    let (from, until) = (huaian::DOCUMENT.effective_from.date(), huaian::DOCUMENT.effective_until.date());
    let on = |d: Date| facts::in_force(&facts::LPR, d).filter(|_| d <= facts::LPR_KNOWN_UNTIL);
    p.srdi_loans()
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let in_plan = l.signed >= from && l.signed <= until;
            let ceiling_bp = on(l.signed).map(|lpr| lpr_for(lpr.value, l.tenor_months).0 + spread_bp);
            let above_fen = match ceiling_bp {
                Some(c) => above(l, c, in_plan)?,
                None => 0,
            };
            Some(Term { loan: i + 1, signed: l.signed, tenor_months: l.tenor_months, ceiling_bp, in_plan, above_fen })
        })
        .collect()
}

/// The ceiling (on the first loan's figures, or the 1-year LPR in force on the
/// as-of date when no loan is given) and the total priced above it a year.
/// `None` on overflow.
pub(super) fn lpr_plus(p: &Inputs, spread_bp: u32, as_of: Date, trace: &mut impl Steps) -> Option<Amount> {
    let loans = p.srdi_loans();
    let on = |d: Date| facts::in_force(&facts::LPR, d).filter(|_| d <= facts::LPR_KNOWN_UNTIL);
    if loans.is_empty() {
        let lpr = on(as_of).unwrap_or(&facts::LPR_LATEST);
        let lpr_bp = lpr.value.one_year_bp;
        let ceiling = lpr_bp + spread_bp;
        trace.step(|| {
            text(
                format!("一年期 LPR {}（{} 起）加 {} = {}；填写专精特新贷的签约日、期限和利率可逐笔比较", format_bp(lpr_bp), lpr.from, crate::money::format_points_zh(spread_bp), format_bp(ceiling)),
                en!(format!("1-year LPR {} (since {}) + {} = {}; give each SRDI loan's contract date, tenor and rate to compare", format_bp(lpr_bp), lpr.from, crate::money::format_points_en(spread_bp), format_bp(ceiling))),
            )
        });
        return Some(Amount::RateCeiling { lpr_bp, spread_bp, ceiling_bp: ceiling, above_cap_fen: 0 });
    }
    let (from, until) = (huaian::DOCUMENT.effective_from.date(), huaian::DOCUMENT.effective_until.date());
    let mut above_total: Fen = 0;
    let mut first: Option<(u32, u32)> = None;
    for (i, l) in loans.iter().enumerate() {
        let n = i + 1;
        let Some(lpr) = on(l.signed) else {
            trace.step(|| {
                text(
                    format!("专精特新贷 {n}：签约日 {} 的 LPR 不在记录中（记录 {} 至 {}），无法比较", l.signed, facts::LPR[0].from, facts::LPR_KNOWN_UNTIL),
                    en!(format!("SRDI loan {n}: the LPR on {} is not in our records ({} to {}); not compared", l.signed, facts::LPR[0].from, facts::LPR_KNOWN_UNTIL)),
                )
            });
            continue;
        };
        let (lpr_bp, which_zh, which_en) = lpr_for(lpr.value, l.tenor_months);
        let ceiling = lpr_bp + spread_bp;
        first.get_or_insert((lpr_bp, ceiling));
        let in_plan = l.signed >= from && l.signed <= until;
        let principal = yuan_to_fen(l.principal_yuan);
        let above = above(l, ceiling, in_plan)?;
        above_total = above_total.checked_add(above)?;
        trace.step(|| {
            let head_zh = format!(
                "专精特新贷 {n}：本金 {}，期限 {} 个月，{} 签约：{which_zh} LPR {}（{} 起）加 {} = 上限 {}",
                format_zh(principal),
                l.tenor_months,
                l.signed,
                format_bp(lpr_bp),
                lpr.from,
                crate::money::format_points_zh(spread_bp),
                format_bp(ceiling)
            );
            let head_en = format!(
                "SRDI loan {n}: principal {}, {} months, signed {}: {which_en} LPR {} (since {}) + {} = ceiling {}",
                format_en(principal),
                l.tenor_months,
                l.signed,
                format_bp(lpr_bp),
                lpr.from,
                crate::money::format_points_en(spread_bp),
                format_bp(ceiling)
            );
            let (tail_zh, tail_en) = match l.rate_bp {
                _ if !in_plan => (
                    format!("；签约日不在本方案期间（{from} 至 {until}，假定），不按本条比较"),
                    format!("; signed outside the plan's period ({from} to {until}, assumed): not compared under this clause"),
                ),
                None => ("；未填利率".to_owned(), "; rate not given".to_owned()),
                Some(r) if r > ceiling => (
                    format!("；报价 {} 高出上限 {}，每年 {}（文本限定的上限，可据此与银行协商，不是补贴现金）", format_bp(r), crate::money::format_points_zh(r - ceiling), format_zh(above)),
                    format!("; offered {} is {} above the ceiling: {} a year (what the text caps, to raise with the bank; not cash)", format_bp(r), crate::money::format_points_en(r - ceiling), format_en(above)),
                ),
                Some(r) => (format!("；报价 {} 在上限以内", format_bp(r)), format!("; offered {} is within the ceiling", format_bp(r))),
            };
            text(head_zh + &tail_zh, en!(head_en + &tail_en))
        });
    }
    let (lpr_bp, ceiling_bp) = match first {
        Some(f) => f,
        None => {
            let lpr = on(as_of).unwrap_or(&facts::LPR_LATEST).value.one_year_bp;
            (lpr, lpr + spread_bp)
        }
    };
    Some(Amount::RateCeiling { lpr_bp, spread_bp, ceiling_bp, above_cap_fen: above_total })
}
