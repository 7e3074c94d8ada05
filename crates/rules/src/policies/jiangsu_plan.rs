//! 江苏省专精特新企业培育三年行动计划（2023—2025年）, 苏政办发〔2023〕3号 (8 programmes).
//! Source: `sources/002_b673bffdc81e0739.txt`. Every marked paragraph, in order;
//! numbering restarts per section, so numbers carry their section ("二（三）").

use crate::date::Date;
use crate::model::*;
use crate::profile::Size;

const SRDI: &[Condition] = &[Condition::SrdiEnterprise];
const SME_SIZES: &[Size] = &[Size::Micro, Size::Small, Size::Medium];

/// 三（二）'s 贴息补助 for 智改数转 (its id; readings B11).
pub(crate) const DIGITAL_UPGRADE_FUNDING: &str = "jiangsu_plan.3_2.digital_upgrade_funding";

pub const DOCUMENT: Document = Document {
    key: "jiangsu_plan",
    source_file: "002_b673bffdc81e0739.txt",
    short_zh: "江苏省三年行动计划（2023—2025）",
    short_en: en("Jiangsu three-year action plan 2023–2025"),
    title: "江苏省专精特新企业培育三年行动计划（2023—2025年）",
    title_en: passage("Jiangsu Three-Year Action Plan for Cultivating SRDI Enterprises (2023–2025)"),
    issuer: passage("江苏省人民政府办公厅"),
    level: Level::Province,
    doc_number: Some(passage("苏政办发〔2023〕3号")),
    status: Status::Issued,
    effective_from: DateSpec::Stated { date: Date::ymd(2023, 1, 20) },
    effective_until: DateSpec::Assumed {
        date: Date::ymd(2025, 12, 31),
        why_zh: passage("计划覆盖 2023—2025 年，文本未写截止日期；我们取 2025 年 12 月 31 日。"),
        why_en: passage("The plan covers 2023–2025 and states no end date; we take 31 December 2025."),
    },
    start_year_uncertain: false,
    clauses: CLAUSES,
};

