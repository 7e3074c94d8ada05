//! What an evaluation gives back: the [`Assessment`] with its [`Item`]s,
//! [`NearMiss`]es and [`DocumentStanding`]s, and the words and figures they are
//! made of ([`Text`], [`Amount`], [`Flag`]/[`Flags`], [`Described`], [`Missing`]).
//!
//! Plain data: the walk that fills these is in `eval.rs`; the amounts are
//! worked out in `amount/`; [`crate::totals`], [`crate::stacking`] and
//! [`crate::export`] add sums, stacking notes and serialisation.

use crate::amount::Trace;
use crate::date::Date;
use crate::fix::Fix;
use crate::model::*;
use crate::money::{format_bp, format_en, format_zh, Fen};
use crate::profile::{City, Title};
use crate::stacking::Stacking;
use crate::totals::Totals;
use serde::Serialize;

/// A sentence in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

pub(crate) fn text(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text { zh: zh.into(), en: en!(en.into()) }
}

/// An amount as worked out for this profile. Figures in fen.
///
/// `repr(C, u64)`: the tag is a whole word and the figures start after it, so an amount moves
/// as whole words. With a one-byte tag the compiler copied the bytes after it (31 or 39) in two
/// overlapping 16-byte halves, which the processor cannot forward to the next read of them: a
/// stall for each item evaluated (`perf annotate`, docs/performance.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[repr(C, u64)]
pub enum Amount {
    /// A fixed sum.
    Exact { fen: Fen },
    /// At most this much (最高).
    UpTo { cap_fen: Fen },
    /// A monthly payment now, what the next 12 months bring, the months left
    /// (the longest of any graduate) and what they bring in all.
    Monthly { per_month_fen: Fen, per_year_fen: Fen, max_months: u32, max_total_fen: Fen },
    /// A yearly sum.
    Annual { fen: Fen },
    /// The price used to compare bids (the contract price stays the bid);
    /// `best_case`: the tender's own rate is not known, the ceiling is used.
    EvaluationPrice { bid_fen: Fen, deduction_bp: u32, evaluated_fen: Fen, best_case: bool },
    /// A fee may not exceed `rate_bp` a year; `max_fee_fen` on the given base.
    FeeCeiling { rate_bp: u32, base_fen: Fen, max_fee_fen: Fen },
    /// A loan rate may not exceed LPR + spread; `above_cap_fen`: what the
    /// user's loans are priced above the ceiling a year (what the text caps,
    /// not cash; 0 when none is given or all are within it).
    RateCeiling { lpr_bp: u32, spread_bp: u32, ceiling_bp: u32, above_cap_fen: Fen },
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

    /// Where the amount stands in the money order, the results' and 还可争取's: one-off sums
    /// first, then yearly, staff's monthly, caps, and money whose amount is not stated; `None`
    /// for prices, ceilings and services.
    pub fn money_rank(&self) -> Option<u8> {
        Some(match self {
            Amount::Exact { .. } => 0,
            Amount::Annual { .. } => 1,
            Amount::Monthly { .. } => 2,
            Amount::UpTo { .. } => 3,
            Amount::Unquantified { .. } => 4,
            _ => return None,
        })
    }

