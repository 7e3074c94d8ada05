//! Sums a clause sets itself: a fixed amount (the ¥1M / ¥3M first-time
//! title awards and other one-off grants) and a cap (最高 …) whose actual
//! figure is decided on application.

use super::Steps;
use crate::model::Counted;
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

/// At most `cap_fen` for each one counted (`AmountRule::UpToEach`, readings D3, D4):
/// the cap times the number of tasks or standards. `None` on overflow.
pub(super) fn up_to_each(p: &super::Inputs, cap_fen: Fen, each: Counted, trace: &mut impl Steps) -> Option<Amount> {
    let (n, what_zh, what_en) = match each {
        Counted::KeyTechTasks => (p.key_tech_tasks, "任务", "task"),
        Counted::Standards => (p.standards, "标准", "standard"),
    };
    let total = cap_fen.checked_mul(i64::from(n))?;
    trace.step(|| {
        text(
            format!("每项{what_zh}最高 {} × {n} 项 = 最高 {}；实际金额由主管部门核定", format_zh(cap_fen), format_zh(total)),
            format!("Up to {} per {what_en} × {n} = up to {}; the actual sum is decided on application", format_en(cap_fen), format_en(total)),
        )
    });
    trace.step(|| {
        text(
            format!("文本未说明上限按{what_zh}还是按企业计算，这里按{what_zh}计算"),
            format!("The text does not say whether the cap is per {what_en} or per enterprise; shown per {what_en}"),
        )
    });
    Some(Amount::UpTo { cap_fen: total })
}

/// Per pilot platform, at most `cap_fen` and at most its investment
/// (`AmountRule::UpToPerPlatform`, readings D3: 「按建设投入给予最高 … 资助」). `None` on overflow.
pub(super) fn up_to_per_platform(investments_yuan: &[i64], cap_fen: Fen, trace: &mut impl Steps) -> Option<Amount> {
    let mut total: Fen = 0;
    for (i, &inv) in investments_yuan.iter().enumerate() {
        let inv_fen = crate::profile::yuan_to_fen(inv);
        let each = inv_fen.min(cap_fen);
        total = total.checked_add(each)?;
        trace.step(|| {
            text(
                format!("中试平台 {}：建设投入 {}，按投入给予资助，最高 {}，即不超过 {}", i + 1, format_zh(inv_fen), format_zh(cap_fen), format_zh(each)),
                format!("Pilot platform {}: investment {}, support by the investment, up to {}: at most {}", i + 1, format_en(inv_fen), format_en(cap_fen), format_en(each)),
            )
        });
    }
    trace.step(|| {
        text(
            format!("合计最高 {}；资助比例文本未给，实际金额由主管部门核定；文本未说明按平台还是按企业计算，这里按平台计算", format_zh(total)),
            format!("Up to {} in all; the share of the investment is not stated and is decided on application; per platform or per enterprise is not stated: shown per platform", format_en(total)),
        )
    });
    Some(Amount::UpTo { cap_fen: total })
}
