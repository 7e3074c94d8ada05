//! The payment timeline (issue 20 §2): for a profile on an as-of date, what comes when, by
//! year and month — one-off sums in the as-of year, each scheme year's 贴息 to its 31 December
//! (a year whose figures are not announced shown as such, never worked out), the graduates'
//! rent months group by group until the title or the 36 months end, and each 专精特新贷's term;
//! certain and likely apart.
//!
//! Read off the [`Assessment`] the evaluator already gives (its items, their [`Likely`] and
//! [`Until`], and the working their amounts came from), never a second copy of a rule: the rent
//! months come from the rent formula's own working ([`crate::amount`]), the loan terms from the
//! ceiling's, and a later scheme year's 贴息 from evaluating the same profile on 1 January of that
//! year. Integer fen, checked; the words are written when shown or serialised.
//!
//! Readings: a one-off sum is due in the as-of year (the texts set no month: the department
//! decides); a yearly sum other than the 贴息 (the R&D uplift) is the as-of year's (later years
//! rest on their own figures and are not projected); a later scheme year's 贴息 is only likely
//! (worked out on the loans as given, which may be repaid or change).

use crate::amount::rate_ceiling::Term;
use crate::amount::rent::Run;
use crate::date::Date;
use crate::error::{FieldError, InputError};
use crate::model::AmountRule;
use crate::money::{format_bp, format_en, format_zh, Fen};
use crate::profile::{Degree, Profile};
use crate::result::{text, Amount, Assessment, Item, Likely, Text, Until};
use serde::Serialize;

/// The timeline: the years from the as-of year on, each with its entries and sums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub as_of: Date,
    /// Years in order; only years with an entry.
    pub years: Vec<Year>,
}

/// One calendar year of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Year {
    pub year: u16,
    /// One-off sums, caps, the 贴息 (or its not announced year), other yearly sums, the staff's
    /// months, loan terms; within a kind in the assessment's order.
    pub entries: Vec<Entry>,
    /// The year's certain sums, and its likely ones kept apart.
    pub certain: Sums,
    pub likely: Sums,
}

/// Sums kept apart the way the assessment's totals keep them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Sums {
    /// Fixed one-off sums (确定金额).
    pub one_off_fen: Fen,
    /// Caps (最高): the most the capped grants could give.
    pub up_to_fen: Fen,
    /// Yearly sums: the 贴息 and other yearly figures.
    pub yearly_fen: Fen,
    /// The staff's rent months (paid to the graduates).
    pub staff_fen: Fen,
}

impl Sums {
    fn add(&mut self, what: &What) -> Option<()> {
        match *what {
            What::OneOff { fen } => self.one_off_fen = self.one_off_fen.checked_add(fen)?,
            What::UpTo { cap_fen } => self.up_to_fen = self.up_to_fen.checked_add(cap_fen)?,
            What::SchemeYear { fen, .. } | What::Yearly { fen, .. } => self.yearly_fen = self.yearly_fen.checked_add(fen)?,
            What::Staff { fen, .. } => self.staff_fen = self.staff_fen.checked_add(fen)?,
            What::NotAnnounced { .. } | What::LoanTerm { .. } => {}
        }
        Some(())
    }

    /// Two sums added. `None` on overflow.
    pub fn plus(self, o: Sums) -> Option<Sums> {
        Some(Sums {
            one_off_fen: self.one_off_fen.checked_add(o.one_off_fen)?,
            up_to_fen: self.up_to_fen.checked_add(o.up_to_fen)?,
            yearly_fen: self.yearly_fen.checked_add(o.yearly_fen)?,
            staff_fen: self.staff_fen.checked_add(o.staff_fen)?,
        })
    }
}

/// One line of the timeline: a rule's money (or a loan's term) in one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub rule_id: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// The first and last month within the year it covers (1–12); `None`: the year as a whole,
    /// or a month the texts do not set.
    pub from_month: Option<u8>,
    pub to_month: Option<u8>,
    #[serde(flatten)]
    pub what: What,
    /// Certain, or only likely (then `why` says why).
    pub certain: bool,
    pub why: Option<Why>,
    /// The line in words (written when shown or serialised).
    pub text: Words,
}

