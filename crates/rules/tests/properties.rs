//! Property tests over generated profiles and as-of dates: the evaluator never
//! panics, accepts exactly what `Profile::validate` accepts, keeps amounts
//! non-negative and within their caps, sums its totals correctly, is
//! deterministic, and is monotone where the texts are.

use proptest::prelude::*;
use srdi_rules::catalogue;
use srdi_rules::facts;
use srdi_rules::model::{AmountRule, Level};
use srdi_rules::bounds::{MAX_DISTRICT_CHARS, MAX_PEOPLE, MAX_RATE_BP, MAX_YUAN};
use srdi_rules::model::Condition;
use srdi_rules::profile::{Achievements, Activities, City, Counts, Degree, Finance, GraduateGroup, Loan, PilotPlatform, Procurement, Rd, Size, SrdiLoan, Talent, Title, TitleRecord, Titles, Validity};
use srdi_rules::eval::Until;
use srdi_rules::{evaluate, Amount, Assessment, Date, Flag, Profile, Totals};
use std::collections::BTreeSet;

// ---------------------------------------------------------------- strategies

/// Any city, biased to those with city-level documents (Nanjing, Suzhou, Huai'an).
fn city() -> impl Strategy<Value = City> {
    prop_oneof![
        3 => prop::sample::select(City::ALL.to_vec()),
        3 => Just(City::Nanjing),
        1 => Just(City::Suzhou),
        1 => Just(City::Huaian),
    ]
}

/// A size, or none chosen yet (the blank form).
fn size() -> impl Strategy<Value = Option<Size>> {
    prop_oneof![
        6 => prop::sample::select(Size::ALL.to_vec()).prop_map(Some),
        1 => Just(None),
    ]
}

/// None, or a year in 1985..=2105, biased to the years the documents cover.
fn title_year() -> impl Strategy<Value = Option<u16>> {
    prop_oneof![
        6 => Just(None),
        1 => (1985u16..=2105).prop_map(Some),
        3 => (2016u16..=2026).prop_map(Some),
    ]
}

/// A title: none, a bare year, or with a month, a renewal some years later and the user's word.
fn title() -> impl Strategy<Value = Option<TitleRecord>> {
    let validity = prop_oneof![4 => Just(Validity::Assumed), 1 => Just(Validity::Valid), 1 => Just(Validity::Lapsed)];
    (title_year(), prop::option::of(1u8..=12), prop::option::of((0u16..=6, prop::option::of(1u8..=12))), validity, any::<bool>()).prop_map(
        |(year, first_month, renewed, validity, detailed)| {
            year.map(|first_year| {
                if !detailed {
                    return TitleRecord::from(first_year);
                }
                TitleRecord {
                    first_year,
                    first_month,
                    renewed_year: renewed.map(|(k, _)| first_year + k),
                    renewed_month: renewed.and_then(|(_, m)| m),
                    validity,
                }
            })
        },
    )
}

fn titles() -> impl Strategy<Value = Titles> {
    (title(), title(), title(), title(), title()).prop_map(|(a, b, c, d, e)| Titles {
        innovative_sme: a,
        provincial_srdi: b,
        little_giant: c,
        single_champion: d,
        demo_platform: e,
    })
}

/// Whole yuan in -10..=MAX_YUAN+10, biased to zero, realistic sums and the edges.
fn money() -> impl Strategy<Value = i64> {
    prop_oneof![
        1 => -10i64..=-1,
        6 => Just(0i64),
        10 => 1i64..=50_000_000,
        2 => 0i64..=MAX_YUAN,
        1 => (MAX_YUAN - 10)..=(MAX_YUAN + 10),
    ]
}

fn rate_bp() -> impl Strategy<Value = u32> {
    prop_oneof![2 => Just(0u32), 3 => 100u32..=800, 1 => 0u32..=4000]
}

fn people() -> impl Strategy<Value = u32> {
    prop_oneof![3 => Just(0u32), 3 => 0u32..=20, 1 => 0u32..=100_010, 1 => 99_990u32..=100_010]
}

/// Optional free text, including names just over and far over the limit.
fn district() -> impl Strategy<Value = Option<String>> {
    let ch = prop_oneof![
        Just('区'),
        Just('江'),
        Just('北'),
        Just('新'),
        prop::char::range('a', 'z'),
        prop::char::range('\u{4e00}', '\u{9fa5}'),
        Just('"'),
        Just(','),
        Just(' '),
    ];
    let len = prop_oneof![3 => 0usize..=12, 1 => 48usize..=53, 1 => 0usize..=200];
    let s = (len, prop::collection::vec(ch, 200)).prop_map(|(n, cs)| cs.into_iter().take(n).collect::<String>());
    prop::option::weighted(0.5, s)
}

fn achievements() -> impl Strategy<Value = Achievements> {
    (any::<[bool; 7]>(), money()).prop_map(|(b, pilot)| Achievements {
        national_key_tech_task: b[0],
        leads_standard: b[1],
        generative_ai_filed: b[2],
        smart_factory_excellent: b[3],
        industrial_internet_platform: b[4],
        first_set_product: b[5],
        chuangke_winner: b[6],
        pilot_platform_investment_yuan: pilot,
    })
}

fn finance() -> impl Strategy<Value = Finance> {
    (money(), rate_bp(), any::<bool>(), money(), any::<bool>()).prop_map(|(loan, rate, central, guarantee, bridge)| Finance {
        equipment_loan_yuan: loan,
        equipment_loan_rate_bp: rate,
        central_subsidy: central,
        guarantee_yuan: guarantee,
        bridge_loan_need: bridge,
    })
}

/// Graduate groups: mostly none, sometimes a few, with rents, months and start
/// months in and (rarely) out of bounds.
fn groups() -> impl Strategy<Value = Vec<GraduateGroup>> {
    let group = (
        prop::option::weighted(0.95, prop::sample::select(Degree::ALL.to_vec())),
        prop_oneof![6 => 1u32..=5, 1 => 0u32..=100_010],
        prop::option::of(prop_oneof![5 => 0i64..=5_000, 1 => -10i64..=100_010]),
        prop::option::of(prop_oneof![5 => 0u32..=36, 1 => 0u32..=40]),
        prop::option::weighted(0.3, prop_oneof![8 => (2015u16..=2029, 1u8..=12).prop_map(|(y, m)| format!("{y}-{m:02}")), 1 => Just("2024/9".to_owned())]),
    )
        .prop_map(|(degree, count, rent_yuan, months_received, employed_from)| GraduateGroup { degree, count, rent_yuan, months_received, employed_from });
    prop_oneof![3 => Just(Vec::new()), 2 => prop::collection::vec(group, 1..4)]
}

