//! Figures the policy texts leave open, from `sources/FACTS.md`, each with its
//! source. Rules that use them cite the source and its confidence.

use crate::money::{wan, Fen};

/// 《江苏省制造业贷款财政贴息实施方案》苏工信综合〔2024〕98号: provincial share, a year (news, 2026-01-28).
pub const INTEREST_PROVINCE_BP: u32 = 100;
/// The prefecture city's matching share, a year (news, 2026-01-28).
pub const INTEREST_CITY_BP: u32 = 100;
/// The scheme runs 2024–2026 ("暂定执行至2026年"); later years to be announced.
pub const INTEREST_FIRST_YEAR: u16 = 2024;
pub const INTEREST_LAST_YEAR: u16 = 2026;

/// Caps on the interest subsidy in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InterestCaps {
    pub per_project_fen: Fen,
    pub per_enterprise_fen: Fen,
}

/// The caps for a year: 2024–2025 ¥10M / ¥20M; 2026 ¥6M / ¥10M (news, 2026-01-25/26).
/// `None` outside the scheme's years.
pub const fn interest_caps(year: u16) -> Option<InterestCaps> {
    match year {
        2024 | 2025 => Some(InterestCaps { per_project_fen: wan(1000), per_enterprise_fen: wan(2000) }),
        2026 => Some(InterestCaps { per_project_fen: wan(600), per_enterprise_fen: wan(1000) }),
        _ => None,
    }
}

/// One-year loan prime rate since 2025-05-20, unchanged through January 2026 (news).
pub const LPR_1Y_BP: u32 = 300;
