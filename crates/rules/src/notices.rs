//! Why an answer changes nothing, and the notes a city's district or a firm's
//! size call for (issue 16 §5): the line under a field no rule reads
//! ([`hint`], [`unread`]), the district note ([`district_note`]), and the
//! assessment's notices about them ([`add`]).

use crate::conditions::{check, covers, Standings};
use crate::date::Date;
use crate::fields::{field, pairs, relevant};
use crate::model::{AmountRule, Condition, Document, Treatment};
use crate::path::{Path, SrdiLoanField};
use crate::policies;
use crate::profile::{City, Profile, Size, Standing, Title};
use crate::result::{text, Text};

/// The line under field `path` when what is entered there changes nothing, for a
/// field the form asks in this city: a Huai'an 专精特新贷 (shown under its
/// principal) while the firm holds no SRDI title valid on `as_of`.
pub fn hint(p: &Profile, path: Path, as_of: Date) -> Option<Text> {
    let Path::SrdiLoan(n, SrdiLoanField::PrincipalYuan) = path else { return None };
    if n == 0 || usize::from(n) > p.srdi_loans.len() {
        return None;
    }
    // The rules that read the loans: does any of them hold (certainly or likely)?
    let st = Standings::of(p, as_of);
    let mut read = false;
    for doc in policies::ALL.iter().filter(|d| covers(d, p.city)) {
        for clause in doc.clauses {
            let Treatment::Rules { rules, .. } = clause.treatment else { continue };
            for r in rules.iter().filter(|r| matches!(r.amount, AmountRule::LoanRateCeiling { .. })) {
                read = true;
                if r.conditions.iter().all(|c| check(c, p, &st, doc, as_of).is_ok()) {
                    return None;
                }
            }
        }
    }
    if !read {
        return None; // not asked here: `unread` has the line
    }
    let lapsed = [Title::ProvincialSrdi, Title::LittleGiant, Title::SingleChampion].iter().any(|t| p.titles.standing(*t, as_of) == Standing::Lapsed);
    Some(if lapsed {
        text(
            "需为有效期内的专精特新企业才适用上限利率；您的称号在评估日已过有效期，如已复核请填写复核年份",
            "The rate ceiling applies only to a firm whose SRDI title is valid; your title has lapsed on the as-of date: if it was renewed, enter the year",
        )
    } else {
        text("需为有效期内的专精特新企业才适用上限利率；请填写称号", "The rate ceiling applies only to a firm whose SRDI title is valid; enter your title")
    })
}

/// An entered detail no rule of the city reads: where its line sits, what it is, and
/// the cities whose rules read it (`南京市`, `Nanjing`; empty when none does).
struct Hidden {
    at: Path,
    zh: &'static str,
    en: &'static str,
    by_zh: String,
    by_en: String,
}

/// The entered details no rule of the city reads, in form order; a repeated
/// group once (its line sits at its first entry's first field).
fn hidden(p: &Profile) -> Vec<Hidden> {
    let mut out: Vec<Hidden> = Vec::new();
    if !p.city.in_jiangsu() {
        return out;
    }
    for (path, _) in pairs(p) {
        let at = match path {
            Path::Loan(..) => Path::Loan(1, crate::path::LoanField::ALL[0]),
            Path::SrdiLoan(..) => Path::SrdiLoan(1, SrdiLoanField::ALL[0]),
            Path::GraduateGroup(..) => Path::GraduateGroup(1, crate::path::GroupField::ALL[0]),
            other => other.in_entry(1),
        };
        let Some(f) = field(at) else { continue };
        if relevant(f, p.city) || out.iter().any(|h| h.at == at) {
            continue;
        }
        let (zh, en) = match at {
            Path::Loan(..) => ("项目贷款", "Project loans"),
            Path::SrdiLoan(..) => ("专精特新贷", "SRDI loans (专精特新贷)"),
            Path::GraduateGroup(..) => ("毕业生明细", "Graduate details"),
            Path::PilotPlatform(_) => ("中试平台", "Pilot platforms"),
            _ => (f.label_zh, f.label_en),
        };
        let by: Vec<City> = City::ALL.into_iter().filter(|c| c.in_jiangsu() && relevant(f, *c)).collect();
        let by_zh = by.iter().map(|c| c.zh()).collect::<Vec<_>>().join("、");
        let by_en = by.iter().map(|c| c.en()).collect::<Vec<_>>().join(", ");
        out.push(Hidden { at, zh, en, by_zh, by_en });
    }
    out
}