    /// How the amount reads, e.g. `100 万元`, `最高 200 万元`, `每月 3,360 元`.
    pub fn describe(&self) -> Text {
        match *self {
            Amount::Exact { fen } => text(format_zh(fen), en!(format_en(fen))),
            Amount::UpTo { cap_fen } => text(format!("最高 {}", format_zh(cap_fen)), en!(format!("up to {}", format_en(cap_fen)))),
            Amount::Monthly { per_month_fen, per_year_fen, max_months, max_total_fen } => text(
                format!("每月 {}（每年 {}，还可领 {max_months} 个月，共 {}）", format_zh(per_month_fen), format_zh(per_year_fen), format_zh(max_total_fen)),
                en!(format!(
                    "{} a month ({} a year; {max_months} months left, {} in all)",
                    format_en(per_month_fen),
                    format_en(per_year_fen),
                    format_en(max_total_fen)
                )),
            ),
            Amount::Annual { fen } => text(format!("每年 {}", format_zh(fen)), en!(format!("{} a year", format_en(fen)))),
            Amount::EvaluationPrice { bid_fen, deduction_bp, evaluated_fen, best_case } => {
                let (zh, en) = if best_case { ("；采购文件未知，按上限计算，为最有利情形", "; the tender's rate not known: the ceiling, the best case") } else { ("", "") };
                text(
                    format!("评审价 {}（报价 {} 扣除 {}{zh}）", format_zh(evaluated_fen), format_zh(bid_fen), format_bp(deduction_bp)),
                    en!(format!("evaluated at {} (bid {} less {}{en})", format_en(evaluated_fen), format_en(bid_fen), format_bp(deduction_bp))),
                )
            }
            Amount::FeeCeiling { rate_bp, base_fen, max_fee_fen } => {
                if base_fen > 0 {
                    text(
                        format!("平均担保费率不超过 {}（按此费率，{} 担保额每年约 {}）", format_bp(rate_bp), format_zh(base_fen), format_zh(max_fee_fen)),
                        en!(format!("average guarantee fee at most {} (at that rate, about {} a year on {})", format_bp(rate_bp), format_en(max_fee_fen), format_en(base_fen))),
                    )
                } else {
                    text(format!("平均担保费率不超过 {}", format_bp(rate_bp)), en!(format!("average guarantee fee at most {}", format_bp(rate_bp))))
                }
            }
            Amount::RateCeiling { lpr_bp, spread_bp, ceiling_bp, above_cap_fen: 0 } => text(
                format!("贷款利率不超过 LPR 加 {}（按 LPR {} 计为 {}）", crate::money::format_points_zh(spread_bp), format_bp(lpr_bp), format_bp(ceiling_bp)),
                en!(format!("loan rate at most LPR + {} ({} with the LPR at {})", crate::money::format_points_en(spread_bp), format_bp(ceiling_bp), format_bp(lpr_bp))),
            ),
            Amount::RateCeiling { lpr_bp, spread_bp, ceiling_bp, above_cap_fen } => text(
                format!(
                    "贷款利率不超过 LPR 加 {}（按 LPR {} 计为 {}）；您的贷款高出上限的利息每年 {}（文本限定的上限，可据此与银行协商，不是补贴现金）",
                    crate::money::format_points_zh(spread_bp),
                    format_bp(lpr_bp),
                    format_bp(ceiling_bp),
                    format_zh(above_cap_fen)
                ),
                en!(format!(
                    "loan rate at most LPR + {} ({} with the LPR at {}); your loans are priced {} a year above it (what the text caps, to raise with the bank; not cash)",
                    crate::money::format_points_en(spread_bp),
                    format_bp(ceiling_bp),
                    format_bp(lpr_bp),
                    format_en(above_cap_fen)
                )),
            ),
            Amount::Unquantified { .. } => text("金额未明确", en!("amount not stated")),
            Amount::NonMonetary => text("非资金支持", en!("non-monetary")),
        }
    }
}

/// How long a yearly or monthly figure is certain for, where that is shorter
/// than "every year" suggests (readings A8, B9a): worked out during evaluation,
/// worded only when shown ([`Until::text`], [`describe_until`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Until {
    /// The figure is one scheme year's (the 贴息's rate and caps are published a
    /// year at a time, `facts::INTEREST_CAPS`); `next_announced`: whether the
    /// following year's are published too.
    SchemeYear { year: u16, next_announced: bool },
    /// What the figure rests on (its document, stated or assumed) ends on
    /// `date`, within 12 months of the as-of date.
    Ends { date: Date },
}

impl Until {
    /// The last day the figure is certain for.
    fn last_day(self) -> (u16, u8, u8) {
        match self {
            Until::SchemeYear { year, .. } => (year, 12, 31),
            Until::Ends { date } => (date.year(), date.month(), date.day()),
        }
    }

