//! Stacking notes: where documents reward the same [`Event`], each in-force
//! item lists the others' ([`Stacking`]), and says whether both sums are
//! counted. Worded only when shown or serialised.

use crate::model::{Category, Event};
use crate::result::{text, Item, Text};
use serde::Serialize;

/// Another document's item rewarding the same event: document (zh, en), clause, name.
type Other = (&'static str, &'static str, &'static str, &'static str);

/// A note that another document rewards the same event; worded when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stacking {
    pub(crate) others: Vec<Other>,
    /// This item's sum and another's both enter the totals.
    pub(crate) counted_twice: bool,
    /// Other title awards of the same clause that also apply (name zh, name en):
    /// 「分别给予」 gives each title its sum; whether both are paid is not said (readings D2).
    pub(crate) same_clause: Vec<(&'static str, &'static str)>,
    /// The scheme's 贴息 and 002 三（二）'s 贴息补助 are both listed (readings B11).
    pub(crate) same_loan: bool,
}

impl Stacking {
    pub fn text(&self) -> Text {
        let mut t = self.other_documents();
        if !self.same_clause.is_empty() {
            let zh: Vec<String> = self.same_clause.iter().map(|(z, _)| format!("“{z}”")).collect();
            let en: Vec<&str> = self.same_clause.iter().map(|(_, e)| *e).collect();
            let here = text(
                format!("本条另有{}也适用。文本未说明两项是否可以同时享受，这里分别列出、分别计入，请以主管部门口径为准。", zh.join("、")),
                en!(format!("The same clause also gives: {}. The text does not say whether they stack; both are listed and counted; the authorities decide.", en.join("; "))),
            );
            t = match t {
                Some(o) => Some(text(format!("{}{}", here.zh, o.zh), en!(format!("{} {}", here.en, o.en)))),
                None => Some(here),
            };
        }
        if self.same_loan {
            let here = text(
                "同一笔贷款可能不能同时享受两项贴息（省制造业贷款贴息，与省三年行动计划三（二）智改数转的贴息补助）；文本未说明，请以主管部门口径为准。",
                en!("The same loan may not carry both interest subsidies (the provincial manufacturing-loan scheme's, and the 2023–2025 plan's 三（二） subsidy for smart and digital upgrading); the texts do not say; the authorities decide."),
            );
            t = Some(match t {
                Some(o) => text(format!("{}{}", o.zh, here.zh), en!(format!("{} {}", o.en, here.en))),
                None => here,
            });
        }
        t.unwrap_or_else(|| text("", en!("")))
    }

    fn other_documents(&self) -> Option<Text> {
        if self.others.is_empty() {
            return None;
        }
        let zh_list: Vec<String> = self.others.iter().map(|(d, _, c, n)| format!("《{d}》{c}“{n}”")).collect();
        let en_list: Vec<String> = self.others.iter().map(|(_, d, c, _)| format!("{d} {c}")).collect();
        let en = en_list.join(", ");
        // Clause numbers such as Suzhou's "7." already end the sentence.
        let stop = if en.ends_with('.') { "" } else { "." };
        Some(if self.counted_twice {
            text(
                format!("同一事项另见{}。文本未说明能否叠加享受，这里分别列出、分别计入，请以主管部门口径为准。", zh_list.join("、")),
                en!(format!("The same event is also covered by {en}{stop} The texts do not say whether they stack; both are listed and counted separately; the authorities decide.")),
            )
        } else {
            text(
                format!("同一事项另见{}。文本未说明两者如何并用，这里分别列出，请以主管部门口径为准。", zh_list.join("、")),
                en!(format!("The same matter is also covered by {en}{stop} The texts do not say how the two combine; both are listed; the authorities decide.")),
            )
        })
    }
}

