//! Evaluation: a profile and an as-of date in, an `Assessment` out.
//!
//! Deterministic and in a stable order (documents in file order, clauses in
//! each document's order). Every amount carries a trace of the steps that
//! produced it. Totals keep exact sums, caps, and unquantified and non-monetary
//! counts apart, and only count documents in force on the as-of date.

use crate::date::Date;
use crate::error::{FieldError, InputError};
use crate::facts;
use crate::model::*;
use crate::money::{apply_bp, format_bp, format_en, format_zh, Fen};
use crate::policies;
use crate::profile::{yuan_to_fen, City, Profile, Title};
use serde::{Deserialize, Serialize};

/// A sentence in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

fn text(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text { zh: zh.into(), en: en.into() }
}

/// An amount as worked out for this profile. Figures in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Amount {
    /// A fixed sum.
    Exact { fen: Fen },
    /// At most this much (最高).
    UpTo { cap_fen: Fen },
    /// A monthly payment with its yearly figure and the most it can total.
    Monthly { per_month_fen: Fen, per_year_fen: Fen, max_months: u32, max_total_fen: Fen },
    /// A yearly sum.
    Annual { fen: Fen },
    /// The price used to compare bids (the contract price stays the bid).
    EvaluationPrice { bid_fen: Fen, deduction_bp: u32, evaluated_fen: Fen },
    /// A fee may not exceed `rate_bp` a year; `max_fee_fen` on the given base.
    FeeCeiling { rate_bp: u32, base_fen: Fen, max_fee_fen: Fen },
    /// A loan rate may not exceed LPR + spread.
    RateCeiling { lpr_bp: u32, spread_bp: u32, ceiling_bp: u32 },
    /// Money promised, amount not stated.
    Unquantified { note_zh: &'static str, note_en: &'static str },
    /// A service, priority or qualification.
    NonMonetary,
}

impl Amount {
    /// Whether the amount is a sum that enters the totals (a one-off, yearly,
    /// capped or monthly sum), as opposed to a ceiling, a price or a service.
    pub fn is_summed(&self) -> bool {
        matches!(self, Amount::Exact { .. } | Amount::UpTo { .. } | Amount::Monthly { .. } | Amount::Annual { .. })
    }

    /// How the amount reads, e.g. `100 万元`, `最高 200 万元`, `每月 3,360 元`.
    pub fn describe(&self) -> Text {
        match *self {
            Amount::Exact { fen } => text(format_zh(fen), format_en(fen)),
            Amount::UpTo { cap_fen } => text(format!("最高 {}", format_zh(cap_fen)), format!("up to {}", format_en(cap_fen))),
            Amount::Monthly { per_month_fen, per_year_fen, max_months, max_total_fen } => text(
                format!("每月 {}（每年 {}，最长 {max_months} 个月共 {}）", format_zh(per_month_fen), format_zh(per_year_fen), format_zh(max_total_fen)),
                format!("{} a month ({} a year; at most {max_months} months, {} in all)", format_en(per_month_fen), format_en(per_year_fen), format_en(max_total_fen)),
            ),
            Amount::Annual { fen } => text(format!("每年 {}", format_zh(fen)), format!("{} a year", format_en(fen))),
            Amount::EvaluationPrice { bid_fen, deduction_bp, evaluated_fen } => text(
                format!("评审价 {}（报价 {} 扣除 {}）", format_zh(evaluated_fen), format_zh(bid_fen), format_bp(deduction_bp)),
                format!("evaluated at {} (bid {} less {})", format_en(evaluated_fen), format_en(bid_fen), format_bp(deduction_bp)),
            ),
            Amount::FeeCeiling { rate_bp, base_fen, max_fee_fen } => {
                if base_fen > 0 {
                    text(
                        format!("担保费率不超过 {}（{} 担保额每年至多 {}）", format_bp(rate_bp), format_zh(base_fen), format_zh(max_fee_fen)),
                        format!("guarantee fee at most {} ({} a year on {})", format_bp(rate_bp), format_en(max_fee_fen), format_en(base_fen)),
                    )
                } else {
                    text(format!("担保费率不超过 {}", format_bp(rate_bp)), format!("guarantee fee at most {}", format_bp(rate_bp)))
                }
            }
            Amount::RateCeiling { lpr_bp, spread_bp, ceiling_bp } => text(
                format!("贷款利率不超过 LPR+{} 个基点（按一年期 LPR {} 计为 {}）", spread_bp, format_bp(lpr_bp), format_bp(ceiling_bp)),
                format!("loan rate at most LPR + {} bp ({} with the 1-year LPR at {})", spread_bp, format_bp(ceiling_bp), format_bp(lpr_bp)),
            ),
            Amount::Unquantified { .. } => text("金额未明确", "amount not stated"),
            Amount::NonMonetary => text("非资金支持", "non-monetary"),
        }
    }
}

/// Why an item needs a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// From a draft for comment (征求意见稿).
    Draft,
    /// The document's period ended before the as-of date.
    Expired,
    /// The document's period starts after the as-of date.
    NotYetInForce,
    /// A date of the document is our assumption, not the text's.
    DateAssumed,
    /// A figure or fact comes from outside the text (see `external`).
    ExternalSource,
}

impl Flag {
    pub const fn zh(self) -> &'static str {
        match self {
            Flag::Draft => "征求意见稿",
            Flag::Expired => "已到期",
            Flag::NotYetInForce => "尚未施行",
            Flag::DateAssumed => "日期为假定",
            Flag::ExternalSource => "外部来源的数字",
        }
    }
    pub const fn en(self) -> &'static str {
        match self {
            Flag::Draft => "draft for comment",
            Flag::Expired => "expired",
            Flag::NotYetInForce => "not yet in force",
            Flag::DateAssumed => "date assumed",
            Flag::ExternalSource => "figure from an outside source",
        }
    }
}

