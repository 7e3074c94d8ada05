//! Conditions: whether a document covers the enterprise's city, how a
//! document stands on the as-of date, and whether each [`Condition`] of a rule
//! holds (and if not, the one [`Fix`] that would meet it).

use crate::date::Date;
use crate::fix::Fix;
use crate::model::*;
use crate::profile::{City, Degree, Profile, Size, Standing, Title};
use crate::result::Likely;
use crate::result::{Flag, Flags};

/// Does the document cover this city?
pub fn covers(doc: &Document, city: City) -> bool {
    match doc.level {
        Level::Province => city.in_jiangsu(),
        Level::City(c) => c == city,
    }
}

pub(crate) fn document_flags(doc: &Document, as_of: Date) -> Flags {
    let mut flags = Flags::default();
    if doc.status == Status::Draft {
        flags.insert(Flag::Draft);
    }
    if as_of > doc.effective_until.date() {
        flags.insert(Flag::Expired);
    } else if as_of < doc.effective_from.date() {
        flags.insert(Flag::NotYetInForce);
    }
    if matches!(doc.effective_from, DateSpec::Assumed { .. }) || matches!(doc.effective_until, DateSpec::Assumed { .. }) {
        flags.insert(Flag::DateAssumed);
    }
    flags
}

/// Every title's standing on the as-of date (readings A1), worked out once per
/// evaluation rather than once per condition of every rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Standings([Standing; 5]);

impl Standings {
    pub(crate) fn of(p: &Profile, as_of: Date) -> Standings {
        Standings(Title::ALL.map(|t| p.titles.standing(t, as_of)))
    }
}

/// What a condition gives: `Ok(None)` holds, `Ok(Some(why))` holds only
/// *likely*, `Err(fix)` fails (with the one step that would meet it, if any).
pub(crate) type Held = Result<Option<Likely>, Option<Fix>>;

/// Obtaining a title is a fix only if the enterprise can obtain it: a large
/// enterprise cannot become a 专精特新中小企业 or a "小巨人".
fn obtain(p: &Profile, t: Title) -> Option<Fix> {
    if t.for_smes_only() && Size::is_large(p.size) {
        None
    } else {
        Some(Fix::Title(t))
    }
}

/// Holds one of `titles` on `as_of` (readings A1): valid → holds; the assumed
/// three years run out this year (month) → holds, likely; lapsed → the fix is to
/// renew it; never held → the fix is `not_held`.
fn holds_any(st: &Standings, titles: &[Title], not_held: Option<Fix>) -> Held {
    let mut likely = None;
    let mut lapsed = None;
    for &t in titles {
        match st.0[t as usize] {
            Standing::Valid => return Ok(None),
            Standing::MayHaveLapsed { year, month } => likely = likely.or(Some(Likely::TitleMayHaveLapsed { title: t, year, month })),
            Standing::Lapsed => lapsed = lapsed.or(Some(t)),
            Standing::NotHeld => {}
        }
    }
    match (likely, lapsed) {
        (Some(l), _) => Ok(Some(l)),
        (None, Some(t)) => Err(Some(Fix::Renew(t))),
        (None, None) => Err(not_held),
    }
}

/// An SME-only condition that holds is only likely while no size is chosen
/// (a reason the title gives already is kept).
fn size_told(p: &Profile, held: Held) -> Held {
    match (p.size, held) {
        (None, Ok(None)) => Ok(Some(Likely::SizeNotChosen)),
        (_, h) => h,
    }
}

/// The better of two results: certain over likely over failing (the first's fix kept).
fn either(a: Held, b: Held) -> Held {
    match (a, b) {
        (Ok(None), _) | (_, Ok(None)) => Ok(None),
        (Ok(l), _) | (_, Ok(l)) => Ok(l),
        (Err(Some(f)), _) | (_, Err(Some(f))) => Err(Some(f)),
        _ => Err(None),
    }
}

const SRDI_SME_TITLES: [Title; 2] = [Title::ProvincialSrdi, Title::LittleGiant];
const SRDI_TITLES: [Title; 3] = [Title::ProvincialSrdi, Title::LittleGiant, Title::SingleChampion];

/// The routes that bring a firm into the provincial manufacturing-loan 贴息
/// (readings B1–B3, B12). The money is the scheme's, computed once whatever the
/// route; every route that holds is cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct InterestRoutes {
    /// Registered under 门类 C: in the scheme itself (FACTS.md), any size, from 2024.
    pub manufacturing: bool,
    /// 000（七）: a valid 专精特新中小企业 outside manufacturing too, from scheme year 2025.
    pub measures_7: Held,
    /// 003 7. (Suzhou): a valid 专精特新企业 incl. 单项冠军, any size, while 003 is in force.
    pub suzhou_7: Held,
}

