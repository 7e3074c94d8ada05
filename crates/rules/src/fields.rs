//! Every profile field as people type it: one table of dotted paths with
//! labels and help in both languages, and one parser for what a person
//! enters (全角 digits, `1,000,000`, `100万`, `3.5%`). The web form, share
//! links and the CLI's CSV input all set fields through here, so they accept
//! and refuse exactly the same things.

use crate::error::FieldError;
use crate::bounds::{MAX_COUNT, MAX_DEDUCTION_BP, MAX_GROUPS, MAX_PLATFORMS};
use crate::bounds::{MAX_DISTRICT_CHARS, MAX_LOANS, MAX_PEOPLE, MAX_RATE_BP, MAX_SRDI_LOANS, MAX_TENOR_MONTHS, MAX_YEAR, MAX_YUAN, MIN_YEAR};
use crate::date::Date;
use crate::path::{GroupField, LoanField, Path, SrdiLoanField, TitlePart};
use crate::profile::{City, Degree, GraduateGroup, Loan, PilotPlatform, Profile, Size, SrdiLoan, Title, TitleRecord, Validity};

/// What kind of value a field holds, and so how it is typed and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    City,
    Size,
    /// Yes / no.
    Flag,
    /// A year a title was first obtained; empty = not held.
    Year,
    /// Whole 元.
    Yuan,
    /// A yearly rate typed as a percentage, stored in basis points.
    Percent,
    /// A head count.
    People,
    /// Free text.
    Text,
    /// A number of things (tasks, standards, months).
    Count,
    /// A graduate's degree (`phd` / `master`, 博士 / 硕士).
    Degree,
    /// A month, `YYYY-MM`.
    Month,
    /// A month of the year, 1–12; empty = not known.
    MonthNumber,
    /// A date `YYYY-MM-DD`; empty = not known.
    Date,
    /// A title's validity: 有效 / 已失效 / empty (按三年推定).
    Validity,
    /// A loan's tenor in months.
    Months,
}

/// The form's sections, in the order a business owner fills them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Basic,
    Titles,
    Innovation,
    Finance,
    Talent,
    Procurement,
    Activities,
}

impl Section {
    pub const ALL: [Section; 7] = [Section::Basic, Section::Titles, Section::Innovation, Section::Finance, Section::Talent, Section::Procurement, Section::Activities];
    /// A lower-case name for CSS classes and ids.
    pub const fn name(self) -> &'static str {
        match self {
            Section::Basic => "basic",
            Section::Titles => "titles",
            Section::Innovation => "innovation",
            Section::Finance => "finance",
            Section::Talent => "talent",
            Section::Procurement => "procurement",
            Section::Activities => "activities",
        }
    }
    pub const fn zh(self) -> &'static str {
        match self {
            Section::Basic => "基本信息",
            Section::Titles => "资质与荣誉",
            Section::Innovation => "研发与创新",
            Section::Finance => "融资",
            Section::Talent => "人才",
            Section::Procurement => "政府采购",
            Section::Activities => "经营活动",
        }
    }
    pub const fn en(self) -> &'static str {
        crate::model::en(match self {
            Section::Basic => "Basic information",
            Section::Titles => "Titles and honours",
            Section::Innovation => "R&D and innovation",
            Section::Finance => "Financing",
            Section::Talent => "Talent",
            Section::Procurement => "Government procurement",
            Section::Activities => "Business activities",
        })
    }
}

/// One field of the profile.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub path: Path,
    pub kind: Kind,
    pub section: Section,
    pub label_zh: &'static str,
    pub label_en: &'static str,
    pub help_zh: &'static str,
    pub help_en: &'static str,
}

const fn f(path: Path, kind: Kind, section: Section, label_zh: &'static str, label_en: &'static str, help_zh: &'static str, help_en: &'static str) -> Field {
    Field { path, kind, section, label_zh, label_en: crate::model::en(label_en), help_zh, help_en: crate::model::en(help_en) }
}

use Kind as K;
use Path as P;
use Section as S;

/// Every field, in form order.
pub const FIELDS: &[Field] = &[
    f(P::City, K::City, S::Basic, "所在城市", "City", "企业注册地所在的设区市。", "The prefecture city where the enterprise is registered."),
    f(P::District, K::Text, S::Basic, "所在区（园区）", "District / park", "选填，如江北新区、昆山市；区级支持由各区自定，结果中附说明。", "Optional, e.g. Jiangbei New Area or Kunshan; district support is set by each district: the results add a note."),
    f(P::Size, K::Size, S::Basic, "企业规模", "Enterprise size", "按工信部联企业〔2011〕300号划型。", "As classified under MIIT rules (2011, No. 300)."),
    f(P::Manufacturing, K::Flag, S::Basic, "属于制造业", "Manufacturing", "国民经济行业分类门类 C。", "Registered under section C, manufacturing."),
    f(P::TitleInnovativeSme, K::Year, S::Titles, "创新型中小企业", "Innovative SME", "首次获得的年份；没有就留空。", "Year first obtained; leave empty if not held."),
    f(P::TitleProvincialSrdi, K::Year, S::Titles, "省级专精特新中小企业", "Provincial SRDI SME", "首次认定的年份；没有就留空。", "Year first recognised; leave empty if not held."),
    f(P::TitleLittleGiant, K::Year, S::Titles, "国家级专精特新“小巨人”", "National little giant", "首次获评的年份；没有就留空。", "Year first named; leave empty if not held."),
    f(P::TitleSingleChampion, K::Year, S::Titles, "国家制造业单项冠军", "National single champion", "首次获评的年份；没有就留空。", "Year first named; leave empty if not held."),
    f(P::TitleDemoPlatform, K::Year, S::Titles, "国家中小企业公共服务示范平台", "National SME service demo platform", "首次获评的年份；没有就留空。", "Year first named; leave empty if not held."),
    f(P::NationalKeyTechTask, K::Flag, S::Innovation, "承担国家关键核心技术攻关任务", "National key core-technology task", "牵头或参与均可。", "Leading or taking part."),
    f(P::LeadsStandard, K::Flag, S::Innovation, "主导或参与制定国际、国家标准", "Leads or joins international / national standards", "正在或已经参与起草。", "Drafting now or done."),
    f(P::GenerativeAiFiled, K::Flag, S::Innovation, "完成生成式人工智能大模型备案", "Generative-AI model filed", "已完成国家网信部门备案。", "Filing with the national cyberspace authority completed."),
    f(P::SmartFactoryExcellent, K::Flag, S::Innovation, "国家卓越级或领航级智能工厂", "National excellent / leading smart factory", "已获批。", "Approved."),
    f(P::IndustrialInternetPlatform, K::Flag, S::Innovation, "建设工业互联网平台", "Builds an industrial internet platform", "平台企业。", "As the platform operator."),
    f(P::FirstSetProduct, K::Flag, S::Innovation, "首台（套）、首批次、首版次产品", "First-set / first-batch / first-version product", "重大装备、新材料或软件。", "Major equipment, new material or software."),
    f(P::ChuangkeWinner, K::Flag, S::Innovation, "“创客中国”大赛优胜", "Maker China contest winner", "中小企业创新创业大赛。", "The SME innovation contest."),
    f(P::PilotPlatformInvestmentYuan, K::Yuan, S::Innovation, "中试平台建设投入（元）", "Pilot-platform investment (yuan)", "可写 500万 或 5,000,000。", "You may type 500万 or 5,000,000."),
    f(P::CountKeyTechTasks, K::Count, S::Innovation, "承担的国家关键核心技术攻关任务（项）", "National key-technology tasks (number)", "有多项时填写项数；每项分别有上限。", "If more than one, give the number; each has its own cap."),
    f(P::CountStandards, K::Count, S::Innovation, "主导或参与的国际、国家标准（项）", "International / national standards (number)", "有多项时填写项数；每项分别有上限。", "If more than one, give the number; each has its own cap."),
    f(P::RdExpenseThisYearYuan, K::Yuan, S::Innovation, "今年研发费用（元）", "R&D expense this year (yuan)", "用于淮安研发补贴上浮。", "Used for Huai'an's R&D subsidy uplift."),
    f(P::RdExpenseLastYearYuan, K::Yuan, S::Innovation, "上年研发费用（元）", "R&D expense last year (yuan)", "用于计算同比增量。", "Used for the year-on-year increase."),
    f(P::RdBaseSubsidyReceived, K::Flag, S::Innovation, "已获得淮安市研发费用补贴（基础或增量）", "Receives Huai'an's R&D-expense subsidy (base or increase)", "上浮的是这项补贴；未获得则上浮部分只算“可能”。", "The raise is on that subsidy; without it the raise is only likely."),
    f(P::EquipmentLoanYuan, K::Yuan, S::Finance, "设备购置贷款本金（元）", "Equipment-purchase loan (yuan)", "项目贷款中用于购置设备（含软件）的部分。", "The equipment (and software) part of a project loan."),
    f(P::EquipmentLoanRateBp, K::Percent, S::Finance, "该贷款年利率（%）", "That loan's annual rate (%)", "如 3.2；贴息不超过实际利息。", "e.g. 3.2; the subsidy never exceeds the interest."),
    f(P::CentralSubsidy, K::Flag, S::Finance, "已有同类中央财政贴息", "Already has a central subsidy of the same type", "有则只享受省级 1 个百分点。", "If so, only the provincial 1 point applies."),
    f(P::GuaranteeYuan, K::Yuan, S::Finance, "融资担保金额（元）", "Guaranteed amount (yuan)", "用于估算担保费上限。", "Used to show the fee ceiling."),
    f(P::BridgeLoanNeed, K::Flag, S::Finance, "有转贷（过桥）需求", "Needs a bridge loan", "贷款到期需续贷周转。", "A maturing loan needs rolling over."),
    f(P::GraduatesPhd, K::People, S::Talent, "招用的博士毕业生（人）", "PhD graduates employed", "毕业 2 年内、在宁缴社保、无自有住房。", "Within 2 years of graduating, insured locally, no own home."),
    f(P::GraduatesMaster, K::People, S::Talent, "招用的硕士毕业生（人）", "Master's graduates employed", "条件同上。", "Same conditions."),
    f(P::BidPriceYuan, K::Yuan, S::Procurement, "政府采购投标报价（元）", "Procurement bid price (yuan)", "货物或服务项目。", "Goods or services tender."),
    f(P::DeductionBp, K::Percent, S::Procurement, "采购文件规定的价格扣除比例（%）", "The tender's price deduction (%)", "见采购文件，0–20；不知道就留空，按上限 20% 估算最有利情形。", "See the tender documents, 0–20; leave empty if not known (the 20% ceiling, the best case)."),
    f(P::ActivityBuysCompute, K::Flag, S::Activities, "购买智算服务", "Buys AI computing services", "用于人工智能研发或应用的算力服务（算力券）。", "Computing services for AI work (compute vouchers)."),
    f(P::ActivityGreenMicrogrid, K::Flag, S::Activities, "建设工业绿色微电网", "Builds an industrial green micro-grid", "含智能微电网。", "Smart micro-grids included."),
    f(P::ActivityCrossBorder, K::Flag, S::Activities, "开展跨境电商业务", "Runs cross-border e-commerce", "含参加跨境电商展会。", "Including its trade fairs."),
    f(P::ActivitySuzhouTalent, K::Flag, S::Activities, "员工入选苏州重点产业紧缺人才计划", "Staff selected for Suzhou's talent plan", "苏州市重点产业紧缺人才计划。", "Suzhou's key-industry talent plan."),
    f(P::ActivityJiebang, K::Flag, S::Activities, "承担“揭榜挂帅”项目", "Carries an open-challenge (揭榜挂帅) project", "关键核心技术攻关。", "A key core-technology project."),
    f(P::ActivityDigitalProvider, K::Flag, S::Activities, "数字化服务商，或解决方案、案例参评", "Digital service provider, or solution / case put up for selection", "苏州对优秀服务商、解决方案和案例的奖励。", "Suzhou's awards for digital providers, solutions and cases."),
];

