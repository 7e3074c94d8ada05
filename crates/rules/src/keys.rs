//! Each rule's key: what the walk needs to know of a rule before reading it, worked out at
//! compile time for [`policies::ALL`] (one `u32` a rule). The conditions' memo slots, one bit
//! each ([`slot_bit`]); a bit for a condition without a slot (it reads the document, or a
//! list of titles or sizes); and whether the rule is *plain*: a service with no outside
//! figure, no stacking event, not the plan's 贴息补助, so that when its conditions hold
//! certainly its item is the same for every profile. Most rules are plain; a plain rule whose
//! conditions the memo knows to hold certainly is listed without its conditions, amount or
//! fields being looked at (docs/performance.md).

use crate::conditions::slot_bit;
use crate::model::{AmountRule, Document, Rule, Treatment};
use crate::policies;

/// A condition with no memo slot: the rule's conditions are checked one by one.
pub(crate) const OTHER: u32 = 1 << 30;
/// A plain rule (see the module's note).
pub(crate) const PLAIN: u32 = 1 << 31;
/// The bits of the conditions.
pub(crate) const CONDITIONS: u32 = !PLAIN;

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A rule's key (see the module's note).
pub(crate) const fn key(rule: &Rule) -> u32 {
    let mut k = 0;
    let mut i = 0;
    while i < rule.conditions.len() {
        k |= slot_bit(&rule.conditions[i], OTHER);
        i += 1;
    }
    if matches!(rule.amount, AmountRule::NonMonetary) && rule.external.is_none() && rule.event.is_none() && !same(rule.id, policies::jiangsu_plan::DIGITAL_UPGRADE_FUNDING) {
        k |= PLAIN;
    }
    k
}

/// The rules of `docs` in the walk's order: clauses in order, each clause's rules in order.
const fn count(docs: &[&Document]) -> usize {
    let mut n = 0;
    let mut d = 0;
    while d < docs.len() {
        n += rules_of(docs[d]);
        d += 1;
    }
    n
}

const fn rules_of(doc: &Document) -> usize {
    let mut n = 0;
    let mut c = 0;
    while c < doc.clauses.len() {
        if let Treatment::Rules { rules, .. } = doc.clauses[c].treatment {
            n += rules.len();
        }
        c += 1;
    }
    n
}

const DOCS: usize = policies::ALL.len();
const RULES: usize = count(&policies::ALL);

/// Where each document's keys start in [`KEYS`] (and, last, their end).
const STARTS: [usize; DOCS + 1] = {
    let mut out = [0; DOCS + 1];
    let mut d = 0;
    while d < DOCS {
        out[d + 1] = out[d] + rules_of(policies::ALL[d]);
        d += 1;
    }
    out
};

static KEYS: [u32; RULES] = {
    let mut out = [0; RULES];
    let (mut n, mut d) = (0, 0);
    while d < DOCS {
        let doc = policies::ALL[d];
        let mut c = 0;
        while c < doc.clauses.len() {
            if let Treatment::Rules { rules, .. } = doc.clauses[c].treatment {
                let mut r = 0;
                while r < rules.len() {
                    out[n] = key(&rules[r]);
                    n += 1;
                    r += 1;
                }
            }
            c += 1;
        }
        d += 1;
    }
    out
};

/// The keys of `doc`'s rules in the walk's order, if it is one of [`policies::ALL`]
/// (otherwise the walk looks at each of their conditions: [`OTHER`]).
pub(crate) fn of(doc: &Document) -> Option<&'static [u32]> {
    let d = policies::ALL.iter().position(|a| std::ptr::eq(*a, doc))?;
    KEYS.get(*STARTS.get(d)?..*STARTS.get(d + 1)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table is each rule's key, in the walk's order, and every document finds its own.
    #[test]
    fn the_table_is_each_rules_key() {
        for doc in policies::ALL {
            let keys = of(doc).expect("a document of ALL finds its keys");
            let rules: Vec<&Rule> = doc.clauses.iter().filter_map(|c| if let Treatment::Rules { rules, .. } = c.treatment { Some(rules) } else { None }).flatten().collect();
            assert_eq!(keys.len(), rules.len(), "{}", doc.key);
            for (k, r) in keys.iter().zip(&rules) {
                assert_eq!(*k, key(r), "{}", r.id);
            }
        }
        // Most rules are plain services; the plan's 贴息补助 is not plain.
        assert!(KEYS.iter().filter(|k| **k & PLAIN != 0).count() > RULES / 2);
        let plan = policies::ALL.iter().flat_map(|d| d.clauses).filter_map(|c| if let Treatment::Rules { rules, .. } = c.treatment { Some(rules) } else { None }).flatten();
        assert!(plan.filter(|r| r.id == policies::jiangsu_plan::DIGITAL_UPGRADE_FUNDING).all(|r| key(r) & PLAIN == 0));
    }
}
