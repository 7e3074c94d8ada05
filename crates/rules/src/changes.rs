//! The rules' dated change log (issue 20 §3, §4): which rules changed when, and how, so a copy
//! of the calculator can say how old its rules are ([`age`]) and a receipt made with older
//! rules can name the rules that changed since for that firm ([`crate::receipt::verify`]).
//!
//! Data, in date order. Each entry names rule ids (`nanjing.13.graduate_rent_subsidy`) or, for a
//! change that reaches every rule of a document, the document's key (`nanjing`). The last
//! entry's date is the rules' version ([`crate::policies::RULES_VERSION`], [`RULES_CHANGED`]):
//! `tests/changes.rs` holds the two together, and fails when the rule sources (policies/,
//! amount/, facts.rs, conditions.rs) change without a new entry, so the date cannot go stale
//! silently. Seeded from the git history of those files (the commits are named in comments);
//! only changes that move a figure, or whether and how surely an item counts, are listed:
//! wording alone is not a rule change.

use crate::model::en;
use crate::date::Date;
use crate::result::{text, Text};

/// One change to the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub date: Date,
    /// Rule ids, or document keys for every rule of a document.
    pub rules: &'static [&'static str],
    pub zh: &'static str,
    pub en: &'static str,
}

impl Change {
    /// Whether the change touches this rule (its id, or its document's key).
    pub fn affects(&self, rule_id: &str) -> bool {
        self.rules.iter().any(|r| rule_id == *r || rule_id.strip_prefix(r).is_some_and(|rest| rest.starts_with('.')))
    }

    /// `规则 nanjing.13.graduate_rent_subsidy 于 2026-12-04 修改：…`
    pub fn text(&self) -> Text {
        let ids = self.rules.join("、");
        text(format!("规则 {ids} 于 {} 修改：{}", self.date, self.zh), en!(format!("rule {} changed on {}: {}", self.rules.join(", "), self.date, self.en)))
    }
}

const ALL_DOCUMENTS: &[&str] = &["jiangsu_measures", "nanjing", "jiangsu_plan", "suzhou", "huaian"];
const INTEREST: &[&str] = &["jiangsu_measures.7.loan_interest_subsidy"];
const RENT: &[&str] = &["nanjing.13.graduate_rent_subsidy"];

