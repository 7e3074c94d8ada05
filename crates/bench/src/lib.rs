//! Shared inputs for the benchmarks: profiles as users fill them in.
#![forbid(unsafe_code)]

use srdi_rules::parse::profile_from_json;
use srdi_rules::Profile;

/// A Nanjing manufacturer with every section filled in: titles, a standard, a pilot platform,
/// an equipment loan, a guarantee, graduates and a bid (89 items on 2026-11-23).
pub const FULL_NANJING: &str = r#"{"city":"nanjing","size":"small","manufacturing":true,
  "titles":{"innovative_sme":2022,"provincial_srdi":2023,"little_giant":2026},
  "achievements":{"leads_standard":true,"pilot_platform_investment_yuan":5000000},
  "finance":{"equipment_loan_yuan":10000000,"equipment_loan_rate_bp":350,"guarantee_yuan":3000000},
  "talent":{"graduates_phd":2,"graduates_master":3},"procurement":{"bid_price_yuan":1000000}}"#;

/// A Huai'an provincial SRDI SME with R&D figures.
pub const HUAIAN: &str = r#"{"city":"huaian","size":"medium","titles":{"provincial_srdi":2024},
  "rd":{"expense_this_year_yuan":8000000,"expense_last_year_yuan":6000000},"finance":{"guarantee_yuan":2000000}}"#;

pub fn profile(json: &str) -> Profile {
    profile_from_json(json).expect("benchmark profile is valid")
}