/// The field of an entry of a repeated group (not in [`FIELDS`]: the form
/// shows them as details), e.g. `talent.groups.1.rent_yuan`.
const GROUP_FIELDS: [Field; 6] = [
    f(P::GraduateGroup(1, crate::path::GroupField::Degree), K::Degree, S::Talent, "学历", "Degree", "博士或硕士。", "PhD or master."),
    f(P::GraduateGroup(1, crate::path::GroupField::Count), K::Count, S::Talent, "人数", "Graduates", "情况相同的毕业生人数，默认 1。", "Graduates in the same situation; 1 if empty."),
    f(P::GraduateGroup(1, crate::path::GroupField::RentYuan), K::Yuan, S::Talent, "实际月租（元）", "Actual monthly rent (yuan)", "房租低于标准的按实际房租发放；不填按上限计算。", "Paid at the actual rent if lower; the cap if empty."),
    f(P::GraduateGroup(1, crate::path::GroupField::MonthsReceived), K::Count, S::Talent, "已领租房补贴（月）", "Months of rent subsidy received", "累计最长 36 个月；不填按入职月份推算。", "36 months at most; estimated from the start month if empty."),
    f(P::GraduateGroup(1, crate::path::GroupField::EmployedFrom), K::Month, S::Talent, "入职年月", "Month employment began", "如 2024-09。", "e.g. 2024-09."),
    f(P::PilotPlatform(1), K::Yuan, S::Innovation, "中试平台建设投入（元）", "Pilot-platform investment (yuan)", "每个平台分别填写。", "One entry per platform."),
];

/// The fields of one project loan (`loans.N.…`), shown for loan 1; every
/// loan's fields read the same (see [`field`]).
pub const LOAN_FIELDS: &[Field] = &[
    f(P::Loan(1, LoanField::EquipmentYuan), K::Yuan, S::Finance, "设备购置部分（元）", "Equipment part (yuan)", "该项目贷款中用于购置设备（含软件）的部分，不是整笔贷款。", "The equipment (and software) part of this project loan, not the whole loan."),
    f(P::Loan(1, LoanField::AvgBalanceYuan), K::Yuan, S::Finance, "年内平均余额（元）", "Average balance in the year (yuan)", "选填：贷款未满一年或已部分还款时填写；贴息按平均余额计算。", "Optional: for a loan not outstanding all year or partly repaid; the subsidy runs on the average balance."),
    f(P::Loan(1, LoanField::RateBp), K::Percent, S::Finance, "年利率（%）", "Annual rate (%)", "选填，如 3.2；贴息不超过实际利息。", "Optional, e.g. 3.2; the subsidy never exceeds the interest."),
    f(P::Loan(1, LoanField::Start), K::Date, S::Finance, "首次放款日期", "Drawdown date", "选填，如 2025-07-01；当年放款的按天折算。", "Optional, e.g. 2025-07-01; a loan drawn this year is pro-rated by days."),
    f(P::Loan(1, LoanField::StartYear), K::Year, S::Finance, "放款年份", "Year drawn", "只知道年份时填写。", "When only the year is known."),
    f(P::Loan(1, LoanField::CentralSubsidy), K::Flag, S::Finance, "该项目已有同类中央财政贴息", "Central subsidy of the same type", "有则只享受省级 1 个百分点。", "If so, only the provincial 1 point applies."),
];

/// The fields of one Huai'an 专精特新贷 (`srdi_loans.N.…`), shown for loan 1.
pub const SRDI_LOAN_FIELDS: &[Field] = &[
    f(P::SrdiLoan(1, SrdiLoanField::PrincipalYuan), K::Yuan, S::Finance, "专精特新贷本金（元）", "SRDI loan principal (yuan)", "淮安“专精特新贷”的贷款本金。", "The principal of a Huai'an SRDI loan."),
    f(P::SrdiLoan(1, SrdiLoanField::TenorMonths), K::Months, S::Finance, "贷款期限（月）", "Tenor (months)", "5 年（60 个月）及以内按一年期 LPR，以上按五年期以上 LPR。", "Up to 5 years (60 months): 1-year LPR; longer: over-5-year LPR."),
    f(P::SrdiLoan(1, SrdiLoanField::Signed), K::Date, S::Finance, "合同签订日期", "Contract date", "如 2025-07-01；按当日的 LPR 计算上限。", "e.g. 2025-07-01; the ceiling uses the LPR in force that day."),
    f(P::SrdiLoan(1, SrdiLoanField::RateBp), K::Percent, S::Finance, "银行报价年利率（%）", "Offered rate (%)", "选填；高于上限的部分可与银行协商。", "Optional; what is above the ceiling can be raised with the bank."),
];

/// A title's details beyond its first year (`titles.<t>.…`), shown for the first title.
pub const TITLE_PART_FIELDS: &[Field] = &[
    f(P::TitleDetail(0, TitlePart::FirstMonth), K::MonthNumber, S::Titles, "首次认定月份", "Month first recognised", "选填，1–12；用于推定有效期。", "Optional, 1–12; narrows the assumed validity."),
    f(P::TitleDetail(0, TitlePart::RenewedYear), K::Year, S::Titles, "最近复核年份", "Year last renewed", "选填：复核通过或失效后重新认定的年份；有效期从此重算三年。", "Optional: the year it passed review or was recognised again; three years run from then."),
    f(P::TitleDetail(0, TitlePart::RenewedMonth), K::MonthNumber, S::Titles, "复核月份", "Month renewed", "选填，1–12。", "Optional, 1–12."),
    f(P::TitleDetail(0, TitlePart::Validity), K::Validity, S::Titles, "目前是否有效", "Valid now?", "有效、已失效，或留空按三年有效期推定。", "Valid, lapsed, or empty to assume three years."),
];

/// The field at `path` (for an entry of a repeated group, a loan or a title
/// detail, its entry in the tables above).
pub fn field(path: Path) -> Option<&'static Field> {
    match path {
        P::Loan(_, x) => LOAN_FIELDS.iter().find(|f| matches!(f.path, P::Loan(_, y) if y == x)),
        P::SrdiLoan(_, x) => SRDI_LOAN_FIELDS.iter().find(|f| matches!(f.path, P::SrdiLoan(_, y) if y == x)),
        P::TitleDetail(_, x) => TITLE_PART_FIELDS.iter().find(|f| matches!(f.path, P::TitleDetail(_, y) if y == x)),
        P::GraduateGroup(_, g) => GROUP_FIELDS.iter().find(|f| f.path == P::GraduateGroup(1, g)),
        P::PilotPlatform(_) => GROUP_FIELDS.iter().find(|f| f.path == P::PilotPlatform(1)),
        _ => FIELDS.iter().find(|f| f.path == path),
    }
}

/// Reads a number as people type it: 全角 digits, thousands separators
/// (`1,000,000`: a comma is followed by three digits), spaces, a trailing 元,
/// and Chinese place-value words, alone or after digits (`100万`, `1.5亿`,
/// `5千万`, `两千五百万`, `三点五`; see [`place_value`]). Returns the value
/// times `10^scale` as an integer, or `None` if it is not a number, is
/// ambiguous, or has more decimals than that allows.
pub fn parse_decimal(raw: &str, scale: u32) -> Option<i128> {
    let mut s: String = raw
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | '。' | '点' => '.',
            '－' | '—' => '-',
            '，' => ',',
            _ => c,
        })
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    // A comma groups thousands: `1,000.5`, not `3,2` (a decimal comma) or `1,5万`.
    let b = s.as_bytes();
    let grouped = |i: usize| i > 0 && b[i - 1].is_ascii_digit() && b.len() >= i + 4 && b[i + 1..i + 4].iter().all(u8::is_ascii_digit) && !b.get(i + 4).is_some_and(u8::is_ascii_digit);
    if (0..b.len()).any(|i| b[i] == b',' && !grouped(i)) {
        return None;
    }
    s.retain(|c| c != ',');
    for prefix in ["¥", "￥", "RMB", "rmb", "CNY", "cny"] {
        if let Some(t) = s.strip_prefix(prefix) {
            s = t.to_owned();
        }
    }
    for suffix in ["元", "%", "％", "人", "年", "个月", "月"] {
        if let Some(t) = s.strip_suffix(suffix) {
            s = t.to_owned();
        }
    }
    // `1000w` is how many people type 万 on a keyboard without an IME.
    if let Some(t) = s.strip_suffix(['w', 'W']) {
        s = format!("{t}万");
    }
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.as_str()),
    };
    // Read with eight more decimals, so that `1.5亿` is whole before it is checked.
    let v = place_value(body, scale + 8)?;
    if v % 100_000_000 != 0 {
        return None;
    }
    let v = v / 100_000_000;
    Some(if neg { -v } else { v })
}

/// A number in place-value words, times `10^f`: Arabic digits (`2500`, `1.5`) or
/// one Chinese digit (一…九, 两, 〇 / 零, and after `.` / 点 digits of either) before
/// 十 百 千 (decreasing, each after a number below ten; a bare 十 first or after 零 is ten) and
/// 万 亿 (亿 first, each once). Refused, never guessed: a number after a unit that
/// does not reach the unit's place (`一千五`, `1万5`, `1亿5000`: 1,005 or 1,500?)
/// unless 零 marks the gap (`一千零五`, `1万零500`), and digits in a row without
/// units (`二〇二五`).
fn place_value(s: &str, f: u32) -> Option<i128> {
    let one = 10i128.checked_pow(f).filter(|_| f <= 24)?;
    let cs: Vec<char> = s.chars().collect();
    let digit = |c: char| match c {
        '〇' => Some(0),
        '两' => Some(2),
        _ => c.to_digit(10).or_else(|| "零一二三四五六七八九".chars().position(|d| d == c).map(|i| i as u32)),
    };
    // What is summed: the sections ended by 万 / 亿, and the one being read.
    let (mut total, mut sec) = (0i128, 0i128);
    // The exponents of the last 十/百/千 in this section and of the last 万/亿 (4 and 12: none yet).
    let (mut small, mut big) = (4u32, 12u32);
    // A 零 since the last unit; a number in this section.
    let (mut zero, mut any) = (false, false);
    // The number since the last unit: its value × 10^f and how many whole digits it has.
    let mut num: Option<(i128, u32)> = None;
    // The number after a unit 10^e, below it and written out to its place (二十五, 1万5000) unless after a 零.
    let tail = |n: Option<(i128, u32)>, e: u32, zero: bool| -> Option<i128> {
        match n {
            None => Some(0),
            Some((v, _)) if e == 12 => Some(v),
            Some((v, w)) => ((zero || w == e) && v < one.checked_mul(10i128.pow(e))?).then_some(v),
        }
    };
    let mut i = 0;
    while let Some(&c) = cs.get(i) {
        i += 1;
        let unit = match c {
            '十' => 1,
            '百' => 2,
            '千' => 3,
            '万' => 4,
            '亿' => 8,
            _ => 0,
        };
        if unit > 0 && unit < 4 {
            let n = match num.take() {
                Some((v, _)) if v < 10 * one => v,
                None if unit == 1 && (small == 4 && big == 12 || zero) => one,
                _ => return None,
            };
            if unit >= small {
                return None;
            }
            sec = sec.checked_add(n.checked_mul(10i128.pow(unit))?)?;
            (small, zero, any) = (unit, false, true);
        } else if unit > 0 {
            let n = if small < 4 { tail(num.take(), small, zero)? } else { num.take().map_or(0, |n| n.0) };
            let s = sec.checked_add(n)?;
            if unit >= big || !any || big < 12 && s >= 10_000 * one {
                return None;
            }
            total = total.checked_add(s.checked_mul(10i128.pow(unit))?)?;
            (sec, small, big, zero, any) = (0, 4, unit, false, false);
        } else if matches!(c, '零' | '〇') && num.is_none() && !zero && (small < 4 || big < 12) {
            zero = true;
        } else {
            if num.is_some() {
                return None;
            }
            // Arabic digits or one Chinese digit, then `.` and digits of either.
            let (mut v, mut w) = (0i128, 0u32);
            if c.is_ascii_digit() || c == '.' {
                i -= 1;
                while let Some(d) = cs.get(i).and_then(|c| c.to_digit(10)) {
                    v = v.checked_mul(10)?.checked_add(i128::from(d))?;
                    (w, i) = (w + 1, i + 1);
                }
            } else {
                (v, w) = (i128::from(digit(c)?), 1);
            }
            let mut v = v.checked_mul(one)?;
            let mut place = one;
            if cs.get(i) == Some(&'.') {
                i += 1;
                while let Some(d) = cs.get(i).and_then(|c| digit(*c)) {
                    place /= 10;
                    if place == 0 && d != 0 {
                        return None;
                    }
                    v = v.checked_add(i128::from(d) * place)?;
                    i += 1;
                }
            }
            if w > 20 || w == 0 && place == one {
                return None;
            }
            (num, any) = (Some((v, w)), true);
        }
    }
    let n = tail(num, if small < 4 { small } else { big }, zero)?;
    if big == 12 && !any {
        return None;
    }
    total.checked_add(sec)?.checked_add(n)
}