/// A set of flags; serialises as the list, in the order `Flag` declares them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u8);

impl Flags {
    /// Every flag, in declaration order: bit `n` of [`Flags::bits`] is `ALL[n]`.
    pub const ALL: [Flag; 5] = [Flag::Draft, Flag::Expired, Flag::NotYetInForce, Flag::DateAssumed, Flag::ExternalSource];
    pub fn insert(&mut self, f: Flag) {
        self.0 |= 1 << f as u8;
    }
    pub fn contains(&self, f: &Flag) -> bool {
        self.0 & (1 << *f as u8) != 0
    }
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }
    /// The set as bits (bit `n` is `Flags::ALL[n]`), for compact crossings such as the JS API's.
    pub fn bits(self) -> u8 {
        self.0
    }
    pub fn iter(&self) -> impl Iterator<Item = Flag> + '_ {
        Self::ALL.into_iter().filter(|f| self.contains(f))
    }
}

// Bit `n` of `Flags::bits` is `Flags::ALL[n]`: each flag sits at its discriminant.
const _: () = {
    let mut n = 0;
    while n < Flags::ALL.len() {
        assert!(Flags::ALL[n] as usize == n);
        n += 1;
    }
};

impl Serialize for Flags {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// An amount's wording (`100 万元`, `最高 200 万元` …), written only when shown or serialised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Described(pub Amount);

impl Described {
    pub fn text(&self) -> Text {
        self.0.describe()
    }
}

impl Serialize for Described {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// What a near miss lacks, in words (`获评国家级专精特新“小巨人”企业`), written when shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing(pub Fix);

impl Missing {
    pub fn text(&self) -> Text {
        self.0.describe()
    }
}

impl Serialize for Missing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// The profile figures a rule's amount is computed from (a copy, so an item
/// can re-derive its steps on demand without holding the profile).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Inputs {
    graduates_phd: u32,
    graduates_master: u32,
    equipment_loan_yuan: i64,
    equipment_loan_rate_bp: u32,
    central_subsidy: bool,
    rd_this_yuan: i64,
    rd_last_yuan: i64,
    bid_price_yuan: i64,
    guarantee_yuan: i64,
}

impl Inputs {
    fn of(p: &Profile) -> Inputs {
        Inputs {
            graduates_phd: p.talent.graduates_phd,
            graduates_master: p.talent.graduates_master,
            equipment_loan_yuan: p.finance.equipment_loan_yuan,
            equipment_loan_rate_bp: p.finance.equipment_loan_rate_bp,
            central_subsidy: p.finance.central_subsidy,
            rd_this_yuan: p.rd.expense_this_year_yuan,
            rd_last_yuan: p.rd.expense_last_year_yuan,
            bid_price_yuan: p.procurement.bid_price_yuan,
            guarantee_yuan: p.finance.guarantee_yuan,
        }
    }
}

/// The steps that produced an amount. Evaluation only records what is needed
/// to retrace them; the sentences are written when shown or serialised, so
/// evaluating stays allocation-light (see docs/performance.md).
#[derive(Debug, Clone, Copy)]
pub struct Trace {
    inputs: Inputs,
    as_of: Date,
}

impl Trace {
    /// Whether the two traces read the same: rules with a set figure always do;
    /// computed ones when computed from the same figures on the same date.
    pub fn same_steps(&self, rule: &Rule, other: &Trace) -> bool {
        rule.amount.is_fixed() || (self.inputs == other.inputs && self.as_of.year() == other.as_of.year())
    }

    pub fn steps(&self, rule: &Rule) -> Vec<Text> {
        let mut steps = Vec::new();
        let _ = amount(rule, &self.inputs, self.as_of, &mut steps);
        steps
    }
}

/// For a rule whose amount does not depend on the profile or the date
/// ([`AmountRule::is_fixed`]): the wording and steps every item of it has, the
/// same as its [`Item::amount_text`] and [`Item::trace`]. `None` otherwise.
pub fn fixed_wording(rule: &Rule) -> Option<(Text, Vec<Text>)> {
    if !rule.amount.is_fixed() {
        return None;
    }
    let mut steps = Vec::new();
    let a = amount(rule, &Inputs::default(), Date::ymd(2025, 1, 1), &mut steps).ok()?;
    Some((a.describe(), steps))
}

/// Another document's item rewarding the same event: document (zh, en), clause, name.
type Other = (&'static str, &'static str, &'static str, &'static str);

/// A note that another document rewards the same event; worded when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stacking {
    others: Vec<Other>,
    /// This item's sum and another's both enter the totals.
    counted_twice: bool,
}

impl Stacking {
    pub fn text(&self) -> Text {
        let zh_list: Vec<String> = self.others.iter().map(|(d, _, c, n)| format!("《{d}》{c}“{n}”")).collect();
        let en_list: Vec<String> = self.others.iter().map(|(_, d, c, _)| format!("{d} {c}")).collect();
        let en = en_list.join(", ");
        // Clause numbers such as Suzhou's "7." already end the sentence.
        let stop = if en.ends_with('.') { "" } else { "." };
        if self.counted_twice {
            text(
                format!("同一事项另见{}。文本未说明能否叠加享受，这里分别列出、分别计入，请以主管部门口径为准。", zh_list.join("、")),
                format!("The same event is also covered by {en}{stop} The texts do not say whether they stack; both are listed and counted separately; the authorities decide."),
            )
        } else {
            text(
                format!("同一事项另见{}。文本未说明两者如何并用，这里分别列出，请以主管部门口径为准。", zh_list.join("、")),
                format!("The same matter is also covered by {en}{stop} The texts do not say how the two combine; both are listed; the authorities decide."),
            )
        }
    }
}

