//! Graduates' rent subsidy (`AmountRule::RentPerGraduate`, readings D7):
//! 001（十三） raises the standard subsidy (FACTS.md: PhD ¥2,000 / master ¥800
//! a month, actual rent if lower, 36 months in all) to ¥2,400 / ¥960 for
//! graduates of a 单项冠军 or 小巨人. Paid to the graduates, not the enterprise.
//!
//! Per graduate: min(raised rate, actual rent) a month, for the months left of
//! the 36 (months already received at any rate count), counted from the as-of
//! month, and only while the raise applies: up to the clause's end and, where
//! known, until the employer stops holding the title.

use super::{Inputs, Steps};
use crate::date::Date;
use crate::money::{format_en, format_zh, Fen};
use crate::profile::{month_index, parse_month, yuan_to_fen, Degree, GraduateGroup, Profile, Standing, Title, Validity};
use crate::result::{text, Amount};

/// The rates and limits a rule sets.
pub(super) struct Rates {
    pub phd_fen: Fen,
    pub master_fen: Fen,
    pub standard_phd_fen: Fen,
    pub standard_master_fen: Fen,
    pub max_months: u32,
    pub until: Date,
}

/// One graduate group as the formula reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Group {
    pub(super) degree: Degree,
    pub(super) count: u32,
    rent_yuan: Option<i64>,
    months_received: Option<u32>,
    /// Month number employment began.
    employed_from: Option<u32>,
}

impl Group {
    /// `None` for a group without a degree (validation refuses it first).
    pub(super) fn of(g: &GraduateGroup) -> Option<Group> {
        Some(Group {
            degree: g.degree?,
            count: g.count,
            rent_yuan: g.rent_yuan,
            months_received: g.months_received,
            employed_from: g.employed_from.as_deref().and_then(parse_month),
        })
    }
}

/// The first month (month number) in which the employer no longer certainly
/// holds 单项冠军 or 小巨人, and the first in which it may hold neither at all,
/// where that is known; `None` = held throughout.
///
/// Readings A1 and D7 (issue 18 §2): a title is held until its assumed three years
/// run out, counted from the last recognition or renewal. With a month given, the
/// title's last month is only *likely* held; with a year only, that whole year is.
/// Those months are likely whatever the as-of date: before the band they are shown
/// apart (not counted); inside it the item itself is likely and counts them. The
/// user's own "valid" means no end we know of; "lapsed" means it ends now. A firm
/// holding either title keeps the raise, so the later end counts.
pub(crate) fn title_held_until(p: &Profile, as_of: Date) -> Option<(u32, u32)> {
    let mut until: Option<(u32, u32)> = None;
    for t in [Title::SingleChampion, Title::LittleGiant] {
        let Some(r) = p.titles.get(t) else { continue };
        let (certain, likely) = match r.validity {
            Validity::Valid => return None,
            Validity::Lapsed => (month_index(as_of), month_index(as_of)),
            Validity::Assumed => {
                let (band_start, band_end) = match r.assumed_end(t) {
                    None => return None,
                    Some((y, Some(m))) => (u32::from(y) * 12 + u32::from(m) - 1, u32::from(y) * 12 + u32::from(m)),
                    Some((y, None)) => (u32::from(y) * 12, (u32::from(y) + 1) * 12),
                };
                // Inside the band the item is likely as a whole (its condition says so) and counts the band.
                match r.standing(t, as_of) {
                    Standing::MayHaveLapsed { .. } => (band_end, band_end),
                    _ => (band_start, band_end),
                }
            }
        };
        until = Some(until.map_or((certain, likely), |(c, l)| (c.max(certain), l.max(likely))));
    }
    until
}

/// How many months of the 36 are already received, and how we know.
enum Received {
    Given(u32),
    FromEmployment(u32, u32),
    Assumed,
}

/// The title the raise is for: 单项冠军 or 小巨人, whichever the firm holds on the date (valid
/// first, then only likely held); `None` when neither is (then no item is shown).
pub(crate) fn raise_title(p: &Profile, as_of: Date) -> Option<Title> {
    let held = |want: fn(&Standing) -> bool| [Title::SingleChampion, Title::LittleGiant].into_iter().find(|t| want(&p.titles.standing(*t, as_of)));
    held(|s| *s == Standing::Valid).or_else(|| held(|s| matches!(s, Standing::MayHaveLapsed { .. })))
}