/// The scheme's first year (苏工信综合〔2024〕98号).
pub(crate) const INTEREST_FIRST_YEAR: u16 = 2024;
/// The first scheme year in which 000（七）'s route is reported (news, 2025-02-11; readings B2).
pub(crate) const INTEREST_TITLE_ROUTE_FROM: u16 = 2025;

pub(crate) fn interest_routes(p: &Profile, st: &Standings, as_of: Date) -> InterestRoutes {
    use crate::policies::{jiangsu_measures, suzhou};
    let y = as_of.year();
    let manufacturing = p.manufacturing && y >= INTEREST_FIRST_YEAR;
    let measures_7 = if Size::is_large(p.size) || y < INTEREST_TITLE_ROUTE_FROM || as_of > jiangsu_measures::DOCUMENT.effective_until.date() {
        Err(None)
    } else {
        size_told(p, holds_any(st, &SRDI_SME_TITLES, obtain(p, Title::ProvincialSrdi)))
    };
    let d = &suzhou::DOCUMENT;
    let suzhou_7 = if p.city != City::Suzhou || as_of < d.effective_from.date() || as_of > d.effective_until.date() {
        Err(None)
    } else {
        holds_any(st, &SRDI_TITLES, obtain(p, Title::ProvincialSrdi))
    };
    InterestRoutes { manufacturing, measures_7, suzhou_7 }
}

impl InterestRoutes {
    pub(crate) fn held(&self) -> Held {
        if self.manufacturing {
            return Ok(None);
        }
        either(self.measures_7, self.suzhou_7)
    }
}

/// The 贴息 item's flags (readings B1, B2): the amount rests on the scheme, so
/// the host document's own period does not remove it (the routes check their
/// own years); and a manufacturer is in by the scheme itself, not by a draft.
pub(crate) fn scheme_flags(p: &Profile, as_of: Date, mut flags: Flags) -> Flags {
    flags.remove(Flag::NotYetInForce);
    flags.remove(Flag::Expired);
    if p.manufacturing && as_of.year() >= INTEREST_FIRST_YEAR {
        flags.remove(Flag::Draft);
        flags.remove(Flag::DateAssumed);
    }
    flags
}

/// Conditions that read the profile only (not the document): each is checked once per
/// evaluation and its answer kept ([`Memo`]). Their slots: `SrdiSme`, `SrdiEnterprise`,
/// `InInterestScheme`, then `Holds`, `Has`, `Does` and `Positive` by their argument.
const HOLDS_AT: usize = 3;
const HAS_AT: usize = HOLDS_AT + Title::ALL.len();
const DOES_AT: usize = HAS_AT + Achievement::ALL.len();
const POSITIVE_AT: usize = DOES_AT + Activity::ALL.len();
const SLOTS: usize = POSITIVE_AT + 6;
// A rule's key ([`crate::keys`]) has a bit for each slot and two of its own.
const _: () = assert!(SLOTS <= 30);

const fn slot(cond: &Condition) -> Option<usize> {
    Some(match *cond {
        Condition::SrdiSme => 0,
        Condition::SrdiEnterprise => 1,
        Condition::InInterestScheme => 2,
        Condition::Holds(t) => HOLDS_AT + t as usize,
        Condition::Has(a) => HAS_AT + a as usize,
        Condition::Does(a) => DOES_AT + a as usize,
        Condition::Positive(i) => POSITIVE_AT + i as usize,
        Condition::HoldsAny(_) | Condition::FirstObtainedInPeriod(_) | Condition::SizeIn(_) => return None,
    })
}

/// A condition's bit in a rule's key: its memo slot's, or `other` for a condition that
/// reads the document or a list of titles or sizes (it has no slot).
pub(crate) const fn slot_bit(cond: &Condition, other: u32) -> u32 {
    match slot(cond) {
        // A slot beyond the key's bits (none today, see `SLOTS`) counts as `other`.
        Some(i) if i < SLOTS => 1 << i,
        _ => other,
    }
}

/// [`check`] for one evaluation: the profile's conditions are worked out the first time a
/// rule asks and then read back (about 100 rules ask a dozen distinct questions).
pub(crate) struct Memo<'a> {
    p: &'a Profile,
    st: &'a Standings,
    as_of: Date,
    held: [Option<Held>; SLOTS],
    /// The slots worked out and found to hold certainly (bit `i`: slot `i`, see [`slot_bit`]).
    certain: u32,
}

