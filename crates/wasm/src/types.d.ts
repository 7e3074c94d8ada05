// ---- srdi-calc result and API types (hand-kept beside the Rust types; checked by tests/e2e/jsapi.test.mjs and, for the
// timeline, receipt, verification and rules' age, by crates/wasm/tests/result_types.rs).
// The profile's types (Profile, City, Size, …) are generated from its JSON Schema: see profile.d.ts. ----

/** A sentence in both languages. */
export interface Text { zh: string; en: string }

/** An amount worked out for the profile; all money in fen (1 yuan = 100 fen). */
export type Amount =
  | { kind: "exact"; fen: number }
  | { kind: "up_to"; cap_fen: number }
  | { kind: "monthly"; per_month_fen: number; per_year_fen: number; max_months: number; max_total_fen: number }
  | { kind: "annual"; fen: number }
  | { kind: "evaluation_price"; bid_fen: number; deduction_bp: number; evaluated_fen: number; best_case: boolean }
  | { kind: "fee_ceiling"; rate_bp: number; base_fen: number; max_fee_fen: number }
  | { kind: "rate_ceiling"; lpr_bp: number; spread_bp: number; ceiling_bp: number; above_cap_fen: number }
  | { kind: "unquantified"; note_zh: string; note_en: string }
  | { kind: "non_monetary" };

/** How long a yearly or monthly figure is certain for: one scheme year's figure (the 贴息;
 * `next_announced`: whether the next year's rate and caps are published), or its basis ends on
 * `date` (YYYY-MM-DD), within 12 months of the as-of date. */
export type Until =
  | { kind: "scheme_year"; year: number; next_announced: boolean }
  | { kind: "ends"; date: string };

export type Flag = "draft" | "expired" | "not_yet_in_force" | "date_assumed" | "external_source" | "likely";
export type Category =
  | "title_award" | "subsidy" | "interest_subsidy" | "rent_subsidy" | "cost_ceiling"
  | "procurement_preference" | "service" | "qualification";
export type Level = { level: "province" } | { level: "city"; city: City };
export type DateSpec =
  | { kind: "stated"; date: string }
  | { kind: "assumed"; date: string; why_zh: string; why_en: string };

export interface External { source: string; confidence: "official" | "news" | "weak"; note_zh: string; note_en: string }

/** One benefit, with the clause it comes from and how it was worked out. */
export interface Item {
  rule_id: string;
  document: string;
  document_zh: string;
  document_en: string;
  level: Level;
  /** Clause number as printed, e.g. "（五）". */
  clause: string;
  /** The clause's words, verbatim. */
  quote: string;
  gist_en: string;
  name_zh: string;
  name_en: string;
  category: Category;
  beneficiary: "enterprise" | "employees";
  amount: Amount;
  amount_text: Text;
  /** How long the figure is certain for; amount_text says so too ("2026 年 100 万元；2027 年起未公布"); null: no limit. */
  until: Until | null;
  period: "one_off" | "per_year" | "per_month" | "none";
  payment: "no_application" | "apply" | "by_bank" | "not_stated";
  departments: string;
  flags: Flag[];
  external: External | null;
  trace: Text[];
  stacking: Text | null;
  /** Why the item is only likely (its flags then include "likely"; kept out of the certain totals); null: certain. */
  likely: Text | null;
}

/** What one step would bring: obtain a title this year, or an achievement. */
export type Fix = { kind: "title"; value: string } | { kind: "achievement"; value: string } | { kind: "activity"; value: string } | { kind: "renew"; value: string };

export interface NearMiss {
  rule_id: string;
  document: string;
  document_zh: string;
  document_en: string;
  clause: string;
  name_zh: string;
  name_en: string;
  missing: Text;
  fix: Fix;
  would_bring: Amount;
  would_bring_text: Text;
  flags: Flag[];
}

/** Sums kept apart (fen); only documents in force on the as-of date count. */
export interface Totals {
  exact_one_off_fen: number;
  annual_fen: number;
  /** The limit of the yearly sum's items that ends first; null: none. */
  annual_until: Until | null;
  up_to_fen: number;
  employees_per_month_fen: number;
  employees_max_total_fen: number;
  /** The same for the staff's monthly sums. */
  employees_until: Until | null;
  unquantified_count: number;
  /** Services, priorities and qualifications in force (likely ones too); prices and ceilings are not counted. */
  non_monetary_count: number;
  not_in_force_count: number;
  includes_drafts: boolean;
  /** Items that are only likely (see Item.likely), kept out of every sum above, and their sums. */
  likely_count: number;
  likely_one_off_fen: number;
  likely_annual_fen: number;
  likely_up_to_fen: number;
  likely_employees_per_month_fen: number;
}

export interface DocumentStanding {
  document: string;
  title: string;
  short_zh: string;
  short_en: string;
  level: Level;
  status: "draft" | "issued";
  effective_from: DateSpec;
  effective_until: DateSpec;
  flags: Flag[];
}

/** The answer for one profile on one date. */
export interface Assessment {
  as_of: string;
  city: City;
  /** False outside Jiangsu. */
  applies: boolean;
  notices: Text[];
  documents: DocumentStanding[];
  items: Item[];
  near_misses: NearMiss[];
  totals: Totals;
  rules_version: string;
}