fn parse_flag(raw: &str) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" | "on" | "是" | "有" => Some(true),
        "false" | "0" | "no" | "n" | "off" | "否" | "无" | "" => Some(false),
        _ => None,
    }
}

fn city_from(raw: &str) -> Option<City> {
    let t = raw.trim();
    City::ALL.into_iter().find(|c| {
        let code = serde_plain_name(*c);
        t.eq_ignore_ascii_case(code) || t == c.zh() || t == c.zh().trim_end_matches('市') || t.eq_ignore_ascii_case(c.en())
    })
}

/// The snake_case name serde uses for a city.
pub fn serde_plain_name(c: City) -> &'static str {
    match c {
        City::Nanjing => "nanjing",
        City::Wuxi => "wuxi",
        City::Xuzhou => "xuzhou",
        City::Changzhou => "changzhou",
        City::Suzhou => "suzhou",
        City::Nantong => "nantong",
        City::Lianyungang => "lianyungang",
        City::Huaian => "huaian",
        City::Yancheng => "yancheng",
        City::Yangzhou => "yangzhou",
        City::Zhenjiang => "zhenjiang",
        City::Taizhou => "taizhou",
        City::Suqian => "suqian",
        City::OutsideJiangsu => "outside_jiangsu",
    }
}

/// The snake_case name serde uses for a size.
pub fn size_name(s: Size) -> &'static str {
    match s {
        Size::Micro => "micro",
        Size::Small => "small",
        Size::Medium => "medium",
        Size::Large => "large",
    }
}

fn size_from(raw: &str) -> Option<Size> {
    let t = raw.trim();
    Size::ALL.into_iter().find(|s| t.eq_ignore_ascii_case(size_name(*s)) || t == s.zh() || t == format!("{}企业", s.zh()))
}

/// The fixed fields of one type: `$read` gives a field's value, `$slot` lends it for
/// writing. One table for both, so reading and writing name the same field.
macro_rules! slots {
    ($read:ident, $slot:ident, $t:ty, { $($path:ident => $($f:ident).+,)+ }) => {
        fn $read(p: &Profile, path: Path) -> Option<$t> {
            Some(match path {
                $(P::$path => p.$($f).+,)+
                _ => return None,
            })
        }
        fn $slot(p: &mut Profile, path: Path) -> Option<&mut $t> {
            Some(match path {
                $(P::$path => &mut p.$($f).+,)+
                _ => return None,
            })
        }
    };
}

slots!(read_i64, slot_i64, i64, {
    PilotPlatformInvestmentYuan => achievements.pilot_platform_investment_yuan,
    RdExpenseThisYearYuan => rd.expense_this_year_yuan,
    RdExpenseLastYearYuan => rd.expense_last_year_yuan,
    EquipmentLoanYuan => finance.equipment_loan_yuan,
    GuaranteeYuan => finance.guarantee_yuan,
    BidPriceYuan => procurement.bid_price_yuan,
});

slots!(read_u32, slot_u32, u32, {
    EquipmentLoanRateBp => finance.equipment_loan_rate_bp,
    GraduatesPhd => talent.graduates_phd,
    GraduatesMaster => talent.graduates_master,
    CountKeyTechTasks => counts.key_tech_tasks,
    CountStandards => counts.standards,
});

slots!(read_bool, slot_bool, bool, {
    Manufacturing => manufacturing,
    NationalKeyTechTask => achievements.national_key_tech_task,
    LeadsStandard => achievements.leads_standard,
    GenerativeAiFiled => achievements.generative_ai_filed,
    SmartFactoryExcellent => achievements.smart_factory_excellent,
    IndustrialInternetPlatform => achievements.industrial_internet_platform,
    FirstSetProduct => achievements.first_set_product,
    ChuangkeWinner => achievements.chuangke_winner,
    CentralSubsidy => finance.central_subsidy,
    BridgeLoanNeed => finance.bridge_loan_need,
    RdBaseSubsidyReceived => rd.base_subsidy_received,
    ActivityBuysCompute => activities.buys_compute,
    ActivityGreenMicrogrid => activities.green_microgrid,
    ActivityCrossBorder => activities.cross_border,
    ActivitySuzhouTalent => activities.suzhou_talent,
    ActivityJiebang => activities.jiebang,
    ActivityDigitalProvider => activities.digital_provider,
});

fn bad(path: &str, raw: &str, zh: &str, en: &str) -> FieldError {
    let shown: String = raw.chars().take(40).collect();
    FieldError::new(path, format!("“{shown}”{zh}"), en!(format!("`{shown}` {en}")))
}

/// A year outside 1990–2100, named as it was typed.
fn bad_year(path: Path, raw: &str) -> FieldError {
    bad_at(path, raw, &format!("不是有效的年份，应在 {MIN_YEAR}–{MAX_YEAR} 年之间"), &en!(format!("is not a valid year; it must be between {MIN_YEAR} and {MAX_YEAR}")))
}

fn bad_at(path: Path, raw: &str, zh: &str, en: &str) -> FieldError {
    bad(&path.as_str(), raw, zh, en_str!(en))
}

/// Sets the field at `path` from what a person typed. On error the profile
/// is unchanged and the error names the field, the value and the limit.
pub fn set(p: &mut Profile, path: Path, raw: &str) -> Result<(), FieldError> {
    let Some(field) = field(path) else {
        return Err(unknown(&path.as_str()));
    };
    let t = raw.trim();
    // The v1 loan fields are loan 1 once `loans` is used.
    if let Some(x) = v1_loan_field(path).filter(|_| !p.loans.is_empty()) {
        if x == LoanField::EquipmentYuan && read_yuan(path, raw)? == 0 {
            p.loans.remove(0);
            return Ok(());
        }
        return set(p, P::Loan(1, x), raw);
    }
    if path.index().is_some() {
        return set_entry(p, path, field.kind, raw);
    }
    if path == P::DeductionBp {
        p.procurement.deduction_bp = parse_deduction(raw)?;
        return Ok(());
    }
    match path {
        P::Loan(..) | P::SrdiLoan(..) | P::TitleDetail(..) => return set_detail(p, path, field.kind, raw),
        _ => {}
    }
    match field.kind {
        Kind::MonthNumber | Kind::Date | Kind::Validity | Kind::Months => return set_detail(p, path, field.kind, raw),
        Kind::City => p.city = city_from(t).ok_or_else(|| bad_at(path, raw, "不是江苏省的设区市（或“江苏省外”）", en_str!("is not a Jiangsu prefecture city (or outside_jiangsu)")))?,
        Kind::Size if t.is_empty() => p.size = None,
        Kind::Size => p.size = Some(size_from(t).ok_or_else(|| bad_at(path, raw, "不是企业规模（微型、小型、中型、大型）", en_str!("is not a size (micro, small, medium, large)")))?),
        Kind::Flag => {
            let v = parse_flag(t).ok_or_else(|| bad_at(path, raw, "应为“是”或“否”", en_str!("should be yes or no")))?;
            if let Some(s) = slot_bool(p, path) {
                *s = v;
            }
        }
        Kind::Text => {
            if t.chars().count() > MAX_DISTRICT_CHARS {
                return Err(FieldError::too_long(path, MAX_DISTRICT_CHARS));
            }
            p.district = (!t.is_empty()).then(|| t.to_owned());
        }
        Kind::Year => {
            let year = if t.is_empty() {
                None
            } else {
                let v = parse_decimal(t, 0).ok_or_else(|| bad_at(path, raw, "不是年份，请写四位数字，如 2025", en_str!("is not a year; type four digits, e.g. 2025")))?;
                let y = u16::try_from(v).ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y)).ok_or_else(|| bad_year(path, raw))?;
                Some(y)
            };
            if let Some(title) = Title::at(path) {
                p.titles.set(title, year);
            }
        }
        Kind::Yuan => {
            let v = read_yuan(path, raw)?;
            if let Some(s) = slot_i64(p, path) {
                *s = v;
            }
        }
        Kind::Percent => {
            let v = read_bp(path, raw)?;
            if let Some(s) = slot_u32(p, path) {
                *s = v;
            }
        }
        Kind::People => {
            let v = if t.is_empty() { 0 } else { parse_decimal(t, 0).ok_or_else(|| bad_at(path, raw, "不是人数（整数）", en_str!("is not a whole number of people")))? };
            if !(0..=i128::from(MAX_PEOPLE)).contains(&v) {
                return Err(FieldError::people_range(path, v));
            }
            if let Some(s) = slot_u32(p, path) {
                *s = v as u32;
            }
        }
        Kind::Count => {
            let v = if t.is_empty() { 0 } else { parse_count(path, raw, MAX_COUNT)? };
            if let Some(s) = slot_u32(p, path) {
                *s = v;
            }
        }
        Kind::Degree | Kind::Month => return Err(unknown(&path.as_str())),
    }
    Ok(())
}

/// The v1 field (`finance.equipment_loan_yuan` …) that is loan 1's `x`.
pub(crate) fn v1_loan_field(path: Path) -> Option<LoanField> {
    match path {
        P::EquipmentLoanYuan => Some(LoanField::EquipmentYuan),
        P::EquipmentLoanRateBp => Some(LoanField::RateBp),
        P::CentralSubsidy => Some(LoanField::CentralSubsidy),
        _ => None,
    }
}

fn read_yuan(path: Path, raw: &str) -> Result<i64, FieldError> {
    let t = raw.trim();
    // Jiao and fen (`1,000.50`) are accepted and rounded to the nearest yuan: the texts count in yuan.
    // A percentage, a year or a head count typed into an amount is a mistake, not an amount.
    if t.contains(['%', '％', '年', '人', '月']) {
        return Err(bad_at(path, raw, "不是金额，可写 1,000,000、100万 或 100w", en_str!("is not an amount; type 1,000,000, 100万 or 100w")));
    }
    let v = if t.is_empty() {
        0
    } else {
        let fen = parse_decimal(t, 2).ok_or_else(|| bad_at(path, raw, "不是金额，可写 1,000,000、100万 或 100w", en_str!("is not an amount; type 1,000,000, 100万 or 100w")))?;
        (fen + fen.signum() * 50) / 100
    };
    if !(0..=i128::from(MAX_YUAN)).contains(&v) {
        return Err(FieldError::money_range(path, v));
    }
    Ok(v as i64)
}

