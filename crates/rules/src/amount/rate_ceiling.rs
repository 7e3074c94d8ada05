//! Loan-rate ceiling (`AmountRule::LoanRateCeiling`): a loan's rate may not
//! exceed the LPR plus a spread (Huai'an's 专精特新贷). The LPR comes from
//! FACTS.md ([`crate::facts`]).

use super::Steps;
use crate::facts;
use crate::money::format_bp;
use crate::result::{text, Amount};

/// The ceiling on the 1-year LPR: for now the latest FACTS.md gives, on any
/// date ([`facts::LPR_LATEST`]; reading it by the contract date comes later).
pub(super) fn lpr_plus(spread_bp: u32, trace: &mut impl Steps) -> Amount {
    let lpr = facts::LPR_LATEST;
    let lpr_bp = lpr.value.one_year_bp;
    let ceiling = lpr_bp + spread_bp;
    trace.step(|| {
        text(
            format!("一年期 LPR {}（{} 起）+ {} 个基点 = {}", format_bp(lpr_bp), lpr.from, spread_bp, format_bp(ceiling)),
            format!("1-year LPR {} (since {}) + {} bp = {}", format_bp(lpr_bp), lpr.from, spread_bp, format_bp(ceiling)),
        )
    });
    Amount::RateCeiling { lpr_bp, spread_bp, ceiling_bp: ceiling }
}
