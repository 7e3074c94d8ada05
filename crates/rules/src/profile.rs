//! The enterprise profile: what a user tells the calculator. Every field is
//! bounded; `Profile::validate` names the field and the limit in Chinese and
//! English. Missing yes/no fields and amounts default to "no" / zero.

use crate::bounds::{MAX_DISTRICT_CHARS, MAX_PEOPLE, MAX_RATE_BP, MAX_YEAR, MAX_YUAN, MIN_YEAR};
use crate::bounds::{MAX_COUNT, MAX_DEDUCTION_BP, MAX_GROUPS, MAX_PLATFORMS, MAX_RENT_MONTHS, MAX_RENT_YUAN};
use crate::date::Date;
use crate::error::{FieldError, InputError};
use crate::money::{Fen, FEN_PER_YUAN};
use crate::path::Path;
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
        match self {
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
        }
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
    pub const fn en(self) -> &'static str {
        match self {
            Size::Micro => "micro",
            Size::Small => "small",
            Size::Medium => "medium",
            Size::Large => "large",
        }
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
        match self {
            Title::InnovativeSme => "innovative SME",
            Title::ProvincialSrdi => "provincial SRDI SME",
            Title::LittleGiant => "national SRDI \"little giant\"",
            Title::SingleChampion => "national manufacturing single champion",
            Title::DemoPlatform => "national SME public service demonstration platform",
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

/// The year each title was first obtained; absent when not held.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Titles {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    pub innovative_sme: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    pub provincial_srdi: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    pub little_giant: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    pub single_champion: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = MIN_YEAR, max = MAX_YEAR)))]
    pub demo_platform: Option<u16>,
}

impl Titles {
    pub fn first_year(&self, t: Title) -> Option<u16> {
        match t {
            Title::InnovativeSme => self.innovative_sme,
            Title::ProvincialSrdi => self.provincial_srdi,
            Title::LittleGiant => self.little_giant,
            Title::SingleChampion => self.single_champion,
            Title::DemoPlatform => self.demo_platform,
        }
    }
    pub fn set(&mut self, t: Title, year: Option<u16>) {
        let slot = match t {
            Title::InnovativeSme => &mut self.innovative_sme,
            Title::ProvincialSrdi => &mut self.provincial_srdi,
            Title::LittleGiant => &mut self.little_giant,
            Title::SingleChampion => &mut self.single_champion,
            Title::DemoPlatform => &mut self.demo_platform,
        };
        *slot = year;
    }
    pub fn holds(&self, t: Title) -> bool {
        self.first_year(t).is_some()
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

/// Borrowing and guarantees.
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
        match self {
            Degree::Phd => "PhD",
            Degree::Master => "master",
        }
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
    pub size: Size,
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
}

fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}