/// A percentage as typed (`3.2`, `3.2 %`, `百分之三点五`), in basis points. A comma is
/// asked about, never read: `3,2` is not 32%, and may not be 3.2% either.
fn read_rate(path: Path, raw: &str, zh: &str, en: &str) -> Result<i128, FieldError> {
    let t = raw.trim();
    let t = t.strip_prefix("百分之").unwrap_or(t);
    if let Some(bp) = t.split_once([',', '，']).and_then(|(a, b)| parse_decimal(&format!("{a}.{b}"), 2)).and_then(|v| u32::try_from(v).ok()) {
        let rate = crate::money::format_bp(bp);
        return Err(bad_at(path, raw, &format!("是 {rate} 吗？小数点请用“.”"), &en!(format!("— did you mean {rate}? Please use “.” for the decimal point"))));
    }
    parse_decimal(t, 2).ok_or_else(|| bad_at(path, raw, zh, en_str!(en)))
}

fn read_bp(path: Path, raw: &str) -> Result<u32, FieldError> {
    let t = raw.trim();
    let v = if t.is_empty() { 0 } else { read_rate(path, raw, "不是百分比，如 3.2（最多两位小数）", en_str!("is not a percentage, e.g. 3.2 (two decimals at most)"))? };
    if !(0..=i128::from(MAX_RATE_BP)).contains(&v) {
        // Said with what was typed (`1.5亿` is not a rate of 15,000,000,000%).
        return Err(if v < 0 { FieldError::rate_range(path, v) } else { bad_at(path, raw, &format!("过高：年利率最多 {}", crate::money::format_bp(MAX_RATE_BP)), &en!(format!("is too high: the annual rate is at most {}", crate::money::format_bp(MAX_RATE_BP)))) });
    }
    Ok(v as u32)
}

/// A whole number from 0 to `max`, as typed.
fn parse_count(path: Path, raw: &str, max: u32) -> Result<u32, FieldError> {
    let v = parse_decimal(raw.trim(), 0).ok_or_else(|| bad_at(path, raw, "不是整数", en_str!("is not a whole number")))?;
    u32::try_from(v).ok().filter(|v| *v <= max).ok_or_else(|| bad_at(path, raw, &format!("超出范围，应在 0–{max} 之间"), &en!(format!("is out of range; it must be 0 to {max}"))))
}

/// The tender's deduction rate: empty = not known; `15`, `15%` = 1500 bp; 0–20%.
fn parse_deduction(raw: &str) -> Result<Option<u32>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let path = P::DeductionBp;
    let v = read_rate(path, raw, "不是百分比，如 15（最多两位小数）", en_str!("is not a percentage, e.g. 15 (two decimals at most)"))?;
    u32::try_from(v).ok().filter(|v| *v <= MAX_DEDUCTION_BP).map(Some).ok_or_else(|| {
        bad_at(path, raw, "超出范围：价格扣除比例应在 0%–20% 之间，不知道就留空", en_str!("is out of range: the deduction is 0% to 20%; leave it empty if not known"))
    })
}

/// Sets a field of entry `n` of a repeated group. Entries are numbered from 1
/// with no gaps: entry `n` may be set when entries 1 … n−1 exist (setting
/// entry n = count + 1 adds it).
fn set_entry(p: &mut Profile, path: Path, kind: Kind, raw: &str) -> Result<(), FieldError> {
    let t = raw.trim();
    let n = usize::from(path.index().unwrap_or(1));
    let (len, max, what_zh, what_en) = match path {
        P::GraduateGroup(..) => (p.talent.groups.len(), MAX_GROUPS, "组毕业生", "graduate group"),
        _ => (p.counts.pilot_platforms.len(), MAX_PLATFORMS, "个中试平台", "pilot platform"),
    };
    if n > max {
        return Err(bad_at(path, raw, &format!("：最多填写 {max} {what_zh}"), &en!(format!(": at most {max} entries ({what_en})"))));
    }
    if n > len + 1 {
        return Err(bad_at(
            path,
            raw,
            &format!("：请先填写第 {} {what_zh}（编号从 1 起连续）", len + 1),
            &en!(format!(": fill in {what_en} {} first (numbered from 1 without gaps)", len + 1)),
        ));
    }
    match path {
        P::GraduateGroup(_, f) => {
            let mut g = p.talent.groups.get(n - 1).cloned().unwrap_or_else(|| GraduateGroup::new(None));
            match f {
                GroupField::Degree => {
                    g.degree = if t.is_empty() {
                        None
                    } else {
                        Some(
                            Degree::ALL
                                .into_iter()
                                .find(|d| t.eq_ignore_ascii_case(d.name()) || t == d.zh() || t.eq_ignore_ascii_case(d.en()) || t == format!("{}研究生", d.zh()))
                                .ok_or_else(|| bad_at(path, raw, "应为“博士”或“硕士”", en_str!("should be phd or master")))?,
                        )
                    }
                }
                GroupField::Count => {
                    g.count = if t.is_empty() { 1 } else { parse_count(path, raw, MAX_PEOPLE)? };
                    if g.count == 0 {
                        return Err(bad_at(path, raw, "：人数至少为 1", en_str!(": at least 1 person")));
                    }
                }
                GroupField::RentYuan => {
                    g.rent_yuan = if t.is_empty() {
                        None
                    } else {
                        let v = parse_decimal(t, 0).ok_or_else(|| bad_at(path, raw, "不是整数金额（元），如 1800", en_str!("is not a whole amount in yuan, e.g. 1800")))?;
                        Some(i64::try_from(v).ok().filter(|v| (0..=crate::bounds::MAX_RENT_YUAN).contains(v)).ok_or_else(|| {
                            bad_at(path, raw, &format!("超出范围：每月房租应在 0–{} 元之间", crate::bounds::MAX_RENT_YUAN), &en!(format!("is out of range: the monthly rent is 0 to {} yuan", crate::bounds::MAX_RENT_YUAN)))
                        })?)
                    }
                }
                GroupField::MonthsReceived => {
                    g.months_received = if t.is_empty() { None } else { Some(parse_count(path, raw, crate::bounds::MAX_RENT_MONTHS)?) };
                }
                GroupField::EmployedFrom => {
                    g.employed_from = if t.is_empty() {
                        None
                    } else {
                        crate::profile::parse_month(t).ok_or_else(|| bad_at(path, raw, "不是年月，请写成 2024-09", en_str!("is not a month; type it as 2024-09")))?;
                        Some(t.to_owned())
                    }
                }
            }
            match p.talent.groups.get_mut(n - 1) {
                Some(slot) => *slot = g,
                None => p.talent.groups.push(g),
            }
        }
        _ => {
            debug_assert_eq!(kind, Kind::Yuan);
            let v = i128::from(read_yuan(path, raw)?);
            if !(1..=i128::from(MAX_YUAN)).contains(&v) {
                return Err(FieldError::money_range(path, v));
            }
            let pl = PilotPlatform { investment_yuan: v as i64 };
            match p.counts.pilot_platforms.get_mut(n - 1) {
                Some(slot) => *slot = pl,
                None => p.counts.pilot_platforms.push(pl),
            }
        }
    }
    Ok(())
}

fn read_year(path: Path, raw: &str) -> Result<Option<u16>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let v = parse_decimal(t, 0).ok_or_else(|| bad_at(path, raw, "不是年份，请写四位数字，如 2025", en_str!("is not a year; type four digits, e.g. 2025")))?;
    u16::try_from(v).ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y)).map(Some).ok_or_else(|| bad_year(path, raw))
}

/// Sets a field of a loan, a Huai'an loan or a title detail. A loan's number
/// may be one past the loans given (a new loan) or, reading a CSV row, further
/// on: the loans between are then empty and validation names the first.
fn set_detail(p: &mut Profile, path: Path, kind: Kind, raw: &str) -> Result<(), FieldError> {
    let t = raw.trim();
    let opt_bp = || -> Result<Option<u32>, FieldError> { Ok(Some(read_bp(path, raw)?).filter(|v| *v > 0)) };
    let month = || -> Result<Option<u8>, FieldError> {
        if t.is_empty() {
            return Ok(None);
        }
        parse_decimal(t.trim_end_matches('月'), 0)
            .and_then(|v| u8::try_from(v).ok())
            .filter(|m| (1..=12).contains(m))
            .map(Some)
            .ok_or_else(|| bad_at(path, raw, "不是月份，应为 1–12", en_str!("is not a month; type 1 to 12")))
    };
    let date = || -> Result<Option<Date>, FieldError> {
        if t.is_empty() {
            return Ok(None);
        }
        Date::parse(t).map(Some).ok_or_else(|| bad_at(path, raw, "不是日期，请写成 2025-07-01", en_str!("is not a date; type it as 2025-07-01")))
    };
    match path {
        P::Loan(n, x) => {
            let i = entry(path, n, MAX_LOANS, "笔项目贷款", en_str!("project loans"))?;
            let mut l = p.loans.get(i).copied().unwrap_or_default();
            match x {
                LoanField::EquipmentYuan => l.equipment_yuan = read_yuan(path, raw)?,
                LoanField::AvgBalanceYuan => l.avg_balance_yuan = Some(read_yuan(path, raw)?).filter(|_| !t.is_empty()),
                LoanField::RateBp => l.rate_bp = opt_bp()?,
                LoanField::Start => l.start = date()?,
                LoanField::StartYear => l.start_year = read_year(path, raw)?,
                LoanField::CentralSubsidy => l.central_subsidy = parse_flag(t).ok_or_else(|| bad_at(path, raw, "应为“是”或“否”", en_str!("should be yes or no")))?,
            }
            if p.loans.len() <= i {
                p.loans.resize(i + 1, Loan::default());
            }
            p.loans[i] = l;
        }
        P::SrdiLoan(n, x) => {
            let i = entry(path, n, MAX_SRDI_LOANS, "笔专精特新贷", en_str!("SRDI loans"))?;
            let blank = SrdiLoan { principal_yuan: 0, tenor_months: 0, signed: Date::ymd(MIN_YEAR, 1, 1), rate_bp: None };
            let mut l = p.srdi_loans.get(i).copied().unwrap_or(blank);
            match x {
                SrdiLoanField::PrincipalYuan => l.principal_yuan = read_yuan(path, raw)?,
                SrdiLoanField::TenorMonths => {
                    let v = parse_decimal(t.trim_end_matches("个月").trim_end_matches('月'), 0)
                        .and_then(|v| u16::try_from(v).ok())
                        .filter(|v| (1..=MAX_TENOR_MONTHS).contains(v))
                        .ok_or_else(|| bad_at(path, raw, &format!("不是贷款期限，应为 1–{MAX_TENOR_MONTHS} 个月"), &en!(format!("is not a tenor; type 1 to {MAX_TENOR_MONTHS} months"))))?;
                    l.tenor_months = v;
                }
                SrdiLoanField::Signed => l.signed = date()?.ok_or_else(|| bad_at(path, raw, "请填写签约日期，如 2025-07-01", en_str!("give the contract date, e.g. 2025-07-01")))?,
                SrdiLoanField::RateBp => l.rate_bp = opt_bp()?,
            }
            if p.srdi_loans.len() <= i {
                p.srdi_loans.resize(i + 1, blank);
            }
            p.srdi_loans[i] = l;
        }
        P::TitleDetail(n, part) => {
            let title = Title::ALL.get(usize::from(n)).copied().ok_or_else(|| unknown(&path.as_str()))?;
            let held = p.titles.get(title).copied();
            if held.is_none() && t.is_empty() {
                return Ok(());
            }
            // The value itself is read first: a year typed where the month goes is "not a month",
            // whether or not the title's year has been given (office mode's wrongly mapped column).
            let mut r: TitleRecord = held.unwrap_or_default();
            match part {
                TitlePart::FirstMonth => r.first_month = month()?,
                TitlePart::RenewedYear => r.renewed_year = read_year(path, raw)?,
                TitlePart::RenewedMonth => r.renewed_month = month()?,
                TitlePart::Validity => r.validity = validity_from(t).ok_or_else(|| bad_at(path, raw, "应为“有效”“已失效”或留空（按三年推定）", en_str!("should be valid, lapsed, or empty (three years assumed)")))?,
            }
            if held.is_none() {
                return Err(bad_at(path, raw, &format!("：请先填写“{}”首次获得的年份", title.zh()), &en!(format!(": give the year the {} title was first obtained first", title.en()))));
            }
            *p.titles.get_mut(title) = Some(r);
        }
        _ => return Err(bad_at(path, raw, &format!("无法设置（{kind:?}）"), en_str!("cannot be set here"))),
    }
    Ok(())
}