/** One problem with one field: `field` is a dotted path such as "titles.little_giant". */
export interface FieldProblem { field: string; zh: string; en: string }

/** What `evaluate` throws for bad input. */
export interface SrdiInputError extends Error {
  name: "SrdiInputError";
  field: string;
  zh: string;
  en: string;
  errors: FieldProblem[];
}

/** One rule, or one clause that is deliberately not a rule (with the reason). */
export interface PolicyEntry {
  id: string;
  document: string;
  document_zh: string;
  clause: string;
  quote: string;
  treatment: "rule" | "not_applicable";
  name_zh: string;
  name_en: string;
  reason_zh: string | null;
  reason_en: string | null;
  rule: Record<string, unknown> | null;
}

export interface VersionInfo {
  package: string;
  /** Date the rule set was last checked against its sources. */
  rules_version: string;
  documents: { document: string; title: string; short_zh: string; short_en: string; status: "draft" | "issued" }[];
}

/** Sums of a timeline year, kept apart as the totals keep them; fen. */
export interface TimelineSums {
  /** Fixed one-off sums. */
  one_off_fen: number;
  /** Caps (最高): the most capped grants could give. */
  up_to_fen: number;
  /** The 贴息 and other yearly sums. */
  yearly_fen: number;
  /** The graduates' rent months (paid to them, not the firm). */
  staff_fen: number;
}

/** What a timeline entry is, with its figures in fen. */
export type TimelineWhat =
  /** A fixed one-off sum, due in the as-of year (the texts set no month). */
  | { kind: "one_off"; fen: number }
  /** At most this much, once. */
  | { kind: "up_to"; cap_fen: number }
  /** One scheme year's 贴息, certain to `until` (31 December of that year). */
  | { kind: "scheme_year"; fen: number; until: string }
  /** The 贴息's figures from `from_year` are not announced: no figure. */
  | { kind: "not_announced"; from_year: number }
  /** Another yearly sum (the R&D uplift), this year's; `until`: its basis ends that day. */
  | { kind: "yearly"; fen: number; until: string | null }
  /** A graduate group's rent months this year: `months` × `per_month_fen` = `fen`; `group` null: graduates counted by degree only. */
  | { kind: "staff"; group: number | null; degree: "phd" | "master"; count: number; per_month_fen: number; months: number; fen: number }
  /** A 专精特新贷 runs through these months (not money): its rate ceiling (null: the contract date's LPR not in the records) and what it is priced above it a year. */
  | { kind: "loan_term"; loan: number; signed: string; tenor_months: number; ceiling_bp: number | null; above_cap_fen: number };

/** One line of the timeline: a rule's money (or a loan's term) in one year. */
export type TimelineEntry = TimelineWhat & {
  rule_id: string;
  name_zh: string;
  name_en: string;
  /** First and last month within the year (1–12); null: the year as a whole, or no month set. */
  from_month: number | null;
  to_month: number | null;
  certain: boolean;
  /** Why the entry is only likely; null when certain. */
  why: Text | null;
  /** The line in words. */
  text: Text;
};

/** One calendar year of the timeline. */
export interface TimelineYear {
  year: number;
  entries: TimelineEntry[];
  certain: TimelineSums;
  likely: TimelineSums;
}

/** The payments by year and month (`timeline(profile, asOf)`). */
export interface Timeline {
  as_of: string;
  years: TimelineYear[];
}

/** A receipt (`receipt(profile, asOf)`): print `code` or `text` beside the result. */
export interface Receipt {
  /** `SRDI1:<rules version>:<as-of>:<answers digest>:<money digest>`. */
  code: string;
  rules_version: string;
  as_of: string;
  /** 8 hex digits: the digest of the answers (the canonical share string). */
  answers: string;
  /** 8 hex digits: the digest of the result's money. */
  money: string;
  /** 「核验码 SRDI1:…（规则版本 …，评估日期 …）」. */
  text: Text;
}

/** What `verify(text)` found. */
export interface Verification {
  /** Answers and money as the receipt says. */
  matches: boolean;
  /** The receipt as read, and as worked out again with these rules. */
  receipt: Receipt;
  now: Receipt;
  answers_match: boolean;
  money_match: boolean;
  /** Where the money differs: the rule changes since the receipt's rules version (「规则 X 于 D 修改：…」). */
  changes: Text[];
  /** Answers in the text that could not be read (left out). */
  unread: FieldProblem[];
  /** 「一致：…」 or 「不同：…」. */
  text: Text;
}

/** How old these rules are (`rulesAge(today, host)`). */
export interface RulesAge {
  /** The date the rules last changed (the rules version). */
  packaged: string;
  today: string;
  /** Whole days from `packaged` to `today` (negative: the device's clock is behind). */
  days: number;
  /** Past 90 days. */
  stale: boolean;
  /** 「规则更新于 2026-12-04，已 41 天」. */
  text: Text;
  /** Past 90 days: fetch a new copy (from `host` when given); else null. */
  advice: Text | null;
}
