//! 淮安市《2025年淮安市专精特新企业高质量发展行动方案》（征求意见稿）, with its consultation announcement.
//! Source: `sources/004_98c2b41d4adecd2b.txt`. Every marked paragraph, in order.
//! Not encoded as rules: the two sentences of 三（六） “对首次获评国家、省中小企业特色产业集群的县区（园区）分别奖励100万元、50万元” and “对专精特新企业投资建设亿元工业项目5个以上的县区（园区），超额完成部分给予县区（园区）30万元/个奖励” reward county governments (parks), not enterprises.

use crate::date::Date;
use crate::model::*;
use crate::profile::{City, Title};

const SRDI: &[Condition] = &[Condition::SrdiEnterprise];

const WHY_ZH: &str = passage("方案为 2025 年度行动方案，文本未写施行或截止日期（征求意见公告落款为“2025年3月？日”），故按 2025 年全年（1 月 1 日至 12 月 31 日）计算。");
const WHY_EN: &str = passage("A plan for the year 2025 that states no dates (the consultation notice is dated \"March ?, 2025\"), so we take calendar 2025 (1 January to 31 December).");

const AWARD_GIST: &str = passage("First-time national single champions, little giants and SRDI SMEs are rewarded under the city's industrial-strength award policy (no amount stated).");
const AWARD_AMOUNT: AmountRule = AmountRule::Unquantified {
    note_zh: passage("文本只写“按照工业强市奖补资金政策予以奖励”，未定金额；工业强市奖补金额在公开资料中未查到。"),
    note_en: passage("The text says only \"rewarded under the industrial-strength award policy\" and states no amount; that policy's amounts were not found in public sources."),
};
const AWARD_EXTERNAL: Option<External> = Some(External {
    source: passage("《淮安日报》 · Huai'an Daily (newspaper report)"),
    confidence: Confidence::News,
    note_zh: passage("淮安首批称号奖励以“免申直补”方式发放。"),
    note_en: passage("Huai'an paid its first batch of title awards without application (免申直补)."),
});

pub const DOCUMENT: Document = Document {
    key: "huaian",
    source_file: "004_98c2b41d4adecd2b.txt",
    short_zh: "淮安市2025年行动方案（征求意见稿）",
    short_en: en("Huai'an 2025 action plan (draft)"),
    title: "2025年淮安市专精特新企业高质量发展行动方案（征求意见稿）",
    title_en: passage("2025 Action Plan for the High-Quality Development of SRDI Enterprises in Huai'an (draft for comment)"),
    issuer: passage("淮安市工业和信息化局（征求意见稿）"),
    level: Level::City(City::Huaian),
    doc_number: None,
    status: Status::Draft,
    effective_from: DateSpec::Assumed { date: Date::ymd(2025, 1, 1), why_zh: WHY_ZH, why_en: WHY_EN },
    effective_until: DateSpec::Assumed { date: Date::ymd(2025, 12, 31), why_zh: WHY_ZH, why_en: WHY_EN },
    start_year_uncertain: false,
    clauses: CLAUSES,
};