const CLAUSES: &[Clause] = &[
    Clause {
        number: "通知",
        heading: passage("江苏省人民政府办公厅关于印发"),
        treatment: Treatment::NotApplicable {
            quote: passage("《江苏省专精特新企业培育三年行动计划(2023—2025年)》已经省人民政府同意,现印发给你们,请认真组织实施。"),
            reason_zh: passage("印发通知，不含具体措施。"),
            reason_en: passage("The covering notice; no measure."),
        },
    },
    Clause {
        number: "序言",
        heading: passage("为深入学习贯彻党的二十大精神"),
        treatment: Treatment::NotApplicable {
            quote: passage("推动专精特新企业高质量发展,引领全省中小企业增强核心竞争力,提升产业链供应链韧性和安全水平,制定本行动计划。"),
            reason_zh: passage("制定目的，不含具体措施。"),
            reason_en: passage("States the purpose; no measure."),
        },
    },
    Clause { number: "一、", heading: passage("总体要求"), treatment: Treatment::Section },
    Clause {
        number: "一（一）",
        heading: passage("指导思想"),
        treatment: Treatment::NotApplicable {
            quote: passage("以推动专精特新企业高质量发展为主题,以提升创新能力和专业化水平为目标"),
            reason_zh: passage("指导思想，不含具体措施。"),
            reason_en: passage("Guiding thought; no measure."),
        },
    },
    Clause {
        number: "一（二）",
        heading: passage("基本原则"),
        treatment: Treatment::NotApplicable {
            quote: passage("(二)基本原则。"),
            reason_zh: passage("基本原则的标题，内容见以下三条。"),
            reason_en: passage("Heading of the basic principles, listed below."),
        },
    },
    Clause {
        number: "一（二）1.",
        heading: passage("政府引导、企业主体"),
        treatment: Treatment::NotApplicable {
            quote: passage("坚持有效市场和有为政府相结合,突出企业主体作用,强化政策引导和精准服务"),
            reason_zh: passage("工作原则，不含具体措施。"),
            reason_en: passage("Working principle; no measure."),
        },
    },
    Clause {
        number: "一（二）2.",
        heading: passage("创新驱动、质效优先"),
        treatment: Treatment::NotApplicable {
            quote: passage("坚持创新供给和需求牵引相结合,推动企业加快理念、技术、产品、管理和模式创新,提高全要素生产率,实现高质量发展。"),
            reason_zh: passage("工作原则，不含具体措施。"),
            reason_en: passage("Working principle; no measure."),
        },
    },
    Clause {
        number: "一（二）3.",
        heading: passage("分类施策、分层推进"),
        treatment: Treatment::NotApplicable {
            quote: passage("坚持锻长板和补短板相结合,根据行业特点和企业发展阶段,开展分业指导、分类帮扶、分层培育"),
            reason_zh: passage("工作原则，不含具体措施。"),
            reason_en: passage("Working principle; no measure."),
        },
    },
    Clause {
        number: "一（三）",
        heading: passage("主要目标"),
        treatment: Treatment::NotApplicable {
            quote: passage("累计培育国家制造业单项冠军300家和专精特新“小巨人”企业1500家,省级专精特新中小企业10000家以上,创新型中小企业50000家以上。"),
            reason_zh: passage("2025 年全省培育目标，不是对企业的措施。"),
            reason_en: passage("Province-wide targets for 2025; not a measure for an enterprise."),
        },
    },
    Clause { number: "二、", heading: passage("重点任务"), treatment: Treatment::Section },
    Clause {
        number: "二 序",
        heading: passage("坚持专业化、精益化、特色化"),
        treatment: Treatment::NotApplicable {
            quote: passage("坚持专业化、精益化、特色化、创新型发展方向,大力实施八大工程"),
            reason_zh: passage("重点任务总述，具体措施见以下八大工程。"),
            reason_en: passage("Introduces the eight programmes; the measures follow."),
        },
    },
    Clause {
        number: "二（一）",
        heading: passage("优质企业梯度培育工程"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、各市、县(市、区)人民政府"),
            rules: &[Rule {
                id: "jiangsu_plan.2_1.niche_field_channel",
                name_zh: "细分领域省级专精特新培育专用通道",
                name_en: en("Dedicated route to the provincial SRDI title for niche fields"),
                quote: passage("针对市场容量小但技术(产品)处于产业链关键环节的细分领域,探索建立省级专精特新中小企业培育专用通道。"),
                gist_en: passage("For niche fields with small markets but key positions in a supply chain, the province will explore a dedicated route to the provincial SRDI SME title."),
                category: Category::Qualification,
                conditions: &[Condition::SizeIn(SME_SIZES)],
                payment: Payment::Apply,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "二（二）",
        heading: passage("创新能级提升工程"),
        treatment: Treatment::Rules {
            departments: passage("省科技厅、省发展改革委、省工业和信息化厅、省财政厅、省教育厅"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.2_2.rd_institution_support",
                    name_zh: "支持建设高水平研发机构和创新平台",
                    name_en: en("Support for building high-level R&D institutions and innovation platforms"),
                    quote: passage("实施企业研发机构高质量提升计划,支持专精特新企业独立或联合建设高水平研发机构和创新平台,实现省级以上研发机构全覆盖。"),
                    gist_en: passage("SRDI enterprises are supported in building high-level R&D institutions and innovation platforms, alone or jointly (form of support not stated)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_2.key_tech_project_share",
                    name_zh: "关键核心技术攻关项目不低于 30% 支持专精特新企业",
                    name_en: en("At least 30% of key-technology projects go to SRDI enterprises"),
                    quote: passage("通过揭榜挂帅、竞争立项等方式,每年支持专精特新企业实施关键核心技术(装备)攻关和产业基础再造项目比例不低于30%。"),
                    gist_en: passage("Each year at least 30% of the province's key core-technology (equipment) and industrial-foundation projects, awarded by open competition, support SRDI enterprises."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_2.chief_tech_expert",
                    name_zh: "高校院所专家兼任企业首席技术专家",
                    name_en: en("University experts as the enterprise's chief technical expert"),
                    quote: passage("推动建立专精特新企业首席技术专家制度,选聘一批高校院所专家教授兼任企业首席技术专家,助力产学研深度融合。"),
                    gist_en: passage("A chief-technical-expert scheme places university and institute professors in SRDI enterprises as part-time chief technical experts."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "二（三）",
        heading: passage("协作配套强链工程"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅"),
            rules: &[Rule {
                id: "jiangsu_plan.2_3.lead_firm_procurement",
                name_zh: "“领航企业”发布采购计划与分行业采购洽谈",
                name_en: en("Purchasing plans from lead firms and sector supply-matching fairs"),
                quote: passage("充分发挥行业协会、展会平台、集群发展促进机构和产业强链专班作用,定期举办分行业采购洽谈会,支持100家左右重点培育的“领航企业”,面向全省专精特新企业发布采购计划,提高本地供应链配套率。"),
                gist_en: passage("Regular sector purchasing fairs are held, and about 100 lead firms publish their purchasing plans to SRDI enterprises across the province."),
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause {
        number: "二（四）",
        heading: passage("质量品牌创优工程"),
        treatment: Treatment::Rules {
            departments: passage("省市场监管局、省发展改革委、省工业和信息化厅"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.2_4.quality_diagnosis",
                    name_zh: "专精特新企业高质量发展巡诊",
                    name_en: en("High-quality-development diagnostic visits"),
                    quote: passage("深入实施专精特新企业高质量发展巡诊,提升企业内部管理和质量管控水平。"),
                    gist_en: passage("SRDI enterprises receive high-quality-development diagnostic visits to improve their internal management and quality control."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_4.jiangsu_jingpin_priority",
                    name_zh: "优先推荐申报“江苏精品”",
                    name_en: en("Priority nomination for the \"Jiangsu Jingpin\" quality brand"),
                    quote: passage("优先推荐生产技术或工艺国际领先、产业链延伸性好的专精特新企业申报“江苏精品”,支持专精特新企业积极参加“中国品牌日”活动。"),
                    gist_en: passage("SRDI enterprises with world-leading technology or processes and long supply chains are nominated first for the \"Jiangsu Jingpin\" brand, and supported to join China Brand Day."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "二（五）",
        heading: passage("高价值专利培育工程"),
        treatment: Treatment::Rules {
            departments: passage("省知识产权局、省税务局、省工业和信息化厅"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.2_5.patent_priority_examination",
                    name_zh: "专利审查绿色通道与优先审查",
                    name_en: en("Patent green channel and priority examination"),
                    quote: passage("充分发挥专利审查绿色通道作用,支持符合条件的专精特新企业享受知识产权优先审查政策,帮助企业高效获权。"),
                    gist_en: passage("Eligible SRDI enterprises use the patent green channel and priority examination to obtain rights quickly."),
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_5.ip_advantage_priority",
                    name_zh: "优先支持申报国家知识产权优势企业、示范企业",
                    name_en: en("Priority in applying as a national IP advantage or demonstration enterprise"),
                    quote: passage("深入实施中小企业知识产权战略推进工程,优先支持专精特新企业申报国家知识产权优势企业和示范企业,将符合规定的知识产权费用纳入研发费用加计扣除范围。"),
                    gist_en: passage("SRDI enterprises get priority support when applying as national IP advantage or demonstration enterprises."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_5.ip_fees_super_deduction",
                    name_zh: "知识产权费用纳入研发费用加计扣除",
                    name_en: en("IP fees count towards the R&D super-deduction"),
                    quote: passage("深入实施中小企业知识产权战略推进工程,优先支持专精特新企业申报国家知识产权优势企业和示范企业,将符合规定的知识产权费用纳入研发费用加计扣除范围。"),
                    gist_en: passage("IP fees that meet the rules are counted as R&D expense for the tax super-deduction."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    // Readings E1 (A6): a larger deduction is less income tax: money, no figure.
                    amount: AmountRule::Unquantified {
                        note_zh: passage("税收优惠：加计扣除更多，少缴企业所得税；金额取决于知识产权费用和纳税情况，文本未给。"),
                        note_en: passage("A tax benefit: a larger deduction, so less income tax; it depends on the fees and the tax position, which the text does not give."),
                    },
                    period: Period::PerYear,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_5.ip_fast_services",
                    name_zh: "知识产权快速审查、快速确权、快速维权",
                    name_en: en("Fast IP examination, confirmation and enforcement"),
                    quote: passage("构建以省知识产权保护中心为统领、设区市知识产权保护中心全覆盖、若干个县域快速维权中心协同的“1+13+N”知识产权保护体系,为符合条件的专精特新企业提供知识产权快速审查、快速确权、快速维权服务。"),
                    gist_en: passage("Through the \"1+13+N\" IP protection centres, eligible SRDI enterprises get fast IP examination, confirmation and enforcement."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_5.overseas_ip_training",
                    name_zh: "海外知识产权风险防控和纠纷应对培训",
                    name_en: en("Training on overseas IP risks and disputes"),
                    quote: passage("跟踪发布重点产业知识产权动态和风险提示,加强专精特新企业海外知识产权风险防控和纠纷应对能力培训,提升海外知识产权保护能力。"),
                    gist_en: passage("SRDI enterprises get IP trend and risk alerts for key industries and training in preventing overseas IP risks and handling disputes."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "二（六）",
        heading: passage("数字技术赋能工程"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.2_6.free_digital_diagnosis",
                    name_zh: "智改数转免费诊断与两化融合贯标",
                    name_en: en("Free smart-manufacturing and digital-transformation diagnosis"),
                    quote: passage("分行业分领域编制智能化改造和数字化转型实施指南,推行专精特新企业智能制造顾问和两化融合管理体系贯标制度,实现智能化改造数字化转型免费诊断服务和两化融合贯标全覆盖。"),
                    gist_en: passage("Every SRDI enterprise is to get a smart-manufacturing adviser, a free diagnosis for intelligent upgrading and digital transformation, and integration-management certification."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_6.cloud_migration",
                    name_zh: "设备上云和业务系统云端迁移",
                    name_en: en("Moving equipment and business systems to the cloud"),
                    quote: passage("完善“上云用平台”产品目录,支持专精特新企业设备上云和业务系统向云端迁移,组织省重点工业互联网平台针对专精特新企业需求,开发集成一批面向典型场景和生产环节的工业APP。"),
                    gist_en: passage("SRDI enterprises are supported in moving equipment and business systems to the cloud (form of support not stated), and key industrial internet platforms develop industrial apps for their needs."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "二（七）",
        heading: passage("特色金融助力工程"),
        treatment: Treatment::Rules {
            departments: passage("省地方金融监管局、人民银行南京分行、江苏银保监局、江苏证监局、省工业和信息化厅、省科技厅、国家开发银行江苏省分行"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.2_7.tailored_bank_services",
                    name_zh: "银行量身定制金融服务方案",
                    name_en: en("Tailored bank financing plans"),
                    quote: passage("发挥省综合金融服务平台作用,推动银行业金融机构为专精特新企业量身定制金融服务方案,创新知识产权质押贷款等产品,加大中长期贷款、信用贷款支持力度。"),
                    gist_en: passage("Banks design tailored financing for SRDI enterprises, including IP-pledge loans, and lend more medium/long-term and unsecured credit."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_7.cdb_tech_loans",
                    name_zh: "国家开发银行“科创专项贷款”",
                    name_en: en("China Development Bank science-and-innovation loans"),
                    quote: passage("用好国家开发银行“科创专项贷款”,大力支持专精特新企业技术攻关和成果产业化。"),
                    gist_en: passage("China Development Bank's special science-and-innovation loans support SRDI enterprises' technology breakthroughs and commercialisation of results."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_7.insurance_products",
                    name_zh: "专属保险产品",
                    name_en: en("Tailored insurance products"),
                    quote: passage("支持保险机构开发符合专精特新企业发展阶段和需求的保险产品,"),
                    gist_en: passage("Insurers are supported in developing products suited to SRDI enterprises (the clause also calls for more kinds of IP insurance)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                // Readings E2 (A6): the insurance compensation is money (premium
                // compensation), for a firm with a first-set / first-batch product.
                Rule {
                    id: "jiangsu_plan.2_7.first_set_insurance_compensation",
                    name_zh: "首台（套）、首批次保险补偿",
                    name_en: en("First-set / first-batch insurance compensation"),
                    quote: passage("推进首台(套)重大技术装备保险和新材料首批次应用保险补偿机制试点,"),
                    gist_en: passage("Insurance-compensation pilots for first-set major equipment and first-batch new materials are to be advanced."),
                    category: Category::Subsidy,
                    conditions: &[Condition::SrdiEnterprise, Condition::Has(Achievement::FirstSetProduct)],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("保险补偿（保费补偿），试点的条件和比例文本未给。"),
                        note_en: passage("Insurance (premium) compensation; the pilots' conditions and rates are not stated."),
                    },
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.2_7.listing_support",
                    name_zh: "上市挂牌精准服务",
                    name_en: en("Stock-listing support"),
                    quote: passage("深入实施省重点产业链优质中小企业和科技型企业上市培育计划,利用上交所、深交所、北交所江苏服务基地,开展专精特新企业上市挂牌精准服务,依法依规妥善解决有关项目审批、产权确认、证照补办、税费缴纳、知识产权等问题,优选1000家以上专精特新企业纳入上市后备资源库,精选500家以上专精特新企业在江苏股权交易中心“专精特新”专板挂牌。"),
                    gist_en: passage("SRDI enterprises get targeted listing services, help resolving approval, title, licence, tax and IP issues, and may enter the listing reserve or the SRDI board of the Jiangsu equity exchange."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "二（八）",
        heading: passage("服务体系升级工程"),
        treatment: Treatment::Rules {
            departments: passage("省工业和信息化厅、省商务厅、省政务办、南京海关"),
            rules: &[Rule {
                id: "jiangsu_plan.2_8.service_commissioner",
                name_zh: "服务专员“一企一策”",
                name_en: en("A dedicated service officer, one plan per enterprise"),
                quote: passage("完善专精特新企业服务专员制度,“一企一策”精准提供创新、融资、人才、市场等专业服务,累计配备服务专员2500人以上,力争每两家企业配备1名专员。"),
                gist_en: passage("Service officers (aiming at one per two enterprises) give each SRDI enterprise tailored help on innovation, finance, talent and markets."),
                conditions: SRDI,
                ..Rule::SERVICE
            }],
        },
    },
    Clause { number: "三、", heading: passage("保障措施"), treatment: Treatment::Section },
    Clause {
        number: "三（一）",
        heading: passage("加强组织领导"),
        treatment: Treatment::NotApplicable {
            quote: passage("省政府促进中小企业发展工作领导小组统筹推进全省专精特新企业培育和发展,负责协调解决重大问题,建立工作通报制度,形成部门协同、上下联动、合力推进的工作格局。"),
            reason_zh: passage("组织领导，属政府职责。"),
            reason_en: passage("Organisation; a duty of government bodies."),
        },
    },
    Clause {
        number: "三（二）",
        heading: passage("加大政策支持"),
        treatment: Treatment::Rules {
            departments: passage("省发展改革委、省财政厅、省税务局、省工业和信息化厅"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.3_2.procurement_innovative_products",
                    name_zh: "创新产品和服务纳入政府采购支持范围",
                    name_en: en("Innovative products and services supported in government procurement"),
                    quote: passage("发挥政府采购政策功能,将符合条件的专精特新企业创新产品和服务,纳入政府采购支持范围,带动创新产品先试首用。"),
                    gist_en: passage("Eligible innovative products and services of SRDI enterprises are brought within government procurement support, to get them tried and used first."),
                    category: Category::ProcurementPreference,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: DIGITAL_UPGRADE_FUNDING,
                    name_zh: "智改数转资金奖补和贴息补助",
                    name_en: en("Grants and interest subsidies for smart and digital upgrading"),
                    quote: passage("优化省级财政专项资金支持方向,优先支持企业创新发展,对符合条件的专精特新中小企业实施智能化改造数字化转型给予资金奖补和贴息补助。"),
                    gist_en: passage("Eligible SRDI SMEs carrying out intelligent upgrading and digital transformation get grants and loan-interest subsidies from provincial special funds."),
                    category: Category::Subsidy,
                    beneficiary: Beneficiary::Enterprise,
                    conditions: &[Condition::SrdiSme],
                    amount: AmountRule::Unquantified {
                        note_zh: passage("文本未定金额，也未定贴息比例；具体以省级财政专项资金申报指南为准。"),
                        note_en: passage("Amount not stated, nor the interest-subsidy rate; set by each year's provincial special-fund guidelines."),
                    },
                    period: Period::OneOff,
                    payment: Payment::Apply,
                    departments: None,
                    external: None,
                    event: None,
                },
                Rule {
                    id: "jiangsu_plan.3_2.fund_investment",
                    name_zh: "国家中小企业发展基金和省政府投资基金加大投资",
                    name_en: en("More investment from the national SME fund and provincial government funds"),
                    quote: passage("发挥国家中小企业发展基金和省政府投资基金作用,加大对专精特新企业投资和赋能力度。"),
                    gist_en: passage("The national SME development fund and provincial government investment funds invest more in SRDI enterprises and help them grow (no amount or terms stated)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "三（三）",
        heading: passage("强化人才引培"),
        treatment: Treatment::Rules {
            departments: passage("省委人才办、省工业和信息化厅、省教育厅、省卫生健康委、省人力资源社会保障厅"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.3_3.talent_programmes",
                    name_zh: "人才需求纳入国家和省重点人才计划支持范围",
                    name_en: en("Talent needs covered by national and provincial talent programmes"),
                    quote: passage("依托国家重点人才计划和省“双创计划”“333工程”等,将省级以上专精特新企业人才需求纳入支持范围,助力专精特新企业引进具有引领性、原创性、突破性技术的科技领军人才和创新团队。"),
                    gist_en: passage("The talent needs of provincial-or-higher SRDI enterprises are covered by national talent plans and Jiangsu's Shuangchuang and 333 programmes, to help recruit leading scientists and teams."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.3_3.talent_consortium",
                    name_zh: "申报组建关键核心技术人才攻关联合体",
                    name_en: en("Applying to form key-technology talent consortia"),
                    quote: passage("鼓励专精特新企业联合高校院所、科研机构申报组建关键核心技术人才攻关联合体,围绕国家和省重大战略需求展开协同攻关。"),
                    gist_en: passage("SRDI enterprises are encouraged to apply, with universities and research institutes, to form key core-technology talent consortia for joint work on national and provincial strategic needs."),
                    category: Category::Qualification,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.3_3.science_township_head",
                    name_zh: "省科技镇长结对联系服务",
                    name_en: en("A paired \"science and technology deputy mayor\" for policy help"),
                    quote: passage("开展省科技镇长结对联系服务专精特新企业行动,为企业产学研合作、项目申报、人才引育、专利保护等提供政策帮扶。"),
                    gist_en: passage("Provincial science-and-technology township officials are paired with SRDI enterprises to help with research cooperation, project applications, talent and patents."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.3_3.talent_living_benefits",
                    name_zh: "高层次人才子女入学、医疗保健、住房保障优享",
                    name_en: en("Schooling, healthcare and housing benefits for senior talent"),
                    quote: passage("支持各地将符合条件的专精特新企业高层次人才纳入子女入学、医疗保健、住房保障等政策优享范围。"),
                    gist_en: passage("Localities are supported in giving eligible senior talent of SRDI enterprises preferential access to schooling for their children, healthcare and housing."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.3_3.staff_training",
                    name_zh: "经营管理和技术人才轮训",
                    name_en: en("Rotating training for managers and technical staff"),
                    quote: passage("实施“英才名匠”等产业人才培养计划,依托张謇学院、中小企业公共服务平台等专业机构,对专精特新企业经营管理人员、专业技术人才、高技能人才开展轮训。"),
                    gist_en: passage("Managers, professional technicians and highly skilled workers of SRDI enterprises receive rotating training through Zhang Jian College and SME service platforms."),
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.3_3.senior_title_green_channel",
                    name_zh: "高级职称直接申报绿色通道与自主评审试点",
                    name_en: en("Direct application for senior professional titles"),
                    quote: passage("畅通专精特新企业优秀人才职称评价绿色通道,符合条件的可直接申报考核认定高级职称。推动具备条件的专精特新企业试点开展高级职称自主评审。"),
                    gist_en: passage("Outstanding staff of SRDI enterprises who qualify may apply directly for senior professional titles; qualified enterprises may pilot awarding senior titles themselves."),
                    category: Category::Qualification,
                    beneficiary: Beneficiary::Employees,
                    conditions: SRDI,
                    payment: Payment::Apply,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.3_3.digital_skills",
                    name_zh: "参与数字技能提升行动",
                    name_en: en("Joining the digital-skills upgrading campaign"),
                    quote: passage("支持专精特新企业积极参与数字技能提升行动,大力培养数字技能人才。"),
                    gist_en: passage("SRDI enterprises are supported in joining the digital-skills upgrading campaign to train digitally skilled staff (form of support not stated)."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
    Clause {
        number: "三（四）",
        heading: passage("营造良好环境"),
        treatment: Treatment::Rules {
            departments: passage("省委宣传部、省发展改革委、省政务办、省市场监管局、省应急厅、省生态环境厅、省工业和信息化厅"),
            rules: &[
                Rule {
                    id: "jiangsu_plan.3_4.simplified_approvals",
                    name_zh: "项目“正面清单”与简化审批",
                    name_en: en("Project positive list and simpler approvals"),
                    quote: passage("实施专精特新项目“正面清单”管理,对专精特新企业项目核准备案、环评、安评、能评等简化审批程序、优化审批流程,进一步提高审批效率。"),
                    gist_en: passage("SRDI projects go on a positive list, with simpler procedures for project approval or filing and environmental, safety and energy assessments."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
                Rule {
                    id: "jiangsu_plan.3_4.lenient_enforcement",
                    name_zh: "包容审慎监管：首次轻微违法限期整改可不处罚",
                    name_en: en("Lenient enforcement: no penalty for a first minor offence corrected in time"),
                    quote: passage("规范涉企安全生产、生态环境保护、消防等行政执法检查,推行包容审慎监管,初次违法且危害后果轻微的,应给予一定整改期限,在规定期限内整改完成的可以不予行政处罚。"),
                    gist_en: passage("Under inclusive and prudent supervision, a first offence with minor harm gets a period to correct it, and no penalty may be imposed if corrected in time."),
                    conditions: SRDI,
                    ..Rule::SERVICE
                },
            ],
        },
    },
];
