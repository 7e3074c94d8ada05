//! Field paths: the one name of every profile field. JSON error messages, the
//! form's field table, share links and the CLI's CSV columns all spell a field
//! the same dotted way (`finance.equipment_loan_yuan`); code names it with a
//! [`Path`] and turns it into text only at the edge. A leaf module: it imports
//! nothing from the crate (titles map onto paths in `profile`).

use core::fmt;
use std::borrow::Cow;

/// One field of a profile. `as_str` is the dotted path users and JSON see;
/// `parse` reads it back. These strings are promises (share links and CSV
/// headers keep them; see `tests/share_links.rs`): never rename one.
///
/// A repeated group (several loans, graduates in detail) becomes a variant
/// that carries the entry's 1-based number and the field within it, e.g.
/// `Loan(1, LoanField::EquipmentYuan)` ↔ `loans.1.equipment_yuan`; that is why
/// `as_str` returns a `Cow` (fixed fields borrow a `'static` string).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Path {
    /// `city`
    City,
    /// `district`
    District,
    /// `size`
    Size,
    /// `manufacturing`
    Manufacturing,
    /// `titles.innovative_sme`
    TitleInnovativeSme,
    /// `titles.provincial_srdi`
    TitleProvincialSrdi,
    /// `titles.little_giant`
    TitleLittleGiant,
    /// `titles.single_champion`
    TitleSingleChampion,
    /// `titles.demo_platform`
    TitleDemoPlatform,
    /// `achievements.national_key_tech_task`
    NationalKeyTechTask,
    /// `achievements.leads_standard`
    LeadsStandard,
    /// `achievements.generative_ai_filed`
    GenerativeAiFiled,
    /// `achievements.smart_factory_excellent`
    SmartFactoryExcellent,
    /// `achievements.industrial_internet_platform`
    IndustrialInternetPlatform,
    /// `achievements.first_set_product`
    FirstSetProduct,
    /// `achievements.chuangke_winner`
    ChuangkeWinner,
    /// `achievements.pilot_platform_investment_yuan`
    PilotPlatformInvestmentYuan,
    /// `rd.expense_this_year_yuan`
    RdExpenseThisYearYuan,
    /// `rd.expense_last_year_yuan`
    RdExpenseLastYearYuan,
    /// `finance.equipment_loan_yuan`
    EquipmentLoanYuan,
    /// `finance.equipment_loan_rate_bp`
    EquipmentLoanRateBp,
    /// `finance.central_subsidy`
    CentralSubsidy,
    /// `finance.guarantee_yuan`
    GuaranteeYuan,
    /// `finance.bridge_loan_need`
    BridgeLoanNeed,
    /// `talent.graduates_phd`
    GraduatesPhd,
    /// `talent.graduates_master`
    GraduatesMaster,
    /// `procurement.bid_price_yuan`
    BidPriceYuan,
}

impl Path {
    /// Every fixed field, in the profile's (and the form's) order.
    pub const ALL: [Path; 27] = [
        Path::City,
        Path::District,
        Path::Size,
        Path::Manufacturing,
        Path::TitleInnovativeSme,
        Path::TitleProvincialSrdi,
        Path::TitleLittleGiant,
        Path::TitleSingleChampion,
        Path::TitleDemoPlatform,
        Path::NationalKeyTechTask,
        Path::LeadsStandard,
        Path::GenerativeAiFiled,
        Path::SmartFactoryExcellent,
        Path::IndustrialInternetPlatform,
        Path::FirstSetProduct,
        Path::ChuangkeWinner,
        Path::PilotPlatformInvestmentYuan,
        Path::RdExpenseThisYearYuan,
        Path::RdExpenseLastYearYuan,
        Path::EquipmentLoanYuan,
        Path::EquipmentLoanRateBp,
        Path::CentralSubsidy,
        Path::GuaranteeYuan,
        Path::BridgeLoanNeed,
        Path::GraduatesPhd,
        Path::GraduatesMaster,
        Path::BidPriceYuan,
    ];

    /// The dotted path of a fixed field.
    const fn fixed(self) -> &'static str {
        match self {
            Path::City => "city",
            Path::District => "district",
            Path::Size => "size",
            Path::Manufacturing => "manufacturing",
            Path::TitleInnovativeSme => "titles.innovative_sme",
            Path::TitleProvincialSrdi => "titles.provincial_srdi",
            Path::TitleLittleGiant => "titles.little_giant",
            Path::TitleSingleChampion => "titles.single_champion",
            Path::TitleDemoPlatform => "titles.demo_platform",
            Path::NationalKeyTechTask => "achievements.national_key_tech_task",
            Path::LeadsStandard => "achievements.leads_standard",
            Path::GenerativeAiFiled => "achievements.generative_ai_filed",
            Path::SmartFactoryExcellent => "achievements.smart_factory_excellent",
            Path::IndustrialInternetPlatform => "achievements.industrial_internet_platform",
            Path::FirstSetProduct => "achievements.first_set_product",
            Path::ChuangkeWinner => "achievements.chuangke_winner",
            Path::PilotPlatformInvestmentYuan => "achievements.pilot_platform_investment_yuan",
            Path::RdExpenseThisYearYuan => "rd.expense_this_year_yuan",
            Path::RdExpenseLastYearYuan => "rd.expense_last_year_yuan",
            Path::EquipmentLoanYuan => "finance.equipment_loan_yuan",
            Path::EquipmentLoanRateBp => "finance.equipment_loan_rate_bp",
            Path::CentralSubsidy => "finance.central_subsidy",
            Path::GuaranteeYuan => "finance.guarantee_yuan",
            Path::BridgeLoanNeed => "finance.bridge_loan_need",
            Path::GraduatesPhd => "talent.graduates_phd",
            Path::GraduatesMaster => "talent.graduates_master",
            Path::BidPriceYuan => "procurement.bid_price_yuan",
        }
    }

    /// The dotted path as users, JSON errors, CSV headers and share links see it.
    pub fn as_str(self) -> Cow<'static, str> {
        Cow::Borrowed(self.fixed())
    }

    /// The group a field sits in: the part before the first dot (`finance`),
    /// or the whole name for a top-level field (`city`).
    pub fn group(self) -> &'static str {
        let s = self.fixed();
        match s.split_once('.') {
            Some((g, _)) => g,
            None => s,
        }
    }

    /// Reads a dotted path; `None` for a name that is not a profile field.
    pub fn parse(s: &str) -> Option<Path> {
        Path::ALL.into_iter().find(|p| p.fixed() == s)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_str())
    }
}

impl serde::Serialize for Path {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_reads_back_and_names_are_unique() {
        for p in Path::ALL {
            assert_eq!(Path::parse(&p.as_str()), Some(p));
            assert_eq!(p.to_string(), p.as_str());
        }
        let mut names: Vec<_> = Path::ALL.iter().map(|p| p.as_str()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Path::ALL.len());
        assert_eq!(Path::parse("finance.equipment_loan_yuan"), Some(Path::EquipmentLoanYuan));
        assert_eq!(Path::parse("finance"), None);
        assert_eq!(Path::parse("titles.little_gaint"), None);
        assert_eq!(Path::GuaranteeYuan.group(), "finance");
        assert_eq!(Path::City.group(), "city");
    }

    #[test]
    fn all_is_in_declaration_order() {
        let mut sorted = Path::ALL;
        sorted.sort();
        assert_eq!(sorted, Path::ALL);
    }
}
