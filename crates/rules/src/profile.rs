//! The enterprise profile: what a user tells the calculator. Every field is
//! bounded; `Profile::validate` names the field and the limit in Chinese and
//! English. Missing yes/no fields and amounts default to "no" / zero.

use crate::bounds::{MAX_DISTRICT_CHARS, MAX_PEOPLE, MAX_RATE_BP, MAX_YEAR, MAX_YUAN, MIN_YEAR};
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

/// Graduates employed (who meet the rent-subsidy conditions), by degree.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Talent {
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_PEOPLE)))]
    pub graduates_phd: u32,
    #[cfg_attr(feature = "schema", schemars(range(max = MAX_PEOPLE)))]
    pub graduates_master: u32,
}

/// A bid in government procurement of goods or services.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Procurement {
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = MAX_YUAN)))]
    pub bid_price_yuan: i64,
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
        if errors.is_empty() {
            Ok(())
        } else {
            Err(InputError { errors })
        }
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