/// The v2 detail: graduate groups, the tender's rate, counts, activities.
fn detail() -> impl Strategy<Value = (Vec<GraduateGroup>, Option<u32>, Counts, Activities)> {
    let counts = (prop_oneof![3 => Just(0u32), 2 => 0u32..=5, 1 => 0u32..=110], prop_oneof![3 => Just(0u32), 2 => 0u32..=5, 1 => 0u32..=110], prop::collection::vec(prop_oneof![5 => 1i64..=10_000_000, 1 => -5i64..=1], 0..3))
        .prop_map(|(k, s, pl)| Counts { key_tech_tasks: k, standards: s, pilot_platforms: pl.into_iter().map(|investment_yuan| PilotPlatform { investment_yuan }).collect() });
    let activities = any::<[bool; 6]>().prop_map(|b| Activities {
        buys_compute: b[0],
        green_microgrid: b[1],
        cross_border: b[2],
        suzhou_talent: b[3],
        jiebang: b[4],
        digital_provider: b[5],
    });
    (groups(), prop::option::of(prop_oneof![5 => 0u32..=2_000, 1 => 0u32..=2_500]), counts, activities)
}

/// Project loans for the 贴息: up to 4, with or without average, rate, start and central subsidy.
fn loans() -> impl Strategy<Value = Vec<Loan>> {
    let loan = (1i64..=700_000_000, prop::option::of(0u32..=100), prop::option::of(1u32..=800), prop::option::of((2018u16..=2027, 1u8..=12, 1u8..=28)), any::<bool>(), any::<bool>())
        .prop_map(|(equipment_yuan, avg_pct, rate_bp, start, by_year, central_subsidy)| {
            let start_date = start.and_then(|(y, m, d)| Date::new(y, m, d));
            Loan {
                equipment_yuan,
                avg_balance_yuan: avg_pct.map(|pct| equipment_yuan / 100 * i64::from(pct)),
                rate_bp,
                start: start_date.filter(|_| !by_year),
                start_year: start_date.filter(|_| by_year).map(Date::year),
                central_subsidy,
            }
        });
    prop_oneof![3 => Just(Vec::new()), 2 => prop::collection::vec(loan, 1..=4)]
}

/// Huai'an 专精特新贷 loans: up to 2, signed 2024-06 … 2026-03.
fn srdi_loans() -> impl Strategy<Value = Vec<SrdiLoan>> {
    let loan = (1i64..=50_000_000, 1u16..=120, (2024u16..=2026, 1u8..=12, 1u8..=28), prop::option::of(200u32..=600)).prop_map(|(principal_yuan, tenor_months, (y, m, d), rate_bp)| {
        SrdiLoan { principal_yuan, tenor_months, signed: Date::new(y, m, d).unwrap_or(Date::ymd(2025, 1, 1)), rate_bp }
    });
    prop_oneof![3 => Just(Vec::new()), 1 => prop::collection::vec(loan, 1..=2)]
}

fn profile() -> impl Strategy<Value = Profile> {
    // Each part boxed: the value trees of one flat tuple this wide overflow a
    // test thread's stack in debug builds.
    (
        city().boxed(),
        district().boxed(),
        size().boxed(),
        any::<bool>().boxed(),
        titles().boxed(),
        achievements().boxed(),
        finance().boxed(),
        (money(), money()).boxed(),
        (people(), people()).boxed(),
        money().boxed(),
        (detail().boxed(), (loans(), srdi_loans()).boxed()).boxed(),
    )
        .prop_map(|(city, district, size, manufacturing, titles, achievements, finance, (rd_this, rd_last), (phd, master), bid, ((groups, deduction_bp, counts, activities), (loans, srdi_loans)))| Profile {
            city,
            district,
            size,
            manufacturing,
            titles,
            achievements,
            finance,
            rd: Rd { expense_this_year_yuan: rd_this, expense_last_year_yuan: rd_last, base_subsidy_received: rd_last % 2 == 1 },
            talent: Talent { graduates_phd: phd, graduates_master: master, groups },
            procurement: Procurement { bid_price_yuan: bid, deduction_bp },
            counts,
            activities,
            loans,
            srdi_loans,
        })
}

/// A date between 1990 and 2100, biased to the years the documents cover.
fn as_of() -> impl Strategy<Value = Date> {
    let year = prop_oneof![1 => 1990u16..=2100, 4 => 2023u16..=2029];
    (year, 1u8..=12, 1u8..=31).prop_filter_map("not a calendar date", |(y, m, d)| Date::new(y, m, d))
}

/// Brings every field of a generated profile inside its bounds for `as_of`,
/// so the properties that need an assessment get one on every case.
fn sanitize(mut p: Profile, as_of: Date) -> Profile {
    if let Some(d) = &p.district {
        p.district = Some(d.chars().take(MAX_DISTRICT_CHARS).collect());
    }
    for t in Title::ALL {
        if let Some(r) = p.titles.get_mut(t) {
            r.first_year = r.first_year.clamp(1990, as_of.year());
            if r.first_year == as_of.year() {
                r.first_month = r.first_month.map(|m| m.min(as_of.month()));
            }
            if let Some(y) = r.renewed_year {
                let y = y.clamp(r.first_year, as_of.year());
                r.renewed_year = Some(y);
                if y == as_of.year() {
                    r.renewed_month = r.renewed_month.map(|m| m.min(as_of.month()));
                }
            }
        }
    }
    if p.size == Some(Size::Large) {
        for t in Title::ALL.into_iter().filter(|t| t.for_smes_only()) {
            p.titles.set(t, None);
        }
    }
    if !p.loans.is_empty() {
        p.finance.equipment_loan_yuan = 0;
        p.finance.equipment_loan_rate_bp = 0;
        p.finance.central_subsidy = false;
    }
    for l in &mut p.loans {
        l.start = l.start.filter(|d| *d <= as_of);
        l.start_year = l.start_year.filter(|y| *y <= as_of.year());
    }
    p.srdi_loans.retain(|l| l.signed <= as_of);
    let clamp = |v: &mut i64| *v = (*v).clamp(0, MAX_YUAN);
    clamp(&mut p.achievements.pilot_platform_investment_yuan);
    clamp(&mut p.finance.equipment_loan_yuan);
    clamp(&mut p.finance.guarantee_yuan);
    clamp(&mut p.rd.expense_this_year_yuan);
    clamp(&mut p.rd.expense_last_year_yuan);
    clamp(&mut p.procurement.bid_price_yuan);
    p.finance.equipment_loan_rate_bp = p.finance.equipment_loan_rate_bp.min(MAX_RATE_BP);
    p.talent.graduates_phd = p.talent.graduates_phd.min(MAX_PEOPLE);
    p.talent.graduates_master = p.talent.graduates_master.min(MAX_PEOPLE);
    let month_now = u32::from(as_of.year()) * 12 + u32::from(as_of_month(as_of)) - 1;
    for g in &mut p.talent.groups {
        g.degree.get_or_insert(Degree::Phd);
        g.count = g.count.clamp(1, 5);
        g.rent_yuan = g.rent_yuan.map(|r| r.clamp(0, 100_000));
        g.months_received = g.months_received.map(|m| m.min(36));
        g.employed_from = g.employed_from.take().and_then(|e| month_number(&e)).filter(|m| *m <= month_now).map(|m| format!("{}-{:02}", m / 12, m % 12 + 1));
    }
    // Head counts cover the groups (the raise-inputs property keeps them valid).
    for d in Degree::ALL {
        let sum: u32 = p.talent.groups.iter().filter(|g| g.degree == Some(d)).map(|g| g.count).sum();
        let head = match d {
            Degree::Phd => &mut p.talent.graduates_phd,
            Degree::Master => &mut p.talent.graduates_master,
        };
        *head = (*head).max(sum);
    }
    p.procurement.deduction_bp = p.procurement.deduction_bp.map(|d| d.min(2_000));
    p.counts.key_tech_tasks = p.counts.key_tech_tasks.min(100);
    p.counts.standards = p.counts.standards.min(100);
    for pl in &mut p.counts.pilot_platforms {
        pl.investment_yuan = pl.investment_yuan.clamp(1, MAX_YUAN);
    }
    if !p.counts.pilot_platforms.is_empty() {
        p.achievements.pilot_platform_investment_yuan = 0;
    }
    p
}

