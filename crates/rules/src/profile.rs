//! The enterprise profile: what a user tells the calculator. Every field is
//! bounded; `Profile::validate` names the field and the limit in Chinese and
//! English. Missing yes/no fields and amounts default to "no" / zero.

use crate::bounds::{MAX_DISTRICT_CHARS, MAX_LOANS, MAX_PEOPLE, MAX_RATE_BP, MAX_SRDI_LOANS, MAX_TENOR_MONTHS, MAX_YEAR, MAX_YUAN, MIN_YEAR};
use crate::bounds::{MAX_COUNT, MAX_DEDUCTION_BP, MAX_GROUPS, MAX_PLATFORMS, MAX_RENT_MONTHS, MAX_RENT_YUAN};
use crate::date::Date;
use crate::error::{FieldError, InputError};
use crate::money::{Fen, FEN_PER_YUAN};
use crate::path::{LoanField, Path, SrdiLoanField, TitlePart};
use serde::{Deserialize, Serialize};

/// The 13 prefecture-level cities of Jiangsu, or somewhere else.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum City {
    Nanjing,
    Wuxi,
    Xuzhou,
    Changzhou,
    Suzhou,
    Nantong,
    Lianyungang,
    Huaian,
    Yancheng,
    Yangzhou,
    Zhenjiang,
    Taizhou,
    Suqian,
    /// Outside Jiangsu: none of these policies apply.
    OutsideJiangsu,
}

impl City {
    pub const ALL: [City; 14] = [
        City::Nanjing,
        City::Wuxi,
        City::Xuzhou,
        City::Changzhou,
        City::Suzhou,
        City::Nantong,
        City::Lianyungang,
        City::Huaian,
        City::Yancheng,
        City::Yangzhou,
        City::Zhenjiang,
        City::Taizhou,
        City::Suqian,
        City::OutsideJiangsu,
    ];
    pub const fn zh(self) -> &'static str {
        match self {
            City::Nanjing => "南京市",
            City::Wuxi => "无锡市",
            City::Xuzhou => "徐州市",
            City::Changzhou => "常州市",
            City::Suzhou => "苏州市",
            City::Nantong => "南通市",
            City::Lianyungang => "连云港市",
            City::Huaian => "淮安市",
            City::Yancheng => "盐城市",
            City::Yangzhou => "扬州市",
            City::Zhenjiang => "镇江市",
            City::Taizhou => "泰州市",
            City::Suqian => "宿迁市",
            City::OutsideJiangsu => "江苏省外",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            City::Nanjing => "Nanjing",
            City::Wuxi => "Wuxi",
            City::Xuzhou => "Xuzhou",
            City::Changzhou => "Changzhou",
            City::Suzhou => "Suzhou",
            City::Nantong => "Nantong",
            City::Lianyungang => "Lianyungang",
            City::Huaian => "Huai'an",
            City::Yancheng => "Yancheng",
            City::Yangzhou => "Yangzhou",
            City::Zhenjiang => "Zhenjiang",
            City::Taizhou => "Taizhou",
            City::Suqian => "Suqian",
            City::OutsideJiangsu => "outside Jiangsu",
        })
    }
    pub const fn in_jiangsu(self) -> bool {
        !matches!(self, City::OutsideJiangsu)
    }
}

/// Enterprise size under 工信部联企业〔2011〕300号.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Size {
    Micro,
    Small,
    Medium,
    Large,
}

impl Size {
    pub const ALL: [Size; 4] = [Size::Micro, Size::Small, Size::Medium, Size::Large];
    pub const fn zh(self) -> &'static str {
        match self {
            Size::Micro => "微型",
            Size::Small => "小型",
            Size::Medium => "中型",
            Size::Large => "大型",
        }
    }
    /// Large, or not chosen (`None`): what SME-only measures read.
    pub fn is_large(size: Option<Size>) -> bool {
        size == Some(Size::Large)
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Size::Micro => "micro",
            Size::Small => "small",
            Size::Medium => "medium",
            Size::Large => "large",
        })
    }
}

/// Titles the texts reward.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Title {
    /// 创新型中小企业.
    InnovativeSme,
    /// 省级专精特新中小企业.
    ProvincialSrdi,
    /// 国家级专精特新“小巨人”企业.
    LittleGiant,
    /// 国家制造业单项冠军企业.
    SingleChampion,
    /// 国家中小企业公共服务示范平台.
    DemoPlatform,
}

// A new title must join `Title::ALL`: its position is its discriminant.
const _: () = {
    let mut n = 0;
    while n < Title::ALL.len() {
        assert!(Title::ALL[n] as usize == n);
        n += 1;
    }
    assert!(Title::DemoPlatform as usize + 1 == Title::ALL.len());
};

