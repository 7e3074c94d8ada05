//! Amounts: how a rule's [`AmountRule`] becomes an [`Amount`] for a profile,
//! one file per formula — [`award`] (fixed sums and caps: title awards),
//! [`interest_subsidy`] (贴息), [`rent`], [`rd_uplift`], [`fee_ceiling`],
//! [`rate_ceiling`] and [`price`] (procurement).
//!
//! Each formula writes its steps into a [`Steps`] sink: nowhere while
//! evaluating, into a list when an item's [`Trace`] is shown, so the words
//! always match the figures. Also here: the profile figures the formulas read
//! ([`Inputs`]) and the fixed wording of rules that do not depend on them.

mod award;
mod fee_ceiling;
mod interest_subsidy;
mod price;
pub(crate) mod rate_ceiling;
mod rd_uplift;
pub(crate) mod rent;

use crate::date::Date;
use crate::error::{FieldError, InputError};
use crate::model::{AmountRule, Document, Rule};
use crate::profile::{Degree, Loan, Profile, SrdiLoan};
use crate::result::{text, Amount, Likely, RentSplit, Text, Until};
use std::sync::Arc;

/// A profile's loans and repeated groups, as the formulas read them: shared by every
/// computed item's trace and by the near misses' figures (a fix changes titles,
/// achievements or activities, never these); allocated only when the profile has any.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Repeated {
    /// Project loans for the 贴息 (`loans`, or the v1 loan).
    projects: Vec<Loan>,
    /// Huai'an 专精特新贷.
    srdi: Vec<SrdiLoan>,
    /// Graduate groups in the profile's order (a group without a degree is refused by validation).
    groups: Vec<rent::Group>,
    /// Each pilot platform's investment (元).
    platforms: Vec<i64>,
}

impl Repeated {
    pub(crate) fn of(p: &Profile) -> Option<Arc<Repeated>> {
        let r = Repeated {
            projects: p.project_loans(),
            srdi: p.srdi_loans.clone(),
            groups: p.talent.groups.iter().filter_map(rent::Group::of).collect(),
            platforms: p.pilot_platform_investments().collect(),
        };
        (!r.projects.is_empty() || !r.srdi.is_empty() || !r.groups.is_empty() || !r.platforms.is_empty()).then(|| Arc::new(r))
    }
}

/// The profile figures a rule's amount is computed from (a copy, so an item
/// can re-derive its steps on demand without holding the profile). Repeated
/// groups (loans, graduates in detail, pilot platforms) sit behind one shared
/// pointer, allocated only when the profile has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Inputs {
    graduates_phd: u32,
    graduates_master: u32,
    /// Which routes bring the firm into the 贴息 ([`interest_subsidy::ROUTE_MANUFACTURING`] …).
    interest_routes: u8,
    rd_this_yuan: i64,
    rd_last_yuan: i64,
    /// The firm confirms it receives the base R&D subsidy the uplift raises (readings G5).
    rd_base_confirmed: bool,
    bid_price_yuan: i64,
    guarantee_yuan: i64,
    /// The tender's own deduction rate; `None` = not known.
    deduction_bp: Option<u32>,
    key_tech_tasks: u32,
    standards: u32,
    /// The first month (month number) in which the employer no longer holds
    /// 单项冠军 or 小巨人 certainly, and the first in which it may no longer hold
    /// it at all (the assumed last month or year in between is only likely), where
    /// that is known (see [`rent::title_held_until`]).
    rent_title_ends: Option<(u32, u32)>,
    /// The title the rent raise is for (see [`rent::raise_title`]).
    rent_title: Option<crate::profile::Title>,
    repeated: Option<Arc<Repeated>>,
}

impl Inputs {
    fn projects(&self) -> &[Loan] {
        self.repeated.as_deref().map_or(&[], |r| &r.projects)
    }
    fn srdi_loans(&self) -> &[SrdiLoan] {
        self.repeated.as_deref().map_or(&[], |r| &r.srdi)
    }

    /// `st`: the titles' standings on `as_of`, worked out once by the caller.
    pub(crate) fn of(p: &Profile, st: &crate::conditions::Standings, as_of: Date) -> Inputs {
        Inputs::with(p, st, as_of, Repeated::of(p))
    }