impl Serialize for Stacking {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// One benefit the enterprise (or its staff) gets: the rule, its document
/// and clause, the amount for this profile, flags, and (lazily) its wording.
/// Serialises with the rule's and document's fields spelled out (see below).
#[derive(Debug, Clone)]
pub struct Item {
    pub rule: &'static Rule,
    pub doc: &'static Document,
    /// The clause; `clause.number` is as printed, e.g. `（五）`.
    pub clause: &'static Clause,
    pub amount: Amount,
    pub flags: Flags,
    /// Set where another document rewards the same event.
    pub stacking: Option<Stacking>,
    trace: Trace,
}

/// Two items are equal when they read the same on screen (so a UI can skip
/// re-rendering unchanged ones).
impl PartialEq for Item {
    fn eq(&self, o: &Item) -> bool {
        std::ptr::eq(self.rule, o.rule)
            && std::ptr::eq(self.doc, o.doc)
            && std::ptr::eq(self.clause, o.clause)
            && self.amount == o.amount
            && self.flags == o.flags
            && self.stacking == o.stacking
            && self.trace.same_steps(self.rule, &o.trace)
    }
}

impl Item {
    /// Counted in totals: the document is in force on the as-of date.
    pub fn in_force(&self) -> bool {
        !self.flags.contains(&Flag::Expired) && !self.flags.contains(&Flag::NotYetInForce)
    }
    /// How the amount reads, e.g. `100 万元`.
    pub fn amount_text(&self) -> Text {
        self.amount.describe()
    }
    /// The steps that produced the amount, in words.
    pub fn trace(&self) -> Vec<Text> {
        self.trace.steps(self.rule)
    }
}

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (r, d) = (self.rule, self.doc);
        let mut st = s.serialize_struct("Item", 21)?;
        st.serialize_field("rule_id", r.id)?;
        st.serialize_field("document", d.source_file)?;
        st.serialize_field("document_zh", d.short_zh)?;
        st.serialize_field("document_en", d.short_en)?;
        st.serialize_field("level", &d.level)?;
        st.serialize_field("clause", self.clause.number)?;
        st.serialize_field("quote", r.quote)?;
        st.serialize_field("gist_en", r.gist_en)?;
        st.serialize_field("name_zh", r.name_zh)?;
        st.serialize_field("name_en", r.name_en)?;
        st.serialize_field("category", &r.category)?;
        st.serialize_field("beneficiary", &r.beneficiary)?;
        st.serialize_field("amount", &self.amount)?;
        st.serialize_field("amount_text", &self.amount_text())?;
        st.serialize_field("period", &r.period)?;
        st.serialize_field("payment", &r.payment)?;
        st.serialize_field("departments", r.departments)?;
        st.serialize_field("flags", &self.flags)?;
        st.serialize_field("external", &r.external)?;
        st.serialize_field("trace", &self.trace())?;
        st.serialize_field("stacking", &self.stacking)?;
        st.end()
    }
}

/// What would make a missed rule apply, in one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Fix {
    /// Obtain this title (first time) in the as-of year.
    Title(Title),
    /// Achieve this.
    Achievement(Achievement),
}

// `Fix::ALL` lists every fix once, each at its `position`.
const _: () = {
    assert!(Fix::ALL.len() == Title::ALL.len() + Achievement::ALL.len());
    let mut n = 0;
    while n < Fix::ALL.len() {
        assert!(Fix::ALL[n].position() == n);
        n += 1;
    }
};

impl Fix {
    /// Every fix: each title, then each achievement.
    pub const ALL: [Fix; 13] = {
        let mut all = [Fix::Title(Title::InnovativeSme); 13];
        let mut n = 0;
        while n < Title::ALL.len() {
            all[n] = Fix::Title(Title::ALL[n]);
            n += 1;
        }
        while n < 13 {
            all[n] = Fix::Achievement(Achievement::ALL[n - Title::ALL.len()]);
            n += 1;
        }
        all
    };

    /// This fix's position in [`Fix::ALL`].
    pub const fn position(self) -> usize {
        match self {
            Fix::Title(t) => t as usize,
            Fix::Achievement(a) => Title::ALL.len() + a as usize,
        }
    }

    /// The profile as it would be after the fix.
    pub fn apply(self, profile: &Profile, as_of: Date) -> Profile {
        let mut p = profile.clone();
        match self {
            Fix::Title(t) => p.titles.set(t, Some(as_of.year())),
            Fix::Achievement(a) => {
                let x = &mut p.achievements;
                match a {
                    Achievement::NationalKeyTechTask => x.national_key_tech_task = true,
                    Achievement::LeadsStandard => x.leads_standard = true,
                    Achievement::GenerativeAiFiled => x.generative_ai_filed = true,
                    Achievement::SmartFactoryExcellent => x.smart_factory_excellent = true,
                    Achievement::IndustrialInternetPlatform => x.industrial_internet_platform = true,
                    Achievement::FirstSetProduct => x.first_set_product = true,
                    Achievement::ChuangkeWinner => x.chuangke_winner = true,
                    Achievement::BridgeLoanNeed => p.finance.bridge_loan_need = true,
                }
            }
        }
        p
    }

    pub fn describe(self) -> Text {
        match self {
            Fix::Title(t) => text(format!("获评{}", t.zh()), format!("obtain the {} title", t.en())),
            Fix::Achievement(a) => {
                let (zh, en) = achievement_names(a);
                text(zh, en)
            }
        }
    }
}

