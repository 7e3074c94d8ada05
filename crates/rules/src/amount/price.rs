//! Procurement price deduction (`AmountRule::PriceDeduction`): the bid less
//! the deduction gives the price used to compare bids; the contract price
//! stays the bid.

use super::{Inputs, Steps};
use crate::money::{apply_bp, format_bp, format_en, format_zh};
use crate::profile::yuan_to_fen;
use crate::result::{text, Amount};

/// The evaluation price at the clause's highest deduction. `None` on overflow.
pub(super) fn evaluation_price(p: &Inputs, max_bp: u32, trace: &mut impl Steps) -> Option<Amount> {
    let bid = yuan_to_fen(p.bid_price_yuan);
    let deduction = apply_bp(bid, max_bp)?;
    let evaluated = bid - deduction;
    trace.step(|| {
        text(
            format!("报价 {} × (1 − {}) = 评审价 {}", format_zh(bid), format_bp(max_bp), format_zh(evaluated)),
            format!("Bid {} × (1 − {}) = evaluated price {}", format_en(bid), format_bp(max_bp), format_en(evaluated)),
        )
    });
    trace.step(|| {
        text(
            "采购人“可”提高至 20%，是否采用由采购文件决定；评审价只用于比较，合同价仍为报价",
            "The purchaser \"may\" raise it to 20% (the tender documents decide); the evaluated price is for comparison only, the contract price stays the bid",
        )
    });
    Some(Amount::EvaluationPrice { bid_fen: bid, deduction_bp: max_bp, evaluated_fen: evaluated })
}