/// `YYYY-MM` as year × 12 + month − 1, independently of the crate.
fn month_number(s: &str) -> Option<u32> {
    let (y, m) = s.split_once('-')?;
    let (y, m): (u32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (y.to_string().len() == 4 && m.to_string().len() <= 2 && s.len() == 7 && (1990..=2100).contains(&y) && (1..=12).contains(&m)).then(|| y * 12 + m - 1)
}

fn as_of_month(d: Date) -> u8 {
    d.to_string()[5..7].parse().unwrap()
}

/// The fields of `p` outside the documented bounds on `as_of`, by dotted path.
fn out_of_bounds(p: &Profile, as_of: Date) -> BTreeSet<String> {
    let mut bad = BTreeSet::new();
    if p.district.as_ref().is_some_and(|d| d.chars().count() > 50) {
        bad.insert("district".to_owned());
    }
    let year_bad = |y: u16| !(1990..=2100).contains(&y) || y > as_of.year();
    let month_after = |y: u16, m: Option<u8>| y == as_of.year() && m.is_some_and(|m| m > as_of.month());
    let names = ["innovative_sme", "provincial_srdi", "little_giant", "single_champion", "demo_platform"];
    for (i, (t, name)) in Title::ALL.into_iter().zip(names).enumerate() {
        let Some(r) = p.titles.get(t) else { continue };
        // Readings B12: a large firm cannot hold an SME-only title.
        if year_bad(r.first_year) || (p.size == Some(Size::Large) && i < 3) {
            bad.insert(format!("titles.{name}"));
        }
        if month_after(r.first_year, r.first_month) {
            bad.insert(format!("titles.{name}.first_month"));
        }
        if let Some(y) = r.renewed_year {
            if year_bad(y) {
                bad.insert(format!("titles.{name}.renewed_year"));
            }
            if month_after(y, r.renewed_month) {
                bad.insert(format!("titles.{name}.renewed_month"));
            }
        }
    }
    if !p.loans.is_empty() && (p.finance.equipment_loan_yuan != 0 || p.finance.equipment_loan_rate_bp != 0 || p.finance.central_subsidy) {
        bad.insert("finance.equipment_loan_yuan".to_owned());
    }
    for (i, l) in p.loans.iter().enumerate() {
        if l.start.is_some_and(|d| d > as_of) {
            bad.insert(format!("loans.{}.start", i + 1));
        }
        if l.start_year.is_some_and(|y| y > as_of.year()) {
            bad.insert(format!("loans.{}.start_year", i + 1));
        }
    }
    for (i, l) in p.srdi_loans.iter().enumerate() {
        if l.signed > as_of {
            bad.insert(format!("srdi_loans.{}.signed", i + 1));
        }
    }
    let money = [
        ("achievements.pilot_platform_investment_yuan", p.achievements.pilot_platform_investment_yuan),
        ("finance.equipment_loan_yuan", p.finance.equipment_loan_yuan),
        ("finance.guarantee_yuan", p.finance.guarantee_yuan),
        ("rd.expense_this_year_yuan", p.rd.expense_this_year_yuan),
        ("rd.expense_last_year_yuan", p.rd.expense_last_year_yuan),
        ("procurement.bid_price_yuan", p.procurement.bid_price_yuan),
    ];
    for (name, v) in money {
        if !(0..=100_000_000_000).contains(&v) {
            bad.insert(name.to_owned());
        }
    }
    if p.finance.equipment_loan_rate_bp > 3_000 {
        bad.insert("finance.equipment_loan_rate_bp".to_owned());
    }
    if p.talent.graduates_phd > 100_000 {
        bad.insert("talent.graduates_phd".to_owned());
    }
    if p.talent.graduates_master > 100_000 {
        bad.insert("talent.graduates_master".to_owned());
    }
    let month_now = u32::from(as_of.year()) * 12 + u32::from(as_of_month(as_of)) - 1;
    for (i, g) in p.talent.groups.iter().enumerate() {
        let at = |f: &str| format!("talent.groups.{}.{f}", i + 1);
        if g.degree.is_none() {
            bad.insert(at("degree"));
        }
        if !(1..=100_000).contains(&g.count) {
            bad.insert(at("count"));
        }
        if g.rent_yuan.is_some_and(|r| !(0..=100_000).contains(&r)) {
            bad.insert(at("rent_yuan"));
        }
        if g.months_received.is_some_and(|m| m > 36) {
            bad.insert(at("months_received"));
        }
        if g.employed_from.as_deref().is_some_and(|e| month_number(e).is_none_or(|m| m > month_now)) {
            bad.insert(at("employed_from"));
        }
    }
    for (d, head) in [(Degree::Phd, p.talent.graduates_phd), (Degree::Master, p.talent.graduates_master)] {
        let mut sum = 0u64;
        for (i, g) in p.talent.groups.iter().enumerate() {
            if head == 0 || g.degree != Some(d) {
                continue;
            }
            sum += u64::from(g.count);
            if sum > u64::from(head) {
                bad.insert(format!("talent.groups.{}.count", i + 1));
                break;
            }
        }
    }
    if p.counts.key_tech_tasks > 100 {
        bad.insert("counts.key_tech_tasks".to_owned());
    }
    if p.counts.standards > 100 {
        bad.insert("counts.standards".to_owned());
    }
    for (i, pl) in p.counts.pilot_platforms.iter().enumerate() {
        if !(1..=100_000_000_000).contains(&pl.investment_yuan) {
            bad.insert(format!("counts.pilot_platforms.{}.investment_yuan", i + 1));
        }
    }
    if !p.counts.pilot_platforms.is_empty() && p.achievements.pilot_platform_investment_yuan != 0 {
        bad.insert("achievements.pilot_platform_investment_yuan".to_owned());
    }
    if p.procurement.deduction_bp.is_some_and(|d| d > 2_000) {
        bad.insert("procurement.deduction_bp".to_owned());
    }
    bad
}

fn valid_case() -> impl Strategy<Value = (Profile, Date)> {
    (profile(), as_of()).prop_map(|(p, d)| (sanitize(p, d), d))
}

// ---------------------------------------------------------------- helpers

fn rule_amount(id: &str) -> AmountRule {
    catalogue::rule(id).unwrap_or_else(|| panic!("item {id} is not in the catalogue")).2.amount
}

/// The money figures of an amount, in a fixed order per kind.
fn figures(a: &Amount) -> Vec<i64> {
    match *a {
        Amount::Exact { fen } | Amount::Annual { fen } => vec![fen],
        Amount::UpTo { cap_fen } => vec![cap_fen],
        Amount::Monthly { per_month_fen, per_year_fen, max_total_fen, .. } => vec![per_month_fen, per_year_fen, max_total_fen],
        Amount::EvaluationPrice { bid_fen, evaluated_fen, .. } => vec![bid_fen, evaluated_fen],
        Amount::FeeCeiling { base_fen, max_fee_fen, .. } => vec![base_fen, max_fee_fen],
        Amount::RateCeiling { above_cap_fen, .. } => vec![above_cap_fen],
        Amount::Unquantified { .. } | Amount::NonMonetary => vec![],
    }
}

/// The 贴息 worked out here, independently of the evaluator (readings B4–B7):
/// per project min(base × 2% (1% with a central subsidy), base × rate, project
/// cap), summed, then min(sum, enterprise cap). Also returns the uncapped sum.
fn expected_interest(p: &Profile, as_of: Date, caps: facts::InterestCaps) -> (i64, i128) {
    let mut loans = p.loans.clone();
    if loans.is_empty() && p.finance.equipment_loan_yuan > 0 {
        let f = &p.finance;
        loans.push(Loan { equipment_yuan: f.equipment_loan_yuan, rate_bp: (f.equipment_loan_rate_bp > 0).then_some(f.equipment_loan_rate_bp), central_subsidy: f.central_subsidy, ..Loan::default() });
    }
    let (mut sum, mut uncapped) = (0i64, 0i128);
    for l in &loans {
        let whole = i128::from(l.equipment_yuan) * 100;
        let base = match (l.avg_balance_yuan, l.start) {
            (Some(avg), _) => i128::from(avg) * 100,
            (None, Some(d)) if d.year() == as_of.year() => {
                let days_in_year = if Date::new(d.year(), 2, 29).is_some() { 366 } else { 365 };
                let mut day = 0;
                let mut x = Date::ymd(d.year(), 1, 1);
                while x < d {
                    day += 1;
                    x = Date::from_unix_days(days_since_1970(x) + 1).unwrap();
                }
                whole * (days_in_year - day) / days_in_year
            }
            _ => whole,
        };
        let share = if l.central_subsidy { 100 } else { 200 };
        let mut sub = base * share / 10_000;
        if let Some(r) = l.rate_bp {
            sub = sub.min(base * i128::from(r) / 10_000);
        }
        uncapped += sub;
        sum += i64::try_from(sub.min(i128::from(caps.per_project_fen))).unwrap();
    }
    (sum.min(caps.per_enterprise_fen), uncapped)
}

fn days_since_1970(d: Date) -> i64 {
    // Inverse of Date::from_unix_days by search from a known anchor (2024-01-01 = 19,723).
    let mut n = 19_723i64 + (i64::from(d.year()) - 2024) * 365;
    loop {
        let x = Date::from_unix_days(n).unwrap();
        if x == d {
            return n;
        }
        n += if x < d { 1 } else { -1 };
    }
}


fn ids(a: &Assessment) -> BTreeSet<&'static str> {
    a.items.iter().map(|i| i.rule.id).collect()
}

