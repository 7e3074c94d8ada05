//! Loan-rate ceiling (`AmountRule::LoanRateCeiling`): a loan's rate may not
//! exceed the LPR plus a spread (Huai'an's 专精特新贷). The LPR comes from
//! FACTS.md ([`crate::facts`]).

use super::Steps;
use crate::facts;
use crate::money::format_bp;
use crate::result::{text, Amount};

/// The ceiling on the 1-year LPR.
pub(super) fn lpr_plus(spread_bp: u32, trace: &mut impl Steps) -> Amount {
    let ceiling = facts::LPR_1Y_BP + spread_bp;
    trace.step(|| {
        text(
            format!("一年期 LPR {}（2025-05-20 起）+ {} 个基点 = {}", format_bp(facts::LPR_1Y_BP), spread_bp, format_bp(ceiling)),
            format!("1-year LPR {} (since 2025-05-20) + {} bp = {}", format_bp(facts::LPR_1Y_BP), spread_bp, format_bp(ceiling)),
        )
    });
    Amount::RateCeiling { lpr_bp: facts::LPR_1Y_BP, spread_bp, ceiling_bp: ceiling }
}
