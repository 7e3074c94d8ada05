//! 贴息: the provincial manufacturing-loan interest subsidy
//! (`AmountRule::LoanInterestSubsidy`), computed once per firm over every
//! project loan (readings B1–B9). Rate (province + city points, or the
//! province's only for a project with a central subsidy) and per-project /
//! per-enterprise caps by year come from FACTS.md ([`crate::facts`]); each
//! project's subsidy is never above the interest on it when its rate is known.

use super::{Inputs, Steps};
use crate::conditions::{interest_routes, INTEREST_FIRST_YEAR};
use crate::date::Date;
use crate::facts;
use crate::money::{apply_bp, format_bp, format_en, format_zh, Fen};
use crate::profile::{yuan_to_fen, Loan, Profile};
use crate::result::{text, Amount};

/// In scope as a manufacturer (the scheme itself).
pub(crate) const ROUTE_MANUFACTURING: u8 = 1;
/// In scope by 000（七） (a valid 专精特新中小企业).
pub(crate) const ROUTE_MEASURES_7: u8 = 2;
/// In scope by 003 7. (Suzhou, a valid 专精特新企业).
pub(crate) const ROUTE_SUZHOU_7: u8 = 4;

/// The routes that hold (certainly or likely) as bits, for the trace.
pub(crate) fn route_bits(p: &Profile, st: &crate::conditions::Standings, as_of: Date) -> u8 {
    let r = interest_routes(p, st, as_of);
    let mut bits = 0;
    if r.manufacturing {
        bits |= ROUTE_MANUFACTURING;
    }
    if r.measures_7.is_ok() {
        bits |= ROUTE_MEASURES_7;
    }
    if r.suzhou_7.is_ok() {
        bits |= ROUTE_SUZHOU_7;
    }
    bits
}

/// The part of a project's equipment loan the year's subsidy is worked on
/// (readings B7): the average balance when given; else, for a loan drawn in the
/// as-of year, the equipment part pro-rated by days from the drawdown to 31
/// December (rounded down to the fen); else the whole equipment part.
fn base(l: &Loan, as_of: Date) -> Option<(Fen, Base)> {
    let whole = yuan_to_fen(l.equipment_yuan);
    if let Some(avg) = l.avg_balance_yuan {
        return Some((yuan_to_fen(avg), Base::Average));
    }
    match l.start {
        Some(d) if d.year() == as_of.year() => {
            let days = d.days_to_year_end();
            let fen = i128::from(whole).checked_mul(i128::from(days))? / i128::from(d.days_in_year());
            Some((Fen::try_from(fen).ok()?, Base::ProRated { from: d, days, of: d.days_in_year() }))
        }
        _ => Some((whole, Base::Whole)),
    }
}

#[derive(Clone, Copy)]
enum Base {
    Average,
    ProRated { from: Date, days: u16, of: u16 },
    Whole,
}