impl Title {
    pub const ALL: [Title; 5] = [Title::InnovativeSme, Title::ProvincialSrdi, Title::LittleGiant, Title::SingleChampion, Title::DemoPlatform];
    /// Titles only small and medium enterprises can obtain (创新型中小企业, 专精特新中小企业,
    /// 专精特新"小巨人"企业); 单项冠军 and 示范平台 have no size limit.
    pub const fn for_smes_only(self) -> bool {
        matches!(self, Title::InnovativeSme | Title::ProvincialSrdi | Title::LittleGiant)
    }
    pub const fn zh(self) -> &'static str {
        match self {
            Title::InnovativeSme => "创新型中小企业",
            Title::ProvincialSrdi => "省级专精特新中小企业",
            Title::LittleGiant => "国家级专精特新“小巨人”企业",
            Title::SingleChampion => "国家制造业单项冠军企业",
            Title::DemoPlatform => "国家中小企业公共服务示范平台",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Title::InnovativeSme => "innovative SME",
            Title::ProvincialSrdi => "provincial SRDI SME",
            Title::LittleGiant => "national SRDI \"little giant\"",
            Title::SingleChampion => "national manufacturing single champion",
            Title::DemoPlatform => "national SME public service demonstration platform",
        })
    }
    /// Years a recognition or renewal is valid (FACTS.md, weak: 创新型中小企业,
    /// 专精特新中小企业 and 小巨人 three years, renewed by review; 单项冠军 reviewed
    /// every three years); `None`: not assumed to lapse (示范平台: no figure).
    pub fn validity_years(self) -> Option<u8> {
        match self {
            Title::DemoPlatform => None,
            _ => Some(crate::facts::TITLE_VALIDITY.value),
        }
    }
    /// The path of the title's year in a profile, e.g. `titles.little_giant`.
    pub const fn path(self) -> Path {
        match self {
            Title::InnovativeSme => Path::TitleInnovativeSme,
            Title::ProvincialSrdi => Path::TitleProvincialSrdi,
            Title::LittleGiant => Path::TitleLittleGiant,
            Title::SingleChampion => Path::TitleSingleChampion,
            Title::DemoPlatform => Path::TitleDemoPlatform,
        }
    }
    /// The title whose year sits at `path`.
    pub fn at(path: Path) -> Option<Title> {
        Title::ALL.into_iter().find(|t| t.path() == path)
    }
}

/// Each title the enterprise holds or held: when it was first obtained and,
/// optionally, renewed; absent when never held. In JSON a title is a bare year
/// (v1: `2025` = first obtained in 2025) or an object with the details.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Titles {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub innovative_sme: Option<TitleRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provincial_srdi: Option<TitleRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub little_giant: Option<TitleRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub single_champion: Option<TitleRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo_platform: Option<TitleRecord>,
}

/// What the user says about a title's validity on the as-of date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Validity {
    /// Not said: three years from the last recognition or renewal (FACTS.md, weak).
    #[default]
    Assumed,
    /// The user says it is valid.
    Valid,
    /// The user says it has lapsed.
    Lapsed,
}

/// One title: the year (and month) it was first obtained (首次获评), the last
/// renewal (复核) or re-recognition after a lapse, and the user's own word on
/// its validity. See `docs/readings.md` A1–A3.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TitleRecord {
    pub first_year: u16,
    pub first_month: Option<u8>,
    pub renewed_year: Option<u16>,
    pub renewed_month: Option<u8>,
    pub validity: Validity,
}

/// A title as JSON writes it in full.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleDetail {
    /// 首次认定（获评）的年份.
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    first_year: u16,
    /// 首次认定的月份（选填），1–12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 12)))]
    first_month: Option<u8>,
    /// 最近一次复核（或失效后重新认定）的年份（选填）.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    renewed_year: Option<u16>,
    /// 复核的月份（选填，需先填复核年份），1–12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 12)))]
    renewed_month: Option<u8>,
    /// 有效期：不填按三年推定.
    #[serde(default, skip_serializing_if = "is_assumed")]
    validity: Validity,
}