/// What an entry is, with its figures in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum What {
    /// A fixed one-off sum, due in the as-of year.
    OneOff { fen: Fen },
    /// At most this much, once.
    UpTo { cap_fen: Fen },
    /// One scheme year's 贴息, certain to its 31 December (`until`).
    SchemeYear { fen: Fen, until: Date },
    /// The 贴息's figures for this year and after are not announced: no figure.
    NotAnnounced { from_year: u16 },
    /// Another yearly sum (the R&D uplift): this year's; `until`: its basis ends that day.
    Yearly { fen: Fen, until: Option<Date> },
    /// A graduate group's rent months this year: `months` × `per_month_fen` = `fen`.
    /// `group`: its number in the profile (from 1); `None`: the graduates counted by degree only.
    Staff { group: Option<u32>, degree: Degree, count: u32, per_month_fen: Fen, months: u32, fen: Fen },
    /// A 专精特新贷 runs through these months (its term, not money): the rate it may be priced at
    /// (`ceiling_bp`; `None` when the contract date's LPR is not in the records) and what it is
    /// priced above it a year.
    LoanTerm { loan: u32, signed: Date, tenor_months: u16, ceiling_bp: Option<u32>, above_cap_fen: Fen },
}

impl What {
    /// Where the kind sits within a year: one-off, caps, 贴息, other yearly, staff, loan terms.
    fn rank(&self) -> u8 {
        match self {
            What::OneOff { .. } => 0,
            What::UpTo { .. } => 1,
            What::SchemeYear { .. } | What::NotAnnounced { .. } => 2,
            What::Yearly { .. } => 3,
            What::Staff { .. } => 4,
            What::LoanTerm { .. } => 5,
        }
    }
}

/// Why an entry is only likely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The item itself is only likely, for this reason.
    Item(Likely),
    /// Rent months in the title's assumed last year (month), when it may have lapsed.
    TitleMayHaveLapsed,
    /// A later scheme year's 贴息, worked out on the loans as given.
    LaterSchemeYear,
}

impl Why {
    pub fn text(&self) -> Text {
        match self {
            Why::Item(l) => l.text(),
            Why::TitleMayHaveLapsed => text(
                "这些月份落在称号按三年有效期推定的到期年份（月份），称号可能已到期；复核通过的照常发放",
                en!("These months fall in the title's assumed last year (month), when it may have lapsed; paid as usual once renewed"),
            ),
            Why::LaterSchemeYear => text(
                "以后年度的贴息按现填贷款推算：贷款归还或余额变化的，金额随之变化",
                en!("A later year's subsidy worked out on the loans as given: repayments or a changed balance change it"),
            ),
        }
    }
}

impl Serialize for Why {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// An entry's words, written when shown or serialised (see [`Entry::words`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    name_zh: &'static str,
    name_en: &'static str,
    from_month: Option<u8>,
    to_month: Option<u8>,
    what: What,
}

impl Serialize for Words {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

fn months_zh(from: Option<u8>, to: Option<u8>) -> String {
    match (from, to) {
        (Some(a), Some(b)) if a == b => format!("{a} 月"),
        (Some(a), Some(b)) => format!("{a}–{b} 月"),
        _ => String::new(),
    }
}

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn month_en(m: u8) -> &'static str {
    MONTHS_EN.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("")
}

fn months_en(from: Option<u8>, to: Option<u8>) -> String {
    match (from, to) {
        (Some(a), Some(b)) if a == b => month_en(a).to_owned(),
        (Some(a), Some(b)) => format!("{}–{}", month_en(a), month_en(b)),
        _ => String::new(),
    }
}

