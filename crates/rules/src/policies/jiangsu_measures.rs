//! 江苏省《关于进一步支持专精特新中小企业高质量发展的若干政策措施（征求意见稿）》(14 measures).
//! Source: `sources/000_09953e6f6c87a4f7.txt`. Every marked paragraph, in order.

use crate::date::Date;
use crate::model::*;
use crate::profile::Title;

const SRDI: &[Condition] = &[Condition::SrdiSme];

pub const DOCUMENT: Document = Document {
    key: "jiangsu_measures",
    source_file: "000_09953e6f6c87a4f7.txt",
    short_zh: "江苏省若干政策措施（征求意见稿）",
    short_en: en("Jiangsu measures (draft)"),
    title: "江苏省关于进一步支持专精特新中小企业高质量发展的若干政策措施（征求意见稿）",
    title_en: passage("Policy Measures of Jiangsu Province to Further Support the High-Quality Development of SRDI SMEs (Draft for Comment)"),
    issuer: passage("江苏省工业和信息化厅等（征求意见稿）"),
    level: Level::Province,
    doc_number: None,
    status: Status::Draft,
    effective_from: DateSpec::Assumed {
        date: Date::ymd(2025, 5, 20),
        why_zh: passage("征求意见稿未写施行日期和有效期。据新闻报道和转载，正式版自 2025 年 5 月 20 日起施行，有效期至 2028 年 5 月 20 日；此处按正式版日期假定。"),
        why_en: passage("The draft states no period. News reports say the final version is in force from 2025-05-20 to 2028-05-20; we assume those dates."),
    },
    effective_until: DateSpec::Assumed {
        date: Date::ymd(2028, 5, 20),
        why_zh: passage("征求意见稿未写有效期。据新闻报道和转载，正式版有效期至 2028 年 5 月 20 日；此处按正式版日期假定。"),
        why_en: passage("The draft states no end date. News reports say the final version runs until 2028-05-20; we assume that date."),
    },
    start_year_uncertain: false,
    clauses: CLAUSES,
};