/// The last day a limit leaves its figure certain.
fn last_day(u: Until) -> Date {
    match u {
        Until::SchemeYear { year, .. } => Date::new(year, 12, 31).expect("a scheme year is a supported year"),
        Until::Ends { date } => date,
    }
}

/// Of two limits, the one that ends first (the earlier of equals).
fn first_to_end(a: Option<Until>, b: Option<Until>) -> Option<Until> {
    match (a, b) {
        (Some(x), Some(y)) if last_day(y) < last_day(x) => Some(y),
        (x, y) => x.or(y),
    }
}

/// Totals recomputed from the items, independently of the evaluator.
fn expected_totals(a: &Assessment) -> Totals {
    let mut t = Totals::default();
    for it in &a.items {
        let expired = it.flags.contains(&Flag::Expired) || it.flags.contains(&Flag::NotYetInForce);
        if expired {
            t.not_in_force_count += 1;
            continue;
        }
        if matches!(it.amount, Amount::NonMonetary) {
            // Services count whether certain or likely; prices and ceilings are not services.
            t.non_monetary_count += 1;
        }
        if it.flags.contains(&Flag::Draft) && !matches!(it.amount, Amount::NonMonetary) {
            t.includes_drafts = true;
        }
        if it.flags.contains(&Flag::Likely) {
            assert!(it.likely.is_some(), "a likely item says why");
            t.likely_count += 1;
            match it.amount {
                Amount::Exact { fen } => t.likely_one_off_fen += fen,
                Amount::Annual { fen } => t.likely_annual_fen += fen,
                Amount::UpTo { cap_fen } => t.likely_up_to_fen += cap_fen,
                Amount::Monthly { per_month_fen, .. } => t.likely_employees_per_month_fen += per_month_fen,
                _ => {}
            }
            continue;
        }
        assert!(it.likely.is_none());
        match it.amount {
            Amount::Exact { fen } => t.exact_one_off_fen += fen,
            Amount::Annual { fen } => {
                t.annual_fen += fen;
                t.annual_until = first_to_end(t.annual_until, it.until);
            }
            Amount::UpTo { cap_fen } => t.up_to_fen += cap_fen,
            Amount::Monthly { per_month_fen, max_total_fen, .. } => {
                t.employees_per_month_fen += per_month_fen;
                t.employees_max_total_fen += max_total_fen;
                t.employees_until = first_to_end(t.employees_until, it.until);
            }
            Amount::Unquantified { .. } => t.unquantified_count += 1,
            Amount::NonMonetary | Amount::EvaluationPrice { .. } | Amount::FeeCeiling { .. } | Amount::RateCeiling { .. } => {}
        }
        if it.flags.contains(&Flag::Draft) && !matches!(it.amount, Amount::NonMonetary) {
            t.includes_drafts = true;
        }
    }
    t
}