impl Words {
    /// The line in a finance clerk's words, e.g. `6–12 月：毕业生租房补贴（第 1 组，博士 1 人）每月 1,800 元 × 7 个月 = 1.26 万元（发给毕业生本人）`.
    pub fn text(&self) -> Text {
        let (n_zh, n_en) = (self.name_zh, self.name_en);
        let (m_zh, m_en) = (months_zh(self.from_month, self.to_month), months_en(self.from_month, self.to_month));
        match self.what {
            What::OneOff { fen } => text(
                format!("{n_zh}：一次性 {}（文本未定发放月份，以主管部门为准）", format_zh(fen)),
                en!(format!("{n_en}: one-off {} (the texts set no month; as the department decides)", format_en(fen))),
            ),
            What::UpTo { cap_fen } => text(
                format!("{n_zh}：最高 {}（实际金额由主管部门核定）", format_zh(cap_fen)),
                en!(format!("{n_en}: up to {} (the actual sum is decided on application)", format_en(cap_fen))),
            ),
            What::SchemeYear { fen, until } => text(
                format!("{n_zh}：{} 年 {}，至 {} 年 12 月 31 日止", until.year(), format_zh(fen), until.year()),
                en!(format!("{n_en}: {} for {}, to {until}", format_en(fen), until.year())),
            ),
            What::NotAnnounced { from_year } => text(
                format!("{n_zh}：{from_year} 年起贴息口径未公布，不作推算"),
                en!(format!("{n_en}: from {from_year} the scheme's figures are not announced; no figure is assumed")),
            ),
            What::Yearly { fen, until } => {
                let mut t = text(format!("{n_zh}：本年 {}", format_zh(fen)), en!(format!("{n_en}: {} this year", format_en(fen))));
                match until {
                    Some(d) => {
                        t.zh.push_str(&format!("，依据至 {} 年 {} 月 {} 日止", d.year(), d.month(), d.day()));
                        t.en.push_str(&format!(", its basis ends {d}"));
                    }
                    None => {
                        t.zh.push_str("（以后年度按当年数字核定，不作推算）");
                        t.en.push_str(" (later years rest on their own figures; not projected)");
                    }
                }
                t
            }
            What::Staff { group, degree, count, per_month_fen, months, fen } => {
                let (who_zh, who_en) = match group {
                    Some(g) => (format!("第 {g} 组，{} {count} 人", degree.zh()), format!("group {g}, {count} {}", degree.en())),
                    None => (format!("其余{} {count} 人", degree.zh()), format!("other {} graduates, {count}", degree.en())),
                };
                text(
                    format!("{m_zh}：{n_zh}（{who_zh}）每月 {} × {months} 个月 = {}（发给毕业生本人）", format_zh(per_month_fen), format_zh(fen)),
                    en!(format!("{m_en}: {n_en} ({who_en}) {} a month × {months} = {} (paid to the graduates)", format_en(per_month_fen), format_en(fen))),
                )
            }
            What::LoanTerm { loan, signed, tenor_months, ceiling_bp, above_cap_fen } => {
                let mut t = text(
                    format!("{m_zh}：专精特新贷 {loan} 在贷款期内（{signed} 签约，期限 {tenor_months} 个月）"),
                    en!(format!("{m_en}: SRDI loan {loan} runs (signed {signed}, {tenor_months} months)")),
                );
                match ceiling_bp {
                    Some(c) => {
                        t.zh.push_str(&format!("，利率不超过 {}", format_bp(c)));
                        t.en.push_str(&format!("; rate at most {}", format_bp(c)));
                    }
                    None => {
                        t.zh.push_str("，签约日的 LPR 不在记录中，上限未算");
                        t.en.push_str("; the contract date's LPR is not in our records: no ceiling worked out");
                    }
                }
                if above_cap_fen > 0 {
                    t.zh.push_str(&format!("；报价高出上限的利息每年 {}（可据此与银行协商，不是补贴现金）", format_zh(above_cap_fen)));
                    t.en.push_str(&format!("; priced {} a year above it (to raise with the bank; not cash)", format_en(above_cap_fen)));
                }
                t
            }
        }
    }
}

impl Entry {
    /// The line in words (as serialised in `text`).
    pub fn words(&self) -> Text {
        self.text.text()
    }
}

