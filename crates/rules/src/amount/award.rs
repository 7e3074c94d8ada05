//! Sums a clause sets itself: a fixed amount (the ¥1M / ¥3M first-time
//! title awards and other one-off grants) and a cap (最高 …) whose actual
//! figure is decided on application.

use super::Steps;
use crate::model::Counted;
use crate::money::{format_en, format_zh, Fen};
use crate::result::{text, Amount};

/// A fixed sum (`AmountRule::Fixed`).
pub(super) fn fixed(fen: Fen, trace: &mut impl Steps) -> Amount {
    trace.step(|| text(format!("条款规定金额：{}", format_zh(fen)), en!(format!("Amount set by the clause: {}", format_en(fen)))));
    Amount::Exact { fen }
}

/// At most `cap_fen` (`AmountRule::UpTo`).
pub(super) fn up_to(cap_fen: Fen, trace: &mut impl Steps) -> Amount {
    trace.step(|| {
        text(
            format!("条款规定上限：最高 {}；实际金额由主管部门核定", format_zh(cap_fen)),
            en!(format!("Cap set by the clause: up to {}; the actual sum is decided on application", format_en(cap_fen))),
        )
    });
    Amount::UpTo { cap_fen }
}

/// At most `cap_fen` once per firm, with the number of tasks or standards as
/// context (`AmountRule::UpToEach`, readings D3, D4): 「最高给予 1000 万元资助」 and
/// 「最高给予50万元奖励」 have no 「每项」, so 「最高」 is one cap per firm for the clause.
pub(super) fn up_to_each(p: &super::Inputs, cap_fen: Fen, each: Counted, trace: &mut impl Steps) -> Option<Amount> {
    let (n, what_zh, what_en) = match each {
        Counted::KeyTechTasks => (p.key_tech_tasks, "任务", "tasks"),
        Counted::Standards => (p.standards, "标准", "standards"),
    };
    trace.step(|| {
        text(
            format!("贵企业 {n} 项{what_zh}；条款写“最高 {}”，没有写“每项”，按每家企业一个上限计算：最高 {}；实际金额由主管部门核定", format_zh(cap_fen), format_zh(cap_fen)),
            en!(format!("Your firm has {n} {what_en}; the clause says \"up to {}\" without \"each\", so it is one cap per firm: up to {}; the actual sum is decided on application", format_en(cap_fen), format_en(cap_fen))),
        )
    });
    Some(Amount::UpTo { cap_fen })
}

/// At most `cap_fen` once per firm and at most the investment
/// (`AmountRule::UpToPerPlatform`, readings D3: 「按建设投入给予最高 … 资助」 has no
/// 「每个」): min(cap, the platforms' investment in all), each platform as context. `None` on overflow.
pub(super) fn up_to_per_platform(investments_yuan: &[i64], cap_fen: Fen, trace: &mut impl Steps) -> Option<Amount> {
    let mut invested: Fen = 0;
    for (i, &inv) in investments_yuan.iter().enumerate() {
        let inv_fen = crate::profile::yuan_to_fen(inv);
        invested = invested.checked_add(inv_fen)?;
        trace.step(|| text(format!("中试平台 {}：建设投入 {}", i + 1, format_zh(inv_fen)), en!(format!("Pilot platform {}: investment {}", i + 1, format_en(inv_fen)))));
    }
    let total = invested.min(cap_fen);
    trace.step(|| {
        text(
            format!(
                "按建设投入给予资助，条款写“最高 {}”，没有写“每个平台”，按每家企业一个上限计算：建设投入共 {}，最高 {}；资助比例文本未给，实际金额由主管部门核定",
                format_zh(cap_fen),
                format_zh(invested),
                format_zh(total)
            ),
            en!(format!(
                "Support by the investment; the clause says \"up to {}\" without \"each platform\", so it is one cap per firm: {} invested in all, up to {}; the share of the investment is not stated and is decided on application",
                format_en(cap_fen),
                format_en(invested),
                format_en(total)
            )),
        )
    });
    Some(Amount::UpTo { cap_fen: total })
}
