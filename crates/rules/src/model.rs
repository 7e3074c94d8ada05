//! The vocabulary the policy data is written in: documents, clauses, rules,
//! conditions and amount formulas. Everything here is `'static` const data so
//! the wasm carries no parser just to load the rules.
//!
//! Read `policies/*.rs` for the data itself; `conditions.rs` and `amount/`
//! for what each variant means when a profile is evaluated.

use crate::date::Date;
use crate::money::Fen;
use crate::profile::{City, Size, Title};
use serde::{Deserialize, Serialize};

/// One source document, as published.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Document {
    /// The document's one key: its file is `policies/<key>.rs` and its rule
    /// ids read `<key>.<clause>.<benefit>`, e.g. `nanjing`.
    pub key: &'static str,
    /// File name of the in-tree copy under `crates/rules/sources/`.
    pub source_file: &'static str,
    pub short_zh: &'static str,
    pub short_en: &'static str,
    pub title: &'static str,
    pub title_en: &'static str,
    pub issuer: &'static str,
    pub level: Level,
    pub doc_number: Option<&'static str>,
    pub status: Status,
    pub effective_from: DateSpec,
    pub effective_until: DateSpec,
    /// The text gives no start date and the assumed one decides whether a title
    /// first won in the start year counts for a first-time award (readings D1:
    /// Nanjing's 「自公布之日起施行」 with no publication date). Such awards are
    /// only *likely* for that year.
    pub start_year_uncertain: bool,
    /// Every marked paragraph of the text, in the document's own order.
    pub clauses: &'static [Clause],
}

/// Who issued the document: the province (applies to every Jiangsu city) or one city.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "level", content = "city", rename_all = "snake_case")]
pub enum Level {
    Province,
    City(City),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 征求意见稿: a draft for comment; may change before it is issued.
    Draft,
    /// Issued and published.
    Issued,
}

/// A date the calculator needs: stated in the text, or an assumption we had to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateSpec {
    Stated { date: Date },
    /// Not in the text; `date` is our documented assumption, shown to the user.
    Assumed { date: Date, why_zh: &'static str, why_en: &'static str },
}

impl DateSpec {
    pub const fn date(&self) -> Date {
        match *self {
            DateSpec::Stated { date } | DateSpec::Assumed { date, .. } => date,
        }
    }
}

/// One marked paragraph of a document: a section heading, a clause, or an
/// unnumbered paragraph (preamble, closing words).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Clause {
    /// The marker as printed, with its section where numbering restarts:
    /// `（七）`, `二（三）`, `5.`, `序言`, `一、`.
    pub number: &'static str,
    /// The first words after the marker, as printed (used to check order).
    pub heading: &'static str,
    pub treatment: Treatment,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "treatment", rename_all = "snake_case")]
pub enum Treatment {
    /// A section heading: structure only.
    Section,
    /// The clause gives nothing to an enterprise; `quote` is its gist sentence.
    NotApplicable { quote: &'static str, reason_zh: &'static str, reason_en: &'static str },
    /// The clause gives an enterprise (or its staff) something: one rule per
    /// benefit, and the departments the clause charges with it (责任单位).
    Rules { departments: &'static str, rules: &'static [Rule] },
}

impl Clause {
    /// The departments in charge of a rule of this clause: the rule's own where
    /// the text names others for it, else the clause's (empty for a clause
    /// without rules).
    pub const fn departments_for(&self, rule: &Rule) -> &'static str {
        match (rule.departments, self.treatment) {
            (Some(d), _) => d,
            (None, Treatment::Rules { departments, .. }) => departments,
            (None, _) => "",
        }
    }
}