    /// Of two limits, the one that ends first (a sum is certain only as long as all its parts).
    pub(crate) fn earlier(a: Option<Until>, b: Option<Until>) -> Option<Until> {
        match (a, b) {
            (Some(x), Some(y)) => Some(if y.last_day() < x.last_day() { y } else { x }),
            (x, y) => x.or(y),
        }
    }

    /// The limit in words, beside a figure or a total: `2026 年；2027 年起未公布`, `2025 年`,
    /// `至 2028 年 12 月 31 日止`.
    pub fn text(&self) -> Text {
        match *self {
            Until::SchemeYear { year, next_announced: true } => text(format!("{year} 年"), en!(year.to_string())),
            Until::SchemeYear { year, next_announced: false } => {
                let next = year.saturating_add(1);
                text(format!("{year} 年；{next} 年起未公布"), en!(format!("{year}; from {next} not announced")))
            }
            Until::Ends { date } => text(format!("至 {} 年 {} 月 {} 日止", date.year(), date.month(), date.day()), en!(format!("until {date}"))),
        }
    }
}

/// An amount's wording with its limit: a scheme year's figure names its year instead of
/// 「每年」 (`2026 年 100 万元；2027 年起未公布` / `2026: ¥1,000,000; from 2027 not announced`);
/// another figure says when its basis ends (`每年 12 万元，至 2025 年 12 月 31 日止`).
pub fn describe_until(a: &Amount, until: Option<Until>) -> Text {
    match (*a, until) {
        (_, None) => a.describe(),
        (Amount::Annual { fen }, Some(Until::SchemeYear { year, next_announced })) => {
            let mut t = text(format!("{year} 年 {}", format_zh(fen)), en!(format!("{year}: {}", format_en(fen))));
            if !next_announced {
                let next = year.saturating_add(1);
                t.zh.push_str(&format!("；{next} 年起未公布"));
                t.en.push_str(&format!("; from {next} not announced"));
            }
            t
        }
        (_, Some(u)) => {
            let (mut t, u) = (a.describe(), u.text());
            t.zh.push('，');
            t.zh.push_str(&u.zh);
            t.en.push_str(", ");
            t.en.push_str(&u.en);
            t
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
    /// Only likely: it depends on an assumption the text does not settle
    /// (see the item's `likely`); kept out of the certain totals.
    Likely,
}

impl Flag {
    pub const fn zh(self) -> &'static str {
        match self {
            Flag::Draft => "征求意见稿",
            Flag::Expired => "已到期",
            Flag::NotYetInForce => "尚未施行",
            Flag::DateAssumed => "日期为假定",
            Flag::ExternalSource => "外部来源的数字",
            Flag::Likely => "可能可得",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Flag::Draft => "draft for comment",
            Flag::Expired => "expired",
            Flag::NotYetInForce => "not yet in force",
            Flag::DateAssumed => "date assumed",
            Flag::ExternalSource => "figure from an outside source",
            Flag::Likely => "likely",
        })
    }
}

/// A set of flags; serialises as the list, in the order `Flag` declares them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u8);

