// ---- srdi-calc profile types: generated from the profile's JSON Schema; do not edit ----
// Written by crates/wasm/tests/profile_types.rs from `srdi schema`; rerun with
// `SRDI_BLESS=1 cargo test -p srdi-wasm --test profile_types` after changing the profile.

/** What the calculator knows about one enterprise. */
export interface Profile {
  achievements?: Achievements;
  activities?: Activities;
  city: City;
  counts?: Counts;
  /**
   * District or park, where a text names one (e.g. 江北新区). Free text.
   * @maxLength 50
   */
  district?: string | null;
  finance?: Finance;
  /**
   * Project loans for the 贴息, one entry per project.
   * @maxItems 50
   */
  loans?: Loan[];
  /**
   * Registered under 门类 C 制造业.
   * @default false
   */
  manufacturing?: boolean;
  procurement?: Procurement;
  rd?: Rd;
  /**
   * Enterprise size; absent = not chosen yet (the form asks it as a required choice):
   * measures for SMEs only are then listed as likely, not certain.
   */
  size?: Size | null;
  /**
   * Huai'an 专精特新贷 loans, one entry per loan.
   * @maxItems 50
   */
  srdi_loans?: SrdiLoan[];
  talent?: Talent;
  titles?: Titles;
}

/** Projects and achievements the texts reward. */
export interface Achievements {
  /**
   * “创客中国”中小企业创新创业大赛优胜.
   * @default false
   */
  chuangke_winner?: boolean;
  /**
   * 首台（套）装备、首批次材料、首版次软件.
   * @default false
   */
  first_set_product?: boolean;
  /**
   * 完成生成式人工智能大模型备案.
   * @default false
   */
  generative_ai_filed?: boolean;
  /**
   * 建设工业互联网平台.
   * @default false
   */
  industrial_internet_platform?: boolean;
  /**
   * 主导或参与制定国际标准、国家标准.
   * @default false
   */
  leads_standard?: boolean;
  /**
   * 承担国家关键核心技术攻关任务.
   * @default false
   */
  national_key_tech_task?: boolean;
  /**
   * 中试平台建设投入 (元).
   * @minimum 0
   * @maximum 100000000000
   * @default 0
   */
  pilot_platform_investment_yuan?: number;
  /**
   * 获批国家卓越级或领航级智能工厂.
   * @default false
   */
  smart_factory_excellent?: boolean;
}

/**
 * Activities that unquantified money items require (readings A7). Not
 * confirmed = the item is shown as "if you do this" in 还可争取.
 */
export interface Activities {
  /**
   * Buys 智算 (AI) computing services (001（八） 算力券).
   * @default false
   */
  buys_compute?: boolean;
  /**
   * Runs cross-border e-commerce (003 14.).
   * @default false
   */
  cross_border?: boolean;
  /**
   * Is a digital service provider, or has a solution, product or case put up for Suzhou's selection (003 9.).
   * @default false
   */
  digital_provider?: boolean;
  /**
   * Builds an industrial green (smart) micro-grid (001（九）, 003 10.).
   * @default false
   */
  green_microgrid?: boolean;
  /**
   * Carries a 揭榜挂帅 key-technology project (003 2.).
   * @default false
   */
  jiebang?: boolean;
  /**
   * Has staff selected for Suzhou's 重点产业紧缺人才计划 (003 17.).
   * @default false
   */
  suzhou_talent?: boolean;
}

/** The 13 prefecture-level cities of Jiangsu, or somewhere else. */
export type City = "nanjing" | "wuxi" | "xuzhou" | "changzhou" | "suzhou" | "nantong" | "lianyungang" | "huaian" | "yancheng" | "yangzhou" | "zhenjiang" | "taizhou" | "suqian" | "outside_jiangsu";

/**
 * Things each capped separately (readings C3, D3, D4): replaces v1's
 * `achievements.national_key_tech_task`, `leads_standard` and
 * `pilot_platform_investment_yuan`, which are still read (true = 1, one
 * investment = one platform).
 */