fn is_assumed(v: &Validity) -> bool {
    *v == Validity::Assumed
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TitleRepr {
    Year(u16),
    Detail(TitleDetail),
}

impl From<u16> for TitleRecord {
    fn from(first_year: u16) -> TitleRecord {
        TitleRecord { first_year, ..TitleRecord::default() }
    }
}

impl Serialize for TitleRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if *self == TitleRecord::from(self.first_year) {
            return s.serialize_u16(self.first_year);
        }
        TitleDetail {
            first_year: self.first_year,
            first_month: self.first_month,
            renewed_year: self.renewed_year,
            renewed_month: self.renewed_month,
            validity: self.validity,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for TitleRecord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match TitleRepr::deserialize(d).map_err(|_| {
            serde::de::Error::custom("expected a year (e.g. 2025) or { first_year, first_month, renewed_year, renewed_month, validity }")
        })? {
            TitleRepr::Year(y) => Ok(TitleRecord::from(y)),
            TitleRepr::Detail(t) => Ok(TitleRecord {
                first_year: t.first_year,
                first_month: t.first_month,
                renewed_year: t.renewed_year,
                renewed_month: t.renewed_month,
                validity: t.validity,
            }),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TitleRecord {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TitleRecord".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let detail = g.subschema_for::<TitleDetail>();
        schemars::json_schema!({
            "description": "首次获得的年份（如 2025），或 { first_year, first_month, renewed_year, renewed_month, validity }",
            "anyOf": [ { "type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR }, detail ]
        })
    }
}

/// Whether a title is held on a date (readings A1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    NotHeld,
    /// Valid on the date (by the user's word or the three-year assumption).
    Valid,
    /// The assumed three years run out in this year (and month, if known):
    /// only *likely* still valid.
    MayHaveLapsed { year: u16, month: Option<u8> },
    /// Lapsed (by the user's word or the three-year assumption).
    Lapsed,
}

impl TitleRecord {
    /// The last recognition the validity runs from: the renewal if given, else the first.
    pub fn last_recognised(&self) -> (u16, Option<u8>) {
        match self.renewed_year {
            Some(y) => (y, self.renewed_month),
            None => (self.first_year, self.first_month),
        }
    }
    /// The year (and month) the assumed validity runs out, for titles that lapse.
    pub fn assumed_end(&self, t: Title) -> Option<(u16, Option<u8>)> {
        let years = t.validity_years()?;
        let (y, m) = self.last_recognised();
        Some((y.saturating_add(u16::from(years)), m))
    }
    /// The title's standing on `as_of`.
    pub fn standing(&self, t: Title, as_of: Date) -> Standing {
        match self.validity {
            Validity::Valid => return Standing::Valid,
            Validity::Lapsed => return Standing::Lapsed,
            Validity::Assumed => {}
        }
        let Some((end_year, month)) = self.assumed_end(t) else { return Standing::Valid };
        let now = (as_of.year(), as_of.month());
        match month {
            Some(m) if now < (end_year, m) => Standing::Valid,
            Some(m) if now == (end_year, m) => Standing::MayHaveLapsed { year: end_year, month: Some(m) },
            Some(_) => Standing::Lapsed,
            None if now.0 < end_year => Standing::Valid,
            None if now.0 == end_year => Standing::MayHaveLapsed { year: end_year, month: None },
            None => Standing::Lapsed,
        }
    }
}

impl Titles {
    pub fn get(&self, t: Title) -> Option<&TitleRecord> {
        match t {
            Title::InnovativeSme => self.innovative_sme.as_ref(),
            Title::ProvincialSrdi => self.provincial_srdi.as_ref(),
            Title::LittleGiant => self.little_giant.as_ref(),
            Title::SingleChampion => self.single_champion.as_ref(),
            Title::DemoPlatform => self.demo_platform.as_ref(),
        }
    }
    pub fn get_mut(&mut self, t: Title) -> &mut Option<TitleRecord> {
        match t {
            Title::InnovativeSme => &mut self.innovative_sme,
            Title::ProvincialSrdi => &mut self.provincial_srdi,
            Title::LittleGiant => &mut self.little_giant,
            Title::SingleChampion => &mut self.single_champion,
            Title::DemoPlatform => &mut self.demo_platform,
        }
    }
    /// The year the title was first obtained (首次获评).
    pub fn first_year(&self, t: Title) -> Option<u16> {
        self.get(t).map(|r| r.first_year)
    }
    /// Sets the year first obtained, keeping any details; `None` clears the title.
    pub fn set(&mut self, t: Title, year: Option<u16>) {
        let slot = self.get_mut(t);
        *slot = match (year, *slot) {
            (None, _) => None,
            (Some(y), Some(r)) => Some(TitleRecord { first_year: y, ..r }),
            (Some(y), None) => Some(TitleRecord::from(y)),
        };
    }
    /// Ever obtained (whatever its validity today).
    pub fn ever_held(&self, t: Title) -> bool {
        self.get(t).is_some()
    }
    /// The title's standing on `as_of` (readings A1).
    pub fn standing(&self, t: Title, as_of: Date) -> Standing {
        self.get(t).map_or(Standing::NotHeld, |r| r.standing(t, as_of))
    }
}

/// Projects and achievements the texts reward.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Achievements {
    /// 承担国家关键核心技术攻关任务.
    pub national_key_tech_task: bool,
    /// 主导或参与制定国际标准、国家标准.
    pub leads_standard: bool,
    /// 完成生成式人工智能大模型备案.
    pub generative_ai_filed: bool,
    /// 获批国家卓越级或领航级智能工厂.
    pub smart_factory_excellent: bool,
    /// 建设工业互联网平台.
    pub industrial_internet_platform: bool,
    /// 首台（套）装备、首批次材料、首版次软件.
    pub first_set_product: bool,
    /// “创客中国”中小企业创新创业大赛优胜.
    pub chuangke_winner: bool,
    /// 中试平台建设投入 (元).
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub pilot_platform_investment_yuan: i64,
}

/// One project loan for the 贴息 (readings B4–B8): the equipment-purchase
/// part (software included) the scheme subsidises, not the whole loan.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Loan {
    /// 项目贷款中设备购置（含软件）部分 (元).
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_YUAN)))]
    pub equipment_yuan: i64,
    /// 该部分在评估年度的平均余额 (元)；贷款未满一年或已部分还款时填写.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub avg_balance_yuan: Option<i64>,
    /// 贷款合同年利率 (基点，320 = 3.2%)；不填 = 不知道.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_RATE_BP)))]
    pub rate_bp: Option<u32>,
    /// 首次放款日期.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// 只知道放款年份时填写.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    pub start_year: Option<u16>,
    /// 该项目已有同类中央财政贴息.
    #[serde(default, skip_serializing_if = "is_false")]
    pub central_subsidy: bool,
}

/// A Huai'an 专精特新贷 (004 三（五）: rate at most LPR + 50 bp; readings G1–G3).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SrdiLoan {
    /// 贷款本金 (元).
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_YUAN)))]
    pub principal_yuan: i64,
    /// 贷款期限（月）：5 年（60 个月）及以内按一年期 LPR，以上按五年期以上 LPR.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_TENOR_MONTHS)))]
    pub tenor_months: u16,
    /// 合同签订日期：按当日施行的 LPR.
    pub signed: Date,
    /// 银行报出的年利率 (基点)；不填只显示上限.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_RATE_BP)))]
    pub rate_bp: Option<u32>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Borrowing and guarantees. The three `equipment_loan` / `central_subsidy`
