//! Figures the policy texts leave open, from `sources/FACTS.md`, as records
//! with their source and confidence. Figures that change over time are tables
//! of [`Dated`] records in date order; [`in_force`] reads the one in force on a
//! date. Rules that use a figure cite its source and confidence (`External`).
//!
//! Tables: [`LPR`] (loan prime rates), [`INTEREST_RATE`] and [`INTEREST_CAPS`]
//! (the provincial manufacturing-loan 贴息); single facts: [`TITLE_VALIDITY`],
//! [`NANJING_RENT`] (graduates' standard rent subsidy).

use crate::date::Date;
use crate::model::{passage, Confidence};
use crate::money::{wan, yuan, Fen};

/// A figure from FACTS.md, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact<T> {
    pub value: T,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// A figure in force from a date until the next record of its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated<T> {
    pub from: Date,
    pub value: T,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// The record of `table` (in date order) in force on `date`: the last one
/// starting on or before it; `None` before the first.
pub fn in_force<T>(table: &[Dated<T>], date: Date) -> Option<&Dated<T>> {
    table.iter().rev().find(|r| r.from <= date)
}

// ---- Loan prime rate -------------------------------------------------------

/// The loan prime rates fixed on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lpr {
    /// 1-year LPR, basis points.
    pub one_year_bp: u32,
    /// Over-5-year LPR, basis points.
    pub five_year_bp: u32,
}

/// The LPR, by the date each fixing took effect (FACTS.md, "Loan prime rate").
pub const LPR: [Dated<Lpr>; 2] = [
    Dated {
        from: Date::ymd(2024, 10, 21),
        value: Lpr { one_year_bp: 310, five_year_bp: 360 },
        source: passage("贷款市场报价利率（LPR），2024-10-21 起（2025-01-20 报价未变） · Loan prime rate (LPR) in force from 2024-10-21 (unchanged at the 2025-01-20 fixing)"),
        confidence: Confidence::News,
    },
    Dated {
        from: Date::ymd(2025, 5, 20),
        value: Lpr { one_year_bp: 300, five_year_bp: 350 },
        source: passage("贷款市场报价利率（LPR），2025-05-20 起 · Loan prime rate (LPR) in force from 2025-05-20"),
        confidence: Confidence::News,
    },
];

/// The latest LPR FACTS.md gives (unchanged through January 2026).
pub const LPR_LATEST: Dated<Lpr> = LPR[LPR.len() - 1];

/// The last date FACTS.md vouches for the LPR ("unchanged through January 2026"):
/// a contract signed later is not compared (readings G1).
pub const LPR_KNOWN_UNTIL: Date = Date::ymd(2026, 1, 31);

// ---- Provincial manufacturing-loan interest subsidy (贴息) -----------------

/// The subsidy's rate a year, in percentage points of the equipment part of a loan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InterestRate {
    /// The province's share; all there is where the project already has a
    /// central subsidy of the same type.
    pub province_bp: u32,
    /// The prefecture city's matching share.
    pub city_bp: u32,
}

impl InterestRate {
    /// Province + city, or the province's share alone with a central subsidy.
    pub const fn total_bp(self, central_subsidy: bool) -> u32 {
        if central_subsidy {
            self.province_bp
        } else {
            self.province_bp + self.city_bp
        }
    }
}

/// The subsidy's rate, by year of the scheme (news, 2026-01-28).
pub const INTEREST_RATE: [Dated<InterestRate>; 1] = [Dated {
    from: Date::ymd(2024, 1, 1),
    value: InterestRate { province_bp: 100, city_bp: 100 },
    source: passage("《江苏省制造业贷款财政贴息实施方案》苏工信综合〔2024〕98号；2026-01-28 新闻报道 · Jiangsu manufacturing-loan interest subsidy scheme (苏工信综合〔2024〕98号); news report of 2026-01-28"),
    confidence: Confidence::News,
}];

/// Caps on the interest subsidy in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InterestCaps {
    pub per_project_fen: Fen,
    pub per_enterprise_fen: Fen,
}