export interface Counts {
  /**
   * National key core-technology tasks carried (承担国家关键核心技术攻关任务).
   * @minimum 0
   * @maximum 100
   * @default 0
   */
  key_tech_tasks?: number;
  /**
   * Pilot platforms the enterprise builds, each with its construction investment.
   * @maxItems 50
   */
  pilot_platforms?: PilotPlatform[];
  /**
   * International or national standards led or taken part in.
   * @minimum 0
   * @maximum 100
   * @default 0
   */
  standards?: number;
}

/** A graduate's degree. */
export type Degree = "phd" | "master";

/**
 * Borrowing and guarantees. The three `equipment_loan` / `central_subsidy`
 * fields are the v1 way to give one project loan (still read: the same as
 * one entry of `loans`; a profile may not use both).
 */
export interface Finance {
  /**
   * Needs a bridge loan (转贷) to roll over a maturing loan.
   * @default false
   */
  bridge_loan_need?: boolean;
  /**
   * The project already has a central interest subsidy of the same type.
   * @default false
   */
  central_subsidy?: boolean;
  /**
   * That loan's annual rate in basis points (350 = 3.5%); 0 = not given.
   * @minimum 0
   * @maximum 3000
   * @default 0
   */
  equipment_loan_rate_bp?: number;
  /**
   * 项目贷款中设备购置（含软件）部分的本金 (元).
   * @minimum 0
   * @maximum 100000000000
   * @default 0
   */
  equipment_loan_yuan?: number;
  /**
   * 融资担保金额 (元).
   * @minimum 0
   * @maximum 100000000000
   * @default 0
   */
  guarantee_yuan?: number;
}

/** One graduate, or several in the same situation (readings D7). */
export interface GraduateGroup {
  /**
   * How many graduates (default 1).
   * @minimum 1
   * @maximum 100000
   * @default 1
   */
  count?: number;
  /**
   * `phd` or `master`; required (an entry without it is refused at the field).
   * @default null
   */
  degree?: Degree | null;
  /** Month employment began, `YYYY-MM`; estimates `months_received` when that is absent. */
  employed_from?: string | null;
  /**
   * Months of rent subsidy each has already received (any rate); absent = see `employed_from`.
   * @minimum 0
   * @maximum 36
   */
  months_received?: number | null;
  /**
   * Actual monthly rent of each (元); absent = at least the cap.
   * @minimum 0
   * @maximum 100000
   */
  rent_yuan?: number | null;
}

/** YYYY-MM-DD */
export type IsoDate = string;

/**
 * One project loan for the 贴息 (readings B4–B8): the equipment-purchase
 * part (software included) the scheme subsidises, not the whole loan.
 */
export interface Loan {
  /**
   * 该部分在评估年度的平均余额 (元)；贷款未满一年或已部分还款时填写.
   * @minimum 0
   * @maximum 100000000000
   */
  avg_balance_yuan?: number | null;
  /** 该项目已有同类中央财政贴息. */
  central_subsidy?: boolean;
  /**
   * 项目贷款中设备购置（含软件）部分 (元).
   * @minimum 1
   * @maximum 100000000000
   */
  equipment_yuan: number;
  /**
   * 贷款合同年利率 (基点，320 = 3.2%)；不填 = 不知道.
   * @minimum 1
   * @maximum 3000
   */
  rate_bp?: number | null;
  /** 首次放款日期. */
  start?: IsoDate | null;
  /**
   * 只知道放款年份时填写.
   * @minimum 1990
   * @maximum 2100
   */
  start_year?: number | null;
}

/** One pilot (中试) platform. */
export interface PilotPlatform {
  /**
   * Construction investment (元).
   * @minimum 1
   * @maximum 100000000000
   */
  investment_yuan: number;
}