impl Year {
    /// The year's heading, the firm's money apart from the graduates':
    /// `2026 年：企业确定 100 万元；毕业生租房补贴 1.26 万元；可能另有 60 万元；另有最高 50 万元`.
    pub fn heading(&self) -> Text {
        let (c, l) = (self.certain, self.likely);
        let firm = c.one_off_fen.saturating_add(c.yearly_fen);
        let maybe = l.one_off_fen.saturating_add(l.yearly_fen).saturating_add(l.staff_fen);
        let caps = c.up_to_fen.saturating_add(l.up_to_fen);
        let (mut zh, mut en): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        if firm > 0 {
            zh.push(format!("企业确定 {}", format_zh(firm)));
            en.push(format!("the firm, certain: {}", format_en(firm)));
        }
        if c.staff_fen > 0 {
            zh.push(format!("毕业生租房补贴 {}（发给毕业生本人）", format_zh(c.staff_fen)));
            en.push(format!("graduates' rent subsidy {} (theirs)", format_en(c.staff_fen)));
        }
        if maybe > 0 {
            zh.push(format!("可能另有 {}", format_zh(maybe)));
            en.push(format!("likely {} more", format_en(maybe)));
        }
        if caps > 0 {
            zh.push(format!("另有最高 {}", format_zh(caps)));
            en.push(format!("and up to {}", format_en(caps)));
        }
        if zh.is_empty() {
            return text(format!("{} 年", self.year), en!(self.year.to_string()));
        }
        text(format!("{} 年：{}", self.year, zh.join("；")), en!(format!("{}: {}", self.year, en.join("; "))))
    }
}

impl Timeline {
    /// The sums over every year: certain and likely.
    pub fn sums(&self) -> Option<(Sums, Sums)> {
        self.years.iter().try_fold((Sums::default(), Sums::default()), |(c, l), y| Some((c.plus(y.certain)?, l.plus(y.likely)?)))
    }

    /// One year, if it has entries.
    pub fn year(&self, year: u16) -> Option<&Year> {
        self.years.iter().find(|y| y.year == year)
    }
}

fn out_of_range() -> InputError {
    FieldError::new("", "时间表金额超出范围，请检查输入金额".into(), en!("the timeline's sums are out of range; check the amounts entered")).into()
}

/// The timeline for a profile on a date: evaluates it (validating first) and reads the result.
pub fn timeline(profile: &Profile, as_of: Date) -> Result<Timeline, InputError> {
    let a = crate::evaluate(profile, as_of)?;
    of(profile, &a)
}

/// The timeline of an assessment already worked out for `profile` (its `as_of`): later scheme
/// years of the 贴息 are worked out by evaluating the same profile on 1 January of each.
pub fn of(profile: &Profile, a: &Assessment) -> Result<Timeline, InputError> {
    build(profile, a).ok_or_else(out_of_range)
}

/// Entries as they are collected: (year, entry).
struct Collect {
    out: Vec<(u16, Entry)>,
}

impl Collect {
    fn push(&mut self, year: u16, it: &Item, months: Option<(u8, u8)>, what: What, certain: bool, why: Option<Why>) {
        let (from_month, to_month) = (months.map(|m| m.0), months.map(|m| m.1));
        let (name_zh, name_en) = (it.rule.name_zh, it.rule.name_en);
        let text = Words { name_zh, name_en, from_month, to_month, what };
        self.out.push((year, Entry { rule_id: it.rule.id, name_zh, name_en, from_month, to_month, what, certain, why, text }));
    }

    /// `count` months from month number `from` ([`crate::profile::month_index`]), cut at each year's
    /// end: one entry per year, `what(months, fen)` for that year's part. `None` on overflow.
    fn months(&mut self, it: &Item, from: u32, count: u32, per_month: Fen, (certain, why): (bool, Option<Why>), what: impl Fn(u32, Fen) -> What) -> Option<()> {
        let (mut at, mut left) = (from, count);
        while left > 0 {
            let (year, month) = (u16::try_from(at / 12).ok()?, at % 12 + 1);
            let n = left.min(12 - (month - 1));
            let fen = per_month.checked_mul(i64::from(n))?;
            let (m1, m2) = (u8::try_from(month).ok()?, u8::try_from(month + n - 1).ok()?);
            self.push(year, it, Some((m1, m2)), what(n, fen), certain, why);
            at = at.checked_add(n)?;
            left -= n;
        }
        Some(())
    }
}

