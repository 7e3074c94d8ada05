// ---- srdi-calc result and API types (hand-kept beside the Rust types; checked by tests/e2e/jsapi.test.mjs).
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