/// A field of entry `n` of a repeated group as it would be typed back in.
fn get_entry(p: &Profile, path: Path) -> String {
    let n = usize::from(path.index().unwrap_or(1));
    match path {
        P::GraduateGroup(_, f) => {
            let Some(g) = p.talent.groups.get(n - 1) else { return String::new() };
            match f {
                GroupField::Degree => g.degree.map(|d| d.name().to_owned()).unwrap_or_default(),
                GroupField::Count => if g.count == 1 { String::new() } else { g.count.to_string() },
                GroupField::RentYuan => g.rent_yuan.map(|v| v.to_string()).unwrap_or_default(),
                GroupField::MonthsReceived => g.months_received.map(|v| v.to_string()).unwrap_or_default(),
                GroupField::EmployedFrom => g.employed_from.clone().unwrap_or_default(),
            }
        }
        _ => p.counts.pilot_platforms.get(n - 1).map(|pl| pl.investment_yuan.to_string()).unwrap_or_default(),
    }
}

/// The 0-based index of entry `n` (1-based) of a repeated group, within its bound.
fn entry(path: Path, n: u8, max: usize, zh: &str, en: &str) -> Result<usize, FieldError> {
    let i = usize::from(n).saturating_sub(1);
    if n == 0 || i >= max {
        return Err(FieldError::at(path, format!("最多 {max} {zh}"), en!(format!("at most {max} {en}"))));
    }
    Ok(i)
}

fn validity_from(t: &str) -> Option<Validity> {
    match t.to_ascii_lowercase().as_str() {
        "" | "assumed" | "推定" | "按三年推定" => Some(Validity::Assumed),
        "valid" | "有效" | "仍有效" | "是" | "yes" => Some(Validity::Valid),
        "lapsed" | "失效" | "已失效" | "过期" | "否" | "no" => Some(Validity::Lapsed),
        _ => None,
    }
}

/// The field's value as it would be typed back in (`""` for empty / no).
pub fn get(p: &Profile, path: Path) -> String {
    field(path).map(|f| value_of(p, path, f)).unwrap_or_default()
}

/// [`get`] for `path` whose field (`field(path)`) is already looked up.
pub(crate) fn value_of(p: &Profile, path: Path, field: &Field) -> String {
    if let Some(x) = v1_loan_field(path).filter(|_| !p.loans.is_empty()) {
        return get(p, P::Loan(1, x));
    }
    if path.index().is_some() {
        return get_entry(p, path);
    }
    if path == P::DeductionBp {
        return p.procurement.deduction_bp.map(|v| crate::money::format_bp(v).trim_end_matches('%').to_owned()).unwrap_or_default();
    }
    let bp = |v: Option<u32>| v.map(|v| crate::money::format_bp(v).trim_end_matches('%').to_owned()).unwrap_or_default();
    let opt = |v: Option<String>| v.unwrap_or_default();
    match path {
        P::Loan(n, x) => {
            let Some(l) = p.loans.get(usize::from(n).wrapping_sub(1)) else { return String::new() };
            return match x {
                LoanField::EquipmentYuan => l.equipment_yuan.to_string(),
                LoanField::AvgBalanceYuan => opt(l.avg_balance_yuan.map(|v| v.to_string())),
                LoanField::RateBp => bp(l.rate_bp),
                LoanField::Start => opt(l.start.map(|d| d.to_string())),
                LoanField::StartYear => opt(l.start_year.map(|v| v.to_string())),
                LoanField::CentralSubsidy => if l.central_subsidy { "true".into() } else { String::new() },
            };
        }
        P::SrdiLoan(n, x) => {
            let Some(l) = p.srdi_loans.get(usize::from(n).wrapping_sub(1)) else { return String::new() };
            return match x {
                SrdiLoanField::PrincipalYuan => l.principal_yuan.to_string(),
                SrdiLoanField::TenorMonths => l.tenor_months.to_string(),
                SrdiLoanField::Signed => l.signed.to_string(),
                SrdiLoanField::RateBp => bp(l.rate_bp),
            };
        }
        P::TitleDetail(n, part) => {
            let Some(r) = Title::ALL.get(usize::from(n)).and_then(|t| p.titles.get(*t)) else { return String::new() };
            return match part {
                TitlePart::FirstMonth => opt(r.first_month.map(|v| v.to_string())),
                TitlePart::RenewedYear => opt(r.renewed_year.map(|v| v.to_string())),
                TitlePart::RenewedMonth => opt(r.renewed_month.map(|v| v.to_string())),
                TitlePart::Validity => match r.validity {
                    Validity::Assumed => String::new(),
                    Validity::Valid => "valid".into(),
                    Validity::Lapsed => "lapsed".into(),
                },
            };
        }
        _ => {}
    }
    match field.kind {
        Kind::City => serde_plain_name(p.city).to_owned(),
        Kind::Size => p.size.map(size_name).unwrap_or_default().to_owned(),
        Kind::Text => p.district.clone().unwrap_or_default(),
        Kind::Flag => if read_bool(p, path).is_some_and(|b| b) { "true".into() } else { String::new() },
        Kind::Year => Title::at(path).and_then(|t| p.titles.first_year(t)).map(|y| y.to_string()).unwrap_or_default(),
        Kind::Yuan => read_i64(p, path).filter(|v| *v != 0).map(|v| v.to_string()).unwrap_or_default(),
        Kind::Percent => read_u32(p, path)
            .filter(|v| *v != 0)
            .map(|v| crate::money::format_bp(v).trim_end_matches('%').to_owned())
            .unwrap_or_default(),
        Kind::People | Kind::Count => read_u32(p, path).filter(|v| *v != 0).map(|v| v.to_string()).unwrap_or_default(),
        Kind::Degree | Kind::Month | Kind::MonthNumber | Kind::Date | Kind::Validity | Kind::Months => String::new(),
    }
}

/// The non-empty fields of a profile as `(path, text)` pairs, as the form shows
/// them: what [`share_pairs`] gives, with amounts as people write them (`5000万`,
/// `1.5亿`, `12,345`). Each text reads back through [`set`] to the same value.
pub fn pairs(p: &Profile) -> Vec<(Path, String)> {
    let mut out = share_pairs(p);
    for (path, v) in &mut out {
        if let (Some(Field { kind: Kind::Yuan, .. }), Ok(yuan)) = (field(*path), v.parse()) {
            *v = crate::money::yuan_text(yuan);
        }
    }
    out
}

/// The non-empty fields of a profile as `(path, value)` pairs as a share link
/// writes them (amounts in plain digits), in form order, then each title's
/// details, each project loan's and each Huai'an loan's fields, then the
/// entries of the other repeated groups, numbered from 1 (`talent.groups.1.degree`, …).
fn share_pairs(p: &Profile) -> Vec<(Path, String)> {
    let uses_loans = !p.loans.is_empty();
    let fixed = FIELDS.iter().map(|f| f.path).filter(|path| !(uses_loans && v1_loan_field(*path).is_some()));
    let titles = (0..Title::ALL.len() as u8).flat_map(|t| TitlePart::ALL.map(|part| P::TitleDetail(t, part)));
    let loans = (1..=p.loans.len().min(MAX_LOANS) as u8).flat_map(|n| LoanField::ALL.map(|x| P::Loan(n, x)));
    let srdi = (1..=p.srdi_loans.len().min(MAX_SRDI_LOANS) as u8).flat_map(|n| SrdiLoanField::ALL.map(|x| P::SrdiLoan(n, x)));
    let mut out: Vec<(Path, String)> = fixed.chain(titles).chain(loans).chain(srdi).map(|path| (path, get(p, path))).filter(|(_, v)| !v.is_empty()).collect();
    for n in 1..=p.talent.groups.len().min(MAX_GROUPS) {
        let n = u8::try_from(n).unwrap_or(u8::MAX);
        let mut any = false;
        for f in GroupField::ALL {
            let path = P::GraduateGroup(n, f);
            let v = get(p, path);
            if !v.is_empty() {
                any = true;
                out.push((path, v));
            }
        }
        if !any {
            // An entry with nothing but the defaults still has to exist.
            out.push((P::GraduateGroup(n, GroupField::Count), "1".into()));
        }
    }
    for n in 1..=p.counts.pilot_platforms.len().min(MAX_PLATFORMS) {
        let path = P::PilotPlatform(u8::try_from(n).unwrap_or(u8::MAX));
        out.push((path, get(p, path)));
    }
    out
}

/// A name that is not a profile field.
fn unknown(path: &str) -> FieldError {
    FieldError::new(path, "未知字段".to_owned(), en!("unknown field".to_owned()))
}

/// Percent-encodes for a URL fragment (unreserved characters kept).
fn url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as a space) in a URL query or fragment part;
/// `None` when the escapes are broken or the bytes are not UTF-8.
pub fn url_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Most `key=value` parts read from a share link (50 loans, 50 graduate
/// groups and 50 platforms fit, with the fixed fields and title details).
const MAX_SHARE_PARTS: usize = 1000;

/// Version of the share-link format. Old versions keep being read: version 2
/// added numbered loans (`loans.1.equipment_yuan`), Huai'an loans, title
/// details (`titles.little_giant.renewed_year`), graduate groups, pilot
/// platforms, counts, activities and the tender's rate; a version-1 link means the same.
/// Version 3 (issue 18 §3) writes rates under their percent names (`loans.1.rate_pct=3.2`);
/// the `…_bp` keys of versions 1 and 2, which carried percentages too, read as before.
pub const SHARE_VERSION: u32 = 3;

/// A profile as a share-link fragment: `v=1&city=nanjing&size=small&titles.little_giant=2026`.
pub fn to_share(p: &Profile) -> String {
    let mut s = format!("v={SHARE_VERSION}");
    for (k, v) in share_pairs(p) {
        s.push('&');
        // A rate's value is a percentage: its key says so (`loans.1.rate_pct`).
        s.push_str(&percent_key(k).unwrap_or_else(|| k.as_str().into_owned()));
        s.push('=');
        s.push_str(&url_encode(&v));
    }
    s
}

/// A profile read field by field from `(path, text)` pairs: the share link,
/// the CLI's CSV rows. Every pair goes through [`set`] (the form's parser).
#[derive(Debug, Clone)]
pub struct FromPairs {
    /// Every field that could be read, on top of a blank Nanjing profile (no size chosen).
    pub profile: Profile,
    /// One error per field that could not be read.
    pub errors: Vec<FieldError>,
    /// Whether `city` (required) and `size` (absent = not chosen) were read.
    pub has_city: bool,
    pub has_size: bool,
}

/// How a key named `…_bp` (a rate) is read (issue 18 §3: `_bp` means basis points).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BpKeys {
    /// As JSON: `320` is 3.2%; a value carrying `%` (`3.2%`) is a percentage. CSV columns.
    BasisPoints,
    /// A percentage, as old share links wrote it (`loans.1.rate_bp=3.2`); they keep reading the same.
    Percent,
}