impl<'a> Memo<'a> {
    pub(crate) fn new(p: &'a Profile, st: &'a Standings, as_of: Date) -> Memo<'a> {
        Memo { p, st, as_of, held: [None; SLOTS], certain: 0 }
    }

    /// The conditions known to hold certainly, as [`slot_bit`]s: a rule whose key's
    /// condition bits are all among them holds certainly, with no condition looked at.
    #[inline(always)]
    pub(crate) fn certain(&self) -> u32 {
        self.certain
    }

    #[inline(always)]
    pub(crate) fn check(&mut self, cond: &Condition, doc: &Document) -> Held {
        let Some((i, cell)) = slot(cond).and_then(|i| Some((i, self.held.get_mut(i)?))) else {
            return check(cond, self.p, self.st, doc, self.as_of);
        };
        match *cell {
            Some(h) => h,
            None => {
                let h = *cell.insert(check(cond, self.p, self.st, doc, self.as_of));
                if matches!(h, Ok(None)) {
                    self.certain |= 1 << i;
                }
                h
            }
        }
    }
}

/// Whether one condition holds (certainly or likely), and if not, the one step that would meet it.
#[inline(always)]
pub(crate) fn check(cond: &Condition, p: &Profile, st: &Standings, doc: &Document, as_of: Date) -> Held {
    let hold = |ok: bool, fix: Option<Fix>| if ok { Ok(None) } else { Err(fix) };
    match *cond {
        Condition::SrdiSme => {
            if Size::is_large(p.size) {
                Err(None)
            } else {
                size_told(p, holds_any(st, &SRDI_SME_TITLES, obtain(p, Title::ProvincialSrdi)))
            }
        }
        Condition::SrdiEnterprise => holds_any(st, &SRDI_TITLES, obtain(p, Title::ProvincialSrdi)),
        Condition::Holds(t) => holds_any(st, &[t], obtain(p, t)),
        Condition::HoldsAny(ts) => holds_any(st, ts, ts.iter().rev().find_map(|&t| obtain(p, t))),
        // 首次获评 keys on the first recognition, whatever the title's validity today (readings A3).
        Condition::FirstObtainedInPeriod(t) => match p.titles.first_year(t) {
            None => Err(obtain(p, t)),
            Some(y) => {
                let from = doc.effective_from.date().year();
                let until = doc.effective_until.date().year();
                if !(y >= from && y <= until && y <= as_of.year()) {
                    Err(None)
                } else if y == from && doc.start_year_uncertain {
                    // Readings D1: the start is assumed, and a title first won in that
                    // year may predate the (unknown) publication.
                    Ok(Some(Likely::DependsOnAssumedStart { year: y }))
                } else {
                    Ok(None)
                }
            }
        },
        Condition::SizeIn(sizes) => match p.size {
            Some(s) => hold(sizes.contains(&s), None),
            None => Ok(Some(Likely::SizeNotChosen)),
        },
        Condition::Does(a) => hold(crate::fix::does(p, a), Some(Fix::Activity(a))),
        Condition::Has(a) => {
            let x = &p.achievements;
            let has = match a {
                Achievement::NationalKeyTechTask => p.key_tech_tasks() > 0,
                Achievement::LeadsStandard => p.standards() > 0,
                Achievement::GenerativeAiFiled => x.generative_ai_filed,
                Achievement::SmartFactoryExcellent => x.smart_factory_excellent,
                Achievement::IndustrialInternetPlatform => x.industrial_internet_platform,
                Achievement::FirstSetProduct => x.first_set_product,
                Achievement::ChuangkeWinner => x.chuangke_winner,
                Achievement::BridgeLoanNeed => p.finance.bridge_loan_need,
            };
            hold(has, Some(Fix::Achievement(a)))
        }
        Condition::Positive(input) => {
            let v = match input {
                Input::PilotPlatformInvestment => p.pilot_platform_investments().max().unwrap_or(0),
                // Entries of `loans` are at least 1 yuan each (validated).
                Input::EquipmentLoan => i64::from(!p.loans.is_empty()).max(p.finance.equipment_loan_yuan),
                Input::Guarantee => p.finance.guarantee_yuan,
                Input::RdExpense => p.rd.expense_this_year_yuan,
                Input::Graduates => i64::from(p.graduates(Degree::Phd)) + i64::from(p.graduates(Degree::Master)),
                Input::BidPrice => p.procurement.bid_price_yuan,
            };
            hold(v > 0, None)
        }
        Condition::InInterestScheme => interest_routes(p, st, as_of).held(),
    }
}