/// The English side of a static text (a rule's name, a field's label and help, a notice). Without
/// the `english` feature (the page's Chinese first load) it is `""` and, as with `passage`, the
/// text is not compiled in; the page's bilingual build, loaded when English is chosen, has it.
/// Texts made at run time use the `en!` macro, which skips the English side's formatting too.
pub const fn en(text: &'static str) -> &'static str {
    if cfg!(feature = "english") {
        text
    } else {
        ""
    }
}


/// A long passage of a rule's record that the page shows only when a card's 依据与计算 is opened
/// or printed: the verbatim quote, the English gist, a not-applicable clause's quote and reason,
/// an outside figure's source and note, why an amount is not stated (a step of the working), the
/// departments in charge, a clause's first words (which the tests check the order by), and a
/// document's English title, issuer and number (the page shows none of these), and why a
/// document's dates are assumed (the page's list of documents fetches it when opened). Without the `passages` feature (the page's first load,
/// `web/`) it is `""` and the text is not compiled in at all (const evaluation keeps only what the
/// table points to); the page then fetches these from its first-use part (`web/extras`), which
/// has them. Every other target (CLI, JS API, tests) has the feature, on by default.
pub const fn passage(text: &'static str) -> &'static str {
    if cfg!(feature = "passages") {
        text
    } else {
        ""
    }
}

/// One benefit, exactly as a clause grants it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// Stable id: `<document>.<clause>.<benefit>`, e.g. `nanjing.5.little_giant_award`.
    pub id: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// The sentence(s) this rule encodes, verbatim from the source text.
    pub quote: &'static str,
    /// One-line English gist of the quote.
    pub gist_en: &'static str,
    pub category: Category,
    pub beneficiary: Beneficiary,
    /// All must hold. The document's jurisdiction is checked separately.
    pub conditions: &'static [Condition],
    pub amount: AmountRule,
    pub period: Period,
    pub payment: Payment,
    /// Only where the text names other departments for this benefit than its
    /// clause does (see [`Clause::departments_for`]).
    pub departments: Option<&'static str>,
    /// A figure or fact taken from FACTS.md, with its source and confidence.
    pub external: Option<External>,
    /// The event rewarded, for stacking notes across documents.
    pub event: Option<Event>,
}

impl Rule {
    /// A service rule (a service, priority, green channel or qualification: no
    /// money) as it is unless it says otherwise: for the enterprise, no
    /// period, payment mode not stated, the clause's departments, no outside
    /// figure, no stacking event. A rule writes `..Rule::SERVICE` after its id,
    /// names, quote, gist, conditions and whatever differs.
    pub const SERVICE: Rule = Rule {
        id: "",
        name_zh: "",
        name_en: "",
        quote: "",
        gist_en: "",
        category: Category::Service,
        beneficiary: Beneficiary::Enterprise,
        conditions: &[],
        amount: AmountRule::NonMonetary,
        period: Period::None,
        payment: Payment::NotStated,
        departments: None,
        external: None,
        event: None,
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    TitleAward,
    Subsidy,
    InterestSubsidy,
    RentSubsidy,
    CostCeiling,
    ProcurementPreference,
    Service,
    Qualification,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::TitleAward,
        Category::Subsidy,
        Category::InterestSubsidy,
        Category::RentSubsidy,
        Category::CostCeiling,
        Category::ProcurementPreference,
        Category::Service,
        Category::Qualification,
    ];
    pub const fn zh(self) -> &'static str {
        match self {
            Category::TitleAward => "称号奖励",
            Category::Subsidy => "资金补助",
            Category::InterestSubsidy => "贷款贴息",
            Category::RentSubsidy => "租房补贴",
            Category::CostCeiling => "费率上限",
            Category::ProcurementPreference => "政府采购优惠",
            Category::Service => "服务与绿色通道",
            Category::Qualification => "资格与优先",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Category::TitleAward => "Title award",
            Category::Subsidy => "Subsidy",
            Category::InterestSubsidy => "Loan interest subsidy",
            Category::RentSubsidy => "Rent subsidy",
            Category::CostCeiling => "Cost ceiling",
            Category::ProcurementPreference => "Procurement preference",
            Category::Service => "Service / green channel",
            Category::Qualification => "Qualification / priority",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Beneficiary {
    Enterprise,
    /// Paid or granted to the enterprise's staff (e.g. graduates' rent subsidy).
    Employees,
}

impl Beneficiary {
    pub const fn zh(self) -> &'static str {
        match self {
            Beneficiary::Enterprise => "企业",
            Beneficiary::Employees => "企业员工",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Beneficiary::Enterprise => "the enterprise",
            Beneficiary::Employees => "its employees",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    OneOff,
    PerYear,
    PerMonth,
    /// A ceiling, a service or a preference: no payment period.
    None,
}

impl Period {
    pub const fn zh(self) -> &'static str {
        match self {
            Period::OneOff => "一次性",
            Period::PerYear => "每年",
            Period::PerMonth => "每月",
            Period::None => "",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Period::OneOff => "one-off",
            Period::PerYear => "per year",
            Period::PerMonth => "per month",
            Period::None => "",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payment {
    /// 免申即享 / 免申直达: granted without an application.
    NoApplication,
    /// 需申报: the enterprise applies.
    Apply,
    /// The lending bank applies on the enterprise's behalf.
    ByBank,
    /// The text does not say.
    NotStated,
}

impl Payment {
    pub const fn zh(self) -> &'static str {
        match self {
            Payment::NoApplication => "免申即享",
            Payment::Apply => "需申报",
            Payment::ByBank => "由贷款银行申请",
            Payment::NotStated => "方式未明确",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Payment::NoApplication => "no application needed",
            Payment::Apply => "apply",
            Payment::ByBank => "applied by the lending bank",
            Payment::NotStated => "mode not stated",
        })
    }
}

/// Confidence of a figure from FACTS.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Official,
    News,
    Weak,
}

impl Confidence {
    pub const fn zh(self) -> &'static str {
        match self {
            Confidence::Official => "官方来源",
            Confidence::News => "新闻报道",
            Confidence::Weak => "弱来源（仅供参考）",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Confidence::Official => "official source",
            Confidence::News => "news report",
            Confidence::Weak => "weak source (indication only)",
        })
    }
}

/// A fact from outside the policy text (FACTS.md), cited next to the text.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct External {
    pub source: &'static str,
    pub confidence: Confidence,
    pub note_zh: &'static str,
    pub note_en: &'static str,
}