impl Flags {
    /// Every flag, in declaration order: bit `n` of [`Flags::bits`] is `ALL[n]`.
    pub const ALL: [Flag; 6] = [Flag::Draft, Flag::Expired, Flag::NotYetInForce, Flag::DateAssumed, Flag::ExternalSource, Flag::Likely];
    pub fn insert(&mut self, f: Flag) {
        self.0 |= 1 << f as u8;
    }
    pub fn remove(&mut self, f: Flag) {
        self.0 &= !(1 << f as u8);
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

/// Why an item is only *likely*: it depends on an assumption the text does
/// not settle (readings A1, A4). The item carries [`Flag::Likely`] and is kept
/// out of the certain totals (counted in `Totals::likely_*`). Worded when shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likely {
    /// A title the item needs may have lapsed: the three years assumed from its
    /// last recognition or renewal run out in this year (and month, if known).
    TitleMayHaveLapsed { title: Title, year: u16, month: Option<u8> },
    /// A first-time award for a title first won in the year the document's
    /// assumed start decides (readings D1).
    DependsOnAssumedStart { year: u16 },
    /// A measure for SMEs only while the enterprise's size is not chosen.
    SizeNotChosen,
    /// The 贴息 rests only on a city draft's wider scope (003 7.): the firm is
    /// neither a manufacturer nor, as an SME, under 000（七） (readings B3).
    DraftScopeOnly,
    /// A project loan was made before the scheme's first year; the sources do
    /// not say whether such loans qualify (readings B8). `project` is 1-based.
    LoanBeforeScheme { project: u8, year: u16 },
    /// The R&D uplift raises a subsidy the firm must first receive, whose rules
    /// are not in the texts; not confirmed yet (readings G5).
    BaseSubsidyNotConfirmed,
}

impl Likely {
    pub fn text(&self) -> Text {
        match *self {
            Likely::SizeNotChosen => text(
                "本项只适用于中小企业（微型、小型、中型），尚未选择企业规模；请选择企业规模",
                en!("For small and medium enterprises only, and the enterprise's size is not chosen yet; choose the size"),
            ),
            Likely::DependsOnAssumedStart { year } => text(
                format!("本措施没有写公布日期，最早 {year} 年公布（依据见文件说明）；{year} 年首次获评的，可能早于公布日而按已废止的旧措施办理，是否适用取决于公布日期"),
                en!(format!("The measures give no publication date and were published in {year} at the earliest (see the document's note); a {year} first recognition may predate publication and so fall under the repealed measures: it depends on the date")),
            ),
            Likely::DraftScopeOnly => text(
                "只凭苏州市三年行动计划（征求意见稿）7. 纳入贴息范围：省方案本身只覆盖制造业（门类 C）企业和有效的小巨人、省级专精特新称号，省若干措施（七）也只写“专精特新中小企业”。征求意见稿定稿时是否保留这一范围未定",
                en!("In the scheme only by the Suzhou draft's 7.: the provincial scheme itself covers manufacturers (section C) and holders of a valid little-giant or provincial SRDI title, and the provincial measures (7) say SRDI SMEs only. Whether the final text keeps this scope is open"),
            ),
            Likely::LoanBeforeScheme { project, year } => text(
                format!("项目 {project}（{year} 年起贷）：方案是否覆盖 2024 年前发放的贷款未说明，请向贷款银行确认"),
                en!(format!("Project {project} (drawn in {year}): the scheme does not say whether loans made before 2024 qualify; check with the lending bank")),
            ),
            Likely::BaseSubsidyNotConfirmed => text(
                "上浮的是淮安市研发费用补贴本身：企业须先获得基础补贴或增量补贴（其规则不在本方案中）。确认已获得后，上浮部分才计入确定金额",
                en!("The raise is on Huai'an's R&D-expense subsidy itself: the firm must first receive the base or increase subsidy (its rules are not in this plan). Once you confirm it, the raise counts as certain"),
            ),
            Likely::TitleMayHaveLapsed { title, year, month } => {
                let (when_zh, when_en) = match month {
                    Some(m) => (format!("{year} 年 {m} 月"), format!("{year}-{m:02}")),
                    None => (format!("{year} 年"), format!("{year}")),
                };
                text(
                    format!(
                        "{}按三年有效期推定于 {when_zh}到期（该期限来自常见转述，未经核实），评估日可能已失效；如已复核请填写复核年份，或说明仍在有效期内",
                        title.zh()
                    ),
                    en!(format!(
                        "The {} title is assumed to run out in {when_en} (three-year validity, from common summaries, not verified) and may have lapsed on the as-of date; give the renewal year, or say it is still valid",
                        title.en()
                    )),
                )
            }
        }
    }
}

impl Serialize for Likely {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// An amount's wording (`100 万元`, `最高 200 万元` …) with its limit, if any (see
/// [`describe_until`]), written only when shown or serialised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Described(pub Amount, pub Option<Until>);

impl Described {
    pub fn text(&self) -> Text {
        describe_until(&self.0, self.1)
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
    /// Why the item is only likely (then `flags` has [`Flag::Likely`]); `None`: certain.
    pub likely: Option<Likely>,
    /// How long a yearly or monthly figure is certain for, where it is limited (see [`Until`]).
    pub until: Option<Until>,
    pub(crate) trace: Trace,
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
            && self.likely == o.likely
            && self.until == o.until
            && self.trace.same_steps(self.rule, &o.trace)
    }
}

impl Item {
    /// Counted in totals: the document is in force on the as-of date.
    pub fn in_force(&self) -> bool {
        !self.flags.contains(&Flag::Expired) && !self.flags.contains(&Flag::NotYetInForce)
    }
    /// A service, priority or qualification counted as 非资金支持: in force, no figure at all
    /// (prices and rate or fee ceilings have one and are listed with them). The one definition
    /// the totals' `non_monetary_count`, the page's folded list and the printed card all use;
    /// likely ones count too (they are listed, with their reason).
    pub fn is_service(&self) -> bool {
        self.in_force() && matches!(self.amount, Amount::NonMonetary)
    }
    /// Certain, not only likely (see [`Likely`]).
    pub fn certain(&self) -> bool {
        !self.flags.contains(&Flag::Likely)
    }
    /// How the amount reads, e.g. `100 万元`, `2026 年 100 万元；2027 年起未公布`.
    pub fn amount_text(&self) -> Text {
        // Several 专精特新贷 may have different ceilings (contract date, tenor): the headline names each (issue 18 §5).
        if let (Amount::RateCeiling { lpr_bp, ceiling_bp, .. }, Some(each)) = (self.amount, self.trace.rate_ceilings(self.rule)) {
            if each.len() > 1 {
                let mut t = self.amount.describe();
                let one_zh = format!("（按 LPR {} 计为 {}）", format_bp(lpr_bp), format_bp(ceiling_bp));
                let one_en = format!(" ({} with the LPR at {})", format_bp(ceiling_bp), format_bp(lpr_bp));
                let list_zh: Vec<String> = each.iter().map(|(n, c)| format!("专精特新贷 {n} 为 {}", format_bp(*c))).collect();
                let list_en: Vec<String> = each.iter().map(|(n, c)| format!("SRDI loan {n}: {}", format_bp(*c))).collect();
                t.zh = t.zh.replacen(&one_zh, &format!("（按各笔签约时的 LPR 计：{}）", list_zh.join("，")), 1);
                if cfg!(feature = "english") {
                    t.en = t.en.replacen(&one_en, &format!(" (with each loan's LPR when signed: {})", list_en.join("; ")), 1);
                }
                return t;
            }
        }
        describe_until(&self.amount, self.until)
    }
    /// The departments in charge (责任单位), as the clause or rule names them.
    pub fn departments(&self) -> &'static str {
        self.clause.departments_for(self.rule)
    }
    /// The departments as a reader sees them: the text's own (Chinese) names;
    /// in English, "not named in the text" where the text names none.
    pub fn departments_text(&self) -> Text {
        let d = self.departments();
        let en = if d == "文本未列明" { "Not named in the text".to_owned() } else { format!("{d} (as named in the text)") };
        text(d, en!(en))
    }
    /// The rent raise apart from the base subsidy (see [`RentSplit`]); `None` for other items
    /// and while nothing is paid a month.
    pub fn rent_split(&self) -> Option<RentSplit> {
        match self.amount {
            Amount::Monthly { per_month_fen, .. } if per_month_fen > 0 => self.trace.rent_split(self.rule),
            _ => None,
        }
    }
    /// The steps that produced the amount, in words.
    pub fn trace(&self) -> Vec<Text> {
        self.trace.steps(self.rule)
    }
}

/// The graduates' rent subsidy now, a month, split (001（十三）, readings D7): the part the clause
/// raises because the employer holds 单项冠军 or 小巨人, and the base subsidy the city's own
/// policy pays anyway (FACTS.md). Integer fen; `base + raise` is the item's (or the total's) monthly sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RentSplit {
    /// The title the raise is for; `None`: either (a sum over items that name different ones).
    pub title: Option<Title>,
    pub raise_per_month_fen: Fen,
    pub base_per_month_fen: Fen,
}