impl Serialize for Stacking {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// How many items a note can concern, kept on the stack (today's full profile: 7); more
/// and every item is looked at again, as before.
const KEPT: usize = 48;

/// The few items a stacking note can concern (an event, a title award; most items are
/// services, which none concerns) and whether the 贴息 pair is there: gathered by the walk
/// as it makes each item ([`Concerned::note`]), so the notes need no pass of their own.
pub(crate) struct Concerned {
    kept: [u32; KEPT],
    count: usize,
    overflow: bool,
    events: bool,
    awards: bool,
    scheme: bool,
    plan: bool,
}

impl Concerned {
    pub(crate) fn new() -> Concerned {
        Concerned { kept: [0; KEPT], count: 0, overflow: false, events: false, awards: false, scheme: false, plan: false }
    }

    /// The walk has made item `i`, `it`.
    pub(crate) fn note(&mut self, i: usize, it: &Item) {
        let (event, award) = (it.rule.event.is_some() && it.in_force(), is_award(it));
        if event || award {
            match (self.kept.get_mut(self.count), u32::try_from(i)) {
                (Some(slot), Ok(i)) => {
                    *slot = i;
                    self.count += 1;
                }
                _ => self.overflow = true,
            }
        }
        self.events |= event;
        self.awards |= award;
        self.scheme |= is_scheme(it);
        self.plan |= is_plan(it);
    }
}

/// Notes on items whose event another document also rewards, title awards of one clause,
/// and the two 贴息 on one loan. `c`: the items a note can concern, noted as they were made;
/// each kind of note looks at those items only. Linear in the number of items; documents
/// and rules are compared by identity.
pub(crate) fn mark_stacking(items: &mut [Item], c: &Concerned) {
    // More than `KEPT`: the items are looked at again (rule sets replicated for the growth benchmark).
    let spilled: Vec<u32>;
    let listed = if c.overflow {
        spilled = (0..items.len()).filter(|i| items.get(*i).is_some_and(|it| (it.rule.event.is_some() && it.in_force()) || is_award(it))).filter_map(|i| u32::try_from(i).ok()).collect();
        &spilled[..]
    } else {
        c.kept.get(..c.count).unwrap_or_default()
    };
    let concerned = || listed.iter().map(|i| *i as usize);
    if c.events {
        mark_other_documents(items, concerned);
    }
    if c.awards {
        mark_same_clause(items, concerned);
    }
    if c.scheme && c.plan {
        mark_same_loan(items);
    }
}

/// The scheme's 贴息.
fn is_scheme(it: &Item) -> bool {
    matches!(it.rule.amount, crate::model::AmountRule::LoanInterestSubsidy)
}

/// 002 三（二）'s 贴息补助 for 智改数转, while 002 is in force: 002 ends 2025 (assumed), and once
/// it has ended its 贴息补助 is no longer there to combine.
fn is_plan(it: &Item) -> bool {
    it.rule.id == crate::policies::jiangsu_plan::DIGITAL_UPGRADE_FUNDING && it.in_force()
}

/// A title award counted in the totals: a likely one (readings A1, D1) is not "counted".
fn is_award(it: &Item) -> bool {
    it.rule.category == Category::TitleAward && it.in_force() && it.amount.is_summed() && it.likely.is_none()
}

/// The scheme's 贴息 and 002 三（二）'s 贴息补助 for 智改数转, both listed (002 in force): each says the
/// same loan may not carry both (readings B11).
fn mark_same_loan(items: &mut [Item]) {
    for it in items.iter_mut().filter(|it| is_scheme(it) || is_plan(it)) {
        match &mut it.stacking {
            Some(st) => st.same_loan = true,
            None => it.stacking = Some(Stacking { others: Vec::new(), counted_twice: false, same_clause: Vec::new(), same_loan: true }),
        }
    }
}

/// Title awards of one clause that apply together (001（五）: 单项冠军 ¥3M and
/// 小巨人 ¥1M, 「分别给予」): each is its own title's sum, both count, and the
/// note says the text is silent on stacking (readings A5, D2). `concerned`: the items'
/// indices to look at, in order (every award among them).
fn mark_same_clause<I: Iterator<Item = usize>>(items: &mut [Item], concerned: impl Fn() -> I) {
    // The awards alone: each is compared with the others only (with a rule set replicated,
    // comparing every award with every concerned item grew with the square of the items).
    let (mut kept, mut count, spilled): ([usize; KEPT], usize, Vec<usize>);
    let awards = match concerned().size_hint() {
        (_, Some(n)) if n <= KEPT => {
            (kept, count) = ([0; KEPT], 0);
            for i in concerned().filter(|i| items.get(*i).is_some_and(is_award)) {
                if let Some(slot) = kept.get_mut(count) {
                    *slot = i;
                    count += 1;
                }
            }
            kept.get(..count).unwrap_or_default()
        }
        _ => {
            spilled = concerned().filter(|i| items.get(*i).is_some_and(is_award)).collect();
            &spilled[..]
        }
    };
    if awards.len() < 2 {
        return;
    }
    for &i in awards {
        let Some(it) = items.get(i) else { continue };
        let (clause, doc) = (it.clause, it.doc);
        let same: Vec<(&'static str, &'static str)> = awards
            .iter()
            .filter(|j| **j != i)
            .filter_map(|j| items.get(*j))
            .filter(|o| std::ptr::eq(o.clause, clause) && std::ptr::eq(o.doc, doc))
            .map(|o| (o.rule.name_zh, o.rule.name_en))
            .collect();
        if same.is_empty() {
            continue;
        }
        let Some(it) = items.get_mut(i) else { continue };
        match &mut it.stacking {
            Some(st) => st.same_clause = same,
            None => it.stacking = Some(Stacking { others: Vec::new(), counted_twice: true, same_clause: same, same_loan: false }),
        }
    }
}

/// `concerned`: the items' indices to look at, in order (every item with an event among them).
fn mark_other_documents<I: Iterator<Item = usize>>(items: &mut [Item], concerned: impl Fn() -> I) {
    /// Distinct (document, rule) entries per event: far above today's most (3),
    /// and above the 13 cities plus the province.
    const MAX: usize = 32;
    const EMPTY: u32 = u32::MAX;
    // Per event, the index of the first item of each distinct (document, rule).
    let mut groups = [[EMPTY; MAX]; Event::COUNT];
    // Only items in force are compared: an ended or future document's item is
    // left out of the totals and does not stack with anything today.
    for i in concerned() {
        let Some(it) = items.get(i) else { continue };
        let Some(ev) = it.rule.event else { continue };
        if !it.in_force() {
            continue;
        }
        let slot = groups[ev as usize]
            .iter_mut()
            .find(|j| **j == EMPTY || items.get(**j as usize).is_some_and(|o| std::ptr::eq(o.doc, it.doc) && std::ptr::eq(o.rule, it.rule)));
        debug_assert!(slot.is_some(), "more than {MAX} documents reward one event");
        if let Some(slot) = slot {
            if *slot == EMPTY {
                *slot = u32::try_from(i).unwrap_or(EMPTY);
            }
        }
    }
    for i in concerned() {
        let Some(ev) = items.get(i).and_then(|it| it.rule.event) else { continue };
        if !items[i].in_force() {
            continue;
        }
        let doc = items[i].doc;
        let mut counted_twice = false;
        let others: Vec<Other> = groups[ev as usize]
            .iter()
            .take_while(|j| **j != EMPTY)
            .filter_map(|j| items.get(*j as usize))
            .filter(|o| !std::ptr::eq(o.doc, doc))
            .inspect(|o| counted_twice |= items[i].amount.is_summed() && o.amount.is_summed())
            .map(|o| (o.doc.short_zh, o.doc.short_en, o.clause.number, o.rule.name_zh))
            .collect();
        if !others.is_empty() {
            items[i].stacking = Some(Stacking { others, counted_twice, same_clause: Vec::new(), same_loan: false });
        }
    }
}
