//! 苏州市专精特新企业培育三年行动计划（2025-2027年）（征求意见稿）(19 tasks).
//! Source: `sources/003_f1e5487a109b8ecf.txt`. Every marked paragraph, in order.
//! The draft names no 责任单位 for any task, so `departments` says so.
//! Task 9's awards to digital service providers, solutions and cases are
//! encoded as `suzhou.9.digital_awards` (readings F4): not limited to SRDI
//! enterprises, given only when the enterprise says it takes part.

use crate::date::Date;
use crate::model::*;
use crate::profile::{City, Title};

const SRDI_ENT: &[Condition] = &[Condition::SrdiEnterprise];
const SRDI_SME: &[Condition] = &[Condition::SrdiSme];
/// The draft lists no responsible departments.
const NO_DEPT: &str = "未列明";

pub const DOCUMENT: Document = Document {
    key: "suzhou",
    source_file: "003_f1e5487a109b8ecf.txt",
    short_zh: "苏州市三年行动计划（征求意见稿）",
    short_en: en("Suzhou three-year action plan (draft)"),
    title: "苏州市专精特新企业培育三年行动计划（2025-2027年）（征求意见稿）",
    title_en: passage("Suzhou Three-Year Action Plan for Cultivating SRDI Enterprises (2025–2027) (Draft for Comment)"),
    issuer: passage("苏州市工业和信息化局（征求意见稿）"),
    level: Level::City(City::Suzhou),
    doc_number: None,
    status: Status::Draft,
    effective_from: DateSpec::Assumed {
        date: Date::ymd(2025, 1, 1),
        why_zh: passage("征求意见稿覆盖 2025—2027 年，未写施行日期；按整年计，假定自 2025 年 1 月 1 日起。"),
        why_en: passage("The draft covers 2025–2027 and states no dates; we take whole years, from 2025-01-01."),
    },
    effective_until: DateSpec::Assumed {
        date: Date::ymd(2027, 12, 31),
        why_zh: passage("征求意见稿覆盖 2025—2027 年，未写截止日期；按整年计，假定至 2027 年 12 月 31 日。"),
        why_en: passage("The draft covers 2025–2027 and states no dates; we take whole years, to 2027-12-31."),
    },
    start_year_uncertain: false,
    clauses: CLAUSES,
};