impl RentSplit {
    /// In a finance clerk's words: `其中因小巨人上浮：每月 800 元；基础补贴（南京市政策）每月 6,100 元`.
    pub fn text(&self) -> Text {
        let (zh, en) = match self.title {
            Some(Title::LittleGiant) => ("小巨人", "the little giant title"),
            Some(Title::SingleChampion) => ("单项冠军", "the single champion title"),
            _ => ("单项冠军或小巨人", "the single champion or little giant title"),
        };
        text(
            format!("其中因{zh}上浮：每月 {}；基础补贴（南京市政策）每月 {}", format_zh(self.raise_per_month_fen), format_zh(self.base_per_month_fen)),
            en!(format!("Of which the raise for {en}: {} a month; the base subsidy (Nanjing's own policy): {} a month", format_en(self.raise_per_month_fen), format_en(self.base_per_month_fen))),
        )
    }

    /// Two splits added (the staff's total): the title kept where both name the same one.
    pub(crate) fn plus(self, o: RentSplit) -> Option<RentSplit> {
        Some(RentSplit {
            title: if self.title == o.title { self.title } else { None },
            raise_per_month_fen: self.raise_per_month_fen.checked_add(o.raise_per_month_fen)?,
            base_per_month_fen: self.base_per_month_fen.checked_add(o.base_per_month_fen)?,
        })
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
    /// Notices about the answers, as data; each serialises as its `Text`.
    pub notices: Vec<crate::notices::Notice>,
    pub documents: Vec<DocumentStanding>,
    pub items: Vec<Item>,
    pub near_misses: Vec<NearMiss>,
    pub totals: Totals,
    pub rules_version: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{wan, yuan};

    /// Issue 16 item 4: the wording, in one place (readings A8, B9a).
    #[test]
    fn a_limited_figure_says_how_long() {
        let annual = Amount::Annual { fen: wan(100) };
        let last = Some(Until::SchemeYear { year: 2026, next_announced: false });
        assert_eq!(describe_until(&annual, last), text("2026 年 100 万元；2027 年起未公布", en!("2026: ¥1,000,000; from 2027 not announced")));
        let earlier = Some(Until::SchemeYear { year: 2025, next_announced: true });
        assert_eq!(describe_until(&annual, earlier), text("2025 年 100 万元", en!("2025: ¥1,000,000")));
        let ends = Some(Until::Ends { date: Date::ymd(2027, 6, 30) });
        assert_eq!(
            describe_until(&Amount::Annual { fen: yuan(60_000) }, ends),
            text("每年 6 万元，至 2027 年 6 月 30 日止", en!("¥60,000 a year, until 2027-06-30"))
        );
        assert_eq!(describe_until(&annual, None), annual.describe());
        // The totals tile's words.
        assert_eq!(last.map(|u| u.text()), Some(text("2026 年；2027 年起未公布", en!("2026; from 2027 not announced"))));
        assert_eq!(ends.map(|u| u.text()), Some(text("至 2027 年 6 月 30 日止", en!("until 2027-06-30"))));
    }

    #[test]
    fn a_sum_is_certain_as_long_as_its_first_part_to_end() {
        let y2026 = Some(Until::SchemeYear { year: 2026, next_announced: false });
        let mid = Some(Until::Ends { date: Date::ymd(2026, 6, 30) });
        let later = Some(Until::Ends { date: Date::ymd(2027, 3, 31) });
        assert_eq!(Until::earlier(y2026, mid), mid);
        assert_eq!(Until::earlier(later, y2026), y2026);
        assert_eq!(Until::earlier(None, later), later);
        assert_eq!(Until::earlier(y2026, None), y2026);
        assert_eq!(Until::earlier(None, None), None);
    }
}