    /// [`Inputs::of`] with the profile's loans and groups already read (`Repeated::of(p)`).
    pub(crate) fn with(p: &Profile, st: &crate::conditions::Standings, as_of: Date, repeated: Option<Arc<Repeated>>) -> Inputs {
        // Graduates counted by degree and in no group take the defaults.
        let groups = repeated.as_deref().map_or(&[][..], |r| &r.groups);
        let grouped = |d: Degree| groups.iter().filter(|g| g.degree == d).fold(0u32, |a, g| a.saturating_add(g.count));
        Inputs {
            graduates_phd: p.graduates(Degree::Phd).saturating_sub(grouped(Degree::Phd)),
            graduates_master: p.graduates(Degree::Master).saturating_sub(grouped(Degree::Master)),
            interest_routes: interest_subsidy::route_bits(p, st, as_of),
            rd_this_yuan: p.rd.expense_this_year_yuan,
            rd_last_yuan: p.rd.expense_last_year_yuan,
            rd_base_confirmed: p.rd.base_subsidy_received,
            bid_price_yuan: p.procurement.bid_price_yuan,
            guarantee_yuan: p.finance.guarantee_yuan,
            deduction_bp: p.procurement.deduction_bp,
            key_tech_tasks: p.key_tech_tasks(),
            standards: p.standards(),
            rent_title_ends: rent::title_held_until(p, as_of),
            rent_title: rent::raise_title(p, as_of),
            repeated,
        }
    }

    /// The loans and groups these figures read, to share with another profile's that has the same.
    pub(crate) fn repeated(&self) -> Option<Arc<Repeated>> {
        self.repeated.clone()
    }

    fn groups(&self) -> &[rent::Group] {
        self.repeated.as_deref().map_or(&[], |r| &r.groups)
    }

    fn platforms(&self) -> &[i64] {
        self.repeated.as_deref().map_or(&[], |r| &r.platforms)
    }
}

/// The steps that produced an amount. Evaluation only records what is needed
/// to retrace them; the sentences are written when shown or serialised, so
/// evaluating stays allocation-light (see docs/performance.md).
#[derive(Debug, Clone)]
pub struct Trace {
    /// Shared by every computed item of one evaluation: cloning a trace is one reference
    /// count. `None` for a rule whose amount reads no figure ([`AmountRule::is_fixed`]):
    /// its steps are the same for every profile, so its items share nothing (an atomic
    /// count per item, for the ~80 services of a full profile, cost more than the rest of the item).
    inputs: Option<Arc<Inputs>>,
    as_of: Date,
}

/// What a fixed rule's steps are worked out from (it reads none of it).
const NO_INPUTS: &Inputs = &Inputs {
    graduates_phd: 0,
    graduates_master: 0,
    interest_routes: 0,
    rd_this_yuan: 0,
    rd_last_yuan: 0,
    rd_base_confirmed: false,
    bid_price_yuan: 0,
    guarantee_yuan: 0,
    deduction_bp: None,
    key_tech_tasks: 0,
    standards: 0,
    rent_title_ends: None,
    rent_title: None,
    repeated: None,
};

impl Trace {
    pub(crate) fn new(inputs: Inputs, as_of: Date) -> Trace {
        Trace { inputs: Some(Arc::new(inputs)), as_of }
    }

    /// The trace an item of `rule` keeps: this one, or none of the figures if the rule reads none.
    pub(crate) fn for_rule(&self, rule: &Rule) -> Trace {
        Trace { inputs: if rule.amount.is_fixed() { None } else { self.inputs.clone() }, as_of: self.as_of }
    }

    /// The trace of a rule that reads no figure ([`AmountRule::is_fixed`]): [`Trace::for_rule`] without the rule.
    pub(crate) fn fixed(&self) -> Trace {
        Trace { inputs: None, as_of: self.as_of }
    }

    /// The figures the items of this evaluation are computed from.
    pub(crate) fn inputs(&self) -> &Inputs {
        self.inputs.as_deref().unwrap_or(NO_INPUTS)
    }