impl Hidden {
    /// The line for this detail alone.
    fn line(&self, city: City) -> Text {
        let (by_zh, by_en) = if self.by_zh.is_empty() { (String::new(), String::new()) } else { (format!("（用到它的只有{}）", self.by_zh), format!(" (only {} uses it)", self.by_en)) };
        text(
            format!("“{}”：{}适用的政策都没有用到这一项{by_zh}，填写与否不影响结果。", self.zh, city.zh()),
            format!("“{}”: no policy that applies in {} reads this{by_en}; it does not change the results.", self.en, city.en()),
        )
    }
}

/// Every entered detail that changes nothing on `as_of`, one line each, in form
/// order, at the field the line belongs under: details no rule of the city reads
/// (one line for a repeated group: at its first entry), then [`hint`]'s lines.
/// Empty outside Jiangsu (the assessment says already that nothing applies).
pub fn unread(p: &Profile, as_of: Date) -> Vec<(Path, Text)> {
    let mut out: Vec<(Path, Text)> = hidden(p).iter().map(|h| (h.at, h.line(p.city))).collect();
    out.extend(low_rates(p));
    for n in 1..=p.srdi_loans.len() {
        let path = Path::SrdiLoan(u8::try_from(n).unwrap_or(u8::MAX), SrdiLoanField::PrincipalYuan);
        out.extend(hint(p, path, as_of).map(|t| (path, t)));
    }
    out
}

/// Below this a loan's yearly rate is implausible (0.5%): likely a percentage read as basis points.
const LOW_RATE_BP: u32 = 50;

/// Loan and 专精特新贷 rates under 0.5% a year, at their fields (issue 18 §3): `rate_bp: 3` is 0.03%,
/// more likely a 3% written where basis points were read; said, never used silently.
pub fn low_rates(p: &Profile) -> Vec<(Path, Text)> {
    use crate::path::LoanField;
    let mut rates: Vec<(Path, u32)> = Vec::new();
    if p.loans.is_empty() {
        rates.push((Path::EquipmentLoanRateBp, p.finance.equipment_loan_rate_bp));
    }
    rates.extend(p.loans.iter().zip(1u8..).filter_map(|(l, n)| Some((Path::Loan(n, LoanField::RateBp), l.rate_bp?))));
    rates.extend(p.srdi_loans.iter().zip(1u8..).filter_map(|(l, n)| Some((Path::SrdiLoan(n, SrdiLoanField::RateBp), l.rate_bp?))));
    rates
        .into_iter()
        .filter(|(_, r)| (1..LOW_RATE_BP).contains(r))
        .map(|(at, r)| {
            let shown = crate::money::format_bp(r);
            (
                at,
                text(
                    format!("年利率 {shown}，低于 0.5%，很少见：是 {r}% 吗？请核对（按基点填写时 320 表示 3.2%）"),
                    format!("An annual rate of {shown} is below 0.5%, which is rare: did you mean {r}%? Please check (in basis points, 320 means 3.2%)"),
                ),
            )
        })
        .collect()
}

/// What the texts and FACTS.md say about district-level support in `city`, with
/// the source; `None` where they say nothing (then the form does not ask the district).
pub fn district_note(city: City) -> Option<(&'static str, &'static str)> {
    Some(match city {
        City::Nanjing => (
            "区级奖励由江北新区、各区（园区）自定，市级文本未定金额，本计算器未收录区级文件，请向所在区工信部门了解。依据：南京市若干措施（五）“鼓励江北新区、各区（园区）结合实际对省级专精特新中小企业给予奖励”；（十三）鼓励有条件的区设立专精特新专项人才政策。",
            "District awards are set by Jiangbei New Area and each district (park); the city text sets no amount and no district document is encoded here: ask your district's industry bureau. Source: Nanjing measures (五), districts are encouraged to reward provincial SRDI SMEs; (十三), districts are encouraged to set SRDI talent policies.",
        ),
        City::Suzhou => (
            "各区（县级市）对称号另有奖励，金额各不相同，本计算器未收录区级文件。据网上转载（弱，未经官方核实，仅供参考），如昆山对单项冠军、小巨人、省级专精特新分别奖励 300 万、50 万、30 万元。来源：FACTS.md“Suzhou awards for titles”。",
            "Districts (county-level cities) add their own title awards, which differ; no district document is encoded here. Reposted figures (weak, not officially confirmed; indication only): e.g. Kunshan ¥3 million, ¥500,000 and ¥300,000 for a single champion, a little giant and a provincial SRDI SME. Source: FACTS.md, Suzhou awards for titles.",
        ),
        City::Huaian => (
            "各县区（园区）负责落实本方案；市、县区（园区）主导的产业基金可对专精特新企业投资，用地需求由县区（园区）应供尽供。县区自己的奖补未见于文本，本计算器未收录区级文件。依据：淮安市2025年行动方案三（五）、三（六）。",
            "The counties and districts (parks) carry out the plan; city- and district-led industry funds may invest in SRDI firms, and districts are to meet their land needs. No district awards appear in the text and no district document is encoded here. Source: Huai'an 2025 plan 三（五）, 三（六）.",
        ),
        _ => return None,
    })
}