/// The monthly sum for the profile's graduates now, what the next 12 months
/// bring, and what the months left bring in all. `None` on overflow.
pub(super) fn per_graduate(p: &Inputs, r: &Rates, as_of: Date, trace: &mut impl Steps) -> Option<Amount> {
    split(p, r, as_of, trace).map(|(a, _)| a)
}

/// The same, with the part of the monthly sum now that is this clause's raise (the rest is the
/// standard subsidy, the city's own policy): both from the one working.
pub(super) fn split(p: &Inputs, r: &Rates, as_of: Date, trace: &mut impl Steps) -> Option<(Amount, Fen)> {
    split_with_runs(p, r, as_of, trace, None)
}

/// One graduate group's months from the as-of month, as the same working counts them (for
/// the payment timeline, [`crate::timeline`]): `months` at `per_month_fen` (the group's sum a
/// month), then `likely_more` months in the title's assumed last year (month), when it may
/// have lapsed, then `renew_more` months a renewal would add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Run {
    /// The group's number in the profile (from 1); `None`: the graduates counted by degree only.
    pub group: Option<u32>,
    pub degree: Degree,
    pub count: u32,
    pub per_month_fen: Fen,
    /// The as-of month's number ([`month_index`]).
    pub from: u32,
    pub months: u32,
    pub likely_more: u32,
    pub renew_more: u32,
}