/// fields are the v1 way to give one project loan (still read: the same as
/// one entry of `loans`; a profile may not use both).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Finance {
    /// 项目贷款中设备购置（含软件）部分的本金 (元).
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub equipment_loan_yuan: i64,
    /// That loan's annual rate in basis points (350 = 3.5%); 0 = not given.
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_RATE_BP)))]
    pub equipment_loan_rate_bp: u32,
    /// The project already has a central interest subsidy of the same type.
    pub central_subsidy: bool,
    /// 融资担保金额 (元).
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub guarantee_yuan: i64,
    /// Needs a bridge loan (转贷) to roll over a maturing loan.
    pub bridge_loan_need: bool,
}

/// R&D expense (研发费用), this year and last.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rd {
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub expense_this_year_yuan: i64,
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub expense_last_year_yuan: i64,
    /// The firm receives (or is granted) the city's base R&D-expense subsidy that
    /// 004 三（六） raises (readings G5): until it says so, the raise is only likely.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub base_subsidy_received: bool,
}

/// Graduates employed (who meet the rent-subsidy conditions), by degree; the
/// head counts are the quick answer, `groups` the optional detail.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Talent {
    /// PhD graduates in all; 0 = the PhDs of `groups`, if any.
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_PEOPLE)))]
    pub graduates_phd: u32,
    /// Master's graduates in all; 0 = the masters of `groups`, if any.
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_PEOPLE)))]
    pub graduates_master: u32,
    /// Detail for some graduates (same degree, rent and months each); those
    /// counted above and in no group take the defaults (the cap, none received).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_GROUPS)))]
    pub groups: Vec<GraduateGroup>,
}

/// A graduate's degree.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Degree {
    Phd,
    Master,
}

impl Degree {
    pub const ALL: [Degree; 2] = [Degree::Phd, Degree::Master];
    pub const fn zh(self) -> &'static str {
        match self {
            Degree::Phd => "博士",
            Degree::Master => "硕士",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Degree::Phd => "PhD",
            Degree::Master => "master",
        })
    }
    pub const fn name(self) -> &'static str {
        match self {
            Degree::Phd => "phd",
            Degree::Master => "master",
        }
    }
}

fn one() -> u32 {
    1
}

/// One graduate, or several in the same situation (readings D7).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GraduateGroup {
    /// `phd` or `master`; required (an entry without it is refused at the field).
    #[serde(default)]
    pub degree: Option<Degree>,
    /// How many graduates (default 1).
    #[serde(default = "one")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_PEOPLE)))]
    pub count: u32,
    /// Actual monthly rent of each (元); absent = at least the cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_RENT_YUAN)))]
    pub rent_yuan: Option<i64>,
    /// Months of rent subsidy each has already received (any rate); absent = see `employed_from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_RENT_MONTHS)))]
    pub months_received: Option<u32>,
    /// Month employment began, `YYYY-MM`; estimates `months_received` when that is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}$")))]
    pub employed_from: Option<String>,
}

impl GraduateGroup {
    /// A group of one graduate with nothing else told.
    pub fn new(degree: Option<Degree>) -> GraduateGroup {
        GraduateGroup { degree, count: 1, rent_yuan: None, months_received: None, employed_from: None }
    }
}

/// `YYYY-MM` as a month number (year × 12 + month − 1); `None` if not a month in range.
pub fn parse_month(s: &str) -> Option<u32> {
    let (y, m) = s.trim().split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let y: u16 = y.parse().ok()?;
    let m: u8 = m.parse().ok()?;
    let d = Date::new(y, m, 1)?;
    Some(month_index(d))
}

/// A date's month as a month number (year × 12 + month − 1).
pub fn month_index(d: Date) -> u32 {
    u32::from(d.year()) * 12 + u32::from(d.month()) - 1
}

/// A bid in government procurement of goods or services.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Procurement {
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub bid_price_yuan: i64,
    /// The tender's own price-deduction rate in basis points (1500 = 15%);
    /// absent = not known: the 20% ceiling is shown as the best case.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_DEDUCTION_BP)))]
    pub deduction_bp: Option<u32>,
}

/// Things each capped separately (readings C3, D3, D4): replaces v1's
/// `achievements.national_key_tech_task`, `leads_standard` and
/// `pilot_platform_investment_yuan`, which are still read (true = 1, one
/// investment = one platform).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Counts {
    /// National key core-technology tasks carried (承担国家关键核心技术攻关任务).
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_COUNT)))]
    pub key_tech_tasks: u32,
    /// International or national standards led or taken part in.
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_COUNT)))]
    pub standards: u32,
    /// Pilot platforms the enterprise builds, each with its construction investment.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_PLATFORMS)))]
    pub pilot_platforms: Vec<PilotPlatform>,
}

/// One pilot (中试) platform.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PilotPlatform {
    /// Construction investment (元).
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_YUAN)))]
    pub investment_yuan: i64,
}

/// Activities that unquantified money items require (readings A7). Not
/// confirmed = the item is shown as "if you do this" in 还可争取.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Activities {
    /// Buys 智算 (AI) computing services (001（八） 算力券).
    pub buys_compute: bool,
    /// Builds an industrial green (smart) micro-grid (001（九）, 003 10.).
    pub green_microgrid: bool,
    /// Runs cross-border e-commerce (003 14.).
    pub cross_border: bool,
    /// Has staff selected for Suzhou's 重点产业紧缺人才计划 (003 17.).
    pub suzhou_talent: bool,
    /// Carries a 揭榜挂帅 key-technology project (003 2.).
    pub jiebang: bool,
    /// Is a digital service provider, or has a solution, product or case put up for Suzhou's selection (003 9.).
    pub digital_provider: bool,
}