const fn achievement_names(a: Achievement) -> (&'static str, &'static str) {
    match a {
        Achievement::NationalKeyTechTask => ("承担国家关键核心技术攻关任务", "undertake a national key core-technology task"),
        Achievement::LeadsStandard => ("主导或参与制定国际标准、国家标准", "lead or join an international / national standard"),
        Achievement::GenerativeAiFiled => ("完成生成式人工智能大模型备案", "file a generative-AI model"),
        Achievement::SmartFactoryExcellent => ("获批国家卓越级或领航级智能工厂", "be approved as a national excellent or leading smart factory"),
        Achievement::IndustrialInternetPlatform => ("建设工业互联网平台", "build an industrial internet platform"),
        Achievement::FirstSetProduct => ("有首台（套）、首批次、首版次产品", "have a first-set / first-batch / first-version product"),
        Achievement::ChuangkeWinner => ("在“创客中国”大赛获奖", "win the Maker China contest"),
        Achievement::BridgeLoanNeed => ("有转贷需求", "need a bridge loan"),
    }
}

/// A rule missed by exactly one condition that one step would meet.
#[derive(Debug, Clone, Serialize)]
pub struct NearMiss {
    pub rule_id: &'static str,
    pub document: &'static str,
    pub document_zh: &'static str,
    pub document_en: &'static str,
    pub clause: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub missing: Missing,
    pub fix: Fix,
    pub would_bring: Amount,
    pub would_bring_text: Described,
    pub flags: Flags,
}

/// Sums kept apart; only documents in force on the as-of date count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Exact one-off sums to the enterprise (确定金额合计).
    pub exact_one_off_fen: Fen,
    /// Yearly sums to the enterprise (interest subsidy, R&D uplift).
    pub annual_fen: Fen,
    /// Sum of caps (最高可达): the most the capped grants could give.
    pub up_to_fen: Fen,
    /// Monthly sums to employees (rent subsidy), and the most they can total.
    pub employees_per_month_fen: Fen,
    pub employees_max_total_fen: Fen,
    /// Benefits promised without an amount.
    pub unquantified_count: u32,
    /// Services, priorities, ceilings and preferences.
    pub non_monetary_count: u32,
    /// Items left out of the sums because their document is not in force.
    pub not_in_force_count: u32,
    /// Whether any summed item comes from a draft.
    pub includes_drafts: bool,
}

/// A document's standing on the as-of date.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentStanding {
    pub document: &'static str,
    pub title: &'static str,
    pub short_zh: &'static str,
    pub short_en: &'static str,
    pub level: Level,
    pub status: Status,
    pub effective_from: DateSpec,
    pub effective_until: DateSpec,
    pub flags: Flags,
}

/// The answer for one profile on one date.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub as_of: Date,
    pub city: City,
    /// False outside Jiangsu: none of these policies apply.
    pub applies: bool,
    pub notices: Vec<Text>,
    pub documents: Vec<DocumentStanding>,
    pub items: Vec<Item>,
    pub near_misses: Vec<NearMiss>,
    pub totals: Totals,
    pub rules_version: &'static str,
}

/// Does the document cover this city?
pub fn covers(doc: &Document, city: City) -> bool {
    match doc.level {
        Level::Province => city.in_jiangsu(),
        Level::City(c) => c == city,
    }
}

fn document_flags(doc: &Document, as_of: Date) -> Flags {
    let mut flags = Flags::default();
    if doc.status == Status::Draft {
        flags.insert(Flag::Draft);
    }
    if as_of > doc.effective_until.date() {
        flags.insert(Flag::Expired);
    } else if as_of < doc.effective_from.date() {
        flags.insert(Flag::NotYetInForce);
    }
    if matches!(doc.effective_from, DateSpec::Assumed { .. }) || matches!(doc.effective_until, DateSpec::Assumed { .. }) {
        flags.insert(Flag::DateAssumed);
    }
    flags
}

/// Whether one condition holds, and if not, the one step that would meet it.
#[inline(always)]
fn check(cond: &Condition, p: &Profile, doc: &Document, as_of: Date) -> Result<(), Option<Fix>> {
    let holds = |t: Title| p.titles.holds(t);
    // Obtaining a title is a fix only if the enterprise can obtain it: a large
    // enterprise cannot become a 专精特新中小企业 or a "小巨人".
    let obtain = |t: Title| if t.for_smes_only() && p.size == crate::profile::Size::Large { None } else { Some(Fix::Title(t)) };
    match *cond {
        Condition::SrdiSme => {
            if p.is_srdi_sme() {
                Ok(())
            } else {
                Err(obtain(Title::ProvincialSrdi))
            }
        }
        Condition::SrdiEnterprise => {
            if p.is_srdi_enterprise() {
                Ok(())
            } else {
                Err(obtain(Title::ProvincialSrdi))
            }
        }
        Condition::Holds(t) => {
            if holds(t) {
                Ok(())
            } else {
                Err(obtain(t))
            }
        }
        Condition::HoldsAny(ts) => {
            if ts.iter().any(|&t| holds(t)) {
                Ok(())
            } else {
                Err(ts.iter().rev().find_map(|&t| obtain(t)))
            }
        }
        Condition::FirstObtainedInPeriod(t) => match p.titles.first_year(t) {
            None => Err(obtain(t)),
            Some(y) => {
                let from = doc.effective_from.date().year();
                let until = doc.effective_until.date().year();
                if y >= from && y <= until && y <= as_of.year() {
                    Ok(())
                } else {
                    Err(None)
                }
            }
        },
        Condition::SizeIn(sizes) => {
            if sizes.contains(&p.size) {
                Ok(())
            } else {
                Err(None)
            }
        }
        Condition::Has(a) => {
            let x = &p.achievements;
            let has = match a {
                Achievement::NationalKeyTechTask => x.national_key_tech_task,
                Achievement::LeadsStandard => x.leads_standard,
                Achievement::GenerativeAiFiled => x.generative_ai_filed,
                Achievement::SmartFactoryExcellent => x.smart_factory_excellent,
                Achievement::IndustrialInternetPlatform => x.industrial_internet_platform,
                Achievement::FirstSetProduct => x.first_set_product,
                Achievement::ChuangkeWinner => x.chuangke_winner,
                Achievement::BridgeLoanNeed => p.finance.bridge_loan_need,
            };
            if has {
                Ok(())
            } else {
                Err(Some(Fix::Achievement(a)))
            }
        }
        Condition::Positive(input) => {
            let v = match input {
                Input::PilotPlatformInvestment => p.achievements.pilot_platform_investment_yuan,
                Input::EquipmentLoan => p.finance.equipment_loan_yuan,
                Input::Guarantee => p.finance.guarantee_yuan,
                Input::RdExpense => p.rd.expense_this_year_yuan,
                Input::Graduates => i64::from(p.talent.graduates_phd) + i64::from(p.talent.graduates_master),
                Input::BidPrice => p.procurement.bid_price_yuan,
            };
            if v > 0 {
                Ok(())
            } else {
                Err(None)
            }
        }
    }
}