/// A rate field's name when the value is a percentage: `loans.1.rate_pct`, `procurement.deduction_pct`.
pub fn percent_key(path: Path) -> Option<String> {
    let f = field(path)?;
    let name = path.as_str();
    (f.kind == Kind::Percent).then(|| name.strip_suffix("_bp").map_or_else(|| name.to_string(), |stem| format!("{stem}_pct")))
}

/// A key as written in a link or a CSV header: a field's path (`loans.1.rate_bp`), or a
/// rate's percent name (`loans.1.rate_pct`). Gives the path and whether the value is in basis points.
pub fn parse_key(k: &str, bp: BpKeys) -> Option<(Path, bool)> {
    if let Some(stem) = k.strip_suffix("_pct") {
        let path = Path::parse(&format!("{stem}_bp"))?;
        return (field(path)?.kind == Kind::Percent).then_some((path, false));
    }
    let path = Path::parse(k)?;
    let in_bp = bp == BpKeys::BasisPoints && field(path).is_some_and(|f| f.kind == Kind::Percent);
    Some((path, in_bp))
}

/// A rate given in basis points (`320`), as the form's percentage text (`3.20`); a value
/// carrying `%` is already a percentage. Anything else is refused, saying how to write it.
fn bp_as_percent(path: Path, raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if t.contains('%') || t.contains('％') || t.contains("百分之") {
        return Ok(t.to_owned());
    }
    let pct = percent_key(path).unwrap_or_default();
    let v = parse_decimal(t, 0).filter(|v| *v >= 0).ok_or_else(|| {
        bad_at(
            path,
            raw,
            &format!("不是基点整数：这一列按基点读（320 表示 3.2%）；填百分数请用“{pct}”列，或在数后加 %"),
            &en!(format!("is not a whole number of basis points: this column reads basis points (320 = 3.2%); for a percentage use the `{pct}` column, or add %")),
        )
    })?;
    Ok(format!("{}.{:02}", v / 100, v % 100))
}

/// Reads `(key, text)` pairs as CSV columns (`…_bp` in basis points, `…_pct` in percent);
/// empty texts are skipped, unknown keys are errors.
pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> FromPairs {
    from_pairs_with(pairs, BpKeys::BasisPoints)
}

/// Reads `(key, text)` pairs, `…_bp` keys as `bp` says; empty texts are skipped, unknown keys are errors.
pub fn from_pairs_with<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, bp: BpKeys) -> FromPairs {
    let mut out = FromPairs { profile: Profile::blank(City::Nanjing), errors: Vec::new(), has_city: false, has_size: false };
    let pairs: Vec<(&str, &str)> = pairs.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
    // The form's v1 loan fields stand for loan 1 once loans are listed; given beside `loans.N.*`
    // they would silently overwrite it: refused at the key the user filled (issue 18 §4).
    let uses_loans = pairs.iter().any(|(k, _)| matches!(parse_key(k, bp), Some((Path::Loan(..), _))));
    for (k, v) in pairs {
        let Some((path, in_bp)) = parse_key(k, bp) else {
            out.errors.push(unknown(k));
            continue;
        };
        if uses_loans && v1_loan_field(path).is_some() {
            out.errors.push(FieldError::new(
                k,
                "已按项目填写贷款（loans.N.*）时，不能再用单笔贷款的旧写法；请把它写进 loans.1.* 或删去".to_owned(),
                en!("With loans listed by project (loans.N.*), the single-loan key cannot be used too; move it to loans.1.* or remove it".to_owned()),
            ));
            continue;
        }
        let read = if in_bp { bp_as_percent(path, v).and_then(|v| set(&mut out.profile, path, &v)) } else { set(&mut out.profile, path, v) };
        match read {
            Ok(()) => {
                out.has_city |= path == Path::City;
                out.has_size |= path == Path::Size;
            }
            Err(e) => out.errors.push(e),
        }
    }
    out
}

/// The label of a field as a person reads it, in both languages: the field's own, after its
/// entry for repeated groups (`项目贷款 2 · 年利率（%）`) and its title for a title's details
/// (`国家级专精特新“小巨人” · 最近复核年份`). The printed card's list of answers, the CSV's,
/// the page's 「未计入」 line and office mode's column matching use it. `None` for a path with no field.
pub fn label(path: Path) -> Option<crate::result::Text> {
    let f = field(path)?;
    let entry = match path {
        P::Loan(n, _) => Some((format!("项目贷款 {n}"), format!("Project loan {n}"))),
        P::SrdiLoan(n, _) => Some((format!("专精特新贷 {n}"), format!("SRDI loan {n}"))),
        P::GraduateGroup(n, _) => Some((format!("毕业生组 {n}"), format!("Graduate group {n}"))),
        P::PilotPlatform(n) => Some((format!("中试平台 {n}"), format!("Pilot platform {n}"))),
        P::TitleDetail(t, _) => Title::ALL.get(usize::from(t)).map(|t| (t.zh().to_owned(), t.en().to_owned())),
        _ => None,
    };
    Some(match entry {
        Some((zh, en)) => crate::result::text(format!("{zh} · {}", f.label_zh), format!("{en} · {}", f.label_en)),
        None => crate::result::text(f.label_zh, f.label_en),
    })
}

/// A table's column names read as keys (a CSV header of `srdi batch`, office mode's mapped
/// columns): an error for each name that is not a field (a typo must not silently drop a
/// field) and for each field named twice (or by both its `_bp` and `_pct` names: it would be
/// read twice), at the column's name. Keys as [`from_pairs`] reads them.
pub fn header_errors(keys: &[&str]) -> Vec<FieldError> {
    let key = |h: &str| parse_key(h, BpKeys::BasisPoints).map(|(p, _)| p);
    let mut errors: Vec<FieldError> = keys.iter().filter(|h| key(h).is_none()).map(|h| FieldError::new(h, "未知列".to_owned(), en!("unknown column".to_owned()))).collect();
    for (i, h) in keys.iter().enumerate() {
        let same = |o: &&str| match (key(o), key(h)) {
            (Some(a), Some(b)) => a == b,
            _ => *o == *h,
        };
        if keys[..i].iter().any(same) {
            errors.push(FieldError::new(h, format!("列重复（第 {} 列）", i + 1), en!(format!("duplicate column (column {})", i + 1))));
        }
    }
    errors
}

/// A row shorter or longer than its table's header (`header`: the columns' names as the table
/// has them): its cells would land under the wrong columns, so the row is refused, never read.
/// A short row's error sits at the first missing column.
pub fn row_length(header: &[&str], cells: usize) -> Option<FieldError> {
    let n = header.len();
    if cells < n {
        let missing = header.get(cells).copied().unwrap_or_default();
        let col = cells + 1;
        return Some(FieldError::new(
            missing,
            format!("本行只有 {cells} 个单元格，表头有 {n} 列，从第 {col} 列（{missing}）起缺失"),
            en!(format!("the row has {cells} cells, the header {n} columns; missing from column {col} ({missing})")),
        ));
    }
    (cells > n).then(|| {
        FieldError::new(
            "",
            format!("本行有 {cells} 个单元格，多于表头的 {n} 列（第 {} 列起没有列名）", n + 1),
            en!(format!("the row has {cells} cells, more than the header's {n} columns (from column {} unnamed)", n + 1)),
        )
    })
}

/// One row of a register (`srdi batch`'s CSV, office mode's table) as a profile: `(key, cell)`
/// pairs read by [`from_pairs`], the city required. `city_named`: whether the table has a city
/// column (its cell is then empty in this row, and the error says so).
pub fn from_row<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, city_named: bool) -> Result<Profile, Vec<FieldError>> {
    let mut read = from_pairs(pairs);
    if !read.has_city {
        read.errors.push(if city_named {
            FieldError::new("city", "必填，本行为空".to_owned(), en!("required, empty in this row".to_owned()))
        } else {
            FieldError::new("city", "必填字段缺失".to_owned(), en!("required field is missing".to_owned()))
        });
    }
    if read.errors.is_empty() {
        Ok(read.profile)
    } else {
        Err(read.errors)
    }
}

/// The format version a share link declares (`v=`); links without one are version 1.
pub fn share_version(fragment: &str) -> u32 {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix("v="))
        .map_or(1, |v| v.parse().unwrap_or(u32::MAX))
}

/// Reads a share-link fragment. Returns the profile built from every field
/// that could be read (best effort) and the errors for those that could not.
/// `None` when the fragment is not a share link at all (no city). A link without a
/// size is a profile whose size is not chosen yet (`to_share` of such a profile).
/// Links of every version so far (1, 2) read the same; see `tests/share_links.rs`.
pub fn from_share(fragment: &str) -> Option<(Profile, Vec<FieldError>)> {
    let fragment = fragment.trim_start_matches('#');
    let mut decoded = Vec::new();
    let mut errors = Vec::new();
    for part in fragment.split('&').filter(|s| !s.is_empty()).take(MAX_SHARE_PARTS) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        if k == "v" {
            continue;
        }
        match url_decode(v) {
            Some(v) => decoded.push((k, v)),
            None => errors.push(bad(k, v, "无法解码", en_str!("cannot be decoded"))),
        }
    }
    // Links carry what the form shows: rates in percent, under `…_pct` (version 3) or `…_bp` (1, 2).
    let read = from_pairs_with(decoded.iter().map(|(k, v)| (*k, v.as_str())), BpKeys::Percent);
    errors.extend(read.errors);
    read.has_city.then_some((read.profile, errors))
}

