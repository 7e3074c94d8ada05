//! 贴息: the provincial manufacturing-loan interest subsidy
//! (`AmountRule::LoanInterestSubsidy`). Rate (province + city points, or the
//! province's only with a central subsidy) and per-project / per-enterprise
//! caps by year come from FACTS.md ([`crate::facts`]); never above the
//! interest paid when the rate is known.

use super::{Inputs, Steps};
use crate::date::Date;
use crate::facts;
use crate::money::{apply_bp, format_bp, format_en, format_zh};
use crate::profile::yuan_to_fen;
use crate::result::{text, Amount};

/// A year's subsidy on the equipment loan, or "not announced" for a year the
/// scheme has no figures for. `None` on overflow.
pub(super) fn equipment_loan(p: &Inputs, as_of: Date, trace: &mut impl Steps) -> Option<Amount> {
    let loan = yuan_to_fen(p.equipment_loan_yuan);
    let rate = facts::in_force(&facts::INTEREST_RATE, as_of).map(|r| r.value);
    match (facts::interest_caps(as_of.year()), rate) {
        (None, _) | (_, None) => {
            trace.step(|| {
                text(
                    format!("贴息方案公布的比例和上限只到 {} 年；{} 年的口径未公布", facts::INTEREST_LAST_YEAR, as_of.year()),
                    format!("The scheme's rates and caps are published up to {}; {} is not announced", facts::INTEREST_LAST_YEAR, as_of.year()),
                )
            });
            Some(Amount::Unquantified { note_zh: "贴息方案当年口径未公布。", note_en: "The scheme's figures for this year are not announced." })
        }
        (Some(caps), Some(rate)) => {
            let rate_bp = rate.total_bp(p.central_subsidy);
            trace.step(|| {
                if p.central_subsidy {
                    text(
                        format!("已有同类中央贴息：只享受省级 {}", format_bp(rate_bp)),
                        format!("A central subsidy of the same type exists: provincial {} only", format_bp(rate_bp)),
                    )
                } else {
                    text(
                        format!("贴息比例：省级 {} + 设区市 {} = 每年 {}", format_bp(rate.province_bp), format_bp(rate.city_bp), format_bp(rate_bp)),
                        format!("Rate: province {} + city {} = {} a year", format_bp(rate.province_bp), format_bp(rate.city_bp), format_bp(rate_bp)),
                    )
                }
            });
            let mut sub = apply_bp(loan, rate_bp)?;
            trace.step(|| {
                text(
                    format!("设备购置贷款 {} × {} = {}", format_zh(loan), format_bp(rate_bp), format_zh(sub)),
                    format!("Equipment-purchase loan {} × {} = {}", format_en(loan), format_bp(rate_bp), format_en(sub)),
                )
            });
            let rate = p.equipment_loan_rate_bp;
            if rate > 0 {
                let interest = apply_bp(loan, rate)?;
                if interest < sub {
                    sub = interest;
                    trace.step(|| {
                        text(
                            format!("不超过实际利息：{} × {} = {}", format_zh(loan), format_bp(rate), format_zh(interest)),
                            format!("No more than the interest paid: {} × {} = {}", format_en(loan), format_bp(rate), format_en(interest)),
                        )
                    });
                }
            }
            if sub > caps.per_project_fen {
                sub = caps.per_project_fen;
                trace.step(|| {
                    text(
                        format!("{} 年每个项目每年上限 {}", as_of.year(), format_zh(caps.per_project_fen)),
                        format!("{} cap per project per year: {}", as_of.year(), format_en(caps.per_project_fen)),
                    )
                });
            }
            trace.step(|| {
                text(
                    format!("每户每年上限 {}；由贷款银行申请，企业按贴息后利率付息", format_zh(caps.per_enterprise_fen)),
                    format!(
                        "Cap per enterprise per year {}; the lending bank applies and the enterprise pays the net rate",
                        format_en(caps.per_enterprise_fen)
                    ),
                )
            });
            Some(Amount::Annual { fen: sub })
        }
    }
}