fn overflow(rule: &Rule) -> InputError {
    FieldError::new(
        "",
        format!("{}：计算结果超出范围，请检查输入金额", rule.id),
        format!("{}: the result is out of range; check the amounts entered", rule.id),
    )
    .into()
}

/// Where the steps of a computation go: nowhere while evaluating (compiled
/// out), into a list when an item's trace is shown or serialised. One
/// `amount` function serves both, so the steps always match the figures.
trait Steps {
    fn step(&mut self, t: impl FnOnce() -> Text);
}

/// Evaluating: no words are written.
struct NoSteps;

impl Steps for NoSteps {
    #[inline(always)]
    fn step(&mut self, _: impl FnOnce() -> Text) {}
}

impl Steps for Vec<Text> {
    fn step(&mut self, t: impl FnOnce() -> Text) {
        self.push(t());
    }
}

/// Works out a rule's amount from the profile's figures, writing the steps
/// in words into `trace` when it keeps them.
#[inline(always)]
fn amount(rule: &Rule, p: &Inputs, as_of: Date, trace: &mut impl Steps) -> Result<Amount, InputError> {
    // Most rules grant a service: no figures, no steps, no call into the worker below.
    match rule.amount {
        AmountRule::NonMonetary => Ok(Amount::NonMonetary),
        _ => work_out_amount(rule, p, as_of, trace),
    }
}