    /// Whether the two traces read the same: rules with a set figure always do;
    /// computed ones when computed from the same figures on the same date.
    pub fn same_steps(&self, rule: &Rule, other: &Trace) -> bool {
        let same_inputs = match (&self.inputs, &other.inputs) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => self.inputs() == other.inputs(),
        };
        rule.amount.is_fixed() || (same_inputs && self.as_of.year() == other.as_of.year())
    }

    /// For the rent raise (001（十三）): the raise apart from the base subsidy, from the same
    /// working as the amount; `None` for any other rule.
    pub(crate) fn rent_split(&self, rule: &Rule) -> Option<RentSplit> {
        let AmountRule::RentPerGraduate { phd_fen, master_fen, standard_phd_fen, standard_master_fen, max_months, until } = rule.amount else { return None };
        let rates = rent::Rates { phd_fen, master_fen, standard_phd_fen, standard_master_fen, max_months, until };
        let (a, raise) = rent::split(self.inputs(), &rates, self.as_of, &mut NoSteps)?;
        let Amount::Monthly { per_month_fen, .. } = a else { return None };
        Some(RentSplit { title: self.inputs().rent_title, raise_per_month_fen: raise, base_per_month_fen: per_month_fen.checked_sub(raise)? })
    }

    /// For the rent raise (001（十三）): each graduate group's months, from the same working as
    /// the amount; `None` for any other rule (or on overflow).
    pub(crate) fn rent_runs(&self, rule: &Rule) -> Option<Vec<rent::Run>> {
        let AmountRule::RentPerGraduate { phd_fen, master_fen, standard_phd_fen, standard_master_fen, max_months, until } = rule.amount else { return None };
        let rates = rent::Rates { phd_fen, master_fen, standard_phd_fen, standard_master_fen, max_months, until };
        let mut runs = Vec::new();
        rent::split_with_runs(self.inputs(), &rates, self.as_of, &mut NoSteps, Some(&mut runs))?;
        Some(runs)
    }

    /// For a rate-ceiling rule (the 专精特新贷): each loan's term and ceiling; `None` for other rules.
    pub(crate) fn loan_terms(&self, rule: &Rule) -> Option<Vec<rate_ceiling::Term>> {
        match rule.amount {
            AmountRule::LoanRateCeiling { spread_bp } => rate_ceiling::terms(self.inputs(), spread_bp),
            _ => None,
        }
    }

    /// Each 专精特新贷's rate ceiling, for a rate-ceiling rule's headline (`None` for other rules).
    pub(crate) fn rate_ceilings(&self, rule: &Rule) -> Option<Vec<(usize, u32)>> {
        match rule.amount {
            AmountRule::LoanRateCeiling { spread_bp } => Some(rate_ceiling::each_ceiling(self.inputs(), spread_bp)),
            _ => None,
        }
    }

    pub fn steps(&self, rule: &Rule) -> Vec<Text> {
        let mut steps = Vec::new();
        let _ = amount(rule, self.inputs(), self.as_of, &mut steps);
        steps
    }
}

/// For a rule whose amount does not depend on the profile or the date
/// ([`AmountRule::is_fixed`]): the wording and steps every item of it has, the
/// same as its [`crate::result::Item::amount_text`] and [`crate::result::Item::trace`]. `None` otherwise.
pub fn fixed_wording(rule: &Rule) -> Option<(Text, Vec<Text>)> {
    if !rule.amount.is_fixed() {
        return None;
    }
    let mut steps = Vec::new();
    let a = amount(rule, NO_INPUTS, Date::ymd(2025, 1, 1), &mut steps).ok()?;
    Some((a.describe(), steps))
}

fn overflow(rule: &Rule) -> InputError {
    FieldError::new("", format!("{}：计算结果超出范围，请检查输入金额", rule.id), en!(format!("{}: the result is out of range; check the amounts entered", rule.id)))
        .into()
}

/// Where the steps of a computation go: nowhere while evaluating (compiled
/// out), into a list when an item's trace is shown or serialised. One
/// `amount` function serves both, so the steps always match the figures.
pub(crate) trait Steps {
    fn step(&mut self, t: impl FnOnce() -> Text);
}

/// Evaluating: no words are written.
pub(crate) struct NoSteps;

impl Steps for NoSteps {
    #[inline(always)]
    fn step(&mut self, _: impl FnOnce() -> Text) {}
}

impl Steps for Vec<Text> {
    fn step(&mut self, t: impl FnOnce() -> Text) {
        self.push(t());
    }
}

/// Works out a rule's amount from the profile's figures, writing the steps
/// in words into `trace` when it keeps them.
#[inline(always)]
pub(crate) fn amount(rule: &Rule, p: &Inputs, as_of: Date, trace: &mut impl Steps) -> Result<Amount, InputError> {
    // Most rules grant a service: no figures, no steps, no call into the worker below.
    match rule.amount {
        AmountRule::NonMonetary => Ok(Amount::NonMonetary),
        _ => work_out_amount(rule, p, as_of, trace),
    }
}