/// The answers given, as a person reads them, in the form's order: each field, its [`label`] and its
/// value (`南京市`, `1,000 万元`, `3.2%`, `2 人`, `是`), in both languages. What a CSV export
/// carries under its items (`export`), the same words as the printed card's list.
pub fn answers(p: &Profile) -> Vec<(Path, crate::result::Text, crate::result::Text)> {
    use crate::money::{format_en, format_zh, FEN_PER_YUAN};
    use crate::result::text;
    pairs(p)
        .into_iter()
        .filter_map(|(path, raw)| {
            let f = field(path)?;
            if raw.is_empty() {
                return None;
            }
            let label = label(path)?;
            let value = match f.kind {
                K::City => text(p.city.zh(), en!(p.city.en())),
                K::Size => p.size.map_or_else(|| text("未选择", en!("not chosen")), |s| text(s.zh(), en!(s.en()))),
                K::Flag => text("是", en!("yes")),
                K::Yuan => {
                    let fen = i64::try_from(parse_decimal(&raw, 0)?).ok()?.checked_mul(FEN_PER_YUAN)?;
                    text(format_zh(fen), en!(format_en(fen)))
                }
                K::Percent => text(format!("{raw}%"), en!(format!("{raw}%"))),
                K::People => text(format!("{raw} 人"), en!(format!("{raw} people"))),
                K::Year => text(format!("{raw} 年"), en!(raw.clone())),
                K::MonthNumber => text(format!("{raw} 月"), en!(raw.clone())),
                K::Months => text(format!("{raw} 个月"), en!(format!("{raw} months"))),
                K::Degree => match raw.as_str() {
                    "phd" => text("博士", en!("PhD")),
                    "master" => text("硕士", en!("master")),
                    _ => text(raw.clone(), en!(raw.clone())),
                },
                K::Validity => match raw.as_str() {
                    "valid" => text("有效", en!("valid")),
                    "lapsed" => text("已失效", en!("lapsed")),
                    _ => text(raw.clone(), en!(raw.clone())),
                },
                K::Text | K::Count | K::Month | K::Date => text(raw.clone(), en!(raw.clone())),
            };
            Some((path, label, value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One label per field, entries and title details named (the card's answers, office mode's columns).
    #[test]
    fn every_field_has_a_label_a_person_reads() {
        let l = |p: Path| label(p).map(|t| (t.zh, t.en));
        assert_eq!(l(P::Loan(2, LoanField::RateBp)), Some(("项目贷款 2 · 年利率（%）".into(), "Project loan 2 · Annual rate (%)".into())));
        assert_eq!(l(P::TitleDetail(2, TitlePart::RenewedYear)).map(|t| t.0), Some("国家级专精特新“小巨人”企业 · 最近复核年份".into()));
        assert_eq!(l(P::Size).map(|t| t.0), Some("企业规模".into()));
        // A short row is refused at its first missing column; a long one as a whole.
        assert_eq!(row_length(&["city", "size"], 1).map(|e| e.field), Some("size".into()));
        assert_eq!(row_length(&["city"], 2).map(|e| e.field), Some(String::new()));
        assert_eq!(row_length(&["city"], 1), None);
        let dup = header_errors(&["loans.1.rate_bp", "loans.1.rate_pct", "colour"]);
        assert_eq!(dup.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["colour", "loans.1.rate_pct"]);
    }

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(parse_decimal("1,000,000", 0), Some(1_000_000));
        assert_eq!(parse_decimal("１０００", 0), Some(1000));
        assert_eq!(parse_decimal("100万", 0), Some(1_000_000));
        assert_eq!(parse_decimal(" 1.5 万元 ", 0), Some(15_000));
        assert_eq!(parse_decimal("2亿", 0), Some(200_000_000));
        assert_eq!(parse_decimal("3.2%", 2), Some(320));
        assert_eq!(parse_decimal("3.25", 2), Some(325));
        assert_eq!(parse_decimal("3.255", 2), None);
        assert_eq!(parse_decimal("12.5", 0), None);
        assert_eq!(parse_decimal("abc", 0), None);
        assert_eq!(parse_decimal("", 0), None);
        assert_eq!(parse_decimal("-5", 0), Some(-5));
        assert_eq!(parse_decimal("99999999999999999999999999", 0), None);
    }

    /// Issue 16 §6: Chinese numerals and digits with 十百千万亿, as a finance officer writes them.
    #[test]
    fn words_and_numbers_a_finance_officer_writes() {
        for (typed, v) in [
            ("5千万", 50_000_000),
            ("一千万", 10_000_000),
            ("三百万", 3_000_000),
            ("1.5亿", 150_000_000),
            ("两千五百万", 25_000_000),
            ("一亿两千万", 120_000_000),
            ("1亿2000万", 120_000_000),
            ("1亿零500万", 105_000_000),
            ("十万", 100_000),
            ("二十五万", 250_000),
            ("十二点五万", 125_000),
            ("一点五亿", 150_000_000),
            ("1万5000", 15_000),
            ("1万5千", 15_000),
            ("一千零五", 1_005),
            ("一千零五十", 1_050),
            ("一千零十", 1_010),
            ("3千500万", 35_000_000),
            ("500万元", 5_000_000),
            ("〇", 0),
            ("零点五万", 5_000),
            ("1000w", 10_000_000),
            ("1,000,000.00", 1_000_000),
            ("1，000万", 10_000_000),
        ] {
            assert_eq!(parse_decimal(typed, 0), Some(v), "{typed}");
        }
        assert_eq!(parse_decimal("三点五", 2), Some(350));
        assert_eq!(parse_decimal("3.2 %", 2), Some(320));
        // Ambiguous or malformed: refused, never guessed.
        for typed in [
            "一千五", "1万5", "一万五", "1亿5000", "两千五万", "二〇二五", "百万", "千万", "万", "亿万", "一万亿", "五五", "3,2", "1,5万", "1,00", "1000,0000", ",100",
            "1万20000", "15千", "十百", "百十", "一千零零五", "一万十", "一万五", "5千.", ".", "点", "1.2.3", "3点5点", "万5", "-", "一千-五",
        ] {
            assert_eq!(parse_decimal(typed, 0), None, "{typed}");
        }
        assert_eq!(parse_decimal("1.5万", 0), Some(15_000));
        assert_eq!(parse_decimal("1.23456万", 0), None, "not whole yuan");
        assert_eq!(parse_decimal("1.23456万", 2), Some(1_234_560));
    }

    #[test]
    fn setting_fields_validates_and_names_the_field() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        set(&mut p, P::EquipmentLoanYuan, "1,000万").unwrap();
        assert_eq!(p.finance.equipment_loan_yuan, 10_000_000);
        set(&mut p, P::EquipmentLoanRateBp, "3.2").unwrap();
        assert_eq!(p.finance.equipment_loan_rate_bp, 320);
        set(&mut p, P::TitleLittleGiant, "２０２６").unwrap();
        assert_eq!(p.titles.first_year(Title::LittleGiant), Some(2026));
        set(&mut p, P::City, "苏州").unwrap();
        assert_eq!(p.city, City::Suzhou);
        let e = set(&mut p, P::EquipmentLoanYuan, "-3").unwrap_err();
        assert_eq!(e.field, "finance.equipment_loan_yuan");
        assert_eq!((e.zh.as_str(), e.en.as_str()), ("金额不能是负数", "The amount cannot be negative"));
        assert_eq!(p.finance.equipment_loan_yuan, 10_000_000, "unchanged on error");
        assert_eq!(set(&mut p, P::TitleLittleGiant, "1800").unwrap_err().field, "titles.little_giant");
        let read = from_pairs([("nope", "1")]);
        assert_eq!(read.errors[0].field, "nope");
    }

    /// Issue 12 §4: messages a finance clerk reads — no field paths, no 基点, the figure as typed.
    #[test]
    fn messages_are_in_plain_words_with_the_figure_as_typed() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        let msg = |p: &mut Profile, path, raw| {
            let e = set(p, path, raw).unwrap_err();
            assert!(!e.zh.contains(&*path.as_str()) && !e.en.contains(&*path.as_str()), "{e:?}");
            assert!(!e.zh.contains("基点") && !e.en.contains("basis point"), "{e:?}");
            (e.zh, e.en)
        };
        assert_eq!(msg(&mut p, P::EquipmentLoanRateBp, "-3.2").0, "利率不能是负数");
        assert_eq!(msg(&mut p, P::EquipmentLoanRateBp, "35").0, "“35”过高：年利率最多 30%");
        assert_eq!(msg(&mut p, P::EquipmentLoanRateBp, "1.5亿").0, "“1.5亿”过高：年利率最多 30%");
        assert_eq!(msg(&mut p, P::TitleLittleGiant, "1.5亿").0, "“1.5亿”不是有效的年份，应在 1990–2100 年之间");
        assert_eq!(msg(&mut p, P::BidPriceYuan, "3.2%").0, "“3.2%”不是金额，可写 1,000,000、100万 或 100w");
        assert_eq!(msg(&mut p, P::BidPriceYuan, "2025年").0, "“2025年”不是金额，可写 1,000,000、100万 或 100w");
        assert_eq!(msg(&mut p, P::GraduatesPhd, "-1").0, "人数不能是负数");
        assert_eq!(msg(&mut p, P::TitleLittleGiant, "-2026").0, "“-2026”不是有效的年份，应在 1990–2100 年之间");
        assert!(msg(&mut p, P::TitleLittleGiant, "二〇二五").0.contains("“二〇二五”不是年份"));
        // What people type for amounts.
        for (typed, yuan) in [("1000w", 10_000_000), ("¥1000万", 10_000_000), ("￥1,000.50", 1_001), ("1,000.49", 1_000), ("RMB 2,000", 2_000), ("500万元", 5_000_000)] {
            set(&mut p, P::BidPriceYuan, typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(p.procurement.bid_price_yuan, yuan, "{typed}");
        }
    }

    /// Issue 16 §6, field by field: what is typed, what is kept, what is asked about.
    #[test]
    fn amounts_and_rates_in_words() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        set(&mut p, P::EquipmentLoanYuan, "5千万").unwrap();
        assert_eq!(p.finance.equipment_loan_yuan, 50_000_000);
        set(&mut p, P::GuaranteeYuan, "两千五百万").unwrap();
        assert_eq!(p.finance.guarantee_yuan, 25_000_000);
        set(&mut p, P::BidPriceYuan, "1.5亿").unwrap();
        assert_eq!(p.procurement.bid_price_yuan, 150_000_000);
        for (typed, bp) in [("百分之三", 300), ("百分之三点五", 350), ("3.2 %", 320), ("百分之3.45", 345), ("３．２％", 320)] {
            set(&mut p, P::EquipmentLoanRateBp, typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(p.finance.equipment_loan_rate_bp, bp, "{typed}");
        }
        set(&mut p, P::Loan(1, LoanField::RateBp), "百分之四").unwrap();
        assert_eq!(p.loans[0].rate_bp, Some(400));
        // A decimal comma is asked about, never read as 32% (nor as 3.2%).
        let e = set(&mut p, P::EquipmentLoanRateBp, "3,2").unwrap_err();
        assert_eq!((e.zh.as_str(), e.en.as_str()), ("“3,2”是 3.2% 吗？小数点请用“.”", "`3,2` — did you mean 3.2%? Please use “.” for the decimal point"));
        assert_eq!(p.loans[0].rate_bp, Some(400), "unchanged on error");
        assert_eq!(set(&mut p, P::SrdiLoan(1, SrdiLoanField::RateBp), "3，85%").unwrap_err().zh, "“3，85%”是 3.85% 吗？小数点请用“.”");
        assert_eq!(set(&mut p, P::DeductionBp, "10,5").unwrap_err().zh, "“10,5”是 10.5% 吗？小数点请用“.”");
        assert!(set(&mut p, P::EquipmentLoanRateBp, "3,2,1").unwrap_err().zh.contains("不是百分比"));
        // An amount comma groups thousands; anything else is refused.
        assert!(set(&mut p, P::EquipmentLoanYuan, "1,5万").unwrap_err().zh.contains("不是金额"));
        assert!(set(&mut p, P::EquipmentLoanYuan, "一千五").unwrap_err().zh.contains("不是金额"), "1,500 or 1,005? Asked again");
        assert!(set(&mut p, P::EquipmentLoanYuan, "百分之三").unwrap_err().zh.contains("不是金额"));
        // A monthly rent is read as any amount, and its own bound still applies.
        set(&mut p, P::GraduateGroup(1, GroupField::RentYuan), "2,500").unwrap();
        assert_eq!(p.talent.groups[0].rent_yuan, Some(2_500));
        set(&mut p, P::GraduateGroup(1, GroupField::RentYuan), "两千五百").unwrap();
        assert_eq!(p.talent.groups[0].rent_yuan, Some(2_500));
        let e = set(&mut p, P::GraduateGroup(1, GroupField::RentYuan), "一千万").unwrap_err();
        assert_eq!(e.zh, "“一千万”超出范围：每月房租应在 0–100000 元之间");
        // Counts and years in words; a year written digit by digit stays refused.
        set(&mut p, P::CountStandards, "三").unwrap();
        assert_eq!(p.counts.standards, 3);
        assert!(set(&mut p, P::TitleLittleGiant, "二〇二五").is_err());
    }

    /// Restored amounts read as they are written, and read back to the same profile;
    /// the share link keeps plain digits (its format is pinned).
    #[test]
    fn restored_amounts_show_as_people_write_them() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.finance.equipment_loan_yuan = 50_000_000;
        p.finance.guarantee_yuan = 150_000_000;
        p.procurement.bid_price_yuan = 12_345;
        p.rd.expense_this_year_yuan = 125_000_000;
        p.rd.expense_last_year_yuan = 1_230_000;
        p.finance.equipment_loan_rate_bp = 320;
        p.talent.groups.push(GraduateGroup { rent_yuan: Some(2_500), ..GraduateGroup::new(Some(Degree::Phd)) });
        p.counts.pilot_platforms.push(PilotPlatform { investment_yuan: 100_000_000 });
        let shown: Vec<(String, String)> = pairs(&p).into_iter().map(|(k, v)| (k.as_str().into_owned(), v)).collect();
        let text = |k: &str| shown.iter().find(|(p, _)| p == k).map(|(_, v)| v.as_str());
        assert_eq!(text("finance.equipment_loan_yuan"), Some("5000万"));
        assert_eq!(text("finance.guarantee_yuan"), Some("1.5亿"));
        assert_eq!(text("procurement.bid_price_yuan"), Some("12,345"));
        assert_eq!(text("rd.expense_this_year_yuan"), Some("1.25亿"));
        assert_eq!(text("rd.expense_last_year_yuan"), Some("123万"));
        assert_eq!(text("finance.equipment_loan_rate_bp"), Some("3.2"));
        assert_eq!(text("talent.groups.1.rent_yuan"), Some("2,500"));
        assert_eq!(text("counts.pilot_platforms.1.investment_yuan"), Some("1亿"));
        // What the form shows is a percentage under the `…_bp` path (issue 18 §3: read as a link, not as CSV).
        let read = from_pairs_with(shown.iter().map(|(k, v)| (k.as_str(), v.as_str())), BpKeys::Percent);
        assert!(read.errors.is_empty(), "{:?}", read.errors);
        assert_eq!(read.profile, p);
        // As CSV, `…_bp` is basis points: the same rate is 320, or 3.2 under `…_pct`, or `3.2%`.
        for (k, v) in [("finance.equipment_loan_rate_bp", "320"), ("finance.equipment_loan_rate_pct", "3.2"), ("finance.equipment_loan_rate_bp", "3.2%")] {
            let read = from_pairs([("city", "nanjing"), (k, v)]);
            assert!(read.errors.is_empty(), "{k}={v}: {:?}", read.errors);
            assert_eq!(read.profile.finance.equipment_loan_rate_bp, 320, "{k}={v}");
        }
        let read = from_pairs([("city", "nanjing"), ("loans.1.equipment_yuan", "100万"), ("loans.1.rate_bp", "3.2")]);
        assert_eq!(read.errors.len(), 1, "a fraction of a basis point is refused, saying how to write it");
        assert_eq!(read.errors[0].field, "loans.1.rate_bp");
        assert!(read.errors[0].zh.contains("loans.1.rate_pct"), "{:?}", read.errors);
        assert!(to_share(&p).contains("finance.equipment_loan_yuan=50000000&"), "{}", to_share(&p));
        // Every amount the form can hold, on every amount field, reads back to itself.
        let mut v: i64 = 1;
        let mut amounts = vec![0, 1, 9_999, 10_000, 99_990_000, 100_000_000, 101_000_000, 110_000_000, MAX_YUAN, MAX_YUAN - 1];
        for _ in 0..1_000 {
            v = v.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let x = v.rem_euclid(MAX_YUAN + 1);
            amounts.extend([x, x / 10_000 * 10_000, x / 1_000_000 * 1_000_000, x / 10_000_000 * 10_000_000]);
        }
        let paths = FIELDS.iter().chain(LOAN_FIELDS).chain(SRDI_LOAN_FIELDS).chain(&GROUP_FIELDS).filter(|f| f.kind == Kind::Yuan).map(|f| f.path);
        for path in paths {
            let mut q = Profile::new(City::Nanjing, Size::Small);
            q.titles.set(Title::LittleGiant, Some(2025));
            let max = if matches!(path, P::GraduateGroup(..)) { crate::bounds::MAX_RENT_YUAN } else { MAX_YUAN };
            for &yuan in amounts.iter().filter(|y| **y <= max && (**y > 0 || !matches!(path, P::PilotPlatform(_)))) {
                let typed = crate::money::yuan_text(yuan);
                set(&mut q, path, &typed).unwrap_or_else(|e| panic!("{path} {typed}: {e}"));
                assert_eq!(get(&q, path).parse::<i64>().unwrap_or(0), yuan, "{path} {typed}");
            }
        }
    }

    #[test]
    fn share_links_round_trip_and_survive_damage() {
        let mut p = Profile::new(City::Huaian, Size::Medium);
        p.titles.set(Title::LittleGiant, Some(2025));
        p.finance.equipment_loan_rate_bp = 325;
        p.district = Some("清江浦区 & 开发区".into());
        let s = to_share(&p);
        let (q, errs) = from_share(&s).unwrap();
        assert!(errs.is_empty());
        assert_eq!(q, p);
        let (q, errs) = from_share("v=1&city=nanjing&size=small&titles.little_giant=abc&rd.expense_this_year_yuan=5%E4").unwrap();
        assert_eq!(q.city, City::Nanjing);
        assert_eq!(errs.len(), 2);
        assert!(from_share("garbage").is_none());
        assert!(from_share("").is_none());
    }
}

pub use crate::notices::{hint, low_rate_line, unread};

/// Whether a field matters for an enterprise in `city`: the basics and titles
/// always; any other field only when a rule of a document covering the city
/// reads it. The form asks only these.
pub fn relevant(field: &Field, city: City) -> bool {
    use crate::model::{AmountRule, Condition, Input, Treatment};
    if !city.in_jiangsu() {
        return matches!(field.path, P::City | P::Size);
    }
    match field.section {
        Section::Basic if field.path == P::District => return crate::notices::district_note(city).is_some(),
        Section::Basic | Section::Titles => return true,
        _ => {}
    }
    let reads = |rule: &crate::model::Rule| -> bool {
        let by_condition = rule.conditions.iter().any(|c| match *c {
            Condition::Has(a) => {
                achievement_path(a) == field.path
                    || matches!((a, field.path), (crate::model::Achievement::NationalKeyTechTask, P::CountKeyTechTasks) | (crate::model::Achievement::LeadsStandard, P::CountStandards))
            }
            Condition::Does(a) => activity_path(a) == field.path,
            Condition::Positive(i) => match i {
                Input::PilotPlatformInvestment => matches!(field.path, P::PilotPlatformInvestmentYuan | P::PilotPlatform(_)),
                Input::EquipmentLoan => field.path == P::EquipmentLoanYuan,
                Input::Guarantee => field.path == P::GuaranteeYuan,
                Input::RdExpense => field.path.group() == "rd",
                Input::Graduates => field.path.group() == "talent",
                Input::BidPrice => field.path.group() == "procurement",
            },
            _ => false,
        });
        let by_amount = match rule.amount {
            AmountRule::LoanInterestSubsidy => matches!(field.path, P::EquipmentLoanYuan | P::EquipmentLoanRateBp | P::CentralSubsidy | P::Loan(..)),
            AmountRule::LoanRateCeiling { .. } => matches!(field.path, P::SrdiLoan(..)),
            AmountRule::UpToEach { each, .. } => match each {
                crate::model::Counted::KeyTechTasks => matches!(field.path, P::CountKeyTechTasks | P::NationalKeyTechTask),
                crate::model::Counted::Standards => matches!(field.path, P::CountStandards | P::LeadsStandard),
            },
            AmountRule::UpToPerPlatform { .. } => matches!(field.path, P::PilotPlatformInvestmentYuan | P::PilotPlatform(_)),
            AmountRule::RdUplift { .. } => field.path.group() == "rd",
            AmountRule::RentPerGraduate { .. } => field.path.group() == "talent",
            AmountRule::PriceDeduction { .. } => field.path.group() == "procurement",
            AmountRule::GuaranteeFeeCeiling { .. } => field.path == P::GuaranteeYuan,
            _ => false,
        };
        by_condition || by_amount
    };
    crate::policies::ALL.iter().filter(|d| crate::eval::covers(d, city)).any(|d| {
        d.clauses.iter().any(|c| match &c.treatment {
            Treatment::Rules { rules, .. } => rules.iter().any(reads),
            _ => false,
        })
    })
}

/// The profile path of an activity.
pub const fn activity_path(a: crate::model::Activity) -> Path {
    use crate::model::Activity as A;
    match a {
        A::BuysCompute => P::ActivityBuysCompute,
        A::GreenMicrogrid => P::ActivityGreenMicrogrid,
        A::CrossBorder => P::ActivityCrossBorder,
        A::SuzhouTalent => P::ActivitySuzhouTalent,
        A::Jiebang => P::ActivityJiebang,
        A::DigitalProvider => P::ActivityDigitalProvider,
    }
}

/// The profile path of an achievement.
pub const fn achievement_path(a: crate::model::Achievement) -> Path {
    use crate::model::Achievement as A;
    match a {
        A::NationalKeyTechTask => P::NationalKeyTechTask,
        A::LeadsStandard => P::LeadsStandard,
        A::GenerativeAiFiled => P::GenerativeAiFiled,
        A::SmartFactoryExcellent => P::SmartFactoryExcellent,
        A::IndustrialInternetPlatform => P::IndustrialInternetPlatform,
        A::FirstSetProduct => P::FirstSetProduct,
        A::ChuangkeWinner => P::ChuangkeWinner,
        A::BridgeLoanNeed => P::BridgeLoanNeed,
    }
}

#[cfg(test)]
mod relevance_tests {
    use super::*;

    #[test]
    fn the_table_has_every_field_once_in_profile_order() {
        assert!(FIELDS.iter().map(|f| f.path).eq(Path::ALL), "fields::FIELDS and Path::ALL list the same fields in the same order");
    }

    #[test]
    fn the_form_asks_only_what_the_citys_rules_need() {
        let ask = |path: &str, city: City| relevant(field(Path::parse(path).unwrap()).unwrap(), city);
        assert!(ask("talent.graduates_phd", City::Nanjing), "Nanjing rent subsidy");
        assert!(!ask("talent.graduates_phd", City::Wuxi));
        assert!(ask("rd.expense_this_year_yuan", City::Huaian), "Huai'an R&D uplift");
        assert!(!ask("rd.expense_this_year_yuan", City::Nanjing));
        assert!(ask("finance.equipment_loan_yuan", City::Wuxi), "provincial interest subsidy");
        assert!(ask("procurement.bid_price_yuan", City::Nanjing));
        assert!(!ask("procurement.bid_price_yuan", City::Suzhou));
        assert!(ask("district", City::Nanjing) && ask("district", City::Suzhou) && ask("district", City::Huaian));
        assert!(!ask("district", City::Wuxi), "no text or fact names Wuxi's district support");
        assert!(!ask("titles.little_giant", City::OutsideJiangsu));
        assert!(ask("size", City::OutsideJiangsu));
        assert!(ask("srdi_loans.1.principal_yuan", City::Huaian), "Huai'an 专精特新贷");
        assert!(!ask("srdi_loans.1.principal_yuan", City::Nanjing));
        assert!(ask("loans.2.start", City::Wuxi), "provincial interest subsidy, any loan");
    }
}