fn work_out_amount(rule: &Rule, p: &Inputs, as_of: Date, trace: &mut impl Steps) -> Result<Amount, InputError> {
    let of = || overflow(rule);
    let a = match rule.amount {
        AmountRule::Fixed { fen } => {
            trace.step(|| text(format!("条款规定金额：{}", format_zh(fen)), format!("Amount set by the clause: {}", format_en(fen))));
            Amount::Exact { fen }
        }
        AmountRule::UpTo { cap_fen } => {
            trace.step(|| text(
                format!("条款规定上限：最高 {}；实际金额由主管部门核定", format_zh(cap_fen)),
                format!("Cap set by the clause: up to {}; the actual sum is decided on application", format_en(cap_fen)),
            ));
            Amount::UpTo { cap_fen }
        }
        AmountRule::RentPerGraduate { phd_fen, master_fen, standard_phd_fen, standard_master_fen, max_months } => {
            let phd = i64::from(p.graduates_phd);
            let master = i64::from(p.graduates_master);
            trace.step(|| text(
                format!("标准：博士 {}/月、硕士 {}/月；本条上浮至博士 {}/月、硕士 {}/月", format_zh(standard_phd_fen), format_zh(standard_master_fen), format_zh(phd_fen), format_zh(master_fen)),
                format!("Standard: PhD {}/month, master {}/month; raised here to PhD {}/month, master {}/month", format_en(standard_phd_fen), format_en(standard_master_fen), format_en(phd_fen), format_en(master_fen)),
            ));
            let per_month = phd.checked_mul(phd_fen).and_then(|a| master.checked_mul(master_fen).and_then(|b| a.checked_add(b))).ok_or_else(of)?;
            trace.step(|| text(
                format!("博士 {phd} 人 × {} + 硕士 {master} 人 × {} = 每月 {}", format_zh(phd_fen), format_zh(master_fen), format_zh(per_month)),
                format!("{phd} PhD × {} + {master} master × {} = {} a month", format_en(phd_fen), format_en(master_fen), format_en(per_month)),
            ));
            let per_year = per_month.checked_mul(12).ok_or_else(of)?;
            let max_total = per_month.checked_mul(i64::from(max_months)).ok_or_else(of)?;
            trace.step(|| text(
                format!("每年 {}；累计最长 {max_months} 个月，至多 {}；实际房租更低的按实际房租，按季度发给毕业生本人", format_zh(per_year), format_zh(max_total)),
                format!("{} a year; at most {max_months} months, {} in all; actual rent if lower; paid quarterly to the graduates", format_en(per_year), format_en(max_total)),
            ));
            Amount::Monthly { per_month_fen: per_month, per_year_fen: per_year, max_months, max_total_fen: max_total }
        }
        AmountRule::LoanInterestSubsidy => {
            let loan = yuan_to_fen(p.equipment_loan_yuan);
            match facts::interest_caps(as_of.year()) {
                None => {
                    trace.step(|| text(
                        format!("贴息方案公布的比例和上限只到 {} 年；{} 年的口径未公布", facts::INTEREST_LAST_YEAR, as_of.year()),
                        format!("The scheme's rates and caps are published up to {}; {} is not announced", facts::INTEREST_LAST_YEAR, as_of.year()),
                    ));
                    Amount::Unquantified { note_zh: "贴息方案当年口径未公布。", note_en: "The scheme's figures for this year are not announced." }
                }
                Some(caps) => {
                    let rate_bp = if p.central_subsidy { facts::INTEREST_PROVINCE_BP } else { facts::INTEREST_PROVINCE_BP + facts::INTEREST_CITY_BP };
                    trace.step(|| if p.central_subsidy {
                        text(
                            format!("已有同类中央贴息：只享受省级 {}", format_bp(rate_bp)),
                            format!("A central subsidy of the same type exists: provincial {} only", format_bp(rate_bp)),
                        )
                    } else {
                        text(
                            format!("贴息比例：省级 {} + 设区市 {} = 每年 {}", format_bp(facts::INTEREST_PROVINCE_BP), format_bp(facts::INTEREST_CITY_BP), format_bp(rate_bp)),
                            format!("Rate: province {} + city {} = {} a year", format_bp(facts::INTEREST_PROVINCE_BP), format_bp(facts::INTEREST_CITY_BP), format_bp(rate_bp)),
                        )
                    });
                    let mut sub = apply_bp(loan, rate_bp).ok_or_else(of)?;
                    trace.step(|| text(
                        format!("设备购置贷款 {} × {} = {}", format_zh(loan), format_bp(rate_bp), format_zh(sub)),
                        format!("Equipment-purchase loan {} × {} = {}", format_en(loan), format_bp(rate_bp), format_en(sub)),
                    ));
                    let rate = p.equipment_loan_rate_bp;
                    if rate > 0 {
                        let interest = apply_bp(loan, rate).ok_or_else(of)?;
                        if interest < sub {
                            sub = interest;
                            trace.step(|| text(
                                format!("不超过实际利息：{} × {} = {}", format_zh(loan), format_bp(rate), format_zh(interest)),
                                format!("No more than the interest paid: {} × {} = {}", format_en(loan), format_bp(rate), format_en(interest)),
                            ));
                        }
                    }
                    if sub > caps.per_project_fen {
                        sub = caps.per_project_fen;
                        trace.step(|| text(
                            format!("{} 年每个项目每年上限 {}", as_of.year(), format_zh(caps.per_project_fen)),
                            format!("{} cap per project per year: {}", as_of.year(), format_en(caps.per_project_fen)),
                        ));
                    }
                    trace.step(|| text(
                        format!("每户每年上限 {}；由贷款银行申请，企业按贴息后利率付息", format_zh(caps.per_enterprise_fen)),
                        format!("Cap per enterprise per year {}; the lending bank applies and the enterprise pays the net rate", format_en(caps.per_enterprise_fen)),
                    ));
                    Amount::Annual { fen: sub }
                }
            }
        }
        AmountRule::RdUplift { base_bp, increase_bp } => {
            let this = yuan_to_fen(p.rd_this_yuan);
            let last = yuan_to_fen(p.rd_last_yuan);
            let base = apply_bp(this, base_bp).ok_or_else(of)?;
            trace.step(|| text(
                format!("基础补贴上浮：研发费用 {} × {} = {}", format_zh(this), format_bp(base_bp), format_zh(base)),
                format!("Base uplift: R&D expense {} × {} = {}", format_en(this), format_bp(base_bp), format_en(base)),
            ));
            let inc = if last > 0 {
                let growth = (this - last).max(0);
                let inc = apply_bp(growth, increase_bp).ok_or_else(of)?;
                trace.step(|| text(
                    format!("增量补贴上浮：同比增量 {} × {} = {}", format_zh(growth), format_bp(increase_bp), format_zh(inc)),
                    format!("Increase uplift: year-on-year increase {} × {} = {}", format_en(growth), format_bp(increase_bp), format_en(inc)),
                ));
                inc
            } else {
                trace.step(|| text("未填上年研发费用，增量部分未计算", "Last year's R&D expense not given: the increase part is not computed"));
                0
            };
            let total = base.checked_add(inc).ok_or_else(of)?;
            trace.step(|| text(
                format!("上浮部分合计 {}（基础补贴和增量补贴本身的比例未查到，未计入）", format_zh(total)),
                format!("Uplift total {} (the base rates themselves are not known and not included)", format_en(total)),
            ));
            Amount::Annual { fen: total }
        }
        AmountRule::PriceDeduction { max_bp, .. } => {
            let bid = yuan_to_fen(p.bid_price_yuan);
            let deduction = apply_bp(bid, max_bp).ok_or_else(of)?;
            let evaluated = bid - deduction;
            trace.step(|| text(
                format!("报价 {} × (1 − {}) = 评审价 {}", format_zh(bid), format_bp(max_bp), format_zh(evaluated)),
                format!("Bid {} × (1 − {}) = evaluated price {}", format_en(bid), format_bp(max_bp), format_en(evaluated)),
            ));
            trace.step(|| text(
                "采购人“可”提高至 20%，是否采用由采购文件决定；评审价只用于比较，合同价仍为报价",
                "The purchaser \"may\" raise it to 20% (the tender documents decide); the evaluated price is for comparison only, the contract price stays the bid",
            ));
            Amount::EvaluationPrice { bid_fen: bid, deduction_bp: max_bp, evaluated_fen: evaluated }
        }
        AmountRule::GuaranteeFeeCeiling { rate_bp } => {
            let base = yuan_to_fen(p.guarantee_yuan);
            let max_fee = apply_bp(base, rate_bp).ok_or_else(of)?;
            trace.step(|| if base > 0 {
                text(
                    format!("担保额 {} × {} = 每年担保费至多 {}（文本为平均费率）", format_zh(base), format_bp(rate_bp), format_zh(max_fee)),
                    format!("Guarantee {} × {} = at most {} a year (the text sets an average rate)", format_en(base), format_bp(rate_bp), format_en(max_fee)),
                )
            } else {
                text(format!("平均担保费率不超过 {}", format_bp(rate_bp)), format!("Average guarantee fee rate at most {}", format_bp(rate_bp)))
            });
            Amount::FeeCeiling { rate_bp, base_fen: base, max_fee_fen: max_fee }
        }
        AmountRule::LoanRateCeiling { spread_bp } => {
            let ceiling = facts::LPR_1Y_BP + spread_bp;
            trace.step(|| text(
                format!("一年期 LPR {}（2025-05-20 起）+ {} 个基点 = {}", format_bp(facts::LPR_1Y_BP), spread_bp, format_bp(ceiling)),
                format!("1-year LPR {} (since 2025-05-20) + {} bp = {}", format_bp(facts::LPR_1Y_BP), spread_bp, format_bp(ceiling)),
            ));
            Amount::RateCeiling { lpr_bp: facts::LPR_1Y_BP, spread_bp, ceiling_bp: ceiling }
        }
        AmountRule::Unquantified { note_zh, note_en } => {
            trace.step(|| text(note_zh, note_en));
            Amount::Unquantified { note_zh, note_en }
        }
        AmountRule::NonMonetary => Amount::NonMonetary,
    };
    Ok(a)
}