/** A bid in government procurement of goods or services. */
export interface Procurement {
  /**
   * @minimum 0
   * @maximum 100000000000
   * @default 0
   */
  bid_price_yuan?: number;
  /**
   * The tender's own price-deduction rate in basis points (1500 = 15%);
   * absent = not known: the 20% ceiling is shown as the best case.
   * @minimum 0
   * @maximum 2000
   */
  deduction_bp?: number | null;
}

/** R&D expense (研发费用), this year and last. */
export interface Rd {
  /**
   * The firm receives (or is granted) the city's base R&D-expense subsidy that
   * 004 三（六） raises (readings G5): until it says so, the raise is only likely.
   */
  base_subsidy_received?: boolean;
  /**
   * @minimum 0
   * @maximum 100000000000
   * @default 0
   */
  expense_last_year_yuan?: number;
  /**
   * @minimum 0
   * @maximum 100000000000
   * @default 0
   */
  expense_this_year_yuan?: number;
}

/** Enterprise size under 工信部联企业〔2011〕300号. */
export type Size = "micro" | "small" | "medium" | "large";

/** A Huai'an 专精特新贷 (004 三（五）: rate at most LPR + 50 bp; readings G1–G3). */
export interface SrdiLoan {
  /**
   * 贷款本金 (元).
   * @minimum 1
   * @maximum 100000000000
   */
  principal_yuan: number;
  /**
   * 银行报出的年利率 (基点)；不填只显示上限.
   * @minimum 1
   * @maximum 3000
   */
  rate_bp?: number | null;
  /** 合同签订日期：按当日施行的 LPR. */
  signed: IsoDate;
  /**
   * 贷款期限（月）：5 年（60 个月）及以内按一年期 LPR，以上按五年期以上 LPR.
   * @minimum 1
   * @maximum 360
   */
  tenor_months: number;
}

/**
 * Graduates employed (who meet the rent-subsidy conditions), by degree; the
 * head counts are the quick answer, `groups` the optional detail.
 */
export interface Talent {
  /**
   * Master's graduates in all; 0 = the masters of `groups`, if any.
   * @minimum 0
   * @maximum 100000
   * @default 0
   */
  graduates_master?: number;
  /**
   * PhD graduates in all; 0 = the PhDs of `groups`, if any.
   * @minimum 0
   * @maximum 100000
   * @default 0
   */
  graduates_phd?: number;
  /**
   * Detail for some graduates (same degree, rent and months each); those
   * counted above and in no group take the defaults (the cap, none received).
   * @maxItems 50
   */
  groups?: GraduateGroup[];
}

/** A title as JSON writes it in full. */
export interface TitleDetail {
  /**
   * 首次认定的月份（选填），1–12.
   * @minimum 1
   * @maximum 12
   */
  first_month?: number | null;
  /**
   * 首次认定（获评）的年份.
   * @minimum 1990
   * @maximum 2100
   */
  first_year: number;
  /**
   * 复核的月份（选填，需先填复核年份），1–12.
   * @minimum 1
   * @maximum 12
   */
  renewed_month?: number | null;
  /**
   * 最近一次复核（或失效后重新认定）的年份（选填）.
   * @minimum 1990
   * @maximum 2100
   */
  renewed_year?: number | null;
  /** 有效期：不填按三年推定. */
  validity?: Validity;
}

/** 首次获得的年份（如 2025），或 { first_year, first_month, renewed_year, renewed_month, validity } */
export type TitleRecord = number | TitleDetail;

/**
 * Each title the enterprise holds or held: when it was first obtained and,
 * optionally, renewed; absent when never held. In JSON a title is a bare year
 * (v1: `2025` = first obtained in 2025) or an object with the details.
 */
export interface Titles {
  demo_platform?: TitleRecord | null;
  innovative_sme?: TitleRecord | null;
  little_giant?: TitleRecord | null;
  provincial_srdi?: TitleRecord | null;
  single_champion?: TitleRecord | null;
}

/** What the user says about a title's validity on the as-of date. */
export type Validity = "assumed" | "valid" | "lapsed";
// ---- end of the generated profile types ----