/// What the calculator knows about one enterprise.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub city: City,
    /// District or park, where a text names one (e.g. 江北新区). Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_DISTRICT_CHARS)))]
    pub district: Option<String>,
    /// Enterprise size; absent = not chosen yet (the form asks it as a required choice):
    /// measures for SMEs only are then listed as likely, not certain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<Size>,
    /// Registered under 门类 C 制造业.
    #[serde(default)]
    pub manufacturing: bool,
    #[serde(default)]
    pub titles: Titles,
    #[serde(default)]
    pub achievements: Achievements,
    #[serde(default)]
    pub finance: Finance,
    #[serde(default)]
    pub rd: Rd,
    #[serde(default)]
    pub talent: Talent,
    #[serde(default)]
    pub procurement: Procurement,
    #[serde(default, skip_serializing_if = "is_default")]
    pub counts: Counts,
    #[serde(default, skip_serializing_if = "is_default")]
    pub activities: Activities,
    /// Project loans for the 贴息, one entry per project.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_LOANS)))]
    pub loans: Vec<Loan>,
    /// Huai'an 专精特新贷 loans, one entry per loan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_SRDI_LOANS)))]
    pub srdi_loans: Vec<SrdiLoan>,
}

fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}

impl Profile {
    /// A profile with only the city and the size.
    pub fn new(city: City, size: Size) -> Profile {
        Profile { size: Some(size), ..Profile::blank(city) }
    }

    /// A profile with only the city: the blank form (no size chosen yet).
    pub fn blank(city: City) -> Profile {
        Profile {
            city,
            district: None,
            size: None,
            manufacturing: false,
            titles: Titles::default(),
            achievements: Achievements::default(),
            finance: Finance::default(),
            rd: Rd::default(),
            talent: Talent::default(),
            procurement: Procurement::default(),
            counts: Counts::default(),
            activities: Activities::default(),
            loans: Vec::new(),
            srdi_loans: Vec::new(),
        }
    }

