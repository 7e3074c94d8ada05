//! 南京市《关于促进专精特新中小企业高质量发展的若干措施》(15 measures).
//! Source: `sources/001_bc629d7340adae79.txt`. Every marked paragraph, in order.

use crate::date::Date;
use crate::facts;
use crate::model::*;
use crate::money::{wan, yuan};
use crate::profile::{City, Size, Title};

const SRDI: &[Condition] = &[Condition::SrdiSme];
const CHAMPION_OR_GIANT: &[Title] = &[Title::SingleChampion, Title::LittleGiant];

/// 「有效期至 2028 年 12 月 31 日」.
const UNTIL: Date = Date::ymd(2028, 12, 31);

pub const DOCUMENT: Document = Document {
    key: "nanjing",
    source_file: "001_bc629d7340adae79.txt",
    short_zh: "南京市若干措施",
    short_en: en("Nanjing measures"),
    title: "关于促进专精特新中小企业高质量发展的若干措施",
    title_en: passage("Measures to Promote the High-Quality Development of SRDI SMEs (Nanjing)"),
    issuer: passage("南京市人民政府办公厅"),
    level: Level::City(City::Nanjing),
    doc_number: None,
    status: Status::Issued,
    effective_from: DateSpec::Assumed {
        date: Date::ymd(2024, 1, 1),
        why_zh: passage("文本只写“自公布之日起施行”，没有公布日期。能限定日期的只有文中自己提到的：“人民银行江苏省分行营管部”是 2024 年机构改革后的名称，“算力券”来自南京 2024 年 5 月的人工智能政策（新闻），所以最早 2024 年公布。这里假定 2024 年 1 月 1 日起适用：2025 年及以后首次获评的称号确定计入；2024 年首次获评的可能早于公布日，只算“可能”；2023 年及以前的按已废止的 2021 年措施办理。"),
        why_en: passage("The text says only \"in force from publication\" and gives no date. Only its own references bound it: it names the PBoC Jiangsu branch's business department, a name from the 2024 reform, and the compute vouchers from Nanjing's May 2024 AI policy (news), so it was published in 2024 at the earliest. We assume it applies from 2024-01-01: titles first obtained in 2025 or later count as certain; 2024 ones may predate publication and count as likely only; 2023 and earlier fell under the repealed 2021 measures."),
    },
    effective_until: DateSpec::Stated { date: UNTIL },
    start_year_uncertain: true,
    clauses: CLAUSES,
};

