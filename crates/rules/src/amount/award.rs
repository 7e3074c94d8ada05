//! Sums a clause sets itself: a fixed amount (the ¥1M / ¥3M first-time
//! title awards and other one-off grants) and a cap (最高 …) whose actual
//! figure is decided on application.

use super::Steps;
use crate::money::{format_en, format_zh, Fen};
use crate::result::{text, Amount};

/// A fixed sum (`AmountRule::Fixed`).
pub(super) fn fixed(fen: Fen, trace: &mut impl Steps) -> Amount {
    trace.step(|| text(format!("条款规定金额：{}", format_zh(fen)), format!("Amount set by the clause: {}", format_en(fen))));
    Amount::Exact { fen }
}

/// At most `cap_fen` (`AmountRule::UpTo`).
pub(super) fn up_to(cap_fen: Fen, trace: &mut impl Steps) -> Amount {
    trace.step(|| {
        text(
            format!("条款规定上限：最高 {}；实际金额由主管部门核定", format_zh(cap_fen)),
            format!("Cap set by the clause: up to {}; the actual sum is decided on application", format_en(cap_fen)),
        )
    });
    Amount::UpTo { cap_fen }
}
