//! R&D subsidy uplift (`AmountRule::RdUplift`): percentage points added on
//! the year's R&D expense and on its year-on-year increase. Only the uplift is
//! computed; the base rates themselves are not known.

use super::{Inputs, Steps};
use crate::money::{apply_bp, format_bp, format_en, format_zh};
use crate::profile::yuan_to_fen;
use crate::result::{text, Amount};

/// The yearly uplift. `None` on overflow.
pub(super) fn uplift(p: &Inputs, base_bp: u32, increase_bp: u32, trace: &mut impl Steps) -> Option<Amount> {
    let this = yuan_to_fen(p.rd_this_yuan);
    let last = yuan_to_fen(p.rd_last_yuan);
    let base = apply_bp(this, base_bp)?;
    trace.step(|| {
        text(
            format!("基础补贴上浮：研发费用 {} × {} = {}", format_zh(this), format_bp(base_bp), format_zh(base)),
            en!(format!("Base uplift: R&D expense {} × {} = {}", format_en(this), format_bp(base_bp), format_en(base))),
        )
    });
    let inc = if last > 0 {
        let growth = (this - last).max(0);
        let inc = apply_bp(growth, increase_bp)?;
        trace.step(|| {
            if this < last {
                text(
                    format!("增量补贴上浮：研发费用比上年下降 {}，没有增量，这部分为 0", format_zh(last - this)),
                    en!(format!("Increase uplift: R&D expense fell by {} from last year; no increase, so this part is 0", format_en(last - this))),
                )
            } else {
                text(
                    format!("增量补贴上浮：同比增量 {} × {} = {}", format_zh(growth), format_bp(increase_bp), format_zh(inc)),
                    en!(format!("Increase uplift: year-on-year increase {} × {} = {}", format_en(growth), format_bp(increase_bp), format_en(inc))),
                )
            }
        });
        inc
    } else {
        trace.step(|| text("未填上年研发费用，增量部分未计算", en!("Last year's R&D expense not given: the increase part is not computed")));
        0
    };
    let total = base.checked_add(inc)?;
    trace.step(|| {
        text(
            format!("上浮部分合计 {}（基础补贴和增量补贴本身的比例未查到，未计入）", format_zh(total)),
            en!(format!("Uplift total {} (the base rates themselves are not known and not included)", format_en(total))),
        )
    });
    Some(Amount::Annual { fen: total })
}
