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
    /// `counts.key_tech_tasks`
    CountKeyTechTasks,
    /// `counts.standards`
    CountStandards,
    /// `rd.expense_this_year_yuan`
    RdExpenseThisYearYuan,
    /// `rd.expense_last_year_yuan`
    RdExpenseLastYearYuan,
    /// `rd.base_subsidy_received`
    RdBaseSubsidyReceived,
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
    /// `procurement.deduction_bp`
    DeductionBp,
    /// `activities.buys_compute`
    ActivityBuysCompute,
    /// `activities.green_microgrid`
    ActivityGreenMicrogrid,
    /// `activities.cross_border`
    ActivityCrossBorder,
    /// `activities.suzhou_talent`
    ActivitySuzhouTalent,
    /// `activities.jiebang`
    ActivityJiebang,
    /// `activities.digital_provider`
    ActivityDigitalProvider,
    /// `talent.groups.<n>.<field>`: graduate group `n` (1-based).
    GraduateGroup(u8, GroupField),
    /// `counts.pilot_platforms.<n>.investment_yuan`: pilot platform `n` (1-based).
    PilotPlatform(u8),
    /// `loans.N.<field>`: a field of the N-th project loan (1-based), for the 贴息.
    Loan(u8, LoanField),
    /// `srdi_loans.N.<field>`: a field of the N-th Huai'an 专精特新贷 (1-based).
    SrdiLoan(u8, SrdiLoanField),
    /// `titles.<title>.<part>`: a detail of a title beyond its first year; the
    /// title is `Path::TITLES[n]` (its bare path is the first year).
    TitleDetail(u8, TitlePart),
}

/// A field of one project loan (`loans.N.…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LoanField {
    EquipmentYuan,
    AvgBalanceYuan,
    RateBp,
    Start,
    StartYear,
    CentralSubsidy,
}

impl LoanField {
    pub const ALL: [LoanField; 6] =
        [LoanField::EquipmentYuan, LoanField::AvgBalanceYuan, LoanField::RateBp, LoanField::Start, LoanField::StartYear, LoanField::CentralSubsidy];
    pub const fn name(self) -> &'static str {
        match self {
            LoanField::EquipmentYuan => "equipment_yuan",
            LoanField::AvgBalanceYuan => "avg_balance_yuan",
            LoanField::RateBp => "rate_bp",
            LoanField::Start => "start",
            LoanField::StartYear => "start_year",
            LoanField::CentralSubsidy => "central_subsidy",
        }
    }
}

/// A field of one graduate group (`talent.groups.<n>.<field>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GroupField {
    /// `degree`
    Degree,
    /// `count`
    Count,
    /// `rent_yuan`
    RentYuan,
    /// `months_received`
    MonthsReceived,
    /// `employed_from`
    EmployedFrom,
}

impl GroupField {
    pub const ALL: [GroupField; 5] = [GroupField::Degree, GroupField::Count, GroupField::RentYuan, GroupField::MonthsReceived, GroupField::EmployedFrom];
    pub const fn as_str(self) -> &'static str {
        match self {
            GroupField::Degree => "degree",
            GroupField::Count => "count",
            GroupField::RentYuan => "rent_yuan",
            GroupField::MonthsReceived => "months_received",
            GroupField::EmployedFrom => "employed_from",
        }
    }
}

/// A field of one Huai'an 专精特新贷 (`srdi_loans.N.…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SrdiLoanField {
    PrincipalYuan,
    TenorMonths,
    Signed,
    RateBp,
}

impl SrdiLoanField {
    pub const ALL: [SrdiLoanField; 4] = [SrdiLoanField::PrincipalYuan, SrdiLoanField::TenorMonths, SrdiLoanField::Signed, SrdiLoanField::RateBp];
    pub const fn name(self) -> &'static str {
        match self {
            SrdiLoanField::PrincipalYuan => "principal_yuan",
            SrdiLoanField::TenorMonths => "tenor_months",
            SrdiLoanField::Signed => "signed",
            SrdiLoanField::RateBp => "rate_bp",
        }
    }
}

/// A detail of a title beyond the year it was first obtained (`titles.<t>.…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TitlePart {
    FirstMonth,
    RenewedYear,
    RenewedMonth,
    Validity,
}

impl TitlePart {
    pub const ALL: [TitlePart; 4] = [TitlePart::FirstMonth, TitlePart::RenewedYear, TitlePart::RenewedMonth, TitlePart::Validity];
    pub const fn name(self) -> &'static str {
        match self {
            TitlePart::FirstMonth => "first_month",
            TitlePart::RenewedYear => "renewed_year",
            TitlePart::RenewedMonth => "renewed_month",
            TitlePart::Validity => "validity",
        }
    }
}