const CLAUSES: &[Clause] = &[
    Clause {
        number: "序言",
        heading: passage("为深入贯彻习近平总书记关于"),
        treatment: Treatment::NotApplicable {
            quote: passage("不断提升我市中小企业核心竞争力，打造专精特新培育高地，制定本行动计划。"),
            reason_zh: passage("制定目的，不含具体措施。"),
            reason_en: passage("States the purpose; no measure."),
        },
    },
    Clause { number: "一、", heading: passage("总体要求和目标"), treatment: Treatment::Section },
    Clause {
        number: "目标",
        heading: passage("以习近平新时代中国特色社会主义思想为指导"),
        treatment: Treatment::NotApplicable {
            quote: passage("力争到2027年，累计培育国家级制造业单项冠军企业75家以上，国家级专精特新“小巨人”企业1000家以上，省级专精特新中小企业5000家以上，创新型中小企业1.7万家以上；"),
            reason_zh: passage("全市培育目标，不给企业具体支持。"),
            reason_en: passage("City-wide targets; nothing granted to an enterprise."),
        },
    },
    Clause { number: "二、", heading: passage("重点任务"), treatment: Treatment::Section },
    Clause { number: "二（一）", heading: passage("支持企业创新发展"), treatment: Treatment::Section },
    Clause {
        number: "1.",
        heading: passage("鼓励企业技术创新"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.1.innovation_consortium",
                    name_zh: "组建创新联合体开展关键核心技术攻关",
                    name_en: en("Innovation consortia for key core-technology research"),
                    quote: passage("支持科技企业联合高校院所、上下游企业组建创新联合体，聚焦“1030”产业体系，开展关键核心技术攻关及重大成果转化。"),
                    gist_en: passage("Technology enterprises are supported in forming innovation consortia with universities, institutes and supply-chain partners for key core-technology research and commercialisation (form of support not stated)."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.1.institute_engagement",
                    name_zh: "研发机构派驻骨干、开放共享大型仪器设备",
                    name_en: en("Research institutes second staff and share large instruments"),
                    quote: passage("鼓励研发机构主动对接科技企业，通过向企业研发机构派驻骨干、向企业开放共享大型仪器设备等方式深度参与企业创新。"),
                    gist_en: passage("Research institutes are encouraged to second key researchers to enterprises' R&D units and to open their large instruments to enterprises."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.1.chuangke_fast_track",
                    name_zh: "“创客中国”优胜企业申报专精特新享创新直通条件",
                    name_en: en("\"Maker China\" winners get the innovation fast-track when applying for SRDI titles"),
                    quote: passage("支持企业参加“创客中国”中小企业创新创业大赛，优胜企业在申报专精特新时可享受创新直通条件。"),
                    gist_en: passage("Winners of the \"Maker China\" SME innovation contest meet the innovation criterion directly when applying for an SRDI title."),
                    category: Category::Qualification,
                    conditions: &[Condition::Has(Achievement::ChuangkeWinner)],
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "2.",
        heading: passage("推动企业产业创新"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.2.key_tech_funding",
                    name_zh: "“揭榜挂帅”关键核心技术攻关项目资金支持",
                    name_en: en("Funding for \"open competition\" key core-technology projects"),
                    quote: passage("面向全球实施“揭榜挂帅”项目，开展前沿技术和关键核心技术攻关，对关键核心技术攻关项目给予资金支持。对国家技术创新中心、创新联合体组织实施的重大“揭榜挂帅”项目，按项目投入给予资金支持。"),
                    gist_en: passage("Key core-technology projects under the \"open competition\" (揭榜挂帅) scheme get funding; major such projects run by national technology innovation centres or innovation consortia are funded according to project investment."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    // Readings F5, A7: only for a firm carrying a 揭榜挂帅 project.
                    conditions: &[Condition::SrdiEnterprise, Condition::Does(Activity::Jiebang)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额：对“揭榜挂帅”关键核心技术攻关项目给予资金支持；对国家技术创新中心、创新联合体组织实施的重大“揭榜挂帅”项目按项目投入给予支持，均未定比例或上限。本条未限定专精特新企业，须承担相应“揭榜挂帅”项目。"),
                        note_en: passage("No amount in the text: funding for key core-technology projects under the \"open competition\" (揭榜挂帅) scheme, and for major such projects run by national technology innovation centres or innovation consortia according to project investment; no rate or cap. The task is not limited to SRDI enterprises; the enterprise must carry such a project."),
                    },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: None,
                },
                Rule {
                    id: "suzhou.2.big_firm_challenges",
                    name_zh: "大企业“发榜”中小企业“揭榜”",
                    name_en: en("Large firms post challenges, SMEs take them on"),
                    quote: passage("开展大企业“发榜”中小企业“揭榜”工作，形成大中小企业协同创新合力，攻克一批产业技术难题，形成一批融通创新成果。"),
                    gist_en: passage("Large enterprises post technical problems for SMEs to take on, linking SMEs with large firms' innovation needs (form of support not stated)."),
                    conditions: SRDI_SME,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "3.",
        heading: passage("加速科技成果转化"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.3.needs_matching",
                    name_zh: "发布创新需求清单、对接要素资源",
                    name_en: en("Publishing technology needs and matching resources"),
                    quote: passage("鼓励企业发布科技创新需求清单，依托专业服务机构帮助企业对接要素资源，提升创新成果转化落地效率。"),
                    gist_en: passage("Enterprises are encouraged to publish lists of their technology needs, and professional service agencies help them find matching resources."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.3.use_first_pay_later",
                    name_zh: "高校科技成果“先使用后付费”",
                    name_en: en("University research results: use first, pay later"),
                    quote: passage("鼓励高校、科研院所采取“先使用后付费”等方式授权专精特新企业使用科技成果，通过专利开放许可等方式，向专精特新企业转化专利技术。"),
                    gist_en: passage("Universities and institutes are encouraged to license results to SRDI enterprises on a use-first-pay-later basis and through open patent licences."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.3.ip_operation_services",
                    name_zh: "知识产权运营服务平台服务",
                    name_en: en("IP operation platform services"),
                    quote: passage("打造规范统一的知识产权交易市场，加强知识产权运营服务平台对专精特新企业的培育，完善提升专利价值评估、交易、导航、许可、金融、托管等服务功能。"),
                    gist_en: passage("IP operation service platforms support SRDI enterprises with patent valuation, trading, navigation, licensing, financing and custody services."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.3.research_matchmaking",
                    name_zh: "与高校、科研院所对接活动",
                    name_en: en("Matchmaking events with universities and institutes"),
                    quote: passage("举办专精特新企业与高校、科研院所对接活动，推动科技成果与企业需求精准对接。"),
                    gist_en: passage("Matchmaking events connect SRDI enterprises with universities and research institutes."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "4.",
        heading: passage("推动知识产权强企"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.4.ip_fast_track",
                    name_zh: "知识产权快速预审、确权、维权综合服务",
                    name_en: en("Fast IP pre-examination, confirmation and enforcement"),
                    quote: passage("为符合条件的专精特新企业提供集快速预审、 快速确权和快速维权于一体的知识产权综合服务。"),
                    gist_en: passage("Qualified SRDI enterprises get a combined IP service of fast pre-examination, confirmation and enforcement."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.4.ip_training",
                    name_zh: "知识产权人员专业培训",
                    name_en: en("IP training for staff"),
                    quote: passage("积极推进知识产权人才培优工作，举办各类系统化专业化知识产权培训，不断提升专精特新企业知识产权人员业务能力。"),
                    gist_en: passage("Systematic IP training is offered to raise the skills of SRDI enterprises' IP staff."),
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause { number: "二（二）", heading: passage("加强财税金融支持"), treatment: Treatment::Section },
    Clause {
        number: "5.",
        heading: passage("加大财税支持力度"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.5.tax_guidance",
                    name_zh: "“春雨润苗”税费政策辅导",
                    name_en: en("\"Spring Rain\" tax-policy guidance"),
                    quote: passage("开展“春雨润苗”专项行动，推进结构性减税降费落实落细，向专精特新中小企业针对性开展宣传辅导，解读小规模纳税人的减免优惠、先进制造业企业增值税加计抵减、研发费用加计扣除等政策，精准推送政策解读、操作指引等内容。"),
                    gist_en: passage("Under the \"Spring Rain\" campaign, SRDI SMEs get targeted guidance on small-taxpayer relief, the advanced-manufacturing VAT credit and the R&D super-deduction."),
                    conditions: SRDI_SME,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.5.single_champion_award",
                    name_zh: "国家级制造业单项冠军资金奖励",
                    name_en: en("Award for a national single champion"),
                    quote: passage("对国家级制造业“单项冠军”企业、国家级专精特新“小巨人”企业，给予资金奖励。"),
                    gist_en: passage("National manufacturing single champions and national little giants get a cash award (no amount stated)."),
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::Holds(Title::SingleChampion)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额，也未写“首次获评”。"),
                        note_en: passage("Amount not stated in the text; it does not say \"first-time\" either."),
                    },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: None,
                    external: Some(External {
                        source: passage("苏州市及各区奖励标准的网络转载，未经官方确认 · Figures reposted online, not officially confirmed"),
                        confidence: Confidence::Weak,
                        note_zh: passage("据未经官方确认的转载，市级单项冠军奖励最高 300 万元；各区县另有配套且标准不一（如昆山单项冠军 300 万元）。仅供参考。"),
                        note_en: passage("Figures reposted online, not officially confirmed, put the city award for a single champion at up to ¥3 million; district top-ups differ (e.g. Kunshan ¥3 million for a single champion). Indication only."),
                    }),
                    event: Some(Event::SingleChampionTitle),
                },
                Rule {
                    id: "suzhou.5.little_giant_award",
                    name_zh: "国家级专精特新“小巨人”资金奖励",
                    name_en: en("Award for a national little giant"),
                    quote: passage("对国家级制造业“单项冠军”企业、国家级专精特新“小巨人”企业，给予资金奖励。"),
                    gist_en: passage("National manufacturing single champions and national little giants get a cash award (no amount stated)."),
                    category: Category::TitleAward,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::Holds(Title::LittleGiant)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额，也未写“首次获评”。"),
                        note_en: passage("Amount not stated in the text; it does not say \"first-time\" either."),
                    },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: None,
                    external: Some(External {
                        source: passage("苏州市及各区奖励标准的网络转载，未经官方确认 · Figures reposted online, not officially confirmed"),
                        confidence: Confidence::Weak,
                        note_zh: passage("据未经官方确认的转载，市级“小巨人”奖励最高 100 万元；各区县另有配套且标准不一（如昆山“小巨人”50 万元）。仅供参考。"),
                        note_en: passage("Figures reposted online, not officially confirmed, put the city award for a little giant at up to ¥1 million; district top-ups differ (e.g. Kunshan ¥500,000 for a little giant). Indication only."),
                    }),
                    event: Some(Event::LittleGiantTitle),
                },
            ],
        },
    },
    Clause {
        number: "6.",
        heading: passage("支持企业上市融资"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.6.listing_reserve",
                    name_zh: "“育林计划”纳入上市后备企业培育库",
                    name_en: en("\"Forest\" programme: entry into the pre-IPO reserve"),
                    quote: passage("实施“育林计划”，聚焦专精特新企业等，动态摸排筛选出一批上市意愿明确、预期符合上市条件的企业，推动纳入市、县（区）两级上市后备企业培育库，做好对上市后备企业的分类指导、跟踪服务。"),
                    gist_en: passage("SRDI enterprises willing and likely able to list may enter the city and county pre-IPO reserves and get tailored guidance and follow-up."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.6.listing_guidance",
                    name_zh: "上市路径指导与交易所对接",
                    name_en: en("Listing guidance and exchange contacts"),
                    quote: passage("依托北交所、新三板在苏服务基地等，宣传资本市场相关法律法规、政策动向等，引导企业科学规划目标板块和上市路径；引导企业做好与交易所、全国股转系统、区域性股权市场等的对接，支持专精特新中小企业等科技型企业上市融资。"),
                    gist_en: passage("Through the BSE and NEEQ service bases in Suzhou, SRDI SMEs get guidance on listing boards and paths and on contacts with exchanges and equity markets."),
                    conditions: SRDI_SME,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "7.",
        heading: passage("降低融资成本"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.7.bridge_loan",
                    name_zh: "转贷资金支持",
                    name_en: en("Bridge-loan (转贷) funds"),
                    quote: passage("做优转贷资金服务，对有转贷需求的专精特新企业，给予转贷资金支持。"),
                    gist_en: passage("SRDI enterprises that need to roll over a bank loan get bridge-loan funds."),
                    category: Category::CostCeiling,
                    conditions: &[Condition::SrdiEnterprise, Condition::Has(Achievement::BridgeLoanNeed)],
                    // Readings F2 (A6): bridge funds lower the roll-over cost: money, no figure.
                    amount: AmountRule::Unquantified {
                        note_zh: passage("转贷资金支持，费率和额度文本未给。"),
                        note_en: passage("Bridge-loan funds; the text states no fee or amount."),
                    },
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.7.loan_interest_scope",
                    name_zh: "纳入制造业贷款财政贴息范围",
                    name_en: en("Included in the manufacturing-loan interest subsidy"),
                    quote: passage("将专精特新企业纳入制造业贷款财政贴息企业范围。"),
                    gist_en: passage("SRDI enterprises are included in the manufacturing-loan interest subsidy; the amount is the provincial scheme's (see the provincial measures' loan interest subsidy), not an extra sum."),
                    category: Category::Qualification,
                    conditions: &[Condition::SrdiEnterprise, Condition::Positive(Input::EquipmentLoan)],
                    payment: Payment::ByBank,
                    external: Some(External {
                        source: passage("《江苏省制造业贷款财政贴息实施方案》苏工信综合〔2024〕98号"),
                        confidence: Confidence::News,
                        note_zh: passage("本条只把专精特新企业纳入贴息范围，不另给钱；贴息金额按省制造业贷款财政贴息方案计算（见省若干措施的贷款贴息规则）。贴息由贷款银行申请（免申直达），仅限项目贷款中的设备购置部分；持有效省级专精特新或国家“小巨人”称号的，非制造业也可享受。"),
                        note_en: passage("This only brings SRDI enterprises into the scheme; it adds no money. The amount is the provincial manufacturing-loan interest subsidy (see the provincial measures' loan interest rule). The lending bank applies (no application by the enterprise); only the equipment-purchase part of project loans counts; holders of a valid provincial SRDI or national little-giant title qualify even outside manufacturing."),
                    }),
                    // No stacking note: the 贴息 item cites this clause as one of its routes and is counted once (readings B1).
                    event: None,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.7.ip_pledge_financing",
                    name_zh: "知识产权质押融资",
                    name_en: en("IP-pledge financing"),
                    quote: passage("推动知识产权质押融资工作，加强政策支持力度，提高知识产权质押融资的精准化普惠化水平，探索适应科技型企业特点的金融产品及服务模式创新，降低中小企业融资成本。"),
                    gist_en: passage("IP-pledge financing is promoted with stronger policy support, and financial products suited to technology enterprises are to be explored to lower SMEs' financing costs (form of support not stated)."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.7.credit_products",
                    name_zh: "信保贷、小微贷等融资增信",
                    name_en: en("Credit enhancement through 信保贷 / 小微贷 products"),
                    quote: passage("充分发挥信保贷、小微贷等财政支持普惠金融政策性产品作用，支持专精特新企业融资增信、长效发展。"),
                    gist_en: passage("Government-backed inclusive-finance products such as 信保贷 and 小微贷 provide credit enhancement for SRDI enterprises."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "8.",
        heading: passage("探索建立保费补贴机制"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.8.insurance_premium_subsidy",
                    name_zh: "研发损失、知识产权等保险保费补贴（探索中）",
                    name_en: en("Premium subsidy for R&D-loss, IP and similar insurance (being explored)"),
                    quote: passage("支持保险机构面向专精特新中小企业开发研发费用损失、知识产权、数字资产、出口信用等保险产品，探索建立针对性强的保费补贴机制。"),
                    gist_en: passage("Insurers are to offer SRDI SMEs R&D-loss, IP, digital-asset and export-credit insurance, and a premium subsidy mechanism is to be explored."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: SRDI_SME,
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本仅写“探索建立”保费补贴机制，未定比例或金额。"),
                        note_en: passage("The text only says a premium subsidy mechanism will be explored; no rate or amount."),
                    },
                    period: Period::PerYear,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: None,
                },
                Rule {
                    id: "suzhou.8.first_set_insurance",
                    name_zh: "首台（套）、新材料首批次保险补偿",
                    name_en: en("Insurance compensation for first-set equipment and first-batch materials"),
                    quote: passage("指导符合条件的专精特新中小企业享受首台（套）重大技术装备保险和新材料首批次应用保险补偿支持。"),
                    gist_en: passage("Qualified SRDI SMEs are guided to claim insurance compensation for first-set major equipment and first-batch new materials."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::FirstSetProduct)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额，补偿按首台（套）、首批次保险补偿政策执行。"),
                        note_en: passage("Amount not stated; compensation follows the first-set / first-batch insurance compensation schemes."),
                    },
                    period: Period::PerYear,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: None,
                },
            ],
        },
    },
    Clause { number: "二（三）", heading: passage("开展数字化转型绿色化发展"), treatment: Treatment::Section },
    Clause {
        number: "9.",
        heading: passage("加快数字化改造"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.9.digital_showcase",
                    name_zh: "打造数字化改造样本",
                    name_en: en("Digital-transformation showcases"),
                    quote: passage("支持“专精特新”企业打造改造样本，"),
                    gist_en: passage("SRDI enterprises are supported in becoming digital-transformation showcases (form of support not stated)."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                // Readings F4: an award to an enterprise, chosen by selection and not
                // limited to SRDI firms; needs the enterprise to be a provider or to
                // put a solution, product or case up (A7).
                Rule {
                    id: "suzhou.9.digital_awards",
                    name_zh: "优秀数字化服务商、解决方案和案例奖励",
                    name_en: en("Awards for digital service providers, solutions and cases"),
                    quote: passage("对优秀数字化服务商、优秀“小快轻准”解决方案和产品、“链式”优秀案例、“5G+工业互联网”典型应用场景优秀案例给予奖励。"),
                    gist_en: passage("Outstanding digital service providers, light digital solutions and products, chain cases and 5G + industrial internet cases get an award."),
                    category: Category::Subsidy,
                    conditions: &[Condition::Does(Activity::DigitalProvider)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("须经评选为“优秀”；奖励金额文本未给。本条不限于专精特新企业。"),
                        note_en: passage("Only if selected as outstanding; the award is not stated. Not limited to SRDI enterprises."),
                    },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "10.",
        heading: passage("引导绿色发展"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.10.energy_diagnosis",
                    name_zh: "节能诊断",
                    name_en: en("Energy-saving diagnosis"),
                    quote: passage("支持专精特新中小企业开展节能诊断，加强绿色技术应用。"),
                    gist_en: passage("SRDI SMEs are supported in energy-saving diagnosis and the use of green technology."),
                    conditions: SRDI_SME,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.10.green_manufacturing",
                    name_zh: "绿色工厂、绿色供应链管理企业培育",
                    name_en: en("Green factory and green supply-chain recognition"),
                    quote: passage("加大专精特新中小企业绿色制造体系培育力度。支持专精特新中小企业建设绿色工厂，创建绿色供应链管理企业。"),
                    gist_en: passage("SRDI SMEs are supported in becoming green factories and green supply-chain management enterprises."),
                    category: Category::Qualification,
                    conditions: SRDI_SME,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.10.green_microgrid",
                    name_zh: "工业绿色智能微电网建设",
                    name_en: en("Industrial green smart micro-grids"),
                    quote: passage("支持专精特新中小企业建设工业绿色智能微电网，重点支持智能制造型工业微电网建设，满足专精特新中小企业绿色电力使用需求。"),
                    gist_en: passage("SRDI SMEs are supported in building industrial green smart micro-grids to meet their green-power needs (form of support not stated)."),
                    // Readings A7: only for a firm that builds one.
                    conditions: &[Condition::SrdiSme, Condition::Does(Activity::GreenMicrogrid)],
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause { number: "二（四）", heading: passage("完善企业服务体系建设"), treatment: Treatment::Section },
    Clause {
        number: "11.",
        heading: passage("完善公共服务体系"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[Rule {
                id: "suzhou.11.public_services",
                name_zh: "服务专员、对接宣讲诊断申报辅导与线上精准服务",
                name_en: en("SRDI service officers, matchmaking, diagnosis and application coaching"),
                quote: passage("进一步发挥企业（综合）服务中心、专精特新服务专员、政企恳谈会等线下渠道作用，加快建设供应链（应用场景）对接服务中心，常态化开展对接、宣讲、诊断、申报辅导等活动。线上依托“苏商通”、12345热线电话、AI+政策明白卡等，用数字化手段感知企业动态，围绕企业发展，提供精准服务，并及时协调解决企业问题诉求。"),
                gist_en: passage("Service centres, SRDI service officers and business round-tables offer matchmaking, briefings, diagnosis and application coaching; online, 苏商通, the 12345 hotline and AI policy cards provide targeted help and resolve problems."),
                conditions: SRDI_ENT,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "12.",
        heading: passage("提升要素保障服务"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[Rule {
                id: "suzhou.12.land_priority",
                name_zh: "建设用地指标倾斜",
                name_en: en("Priority in land quotas"),
                quote: passage("健全土地、劳动力、资本、技术、数据、人才、能源等全要素资源保障体系，全面推行“数据得地”，加快实施“工业上楼”，将新增建设用地计划指标、存量建设用地利用安排向专精特新中小企业倾斜。"),
                gist_en: passage("New construction-land quotas and the use of existing construction land lean towards SRDI SMEs."),
                category: Category::Qualification,
                conditions: SRDI_SME,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "13.",
        heading: passage("深化企业法律服务"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[Rule {
                id: "suzhou.13.legal_services",
                name_zh: "法治体检、法律咨询等法律服务",
                name_en: en("Legal health checks and legal advice"),
                quote: passage("依托“产业链+法律服务”“法企同行”工作机制，发挥新质生产力法律服务协同创新中心作用，研判专精特新企业共性法律服务需求，针对性开展法治体检、法治宣传、法律咨询活动，推动法律服务产品孵化转化，助力专精特新企业法律风险防范和纠纷化解，引导专精特新企业健康有序发展。"),
                gist_en: passage("SRDI enterprises get legal health checks, legal briefings and legal advice to prevent legal risks and resolve disputes."),
                conditions: SRDI_ENT,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "14.",
        heading: passage("积极开拓国内外市场"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.14.market_expansion",
                    name_zh: "借助进博会、广交会等平台和海外仓开拓市场",
                    name_en: en("Trade fairs and overseas warehouses for market expansion"),
                    quote: passage("发挥中国国际进口博览会、中国进出口商品交易会、中国国际中小企业博览会等展览展销平台作用，支持企业在“一带一路”共建国家和地区、RCEP成员国建设海外仓，助力企业线上线下开拓国内外市场。"),
                    gist_en: passage("Enterprises are helped to use major trade fairs and to build overseas warehouses in Belt and Road and RCEP countries (form of support not stated)."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.14.cross_border_fair_support",
                    name_zh: "跨境电商展会支持政策",
                    name_en: en("Support for cross-border e-commerce fairs"),
                    quote: passage("鼓励企业参加国内外重点跨境电商展会或在苏举办高水平跨境电商专业展会，符合相关条件的可享受展会支持政策。"),
                    gist_en: passage("Enterprises that exhibit at major cross-border e-commerce fairs, or hold such a fair in Suzhou, may use the fair support policies if they qualify (form not stated)."),
                    category: Category::Subsidy,
                    // Readings F3 (A6, A7): fair support is money under other policies; needs cross-border e-commerce.
                    conditions: &[Condition::SrdiEnterprise, Condition::Does(Activity::CrossBorder)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("按展会支持政策执行（如展位费补贴），本文未给金额。"),
                        note_en: passage("Under the fair-support policies (e.g. booth subsidies); this text states no amount."),
                    },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.14.cross_border_award",
                    name_zh: "跨境电商业务资金奖励",
                    name_en: en("Cash award for cross-border e-commerce"),
                    quote: passage("支持专精特新企业做大做强跨境电商业务，鼓励标杆企业发挥示范引领作用，带动产业链上下游企业协同发展，形成跨境电商产业集群，对符合条件的企业给予资金奖励。"),
                    gist_en: passage("SRDI enterprises growing cross-border e-commerce business get a cash award if they meet the conditions (not stated)."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    // Readings F3, A7: only for a firm running cross-border e-commerce.
                    conditions: &[Condition::SrdiEnterprise, Condition::Does(Activity::CrossBorder)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额和条件，仅写“对符合条件的企业给予资金奖励”。"),
                        note_en: passage("Amount and conditions not stated; the text only says qualifying enterprises get a cash award."),
                    },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: None,
                },
            ],
        },
    },
    Clause { number: "二（五）", heading: passage("支持企业人才建设"), treatment: Treatment::Section },
    Clause {
        number: "15.",
        heading: passage("加强人才精准引育"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.15.order_training",
                    name_zh: "订单式、学徒制人才培养",
                    name_en: en("Made-to-order and apprenticeship training"),
                    quote: passage("加速本土人才培养，梳理专精特新企业人才需求，鼓励在苏高校根据产业导向优化学科设置，开展订单式人才培养和学徒制培养。"),
                    gist_en: passage("Suzhou universities are encouraged to train staff to order and by apprenticeship, based on SRDI enterprises' talent needs."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.15.recruitment_and_staffing",
                    name_zh: "专场招聘、纳入重点企业用工保障",
                    name_en: en("Dedicated job fairs and priority staffing support"),
                    quote: passage("开展专精特新企业专场招聘活动，加强校企对接，推动人岗精准适配，将专精特新企业纳入重点企业用工保障范围。"),
                    gist_en: passage("Dedicated job fairs are held for SRDI enterprises, and they are covered by the staffing support for key enterprises."),
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "16.",
        heading: passage("支持自主开展人才评价"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                Rule {
                    id: "suzhou.16.skill_level_certification",
                    name_zh: "自主开展职业技能等级认定",
                    name_en: en("In-house vocational skill-level certification"),
                    quote: passage("支持符合条件的专精特新企业自主开展职业技能等级认定。"),
                    gist_en: passage("Qualified SRDI enterprises may certify their staff's vocational skill levels themselves."),
                    category: Category::Qualification,
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.16.self_title_review",
                    name_zh: "试点中级职称自主评审",
                    name_en: en("Pilot self-evaluation of intermediate professional titles"),
                    quote: passage("推动符合条件的专精特新企业试点开展中级职称自主评审。"),
                    gist_en: passage("Qualified SRDI enterprises may pilot their own evaluation of intermediate professional titles."),
                    category: Category::Qualification,
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.16.staff_title_credit",
                    name_zh: "技术革新、新产品研发绩效计入职称评价",
                    name_en: en("Innovation and new-product work counts in staff title evaluation"),
                    quote: passage("在企业员工职称评定中，支持将技术革新改造、新产品研发等工作绩效作为评价的重要内容。"),
                    gist_en: passage("In staff title evaluation, technical-innovation and new-product work counts as an important criterion."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI_ENT,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "17.",
        heading: passage("支持人才企业申报"),
        treatment: Treatment::Rules {
            departments: NO_DEPT,
            rules: &[
                // Not encoded: "支持省级及以上人才企业申报专精特新企业" helps provincial-or-higher
                // talent enterprises apply for the title; the profile does not record that status.
                Rule {
                    id: "suzhou.17.postdoc_station",
                    name_zh: "设立博士后创新实践基地或科研工作站",
                    name_en: en("Setting up a postdoctoral practice base or research station"),
                    quote: passage("支持符合条件的省级以上专精特新企业设立省博士后创新实践基地或博士后科研工作站。"),
                    gist_en: passage("Qualified provincial-or-higher SRDI enterprises are supported in setting up a provincial postdoctoral practice base or a postdoctoral research station."),
                    category: Category::Qualification,
                    conditions: SRDI_ENT,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "suzhou.17.talent_salary_subsidy",
                    name_zh: "重点产业紧缺人才薪酬补贴",
                    name_en: en("Salary subsidy for scarce talent in key industries"),
                    quote: passage("支持符合条件的专精特新企业申报“苏州市重点产业紧缺人才计划”，对入选的中高端人才，给予薪酬补贴。"),
                    gist_en: passage("Qualified SRDI enterprises may apply to Suzhou's scarce-talent programme for key industries; selected mid- and high-end talent get a salary subsidy."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Employees,
                    // Readings F5, A7: only once staff are selected.
                    conditions: &[Condition::SrdiEnterprise, Condition::Does(Activity::SuzhouTalent)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额，按“苏州市重点产业紧缺人才计划”执行，须入选。"),
                        note_en: passage("Amount not stated; paid under Suzhou's scarce-talent programme for key industries, to selected people only."),
                    },
                    period: Period::PerYear,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: None,
                },
            ],
        },
    },
    Clause { number: "二（六）", heading: passage("做好企业梯度培育"), treatment: Treatment::Section },
    Clause {
        number: "18.",
        heading: passage("完善梯度培育体系"),
        treatment: Treatment::NotApplicable {
            quote: passage("持续完善创新型中小企业－专精特新中小企业－专精特新“小巨人”企业－制造业单项冠军企业的梯度培育体系"),
            reason_zh: passage("政府完善梯度培育体系和培育库的工作职责，不给企业具体支持。"),
            reason_en: passage("A government duty to maintain the tiered cultivation system and pools; nothing granted to an enterprise."),
        },
    },
    Clause {
        number: "19.",
        heading: passage("推进企业融通发展"),
        treatment: Treatment::NotApplicable {
            quote: passage("鼓励专精特新企业通过专业分工、服务外包、订单生产、产业联盟等形式，带动更多小微企业融入上下游协作体系。"),
            reason_zh: passage("引导大中小企业融通、产业集群发展，不给企业具体支持。"),
            reason_en: passage("Guidance on cooperation between large and small firms and on clusters; nothing granted to an enterprise."),
        },
    },
    Clause { number: "三、", heading: passage("保障措施"), treatment: Treatment::Section },
    Clause {
        number: "三（一）",
        heading: passage("加强组织领导"),
        treatment: Treatment::NotApplicable {
            quote: passage("市工信局统筹推进全市专精特新企业培育和发展，全市形成部门协同、上下联动、合力推进的工作格局。"),
            reason_zh: passage("组织领导，政府内部职责。"),
            reason_en: passage("Organisation; internal government duties."),
        },
    },
    Clause {
        number: "三（二）",
        heading: passage("优化培育发展"),
        treatment: Treatment::NotApplicable {
            quote: passage("各地应建立专精特新培育库，加强库内企业沟通对接。"),
            reason_zh: passage("各地建立培育库的职责；鼓励参加“专精特新企业之家”活动不构成具体支持。"),
            reason_en: passage("Local governments' duty to keep cultivation pools; the invitation to \"SRDI Enterprise Home\" events grants nothing specific."),
        },
    },
    Clause {
        number: "三（三）",
        heading: passage("强化宣传引导"),
        treatment: Treatment::NotApplicable {
            quote: passage("充分利用各类媒体平台，加强专精特新企业宣传报道和经验交流，总结推广先进经验和发展模式，"),
            reason_zh: passage("宣传引导，不给企业具体支持。"),
            reason_en: passage("Publicity; nothing granted to an enterprise."),
        },
    },
];