/// Whether a rule is for small and medium enterprises only (a large firm never meets it).
fn sme_only(r: &crate::model::Rule) -> bool {
    r.conditions.iter().any(|c| match c {
        Condition::SrdiSme => true,
        Condition::SizeIn(s) => !s.contains(&Size::Large),
        _ => false,
    })
}

/// The clauses of `doc` with a measure for SMEs only, runs of them joined:
/// `（一）至（六）、（九）`; `None`: none; `Some(None)`: every measure of the document.
fn sme_only_clauses(doc: &Document) -> Option<Option<(String, String)>> {
    let (mut zh, mut en, mut run, mut all) = (String::new(), String::new(), None::<(&str, &str)>, true);
    let mut close = |run: &mut Option<(&str, &str)>| {
        if let Some((a, b)) = run.take() {
            let sep = if zh.is_empty() { "" } else { "、" };
            zh.push_str(&if a == b { format!("{sep}{a}") } else { format!("{sep}{a}至{b}") });
            en.push_str(&if a == b { format!("{}{a}", if en.is_empty() { "" } else { ", " }) } else { format!("{}{a} to {b}", if en.is_empty() { "" } else { ", " }) });
        }
    };
    for c in doc.clauses {
        let Treatment::Rules { rules, .. } = c.treatment else { continue };
        all &= rules.iter().all(sme_only);
        let n = c.number.trim_end_matches(['、', '.']);
        // 序言, 结语: a name, not a number in a run.
        let numbered = n.contains('（') || n.starts_with(|c: char| c.is_ascii_digit());
        if !numbered {
            close(&mut run);
        }
        if rules.iter().any(sme_only) {
            run = Some((run.map_or(n, |r| r.0), n));
        } else {
            close(&mut run);
        }
        if !numbered {
            close(&mut run);
        }
    }
    close(&mut run);
    if zh.is_empty() {
        None
    } else {
        Some((!all).then_some((zh, en)))
    }
}