fn build(profile: &Profile, a: &Assessment) -> Option<Timeline> {
    let year = a.as_of.year();
    let mut c = Collect { out: Vec::new() };
    let mut interest: Option<&Item> = None;
    for it in a.items.iter().filter(|i| i.in_force()) {
        let (certain, why) = (it.certain(), it.likely.map(Why::Item));
        match (it.rule.amount, it.amount) {
            (AmountRule::LoanInterestSubsidy, Amount::Annual { fen }) => {
                interest = Some(it);
                c.push(year, it, None, What::SchemeYear { fen, until: Date::new(year, 12, 31)? }, certain, why);
            }
            (AmountRule::LoanInterestSubsidy, Amount::Unquantified { .. }) => c.push(year, it, None, What::NotAnnounced { from_year: year }, true, None),
            (_, Amount::Exact { fen }) => c.push(year, it, None, What::OneOff { fen }, certain, why),
            (_, Amount::UpTo { cap_fen }) => c.push(year, it, None, What::UpTo { cap_fen }, certain, why),
            (_, Amount::Annual { fen }) => {
                let until = match it.until {
                    Some(Until::Ends { date }) => Some(date),
                    _ => None,
                };
                c.push(year, it, None, What::Yearly { fen, until }, certain, why);
            }
            (_, Amount::Monthly { .. }) => {
                for r in it.trace.rent_runs(it.rule)? {
                    let Run { group, degree, count, per_month_fen, from, months, likely_more, .. } = r;
                    let staff = |months, fen| What::Staff { group, degree, count, per_month_fen, months, fen };
                    c.months(it, from, months, per_month_fen, (certain, why), staff)?;
                    // The title's assumed last year (month): likely whatever the item is.
                    c.months(it, from.checked_add(months)?, likely_more, per_month_fen, (false, why.or(Some(Why::TitleMayHaveLapsed))), staff)?;
                }
            }
            (_, Amount::RateCeiling { .. }) => {
                for t in it.trace.loan_terms(it.rule)?.into_iter().filter(|t| t.in_plan) {
                    let Term { loan, signed, tenor_months, ceiling_bp, above_fen: above, .. } = t;
                    let loan = u32::try_from(loan).ok()?;
                    let term = |_, _| What::LoanTerm { loan, signed, tenor_months, ceiling_bp, above_cap_fen: above };
                    c.months(it, crate::profile::month_index(signed), u32::from(tenor_months), 0, (certain, why), term)?;
                }
            }
            _ => {}
        }
    }
    // Each later scheme year the scheme has published figures for: the same profile evaluated on
    // 1 January of that year (the caps change by year); then the first year not announced.
    if let Some(it) = interest {
        let mut last = true;
        for y in year.saturating_add(1)..=crate::facts::INTEREST_LAST_YEAR {
            let later = crate::evaluate(profile, Date::new(y, 1, 1)?).ok();
            let item = later.as_ref().and_then(|l| l.items.iter().find(|i| i.in_force() && matches!(i.rule.amount, AmountRule::LoanInterestSubsidy)));
            last = false;
            if let Some(i) = item {
                if let Amount::Annual { fen } = i.amount {
                    let why = i.likely.map(Why::Item).unwrap_or(Why::LaterSchemeYear);
                    c.push(y, i, None, What::SchemeYear { fen, until: Date::new(y, 12, 31)? }, false, Some(why));
                    last = true;
                }
            }
        }
        if last {
            let next = year.max(crate::facts::INTEREST_LAST_YEAR).saturating_add(1);
            c.push(next, it, None, What::NotAnnounced { from_year: next }, true, None);
        }
    }
    // Years in order; within a year by kind, then as collected (the assessment's order).
    let mut out = c.out;
    let mut years: Vec<Year> = Vec::new();
    for (y, e) in out.drain(..) {
        let at = match years.iter().position(|x| x.year == y) {
            Some(i) => i,
            None => {
                years.push(Year { year: y, entries: Vec::new(), certain: Sums::default(), likely: Sums::default() });
                years.len() - 1
            }
        };
        let yr = &mut years[at];
        if e.certain {
            yr.certain.add(&e.what)?
        } else {
            yr.likely.add(&e.what)?
        }
        yr.entries.push(e);
    }
    for yr in &mut years {
        // A stable insertion sort by kind (a few dozen entries; no sort routine in the wasm).
        for i in 1..yr.entries.len() {
            let mut j = i;
            while j > 0 && yr.entries[j - 1].what.rank() > yr.entries[j].what.rank() {
                yr.entries.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    for i in 1..years.len() {
        let mut j = i;
        while j > 0 && years[j - 1].year > years[j].year {
            years.swap(j - 1, j);
            j -= 1;
        }
    }
    Some(Timeline { as_of: a.as_of, years })
}