fn work_out_amount(rule: &Rule, p: &Inputs, as_of: Date, trace: &mut impl Steps) -> Result<Amount, InputError> {
    let a = match rule.amount {
        AmountRule::Fixed { fen } => award::fixed(fen, trace),
        AmountRule::UpTo { cap_fen } => award::up_to(cap_fen, trace),
        AmountRule::UpToEach { cap_fen, each } => award::up_to_each(p, cap_fen, each, trace).ok_or_else(|| overflow(rule))?,
        AmountRule::UpToPerPlatform { cap_fen } => award::up_to_per_platform(p.platforms(), cap_fen, trace).ok_or_else(|| overflow(rule))?,
        AmountRule::RentPerGraduate { phd_fen, master_fen, standard_phd_fen, standard_master_fen, max_months, until } => {
            let rates = rent::Rates { phd_fen, master_fen, standard_phd_fen, standard_master_fen, max_months, until };
            rent::per_graduate(p, &rates, as_of, trace).ok_or_else(|| overflow(rule))?
        }
        AmountRule::LoanInterestSubsidy => interest_subsidy::equipment_loan(p, as_of, trace).ok_or_else(|| overflow(rule))?,
        AmountRule::RdUplift { base_bp, increase_bp } => rd_uplift::uplift(p, base_bp, increase_bp, trace).ok_or_else(|| overflow(rule))?,
        AmountRule::PriceDeduction { max_bp, .. } => price::evaluation_price(p, max_bp, trace).ok_or_else(|| overflow(rule))?,
        AmountRule::GuaranteeFeeCeiling { rate_bp } => fee_ceiling::guarantee_fee(p, rate_bp, trace).ok_or_else(|| overflow(rule))?,
        AmountRule::LoanRateCeiling { spread_bp } => rate_ceiling::lpr_plus(p, spread_bp, as_of, trace).ok_or_else(|| overflow(rule))?,
        AmountRule::Unquantified { note_zh, note_en } => {
            trace.step(|| text(note_zh, en!(note_en)));
            Amount::Unquantified { note_zh, note_en }
        }
        AmountRule::NonMonetary => Amount::NonMonetary,
    };
    Ok(a)
}

/// How long a yearly or monthly figure is certain for (readings A8, B9a): the 贴息
/// names its scheme year (its rate and caps are published a year at a time; the
/// last year published is `facts::INTEREST_LAST_YEAR`); any other yearly or
/// monthly figure names the end of what it rests on (the rent raise's own end,
/// else its document's, stated or assumed) when that falls within 12 months of
/// the as-of date. No words: a few comparisons, cheap enough for every item.
pub(crate) fn until(rule: &Rule, doc: &Document, a: &Amount, as_of: Date) -> Option<Until> {
    if !matches!(a, Amount::Annual { .. } | Amount::Monthly { .. }) {
        return None;
    }
    let end = match rule.amount {
        AmountRule::LoanInterestSubsidy => {
            let year = as_of.year();
            return Some(Until::SchemeYear { year, next_announced: year < crate::facts::INTEREST_LAST_YEAR });
        }
        AmountRule::RentPerGraduate { until, .. } => until,
        _ => doc.effective_until.date(),
    };
    // Within 12 months: on or before the same day a year on (a tuple, so 29 February needs no care).
    let a_year_on = (as_of.year().saturating_add(1), as_of.month(), as_of.day());
    (end >= as_of && (end.year(), end.month(), end.day()) <= a_year_on).then_some(Until::Ends { date: end })
}

/// Why a figure whose conditions all hold still rests on an assumption the
/// sources do not settle (readings A4): the 贴息 brought in only by a city
/// draft's scope (B3) or on a loan made before the scheme (B8); the R&D uplift
/// on a base subsidy not confirmed (G5). `None`: certain.
pub(crate) fn assumed(rule: &Rule, p: &Inputs, a: &Amount) -> Option<Likely> {
    if !a.is_summed() {
        return None;
    }
    match rule.amount {
        AmountRule::LoanInterestSubsidy => {
            if p.interest_routes == interest_subsidy::ROUTE_SUZHOU_7 {
                return Some(Likely::DraftScopeOnly);
            }
            p.projects().iter().zip(1u8..).find_map(|(l, project)| {
                let year = l.start.map(Date::year).or(l.start_year)?;
                (year < crate::conditions::INTEREST_FIRST_YEAR).then_some(Likely::LoanBeforeScheme { project, year })
            })
        }
        AmountRule::RdUplift { .. } if !p.rd_base_confirmed => Some(Likely::BaseSubsidyNotConfirmed),
        _ => None,
    }
}

/// Whether a rule's amount is money (a near miss is worth showing), as
/// opposed to a service, a ceiling or a price preference.
pub(crate) fn is_money(a: &AmountRule) -> bool {
    !matches!(a, AmountRule::NonMonetary | AmountRule::GuaranteeFeeCeiling { .. } | AmountRule::LoanRateCeiling { .. } | AmountRule::PriceDeduction { .. })
}