/// The caps by year: 2024–2025 ¥10M / ¥20M; 2026 ¥6M / ¥10M (news,
/// 2026-01-25/26); from 2027 none announced (the scheme runs "暂定执行至2026年").
pub const INTEREST_CAPS: [Dated<Option<InterestCaps>>; 3] = [
    Dated {
        from: Date::ymd(2024, 1, 1),
        value: Some(InterestCaps { per_project_fen: wan(1000), per_enterprise_fen: wan(2000) }),
        source: passage("《江苏省制造业贷款财政贴息实施方案》2024–2025 年上限；2026-01-25/26 新闻报道 · The scheme's caps for 2024–2025; news reports of 2026-01-25/26"),
        confidence: Confidence::News,
    },
    Dated {
        from: Date::ymd(2026, 1, 1),
        value: Some(InterestCaps { per_project_fen: wan(600), per_enterprise_fen: wan(1000) }),
        source: passage("2026 年贴息实施细则；2026-01-25/26 新闻报道 · The scheme's 2026 rules; news reports of 2026-01-25/26"),
        confidence: Confidence::News,
    },
    Dated {
        from: Date::ymd(2027, 1, 1),
        value: None,
        source: passage("方案“暂定执行至2026年”，以后年度待公布 · The scheme runs to 2026 for now; later years to be announced"),
        confidence: Confidence::News,
    },
];

/// The last year the scheme's caps are published for.
pub const INTEREST_LAST_YEAR: u16 = INTEREST_CAPS[INTEREST_CAPS.len() - 1].from.year() - 1;

/// The caps for a year; `None` outside the scheme's years.
pub fn interest_caps(year: u16) -> Option<InterestCaps> {
    in_force(&INTEREST_CAPS, Date::new(year, 12, 31)?).and_then(|r| r.value)
}

// ---- Titles ----------------------------------------------------------------

/// 创新型中小企业, 专精特新中小企业 and 小巨人 are valid three years and renewed
/// by review; 单项冠军 is reviewed every three years. Weak: use only as a
/// labelled default the user can correct (`Title::validity_years`, readings A1).
pub const TITLE_VALIDITY: Fact<u8> =
    Fact {
        value: 3, source: passage("《优质中小企业梯度培育管理暂行办法》工信部企业〔2022〕63号（常见转述） · MIIT measures on quality SMEs (工信部企业〔2022〕63号), as commonly summarised"), confidence: Confidence::Weak
    };

// ---- Rent ------------------------------------------------------------------

/// Nanjing's standard graduate rent subsidy a month, by degree, and the most
/// months it is paid (actual rent if lower; paid quarterly to the graduate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RentStandard {
    pub phd_fen: Fen,
    pub master_fen: Fen,
    pub bachelor_fen: Fen,
    pub max_months: u32,
}

/// Nanjing's standard, which 001 (十三) raises for graduates of 单项冠军 / 小巨人.
pub const NANJING_RENT: Fact<RentStandard> = Fact {
    value: RentStandard { phd_fen: yuan(2000), master_fen: yuan(800), bachelor_fen: yuan(600), max_months: 36 },
    source: passage("南京市高校毕业生租房补贴政策（yghm.nanjing.gov.cn）"),
    confidence: Confidence::Official,
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The LPR FACTS.md gives for a date (the Huai'an examples of issue 11:
    /// a loan signed 2025-03-01 was priced on 3.1%, one signed 2025-07-01 on 3.0%).
    #[test]
    fn lpr_is_read_by_date() {
        let on = |y, m, d| in_force(&LPR, Date::ymd(y, m, d)).map(|r| r.value.one_year_bp);
        assert_eq!(on(2024, 10, 20), None, "no record before the first fixing");
        assert_eq!(on(2024, 10, 21), Some(310));
        assert_eq!(on(2025, 3, 1), Some(310));
        assert_eq!(on(2025, 5, 19), Some(310));
        assert_eq!(on(2025, 5, 20), Some(300));
        assert_eq!(on(2025, 7, 1), Some(300));
        assert_eq!(LPR_LATEST.value, Lpr { one_year_bp: 300, five_year_bp: 350 });
    }

    #[test]
    fn interest_caps_change_in_2026_and_end_after_it() {
        assert_eq!(interest_caps(2023), None);
        assert_eq!(interest_caps(2025), Some(InterestCaps { per_project_fen: wan(1000), per_enterprise_fen: wan(2000) }));
        assert_eq!(interest_caps(2026), Some(InterestCaps { per_project_fen: wan(600), per_enterprise_fen: wan(1000) }));
        assert_eq!(interest_caps(2027), None);
        assert_eq!(INTEREST_LAST_YEAR, 2026);
        let rate = in_force(&INTEREST_RATE, Date::ymd(2026, 6, 30)).map(|r| r.value);
        assert_eq!(rate.map(|r| r.total_bp(false)), Some(200));
        assert_eq!(rate.map(|r| r.total_bp(true)), Some(100));
    }

    #[test]
    fn tables_are_in_date_order() {
        assert!(LPR.windows(2).all(|w| w[0].from < w[1].from));
        assert!(INTEREST_CAPS.windows(2).all(|w| w[0].from < w[1].from));
        assert!(INTEREST_RATE.windows(2).all(|w| w[0].from < w[1].from));
    }
}
