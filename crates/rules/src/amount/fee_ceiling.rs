//! Guarantee-fee ceiling (`AmountRule::GuaranteeFeeCeiling`): the average
//! fee rate may not exceed `rate_bp` a year; on the guaranteed amount, the
//! most the fee can be.

use super::{Inputs, Steps};
use crate::money::{apply_bp, format_bp, format_en, format_zh};
use crate::profile::yuan_to_fen;
use crate::result::{text, Amount};

/// The ceiling and, on the profile's guarantee, the most a year's fee can be. `None` on overflow.
pub(super) fn guarantee_fee(p: &Inputs, rate_bp: u32, trace: &mut impl Steps) -> Option<Amount> {
    let base = yuan_to_fen(p.guarantee_yuan);
    let max_fee = apply_bp(base, rate_bp)?;
    trace.step(|| {
        if base > 0 {
            text(
                format!("担保额 {} × 平均费率 {} = 每年约 {}（文本限定的是平均担保费率，不是每笔的上限）", format_zh(base), format_bp(rate_bp), format_zh(max_fee)),
                en!(format!("Guarantee {} × the average rate {} = about {} a year (the text caps the average fee rate, not each guarantee's)", format_en(base), format_bp(rate_bp), format_en(max_fee))),
            )
        } else {
            text(format!("平均担保费率不超过 {}", format_bp(rate_bp)), en!(format!("Average guarantee fee rate at most {}", format_bp(rate_bp))))
        }
    });
    Some(Amount::FeeCeiling { rate_bp, base_fen: base, max_fee_fen: max_fee })
}
