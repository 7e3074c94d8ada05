//! Procurement price deduction (`AmountRule::PriceDeduction`): the bid less
//! the deduction gives the price used to compare bids; the contract price
//! stays the bid.

use super::{Inputs, Steps};
use crate::money::{apply_bp, format_bp, format_en, format_zh};
use crate::profile::yuan_to_fen;
use crate::result::{text, Amount};

/// The evaluation price at the tender's own rate (capped by the clause's),
/// or, when the rate is not known, at the clause's highest: the best case,
/// labelled so (readings D10). `None` on overflow.
pub(super) fn evaluation_price(p: &Inputs, max_bp: u32, trace: &mut impl Steps) -> Option<Amount> {
    let bid = yuan_to_fen(p.bid_price_yuan);
    let (bp, best_case) = match p.deduction_bp {
        Some(d) => (d.min(max_bp), false),
        None => (max_bp, true),
    };
    if best_case {
        trace.step(|| {
            text(
                format!("采购文件规定的扣除比例未知：按上限 {} 计算，为最有利情形", format_bp(max_bp)),
                en!(format!("The tender's rate is not known: the {} ceiling, the best case", format_bp(max_bp))),
            )
        });
    } else {
        trace.step(|| text(format!("采购文件规定扣除 {}", format_bp(bp)), en!(format!("The tender deducts {}", format_bp(bp)))));
        if bp < 1000 {
            trace.step(|| text("小微企业通常为 10%–20%，请核对采购文件", en!("Small and micro bids usually get 10–20%; check the tender documents")));
        }
    }
    let deduction = apply_bp(bid, bp)?;
    let evaluated = bid - deduction;
    trace.step(|| {
        text(
            format!("报价 {} × (1 − {}) = 评审价 {}", format_zh(bid), format_bp(bp), format_zh(evaluated)),
            en!(format!("Bid {} × (1 − {}) = evaluated price {}", format_en(bid), format_bp(bp), format_en(evaluated))),
        )
    });
    trace.step(|| {
        text(
            "采购人“可”提高至 20%，是否采用由采购文件决定；评审价只用于比较，合同价仍为报价",
            en!("The purchaser \"may\" raise it to 20% (the tender documents decide); the evaluated price is for comparison only, the contract price stays the bid"),
        )
    });
    Some(Amount::EvaluationPrice { bid_fen: bid, deduction_bp: bp, evaluated_fen: evaluated, best_case })
}