const CLAUSES: &[Clause] = &[
    Clause {
        number: "序言",
        heading: passage("专精特新中小企业是推进新型工业化"),
        treatment: Treatment::NotApplicable {
            quote: passage("为全面贯彻落实国家、省关于促进专精特新中小企业高质量发展的决策部署，深化产业强市建设，现制定如下措施。"),
            reason_zh: passage("制定目的，不含具体措施。"),
            reason_en: passage("States the purpose; no measure."),
        },
    },
    Clause { number: "一、", heading: passage("支持提升创新能力"), treatment: Treatment::Section },
    Clause {
        number: "（一）",
        heading: passage("强化技术创新支持"),
        treatment: Treatment::Rules {
            departments: passage("市科技局、市工信局、市发改委"),
            rules: &[
                Rule {
                    id: "nanjing.1.rd_centre_upgrade",
                    name_zh: "研发载体升级为国家级、省级研发机构",
                    name_en: en("Upgrading R&D centres to national or provincial level"),
                    quote: passage("支持专精特新中小企业的研发载体升级为国家级、省级研发机构，推动实现研发机构全覆盖。"),
                    gist_en: passage("SRDI SMEs are supported in upgrading their R&D centres to national or provincial R&D institutions (form of support not stated)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.1.key_tech_task",
                    name_zh: "承担国家关键核心技术攻关任务资助",
                    name_en: en("Grant for a national key core-technology task"),
                    quote: passage("对承担国家关键核心技术攻关任务的专精特新中小企业给予最高 1000 万元资助。"),
                    gist_en: passage("SRDI SMEs undertaking a national key core-technology task get a grant of up to ¥10 million."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::NationalKeyTechTask)],
                    // Per task (readings D3): `counts.key_tech_tasks` × up to ¥10M.
                    amount: AmountRule::UpToEach { cap_fen: wan(1000), each: Counted::KeyTechTasks },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: Some(Event::NationalKeyTechTask),
                },
                Rule {
                    id: "nanjing.1.pilot_platform",
                    name_zh: "参与建设中试平台资助",
                    name_en: en("Grant for building a pilot-scale platform"),
                    quote: passage("引导专精特新中小企业参与建设中试平台，按建设投入给予最高 200 万元资助。"),
                    gist_en: passage("SRDI SMEs taking part in building a pilot-scale platform get up to ¥2 million, according to the investment."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiSme, Condition::Positive(Input::PilotPlatformInvestment)],
                    // Per platform, never above its investment (readings D3).
                    amount: AmountRule::UpToPerPlatform { cap_fen: wan(200) },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: None,
                },
                Rule {
                    id: "nanjing.1.tech_upgrade_threshold",
                    name_zh: "重大技术改造补助门槛适当放宽",
                    name_en: en("Lower threshold for major technical-upgrade subsidies"),
                    quote: passage("对国家制造业单项冠军企业、国家专精特新“小巨人”企业实施的重大技术改造，适当放宽申请技改补助门槛。"),
                    gist_en: passage("National single champions and little giants face a lower threshold when applying for technical-upgrade subsidies."),
                    category: Category::Qualification,
                    conditions: &[Condition::HoldsAny(CHAMPION_OR_GIANT)],
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（二）",
        heading: passage("推动校企协同创新"),
        treatment: Treatment::Rules {
            departments: passage("市科技局、市市场监管局"),
            rules: &[Rule {
                id: "nanjing.2.use_first_pay_later",
                name_zh: "高校科技成果“先使用后付费”",
                name_en: en("University research results: use first, pay later"),
                quote: passage("鼓励高校、科研院所采取“先使用后付费”等方式授权专精特新中小企业使用科技成果；通过专利开放许可等方式，向专精特新中小企业转化专利技术。"),
                gist_en: passage("Universities and institutes are encouraged to license results to SRDI SMEs on a use-first-pay-later basis and through open patent licences."),
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "（三）",
        heading: passage("加强知识产权服务"),
        treatment: Treatment::Rules {
            departments: passage("市市场监管局"),
            rules: &[
                Rule {
                    id: "nanjing.3.patent_fast_track",
                    name_zh: "高价值专利快速预审、确权、维权",
                    name_en: en("Fast patent pre-examination, confirmation and enforcement"),
                    quote: passage("为专精特新中小企业提供高价值专利快速预审、快速确权和快速维权服务。"),
                    gist_en: passage("Fast pre-examination, confirmation and enforcement services for SRDI SMEs' high-value patents."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.3.standards_award",
                    name_zh: "主导和参与制定国际标准、国家标准奖励",
                    name_en: en("Award for leading or joining international / national standards"),
                    quote: passage("支持专精特新中小企业发挥“独门绝技”优势，积极主导和参与制定国际标准、国家标准，最高给予50万元奖励。"),
                    gist_en: passage("SRDI SMEs leading or joining the drafting of international or national standards get an award of up to ¥500,000."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::LeadsStandard)],
                    // Per standard led or joined (readings D4).
                    amount: AmountRule::UpToEach { cap_fen: wan(50), each: Counted::Standards },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: Some(Event::Standards),
                },
                Rule {
                    id: "nanjing.3.quality_certification",
                    name_zh: "质量管理体系认证和计量技术提升支持",
                    name_en: en("Support for quality-management certification and metrology"),
                    quote: passage("对专精特新中小企业开展质量管理体系认证和计量技术提升提供支持。"),
                    gist_en: passage("Support (form not stated) for SRDI SMEs' quality-management certification and metrology upgrades."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（四）",
        heading: passage("加强创新产品推广"),
        treatment: Treatment::Rules {
            departments: passage("市工信局、市财政局"),
            rules: &[
                Rule {
                    id: "nanjing.4.first_set_products",
                    name_zh: "支持申报首台（套）、首批次、首版次及创新产品",
                    name_en: en("Support for first-of-a-kind equipment, material and software applications"),
                    quote: passage("支持专精特新中小企业申报首台（套）重大装备、首批次新材料、首版次软件及创新产品。"),
                    gist_en: passage("SRDI SMEs are supported in applying for first-set equipment, first-batch material, first-version software and innovative-product recognition."),
                    category: Category::Qualification,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::FirstSetProduct)],
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.4.procurement_price_deduction",
                    name_zh: "政府采购价格扣除上限提高至 20%",
                    name_en: en("Procurement price deduction raised to up to 20%"),
                    quote: passage("政府采购货物服务采购项目中采购人可将专精特新小微企业价格扣除优惠幅度上限提高至20%。"),
                    gist_en: passage("In goods and services procurement, the purchaser may raise the price deduction for SRDI small and micro enterprises to at most 20%."),
                    category: Category::ProcurementPreference,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiSme, Condition::SizeIn(&[Size::Micro, Size::Small]), Condition::Positive(Input::BidPrice)],
                    amount: AmountRule::PriceDeduction { max_bp: 2000, usual_max_bp: 2000 },
                    period: Period::None,
                    payment: Payment::NotStated,
                    departments: None,
                    external: Some(External {
                        source: passage("财库〔2020〕46号、财库〔2022〕19号"),
                        confidence: Confidence::News,
                        note_zh: passage("小微企业货物服务报价通常扣除 10%–20%；扣除后的价格仅用于评审比较，合同价仍为报价。"),
                        note_en: passage("Small/micro bids for goods and services usually get a 10–20% deduction; the deducted price is used only to compare bids, the contract price stays the bid."),
                    }),
                    event: None,
                },
            ],
        },
    },
    Clause { number: "二、", heading: passage("加强财税金融支持"), treatment: Treatment::Section },
    Clause {
        number: "（五）",
        heading: passage("激励专精特新发展"),
        treatment: Treatment::Rules {
            departments: passage("市工信局、市财政局"),
            rules: &[
                Rule {
                    id: "nanjing.5.single_champion_award",
                    name_zh: "首次获评国家制造业单项冠军奖励",
                    name_en: en("Award for a first-time national single champion"),
                    quote: passage("对首次获评的国家制造业单项冠军企业、国家专精特新“小巨人”企业分别给予300万元、100万元奖励。"),
                    gist_en: passage("First-time national manufacturing single champions get ¥3 million; first-time national little giants get ¥1 million."),
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::FirstObtainedInPeriod(Title::SingleChampion)],
                    amount: AmountRule::Fixed { fen: wan(300) },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: Some(Event::SingleChampionTitle),
                },
                Rule {
                    id: "nanjing.5.little_giant_award",
                    name_zh: "首次获评国家级专精特新“小巨人”奖励",
                    name_en: en("Award for a first-time national little giant"),
                    quote: passage("对首次获评的国家制造业单项冠军企业、国家专精特新“小巨人”企业分别给予300万元、100万元奖励。"),
                    gist_en: passage("First-time national manufacturing single champions get ¥3 million; first-time national little giants get ¥1 million."),
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::FirstObtainedInPeriod(Title::LittleGiant)],
                    amount: AmountRule::Fixed { fen: wan(100) },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: Some(Event::LittleGiantTitle),
                },
                Rule {
                    id: "nanjing.5.district_provincial_srdi_award",
                    name_zh: "省级专精特新中小企业区级奖励",
                    name_en: en("District award for provincial SRDI SMEs"),
                    quote: passage("鼓励江北新区、各区（园区）结合实际对省级专精特新中小企业给予奖励。"),
                    gist_en: passage("Jiangbei New Area and the districts (parks) are encouraged to reward provincial SRDI SMEs as they see fit."),
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::Holds(Title::ProvincialSrdi)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("由江北新区、各区（园区）自定，市级文本未定金额。"),
                        note_en: passage("Left to Jiangbei New Area and each district (park); the city text sets no amount."),
                    },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: Some(passage("江北新区管委会、各区人民政府")),
                    external: None,
                    event: Some(Event::ProvincialSrdiTitle),
                },
                Rule {
                    id: "nanjing.5.demo_platform_award",
                    name_zh: "首次获评国家中小企业公共服务示范平台奖励",
                    name_en: en("Award for a first-time national SME public service demonstration platform"),
                    quote: passage("对首次获评的国家中小企业公共服务示范平台给予 100 万元奖励。"),
                    gist_en: passage("A first-time national SME public service demonstration platform gets ¥1 million."),
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::FirstObtainedInPeriod(Title::DemoPlatform)],
                    amount: AmountRule::Fixed { fen: wan(100) },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: None,
                },
                Rule {
                    id: "nanjing.5.tax_file",
                    name_zh: "税收大数据“一户一档”",
                    name_en: en("A dedicated tax-service file per enterprise"),
                    quote: passage("创新税费服务新模式，运用税收大数据，为专精特新中小企业建立“一户一档”。"),
                    gist_en: passage("Tax authorities keep a dedicated file for each SRDI SME, built from tax data."),
                    conditions: SRDI,
                    payment: Payment::NoApplication,
                    departments: Some(passage("市税务局")),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（六）",
        heading: passage("加大融资支持力度"),
        treatment: Treatment::Rules {
            departments: passage("市委金融办、人民银行江苏省分行营管部"),
            rules: &[
                Rule {
                    id: "nanjing.6.financing_whitelist",
                    name_zh: "“融资白名单”与银行“绿色通道”",
                    name_en: en("Financing white list and bank green channel"),
                    quote: passage("设立专精特新中小企业“融资白名单”，引导银行为企业开辟快速审批、快速办理的“绿色通道”。"),
                    gist_en: passage("SRDI SMEs go on a financing white list; banks are guided to open a fast-approval green channel."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.6.zero_cost_bridge_loan",
                    name_zh: "“零成本”民营企业转贷基金",
                    name_en: en("Zero-cost bridge-loan fund"),
                    quote: passage("支持专精特新中小企业享受年度累计 6000 万元额度的“零成本”民营企业转贷基金。"),
                    gist_en: passage("Each SRDI SME may draw up to ¥60 million a year in total from the zero-cost private-enterprise bridge-loan fund (bridge financing to repay maturing loans, not a grant)."),
                    category: Category::CostCeiling,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::BridgeLoanNeed)],
                    // Readings D5 (A6): the bridge-loan cost avoided is money, not priced by the text.
                    amount: AmountRule::Unquantified {
                        note_zh: passage("免费使用转贷资金，每年累计额度 6,000 万元；节省的过桥费用文本未给。"),
                        note_en: passage("Free bridge funds up to ¥60 million a year in total; the cost saved is not stated."),
                    },
                    period: Period::PerYear,
                    payment: Payment::Apply,
                    departments: Some(passage("市财政局、紫金投资集团")),
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.6.listing_service",
                    name_zh: "“一对一”上市服务与专板培育",
                    name_en: en("One-to-one listing service and SRDI board"),
                    quote: passage("为专精特新中小企业提供“一对一”上市精准服务。支持专精特新中小企业进入江苏股权交易中心“专精特新”专板培育。"),
                    gist_en: passage("One-to-one listing support, and support for joining the SRDI board of the Jiangsu Equity Exchange."),
                    conditions: SRDI,
                    departments: Some(passage("市委金融办、市工信局")),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause { number: "三、", heading: passage("推动数字化绿色化发展"), treatment: Treatment::Section },
    Clause {
        number: "（七）",
        heading: passage("支持智改数转网联"),
        treatment: Treatment::Rules {
            departments: passage("市工信局"),
            rules: &[Rule {
                id: "nanjing.7.domestic_software",
                name_zh: "云平台推广国产工业软件",
                name_en: en("Promotion of SRDI-made industrial software on cloud platforms"),
                quote: passage("通过云服务平台推广专精特新中小企业研发的优质通用国产工业软件及配套服务，支持专精特新中小企业使用国产工业操作系统。"),
                gist_en: passage("Cloud platforms promote industrial software developed by SRDI SMEs; SRDI SMEs are supported in using domestic industrial operating systems."),
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "（八）",
        heading: passage("加速人工智能赋能"),
        treatment: Treatment::Rules {
            departments: passage("市工信局"),
            rules: &[
                Rule {
                    id: "nanjing.8.compute_vouchers",
                    name_zh: "“算力券”",
                    name_en: en("Compute vouchers"),
                    quote: passage("发放“算力券”支持专精特新中小企业购买智算服务进行人工智能技术开发应用。"),
                    gist_en: passage("Compute vouchers help SRDI SMEs buy AI computing services."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    // Readings A7, D9: only for a firm that buys 智算 services.
                    conditions: &[Condition::SrdiSme, Condition::Does(Activity::BuysCompute)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额；另见南京人工智能政策（2024-05-30）：算力券全年总额不超过 5000 万元，比例与单户上限未查到。"),
                        note_en: passage("No amount in the text; Nanjing's AI measures (2024-05-30) cap vouchers at ¥50 million a year in total; ratio and per-enterprise cap not found."),
                    },
                    period: Period::PerYear,
                    payment: Payment::Apply,
                    departments: None,
                    external: Some(External {
                        source: passage("《南京市促进人工智能创新发展若干政策措施》（2024-05-30）"),
                        confidence: Confidence::News,
                        note_zh: passage("算力券全年总额不超过 5000 万元（总盘子，不是单户金额）。"),
                        note_en: passage("Vouchers total at most ¥50 million a year (the pool, not a per-enterprise amount)."),
                    }),
                    event: None,
                },
                Rule {
                    id: "nanjing.8.industry_models",
                    name_zh: "人工智能企业与行业龙头企业合作打造行业大模型",
                    name_en: en("Industry AI models built with leading firms (AI firms)"),
                    quote: passage("支持人工智能专精特新中小企业与行业龙头企业合作打造行业大模型"),
                    gist_en: passage("SRDI SMEs working in artificial intelligence are supported in building industry large models with leading firms (form of support not stated; whether the firm works in AI is not checked here)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.8.generative_ai_filing_award",
                    name_zh: "生成式人工智能大模型备案奖励",
                    name_en: en("Award for filing a generative-AI model"),
                    quote: passage("对完成生成式人工智能大模型备案手续的专精特新中小企业给予 20 万元一次性奖励。"),
                    gist_en: passage("SRDI SMEs that complete the filing of a generative-AI model get a one-off ¥200,000."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::GenerativeAiFiled)],
                    amount: AmountRule::Fixed { fen: wan(20) },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: None,
                },
            ],
        },
    },
    Clause {
        number: "（九）",
        heading: passage("支持绿色化发展"),
        treatment: Treatment::Rules {
            departments: passage("市工信局"),
            rules: &[
                Rule {
                    id: "nanjing.9.green_factory",
                    name_zh: "建设绿色工厂、创建绿色供应链管理企业",
                    name_en: en("Green factories and green supply-chain management"),
                    quote: passage("支持专精特新中小企业建设绿色工厂，创建绿色供应链管理企业。"),
                    gist_en: passage("SRDI SMEs are supported in building green factories and becoming recognised green supply-chain management enterprises (form of support not stated)."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.9.green_products_esg",
                    name_zh: "开发绿色产品、开展 ESG 评价",
                    name_en: en("Green products and ESG ratings"),
                    quote: passage("鼓励专精特新中小企业对接国际规则开发绿色产品，开展环境、社会和公司治理（ESG）评价。"),
                    gist_en: passage("SRDI SMEs are encouraged to develop green products to international rules and to obtain ESG ratings (form of support not stated)."),
                    conditions: SRDI,
                    departments: Some(passage("市工信局、市市场监管局")),
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.9.green_microgrid",
                    name_zh: "工业绿色微电网纳入技术改造总投资补贴",
                    name_en: en("Green micro-grids counted in technical-upgrade investment"),
                    quote: passage("将专精特新中小企业建设工业绿色微电网，纳入大规模技术改造总投资，按规定给予补贴。"),
                    gist_en: passage("An SRDI SME's industrial green micro-grid counts towards large-scale technical-upgrade investment and is subsidised under the rules."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    // Readings A7, D9: only for a firm that builds one.
                    conditions: &[Condition::SrdiSme, Condition::Does(Activity::GreenMicrogrid)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("“按规定给予补贴”，本文未定比例或金额。"),
                        note_en: passage("\"Subsidised under the rules\": no rate or amount in this text."),
                    },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    departments: Some(passage("市工信局、市发改委")),
                    external: None,
                    event: None,
                },
            ],
        },
    },
    Clause { number: "四、", heading: passage("支持企业开拓市场"), treatment: Treatment::Section },
    Clause {
        number: "（十）",
        heading: passage("开展大中小融通对接"),
        treatment: Treatment::Rules {
            departments: passage("市工信局"),
            rules: &[
                Rule {
                    id: "nanjing.10.matchmaking",
                    name_zh: "“百场万企”与“宁工品推”供需对接",
                    name_en: en("Supply-demand matchmaking with large enterprises"),
                    quote: passage("深入推进“百场万企”大中小企业融通对接活动，分行业组织专精特新中小企业参加“宁工品推”拓市场供需对接活动。"),
                    gist_en: passage("SRDI SMEs are organised, by industry, into supply-demand matchmaking events with large enterprises."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.10.open_challenge",
                    name_zh: "大企业“发榜”、中小企业“揭榜”攻关",
                    name_en: en("Open technology challenges set by city-owned firms"),
                    quote: passage("开展大企业“发榜”中小企业“揭榜”工作，组织市属国有企业发布技术创新需求，组织专精特新中小企业“揭榜”攻关。"),
                    gist_en: passage("City-owned state enterprises publish technology needs and SRDI SMEs are organised to take them on as open challenges."),
                    conditions: SRDI,
                    departments: Some(passage("市工信局、市政府国资委、市属国有企业")),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（十一）",
        heading: passage("支持开拓国际市场"),
        treatment: Treatment::Rules {
            departments: passage("市商务局、市贸促会"),
            rules: &[
                Rule {
                    id: "nanjing.11.overseas_platforms",
                    name_zh: "借助载体“借船出海”“链式出海”“抱团出海”",
                    name_en: en("Overseas-market platforms"),
                    quote: passage("发挥江苏中亚中心、跨境电商产业园、跨境电商公共服务平台等载体作用，带动专精特新中小企业“借船出海”“链式出海”“抱团出海”。"),
                    gist_en: passage("The Jiangsu Central Asia Centre, cross-border e-commerce parks and public service platforms help SRDI SMEs go abroad through partners, supply chains or in groups."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.11.apec_card",
                    name_zh: "APEC 商务旅行卡绿色通道",
                    name_en: en("Green channel for the APEC Business Travel Card"),
                    quote: passage("为专精特新中小企业申办 APEC 商务旅行卡开辟绿色通道。支持专精特新中小企业申请成为海关“经认证的经营者”（AEO）。"),
                    gist_en: passage("A green channel for SRDI SMEs applying for APEC Business Travel Cards, and support to become customs Authorised Economic Operators."),
                    conditions: SRDI,
                    payment: Payment::Apply,
                    departments: Some(passage("市商务局、市政府外办、金陵海关")),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause { number: "五、", heading: passage("强化要素资源保障"), treatment: Treatment::Section },
    Clause {
        number: "（十二）",
        heading: passage("推进职称自主评定"),
        treatment: Treatment::Rules {
            departments: passage("市人社局、市工信局"),
            rules: &[
                Rule {
                    id: "nanjing.12.self_evaluation_of_titles",
                    name_zh: "试点中级以上职称自主评审",
                    name_en: en("Pilot self-evaluation of intermediate and senior professional titles"),
                    quote: passage("支持具备条件的专精特新中小企业试点开展中级以上职称自主评审。"),
                    gist_en: passage("Qualified SRDI SMEs may pilot their own evaluation of intermediate and higher professional titles."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.12.staff_title_credit",
                    name_zh: "首台套等研发经历作为职称评定重要参考",
                    name_en: en("First-of-a-kind R&D counts in staff title evaluation"),
                    quote: passage("在企业员工职称评定中，将参与首台（套）重大装备、首批次新材料、首版次软件和创新产品研发等作为重要参考，不将论文作为硬性要求。"),
                    gist_en: passage("In staff title evaluation, work on first-of-a-kind equipment, materials, software and innovative products counts; papers are not a hard requirement."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    departments: Some(passage("市人社局")),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（十三）",
        heading: passage("支持企业引育人才"),
        treatment: Treatment::Rules {
            departments: passage("市委组织部、市人社局"),
            rules: &[
                Rule {
                    id: "nanjing.13.class_c_talent",
                    name_zh: "技术研发负责人、核心管理成员列为 C 类人才",
                    name_en: en("Up to three key people recognised as Class C talent"),
                    quote: passage("将国家制造业单项冠军企业、国家专精特新“小巨人”企业的技术研发负责人、管理团队核心成员（限三名）列为 C 类人才。"),
                    gist_en: passage("The head of R&D and core management (at most three people) of national single champions and little giants are recognised as Class C talent."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: &[Condition::HoldsAny(CHAMPION_OR_GIANT)],
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.13.order_classes",
                    name_zh: "市属高校开设订单班",
                    name_en: en("Order classes with city universities"),
                    quote: passage("支持市属高校与专精特新中小企业开设订单班。"),
                    gist_en: passage("City universities are supported in running order classes that train students for SRDI SMEs."),
                    conditions: SRDI,
                    departments: Some(passage("市教育局、市属高校")),
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.13.graduate_rent_subsidy",
                    name_zh: "高校毕业生租房补贴上浮",
                    name_en: en("Raised rent subsidy for graduates employed"),
                    quote: passage("将到国家制造业单项冠军企业、国家专精特新“小巨人”企业就业的高校毕业生租房补贴博士上浮至 2400 元/月、硕士上浮至 960 元/月。"),
                    gist_en: passage("Graduates employed by national single champions or little giants get a rent subsidy raised to ¥2,400 a month (PhD) and ¥960 a month (master)."),
                    category: Category::RentSubsidy,
                    beneficiary: Beneficiary::Employees,
                    conditions: &[Condition::HoldsAny(CHAMPION_OR_GIANT), Condition::Positive(Input::Graduates)],
                    amount: AmountRule::RentPerGraduate {
                        phd_fen: yuan(2400),
                        master_fen: yuan(960),
                        standard_phd_fen: facts::NANJING_RENT.value.phd_fen,
                        standard_master_fen: facts::NANJING_RENT.value.master_fen,
                        max_months: facts::NANJING_RENT.value.max_months,
                        // The raise is this document's: it ends with it (readings D7).
                        until: UNTIL,
                    },
                    period: Period::PerMonth,
                    payment: Payment::Apply,
                    departments: Some(passage("市人社局、市财政局、市房产局")),
                    external: Some(External {
                        source: passage("南京市高校毕业生租房补贴政策（yghm.nanjing.gov.cn）"),
                        confidence: Confidence::Official,
                        note_zh: passage("标准为博士 2000、硕士 800、学士 600 元/月，实际房租更低的按实际房租；累计最长 36 个月，按季度发给毕业生本人。毕业生须全日制、毕业 2 年内在宁就业、签 1 年以上劳动合同、在宁缴纳养老和失业保险、在宁无自有住房。"),
                        note_en: passage("Standard: PhD ¥2,000, master ¥800, bachelor ¥600 a month, or the actual rent if lower; at most 36 months, paid quarterly to the graduate. The graduate must hold a full-time degree, be employed in Nanjing within 2 years of graduating on a contract of 1 year or more, pay Nanjing pension and unemployment insurance, and own no home in Nanjing."),
                    }),
                    event: None,
                },
                Rule {
                    id: "nanjing.13.district_talent_policy",
                    name_zh: "区级专精特新专项人才政策",
                    name_en: en("District talent policies for SRDI SMEs"),
                    quote: passage("鼓励有条件的区设立专精特新中小企业专项人才政策，在人才引进、住房、子女教育和享受政府特殊津贴专家选拔中加大支持力度。"),
                    gist_en: passage("Districts are encouraged to set talent policies for SRDI SMEs, with more support in recruitment, housing, children's schooling and selection for government special allowances (form of support not stated)."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    departments: Some(passage("江北新区管委会、各区人民政府")),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（十四）",
        heading: passage("加强生产要素供给"),
        treatment: Treatment::Rules {
            departments: passage("市规划资源局"),
            rules: &[
                Rule {
                    id: "nanjing.14.land_pre_review",
                    name_zh: "数据得地预评审、“无感”供地",
                    name_en: en("Data-based land pre-review"),
                    quote: passage("实施数据得地预评审工作机制，由数据决策向企业“无感”供地，"),
                    gist_en: passage("Land is supplied to enterprises through a data-based pre-review mechanism, with little burden on them."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                // The id keeps its v1 name (ids are promises); since readings D6 it
                // holds the land sentence only, the gas and power sentences follow.
                Rule {
                    id: "nanjing.14.land_energy_data",
                    name_zh: "用地指标倾斜",
                    name_en: en("Priority for land quotas"),
                    quote: passage("将新增建设用地计划指标、存量建设用地利用安排向专精特新中小企业倾斜。"),
                    gist_en: passage("New and existing construction-land quotas lean towards SRDI SMEs."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.14.gas_price",
                    name_zh: "降低综合购气价格",
                    name_en: en("Lower gas prices"),
                    quote: passage("多渠道筹措优质、高效、低价气源，降低专精特新中小企业综合购气价格。"),
                    gist_en: passage("Cheaper gas is sourced to lower SRDI SMEs' overall gas price."),
                    category: Category::CostCeiling,
                    conditions: SRDI,
                    // Readings D6 (A6): a lower price paid is money; no figure.
                    amount: AmountRule::Unquantified {
                        note_zh: passage("降低购气价格，文本未给降幅或价格。"),
                        note_en: passage("A lower gas price; the text gives no price or reduction."),
                    },
                    period: Period::PerYear,
                    departments: Some(passage("市发改委")),
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.14.power_trading",
                    name_zh: "直接参与电力批发市场交易",
                    name_en: en("Direct wholesale power trading"),
                    quote: passage("支持专精特新中小企业直接参与电力批发市场交易。"),
                    gist_en: passage("SRDI SMEs may trade directly on the wholesale power market."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    departments: Some(passage("市发改委、南京供电公司")),
                    ..Rule::SERVICE
                },
                Rule {
                    id: "nanjing.14.data_assets",
                    name_zh: "数据资产登记与数据交易",
                    name_en: en("Data-asset registration and trading"),
                    quote: passage("支持专精特新中小企业通过南京数据资产登记平台、南京数据交易平台开展数据资产登记、数据交易。"),
                    gist_en: passage("SRDI SMEs are supported in registering and trading data assets on Nanjing's data-asset registration and data-trading platforms."),
                    conditions: SRDI,
                    departments: Some(passage("市数据局")),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（十五）",
        heading: passage("强化企业权益保护"),
        treatment: Treatment::Rules {
            departments: passage("市市场监管局、市生态环境局"),
            rules: &[
                // Not encoded: "健全防范化解拖欠中小企业账款工作长效机制…" is the government's
                // duty towards all SMEs; nothing is granted to an SRDI enterprise as such.
                Rule {
                    id: "nanjing.15.lighter_inspection",
                    name_zh: "降低抽查比例、纳入执法正面清单",
                    name_en: en("Fewer inspections and the enforcement positive list"),
                    quote: passage("对信用风险低的专精特新中小企业合理降低市场监管抽查比例和频次。支持将污染物排放量小环境风险低的专精特新中小企业纳入生态环境监督执法正面清单，推行差异化监管。"),
                    gist_en: passage("Low-risk SRDI SMEs face fewer market inspections and may join the environmental enforcement positive list."),
                    conditions: SRDI,
                    payment: Payment::NoApplication,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "结语",
        heading: passage("本措施自公布之日起施行"),
        treatment: Treatment::NotApplicable {
            quote: passage("本措施自公布之日起施行，有效期至 2028 年 12 月 31 日。"),
            reason_zh: passage("施行日期与有效期，已记入文件信息。"),
            reason_en: passage("Effective dates; recorded in the document's metadata."),
        },
    },
];