/// Every change, oldest first.
pub const CHANGES: [Change; 14] = [
    // 53ee1f1, 2c603ef (37 more cited rules), aadea66 (two rules dropped).
    Change {
        date: Date::ymd(2026, 11, 23),
        rules: ALL_DOCUMENTS,
        zh: "首次打包：五份文件逐条编码",
        en: en("first packaged: the five documents encoded clause by clause"),
    },
    // 6ffec36 (readings A1–A3).
    Change {
        date: Date::ymd(2026, 12, 1),
        rules: ALL_DOCUMENTS,
        zh: "称号按认定或复核后三年推定有效，到期后依称号的条目不再计入（解读 A1–A3）",
        en: en("titles are assumed valid three years from recognition or renewal; items that need a lapsed title no longer count (readings A1–A3)"),
    },
    // db9491d, 6ffec36 (readings B1–B9).
    Change {
        date: Date::ymd(2026, 12, 1),
        rules: INTEREST,
        zh: "贴息按项目逐笔计算、每家企业只计一次；2024–2025 年与 2026 年上限不同，2027 年起未公布；有同类中央贴息的只贴省级；不超过实际利息；可按年内平均余额或起贷日折算（解读 B1–B9）",
        en: en("the 贴息 worked project by project and counted once per firm; the 2024–2025 and 2026 caps differ, none announced from 2027; provincial share only with a central subsidy; never above the interest; average balance or pro-rated from the drawdown (readings B1–B9)"),
    },
    // db9491d, 6ffec36 (readings G1–G3).
    Change {
        date: Date::ymd(2026, 12, 1),
        rules: &["huaian.3-5.loan_rate_ceiling"],
        zh: "专精特新贷的利率上限按签约日施行的 LPR（一年期或五年期以上）计算，可逐笔填写（解读 G1–G3）",
        en: en("the SRDI loan's ceiling uses the LPR in force on the contract date (1-year or over-5-year), loan by loan (readings G1–G3)"),
    },
    // 06cb6db (readings D7).
    Change {
        date: Date::ymd(2026, 12, 1),
        rules: RENT,
        zh: "租房补贴按实际房租（不超过上浮标准）和 36 个月中剩余的月数计算，只计本措施期间和称号有效期内的月份（解读 D7）",
        en: en("the rent subsidy uses the actual rent (at most the raised rate) and the months left of 36, only within the measures' period and while the title is held (readings D7)"),
    },
    // 06cb6db (readings D10).
    Change {
        date: Date::ymd(2026, 12, 1),
        rules: &["nanjing.4.procurement_price_deduction"],
        zh: "可填写采购文件的扣除比例；未填的按上限 20% 计算，注明为最有利情形（解读 D10）",
        en: en("the tender's own deduction rate can be given; without it the 20% ceiling is used, labelled the best case (readings D10)"),
    },
    // 1a9ee55 (readings D1).
    Change {
        date: Date::ymd(2026, 12, 1),
        rules: &["nanjing.5.single_champion_award", "nanjing.5.little_giant_award", "nanjing.5.demo_platform_award"],
        zh: "南京措施未写公布日期：2024 年（推定的起始年）首次获评的奖励只算可能，不计入确定合计（解读 D1）",
        en: en("Nanjing's measures give no publication date: an award for a title first won in 2024 (the assumed start year) is only likely, out of the certain total (readings D1)"),
    },
    // c249cf3.
    Change {
        date: Date::ymd(2026, 12, 1),
        rules: RENT,
        zh: "称号推定到期当年的租房补贴月份算作可能（此前显示 0 元）",
        en: en("the rent months in the title's assumed last year count as likely (they showed ¥0)"),
    },
    // 56f79f3 (readings A8, B9a).
    Change {
        date: Date::ymd(2026, 12, 4),
        rules: &["jiangsu_measures.7.loan_interest_subsidy", "nanjing.13.graduate_rent_subsidy", "huaian.3-6.rd_subsidy_uplift"],
        zh: "每年和每月的金额注明确定到何时：贴息注明所属方案年度，依据 12 个月内到期的注明截止日（解读 A8、B9a）",
        en: en("yearly and monthly figures say how long they are certain: the 贴息 its scheme year, a basis ending within 12 months its end (readings A8, B9a)"),
    },
    // 60e2184 (issue 16 §5).
    Change {
        date: Date::ymd(2026, 12, 4),
        rules: ALL_DOCUMENTS,
        zh: "企业规模未选择时，只适用于中小企业的条目只算可能",
        en: en("while the firm's size is not chosen, items for SMEs only are only likely"),
    },
    // c715c0c (readings B3, B8).
    Change {
        date: Date::ymd(2026, 12, 4),
        rules: INTEREST,
        zh: "只凭苏州三年行动计划（征求意见稿）纳入的贴息、2024 年前发放贷款的贴息只算可能（解读 B3、B8）",
        en: en("a 贴息 brought in only by the Suzhou draft's scope, or on a loan made before 2024, is only likely (readings B3, B8)"),
    },
    // c715c0c (readings G5).
    Change {
        date: Date::ymd(2026, 12, 4),
        rules: &["huaian.3-6.rd_subsidy_uplift"],
        zh: "研发费用补贴上浮在确认已获得基础补贴之前只算可能（解读 G5）",
        en: en("the R&D subsidy uplift is only likely until the base subsidy is confirmed (readings G5)"),
    },
    // c715c0c (readings D3, D4).
    Change {
        date: Date::ymd(2026, 12, 4),
        rules: &["nanjing.1.key_tech_task", "nanjing.3.standards_award", "nanjing.1.pilot_platform"],
        zh: "“最高”没有写“每项”：每家企业一个上限（解读 D3、D4）",
        en: en("「最高」 without 「每项」: one cap per firm (readings D3, D4)"),
    },
    // 025e90c (issue 18 §2).
    Change {
        date: Date::ymd(2026, 12, 4),
        rules: RENT,
        zh: "称号推定到期的月份单独列为可能；复核后增加的月数不超过毕业生剩余月数",
        en: en("the months when the title may have lapsed are shown apart as likely; a renewal never adds more than the graduate has left"),
    },
];

/// The date the rules last changed: the last entry's, and the rules' version.
pub const RULES_CHANGED: Date = CHANGES[CHANGES.len() - 1].date;

/// The digest of the rule sources as of the last entry (policies/, amount/, facts.rs and
/// conditions.rs, without their tests and whitespace; see `tests/changes.rs`). When a rule
/// changes, add an entry, set [`crate::policies::RULES_VERSION`] to its date and this to the
/// digest the test prints; a change that moves no figure (a comment, a refactor) updates this
/// alone, saying so in its commit.
pub const RULE_SOURCES_DIGEST: &str = "119D0A5C";

/// The changes after `version` that touch this assessment: its items or its near misses.
pub fn touching(version: Date, a: &crate::Assessment) -> Vec<&'static Change> {
    since(version, a.items.iter().map(|i| i.rule.id).chain(a.near_misses.iter().map(|n| n.rule_id)))
}

/// The changes after `version` (a receipt's rules version) that touch any of `rule_ids`.
pub fn since<'a>(version: Date, rule_ids: impl Iterator<Item = &'a str> + Clone) -> Vec<&'static Change> {
    CHANGES.iter().filter(|c| c.date > version && rule_ids.clone().any(|id| c.affects(id))).collect()
}

/// How old a copy's rules are on a day: 「规则更新于 2026-11-23，已 41 天」.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age {
    pub packaged: Date,
    pub today: Date,
    /// Whole days from `packaged` to `today` (negative: the device's clock is behind the rules).
    pub days: i64,
}

/// Past this many days a copy advises fetching a new one.
pub const STALE_AFTER_DAYS: i64 = 90;

/// The age of rules packaged on `packaged`, on `today` (the device's date).
pub const fn age(packaged: Date, today: Date) -> Age {
    Age { packaged, today, days: packaged.days_until(today) }
}