/// Everything that must hold of any assessment.
fn check_assessment(p: &Profile, as_of: Date, a: &Assessment) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.as_of, as_of);
    prop_assert_eq!(a.city, p.city);
    prop_assert_eq!(a.applies, p.city.in_jiangsu());
    if !p.city.in_jiangsu() {
        prop_assert!(a.items.is_empty(), "outside Jiangsu but {} items", a.items.len());
        prop_assert!(a.near_misses.is_empty());
        prop_assert!(a.documents.is_empty());
        prop_assert_eq!(&a.totals, &Totals::default());
        prop_assert!(!a.notices.is_empty(), "outside Jiangsu needs a notice");
    } else {
        prop_assert!(!a.documents.is_empty(), "provincial documents always cover a Jiangsu city");
    }
    // 还可争取 by worth (issue 16 item 7): money before amounts not stated, the larger first within a kind.
    let worth = |n: &srdi_rules::NearMiss| (n.would_bring.money_rank().unwrap_or(5), std::cmp::Reverse(n.would_bring.headline_fen()));
    prop_assert!(a.near_misses.windows(2).all(|w| worth(&w[0]) <= worth(&w[1])), "near misses out of order");
    // The rent raise and the base subsidy add up to the monthly sum, on each item and in the staff's total.
    for it in &a.items {
        if let (Some(s), Amount::Monthly { per_month_fen, .. }) = (it.rent_split(), it.amount) {
            prop_assert_eq!(s.raise_per_month_fen + s.base_per_month_fen, per_month_fen, "{}", it.rule.id);
            prop_assert!(s.raise_per_month_fen >= 0 && s.base_per_month_fen >= 0);
        }
    }
    if let Some(s) = srdi_rules::totals::employees_split(&a.items) {
        prop_assert_eq!(s.raise_per_month_fen + s.base_per_month_fen, a.totals.employees_per_month_fen);
    }
    // The payment timeline (issue 20 §2) reads every profile, and its sums are the totals'.
    let t = srdi_rules::timeline::of(p, a).map_err(|e| TestCaseError::fail(format!("timeline: {e}")))?;
    let (c, l) = t.sums().ok_or_else(|| TestCaseError::fail("timeline sums overflow"))?;
    prop_assert_eq!((c.one_off_fen, l.one_off_fen, c.up_to_fen, l.up_to_fen), (a.totals.exact_one_off_fen, a.totals.likely_one_off_fen, a.totals.up_to_fen, a.totals.likely_up_to_fen));
    prop_assert_eq!(c.staff_fen, a.totals.employees_max_total_fen);
    prop_assert_eq!(t.year(as_of.year()).map_or(0, |y| y.certain.yearly_fen), a.totals.annual_fen);

    // Readings A8, B9a: only yearly and monthly figures carry a limit; the 贴息's is its
    // scheme year (the as-of year), any other's an end within 12 months of the as-of date.
    for it in &a.items {
        let Some(u) = it.until else { continue };
        prop_assert!(matches!(it.amount, Amount::Annual { .. } | Amount::Monthly { .. }), "{}: a limit on {:?}", it.rule.id, it.amount);
        match u {
            Until::SchemeYear { year, next_announced } => {
                prop_assert!(matches!(it.rule.amount, AmountRule::LoanInterestSubsidy), "{}", it.rule.id);
                prop_assert_eq!(year, as_of.year());
                prop_assert_eq!(next_announced, facts::interest_caps(year + 1).is_some());
            }
            Until::Ends { date } => {
                prop_assert!(date >= as_of, "{}: ends {} before {}", it.rule.id, date, as_of);
                prop_assert!(date.year() <= as_of.year() + 1, "{}: ends {} too late for {}", it.rule.id, date, as_of);
                prop_assert!(it.amount_text().zh.contains(&format!("至 {} 年", date.year())), "{}", it.amount_text().zh);
            }
        }
    }
    for it in a.items.iter().filter(|i| matches!(i.rule.amount, AmountRule::LoanInterestSubsidy) && matches!(i.amount, Amount::Annual { .. })) {
        prop_assert!(matches!(it.until, Some(Until::SchemeYear { .. })), "the 贴息 names its scheme year");
        prop_assert!(it.amount_text().zh.starts_with(&format!("{} 年 ", as_of.year())), "{}", it.amount_text().zh);
    }

    let mut seen = BTreeSet::new();
    for it in &a.items {
        prop_assert!(seen.insert(it.rule.id), "item {} listed twice", it.rule.id);
        let (doc, clause, rule) = catalogue::rule(it.rule.id).ok_or_else(|| TestCaseError::fail(format!("{} not in catalogue", it.rule.id)))?;
        prop_assert_eq!(it.doc.source_file, doc.source_file);
        prop_assert_eq!(it.clause.number, clause.number);
        prop_assert_eq!(it.rule.quote, rule.quote);
        match doc.level {
            Level::Province => prop_assert!(p.city.in_jiangsu()),
            Level::City(c) => prop_assert_eq!(c, p.city, "{} is for another city", it.rule.id),
        }
        for f in figures(&it.amount) {
            prop_assert!(f >= 0, "{}: negative figure in {:?}", it.rule.id, it.amount);
        }
        match (rule.amount, &it.amount) {
            (AmountRule::Fixed { fen }, Amount::Exact { fen: got }) => prop_assert_eq!(*got, fen),
            (AmountRule::UpTo { cap_fen }, Amount::UpTo { cap_fen: got }) => {
                prop_assert!(*got <= cap_fen, "{}: up to {} above the rule's cap {}", it.rule.id, got, cap_fen)
            }
            (AmountRule::RentPerGraduate { phd_fen, master_fen, max_months, until, .. }, Amount::Monthly { per_month_fen, per_year_fen, max_months: m, max_total_fen }) => {
                // Never above the raised rate, nor (rent never exceeds actual rent) above a group's actual rent.
                let cap = |d: Degree| if d == Degree::Phd { phd_fen } else { master_fen };
                let grouped = |d: Degree| p.talent.groups.iter().filter(|g| g.degree == Some(d)).map(|g| i64::from(g.count)).sum::<i64>();
                // Head counts of 0 mean "the groups' sum": no one outside the groups then.
                let mut most = (i64::from(p.talent.graduates_phd) - grouped(Degree::Phd)).max(0) * phd_fen + (i64::from(p.talent.graduates_master) - grouped(Degree::Master)).max(0) * master_fen;
                for g in &p.talent.groups {
                    let d = g.degree.unwrap_or(Degree::Phd);
                    most += i64::from(g.count) * g.rent_yuan.map_or(cap(d), |r| (r * 100).min(cap(d)));
                }
                prop_assert!(*per_month_fen <= most, "rent {} a month above the actual rents and caps {}", per_month_fen, most);
                // Months left never exceed 36, the months to the clause's end, nor 36 minus the months received.
                let now = u32::from(as_of.year()) * 12 + u32::from(as_of_month(as_of)) - 1;
                let end = u32::from(until.year()) * 12 + u32::from(as_of_month(until));
                prop_assert!(*m <= max_months && *m <= end.saturating_sub(now), "{} months left", m);
                if p.talent.groups.len() == 1 && p.talent.graduates_phd + p.talent.graduates_master == p.talent.groups[0].count {
                    let got = p.talent.groups[0].months_received.unwrap_or(0);
                    prop_assert!(*m <= 36 - got, "{} months left with {} received", m, got);
                }
                prop_assert!(*per_year_fen <= per_month_fen * 12);
                prop_assert!(*per_year_fen <= *max_total_fen && *max_total_fen <= per_month_fen * i64::from(*m));
            }
            // Readings D3, D4: no 「每项」 in the text: one cap per firm, whatever the count.
            (AmountRule::UpToEach { cap_fen, .. }, Amount::UpTo { cap_fen: got }) => {
                prop_assert_eq!(*got, cap_fen);
            }
            (AmountRule::UpToPerPlatform { cap_fen }, Amount::UpTo { cap_fen: got }) => {
                let inv: Vec<i64> = if p.counts.pilot_platforms.is_empty() { vec![p.achievements.pilot_platform_investment_yuan] } else { p.counts.pilot_platforms.iter().map(|pl| pl.investment_yuan).collect() };
                prop_assert!(*got <= cap_fen && *got <= inv.iter().sum::<i64>() * 100, "pilot platforms {:?}: up to {}", inv, got);
            }
            (AmountRule::LoanInterestSubsidy, amount) => match facts::interest_caps(as_of.year()) {
                None => prop_assert!(matches!(amount, Amount::Unquantified { .. }), "no caps for {} but {:?}", as_of.year(), amount),
                Some(caps) => {
                    let Amount::Annual { fen } = *amount else {
                        return Err(TestCaseError::fail(format!("interest subsidy should be annual, got {amount:?}")));
                    };
                    // The firm never passes its cap; no project passes its own; never above the interest paid.
                    prop_assert!(fen <= caps.per_enterprise_fen, "interest subsidy {} above the {} enterprise cap {}", fen, as_of.year(), caps.per_enterprise_fen);
                    let projects = if p.loans.is_empty() { 1 } else { p.loans.len() as i64 };
                    prop_assert!(fen <= caps.per_project_fen * projects, "interest subsidy {} above {} project caps", fen, projects);
                    let (want, uncapped) = expected_interest(p, as_of, caps);
                    prop_assert!(i128::from(fen) <= uncapped, "subsidy above the subsidised share or the interest paid");
                    prop_assert_eq!(fen, want, "贴息 worked out independently");
                }
            },
            (AmountRule::RdUplift { base_bp, increase_bp }, amount) => {
                // Uplift on this year's expense, plus on the increase over last year when given.
                let this = i128::from(p.rd.expense_this_year_yuan) * 100;
                let last = i128::from(p.rd.expense_last_year_yuan) * 100;
                let growth = if last > 0 { (this - last).max(0) * i128::from(increase_bp) / 10_000 } else { 0 };
                let want = this * i128::from(base_bp) / 10_000 + growth;
                prop_assert_eq!(amount, &Amount::Annual { fen: i64::try_from(want).unwrap() }, "R&D uplift for this {} last {}", this, last);
            }
            (AmountRule::PriceDeduction { max_bp, .. }, Amount::EvaluationPrice { bid_fen, deduction_bp, evaluated_fen, best_case }) => {
                prop_assert_eq!(*deduction_bp, p.procurement.deduction_bp.unwrap_or(max_bp).min(max_bp));
                prop_assert_eq!(*best_case, p.procurement.deduction_bp.is_none());
                prop_assert_eq!(*bid_fen, p.procurement.bid_price_yuan * 100);
                prop_assert!(*evaluated_fen <= *bid_fen);
                // The evaluation price is never below bid × 80%.
                prop_assert!(i128::from(*evaluated_fen) * 10_000 >= i128::from(*bid_fen) * 8_000, "evaluated {} below 80% of {}", evaluated_fen, bid_fen);
            }
            (AmountRule::GuaranteeFeeCeiling { rate_bp }, Amount::FeeCeiling { rate_bp: got, base_fen, max_fee_fen }) => {
                prop_assert_eq!(*got, rate_bp);
                prop_assert!(*max_fee_fen <= *base_fen);
            }
            (AmountRule::LoanRateCeiling { .. }, Amount::RateCeiling { .. })
            | (AmountRule::Unquantified { .. }, Amount::Unquantified { .. })
            | (AmountRule::NonMonetary, Amount::NonMonetary) => {}
            (rule_amount, got) => return Err(TestCaseError::fail(format!("{}: rule {rule_amount:?} gave {got:?}", it.rule.id))),
        }
    }
    for n in &a.near_misses {
        prop_assert!(!seen.contains(n.rule_id), "{} is both an item and a near miss", n.rule_id);
        for f in figures(&n.would_bring) {
            prop_assert!(f >= 0);
        }
    }

    let t = &a.totals;
    for v in [t.exact_one_off_fen, t.annual_fen, t.up_to_fen, t.employees_per_month_fen, t.employees_max_total_fen] {
        prop_assert!(v >= 0, "negative total in {:?}", t);
    }
    prop_assert_eq!(t, &expected_totals(a));
    Ok(())
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: 256, ..ProptestConfig::default() }
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(config())]

    /// Any input: no panic, Ok exactly when validation passes, the same errors
    /// as validation when not, and a sound assessment when Ok. Which fields are
    /// out of bounds is also worked out here, independently of `validate`.
    #[test]
    fn evaluate_accepts_exactly_what_validate_accepts(p in profile(), d in as_of()) {
        let bad = out_of_bounds(&p, d);
        let got = evaluate(&p, d);
        match (p.validate(d), got) {
            (Ok(()), Ok(a)) => {
                prop_assert!(bad.is_empty(), "accepted with {:?} out of bounds", bad);
                check_assessment(&p, d, &a)?;
            }
            (Err(want), Err(err)) => {
                prop_assert_eq!(&err, &want);
                let fields: BTreeSet<String> = err.errors.iter().map(|e| e.field.clone()).collect();
                prop_assert_eq!(&fields, &bad);
                for e in &err.errors {
                    // The message is for the field's own place in the form (no dotted path in it);
                    // what the CLI prints names the field first, in both languages.
                    prop_assert!(!e.zh.is_empty() && !e.en.is_empty() && !e.zh.contains(&e.field) && !e.en.contains(&e.field), "message restates its path: {:?}", e);
                    let shown = e.to_string();
                    prop_assert!(shown.starts_with(&format!("{}：", e.field)) && shown.contains(&format!(" / {}: ", e.field)), "error does not name its field: {:?}", e);
                }
            }
            (Ok(()), Err(e)) => return Err(TestCaseError::fail(format!("valid profile rejected: {e}"))),
            (Err(e), Ok(_)) => return Err(TestCaseError::fail(format!("invalid profile accepted: {e}"))),
        }
    }

    /// In-bounds input: always an assessment, and a sound one.
    #[test]
    fn valid_profiles_always_assess_soundly((p, d) in valid_case()) {
        prop_assert!(p.validate(d).is_ok(), "sanitize left {:?}", p.validate(d));
        let a = evaluate(&p, d).map_err(|e| TestCaseError::fail(format!("valid profile rejected: {e}")))?;
        check_assessment(&p, d, &a)?;
    }

    #[test]
    fn evaluation_is_deterministic((p, d) in valid_case()) {
        let one = serde_json::to_string(&evaluate(&p, d).unwrap()).unwrap();
        let two = serde_json::to_string(&evaluate(&p.clone(), d).unwrap()).unwrap();
        prop_assert_eq!(one, two);
    }

    #[test]
    fn outside_jiangsu_nothing_applies((p, d) in valid_case()) {
        let mut p = p;
        p.city = City::OutsideJiangsu;
        let a = evaluate(&p, d).unwrap();
        prop_assert!(!a.applies);
        prop_assert!(a.items.is_empty());
        prop_assert!(a.near_misses.is_empty());
        prop_assert_eq!(a.totals, Totals::default());
    }

    /// Obtaining a title (in the as-of year) never takes a benefit away, nor lowers one.
    #[test]
    fn adding_a_title_never_removes_an_item((p, d) in valid_case(), t in prop::sample::select(Title::ALL.to_vec())) {
        prop_assume!(!p.titles.ever_held(t));
        prop_assume!(!(t.for_smes_only() && p.size == Some(Size::Large)));
        let before = evaluate(&p, d).unwrap();
        let mut q = p.clone();
        q.titles.set(t, Some(d.year()));
        let after = evaluate(&q, d).unwrap();
        let (b, a) = (ids(&before), ids(&after));
        prop_assert!(b.is_subset(&a), "adding {:?} removed {:?}", t, b.difference(&a).collect::<Vec<_>>());
        check_money_not_lower(&before, &after)?;
    }

    /// Every near miss is exact: taking its one step brings the item, with the amount promised.
    #[test]
    fn near_misses_are_one_step_away((p, d) in valid_case()) {
        let a = evaluate(&p, d).unwrap();
        for n in &a.near_misses {
            let fixed = n.fix.apply(&p, d);
            let b = evaluate(&fixed, d).unwrap();
            let item = b.items.iter().find(|i| i.rule.id == n.rule_id);
            prop_assert!(item.is_some(), "near miss {} not met after {:?}", n.rule_id, n.fix);
            prop_assert_eq!(&item.unwrap().amount, &n.would_bring);
        }
    }

    /// More R&D expense, a larger equipment loan or more graduates never lowers a figure.
    #[test]
    fn raising_inputs_never_lowers_a_figure((p, d) in valid_case(), r in any::<[u64; 4]>(), scale in prop::sample::select(vec![10u64, 10_000, 10_000_000, u64::MAX])) {
        let before = evaluate(&p, d).unwrap();
        for which in 0..4 {
            let mut q = p.clone();
            // A raise of up to `scale`, never past the bound.
            let raise_money = |v: &mut i64| *v += (r[which] % ((MAX_YUAN - *v) as u64).min(scale).saturating_add(1)) as i64;
            let raise_people = |v: &mut u32| *v += (r[which] % u64::from(MAX_PEOPLE - *v).min(scale).saturating_add(1)) as u32;
            match which {
                0 => raise_money(&mut q.rd.expense_this_year_yuan),
                1 => match q.loans.first_mut() {
                    Some(l) => raise_money(&mut l.equipment_yuan),
                    None => raise_money(&mut q.finance.equipment_loan_yuan),
                },
                2 => raise_people(&mut q.talent.graduates_phd),
                _ => raise_people(&mut q.talent.graduates_master),
            }
            prop_assert!(q.validate(d).is_ok());
            let after = evaluate(&q, d).unwrap();
            let (b, a) = (ids(&before), ids(&after));
            prop_assert!(b.is_subset(&a), "raising input {} removed {:?}", which, b.difference(&a).collect::<Vec<_>>());
            check_money_not_lower(&before, &after)?;
        }
    }
}