/// Most entries a repeated group's path can number (`bounds` holds the real limits).
const MAX_INDEX: u8 = 99;

/// Reads `<prefix><n>.<rest>` with 1 ≤ n ≤ 99 written without leading zeros.
fn indexed<'a>(s: &'a str, prefix: &str) -> Option<(u8, &'a str)> {
    let (n, rest) = s.strip_prefix(prefix)?.split_once('.')?;
    if n.starts_with('0') || n.len() > 2 {
        return None;
    }
    let n: u8 = n.parse().ok()?;
    (1..=MAX_INDEX).contains(&n).then_some((n, rest))
}

impl Path {
    /// Every fixed field, in the profile's (and the form's) order.
    pub const ALL: [Path; 37] = [
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
        Path::CountKeyTechTasks,
        Path::CountStandards,
        Path::RdExpenseThisYearYuan,
        Path::RdExpenseLastYearYuan,
        Path::RdBaseSubsidyReceived,
        Path::EquipmentLoanYuan,
        Path::EquipmentLoanRateBp,
        Path::CentralSubsidy,
        Path::GuaranteeYuan,
        Path::BridgeLoanNeed,
        Path::GraduatesPhd,
        Path::GraduatesMaster,
        Path::BidPriceYuan,
        Path::DeductionBp,
        Path::ActivityBuysCompute,
        Path::ActivityGreenMicrogrid,
        Path::ActivityCrossBorder,
        Path::ActivitySuzhouTalent,
        Path::ActivityJiebang,
        Path::ActivityDigitalProvider,
    ];

    /// The titles' own paths (their first year), in order; `TitleDetail(n, _)` details `TITLES[n]`.
    pub const TITLES: [Path; 5] = [Path::TitleInnovativeSme, Path::TitleProvincialSrdi, Path::TitleLittleGiant, Path::TitleSingleChampion, Path::TitleDemoPlatform];