const CLAUSES: &[Clause] = &[
    Clause {
        number: "序言",
        heading: passage("为贯彻落实国家支持专精特新中小企业"),
        treatment: Treatment::NotApplicable {
            quote: passage("为贯彻落实国家支持专精特新中小企业高质量发展有关政策措施，深入推进专精特新企业培育三年行动计划，进一步加大省制造强省专项资金支持力度，促进专精特新中小企业高质量发展，提出如下具体措施："),
            reason_zh: passage("制定目的，不含具体措施。"),
            reason_en: passage("States the purpose; no measure."),
        },
    },
    Clause { number: "一、", heading: passage("支持创新能力提升"), treatment: Treatment::Section },
    Clause {
        number: "（一）",
        heading: passage("支持建设研发载体"),
        treatment: Treatment::Rules {
            departments: passage("省科技厅、省工业和信息化厅、省财政厅"),
            rules: &[Rule {
                id: "jiangsu_measures.1.rd_platforms",
                name_zh: "支持建立企业技术中心、工业设计中心、中试平台等研发载体",
                name_en: en("Support for building R&D centres, design centres and pilot platforms"),
                quote: passage("支持专精特新中小企业建立企业技术中心、工业设计中心、中试平台等各类企业研发载体，积极创建国家级研发载体。"),
                gist_en: passage("SRDI SMEs are supported in setting up enterprise technology centres, industrial design centres, pilot platforms and other R&D bodies, and in seeking national-level recognition."),
                category: Category::Qualification,
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "（二）",
        heading: passage("支持实施关键核心技术攻关项目"),
        treatment: Treatment::Rules {
            departments: passage("省科技厅、省工业和信息化厅、省财政厅、省市场监管局"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.2.provincial_1650_projects",
                    name_zh: "支持实施省“1650”产业体系重大技术难题协同攻关项目",
                    name_en: en("Support for provincial \"1650\" joint technology projects"),
                    quote: passage("支持专精特新中小企业实施省“1650”产业体系重大技术难题协同攻关项目，牵头或参与国家攻关任务。"),
                    gist_en: passage("SRDI SMEs are supported in carrying out provincial \"1650\" industrial-system joint projects on major technical problems, and in leading or joining national tasks."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.2.key_tech_task",
                    name_zh: "支持牵头或参与国家关键核心技术攻关任务",
                    name_en: en("Support for leading or joining a national key-technology task"),
                    quote: passage("支持专精特新中小企业实施省“1650”产业体系重大技术难题协同攻关项目，牵头或参与国家攻关任务。"),
                    gist_en: passage("SRDI SMEs are supported in leading or joining national key-technology tasks (form of support not stated)."),
                    category: Category::Qualification,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::NationalKeyTechTask)],
                    event: Some(Event::NationalKeyTechTask),
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.2.standards",
                    name_zh: "支持牵头或参与起草国际标准、国家标准",
                    name_en: en("Support for leading or joining international / national standards"),
                    quote: passage("支持专精特新中小企业牵头或参与起草国际标准、国家标准。"),
                    gist_en: passage("SRDI SMEs are supported in leading or joining the drafting of international and national standards (form of support not stated)."),
                    category: Category::Qualification,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::LeadsStandard)],
                    event: Some(Event::Standards),
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（三）",
        heading: passage("支持科技成果推广"),
        treatment: Treatment::Rules {
            departments: passage("省科技厅、省工业和信息化厅、省财政厅"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.3.first_set_recognition",
                    name_zh: "推荐参与首台（套）、首版（次）、首批（次）遴选认定",
                    name_en: en("Recommendation for first-of-a-kind equipment, software and material recognition"),
                    quote: passage("推荐支持专精特新中小企业参与首台(套)重大装备、首版(次)软件产品、首批(次)材料遴选认定。"),
                    gist_en: passage("SRDI SMEs are recommended for selection as first-set major equipment, first-version software and first-batch materials."),
                    category: Category::Qualification,
                    conditions: &[Condition::SrdiSme, Condition::Has(Achievement::FirstSetProduct)],
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.3.first_set_application_projects",
                    name_zh: "支持实施首台（套）、首版（次）、首批（次）应用项目",
                    name_en: en("Support for first-of-a-kind application projects"),
                    quote: passage("支持专精特新中小企业实施首台(套)重大装备、首版（次）软件产品、首批（次）材料应用项目。"),
                    gist_en: passage("SRDI SMEs are supported in carrying out application projects for first-set equipment, first-version software and first-batch materials."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（四）",
        heading: passage("支持创新人才培养"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、省财政厅、省人力资源社会保障厅"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.4.national_talent_recommendation",
                    name_zh: "国家重大人才工程推荐“应报尽报”",
                    name_en: en("Every eligible project put forward for national talent programmes"),
                    quote: passage("在工信领域国家重大人才工程推荐中对专精特新中小企业符合条件项目予以应报尽报"),
                    gist_en: passage("Every eligible project of an SRDI SME is put forward in recommendations for the national major talent programmes in industry and IT."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.4.little_giant_talent_priority",
                    name_zh: "“小巨人”企业申报省级人才计划重点支持",
                    name_en: en("Priority for little giants in provincial talent programmes"),
                    quote: passage("在制造业人才支持计划和工信领域省级人才计划项目实施中重点支持专精特新“小巨人”企业申报。"),
                    gist_en: passage("Little giants get priority when applying to the manufacturing talent programme and provincial talent programmes in industry and IT."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: &[Condition::Holds(Title::LittleGiant)],
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.4.senior_title_self_evaluation",
                    name_zh: "试点高级职称自主评审",
                    name_en: en("Pilot self-evaluation of senior professional titles"),
                    quote: passage("支持具备条件的专精特新中小企业试点开展高级职称自主评审。"),
                    gist_en: passage("Qualified SRDI SMEs may pilot their own evaluation of senior professional titles."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（五）",
        heading: passage("支持知识产权能力提升"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、省知识产权局"),
            rules: &[Rule {
                id: "jiangsu_measures.5.ip_programmes",
                name_zh: "参与知识产权试点、专利产业化和商标品牌培育项目",
                name_en: en("Access to IP pilots, patent-commercialisation and brand programmes"),
                quote: passage("支持专精特新中小企业参与创新管理知识产权国际标准实施试点、专利产业化样板企业培育、高价值专利培育项目、商标品牌培育和保护项目。"),
                gist_en: passage("SRDI SMEs are supported in joining the IP-management international standard pilot, patent-commercialisation model enterprise, high-value patent and trademark-brand programmes."),
                category: Category::Qualification,
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause { number: "二、", heading: passage("支持融资便利化"), treatment: Treatment::Section },
    Clause {
        number: "（六）",
        heading: passage("提高融资效率"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、人民银行江苏省分行"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.6.financing_direct_window",
                    name_zh: "融资需求“直报窗口”，3 个工作日内对接",
                    name_en: en("Direct financing-needs window, bank contact within 3 working days"),
                    quote: passage("在省中小企业公共服务平台开设专精特新中小企业融资需求“直报窗口”，组织有关金融机构3个工作日内点对点对接。"),
                    gist_en: passage("A direct window for SRDI SMEs' financing needs on the provincial SME service platform; financial institutions make contact within 3 working days."),
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.6.green_channel",
                    name_zh: "银行融资“绿色通道”与无还本续贷",
                    name_en: en("Bank green channel and renewal without repaying principal"),
                    quote: passage("将中小企业主管部门对各银行业金融机构服务专精特新中小企业的评价意见纳入小微企业信贷政策导向效果评估，引导银行为专精特新中小企业开辟快速审批、快速办理的“绿色通道”，符合条件的新客户自受理之日起原则上10个工作日内完成审查审批，存量客户贷款到期后原则上3个工作日内完成续贷，提供无还本续贷服务。"),
                    gist_en: passage("Banks are guided to open a fast green channel: new customers approved within 10 working days of acceptance, existing loans renewed within 3 working days of maturity, with renewal without repaying principal."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "（七）",
        heading: passage("降低融资门槛"),
        treatment: Treatment::Rules {
            departments: passage("省委金融办、省工业和信息化厅、省财政厅、人民银行江苏省分行"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.7.loan_interest_subsidy",
                    name_zh: "制造业贷款财政贴息（省方案，含专精特新中小企业）",
                    name_en: en("Jiangsu manufacturing-loan interest subsidy (the scheme, SRDI SMEs included)"),
                    quote: passage("扩大江苏省制造业贷款财政贴息政策支持范围，对专精特新中小企业进行倾斜支持，将专精特新中小企业都纳入贴息范围，不局限于制造业。"),
                    gist_en: passage("The provincial manufacturing-loan interest subsidy is widened to cover all SRDI SMEs, not only manufacturers."),
                    category: Category::InterestSubsidy,
                    beneficiary: Beneficiary::Enterprise,
                    // The one 贴息 item for every route into the scheme (readings B1): a manufacturer,
                    // a valid SRDI SME by this clause, or Suzhou's 专精特新企业 by 003 7.
                    conditions: &[Condition::InInterestScheme, Condition::Positive(Input::EquipmentLoan)],
                    amount: AmountRule::LoanInterestSubsidy,
                    period: Period::PerYear,
                    payment: Payment::ByBank,
                    departments: None,
                    external: Some(External {
                        source: passage("《江苏省制造业贷款财政贴息实施方案》苏工信综合〔2024〕98号；2026-01-25/28 · Jiangsu manufacturing-loan interest subsidy scheme (苏工信综合〔2024〕98号); 2026-01-25/28"),
                        confidence: Confidence::News,
                        note_zh: passage("每年贴息 2 个百分点（省 1 点 + 设区市 1 点；项目已获同类中央贴息的，只贴省级 1 点）；仅限项目贷款中设备购置（含软件）部分；上限 2024–2025 年每个项目每年 1000 万元、每家企业每年 2000 万元，2026 年每个项目 600 万元、每家企业 1000 万元；由贷款银行申请（免申直达），企业按贴息后利率付息；方案执行期 2024–2026 年。"),
                        note_en: passage("2 percentage points a year (province 1 + city 1; only the provincial 1 point where the project already has a central subsidy of the same type); only the equipment-purchase part (software included) of project loans; caps 2024–2025: ¥10M per project and ¥20M per enterprise a year, 2026: ¥6M per project and ¥10M per enterprise; applied by the lending bank (免申直达), the enterprise pays the net rate; the scheme runs 2024–2026."),
                    }),
                    event: Some(Event::EquipmentLoanInterest),
                },
                Rule {
                    id: "jiangsu_measures.7.srdi_loan",
                    name_zh: "“专精特新贷”新增 100 亿元规模",
                    name_en: en("\"SRDI loan\" product: ¥10 billion of new lending"),
                    quote: passage("用好用足省普惠金融发展风险补偿基金产品“专精特新贷”，新增 100 亿贷款规模，为符合条件的企业提供低门槛、低成本、中长期资金。"),
                    gist_en: passage("The provincial risk-compensation fund's \"SRDI loan\" adds ¥10 billion of lending, giving eligible enterprises low-threshold, low-cost, medium- and long-term funds (the pool, not a per-enterprise amount)."),
                    category: Category::CostCeiling,
                    conditions: SRDI,
                    // Readings C2 (A6): 「低成本」 is a lower interest cost: money, no rate stated.
                    amount: AmountRule::Unquantified {
                        note_zh: passage("低成本贷款，文本未给利率；100 亿元为全省新增贷款规模，不是单户额度。"),
                        note_en: passage("Low-cost loans; the text states no rate; ¥10 billion is the province's new lending, not a per-enterprise amount."),
                    },
                    period: Period::PerYear,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.7.guarantee_fee_ceiling",
                    name_zh: "平均担保费率降至 1% 以下",
                    name_en: en("Average guarantee fee cut below 1%"),
                    quote: passage("发挥省级政府性融资再担保机构作用，带动合作体系内融资担保机构加大对专精特新中小企业支持力度，对专精特新中小企业平均担保费率降至 1% 以下。"),
                    gist_en: passage("Through the provincial government re-guarantee institution, the average guarantee fee for SRDI SMEs is brought below 1% a year."),
                    category: Category::CostCeiling,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: SRDI,
                    amount: AmountRule::GuaranteeFeeCeiling { rate_bp: 100 },
                    period: Period::PerYear,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: Some(Event::GuaranteeFee),
                },
            ],
        },
    },
    Clause {
        number: "（八）",
        heading: passage("加强上市培育"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、江苏证监局"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.8.listing_reserve",
                    name_zh: "上市后备资源库与专属上市培育服务",
                    name_en: en("Listing reserve pool and dedicated listing preparation"),
                    quote: passage("建立专精特新中小企业上市后备资源库，分层分类管理，为入库企业打造专属上市培育服务，深化投融资对接活动，提升专精特新中小企业上市意识、动力和能力。"),
                    gist_en: passage("SRDI SMEs can join a listing reserve pool with tiered management, dedicated listing-preparation services and investor matchmaking."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.8.neeq_green_channel",
                    name_zh: "“新三板”挂牌“绿色通道”",
                    name_en: en("Green channel for NEEQ (\"New Third Board\") listing"),
                    quote: passage("发挥区域性股权市场入板企业申请“新三板”挂牌“绿色通道”及“公示审核”等机制作用，提高企业申报挂牌效率。"),
                    gist_en: passage("Enterprises on the regional equity market's board use the green channel and public-notice review to apply for NEEQ listing faster."),
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause { number: "三、", heading: passage("支持数字化转型"), treatment: Treatment::Section },
    Clause {
        number: "（九）",
        heading: passage("支持建设智能工厂"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、省财政厅"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.9.smart_workshop_support",
                    name_zh: "支持建设智能制造车间",
                    name_en: en("Support for building smart-manufacturing workshops"),
                    quote: passage("引导和支持专精特新中小企业建设智能制造车间"),
                    gist_en: passage("SRDI SMEs are guided and supported in building smart-manufacturing workshops (form of support not stated)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.9.smart_factory_support",
                    name_zh: "支持建设智能制造工厂（“小巨人”）",
                    name_en: en("Support for building smart-manufacturing factories (little giants)"),
                    quote: passage("鼓励和支持专精特新“小巨人”企业建设智能制造工厂"),
                    gist_en: passage("Little giants are encouraged and supported in building smart-manufacturing factories (form of support not stated)."),
                    conditions: &[Condition::Holds(Title::LittleGiant)],
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.9.smart_factory_award",
                    name_zh: "国家卓越级、领航级智能工厂资金奖励（“小巨人”）",
                    name_en: en("Award for a national excellent / leading-level smart factory (little giants)"),
                    quote: passage("对获批国家卓越级和领航级智能工厂的专精特新“小巨人”企业给予资金奖励。"),
                    gist_en: passage("Little giants approved as national excellent-level or leading-level smart factories get a cash award."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::Holds(Title::LittleGiant), Condition::Has(Achievement::SmartFactoryExcellent)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本只写“给予资金奖励”，未定金额；正式版的奖励金额在公开资料中亦未查到。"),
                        note_en: passage("The text says only \"a cash award\" with no amount; the final version's amount was not found in public sources either."),
                    },
                    period: Period::OneOff,
                    payment: Payment::NotStated,
                    departments: None,
                    external: None,
                    event: Some(Event::SmartFactory),
                },
            ],
        },
    },
    Clause {
        number: "（十）",
        heading: passage("支持建设工业互联网平台"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、省财政厅"),
            rules: &[Rule {
                id: "jiangsu_measures.10.industrial_internet_platform",
                name_zh: "工业互联网平台资金扶持",
                name_en: en("Funding for industrial internet platforms"),
                quote: passage("支持专精特新中小企业建设工业互联网平台，并纳入省级重点工业互联网平台综合评价指标体系，对符合条件的平台企业给予资金扶持。"),
                gist_en: passage("SRDI SMEs building industrial internet platforms are included in the provincial key-platform evaluation; qualifying platform enterprises get funding."),
                category: Category::Subsidy,
                beneficiary: Beneficiary::Enterprise,
                conditions: &[Condition::SrdiSme, Condition::Has(Achievement::IndustrialInternetPlatform)],
                amount: AmountRule::Unquantified {
                    note_zh: passage("文本只写“给予资金扶持”，未定金额或比例。"),
                    note_en: passage("The text says only \"funding support\" with no amount or rate."),
                },
                period: Period::OneOff,
                payment: Payment::NotStated,
                departments: None,
                external: None,
                event: None,
            }],
        },
    },
    Clause {
        number: "（十一）",
        heading: passage("支持国产工业软件推广使用"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、省财政厅"),
            rules: &[Rule {
                id: "jiangsu_measures.11.domestic_software",
                name_zh: "云平台推广国产工业软件",
                name_en: en("Promotion of SRDI-made industrial software on cloud platforms"),
                quote: passage("通过云服务平台推广专精特新中小企业研发的优质通用、小快轻准的国产工业软件及配套服务，支持专精特新中小企业使用国产工业操作系统。"),
                gist_en: passage("Cloud platforms promote industrial software developed by SRDI SMEs; SRDI SMEs are supported in using domestic industrial operating systems."),
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "（十二）",
        heading: passage("支持研发人工智能技术"),
        treatment: Treatment::Rules {
            departments: passage("省委网信办、省发展改革委、省工业和信息化厅、省财政厅、省数据局"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.12.ai_model_rd",
                    name_zh: "支持研发人工智能行业大模型",
                    name_en: en("Support for developing industry AI models"),
                    quote: passage("支持专精特新中小企业开展人工智能行业大模型研发，支持发展生产决策大模型，培育人工智能领军企业。"),
                    gist_en: passage("SRDI SMEs are supported in developing industry and production-decision AI models (form of support not stated)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.12.ai_appliance_listing",
                    name_zh: "训推一体机纳入智改数转推荐设备清单",
                    name_en: en("AI training-inference appliances on the recommended equipment list"),
                    quote: passage("支持将专精特新中小企业研发生产的训推一体机纳入智改数转推荐设备清单，鼓励加强应用。"),
                    gist_en: passage("AI training-and-inference appliances made by SRDI SMEs can be put on the recommended equipment list for smart and digital upgrades."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause { number: "四、", heading: passage("支持绿色化发展"), treatment: Treatment::Section },
    Clause {
        number: "（十三）",
        heading: passage("支持建设绿色工厂"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅"),
            rules: &[Rule {
                id: "jiangsu_measures.13.green_factory_points",
                name_zh: "申报省级绿色工厂、绿色供应链管理企业适当加分",
                name_en: en("Extra points when applying as a provincial green factory or green supply chain"),
                quote: passage("对专精特新中小企业申报省级绿色工厂和绿色供应链管理企业，在评分体系中给予适当加分。"),
                gist_en: passage("SRDI SMEs applying to be provincial green factories or green supply-chain enterprises get extra points in the scoring."),
                category: Category::Qualification,
                conditions: SRDI,
                payment: Payment::Apply,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "（十四）",
        heading: passage("支持国际化发展"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、省财政厅、省商务厅"),
            rules: &[Rule {
                id: "jiangsu_measures.14.going_abroad",
                name_zh: "支持“出海”和参加国际性展会",
                name_en: en("Support for going abroad and international trade fairs"),
                quote: passage("支持专精特新中小企业“借船出海”、“链式出海”、“抱团出海”，支持专精特新中小企业参加中国国际中小企业博览会等国际性展会。"),
                gist_en: passage("SRDI SMEs are supported in expanding abroad (with partners, along supply chains, in groups) and in attending international fairs such as the China International SME Fair."),
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "结语",
        heading: passage("上述政策"),
        treatment: Treatment::Rules {
            departments: passage("文本未列明"),
            rules: &[
                Rule {
                    id: "jiangsu_measures.closing.direct_application_channel",
                    name_zh: "项目申报“直报通道”",
                    name_en: en("Direct channel for project applications"),
                    quote: passage("上述政策,在项目申报方面对专精特新中小企业建立“直报通道”"),
                    gist_en: passage("For project applications under these measures, SRDI SMEs get a direct reporting channel."),
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_measures.closing.subsidy_uplift",
                    name_zh: "奖补类资金加大支持力度",
                    name_en: en("Larger grants and subsidies for SRDI SMEs"),
                    quote: passage("在项目资金支持方面,属于奖补类资金的,对专精特新中小企业加大支持力度"),
                    gist_en: passage("Where project funding is an award or subsidy, SRDI SMEs get stronger support."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: SRDI,
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本只写“加大支持力度”，未定幅度或金额；适用于各奖补类项目资金。"),
                        note_en: passage("The text says only \"stronger support\", with no uplift or amount; applies to award and subsidy project funds generally."),
                    },
                    period: Period::None,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: None,
                },
                Rule {
                    id: "jiangsu_measures.closing.title_awards_no_application",
                    name_zh: "资质认定类奖励资金“免申即享”（“小巨人”）",
                    name_en: en("Title-related awards paid without application (little giants)"),
                    quote: passage("属于资质认定类奖励资金的,对国家专精特新“小巨人”企业实行“免申即享”。"),
                    gist_en: passage("Award funds tied to a recognition or title are paid to national little giants without an application."),
                    conditions: &[Condition::Holds(Title::LittleGiant)],
                    payment: Payment::NoApplication,
                    ..Rule::SERVICE
                },
            ],
        },
    },
];