/// A year's subsidy on all the projects, or "not announced" for a year the
/// scheme has no figures for. `None` on overflow.
pub(super) fn equipment_loan(p: &Inputs, as_of: Date, trace: &mut impl Steps) -> Option<Amount> {
    let routes = p.interest_routes;
    trace.step(|| {
        let mut zh = Vec::new();
        let mut en = Vec::new();
        if routes & ROUTE_MANUFACTURING != 0 {
            zh.push("制造业企业（《江苏省制造业贷款财政贴息实施方案》）");
            en.push("a manufacturer (the provincial manufacturing-loan scheme)");
        }
        if routes & ROUTE_MEASURES_7 != 0 {
            zh.push("省若干措施（七）：专精特新中小企业不局限于制造业（2025 年起，新闻 2025-02-11）");
            en.push("provincial measures (7): SRDI SMEs outside manufacturing too (from 2025, news 2025-02-11)");
        }
        if routes & ROUTE_SUZHOU_7 != 0 {
            zh.push("苏州 7.：专精特新企业（含单项冠军）纳入贴息范围");
            en.push("Suzhou 7.: SRDI enterprises (single champions included) brought into the scheme");
        }
        text(
            format!("适用依据：{}。同一笔贴息只计算一次", zh.join("；")),
            en!(format!("In scope by: {}. The subsidy is counted once", en.join("; "))),
        )
    });
    let rate = facts::in_force(&facts::INTEREST_RATE, as_of).map(|r| r.value);
    let (caps, rate) = match (facts::interest_caps(as_of.year()), rate) {
        (Some(caps), Some(rate)) if as_of.year() >= INTEREST_FIRST_YEAR => (caps, rate),
        _ => {
            trace.step(|| {
                text(
                    format!("贴息方案公布的比例和上限只到 {} 年；{} 年的口径未公布", facts::INTEREST_LAST_YEAR, as_of.year()),
                    en!(format!("The scheme's rates and caps are published up to {}; {} is not announced", facts::INTEREST_LAST_YEAR, as_of.year())),
                )
            });
            return Some(Amount::Unquantified { note_zh: "贴息方案当年口径未公布。", note_en: "The scheme's figures for this year are not announced." });
        }
    };
    trace.step(|| {
        text(
            format!(
                "贴息比例：省级 {} + 设区市 {} = 每年 {}；项目已有同类中央贴息的只享受省级 {}（新闻 2026-01-28；2024–2025 年按同一口径）",
                format_bp(rate.province_bp),
                format_bp(rate.city_bp),
                format_bp(rate.total_bp(false)),
                format_bp(rate.total_bp(true))
            ),
            en!(format!(
                "Rate: province {} + city {} = {} a year; a project that already has a central subsidy of the same type gets the provincial {} only (news 2026-01-28; applied to 2024–2025 the same way)",
                format_bp(rate.province_bp),
                format_bp(rate.city_bp),
                format_bp(rate.total_bp(false)),
                format_bp(rate.total_bp(true))
            )),
        )
    });
    let mut total: Fen = 0;
    let (mut rate_unknown, mut before_scheme) = (false, false);
    for (i, l) in p.projects().iter().enumerate() {
        let n = i + 1;
        let (base, how) = base(l, as_of)?;
        let rate_bp = rate.total_bp(l.central_subsidy);
        let gross = apply_bp(base, rate_bp)?;
        let interest = match l.rate_bp {
            Some(r) => Some((r, apply_bp(base, r)?)),
            None => {
                rate_unknown = true;
                None
            }
        };
        let after_interest = interest.map_or(gross, |(_, i)| gross.min(i));
        let sub = after_interest.min(caps.per_project_fen);
        before_scheme |= l.start.map(Date::year).or(l.start_year).is_some_and(|y| y < INTEREST_FIRST_YEAR);
        total = total.checked_add(sub)?;
        trace.step(|| {
            let equipment = yuan_to_fen(l.equipment_yuan);
            let (base_zh, base_en) = match how {
                Base::Average => (format!("年内平均余额 {}", format_zh(base)), format!("average balance in the year {}", format_en(base))),
                Base::ProRated { from, days, of } => (
                    format!("按起贷日 {from} 折算 {} × {days}/{of} = {}（假定一次性放款、年内未还款）", format_zh(equipment), format_zh(base)),
                    format!("pro-rated from the drawdown on {from}: {} × {days}/{of} = {} (one drawdown, no repayment in the year assumed)", format_en(equipment), format_en(base)),
                ),
                Base::Whole => (format!("设备购置部分 {}", format_zh(base)), format!("equipment part {}", format_en(base))),
            };
            let central = if l.central_subsidy { ("（已有同类中央贴息，只贴省级）", " (central subsidy: provincial share only)") } else { ("", "") };
            let mut zh = format!("项目 {n}：{base_zh} × {}{} = {}", format_bp(rate_bp), central.0, format_zh(gross));
            let mut en = format!("Project {n}: {base_en} × {}{} = {}", format_bp(rate_bp), central.1, format_en(gross));
            if let Some((r, i)) = interest {
                if i < gross {
                    // The figure used, checkable on paper: the interest itself.
                    zh.push_str(&format!("，超过实际利息 {} × {} = {}，按 {}计", format_zh(base), format_bp(r), format_zh(i), format_zh(i)));
                    en.push_str(&format!(", more than the interest paid, {} × {} = {}: {} is used", format_en(base), format_bp(r), format_en(i), format_en(i)));
                }
            }
            if after_interest > caps.per_project_fen {
                zh.push_str(&format!("，超过 {} 年每个项目上限，按 {}", as_of.year(), format_zh(caps.per_project_fen)));
                en.push_str(&format!(", above the {} cap per project: {}", as_of.year(), format_en(caps.per_project_fen)));
            }
            text(zh, en!(en))
        });
    }
    if rate_unknown {
        trace.step(|| text("未填利率的项目：假定利率不低于贴息比例", en!("Projects without a rate: the rate is assumed at least the subsidy's")));
    }
    if before_scheme {
        trace.step(|| {
            text(
                "公开资料未说明 2024 年前发放的贷款是否适用，这里照常计算，请向贷款银行确认",
                en!("Public sources do not say whether loans made before 2024 qualify; counted as usual here: check with the lending bank"),
            )
        });
    }
    if total > caps.per_enterprise_fen {
        let before = total;
        total = caps.per_enterprise_fen;
        trace.step(|| {
            text(
                format!("合计 {}，超过 {} 年每家企业上限，按 {}", format_zh(before), as_of.year(), format_zh(total)),
                en!(format!("Total {}, above the {} cap per enterprise: {}", format_en(before), as_of.year(), format_en(total))),
            )
        });
    }
    trace.step(|| text("各步金额计到分，不足 1 分的部分舍去", en!("Each step is worked to the fen, fractions of a fen dropped")));
    trace.step(|| {
        text(
            format!(
                "{} 年上限：每个项目每年 {}、每家企业每年 {}；由贷款银行申请，企业按贴息后利率付息",
                as_of.year(),
                format_zh(caps.per_project_fen),
                format_zh(caps.per_enterprise_fen)
            ),
            en!(format!(
                "{} caps: {} per project and {} per enterprise a year; the lending bank applies and the enterprise pays the net rate",
                as_of.year(),
                format_en(caps.per_project_fen),
                format_en(caps.per_enterprise_fen)
            )),
        )
    });
    Some(Amount::Annual { fen: total })
}