proptest! {
    #![proptest_config(config())]

    /// Adding a project never lowers the 贴息 (nor removes it).
    #[test]
    fn adding_a_project_never_lowers_the_interest_subsidy((p, d) in valid_case(), extra in loans()) {
        prop_assume!(!extra.is_empty());
        let mut q = p.clone();
        let mut all = q.project_loans();
        all.push(extra[0]);
        for l in &mut all {
            l.start = l.start.filter(|s| *s <= d);
            l.start_year = l.start_year.filter(|y| *y <= d.year());
        }
        q.loans = all;
        q.finance.equipment_loan_yuan = 0;
        q.finance.equipment_loan_rate_bp = 0;
        q.finance.central_subsidy = false;
        prop_assert!(q.validate(d).is_ok(), "{:?}", q.validate(d));
        let (before, after) = (evaluate(&p, d).unwrap(), evaluate(&q, d).unwrap());
        let subsidy = |a: &Assessment| a.items.iter().find(|i| i.rule.id == "jiangsu_measures.7.loan_interest_subsidy").map(|i| i.amount);
        if let Some(b) = subsidy(&before) {
            let a = subsidy(&after);
            prop_assert!(a.is_some(), "adding a project removed the 贴息");
            let a = a.unwrap();
            prop_assert_eq!(b.kind(), a.kind());
            prop_assert!(b.headline_fen() <= a.headline_fen(), "{:?} fell to {:?}", b, a);
        }
    }

    /// A lapsed title gives nothing ongoing: with every title lapsed, the items
    /// are those of the firm with no title at all, apart from first-time awards
    /// (which key on the first recognition, readings A3).
    #[test]
    fn a_lapsed_title_gives_nothing_ongoing((p, d) in valid_case()) {
        let mut lapsed = p.clone();
        let mut none = p.clone();
        for t in Title::ALL {
            if let Some(r) = lapsed.titles.get_mut(t) {
                r.validity = Validity::Lapsed;
            }
            none.titles.set(t, None);
        }
        let first_time = |id: &str| catalogue::rule(id).is_some_and(|(_, _, r)| r.conditions.iter().any(|c| matches!(c, Condition::FirstObtainedInPeriod(_))));
        let ongoing = |a: &Assessment| -> BTreeSet<&'static str> { ids(a).into_iter().filter(|id| !first_time(id)).collect() };
        let (l, n) = (evaluate(&lapsed, d).unwrap(), evaluate(&none, d).unwrap());
        prop_assert_eq!(ongoing(&l), ongoing(&n));
        // Nothing is likely because of a title's validity; a first-time award may still be likely
        // because of a document's assumed start (readings D1), and an SME-only measure while no
        // size is chosen (issue 16 §5): validity touches neither.
        prop_assert!(
            l.items.iter().all(|i| i.likely.is_none() || matches!(i.likely, Some(srdi_rules::result::Likely::DependsOnAssumedStart { .. } | srdi_rules::result::Likely::SizeNotChosen | srdi_rules::result::Likely::DraftScopeOnly | srdi_rules::result::Likely::LoanBeforeScheme { .. } | srdi_rules::result::Likely::BaseSubsidyNotConfirmed))),
            "a title the user says lapsed is not 'likely'"
        );
    }
}