impl Profile {
    /// A profile with only the required fields.
    pub fn new(city: City, size: Size) -> Profile {
        Profile {
            city,
            district: None,
            size,
            manufacturing: false,
            titles: Titles::default(),
            achievements: Achievements::default(),
            finance: Finance::default(),
            rd: Rd::default(),
            talent: Talent::default(),
            procurement: Procurement::default(),
            counts: Counts::default(),
            activities: Activities::default(),
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
            if let Some(y) = self.titles.first_year(t) {
                if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
                    errors.push(FieldError::year_range(t.path(), y));
                } else if y > as_of.year() {
                    errors.push(FieldError::year_after_as_of(t.path(), y, as_of));
                }
            }
        }
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
                errors.push(FieldError::money_range(field, v));
            }
        }
        if self.finance.equipment_loan_rate_bp > MAX_RATE_BP {
            errors.push(FieldError::rate_range(Path::EquipmentLoanRateBp, self.finance.equipment_loan_rate_bp));
        }
        for (field, v) in [(Path::GraduatesPhd, self.talent.graduates_phd), (Path::GraduatesMaster, self.talent.graduates_master)] {
            if v > MAX_PEOPLE {
                errors.push(FieldError::people_range(field, v));
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
                format!("talent.groups：最多填写 {MAX_GROUPS} 组毕业生"),
                format!("talent.groups: at most {MAX_GROUPS} groups of graduates"),
            ));
        }
        for (i, g) in groups.iter().enumerate().take(MAX_GROUPS) {
            let n = u8::try_from(i + 1).unwrap_or(u8::MAX);
            let at = |f| Path::GraduateGroup(n, f);
            if g.degree.is_none() {
                let p = at(G::Degree);
                errors.push(FieldError::at(p, format!("{p}：请填写学历（博士或硕士）"), format!("{p}: give the degree (PhD or master)")));
            }
            if g.count == 0 || g.count > MAX_PEOPLE {
                let p = at(G::Count);
                errors.push(FieldError::at(p, format!("{p}：人数 {} 超出范围，应在 1–{MAX_PEOPLE} 之间", g.count), format!("{p}: {} people is out of range; it must be 1 to {MAX_PEOPLE}", g.count)));
            }
            if let Some(r) = g.rent_yuan {
                if !(0..=MAX_RENT_YUAN).contains(&r) {
                    let p = at(G::RentYuan);
                    errors.push(FieldError::at(p, format!("{p}：每月房租 {r} 元超出范围，应在 0–{MAX_RENT_YUAN} 元之间"), format!("{p}: a monthly rent of {r} yuan is out of range; it must be 0 to {MAX_RENT_YUAN} yuan")));
                }
            }
            if let Some(m) = g.months_received {
                if m > MAX_RENT_MONTHS {
                    let p = at(G::MonthsReceived);
                    errors.push(FieldError::at(
                        p,
                        format!("{p}：已领 {m} 个月超出范围，租房补贴累计最长 {MAX_RENT_MONTHS} 个月"),
                        format!("{p}: {m} months received is out of range; the rent subsidy lasts {MAX_RENT_MONTHS} months at most"),
                    ));
                }
            }
            if let Some(e) = &g.employed_from {
                let p = at(G::EmployedFrom);
                let shown: String = e.chars().take(20).collect();
                match parse_month(e) {
                    None => errors.push(FieldError::at(p, format!("{p}：“{shown}”不是年月，请写成 2024-09"), format!("{p}: `{shown}` is not a month; type it as 2024-09"))),
                    Some(m) if m > month_index(as_of) => errors.push(FieldError::at(p, format!("{p}：入职月份 {shown} 晚于评估日期 {as_of}"), format!("{p}: the month employment began, {shown}, is after the as-of date {as_of}"))),
                    Some(_) => {}
                }
            }
        }
        for (degree, head, head_path) in [(Degree::Phd, self.talent.graduates_phd, Path::GraduatesPhd), (Degree::Master, self.talent.graduates_master, Path::GraduatesMaster)] {
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
                        format!("{p}：各组{}人数合计 {sum} 人，超过上面填写的{}人数 {head} 人（{head_path}）", degree.zh(), degree.zh()),
                        format!("{p}: the {} groups add up to {sum}, more than the {head} {} graduates given above ({head_path})", degree.en(), degree.en()),
                    ));
                    break;
                }
            }
        }
        for (p, v) in [(Path::CountKeyTechTasks, self.counts.key_tech_tasks), (Path::CountStandards, self.counts.standards)] {
            if v > MAX_COUNT {
                errors.push(FieldError::at(p, format!("{p}：{v} 项超出范围，应在 0–{MAX_COUNT} 项之间"), format!("{p}: {v} is out of range; it must be 0 to {MAX_COUNT}")));
            }
        }
        let platforms = &self.counts.pilot_platforms;
        if platforms.len() > MAX_PLATFORMS {
            let p = Path::PilotPlatform(u8::try_from(MAX_PLATFORMS + 1).unwrap_or(u8::MAX));
            errors.push(FieldError::at(p, format!("counts.pilot_platforms：最多填写 {MAX_PLATFORMS} 个中试平台"), format!("counts.pilot_platforms: at most {MAX_PLATFORMS} pilot platforms")));
        }
        for (i, pl) in platforms.iter().enumerate().take(MAX_PLATFORMS) {
            if !(1..=MAX_YUAN).contains(&pl.investment_yuan) {
                let p = Path::PilotPlatform(u8::try_from(i + 1).unwrap_or(u8::MAX));
                errors.push(FieldError::at(
                    p,
                    format!("{p}：建设投入 {} 元超出范围，应在 1–{MAX_YUAN} 元之间", pl.investment_yuan),
                    format!("{p}: an investment of {} yuan is out of range; it must be 1 to {MAX_YUAN} yuan", pl.investment_yuan),
                ));
            }
        }
        if !platforms.is_empty() && self.achievements.pilot_platform_investment_yuan != 0 {
            let p = Path::PilotPlatformInvestmentYuan;
            errors.push(FieldError::at(
                p,
                format!("{p}：已按平台逐个填写建设投入（counts.pilot_platforms），请只用一种写法"),
                format!("{p}: the platforms are already listed one by one (counts.pilot_platforms); use one form only"),
            ));
        }
        if let Some(d) = self.procurement.deduction_bp {
            if d > MAX_DEDUCTION_BP {
                let p = Path::DeductionBp;
                errors.push(FieldError::at(
                    p,
                    format!("{p}：价格扣除比例 {d} 个基点（{}）超出范围，应在 0–{MAX_DEDUCTION_BP} 个基点（0%–{}）之间", crate::money::format_bp(d), crate::money::format_bp(MAX_DEDUCTION_BP)),
                    format!("{p}: a price deduction of {d} bp ({}) is out of range; it must be 0 to {MAX_DEDUCTION_BP} bp (0% to {})", crate::money::format_bp(d), crate::money::format_bp(MAX_DEDUCTION_BP)),
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

    /// Holds a title that makes it a 专精特新中小企业 (provincial SRDI or 小巨人), and is not large.
    pub fn is_srdi_sme(&self) -> bool {
        self.size != Size::Large && (self.titles.holds(Title::ProvincialSrdi) || self.titles.holds(Title::LittleGiant))
    }

    /// Holds any 专精特新 title (provincial SRDI, 小巨人 or 单项冠军).
    pub fn is_srdi_enterprise(&self) -> bool {
        self.titles.holds(Title::ProvincialSrdi) || self.titles.holds(Title::LittleGiant) || self.titles.holds(Title::SingleChampion)
    }
}

/// Converts a validated whole-yuan input to fen (cannot overflow within `MAX_YUAN`).
pub fn yuan_to_fen(yuan: i64) -> Fen {
    yuan.clamp(0, MAX_YUAN) * FEN_PER_YUAN
}