/// The age of these rules ([`RULES_CHANGED`]) on `today`.
pub const fn rules_age(today: Date) -> Age {
    age(RULES_CHANGED, today)
}

impl Age {
    /// Past [`STALE_AFTER_DAYS`].
    pub const fn stale(&self) -> bool {
        self.days > STALE_AFTER_DAYS
    }

    /// `规则更新于 2026-11-23，已 41 天` / `Rules updated 2026-11-23, 41 days ago`; on the day itself
    /// `（今天）`; a device date before the rules' says only the date.
    pub fn text(&self) -> Text {
        let p = self.packaged;
        match self.days {
            d if d < 0 => text(format!("规则更新于 {p}"), en!(format!("Rules updated {p}"))),
            0 => text(format!("规则更新于 {p}（今天）"), en!(format!("Rules updated {p} (today)"))),
            1 => text(format!("规则更新于 {p}，已 1 天"), en!(format!("Rules updated {p}, 1 day ago"))),
            d => text(format!("规则更新于 {p}，已 {d} 天"), en!(format!("Rules updated {p}, {d} days ago"))),
        }
    }

    /// Past 90 days, the advice to fetch a new copy, from `host` (its address) when known.
    pub fn advice(&self, host: Option<&str>) -> Option<Text> {
        if !self.stale() {
            return None;
        }
        let d = self.days;
        Some(match host.map(str::trim).filter(|h| !h.is_empty()) {
            Some(h) => text(
                format!("这份计算器的规则已 {d} 天未更新，政策可能已有变化：请到 {h} 获取新版本后再测算"),
                en!(format!("These rules were last updated {d} days ago and the policies may have changed: get a new copy from {h} before relying on the figures")),
            ),
            None => text(
                format!("这份计算器的规则已 {d} 天未更新，政策可能已有变化：请到发布本计算器的网站获取新版本后再测算"),
                en!(format!("These rules were last updated {d} days ago and the policies may have changed: get a new copy from the site that published this calculator before relying on the figures")),
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The issue's own example: packaged 2026-11-23, seen 41 days later.
    #[test]
    fn the_age_line_counts_days() {
        let a = age(Date::ymd(2026, 11, 23), Date::ymd(2027, 1, 3));
        assert_eq!(a.text(), text("规则更新于 2026-11-23，已 41 天", en!("Rules updated 2026-11-23, 41 days ago")));
        assert!(!a.stale() && a.advice(Some("https://example.gov.cn/srdi/")).is_none());
        assert_eq!(age(Date::ymd(2026, 11, 23), Date::ymd(2026, 11, 23)).text().zh, "规则更新于 2026-11-23（今天）");
        assert_eq!(age(Date::ymd(2026, 11, 23), Date::ymd(2026, 11, 24)).text().en, "Rules updated 2026-11-23, 1 day ago");
        // A device clock behind the rules claims no age.
        assert_eq!(age(Date::ymd(2026, 11, 23), Date::ymd(2026, 1, 1)).text().zh, "规则更新于 2026-11-23");
    }

    /// 90 days is still fresh; the 91st day advises a new copy, from the host's address when given.
    #[test]
    fn past_ninety_days_it_advises_a_new_copy() {
        let packaged = Date::ymd(2026, 12, 4);
        let day90 = age(packaged, Date::ymd(2027, 3, 4));
        assert_eq!(day90.days, 90);
        assert!(day90.advice(None).is_none());
        let day91 = age(packaged, Date::ymd(2027, 3, 5));
        assert_eq!(
            day91.advice(Some("https://qy.jiangsu.example/srdi")).map(|t| t.zh),
            Some("这份计算器的规则已 91 天未更新，政策可能已有变化：请到 https://qy.jiangsu.example/srdi 获取新版本后再测算".to_owned())
        );
        assert!(day91.advice(Some("  ")).is_some_and(|t| t.zh.contains("发布本计算器的网站")));
    }

    #[test]
    fn the_log_is_in_date_order_and_names_real_rules() {
        assert!(CHANGES.windows(2).all(|w| w[0].date <= w[1].date));
        for c in &CHANGES {
            for r in c.rules {
                let known = crate::catalogue::rule(r).is_some() || crate::policies::ALL.iter().any(|d| d.key == *r);
                assert!(known, "{r} is neither a rule id nor a document key");
            }
        }
    }

    #[test]
    fn a_change_touches_its_rules_and_their_documents() {
        let rent = &CHANGES[4];
        assert!(rent.affects("nanjing.13.graduate_rent_subsidy"));
        assert!(!rent.affects("nanjing.13.graduate_rent_subsidy_x") && !rent.affects("nanjing.5.little_giant_award"));
        assert!(CHANGES[0].affects("suzhou.7.bridge_loan") && !CHANGES[0].affects("suzhouX.7"));
        let after = since(Date::ymd(2026, 12, 1), ["huaian.3-6.rd_subsidy_uplift"].into_iter());
        assert_eq!(after.iter().map(|c| c.date).collect::<Vec<_>>(), [Date::ymd(2026, 12, 4); 3]);
    }
}