    /// Checks every bound; all errors at once, each naming its field.
    pub fn validate(&self, as_of: Date) -> Result<(), InputError> {
        let mut errors = Vec::new();
        if let Some(d) = &self.district {
            if d.chars().count() > MAX_DISTRICT_CHARS {
                errors.push(FieldError::too_long(Path::District, MAX_DISTRICT_CHARS));
            }
        }
        for t in Title::ALL {
            if let Some(r) = self.titles.get(t) {
                validate_title(t, r, as_of, &mut errors);
                // Readings B12: a large firm cannot hold a title given only to SMEs.
                // (Once per field: a title whose year is wrong already has its error there.)
                if t.for_smes_only() && Size::is_large(self.size) && !errors.iter().any(|e: &FieldError| e.field == t.path().as_str()) {
                    errors.push(FieldError::at(
                        t.path(),
                        format!("大型企业不能持有“{}”称号，该称号只授予中小企业；请核对企业规模，或删去该称号", t.zh()),
                        en!(format!("A large enterprise cannot hold the {} title, which is given to SMEs only; check the enterprise size, or remove the title", t.en())),
                    ));
                }
            }
        }
        self.validate_loans(as_of, &mut errors);
        let money = [
            (Path::PilotPlatformInvestmentYuan, self.achievements.pilot_platform_investment_yuan),
            (Path::EquipmentLoanYuan, self.finance.equipment_loan_yuan),
            (Path::GuaranteeYuan, self.finance.guarantee_yuan),
            (Path::RdExpenseThisYearYuan, self.rd.expense_this_year_yuan),
            (Path::RdExpenseLastYearYuan, self.rd.expense_last_year_yuan),
            (Path::BidPriceYuan, self.procurement.bid_price_yuan),
        ];
        for (field, v) in money {
            if !(0..=MAX_YUAN).contains(&v) {
                errors.push(FieldError::money_range(field, v.into()));
            }
        }
        if self.finance.equipment_loan_rate_bp > MAX_RATE_BP {
            errors.push(FieldError::rate_range(Path::EquipmentLoanRateBp, self.finance.equipment_loan_rate_bp.into()));
        }
        for (field, v) in [(Path::GraduatesPhd, self.talent.graduates_phd), (Path::GraduatesMaster, self.talent.graduates_master)] {
            if v > MAX_PEOPLE {
                errors.push(FieldError::people_range(field, v.into()));
            }
        }
        self.validate_detail(as_of, &mut errors);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(InputError { errors })
        }
    }

    /// Graduate groups, counts, pilot platforms and the tender's rate.
    fn validate_detail(&self, as_of: Date, errors: &mut Vec<FieldError>) {
        use crate::path::GroupField as G;
        let groups = &self.talent.groups;
        if groups.len() > MAX_GROUPS {
            errors.push(FieldError::at(
                Path::GraduateGroup(u8::try_from(MAX_GROUPS + 1).unwrap_or(u8::MAX), G::Degree),
                format!("最多填写 {MAX_GROUPS} 组毕业生"),
                en!(format!("At most {MAX_GROUPS} groups of graduates")),
            ));
        }
        for (i, g) in groups.iter().enumerate().take(MAX_GROUPS) {
            let n = u8::try_from(i + 1).unwrap_or(u8::MAX);
            let at = |f| Path::GraduateGroup(n, f);
            if g.degree.is_none() {
                let p = at(G::Degree);
                errors.push(FieldError::at(p, "请填写学历（博士或硕士）".to_owned(), en!("give the degree (PhD or master)".to_owned())));
            }
            if g.count == 0 || g.count > MAX_PEOPLE {
                let p = at(G::Count);
                errors.push(FieldError::at(p, format!("人数 {} 超出范围，应在 1–{MAX_PEOPLE} 之间", g.count), en!(format!("{} people is out of range; it must be 1 to {MAX_PEOPLE}", g.count))));
            }
            if let Some(r) = g.rent_yuan {
                if !(0..=MAX_RENT_YUAN).contains(&r) {
                    let p = at(G::RentYuan);
                    errors.push(FieldError::at(p, format!("每月房租 {r} 元超出范围，应在 0–{MAX_RENT_YUAN} 元之间"), en!(format!("a monthly rent of {r} yuan is out of range; it must be 0 to {MAX_RENT_YUAN} yuan"))));
                }
            }
            if let Some(m) = g.months_received {
                if m > MAX_RENT_MONTHS {
                    let p = at(G::MonthsReceived);
                    errors.push(FieldError::at(
                        p,
                        format!("已领 {m} 个月超出范围，租房补贴累计最长 {MAX_RENT_MONTHS} 个月"),
                        en!(format!("{m} months received is out of range; the rent subsidy lasts {MAX_RENT_MONTHS} months at most")),
                    ));
                }
            }
            if let Some(e) = &g.employed_from {
                let p = at(G::EmployedFrom);
                let shown: String = e.chars().take(20).collect();
                match parse_month(e) {
                    None => errors.push(FieldError::at(p, format!("“{shown}”不是年月，请写成 2024-09"), en!(format!("`{shown}` is not a month; type it as 2024-09")))),
                    Some(m) if m > month_index(as_of) => errors.push(FieldError::at(p, format!("入职月份 {shown} 晚于评估日期 {as_of}"), en!(format!("the month employment began, {shown}, is after the as-of date {as_of}")))),
                    Some(_) => {}
                }
            }
        }
        for (degree, head, _) in [(Degree::Phd, self.talent.graduates_phd, Path::GraduatesPhd), (Degree::Master, self.talent.graduates_master, Path::GraduatesMaster)] {
            if head == 0 {
                continue;
            }
            let mut sum: u64 = 0;
            for (i, g) in groups.iter().enumerate().take(MAX_GROUPS) {
                if g.degree != Some(degree) {
                    continue;
                }
                sum += u64::from(g.count);
                if sum > u64::from(head) {
                    let p = Path::GraduateGroup(u8::try_from(i + 1).unwrap_or(u8::MAX), G::Count);
                    errors.push(FieldError::at(
                        p,
                        format!("各组{}人数合计 {sum} 人，超过上面填写的{}总人数 {head} 人", degree.zh(), degree.zh()),
                        en!(format!("The {} groups add up to {sum}, more than the {head} {} graduates given above", degree.en(), degree.en())),
                    ));
                    break;
                }
            }
        }
        for (p, v) in [(Path::CountKeyTechTasks, self.counts.key_tech_tasks), (Path::CountStandards, self.counts.standards)] {
            if v > MAX_COUNT {
                errors.push(FieldError::at(p, format!("{v} 项超出范围，应在 0–{MAX_COUNT} 项之间"), en!(format!("{v} is out of range; it must be 0 to {MAX_COUNT}"))));
            }
        }
        let platforms = &self.counts.pilot_platforms;
        if platforms.len() > MAX_PLATFORMS {
            let p = Path::PilotPlatform(u8::try_from(MAX_PLATFORMS + 1).unwrap_or(u8::MAX));
            errors.push(FieldError::at(p, format!("最多填写 {MAX_PLATFORMS} 个中试平台"), en!(format!("At most {MAX_PLATFORMS} pilot platforms"))));
        }
        for (i, pl) in platforms.iter().enumerate().take(MAX_PLATFORMS) {
            if !(1..=MAX_YUAN).contains(&pl.investment_yuan) {
                let p = Path::PilotPlatform(u8::try_from(i + 1).unwrap_or(u8::MAX));
                errors.push(FieldError::at(
                    p,
                    format!("建设投入 {} 元超出范围，应在 1–{MAX_YUAN} 元之间", pl.investment_yuan),
                    en!(format!("an investment of {} yuan is out of range; it must be 1 to {MAX_YUAN} yuan", pl.investment_yuan)),
                ));
            }
        }
        if !platforms.is_empty() && self.achievements.pilot_platform_investment_yuan != 0 {
            let p = Path::PilotPlatformInvestmentYuan;
            errors.push(FieldError::at(
                p,
                "中试平台已逐个填写建设投入，这里请留空".to_owned(),
                en!("The pilot platforms are already listed one by one; leave this empty".to_owned()),
            ));
        }
        if let Some(d) = self.procurement.deduction_bp {
            if d > MAX_DEDUCTION_BP {
                let p = Path::DeductionBp;
                errors.push(FieldError::at(
                    p,
                    format!("价格扣除比例 {} 超出范围，应在 0%–{} 之间", crate::money::format_bp(d), crate::money::format_bp(MAX_DEDUCTION_BP)),
                    en!(format!("A price deduction of {} is out of range; it must be 0% to {}", crate::money::format_bp(d), crate::money::format_bp(MAX_DEDUCTION_BP))),
                ));
            }
        }
    }

    /// National key-technology tasks: `counts.key_tech_tasks`, or 1 from v1's yes/no.
    pub fn key_tech_tasks(&self) -> u32 {
        self.counts.key_tech_tasks.max(u32::from(self.achievements.national_key_tech_task))
    }

    /// Standards led or taken part in: `counts.standards`, or 1 from v1's yes/no.
    pub fn standards(&self) -> u32 {
        self.counts.standards.max(u32::from(self.achievements.leads_standard))
    }

    /// Each pilot platform's investment (元): `counts.pilot_platforms`, or v1's one investment as one platform.
    pub fn pilot_platform_investments(&self) -> impl Iterator<Item = i64> + '_ {
        let v1 = (self.counts.pilot_platforms.is_empty() && self.achievements.pilot_platform_investment_yuan > 0).then_some(self.achievements.pilot_platform_investment_yuan);
        self.counts.pilot_platforms.iter().map(|p| p.investment_yuan).chain(v1)
    }

    /// Graduates of a degree: the head count given, else the sum of that degree's groups.
    pub fn graduates(&self, d: Degree) -> u32 {
        let head = match d {
            Degree::Phd => self.talent.graduates_phd,
            Degree::Master => self.talent.graduates_master,
        };
        if head > 0 {
            return head;
        }
        self.talent.groups.iter().filter(|g| g.degree == Some(d)).fold(0u32, |a, g| a.saturating_add(g.count))
    }

    /// The project loans for the 贴息: `loans`, or the v1 `finance.equipment_loan_*`
    /// fields as one loan (a v1 rate of 0 meant "not given"; no loan when its amount is 0).
    pub fn project_loans(&self) -> Vec<Loan> {
        if !self.loans.is_empty() || self.finance.equipment_loan_yuan <= 0 {
            return self.loans.clone();
        }
        let f = &self.finance;
        vec![Loan {
            equipment_yuan: f.equipment_loan_yuan,
            rate_bp: (f.equipment_loan_rate_bp > 0).then_some(f.equipment_loan_rate_bp),
            central_subsidy: f.central_subsidy,
            ..Loan::default()
        }]
    }

    /// Whether the v1 loan fields are used (any of them set).
    pub fn uses_v1_loan(&self) -> bool {
        let f = &self.finance;
        f.equipment_loan_yuan != 0 || f.equipment_loan_rate_bp != 0 || f.central_subsidy
    }

    fn validate_loans(&self, as_of: Date, errors: &mut Vec<FieldError>) {
        if !self.loans.is_empty() && self.uses_v1_loan() {
            errors.push(FieldError::at(
                Path::EquipmentLoanYuan,
                "已逐笔填写项目贷款，这里请留空（一笔贷款可以只填这里，多笔请逐笔填写）".to_owned(),
                en!("The project loans are listed one by one; leave this empty (one loan can go here, several go one by one)".to_owned()),
            ));
        }
        if self.loans.len() > MAX_LOANS {
            errors.push(FieldError::new("loans", format!("最多填写 {MAX_LOANS} 笔项目贷款"), en!(format!("At most {MAX_LOANS} project loans"))));
        }
        for (i, l) in self.loans.iter().take(MAX_LOANS).enumerate() {
            let n = i as u8 + 1;
            let at = |f| Path::Loan(n, f);
            if !(1..=MAX_YUAN).contains(&l.equipment_yuan) {
                errors.push(FieldError::at(
                    at(LoanField::EquipmentYuan),
                    format!("设备购置部分金额 {} 元无效，应在 1 至 {MAX_YUAN} 元之间（没有这笔贷款就删去这一行）", l.equipment_yuan),
                    en!(format!("equipment part of {} yuan is invalid; it must be 1 to {MAX_YUAN} yuan (remove the loan if there is none)", l.equipment_yuan)),
                ));
            }
            if let Some(b) = l.avg_balance_yuan {
                if !(0..=MAX_YUAN).contains(&b) {
                    errors.push(FieldError::money_range(at(LoanField::AvgBalanceYuan), b.into()));
                } else if b > l.equipment_yuan {
                    errors.push(FieldError::at(
                        at(LoanField::AvgBalanceYuan),
                        format!("平均余额 {b} 元不能大于设备购置部分 {} 元", l.equipment_yuan),
                        en!(format!("the average balance ({b} yuan) cannot exceed the equipment part ({} yuan)", l.equipment_yuan)),
                    ));
                }
            }
            if let Some(r) = l.rate_bp {
                validate_rate(at(LoanField::RateBp), r, errors);
            }
            if let Some(d) = l.start {
                if d > as_of {
                    errors.push(FieldError::at(
                        at(LoanField::Start),
                        format!("放款日期 {d} 晚于评估日期 {as_of}"),
                        en!(format!("drawdown date {d} is after the as-of date {as_of}")),
                    ));
                }
                if l.start_year.is_some() {
                    errors.push(FieldError::at(
                        at(LoanField::StartYear),
                        "已填放款日期，放款年份请留空".to_owned(),
                        en!("the drawdown date is given; leave the year empty".to_owned()),
                    ));
                }
            }
            if let Some(y) = l.start_year {
                validate_year(at(LoanField::StartYear), y, as_of, errors);
            }
        }
        if self.srdi_loans.len() > MAX_SRDI_LOANS {
            errors.push(FieldError::new(
                "srdi_loans",
                format!("最多填写 {MAX_SRDI_LOANS} 笔专精特新贷"),
                en!(format!("At most {MAX_SRDI_LOANS} SRDI loans")),
            ));
        }
        for (i, l) in self.srdi_loans.iter().take(MAX_SRDI_LOANS).enumerate() {
            let n = i as u8 + 1;
            let at = |f| Path::SrdiLoan(n, f);
            if !(1..=MAX_YUAN).contains(&l.principal_yuan) {
                errors.push(FieldError::at(
                    at(SrdiLoanField::PrincipalYuan),
                    format!("贷款本金 {} 元无效，应在 1 至 {MAX_YUAN} 元之间", l.principal_yuan),
                    en!(format!("principal of {} yuan is invalid; it must be 1 to {MAX_YUAN} yuan", l.principal_yuan)),
                ));
            }
            if !(1..=MAX_TENOR_MONTHS).contains(&l.tenor_months) {
                errors.push(FieldError::at(
                    at(SrdiLoanField::TenorMonths),
                    format!("贷款期限 {} 个月无效，应为 1 至 {MAX_TENOR_MONTHS} 个月", l.tenor_months),
                    en!(format!("a tenor of {} months is invalid; it must be 1 to {MAX_TENOR_MONTHS} months", l.tenor_months)),
                ));
            }
            // A loan entered in the form without its contract date holds the earliest date
            // accepted; no 专精特新贷 predates the 2025 plan, so that means "not given".
            if l.signed == Date::ymd(MIN_YEAR, 1, 1) {
                errors.push(FieldError::at(at(SrdiLoanField::Signed), "请填写合同签订日期，如 2025-07-01".into(), en!("Give the contract date, e.g. 2025-07-01")));
            } else if l.signed > as_of {
                errors.push(FieldError::at(
                    at(SrdiLoanField::Signed),
                    format!("签约日期 {} 晚于评估日期 {as_of}", l.signed),
                    en!(format!("contract date {} is after the as-of date {as_of}", l.signed)),
                ));
            }
            if let Some(r) = l.rate_bp {
                validate_rate(at(SrdiLoanField::RateBp), r, errors);
            }
        }
    }

}