const CLAUSES: &[Clause] = &[
    Clause {
        number: "公告",
        heading: passage("关于公开征求《2025年淮安市专精特新企业高质量发展行动方案》意见的公告"),
        treatment: Treatment::NotApplicable {
            quote: passage("为广泛征求社会各界意见，现将行动方案和起草说明公布，公开征求意见。"),
            reason_zh: passage("征求意见公告，不含具体措施。"),
            reason_en: passage("Consultation notice; no measure."),
        },
    },
    Clause {
        number: "2.",
        heading: passage("关于《2025年淮安市专精特新企业高质量发展行"),
        treatment: Treatment::NotApplicable {
            quote: passage("2. 关于《2025年淮安市专精特新企业高质量发展行动方案》起草情况的说明"),
            reason_zh: passage("附件目录（起草说明未随文提供）。"),
            reason_en: passage("List of attachments (the drafting note is not included)."),
        },
    },
    Clause {
        number: "序言",
        heading: passage("为落实市委、市政府工业强市战略部署要求"),
        treatment: Treatment::NotApplicable {
            quote: passage("为落实市委、市政府工业强市战略部署要求，加快内培外引专精特新企业，推动全市新型工业化和新质生产力发展，制定全市专精特新企业高质量发展行动方案。"),
            reason_zh: passage("制定目的，不含具体措施。"),
            reason_en: passage("States the purpose; no measure."),
        },
    },
    Clause { number: "一、", heading: passage("指导思想"), treatment: Treatment::Section },
    Clause {
        number: "一 正文",
        heading: passage("全面贯彻落实党中央、国务院"),
        treatment: Treatment::NotApplicable {
            quote: passage("全面贯彻落实党中央、国务院关于促进中小企业高质量发展的决策部署，鼓励企业深耕细作细分行业领域，加快推进专精特新企业实现质的有效提升和量的快速增长，为提升产业链韧性和竞争力、加快推动新型工业化和高质量跨越式发展提供有力支撑。"),
            reason_zh: passage("指导思想，不含具体措施。"),
            reason_en: passage("Guiding idea; no measure."),
        },
    },
    Clause { number: "二、", heading: passage("主要目标"), treatment: Treatment::Section },
    Clause {
        number: "二 正文",
        heading: passage("培优培强专精特新企业矩阵"),
        treatment: Treatment::NotApplicable {
            quote: passage("2025年末，累计培育制造业单项冠军企业2家、专精特新小巨人企业40家、专精特新中小企业400家、创新型中小企业1500家。"),
            reason_zh: passage("全市培育目标，不给予企业待遇。"),
            reason_en: passage("City-wide targets; nothing granted to an enterprise."),
        },
    },
    Clause { number: "三、", heading: passage("重点任务"), treatment: Treatment::Section },
    Clause {
        number: "三（一）",
        heading: passage("强化梯度培育机制"),
        treatment: Treatment::Rules {
            departments: passage("市工信局、各县区（园区）人民政府（管委会）"),
            rules: &[Rule {
                id: "huaian.3-1.one_file_plan",
                name_zh: "“一户一档”提升计划和服务清单",
                name_en: en("A dedicated upgrade plan and service list per enterprise"),
                quote: passage("对重点培育的专精特新小巨人企业制定一户一档提升计划和服务清单，开展靶向培育。"),
                gist_en: passage("Little giants selected for key cultivation each get a dedicated upgrade plan and service list, with targeted support."),
                conditions: &[Condition::Holds(Title::LittleGiant)],
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "三（二）",
        heading: passage("支持专精特新项目培育"),
        treatment: Treatment::NotApplicable {
            quote: passage("鼓励国内行业头部企业投资建设企业研发中心、先进制造业中心等项目，全年培育专精特新企业投资的亿元项目50个左右。"),
            reason_zh: passage("项目培育目标与部门职责，未给予企业具体待遇。"),
            reason_en: passage("Project targets and departmental duties; nothing concrete granted to an enterprise."),
        },
    },
    Clause {
        number: "三（三）",
        heading: passage("支持企业创新平台打造"),
        treatment: Treatment::Rules {
            departments: passage("市委人才办、市发改委、市科技局、市工信局、市市场监管局、市人社局"),
            rules: &[
                Rule {
                    id: "huaian.3-3.rd_institutions",
                    name_zh: "自建或共建研发机构",
                    name_en: en("Building R&D institutions"),
                    quote: passage("引导专精特新企业加大研发投入力度，支持企业自建或共建工程实验室、工程（技术）研究中心、企业技术中心等研发机构。"),
                    gist_en: passage("SRDI enterprises are supported in building, alone or with partners, engineering laboratories, engineering (technology) research centres, enterprise technology centres and other R&D institutions (form of support not stated)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.3-3.ip_fast_track",
                    name_zh: "知识产权快速审查、确权、维权",
                    name_en: en("Fast IP examination, confirmation and enforcement"),
                    quote: passage("开展产业专利导航，为符合条件的专精特新企业提供知识产权快速审查、确权、维权服务。"),
                    gist_en: passage("Qualifying SRDI enterprises get fast IP examination, confirmation and enforcement services."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.3-3.talent_recruitment",
                    name_zh: "引进领军人才、专业技术人才",
                    name_en: en("Help recruiting leading and specialist talent"),
                    quote: passage("落实国家制造业人才支持计划，帮助专精特新企业引进具有引领性、原创性、突破性技术的领军人才、专业技术人才，"),
                    gist_en: passage("Under the national manufacturing talent programme, SRDI enterprises are helped to recruit leading talent and specialist technical staff."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.3-3.major_talent_projects",
                    name_zh: "申报国家、省级重大人才项目",
                    name_en: en("Support in applying for national and provincial major talent projects"),
                    quote: passage("支持专精特新企业申报国家、省级重大人才项目，"),
                    gist_en: passage("SRDI enterprises are supported in applying for national and provincial major talent projects (form of support not stated)."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.3-3.direct_title_application",
                    name_zh: "优秀人才直接申报中高级职称",
                    name_en: en("Outstanding staff may apply directly for intermediate and senior titles"),
                    quote: passage("支持专精特新企业优秀人才直接申报中高级职称。"),
                    gist_en: passage("Outstanding staff of SRDI enterprises may apply directly for intermediate and senior professional titles."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "三（四）",
        heading: passage("鼓励数字化转型和绿色化发展"),
        // Not encoded: the three-year digital programme and the scenes for innovative SMEs and
        // SRDI SMEs ("推动…") are the government's programme; the 2025 targets (数控化率、智能工厂、
        // 绿色工厂 counts) grant nothing to an enterprise.
        treatment: Treatment::Rules {
            departments: passage("市工信局"),
            rules: &[Rule {
                id: "huaian.3-4.digital_benchmark",
                name_zh: "“小巨人”开展集成级数字化转型、打造“智改数转网联”标杆",
                name_en: en("Little giants: integrated digital transformation and benchmark status"),
                quote: passage("推动专精特新小巨人企业开展集成级数字化转型，打造“智改数转网联”标杆企业。"),
                gist_en: passage("Little giants are pushed to carry out integrated digital transformation and become benchmark enterprises for smart, digital and networked manufacturing (form of support not stated)."),
                conditions: &[Condition::Holds(Title::LittleGiant)],
                ..Rule::SERVICE
            },
            Rule {
                id: "huaian.3-4.green_factory",
                name_zh: "节能降碳、创建国家和省级绿色工厂",
                name_en: en("Energy saving and national or provincial green factories"),
                quote: passage("支持专精特新企业节能降碳，打造国家、省绿色工厂。"),
                gist_en: passage("SRDI enterprises are supported in saving energy and cutting carbon and in becoming national or provincial green factories (form of support not stated)."),
                category: Category::Qualification,
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "三（五）",
        heading: passage("畅通资金融通渠道"),
        treatment: Treatment::Rules {
            departments: passage("市政府办公室、人行淮安市分行、金融监管总局淮安监管分局、市工信局"),
            rules: &[
                Rule {
                    id: "huaian.3-5.risk_compensation_loans",
                    name_zh: "“淮质贷”“创新积分贷”纳入风险补偿",
                    name_en: en("Risk-compensated credit products (Huaizhidai, innovation-points loans)"),
                    quote: passage("市级普惠金融风险补偿基金将重点支持专精特新企业的“淮质贷”“创新积分贷”征信产品纳入风险补偿范围，支持金融机构设立科技支行等科技金融专营组织，持续加大对专精特新企业金融支持力度。"),
                    gist_en: passage("The city's inclusive-finance risk-compensation fund covers the Huaizhidai and innovation-points credit products that mainly serve SRDI enterprises."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.3-5.loan_rate_ceiling",
                    name_zh: "“专精特新贷”利率不超过 LPR 加 0.5 个百分点",
                    name_en: en("SRDI loan rate at most LPR + 0.5 point"),
                    quote: passage("降低企业融资成本，银行机构“专精特新贷”贷款利率不超过LPR+50基点，政府性融资担保机构“专精特新保”融资担保平均费率不超过0.8%。"),
                    gist_en: passage("Banks' SRDI loans are priced at no more than LPR + 50 basis points; government guarantors' SRDI guarantees average at most 0.8% a year."),
                    category: Category::CostCeiling,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: SRDI,
                    amount: AmountRule::LoanRateCeiling { spread_bp: 50 },
                    period: Period::None,
                    payment: Payment::NotStated,
                    departments: None,
                    external: Some(External {
                        source: passage("贷款市场报价利率（LPR），2025-05-20 起 · Loan prime rate (LPR) in force from 2025-05-20"),
                        confidence: Confidence::News,
                        note_zh: passage("自 2025 年 5 月 20 日起 1 年期 LPR 为 3.0%、5 年期以上为 3.5%（至 2026 年 1 月未变），上限即约 3.5%（1 年期）或 4.0%（5 年期以上）。"),
                        note_en: passage("Since 2025-05-20 the 1-year LPR is 3.0% and the 5-year LPR 3.5% (unchanged through January 2026), so the ceiling is about 3.5% (1-year) or 4.0% (5-year)."),
                    }),
                    event: None,
                },
                Rule {
                    id: "huaian.3-5.guarantee_fee_ceiling",
                    name_zh: "“专精特新保”担保平均费率不超过 0.8%",
                    name_en: en("SRDI guarantee fee averaging at most 0.8%"),
                    quote: passage("降低企业融资成本，银行机构“专精特新贷”贷款利率不超过LPR+50基点，政府性融资担保机构“专精特新保”融资担保平均费率不超过0.8%。"),
                    gist_en: passage("Banks' SRDI loans are priced at no more than LPR + 50 basis points; government guarantors' SRDI guarantees average at most 0.8% a year."),
                    category: Category::CostCeiling,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: SRDI,
                    amount: AmountRule::GuaranteeFeeCeiling { rate_bp: 80 },
                    period: Period::PerYear,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: Some(Event::GuaranteeFee),
                },
                Rule {
                    id: "huaian.3-5.listing_priority",
                    name_zh: "优先列为市重点上市后备企业",
                    name_en: en("Priority for the city's key pre-listing list"),
                    quote: passage("优先将符合条件的专精特新企业列为市重点上市后备企业，鼓励市、县区（园区）主导的产业基金、知名私募基金对专精特新企业进行投资，支持企业挂牌上市。"),
                    gist_en: passage("Qualifying SRDI enterprises are put first on the city's list of key pre-listing enterprises; government-led and private funds are encouraged to invest in them."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.3-5.financing_roadshows",
                    name_zh: "季度融资路演与对接",
                    name_en: en("Quarterly financing roadshows and matchmaking"),
                    quote: passage("按季度组织开展专精特新企业融资路演等对接活动，撮合专精特新企业开展股权融资、投贷联动融资和银行贷款债权融资，畅通专精特新企业真实合理融资需求。"),
                    gist_en: passage("Quarterly financing roadshows match SRDI enterprises with equity investors, investment-loan packages and bank loans."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "三（六）",
        heading: passage("加大政策支持力度"),
        treatment: Treatment::Rules {
            departments: passage("市工信局、市科技局、市资规局、市财政局"),
            rules: &[
                Rule {
                    id: "huaian.3-6.single_champion_award",
                    name_zh: "首次获评国家制造业单项冠军奖励",
                    name_en: en("Award for a first-time national single champion"),
                    quote: passage("对首次获评国家制造业单项冠军企业、专精特新小巨人企业、专精特新中小企业按照工业强市奖补资金政策予以奖励。"),
                    gist_en: AWARD_GIST,
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::FirstObtainedInPeriod(Title::SingleChampion)],
                    amount: AWARD_AMOUNT,
                    period: Period::OneOff,
                    payment: Payment::NoApplication,
                    departments: None,
                    external: AWARD_EXTERNAL,
                    event: Some(Event::SingleChampionTitle),
                },
                Rule {
                    id: "huaian.3-6.little_giant_award",
                    name_zh: "首次获评国家级专精特新“小巨人”奖励",
                    name_en: en("Award for a first-time national little giant"),
                    quote: passage("对首次获评国家制造业单项冠军企业、专精特新小巨人企业、专精特新中小企业按照工业强市奖补资金政策予以奖励。"),
                    gist_en: AWARD_GIST,
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::FirstObtainedInPeriod(Title::LittleGiant)],
                    amount: AWARD_AMOUNT,
                    period: Period::OneOff,
                    payment: Payment::NoApplication,
                    departments: None,
                    external: AWARD_EXTERNAL,
                    event: Some(Event::LittleGiantTitle),
                },
                Rule {
                    id: "huaian.3-6.provincial_srdi_award",
                    name_zh: "首次获评省级专精特新中小企业奖励",
                    name_en: en("Award for a first-time provincial SRDI SME"),
                    quote: passage("对首次获评国家制造业单项冠军企业、专精特新小巨人企业、专精特新中小企业按照工业强市奖补资金政策予以奖励。"),
                    gist_en: AWARD_GIST,
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::FirstObtainedInPeriod(Title::ProvincialSrdi)],
                    amount: AWARD_AMOUNT,
                    period: Period::OneOff,
                    payment: Payment::NoApplication,
                    departments: None,
                    external: AWARD_EXTERNAL,
                    event: Some(Event::ProvincialSrdiTitle),
                },
                Rule {
                    id: "huaian.3-6.equipment_loan_interest",
                    name_zh: "设备购置贷款贴息",
                    name_en: en("Interest subsidy on equipment-purchase loans"),
                    quote: passage("对有效期内专精特新企业设备购置贷款给予贴息。"),
                    gist_en: passage("SRDI enterprises with a valid title get an interest subsidy on equipment-purchase loans."),
                    category: Category::InterestSubsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiEnterprise, Condition::Positive(Input::EquipmentLoan)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定贴息比例或上限；公开资料中也未查到淮安市级贴息比例。"),
                        note_en: passage("The text states no subsidy rate or cap; no Huai'an rate was found in public sources either."),
                    },
                    period: Period::PerYear,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: Some(Event::EquipmentLoanInterest),
                },
                Rule {
                    id: "huaian.3-6.rd_subsidy_uplift",
                    name_zh: "研发费用基础补贴和增量补贴各上浮 1 个百分点",
                    name_en: en("R&D expense subsidies raised by 1 point each"),
                    quote: passage("对专精特新企业研发费用基础补贴和增量补贴分别上浮1个百分点。"),
                    gist_en: passage("For SRDI enterprises, the base and the incremental R&D-expense subsidy rates are each raised by 1 percentage point."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiEnterprise, Condition::Positive(Input::RdExpense)],
                    amount: AmountRule::RdUplift { base_bp: 100, increase_bp: 100 },
                    period: Period::PerYear,
                    payment: Payment::NotStated,
                    departments: None,
                    external: Some(External {
                        source: passage("FACTS.md：淮安市研发费用基础补贴、增量补贴的比例未见公开 · FACTS.md: Huai'an's base and increase R&D-subsidy rates are not published"),
                        confidence: Confidence::Weak,
                        note_zh: passage("上浮的是企业须先获得的研发费用补贴（其规则不在本方案中）；基础补贴和增量补贴的原比例未查到，这里只计算上浮的 1 个百分点（研发费用的 1%、同比增量的 1%）。"),
                        note_en: passage("The raise is on R&D subsidies the firm must first receive (their rules are not in this plan); the base rates were not found, so only the 1-point uplifts are computed (1% of R&D expense, 1% of its year-on-year increase)."),
                    }),
                    event: None,
                },
                Rule {
                    id: "huaian.3-6.land_priority",
                    name_zh: "用地应供尽供、单列指标、按幢登记",
                    name_en: en("Land supply guaranteed, dedicated quota, registration by building"),
                    quote: passage("对专精特新企业用地需求县区（园区）应供尽供，对用地需求较大的纳入市级重大项目用地统筹并单列专项指标，允许按幢和分区域申请不动产登记。"),
                    gist_en: passage("Counties meet SRDI enterprises' land needs in full; large needs get a dedicated city quota; property may be registered by building or by area."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause { number: "四、", heading: passage("保障措施"), treatment: Treatment::Section },
    Clause {
        number: "四（一）",
        heading: passage("强化组织领导"),
        treatment: Treatment::NotApplicable {
            quote: passage("市制造强市建设领导小组统筹推进全市优质中小企业梯度培育工作，定期召开会议，研究解决存在的问题。"),
            reason_zh: passage("组织领导与部门职责。"),
            reason_en: passage("Organisation and departmental duties."),
        },
    },
    Clause {
        number: "四（二）",
        heading: passage("提升服务水平"),
        treatment: Treatment::Rules {
            departments: passage("市工信局"),
            rules: &[
                Rule {
                    id: "huaian.4-2.public_services",
                    name_zh: "企业服务中心、“淮企小秘书”与线上线下公共服务",
                    name_en: en("Enterprise service centre, 淮企小秘书 and online/offline public services"),
                    quote: passage("组建并实体化运作企业服务中心，丰富“淮企小秘书”功能，建立线下线上融合公共服务平台，实现政策直享、诉求直办、服务直达。聚焦政策服务、产业链供应链对接、投资融资、引才育才等重点方向，构建产业链、创新链、资金链、人才链深度融合的综合服务体系。"),
                    gist_en: passage("An enterprise service centre, the 淮企小秘书 assistant and an online/offline public service platform bring policies and services directly to enterprises and handle their requests, covering policy, supply-chain matchmaking, financing and talent."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.4-2.diagnosis_service",
                    name_zh: "“小巨人”精准诊断服务",
                    name_en: en("Targeted diagnosis service for little giants"),
                    quote: passage("加强与工信部中小企业发展促进中心合作，为专精特新小巨人企业提供精准诊断服务。"),
                    gist_en: passage("With the MIIT SME Development Promotion Center, little giants get a targeted diagnosis service."),
                    conditions: &[Condition::Holds(Title::LittleGiant)],
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "四（三）",
        heading: passage("营造良好环境"),
        treatment: Treatment::Rules {
            departments: passage("市委宣传部、市发改委、市数据局、市应急局、市生态环境局、市工信局、市资规局、市住建局"),
            rules: &[
                Rule {
                    id: "huaian.4-3.faster_approvals",
                    name_zh: "项目审批流程优化",
                    name_en: en("Faster project approvals"),
                    quote: passage("持续优化对专精特新企业项目核准备案、工程规划、环评、安评、能评、施工图审查等审批程序，优化审批流程，进一步提高审批效率。"),
                    gist_en: passage("Approval, planning, environmental, safety, energy and drawing reviews of SRDI enterprises' projects are streamlined."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.4-3.inclusive_supervision",
                    name_zh: "包容审慎监管",
                    name_en: en("Inclusive, prudent supervision"),
                    quote: passage("规范涉企安全生产、生态环境保护、消防等行政执法检查，推行包容审慎监管。"),
                    gist_en: passage("Safety, environmental and fire inspections of enterprises are standardised under inclusive, prudent supervision (the sentence names enterprises in general)."),
                    conditions: SRDI,
                    payment: Payment::NoApplication,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "huaian.4-3.entrepreneur_awards",
                    name_zh: "带头人列入优秀企业家评选对象",
                    name_en: en("Leaders eligible for outstanding-entrepreneur awards"),
                    quote: passage("将专精特新企业带头人等优秀人才列入优秀企业家评选对象，在全社会营造支持专精特新企业发展的良好氛围。"),
                    gist_en: passage("Leaders and other outstanding people of SRDI enterprises become eligible for the city's outstanding-entrepreneur selection."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
];