fn is_money(a: &AmountRule) -> bool {
    !matches!(
        a,
        AmountRule::NonMonetary | AmountRule::GuaranteeFeeCeiling { .. } | AmountRule::LoanRateCeiling { .. } | AmountRule::PriceDeduction { .. }
    )
}

/// Evaluates a profile on a date. Validates first; never panics.
pub fn evaluate(profile: &Profile, as_of: Date) -> Result<Assessment, InputError> {
    evaluate_with(&policies::ALL, profile, as_of)
}

/// Evaluates against a given list of documents (the growth benchmark runs the
/// rule set replicated 10× and 100× through this).
pub fn evaluate_with(sources: &[&'static Document], profile: &Profile, as_of: Date) -> Result<Assessment, InputError> {
    profile.validate(as_of)?;
    let mut notices = Vec::new();
    let applies = profile.city.in_jiangsu();
    if !applies {
        notices.push(text(
            "企业不在江苏省内：这些江苏省及省内城市的政策不适用。",
            "The enterprise is outside Jiangsu: these Jiangsu policies do not apply.",
        ));
    } else if !sources.iter().any(|d| d.level == Level::City(profile.city)) {
        notices.push(text(
            format!("本计算器尚未收录{}的市级专精特新政策，只显示省级政策。", profile.city.zh()),
            format!("No city-level SRDI policy of {} is encoded yet; only provincial policies are shown.", profile.city.en()),
        ));
    }
    let mut documents = Vec::with_capacity(3);
    // About 26 rules per document today; reserving by the number of documents
    // keeps large (replicated) rule sets from reallocating.
    let mut items: Vec<Item> = Vec::with_capacity(26 * sources.len());
    let mut near_misses = Vec::with_capacity(16);
    let inputs = Inputs::of(profile);
    let trace = Trace { inputs, as_of };
    for doc in sources.iter().filter(|d| covers(d, profile.city)) {
        let dflags = document_flags(doc, as_of);
        documents.push(DocumentStanding {
            document: doc.source_file,
            title: doc.title,
            short_zh: doc.short_zh,
            short_en: doc.short_en,
            level: doc.level,
            status: doc.status,
            effective_from: doc.effective_from,
            effective_until: doc.effective_until,
            flags: dflags,
        });
        let ended = dflags.contains(&Flag::Expired);
        for clause in doc.clauses {
            let Treatment::Rules { rules } = clause.treatment else { continue };
            for rule in rules {
                // How many conditions fail, and the fix for the first (no allocation).
                let (mut failed, mut first_fix) = (0u32, None);
                for c in rule.conditions {
                    if let Err(fix) = check(c, profile, doc, as_of) {
                        if failed == 0 {
                            first_fix = fix;
                        }
                        failed += 1;
                        if failed > 1 {
                            break; // two missing: neither an item nor a near miss
                        }
                    }
                }
                let mut flags = dflags;
                if rule.external.is_some() {
                    flags.insert(Flag::ExternalSource);
                }
                match (failed, first_fix) {
                    (0, _) => {
                        let amount = amount(rule, &inputs, as_of, &mut NoSteps)?;
                        items.push(Item { rule, doc, clause, amount, flags, stacking: None, trace });
                    }
                    (1, Some(fix)) if !ended && is_money(&rule.amount) => {
                        let fixed = fix.apply(profile, as_of);
                        let all_hold = rule.conditions.iter().all(|c| check(c, &fixed, doc, as_of).is_ok());
                        if all_hold {
                            let would_bring = amount(rule, &Inputs::of(&fixed), as_of, &mut NoSteps)?;
                            near_misses.push(NearMiss {
                                rule_id: rule.id,
                                document: doc.source_file,
                                document_zh: doc.short_zh,
                                document_en: doc.short_en,
                                clause: clause.number,
                                name_zh: rule.name_zh,
                                name_en: rule.name_en,
                                missing: Missing(fix),
                                fix,
                                would_bring_text: Described(would_bring),
                                would_bring,
                                flags,
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    mark_stacking(&mut items);
    let totals = totals(&items).ok_or_else(|| InputError::from(FieldError::new("", "合计超出范围".into(), "totals out of range".into())))?;
    Ok(Assessment { as_of, city: profile.city, applies, notices, documents, items, near_misses, totals, rules_version: policies::RULES_VERSION })
}

/// Notes on items whose event another document also rewards. Two passes,
/// linear in the number of items: first each event's distinct (document,
/// rule) entries are gathered, then every item of that event lists the
/// entries of other documents. Documents and rules are compared by identity.
fn mark_stacking(items: &mut [Item]) {
    /// Distinct (document, rule) entries per event: far above today's most (3),
    /// and above the 13 cities plus the province.
    const MAX: usize = 32;
    const EMPTY: u32 = u32::MAX;
    // Per event, the index of the first item of each distinct (document, rule).
    let mut groups = [[EMPTY; MAX]; Event::COUNT];
    let mut any = false;
    // Only items in force are compared: an ended or future document's item is
    // left out of the totals and does not stack with anything today.
    for (i, it) in items.iter().enumerate() {
        let Some(ev) = it.rule.event else { continue };
        if !it.in_force() {
            continue;
        }
        any = true;
        let slot = groups[ev as usize].iter_mut().find(|j| {
            **j == EMPTY || items.get(**j as usize).is_some_and(|o| std::ptr::eq(o.doc, it.doc) && std::ptr::eq(o.rule, it.rule))
        });
        debug_assert!(slot.is_some(), "more than {MAX} documents reward one event");
        if let Some(slot) = slot {
            if *slot == EMPTY {
                *slot = u32::try_from(i).unwrap_or(EMPTY);
            }
        }
    }
    if !any {
        return;
    }
    for i in 0..items.len() {
        let Some(ev) = items[i].rule.event else { continue };
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
            items[i].stacking = Some(Stacking { others, counted_twice });
        }
    }
}

fn totals(items: &[Item]) -> Option<Totals> {
    let mut t = Totals::default();
    for it in items {
        if !it.in_force() {
            t.not_in_force_count += 1;
            continue;
        }
        if it.flags.contains(&Flag::Draft) && !matches!(it.amount, Amount::NonMonetary) {
            t.includes_drafts = true;
        }
        match it.amount {
            Amount::Exact { fen } => t.exact_one_off_fen = t.exact_one_off_fen.checked_add(fen)?,
            Amount::UpTo { cap_fen } => t.up_to_fen = t.up_to_fen.checked_add(cap_fen)?,
            Amount::Annual { fen } => t.annual_fen = t.annual_fen.checked_add(fen)?,
            Amount::Monthly { per_month_fen, max_total_fen, .. } => {
                t.employees_per_month_fen = t.employees_per_month_fen.checked_add(per_month_fen)?;
                t.employees_max_total_fen = t.employees_max_total_fen.checked_add(max_total_fen)?;
            }
            Amount::Unquantified { .. } => t.unquantified_count += 1,
            Amount::NonMonetary | Amount::EvaluationPrice { .. } | Amount::FeeCeiling { .. } | Amount::RateCeiling { .. } => t.non_monetary_count += 1,
        }
    }
    Some(t)
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

impl Amount {
    /// The headline figure in fen for tables: exact, cap, per year, evaluated price, fee ceiling; 0 otherwise.
    pub fn headline_fen(&self) -> Fen {
        match *self {
            Amount::Exact { fen } | Amount::Annual { fen } => fen,
            Amount::UpTo { cap_fen } => cap_fen,
            Amount::Monthly { per_month_fen, .. } => per_month_fen,
            Amount::EvaluationPrice { evaluated_fen, .. } => evaluated_fen,
            Amount::FeeCeiling { max_fee_fen, .. } => max_fee_fen,
            Amount::RateCeiling { .. } | Amount::Unquantified { .. } | Amount::NonMonetary => 0,
        }
    }
    /// The `kind` tag as serialised.
    pub fn kind(&self) -> &'static str {
        match self {
            Amount::Exact { .. } => "exact",
            Amount::UpTo { .. } => "up_to",
            Amount::Monthly { .. } => "monthly",
            Amount::Annual { .. } => "annual",
            Amount::EvaluationPrice { .. } => "evaluation_price",
            Amount::FeeCeiling { .. } => "fee_ceiling",
            Amount::RateCeiling { .. } => "rate_ceiling",
            Amount::Unquantified { .. } => "unquantified",
            Amount::NonMonetary => "non_monetary",
        }
    }
}

impl Assessment {
    /// One CSV row per item (UTF-8 with BOM so spreadsheet programs read the Chinese).
    pub fn items_csv(&self) -> String {
        let mut out = String::from("\u{feff}rule_id,document,clause,name_zh,name_en,category,beneficiary,amount_kind,amount_fen,amount_zh,period,payment,flags,quote\n");
        for it in &self.items {
            let flags: Vec<&str> = it.flags.iter().map(|f| f.zh()).collect();
            let row = [
                it.rule.id.to_owned(),
                it.doc.source_file.to_owned(),
                it.clause.number.to_owned(),
                it.rule.name_zh.to_owned(),
                it.rule.name_en.to_owned(),
                it.rule.category.zh().to_owned(),
                it.rule.beneficiary.zh().to_owned(),
                it.amount.kind().to_owned(),
                it.amount.headline_fen().to_string(),
                it.amount_text().zh,
                it.rule.period.zh().to_owned(),
                it.rule.payment.zh().to_owned(),
                flags.join("、"),
                it.rule.quote.to_owned(),
            ];
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        out
    }
}