fn validate_rate(field: Path, r: u32, errors: &mut Vec<FieldError>) {
    if r == 0 {
        errors.push(FieldError::at(
            field,
            "利率应大于 0，不知道就不填".to_owned(),
            en!("the rate must be above 0; leave it empty if not known".to_owned()),
        ));
    } else if r > MAX_RATE_BP {
        errors.push(FieldError::rate_range(field, r.into()));
    }
}

fn validate_year(field: Path, y: u16, as_of: Date, errors: &mut Vec<FieldError>) {
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        errors.push(FieldError::year_range(field, y.into()));
    } else if y > as_of.year() {
        errors.push(FieldError::year_after_as_of(field, y, as_of));
    }
}

fn validate_month(field: Path, m: Option<u8>, errors: &mut Vec<FieldError>) {
    if let Some(m) = m.filter(|m| !(1..=12).contains(m)) {
        errors.push(FieldError::at(field, format!("月份 {m} 无效，应为 1–12"), en!(format!("month {m} is invalid; it must be 1 to 12"))));
    }
}

fn validate_title(t: Title, r: &TitleRecord, as_of: Date, errors: &mut Vec<FieldError>) {
    let detail = |part: TitlePart| Path::TitleDetail(t as u8, part);
    validate_year(t.path(), r.first_year, as_of, errors);
    validate_month(detail(TitlePart::FirstMonth), r.first_month, errors);
    validate_month(detail(TitlePart::RenewedMonth), r.renewed_month, errors);
    let after = |y: u16, m: Option<u8>| y == as_of.year() && m.is_some_and(|m| m > as_of.month());
    if after(r.first_year, r.first_month) {
        let f = detail(TitlePart::FirstMonth);
        errors.push(FieldError::at(f, format!("首次认定月份晚于评估日期 {as_of}"), en!(format!("the month first recognised is after the as-of date {as_of}"))));
    }
    match r.renewed_year {
        Some(y) => {
            let f = detail(TitlePart::RenewedYear);
            validate_year(f, y, as_of, errors);
            if y < r.first_year {
                errors.push(FieldError::at(
                    f,
                    format!("复核年份 {y} 不能早于首次认定年份 {}", r.first_year),
                    en!(format!("the renewal year {y} cannot be before the year first recognised ({})", r.first_year)),
                ));
            }
            if after(y, r.renewed_month) {
                let f = detail(TitlePart::RenewedMonth);
                errors.push(FieldError::at(f, format!("复核月份晚于评估日期 {as_of}"), en!(format!("the renewal month is after the as-of date {as_of}"))));
            }
        }
        None if r.renewed_month.is_some() => {
            let f = detail(TitlePart::RenewedMonth);
            errors.push(FieldError::at(f, "请先填写复核年份".to_owned(), en!("give the renewal year first".to_owned())));
        }
        None => {}
    }
}

/// Converts a validated whole-yuan input to fen (cannot overflow within `MAX_YUAN`).
pub fn yuan_to_fen(yuan: i64) -> Fen {
    yuan.clamp(0, MAX_YUAN) * FEN_PER_YUAN
}