fn check_money_not_lower(before: &Assessment, after: &Assessment) -> Result<(), TestCaseError> {
    for old in &before.items {
        let Some(new) = after.items.iter().find(|i| i.rule.id == old.rule.id) else { continue };
        prop_assert_eq!(old.amount.kind(), new.amount.kind(), "{} changed kind", old.rule.id);
        for (o, n) in figures(&old.amount).into_iter().zip(figures(&new.amount)) {
            prop_assert!(n >= o, "{}: {:?} fell to {:?}", old.rule.id, old.amount, new.amount);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- anchors
// Fixed figures the properties above rely on, so that a change of catalogue
// that makes them vacuous (no rent rule, no interest rule) is noticed.

#[test]
fn anchors_rent_and_interest_rules_exist_with_their_figures() {
    match rule_amount("nanjing.13.graduate_rent_subsidy") {
        AmountRule::RentPerGraduate { phd_fen, master_fen, max_months, .. } => {
            assert_eq!((phd_fen, master_fen, max_months), (240_000, 96_000, 36));
        }
        other => panic!("rent rule is {other:?}"),
    }
    let mut p = Profile::new(City::Nanjing, Size::Small);
    p.titles.set(Title::LittleGiant, Some(2025));
    p.talent.graduates_phd = 1;
    let a = evaluate(&p, Date::ymd(2025, 6, 30)).unwrap();
    let rent = a.items.iter().find(|i| i.rule.id == "nanjing.13.graduate_rent_subsidy").expect("rent item").amount.clone();
    // 31 months: the 2025 title is certainly held until the end of 2027 (readings A1, D7).
    assert_eq!(rent, Amount::Monthly { per_month_fen: 240_000, per_year_fen: 2_880_000, max_months: 31, max_total_fen: 7_440_000 });

    assert!(catalogue::entries().iter().any(|e| e.rule.is_some_and(|r| r.amount == AmountRule::LoanInterestSubsidy)));
    let caps = facts::interest_caps(2026).expect("2026 caps");
    assert_eq!(caps.per_project_fen, 600_000_000);
    assert!(facts::interest_caps(2027).is_none());
}

/// The interest subsidy is actually reached and capped: a ¥600M loan would
/// earn 2% = ¥12M, capped at ¥10M in 2025 and ¥6M in 2026; none in 2027.
#[test]
fn anchors_interest_subsidy_hits_the_cap() {
    let mut p = Profile::new(City::Wuxi, Size::Medium);
    p.titles.set(Title::ProvincialSrdi, Some(2024));
    p.finance.equipment_loan_yuan = 600_000_000;
    let subsidy = |p: &Profile, year: u16| -> Vec<Amount> {
        let a = evaluate(p, Date::ymd(year, 6, 30)).unwrap();
        a.items.iter().filter(|i| rule_amount(i.rule.id) == AmountRule::LoanInterestSubsidy).map(|i| i.amount.clone()).collect()
    };
    assert_eq!(subsidy(&p, 2025), vec![Amount::Annual { fen: 1_000_000_000 }]);
    assert_eq!(subsidy(&p, 2026), vec![Amount::Annual { fen: 600_000_000 }]);
    assert!(matches!(subsidy(&p, 2027).as_slice(), [Amount::Unquantified { .. }]), "{:?}", subsidy(&p, 2027));
    p.finance.equipment_loan_yuan = 100_000_000;
    assert_eq!(subsidy(&p, 2025), vec![Amount::Annual { fen: 200_000_000 }], "¥100M × 2% = ¥2M, under the cap");
    p.finance.central_subsidy = true;
    assert_eq!(subsidy(&p, 2025), vec![Amount::Annual { fen: 100_000_000 }], "provincial 1% only");
}

proptest! {
    #![proptest_config(config())]

    /// What the form shows for a valid profile (amounts as `5000万`, `1.5亿`, `12,345`)
    /// reads back to the same profile as its share link (plain digits).
    #[test]
    fn the_form_reads_back_what_it_shows((p, _) in valid_case()) {
        use srdi_rules::fields;
        let shown: Vec<(String, String)> = fields::pairs(&p).into_iter().map(|(k, v)| (k.as_str().into_owned(), v)).collect();
        let read = fields::from_pairs_with(shown.iter().map(|(k, v)| (k.as_str(), v.as_str())), fields::BpKeys::Percent);
        prop_assert!(read.errors.is_empty(), "{:?}", read.errors);
        let (shared, _) = fields::from_share(&fields::to_share(&p)).expect("a share link");
        prop_assert_eq!(read.profile, shared);
    }

    /// Whatever a person types with digits and numeral words into an amount, a rate, a
    /// rent, a count or a year: a value within bounds or a message, never a panic.
    #[test]
    fn typed_numbers_never_panic(t in "[0-9.,，点零〇一二两三四五六七八九十百千万亿wW%元 -]{0,14}") {
        use srdi_rules::{fields, Path};
        let _ = (fields::parse_decimal(&t, 0), fields::parse_decimal(&t, 2));
        let mut p = Profile::new(City::Nanjing, Size::Small);
        for path in ["finance.equipment_loan_yuan", "finance.equipment_loan_rate_bp", "loans.1.rate_bp", "procurement.deduction_bp", "talent.groups.1.rent_yuan", "counts.standards", "titles.little_giant", "talent.graduates_phd"] {
            let _ = fields::set(&mut p, Path::parse(path).unwrap(), &t);
        }
        prop_assert!(p.finance.equipment_loan_yuan <= MAX_YUAN && p.loans.iter().all(|l| l.rate_bp.unwrap_or(0) <= MAX_RATE_BP));
    }
}