    /// The dotted path of a fixed field; for an entry of a repeated group or a
    /// title detail, its group's path (`talent.groups`, `loans`, `titles`).
    const fn fixed(self) -> &'static str {
        match self {
            Path::Loan(..) => "loans",
            Path::SrdiLoan(..) => "srdi_loans",
            Path::TitleDetail(..) => "titles",
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
            Path::CountKeyTechTasks => "counts.key_tech_tasks",
            Path::CountStandards => "counts.standards",
            Path::RdExpenseThisYearYuan => "rd.expense_this_year_yuan",
            Path::RdExpenseLastYearYuan => "rd.expense_last_year_yuan",
            Path::RdBaseSubsidyReceived => "rd.base_subsidy_received",
            Path::EquipmentLoanYuan => "finance.equipment_loan_yuan",
            Path::EquipmentLoanRateBp => "finance.equipment_loan_rate_bp",
            Path::CentralSubsidy => "finance.central_subsidy",
            Path::GuaranteeYuan => "finance.guarantee_yuan",
            Path::BridgeLoanNeed => "finance.bridge_loan_need",
            Path::GraduatesPhd => "talent.graduates_phd",
            Path::GraduatesMaster => "talent.graduates_master",
            Path::BidPriceYuan => "procurement.bid_price_yuan",
            Path::DeductionBp => "procurement.deduction_bp",
            Path::ActivityBuysCompute => "activities.buys_compute",
            Path::ActivityGreenMicrogrid => "activities.green_microgrid",
            Path::ActivityCrossBorder => "activities.cross_border",
            Path::ActivitySuzhouTalent => "activities.suzhou_talent",
            Path::ActivityJiebang => "activities.jiebang",
            Path::ActivityDigitalProvider => "activities.digital_provider",
            Path::GraduateGroup(..) => "talent.groups",
            Path::PilotPlatform(_) => "counts.pilot_platforms",
        }
    }

    /// The dotted path as users, JSON errors, CSV headers and share links see it.
    pub fn as_str(self) -> Cow<'static, str> {
        match self {
            Path::GraduateGroup(n, f) => Cow::Owned(format!("talent.groups.{n}.{}", f.as_str())),
            Path::PilotPlatform(n) => Cow::Owned(format!("counts.pilot_platforms.{n}.investment_yuan")),
            Path::Loan(n, f) => Cow::Owned(format!("loans.{n}.{}", f.name())),
            Path::SrdiLoan(n, f) => Cow::Owned(format!("srdi_loans.{n}.{}", f.name())),
            Path::TitleDetail(t, part) => match Path::TITLES.get(usize::from(t)) {
                Some(title) => Cow::Owned(format!("{}.{}", title.fixed(), part.name())),
                None => Cow::Borrowed("titles"),
            },
            _ => Cow::Borrowed(self.fixed()),
        }
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
        if let Some(p) = Path::ALL.into_iter().find(|p| p.fixed() == s) {
            return Some(p);
        }
        if let Some((n, rest)) = indexed(s, "talent.groups.") {
            return GroupField::ALL.into_iter().find(|f| f.as_str() == rest).map(|f| Path::GraduateGroup(n, f));
        }
        if let Some((n, rest)) = indexed(s, "counts.pilot_platforms.") {
            return (rest == "investment_yuan").then_some(Path::PilotPlatform(n));
        }
        // Repeated groups: `loans.2.rate_bp`, 1-based as people count.
        fn numbered(rest: &str) -> Option<(u8, &str)> {
            let (n, field) = rest.split_once('.')?;
            if n.starts_with('0') || !n.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some((n.parse().ok()?, field))
        }
        if let Some((n, f)) = s.strip_prefix("loans.").and_then(numbered) {
            return LoanField::ALL.into_iter().find(|x| x.name() == f).map(|x| Path::Loan(n, x));
        }
        if let Some((n, f)) = s.strip_prefix("srdi_loans.").and_then(numbered) {
            return SrdiLoanField::ALL.into_iter().find(|x| x.name() == f).map(|x| Path::SrdiLoan(n, x));
        }
        let (base, part) = s.rsplit_once('.')?;
        let t = Path::TITLES.iter().position(|p| p.fixed() == base)?;
        let part = TitlePart::ALL.into_iter().find(|x| x.name() == part)?;
        Some(Path::TitleDetail(t as u8, part))
    }

    /// The same path in the `n`-th entry of its group (`loans.1.rate_bp` → `loans.n.rate_bp`).
    pub const fn in_entry(self, n: u8) -> Path {
        match self {
            Path::Loan(_, f) => Path::Loan(n, f),
            Path::SrdiLoan(_, f) => Path::SrdiLoan(n, f),
            Path::GraduateGroup(_, f) => Path::GraduateGroup(n, f),
            Path::PilotPlatform(_) => Path::PilotPlatform(n),
            p => p,
        }
    }

    /// The entry's 1-based number, for a field of a graduate group or a pilot
    /// platform (the groups `fields::set` reads entry by entry; loans have their own table).
    pub fn index(self) -> Option<u8> {
        match self {
            Path::GraduateGroup(n, _) | Path::PilotPlatform(n) => Some(n),
            _ => None,
        }
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
    fn repeated_groups_are_numbered_from_one() {
        let p = Path::GraduateGroup(1, GroupField::RentYuan);
        assert_eq!(p.as_str(), "talent.groups.1.rent_yuan");
        assert_eq!(Path::parse("talent.groups.1.rent_yuan"), Some(p));
        assert_eq!(Path::parse("counts.pilot_platforms.12.investment_yuan"), Some(Path::PilotPlatform(12)));
        assert_eq!(Path::PilotPlatform(2).group(), "counts");
        assert_eq!(p.group(), "talent");
        for bad in ["talent.groups.0.rent_yuan", "talent.groups.01.rent_yuan", "talent.groups.1.rent", "talent.groups.100.count", "talent.groups.x.count", "counts.pilot_platforms.1.investment"] {
            assert_eq!(Path::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn repeated_groups_and_title_details_read_back() {
        let loan = Path::Loan(2, LoanField::RateBp);
        assert_eq!(loan.as_str(), "loans.2.rate_bp");
        assert_eq!(Path::parse("loans.2.rate_bp"), Some(loan));
        assert_eq!(Path::parse("srdi_loans.1.signed"), Some(Path::SrdiLoan(1, SrdiLoanField::Signed)));
        assert_eq!(Path::parse("titles.little_giant.renewed_year"), Some(Path::TitleDetail(2, TitlePart::RenewedYear)));
        assert_eq!(Path::TitleDetail(2, TitlePart::RenewedYear).as_str(), "titles.little_giant.renewed_year");
        for bad in ["loans.0.rate_bp", "loans.01.rate_bp", "loans.x.rate_bp", "loans.1.rate", "loans.300.rate_bp", "titles.little_giant.colour", "loans.1"] {
            assert_eq!(Path::parse(bad), None, "{bad}");
        }
        assert_eq!(loan.group(), "loans");
        assert_eq!(Path::TitleDetail(0, TitlePart::Validity).group(), "titles");
        for t in Path::TITLES {
            assert_eq!(t.group(), "titles");
        }
    }

    #[test]
    fn all_is_in_declaration_order() {
        let mut sorted = Path::ALL;
        sorted.sort();
        assert_eq!(sorted, Path::ALL);
    }
}
