//! Graduates' rent subsidy (`AmountRule::RentPerGraduate`): per graduate per
//! month by degree, raised above the standard rate, for at most `max_months`;
//! paid to the graduates (employees), not to the enterprise.

use super::{Inputs, Steps};
use crate::money::{format_en, format_zh, Fen};
use crate::result::{text, Amount};

/// The monthly sum for the profile's graduates, with its yearly figure and the
/// most it can total. `None` on overflow.
pub(super) fn per_graduate(
    p: &Inputs,
    phd_fen: Fen,
    master_fen: Fen,
    standard_phd_fen: Fen,
    standard_master_fen: Fen,
    max_months: u32,
    trace: &mut impl Steps,
) -> Option<Amount> {
    let phd = i64::from(p.graduates_phd);
    let master = i64::from(p.graduates_master);
    trace.step(|| {
        text(
            format!(
                "标准：博士 {}/月、硕士 {}/月；本条上浮至博士 {}/月、硕士 {}/月",
                format_zh(standard_phd_fen),
                format_zh(standard_master_fen),
                format_zh(phd_fen),
                format_zh(master_fen)
            ),
            format!(
                "Standard: PhD {}/month, master {}/month; raised here to PhD {}/month, master {}/month",
                format_en(standard_phd_fen),
                format_en(standard_master_fen),
                format_en(phd_fen),
                format_en(master_fen)
            ),
        )
    });
    let per_month = phd.checked_mul(phd_fen).and_then(|a| master.checked_mul(master_fen).and_then(|b| a.checked_add(b)))?;
    trace.step(|| {
        text(
            format!("博士 {phd} 人 × {} + 硕士 {master} 人 × {} = 每月 {}", format_zh(phd_fen), format_zh(master_fen), format_zh(per_month)),
            format!("{phd} PhD × {} + {master} master × {} = {} a month", format_en(phd_fen), format_en(master_fen), format_en(per_month)),
        )
    });
    let per_year = per_month.checked_mul(12)?;
    let max_total = per_month.checked_mul(i64::from(max_months))?;
    trace.step(|| {
        text(
            format!("每年 {}；累计最长 {max_months} 个月，至多 {}；实际房租更低的按实际房租，按季度发给毕业生本人", format_zh(per_year), format_zh(max_total)),
            format!(
                "{} a year; at most {max_months} months, {} in all; actual rent if lower; paid quarterly to the graduates",
                format_en(per_year),
                format_en(max_total)
            ),
        )
    });
    Some(Amount::Monthly { per_month_fen: per_month, per_year_fen: per_year, max_months, max_total_fen: max_total })
}
