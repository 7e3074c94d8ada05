// ---- srdi-calc profile types: generated from the profile's JSON Schema; do not edit ----
// Written by crates/wasm/tests/profile_types.rs from `srdi schema`; rerun with
// `SRDI_BLESS=1 cargo test -p srdi-wasm --test profile_types` after changing the profile.

/** What the calculator knows about one enterprise. */
export interface Profile {
  achievements?: Achievements;
  city: City;
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
  size: Size;
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

/** The 13 prefecture-level cities of Jiangsu, or somewhere else. */
export type City = "nanjing" | "wuxi" | "xuzhou" | "changzhou" | "suzhou" | "nantong" | "lianyungang" | "huaian" | "yancheng" | "yangzhou" | "zhenjiang" | "taizhou" | "suqian" | "outside_jiangsu";

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

/** A bid in government procurement of goods or services. */
export interface Procurement {
  /**
   * @minimum 0
   * @maximum 100000000000
   * @default 0
   */
  bid_price_yuan?: number;
}

/** R&D expense (研发费用), this year and last. */
export interface Rd {
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

/** Graduates employed (who meet the rent-subsidy conditions), by degree. */
export interface Talent {
  /**
   * @minimum 0
   * @maximum 100000
   * @default 0
   */
  graduates_master?: number;
  /**
   * @minimum 0
   * @maximum 100000
   * @default 0
   */
  graduates_phd?: number;
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