/// The assessment's notices about answers: details the city's form does not ask
/// (so no field shows the line), the district note, and a large firm's SME-only measures.
pub(crate) fn add(sources: &[&'static Document], p: &Profile, notices: &mut Vec<Text>) {
    if !p.city.in_jiangsu() {
        return;
    }
    // The details the city's form does not ask: one notice (the form has no field to show it under).
    match hidden(p).as_slice() {
        [] => {}
        [one] => notices.push(one.line(p.city)),
        many => {
            let (mut zh, mut en) = (String::new(), String::new());
            for h in many {
                let sep = if zh.is_empty() { "" } else { "、" };
                zh.push_str(&if h.by_zh.is_empty() { format!("{sep}“{}”", h.zh) } else { format!("{sep}“{}”（只有{}用到）", h.zh, h.by_zh) });
                let sep = if en.is_empty() { "" } else { "; " };
                en.push_str(&if h.by_en.is_empty() { format!("{sep}“{}”", h.en) } else { format!("{sep}“{}” (only {} uses it)", h.en, h.by_en) });
            }
            notices.push(text(
                format!("{}适用的政策都没有用到以下填写的内容，填写与否不影响结果：{zh}。", p.city.zh()),
                format!("No policy that applies in {} reads these answers; they do not change the results: {en}.", p.city.en()),
            ));
        }
    }
    // The same warning the form shows at the field, named by the field for the CLI and the JS API.
    for (at, t) in low_rates(p) {
        notices.push(text(format!("{}：{}", at.as_str(), t.zh), format!("{}: {}", at.as_str(), t.en)));
    }
    if let (Some(d), Some((zh, en))) = (&p.district, district_note(p.city)) {
        notices.push(text(format!("所在区（园区）“{d}”：{zh}"), format!("District / park “{d}”: {en}")));
    }
    if p.size.is_none() {
        notices.push(text(
            "尚未选择企业规模：只适用于中小企业的措施按“可能可得”列出，不计入确定的合计；请选择企业规模。",
            "The enterprise's size is not chosen: measures for SMEs only are listed as likely and kept out of the certain totals; choose the size.",
        ));
    }
    if Size::is_large(p.size) {
        let (mut zh, mut en) = (String::new(), String::new());
        for doc in sources.iter().filter(|d| covers(d, p.city)) {
            let Some(clauses) = sme_only_clauses(doc) else { continue };
            let (c_zh, c_en) = clauses.unwrap_or_else(|| ("全部措施".into(), "all its measures".into()));
            zh.push_str(&format!("{}{}{c_zh}", if zh.is_empty() { "" } else { "；" }, doc.short_zh));
            en.push_str(&format!("{}{} {c_en}", if en.is_empty() { "" } else { "; " }, doc.short_en));
        }
        if !zh.is_empty() {
            notices.push(text(
                format!("大型企业不适用只面向中小企业的措施：{zh}。"),
                format!("A large enterprise cannot use the measures for SMEs only: {en}."),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::SrdiLoan;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn loan() -> SrdiLoan {
        SrdiLoan { principal_yuan: 3_000_000, tenor_months: 12, signed: day("2025-07-01"), rate_bp: Some(400) }
    }

    const AT: Path = Path::SrdiLoan(1, SrdiLoanField::PrincipalYuan);

    #[test]
    fn a_huaian_loan_without_a_title_says_why_under_the_loan() {
        let as_of = day("2025-10-01");
        let mut p = Profile::new(City::Huaian, Size::Small);
        p.srdi_loans = vec![loan(), loan()];
        let want = "需为有效期内的专精特新企业才适用上限利率；请填写称号";
        assert_eq!(hint(&p, AT, as_of).unwrap().zh, want);
        assert_eq!(hint(&p, AT, as_of).unwrap().en, "The rate ceiling applies only to a firm whose SRDI title is valid; enter your title");
        assert_eq!(unread(&p, as_of).iter().filter(|(_, t)| t.zh == want).count(), 2, "under each loan");
        assert_eq!(hint(&p, Path::SrdiLoan(2, SrdiLoanField::TenorMonths), as_of), None, "once per loan, under its principal");
        let a = crate::evaluate(&p, as_of).unwrap();
        assert!(!a.notices.iter().any(|n| n.zh.contains(want)), "the form shows it under the loan, not twice");
        // A valid title: the ceiling applies, nothing to say.
        p.titles.set(Title::ProvincialSrdi, Some(2024));
        assert_eq!(hint(&p, AT, as_of), None);
        assert!(unread(&p, as_of).is_empty());
        // A lapsed one: renew it.
        p.titles.set(Title::ProvincialSrdi, Some(2020));
        assert!(hint(&p, AT, as_of).unwrap().zh.contains("已过有效期"));
    }

    #[test]
    fn a_loan_or_district_no_rule_of_the_city_reads_gets_one_line() {
        let as_of = day("2025-10-01");
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.titles.set(Title::ProvincialSrdi, Some(2024));
        p.srdi_loans = vec![loan(), loan()];
        let lines = unread(&p, as_of);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines[0].0, AT);
        assert_eq!(lines[0].1.zh, "“专精特新贷”：南京市适用的政策都没有用到这一项（用到它的只有淮安市），填写与否不影响结果。");
        assert_eq!(hint(&p, AT, as_of), None, "not asked in Nanjing: the results say it");
        let a = crate::evaluate(&p, as_of).unwrap();
        assert_eq!(a.notices.iter().filter(|n| n.zh.contains("专精特新贷")).count(), 1);
        // A district where no text names district support.
        let mut p = Profile::new(City::Wuxi, Size::Small);
        p.district = Some("新吴区".into());
        let lines = unread(&p, as_of);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].0, Path::District);
        assert!(lines[0].1.zh.starts_with("“所在区（园区）”：无锡市"), "{lines:?}");
        assert!(crate::evaluate(&p, as_of).unwrap().notices.iter().any(|n| n.zh == lines[0].1.zh));
        // Outside Jiangsu the one notice says it all.
        p.city = City::OutsideJiangsu;
        assert!(unread(&p, as_of).is_empty());
    }

    #[test]
    fn the_district_shows_what_the_texts_say_about_district_support() {
        let as_of = day("2025-10-01");
        let mut p = Profile::new(City::Suzhou, Size::Small);
        let noted = |p: &Profile| crate::evaluate(p, as_of).unwrap().notices.into_iter().filter(|n| n.zh.starts_with("所在区")).collect::<Vec<_>>();
        assert!(noted(&p).is_empty(), "no district, no note");
        p.district = Some("昆山市".into());
        let n = noted(&p);
        assert_eq!(n.len(), 1);
        assert!(n[0].zh.starts_with("所在区（园区）“昆山市”：") && n[0].zh.contains("300 万") && n[0].zh.contains("FACTS.md"), "{n:?}");
        assert!(unread(&p, as_of).is_empty(), "the district is read here");
        for city in [City::Nanjing, City::Huaian] {
            p.city = city;
            assert!(noted(&p)[0].zh.contains("依据"), "{city:?}");
        }
    }

    #[test]
    fn a_large_firm_is_told_once_which_sme_only_measures_do_not_apply() {
        let as_of = day("2025-10-01");
        let mut p = Profile::new(City::Nanjing, Size::Large);
        // Readings B12: a large firm cannot hold the provincial SME title; it is refused at that field.
        p.titles.set(Title::ProvincialSrdi, Some(2024));
        let e = crate::evaluate(&p, as_of).unwrap_err();
        assert!(e.errors.iter().any(|e| e.field == "titles.provincial_srdi" && e.zh.contains("大型企业不能持有")), "{e:?}");
        p.titles.set(Title::ProvincialSrdi, None);
        p.titles.set(Title::SingleChampion, Some(2024));
        let a = crate::evaluate(&p, as_of).unwrap();
        let n: Vec<&Text> = a.notices.iter().filter(|n| n.zh.starts_with("大型企业")).collect();
        assert_eq!(n.len(), 1, "{:?}", a.notices);
        assert_eq!(
            n[0].zh,
            "大型企业不适用只面向中小企业的措施：江苏省若干政策措施（征求意见稿）（一）至（十四）、结语；南京市若干措施（一）至（十五）；江苏省三年行动计划（2023—2025）二（一）、三（二）。"
        );
        for size in [Size::Micro, Size::Small, Size::Medium] {
            p.size = Some(size);
            assert!(!crate::evaluate(&p, as_of).unwrap().notices.iter().any(|n| n.zh.starts_with("大型企业")));
        }
    }
}

#[cfg(test)]
mod size_tests {
    use crate::eval::{Flag, Likely};
    use crate::fields::{from_share, get, set, to_share};
    use crate::profile::{City, Profile, Size, Title};
    use crate::{evaluate, Date, Path};

    /// Issue 16 §5: no size is preselected; until one is chosen, SME-only measures are only likely.
    #[test]
    fn without_a_size_sme_only_measures_are_only_likely() {
        let as_of = Date::parse("2026-03-01").unwrap();
        let mut p = Profile::blank(City::Nanjing);
        p.titles.set(Title::ProvincialSrdi, Some(2025));
        assert_eq!(get(&p, Path::Size), "", "nothing preselected");
        let a = evaluate(&p, as_of).unwrap();
        assert_eq!(a.notices.iter().filter(|n| n.zh.starts_with("尚未选择企业规模")).count(), 1);
        let item = |a: &crate::Assessment, id: &str| a.items.iter().find(|i| i.rule.id == id).cloned();
        // 001（十三） reads `SrdiSme`: likely, with the reason; 001（五）'s district award reads the title only: certain.
        let sme = item(&a, "nanjing.13.district_talent_policy").expect("an SME-only item");
        assert!(sme.flags.contains(&Flag::Likely) && sme.likely == Some(Likely::SizeNotChosen));
        assert!(sme.likely.unwrap().text().zh.contains("请选择企业规模"));
        assert!(item(&a, "nanjing.5.district_provincial_srdi_award").is_some_and(|i| i.certain()));
        // Choosing a size settles it.
        set(&mut p, Path::Size, "小型").unwrap();
        let b = evaluate(&p, as_of).unwrap();
        assert!(!b.items.iter().any(|i| i.likely == Some(Likely::SizeNotChosen)));
        assert!(!b.notices.iter().any(|n| n.zh.starts_with("尚未选择企业规模")));
        assert!(item(&b, sme.rule.id).is_some_and(|i| i.certain()));
        // Cleared again: not chosen (not an error); a share link keeps "not chosen".
        set(&mut p, Path::Size, "").unwrap();
        assert_eq!(p.size, None);
        let (q, errors) = from_share(&to_share(&p)).unwrap();
        assert!(errors.is_empty() && q == p, "{q:?}");
        assert_eq!(crate::parse::profile_from(serde_json::json!({"city": "nanjing"})).unwrap().size, None, "JSON: absent = not chosen");
        assert_eq!(crate::parse::profile_from(serde_json::json!({"city": "nanjing", "size": "large"})).unwrap().size, Some(Size::Large));
    }
}