impl External {
    /// The source in one language: a source is written `中文 · English gloss` (or only its Chinese
    /// citation), and each language shows its own part.
    pub fn source_in(&self, en: bool) -> &'static str {
        match self.source.split_once(" · ") {
            Some((zh, e)) => {
                if en {
                    e
                } else {
                    zh
                }
            }
            None => self.source,
        }
    }
}

/// What the enterprise must be or have. The document's own jurisdiction
/// (province or city) is checked before these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Condition {
    /// 专精特新中小企业: a valid provincial SRDI SME or national 小巨人 title, not a large enterprise.
    SrdiSme,
    /// 专精特新企业: a valid provincial SRDI, 小巨人 or 单项冠军 title.
    SrdiEnterprise,
    /// Holds this title.
    Holds(Title),
    /// Holds at least one of these titles.
    HoldsAny(&'static [Title]),
    /// Holds the title and first obtained it in a year the document covers
    /// (首次获评), not after the as-of date.
    FirstObtainedInPeriod(Title),
    /// Enterprise size is one of these.
    SizeIn(&'static [Size]),
    /// Has this project or achievement.
    Has(Achievement),
    /// This input is given and greater than zero.
    Positive(Input),
    /// In scope of the provincial manufacturing-loan 贴息 by any route: a
    /// manufacturer, a valid 专精特新中小企业 (000（七）, from 2025), or in Suzhou a
    /// valid 专精特新企业 incl. 单项冠军 (003 7.). Readings B1–B3, B12.
    InInterestScheme,
    /// The enterprise confirms it does this (readings A7); not confirmed, the
    /// item is a near miss "if you do this", never promised money.
    Does(Activity),
}

/// Activities that unquantified money items require (`activities.*` in the profile).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// 购买智算服务 (001（八） 算力券).
    BuysCompute,
    /// 建设工业绿色微电网 (001（九）, 003 10.).
    GreenMicrogrid,
    /// 跨境电商业务 (003 14.).
    CrossBorder,
    /// 员工入选苏州市重点产业紧缺人才计划 (003 17.).
    SuzhouTalent,
    /// 承担“揭榜挂帅”项目 (003 2.).
    Jiebang,
    /// 数字化服务商，或解决方案、产品、案例参评 (003 9.).
    DigitalProvider,
}

impl Activity {
    /// Every activity, in declaration order (position = discriminant, checked below).
    pub const ALL: [Activity; 6] = [Activity::BuysCompute, Activity::GreenMicrogrid, Activity::CrossBorder, Activity::SuzhouTalent, Activity::Jiebang, Activity::DigitalProvider];
}

// A new activity must join `ALL`: its position is its discriminant.
const _: () = {
    let mut n = 0;
    while n < Activity::ALL.len() {
        assert!(Activity::ALL[n] as usize == n);
        n += 1;
    }
    assert!(Activity::DigitalProvider as usize + 1 == Activity::ALL.len());
};

/// Things counted where each one is capped separately (`counts.*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    /// National key core-technology tasks.
    KeyTechTasks,
    /// International or national standards.
    Standards,
}

/// Projects and achievements the texts reward (yes / no in the profile).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Achievement {
    /// 承担国家关键核心技术攻关任务.
    NationalKeyTechTask,
    /// 主导或参与制定国际标准、国家标准.
    LeadsStandard,
    /// 完成生成式人工智能大模型备案.
    GenerativeAiFiled,
    /// 获批国家卓越级或领航级智能工厂.
    SmartFactoryExcellent,
    /// 建设工业互联网平台.
    IndustrialInternetPlatform,
    /// 首台（套）重大装备、首批次材料、首版次软件.
    FirstSetProduct,
    /// “创客中国”大赛优胜.
    ChuangkeWinner,
    /// Needs a bridge (转贷) loan.
    BridgeLoanNeed,
}

