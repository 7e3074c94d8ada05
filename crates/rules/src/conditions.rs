//! Conditions: whether a document covers the enterprise's city, how a
//! document stands on the as-of date, and whether each [`Condition`] of a rule
//! holds (and if not, the one [`Fix`] that would meet it).

use crate::date::Date;
use crate::fix::Fix;
use crate::model::*;
use crate::profile::{City, Degree, Profile, Title};
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

/// Whether one condition holds, and if not, the one step that would meet it.
#[inline(always)]
pub(crate) fn check(cond: &Condition, p: &Profile, doc: &Document, as_of: Date) -> Result<(), Option<Fix>> {
    let holds = |t: Title| p.titles.holds(t);
    // Obtaining a title is a fix only if the enterprise can obtain it: a large
    // enterprise cannot become a 专精特新中小企业 or a "小巨人".
    let obtain = |t: Title| if t.for_smes_only() && p.size == crate::profile::Size::Large { None } else { Some(Fix::Title(t)) };
    match *cond {
        Condition::SrdiSme => {
            if p.is_srdi_sme() {
                Ok(())
            } else {
                Err(obtain(Title::ProvincialSrdi))
            }
        }
        Condition::SrdiEnterprise => {
            if p.is_srdi_enterprise() {
                Ok(())
            } else {
                Err(obtain(Title::ProvincialSrdi))
            }
        }
        Condition::Holds(t) => {
            if holds(t) {
                Ok(())
            } else {
                Err(obtain(t))
            }
        }
        Condition::HoldsAny(ts) => {
            if ts.iter().any(|&t| holds(t)) {
                Ok(())
            } else {
                Err(ts.iter().rev().find_map(|&t| obtain(t)))
            }
        }
        Condition::FirstObtainedInPeriod(t) => match p.titles.first_year(t) {
            None => Err(obtain(t)),
            Some(y) => {
                let from = doc.effective_from.date().year();
                let until = doc.effective_until.date().year();
                if y >= from && y <= until && y <= as_of.year() {
                    Ok(())
                } else {
                    Err(None)
                }
            }
        },
        Condition::SizeIn(sizes) => {
            if sizes.contains(&p.size) {
                Ok(())
            } else {
                Err(None)
            }
        }
        Condition::Does(a) => {
            if crate::fix::does(p, a) {
                Ok(())
            } else {
                Err(Some(Fix::Activity(a)))
            }
        }
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
            if has {
                Ok(())
            } else {
                Err(Some(Fix::Achievement(a)))
            }
        }
        Condition::Positive(input) => {
            let v = match input {
                Input::PilotPlatformInvestment => p.pilot_platform_investments().max().unwrap_or(0),
                Input::EquipmentLoan => p.finance.equipment_loan_yuan,
                Input::Guarantee => p.finance.guarantee_yuan,
                Input::RdExpense => p.rd.expense_this_year_yuan,
                Input::Graduates => i64::from(p.graduates(Degree::Phd)) + i64::from(p.graduates(Degree::Master)),
                Input::BidPrice => p.procurement.bid_price_yuan,
            };
            if v > 0 {
                Ok(())
            } else {
                Err(None)
            }
        }
    }
}
