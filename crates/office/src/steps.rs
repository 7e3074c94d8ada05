//! One step away: for each firm, what one change would bring — the near misses the rules crate
//! computes for its result (还可争取: obtain a title, renew a lapsed one, an achievement, an
//! activity), grouped by the change, since one change can open several benefits. Ranked over
//! the register by money: what the change brings in the first year for certain (one-off plus
//! yearly sums), then the caps it opens, then the staff's monthly money; a firm's earlier row
//! first when equal. One-off and yearly are added for the ranking only (a year of a yearly
//! sum is money the firm receives that year); the sheet shows each kind apart.

use crate::run::Firm;
use crate::sums::Sums;
use srdi_rules::eval::Fix;
use srdi_rules::model::Rule;
use srdi_rules::{Amount, NearMiss};

/// One firm's one change and what it brings.
#[derive(Debug, Clone)]
pub struct Step {
    /// The firm's index in `Report::firms`.
    pub firm: u32,
    pub fix: Fix,
    /// The benefits the change opens, with what each would bring.
    pub rules: Vec<(&'static str, &'static str, &'static str, Amount)>,
    /// Their money, kept apart by kind (`firms` unused).
    pub sums: Sums,
}

impl Step {
    /// The ranking key, largest first: first-year money, caps, staff's monthly money.
    fn key(&self) -> (i64, i64, i64) {
        (self.sums.bar_fen(), self.sums.up_to_fen, self.sums.staff_month_fen)
    }
    /// Whether the change opens a benefit of this rule.
    pub fn has_rule(&self, id: &str) -> bool {
        self.rules.iter().any(|r| r.0 == id)
    }
}

/// A firm's near misses grouped by the change they need, added to `out`; `None` on overflow.
pub(crate) fn collect(firm: u32, near: &[NearMiss], out: &mut Vec<Step>) -> Option<()> {
    let start = out.len();
    for n in near.iter().filter(|n| n.would_bring.is_summed()) {
        let at = match out[start..].iter().position(|s| s.fix == n.fix) {
            Some(i) => start + i,
            None => {
                out.push(Step { firm, fix: n.fix, rules: Vec::new(), sums: Sums::default() });
                out.len() - 1
            }
        };
        let s = out.get_mut(at)?;
        s.rules.push((n.rule_id, n.name_zh, n.name_en, n.would_bring));
        s.sums.add_amount(firm, &n.would_bring, true)?;
    }
    Some(())
}

/// The steps in rank order (see the module).
pub(crate) fn rank(steps: &mut [Step], firms: &[Firm]) {
    let line = |s: &Step| firms.get(s.firm as usize).map_or(u32::MAX, |f| f.line);
    steps.sort_by(|a, b| b.key().cmp(&a.key()).then_with(|| line(a).cmp(&line(b))).then_with(|| a.fix.position().cmp(&b.fix.position())));
}

/// The rules a step list mentions, for a filter: (id, Chinese name, English name), in rule order.
pub fn rules_of(steps: &[Step]) -> Vec<(&'static str, &'static str, &'static str)> {
    let ids: std::collections::HashSet<&str> = steps.iter().flat_map(|s| s.rules.iter().map(|r| r.0)).collect();
    let mut out = Vec::new();
    for doc in srdi_rules::policies::ALL {
        for clause in doc.clauses {
            if let srdi_rules::model::Treatment::Rules { rules, .. } = clause.treatment {
                for r in rules.iter().filter(|r| ids.contains(r.id)) {
                    let r: &Rule = r;
                    out.push((r.id, r.name_zh, r.name_en));
                }
            }
        }
    }
    out
}