impl Achievement {
    /// Every achievement, in declaration order (position = discriminant, checked below).
    pub const ALL: [Achievement; 8] = [
        Achievement::NationalKeyTechTask,
        Achievement::LeadsStandard,
        Achievement::GenerativeAiFiled,
        Achievement::SmartFactoryExcellent,
        Achievement::IndustrialInternetPlatform,
        Achievement::FirstSetProduct,
        Achievement::ChuangkeWinner,
        Achievement::BridgeLoanNeed,
    ];
}

// A new achievement must join `ALL`: its position is its discriminant.
const _: () = {
    let mut n = 0;
    while n < Achievement::ALL.len() {
        assert!(Achievement::ALL[n] as usize == n);
        n += 1;
    }
    assert!(Achievement::BridgeLoanNeed as usize + 1 == Achievement::ALL.len());
};

/// Numeric inputs a rule needs to be positive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    PilotPlatformInvestment,
    EquipmentLoan,
    Guarantee,
    RdExpense,
    Graduates,
    BidPrice,
}

/// How a rule's amount is worked out. See `amount/` (one file per formula) for the arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AmountRule {
    /// A fixed sum.
    Fixed { fen: Fen },
    /// 最高 … : a cap; the actual figure is decided on application.
    UpTo { cap_fen: Fen },
    /// 最高 … where the firm counts several (tasks, standards): one cap per firm, the count shown as context (readings D3, D4).
    UpToEach { cap_fen: Fen, each: Counted },
    /// 按建设投入给予最高 … : one cap per firm, and at most the platforms' investment in all (readings D3).
    UpToPerPlatform { cap_fen: Fen },
    /// Per graduate per month, by degree: at most the actual rent, for at most
    /// `max_months` in all (months already received count), only for months
    /// up to `until` (the clause's end; the employer's title may end it sooner).
    RentPerGraduate { phd_fen: Fen, master_fen: Fen, standard_phd_fen: Fen, standard_master_fen: Fen, max_months: u32, until: Date },
    /// The provincial manufacturing-loan interest subsidy (rates and caps by year in FACTS.md).
    LoanInterestSubsidy,
    /// Percentage-point uplifts on R&D expense and on its year-on-year increase.
    RdUplift { base_bp: u32, increase_bp: u32 },
    /// Price deduction in procurement evaluation: bid × (1 − max_bp).
    PriceDeduction { max_bp: u32, usual_max_bp: u32 },
    /// Fee ceiling: at most `rate_bp` a year of the guaranteed amount.
    GuaranteeFeeCeiling { rate_bp: u32 },
    /// Loan rate ceiling: at most LPR + `spread_bp`.
    LoanRateCeiling { spread_bp: u32 },
    /// The text promises money but states no amount.
    Unquantified { note_zh: &'static str, note_en: &'static str },
    /// A service, priority, green channel or qualification.
    NonMonetary,
}

impl AmountRule {
    /// Whether the amount, its wording and its steps are the same for every
    /// profile and date (a fixed sum, a cap, a note, a service), so they can be written once per rule
    /// ([`crate::eval::fixed_wording`]) and two items of the rule read the same.
    pub const fn is_fixed(&self) -> bool {
        match self {
            AmountRule::Fixed { .. } | AmountRule::UpTo { .. } | AmountRule::Unquantified { .. } | AmountRule::NonMonetary => true,
            AmountRule::LoanRateCeiling { .. }
            | AmountRule::RentPerGraduate { .. }
            | AmountRule::UpToEach { .. }
            | AmountRule::UpToPerPlatform { .. }
            | AmountRule::LoanInterestSubsidy
            | AmountRule::RdUplift { .. }
            | AmountRule::PriceDeduction { .. }
            | AmountRule::GuaranteeFeeCeiling { .. } => false,
        }
    }
}

/// Events rewarded by more than one document (for stacking notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    LittleGiantTitle,
    SingleChampionTitle,
    ProvincialSrdiTitle,
    EquipmentLoanInterest,
    NationalKeyTechTask,
    Standards,
    SmartFactory,
    GuaranteeFee,
}

impl Event {
    /// How many kinds of event there are (array sizes in the evaluator).
    pub const COUNT: usize = 8;
}

// `COUNT` must follow the enum: the last variant's index plus one.
const _: () = assert!(Event::GuaranteeFee as usize + 1 == Event::COUNT);