/// [`split`], also giving each group's [`Run`] when `runs` is given: one working for both.
pub(super) fn split_with_runs(p: &Inputs, r: &Rates, as_of: Date, trace: &mut impl Steps, mut runs: Option<&mut Vec<Run>>) -> Option<(Amount, Fen)> {
    trace.step(|| {
        text(
            format!(
                "标准：博士 {}/月、硕士 {}/月；本条上浮至博士 {}/月、硕士 {}/月；实际房租更低的按实际房租；累计最长 {} 个月",
                format_zh(r.standard_phd_fen),
                format_zh(r.standard_master_fen),
                format_zh(r.phd_fen),
                format_zh(r.master_fen),
                r.max_months
            ),
            en!(format!(
                "Standard: PhD {}/month, master {}/month; raised here to PhD {}/month, master {}/month; actual rent if lower; {} months in all",
                format_en(r.standard_phd_fen),
                format_en(r.standard_master_fen),
                format_en(r.phd_fen),
                format_en(r.master_fen),
                r.max_months
            )),
        )
    });
    let now = month_index(as_of);
    let clause_end = month_index(r.until) + 1;
    let (end, likely_end) = p.rent_title_ends.map_or((clause_end, clause_end), |(c, l)| (c.min(clause_end), l.min(clause_end)));
    let window = end.saturating_sub(now);
    let likely_window = likely_end.saturating_sub(now);
    let clause_window = clause_end.saturating_sub(now);
    trace.step(|| {
        let (y, m) = (r.until.year(), r.until.month());
        if end < clause_end {
            let mut t = text(
                format!("上浮标准只在企业持有单项冠军或小巨人称号期间适用：称号按三年有效期推定，自本月起确定的至多 {window} 个月"),
                en!(format!("The raise applies only while the employer holds the single-champion or little-giant title: from its assumed three-year validity, at most {window} months from this month are certain")),
            );
            if likely_window > window {
                let band = likely_window - window;
                t.zh.push_str(&format!("；其后 {band} 个月是推定的到期年份（月份），称号可能已到期，这些月份只算可能，不计入"));
                t.en.push_str(&format!("; the {band} months after fall in the assumed last year (month), when the title may have lapsed: likely only, not counted"));
            }
            t
        } else {
            text(
                format!("自评估当月起计；本措施有效至 {y} 年 {m} 月，上浮标准至多还有 {window} 个月"),
                en!(format!("Counted from the as-of month; the measures run to {y}-{m:02}, so the raise has at most {window} months left")),
            )
        }
    });
    let (mut per_month, mut per_year, mut in_all, mut longest, mut raised) = (0 as Fen, 0 as Fen, 0 as Fen, 0u32, 0 as Fen);
    let rest = [(Degree::Phd, p.graduates_phd), (Degree::Master, p.graduates_master)]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(degree, count)| Group { degree, count, rent_yuan: None, months_received: None, employed_from: None });
    for (i, g) in p.groups().iter().cloned().chain(rest).enumerate() {
        let (cap, standard) = match g.degree {
            Degree::Phd => (r.phd_fen, r.standard_phd_fen),
            Degree::Master => (r.master_fen, r.standard_master_fen),
        };
        let rent = g.rent_yuan.map(yuan_to_fen);
        let each = rent.map_or(cap, |x| x.min(cap));
        let raise = each - rent.map_or(standard, |x| x.min(standard));
        let received = match (g.months_received, g.employed_from) {
            (Some(m), _) => Received::Given(m.min(r.max_months)),
            (None, Some(from)) => Received::FromEmployment(now.saturating_sub(from).min(r.max_months), from),
            (None, None) => Received::Assumed,
        };
        let got = match received {
            Received::Given(m) | Received::FromEmployment(m, _) => m,
            Received::Assumed => 0,
        };
        let left = r.max_months.saturating_sub(got);
        let months = left.min(window);
        // The graduate's own months left bound both what may come in the title's last year (month)
        // and what a renewal would add (issue 18 §2).
        let likely_more = left.min(likely_window) - months;
        let renew_more = left.min(clause_window) - left.min(likely_window);
        let n = i64::from(g.count);
        let month_sum = if months > 0 { n.checked_mul(each)? } else { 0 };
        if let Some(runs) = runs.as_deref_mut() {
            let group = (i < p.groups().len()).then(|| u32::try_from(i + 1).unwrap_or(u32::MAX));
            runs.push(Run { group, degree: g.degree, count: g.count, per_month_fen: n.checked_mul(each)?, from: now, months, likely_more, renew_more });
        }
        let year_sum = month_sum.checked_mul(i64::from(months.min(12)))?;
        let all_sum = month_sum.checked_mul(i64::from(months))?;
        per_month = per_month.checked_add(month_sum)?;
        if months > 0 {
            raised = raised.checked_add(n.checked_mul(raise)?)?;
        }
        per_year = per_year.checked_add(year_sum)?;
        in_all = in_all.checked_add(all_sum)?;
        longest = longest.max(months);
        trace.step(|| {
            let who_zh = if i < p.groups().len() { format!("第 {} 组（{} {} 人）", i + 1, g.degree.zh(), g.count) } else { format!("其余{} {} 人", g.degree.zh(), g.count) };
            let who_en = if i < p.groups().len() { format!("Group {} ({} {})", i + 1, g.count, g.degree.en()) } else { format!("Other {} graduates ({})", g.degree.en(), g.count) };
            let (rent_zh, rent_en) = match rent {
                Some(x) => (format!("实际月租 {}，每人每月 {}", format_zh(x), format_zh(each)), format!("actual rent {}, {} each a month", format_en(x), format_en(each))),
                None => (format!("未填房租：按上限计算，每人每月 {}", format_zh(each)), format!("rent not given: the cap, {} each a month", format_en(each))),
            };
            let (got_zh, got_en) = match received {
                Received::Given(m) => (format!("已领 {m} 个月"), format!("{m} months received")),
                Received::FromEmployment(m, from) => (
                    format!("未填已领月数：按 {}-{:02} 入职推算已领 {m} 个月", from / 12, from % 12 + 1),
                    format!("months received not given: {m}, estimated from employment since {}-{:02}", from / 12, from % 12 + 1),
                ),
                Received::Assumed => ("未填已领月数：假定尚未领取".to_owned(), "months received not given: assumed none yet".to_owned()),
            };
            let mut t = text(
                format!(
                    "{who_zh}：{rent_zh}（其中本措施上浮部分 {}）；{got_zh}，还可领 {left} 个月，其中按上浮标准 {months} 个月；每月 {}，共 {}",
                    format_zh(raise),
                    format_zh(month_sum),
                    format_zh(all_sum)
                ),
                en!(format!(
                    "{who_en}: {rent_en} (of which the raise {}); {got_en}, {left} months left, {months} of them at the raised rate; {} a month, {} in all",
                    format_en(raise),
                    format_en(month_sum),
                    format_en(all_sum)
                )),
            );
            if likely_more > 0 {
                let maybe = n.saturating_mul(each).saturating_mul(i64::from(likely_more));
                t.zh.push_str(&format!("；称号可能已到期的 {likely_more} 个月可能另有 {}（不计入）", format_zh(maybe)));
                t.en.push_str(&format!("; the {likely_more} months when the title may have lapsed may bring {} more (likely, not counted)", format_en(maybe)));
            }
            if renew_more > 0 {
                t.zh.push_str(&format!("；称号复核通过的，最多还可再领 {renew_more} 个月"));
                t.en.push_str(&format!("; if the title is renewed, up to {renew_more} more months"));
            }
            t
        });
    }
    trace.step(|| {
        text(
            format!(
                "合计：现在每月 {}（其中本措施上浮 {}，基础补贴 {}）；未来 12 个月 {}；剩余月份共 {}；按季度发给毕业生本人",
                format_zh(per_month),
                format_zh(raised),
                format_zh(per_month - raised),
                format_zh(per_year),
                format_zh(in_all)
            ),
            en!(format!(
                "In all: {} a month now (the raise {}, the base subsidy {}); {} over the next 12 months; {} over the months left; paid quarterly to the graduates",
                format_en(per_month),
                format_en(raised),
                format_en(per_month - raised),
                format_en(per_year),
                format_en(in_all)
            )),
        )
    });
    Some((Amount::Monthly { per_month_fen: per_month, per_year_fen: per_year, max_months: longest, max_total_fen: in_all }, raised))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::amount::NoSteps;
    use crate::money::yuan;
    use crate::profile::{City, Size};

    fn rates() -> Rates {
        Rates { phd_fen: yuan(2400), master_fen: yuan(960), standard_phd_fen: yuan(2000), standard_master_fen: yuan(800), max_months: 36, until: Date::ymd(2028, 12, 31) }
    }

    fn one(degree: Degree, rent: i64, received: u32) -> Profile {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.talent.groups.push(GraduateGroup { degree: Some(degree), count: 1, rent_yuan: Some(rent), months_received: Some(received), employed_from: None });
        p
    }

    /// W17 (docs/worked-cases.md): a master renting at ¥1,200 with 10 months
    /// received, as of 2026-09-15, employer's 小巨人 first recognised 2024-07 and
    /// so certainly valid before 2027-07: ¥960 a month for 10 months, ¥9,600.
    #[test]
    fn w17_the_raise_stops_when_the_title_ends() {
        let as_of = Date::ymd(2026, 9, 15);
        let mut p = one(Degree::Master, 1200, 10);
        let record = crate::profile::TitleRecord { first_year: 2024, first_month: Some(7), renewed_year: None, renewed_month: None, validity: Validity::Assumed };
        *p.titles.get_mut(Title::LittleGiant) = Some(record);
        assert_eq!(title_held_until(&p, as_of), Some((month_index(Date::ymd(2027, 7, 1)), month_index(Date::ymd(2027, 8, 1)))));
        let a = per_graduate(&Inputs::of(&p, &crate::conditions::Standings::of(&p, as_of), as_of), &rates(), as_of, &mut NoSteps).unwrap();
        assert_eq!(a, Amount::Monthly { per_month_fen: 96_000, per_year_fen: 960_000, max_months: 10, max_total_fen: 960_000 });
        // Renewed in 2026 (valid into 2029): the 26 months left in 001's period all count, 26 × ¥960.
        *p.titles.get_mut(Title::LittleGiant) = Some(crate::profile::TitleRecord { renewed_year: Some(2026), ..record });
        let a = per_graduate(&Inputs::of(&p, &crate::conditions::Standings::of(&p, as_of), as_of), &rates(), as_of, &mut NoSteps).unwrap();
        assert_eq!(a, Amount::Monthly { per_month_fen: 96_000, per_year_fen: 1_152_000, max_months: 26, max_total_fen: 2_496_000 });
    }

    /// Issue 16 item 7: the raise apart from the base subsidy, on the item, in the staff's total
    /// and in the clerk's table. A Nanjing 小巨人 (2025) with one PhD graduate, rent not given, as of
    /// 2026-06-30: ¥2,400 a month, of which ¥400 is 001（十三）'s raise and ¥2,000 the city's own subsidy; 19 months
    /// (June 2026 … December 2027, the title held for certain), ¥45,600.
    #[test]
    fn the_raise_is_shown_apart_from_the_base_subsidy() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.titles.set(Title::LittleGiant, Some(2025));
        p.talent.graduates_phd = 1;
        let a = crate::evaluate(&p, Date::ymd(2026, 6, 30)).expect("valid");
        let rent = a.items.iter().find(|i| i.rule.id == "nanjing.13.graduate_rent_subsidy").expect("the rent item");
        let split = rent.rent_split().expect("split");
        assert_eq!(split, crate::result::RentSplit { title: Some(Title::LittleGiant), raise_per_month_fen: 40_000, base_per_month_fen: 200_000 });
        assert_eq!(split.text().zh, "其中因小巨人上浮：每月 400 元；基础补贴（南京市政策）每月 2,000 元");
        assert_eq!(split.text().en, "Of which the raise for the little giant title: ¥400 a month; the base subsidy (Nanjing's own policy): ¥2,000 a month");
        assert_eq!(crate::totals::employees_split(&a.items), Some(split));
        assert!(rent.trace().iter().any(|s| s.zh.contains("合计：现在每月 2,400 元（其中本措施上浮 400 元，基础补贴 2,000 元）")), "{:?}", rent.trace());
        let csv = a.items_csv(crate::export::Language::Zh);
        assert!(csv.contains("每月 2,400 元（每年 2.88 万元，还可领 19 个月，共 4.56 万元）；其中因小巨人上浮：每月 400 元；基础补贴（南京市政策）每月 2,000 元"), "{csv}");
        // Two PhDs and a master renting at ¥900 for a 单项冠军: 2 × 400 + (900 − 800) raised, 2 × 2,000 + 800 the base.
        let mut p = Profile::new(City::Nanjing, Size::Large);
        p.titles.set(Title::SingleChampion, Some(2025));
        p.talent.graduates_phd = 2;
        p.talent.groups.push(GraduateGroup { degree: Some(Degree::Master), count: 1, rent_yuan: Some(900), months_received: None, employed_from: None });
        let a = crate::evaluate(&p, Date::ymd(2026, 6, 30)).expect("valid");
        let split = crate::totals::employees_split(&a.items).expect("split");
        assert_eq!((split.title, split.raise_per_month_fen, split.base_per_month_fen), (Some(Title::SingleChampion), 90_000, 480_000));
        assert_eq!(split.text().zh, "其中因单项冠军上浮：每月 900 元；基础补贴（南京市政策）每月 4,800 元");
    }

    /// W3 (docs/worked-cases.md): a PhD renting at ¥1,800 gets no raise (the standard ¥2,000
    /// already covers the rent): ¥0 raised, ¥1,800 the base, and the card says so.
    #[test]
    fn w3_no_raise_when_the_rent_is_below_the_standard() {
        let mut p = one(Degree::Phd, 1800, 20);
        p.titles.set(Title::LittleGiant, Some(2025));
        let a = crate::evaluate(&p, Date::ymd(2026, 6, 30)).expect("valid");
        let rent = a.items.iter().find(|i| i.rule.id == "nanjing.13.graduate_rent_subsidy").expect("the rent item");
        assert_eq!(rent.amount, Amount::Monthly { per_month_fen: 180_000, per_year_fen: 2_160_000, max_months: 16, max_total_fen: 2_880_000 });
        assert_eq!(rent.rent_split().expect("split").text().zh, "其中因小巨人上浮：每月 0 元；基础补贴（南京市政策）每月 1,800 元");
    }

    #[test]
    fn months_received_are_estimated_from_the_start_month() {
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.talent.groups.push(GraduateGroup { degree: Some(Degree::Phd), count: 2, rent_yuan: None, months_received: None, employed_from: Some("2025-06".into()) });
        // June 2025 … May 2026 = 12 months received by 2026-06; 24 left; 2 × ¥2,400.
        let mut steps = Vec::new();
        let a = per_graduate(&Inputs::of(&p, &crate::conditions::Standings::of(&p, Date::ymd(2026, 6, 30)), Date::ymd(2026, 6, 30)), &rates(), Date::ymd(2026, 6, 30), &mut steps).unwrap();
        assert_eq!(a, Amount::Monthly { per_month_fen: 480_000, per_year_fen: 5_760_000, max_months: 24, max_total_fen: 11_520_000 });
        assert!(steps.iter().any(|s| s.zh.contains("按 2025-06 入职推算已领 12 个月")), "{steps:?}");
        assert!(steps.iter().any(|s| s.zh.contains("未填房租：按上限计算")), "{steps:?}");
    }
}
