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
   * Registered under 门类 C 制造业.
   * @default false
   */
  manufacturing?: boolean;
  procurement?: Procurement;
  rd?: Rd;
  size: Size;
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

/** Borrowing and guarantees. */
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

/** The year each title was first obtained; absent when not held. */
export interface Titles {
  /**
   * @minimum 1990
   * @maximum 2100
   */
  demo_platform?: number | null;
  /**
   * @minimum 1990
   * @maximum 2100
   */
  innovative_sme?: number | null;
  /**
   * @minimum 1990
   * @maximum 2100
   */
  little_giant?: number | null;
  /**
   * @minimum 1990
   * @maximum 2100
   */
  provincial_srdi?: number | null;
  /**
   * @minimum 1990
   * @maximum 2100
   */
  single_champion?: number | null;
}
// ---- end of the generated profile types ----
