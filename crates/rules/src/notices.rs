//! Why an answer changes nothing, and the notes a city's district or a firm's
//! size call for (issue 16 §5): the line under a field no rule reads
//! ([`hint`], [`unread`]), the district note ([`district_note`]), and the
//! assessment's notices about them ([`add`]). A [`Notice`] is data (which
//! fields, which rate, which documents); its words are written when it is shown
//! or serialised ([`Notice::text`]), as an item's are: evaluation writes no text.

use crate::conditions::{check, covers, Standings};
use crate::date::Date;
use crate::fields::{field, relevant, v1_loan_field, value_of, FIELDS};
use crate::model::{AmountRule, Condition, Document, Treatment};
use crate::path::{GroupField, LoanField, Path, SrdiLoanField};
use crate::policies;
use crate::profile::{City, Profile, Size, Standing, Title};
use crate::result::{text, Text};

/// The line under field `path`: a loan rate under 0.5% a year ([`low_rates`]), or, when what is
/// entered there changes nothing, for a field the form asks in this city: a Huai'an 专精特新贷
/// (shown under its principal) while the firm holds no SRDI title valid on `as_of`.
pub fn hint(p: &Profile, path: Path, as_of: Date) -> Option<Text> {
    if let Some((_, bp)) = low_rate_fields(p).find(|(at, _)| *at == path) {
        return Some(low_rate_line(bp));
    }
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
            en!("The rate ceiling applies only to a firm whose SRDI title is valid; your title has lapsed on the as-of date: if it was renewed, enter the year"),
        )
    } else {
        text("需为有效期内的专精特新企业才适用上限利率；请填写称号", en!("The rate ceiling applies only to a firm whose SRDI title is valid; enter your title"))
    })
}

/// Where the line of an entered detail can sit: every fixed field in form
/// order, then each repeated group once, at its first entry's first field
/// (title details are always read: they are never unread).
const PLACES: [Path; Path::ALL.len() + 4] = {
    let mut out = [Path::City; Path::ALL.len() + 4];
    let mut i = 0;
    while i < Path::ALL.len() {
        out[i] = Path::ALL[i];
        i += 1;
    }
    out[i] = Path::Loan(1, LoanField::ALL[0]);
    out[i + 1] = Path::SrdiLoan(1, SrdiLoanField::ALL[0]);
    out[i + 2] = Path::GraduateGroup(1, GroupField::ALL[0]);
    out[i + 3] = Path::PilotPlatform(1);
    out
};

/// The places (bits in [`PLACES`]' order) whose field a rule of `city` reads, or the
/// form asks anyway ([`relevant`]). Worked out once per city: the rules are fixed data.
fn read_in(city: City) -> u64 {
    fn work_out(city: City) -> u64 {
        PLACES.iter().enumerate().filter(|(_, at)| field(**at).is_some_and(|f| relevant(f, city))).fold(0, |m, (i, _)| m | 1 << i)
    }
    static READ: [std::sync::OnceLock<u64>; City::ALL.len()] = [const { std::sync::OnceLock::new() }; City::ALL.len()];
    match READ.get(city as usize) {
        Some(cell) => *cell.get_or_init(|| work_out(city)),
        None => work_out(city),
    }
}

/// The entered details no rule of the city reads, in form order, where their
/// lines sit; a repeated group once (at its first entry's first field).
fn hidden(p: &Profile) -> Vec<Path> {
    let mut out = Vec::new();
    if !p.city.in_jiangsu() {
        return out;
    }
    let read = read_in(p.city);
    // The v1 loan fields are loan 1's once `loans` is used (the share link writes them there).
    let uses_loans = !p.loans.is_empty();
    let groups = [!p.loans.is_empty(), !p.srdi_loans.is_empty(), !p.talent.groups.is_empty(), !p.counts.pilot_platforms.is_empty()];
    for (i, at) in PLACES.into_iter().enumerate() {
        if read & 1 << i != 0 {
            continue;
        }
        let entered = match i.checked_sub(Path::ALL.len()) {
            Some(g) => groups.get(g).is_some_and(|e| *e),
            // `FIELDS` lists the fixed fields in `Path::ALL`'s order (a test says so).
            None => !(uses_loans && v1_loan_field(at).is_some()) && FIELDS.get(i).filter(|f| f.path == at).or_else(|| field(at)).is_some_and(|f| !value_of(p, at, f).is_empty()),
        };
        if entered {
            out.push(at);
        }
    }
    out
}

/// What an unread detail is called: its field's label, or its group's name.
fn hidden_label(at: Path) -> (&'static str, &'static str) {
    match at {
        Path::Loan(..) => ("项目贷款", "Project loans"),
        Path::SrdiLoan(..) => ("专精特新贷", "SRDI loans (专精特新贷)"),
        Path::GraduateGroup(..) => ("毕业生明细", "Graduate details"),
        Path::PilotPlatform(_) => ("中试平台", "Pilot platforms"),
        _ => field(at).map_or(("", ""), |f| (f.label_zh, f.label_en)),
    }
}

/// The cities whose rules read the detail at `at` (`南京市`, `Nanjing`; empty when none does).
fn readers(at: Path) -> (String, String) {
    let bit = PLACES.iter().position(|p| *p == at).map_or(0, |i| 1u64 << i);
    let by: Vec<City> = City::ALL.into_iter().filter(|c| c.in_jiangsu() && read_in(*c) & bit != 0).collect();
    (by.iter().map(|c| c.zh()).collect::<Vec<_>>().join("、"), by.iter().map(|c| c.en()).collect::<Vec<_>>().join(", "))
}

/// The line for one unread detail in `city`.
fn hidden_line(at: Path, city: City) -> Text {
    let (zh, en) = hidden_label(at);
    let (by_zh, by_en) = readers(at);
    let (by_zh, by_en) = if by_zh.is_empty() { (String::new(), String::new()) } else { (format!("（用到它的只有{by_zh}）"), format!(" (only {by_en} uses it)")) };
    text(
        format!("“{zh}”：{}适用的政策都没有用到这一项{by_zh}，填写与否不影响结果。", city.zh()),
        en!(format!("“{en}”: no policy that applies in {} reads this{by_en}; it does not change the results.", city.en())),
    )
}

/// Every entered detail that changes nothing on `as_of`, one line each, in form
/// order, at the field the line belongs under: details no rule of the city reads
/// (one line for a repeated group: at its first entry), then [`hint`]'s lines.
/// Empty outside Jiangsu (the assessment says already that nothing applies).
pub fn unread(p: &Profile, as_of: Date) -> Vec<(Path, Text)> {
    let mut out: Vec<(Path, Text)> = hidden(p).into_iter().map(|at| (at, hidden_line(at, p.city))).collect();
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
    low_rate_fields(p).map(|(at, bp)| (at, low_rate_line(bp))).collect()
}

/// The rates [`low_rates`] words, as figures: where, and how many basis points.
fn low_rate_fields(p: &Profile) -> impl Iterator<Item = (Path, u32)> + '_ {
    let v1 = p.loans.is_empty().then_some((Path::EquipmentLoanRateBp, p.finance.equipment_loan_rate_bp));
    let loans = p.loans.iter().zip(1u8..).filter_map(|(l, n)| Some((Path::Loan(n, LoanField::RateBp), l.rate_bp?)));
    let srdi = p.srdi_loans.iter().zip(1u8..).filter_map(|(l, n)| Some((Path::SrdiLoan(n, SrdiLoanField::RateBp), l.rate_bp?)));
    v1.into_iter().chain(loans).chain(srdi).filter(|(_, r)| (1..LOW_RATE_BP).contains(r))
}

/// The words of the low-rate warning for `r` basis points (the field named by whoever shows it).
pub fn low_rate_line(r: u32) -> Text {
    let shown = crate::money::format_bp(r);
    text(
        format!("年利率 {shown}，低于 0.5%，很少见：是 {r}% 吗？请核对（按基点填写时 320 表示 3.2%）"),
        en!(format!("An annual rate of {shown} is below 0.5%, which is rare: did you mean {r}%? Please check (in basis points, 320 means 3.2%)")),
    )
}

/// What the texts and FACTS.md say about district-level support in `city`, with
/// the source; `None` where they say nothing (then the form does not ask the district).
pub fn district_note(city: City) -> Option<(&'static str, &'static str)> {
    Some(match city {
        City::Nanjing => (
            "区级奖励由江北新区、各区（园区）自定，市级文本未定金额，本计算器未收录区级文件，请向所在区工信部门了解。依据：南京市若干措施（五）“鼓励江北新区、各区（园区）结合实际对省级专精特新中小企业给予奖励”；（十三）鼓励有条件的区设立专精特新专项人才政策。",
            crate::model::en("District awards are set by Jiangbei New Area and each district (park); the city text sets no amount and no district document is encoded here: ask your district's industry bureau. Source: Nanjing measures (五), districts are encouraged to reward provincial SRDI SMEs; (十三), districts are encouraged to set SRDI talent policies."),
        ),
        City::Suzhou => (
            "各区（县级市）对称号另有奖励，金额各不相同，本计算器未收录区级文件。据网上转载（弱，未经官方核实，仅供参考），如昆山对单项冠军、小巨人、省级专精特新分别奖励 300 万、50 万、30 万元。来源：FACTS.md“Suzhou awards for titles”。",
            crate::model::en("Districts (county-level cities) add their own title awards, which differ; no district document is encoded here. Reposted figures (weak, not officially confirmed; indication only): e.g. Kunshan ¥3 million, ¥500,000 and ¥300,000 for a single champion, a little giant and a provincial SRDI SME. Source: FACTS.md, Suzhou awards for titles."),
        ),
        City::Huaian => (
            "各县区（园区）负责落实本方案；市、县区（园区）主导的产业基金可对专精特新企业投资，用地需求由县区（园区）应供尽供。县区自己的奖补未见于文本，本计算器未收录区级文件。依据：淮安市2025年行动方案三（五）、三（六）。",
            crate::model::en("The counties and districts (parks) carry out the plan; city- and district-led industry funds may invest in SRDI firms, and districts are to meet their land needs. No district awards appear in the text and no district document is encoded here. Source: Huai'an 2025 plan 三（五）, 三（六）."),
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

/// Whether `doc` has a measure for SMEs only (what [`sme_only_clauses`] lists, without writing it).
fn has_sme_only(doc: &Document) -> bool {
    doc.clauses.iter().any(|c| matches!(c.treatment, Treatment::Rules { rules, .. } if rules.iter().any(sme_only)))
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

/// A notice of the assessment, as data: what it is about (fields, a rate, a district,
/// documents) and no words; [`Notice::text`] writes them when the notice is shown, and
/// it serialises as that text (`{"zh": …, "en": …}`).
#[derive(Debug, Clone)]
pub enum Notice {
    /// The enterprise is outside Jiangsu: none of these policies apply.
    OutsideJiangsu,
    /// No city-level policy of this city is encoded: only provincial ones are shown.
    NoCityPolicy(City),
    /// Entered details no rule of `city` reads (their lines' places, in form order; see `hidden`).
    Unread { city: City, at: Vec<Path> },
    /// A loan rate under 0.5% a year, in basis points, at its field (the form's warning, named by the field).
    LowRate { at: Path, bp: u32 },
    /// The district entered, and what the texts say about district support in `city` ([`district_note`]).
    District { city: City, name: String },
    /// No size chosen: SME-only measures are only likely.
    SizeNotChosen,
    /// A large enterprise: the documents with measures for SMEs only, in order.
    SmeOnly(Vec<&'static Document>),
}

impl Notice {
    /// The notice's words in both languages.
    pub fn text(&self) -> Text {
        match self {
            Notice::OutsideJiangsu => text("企业不在江苏省内：这些江苏省及省内城市的政策不适用。", en!("The enterprise is outside Jiangsu: these Jiangsu policies do not apply.")),
            Notice::NoCityPolicy(city) => text(
                format!("本计算器尚未收录{}的市级专精特新政策，只显示省级政策。", city.zh()),
                en!(format!("No city-level SRDI policy of {} is encoded yet; only provincial policies are shown.", city.en())),
            ),
            Notice::Unread { city, at } => match at.as_slice() {
                [one] => hidden_line(*one, *city),
                many => {
                    let (mut zh, mut en) = (String::new(), String::new());
                    for at in many {
                        let (label_zh, label_en) = hidden_label(*at);
                        let (by_zh, by_en) = readers(*at);
                        let sep = if zh.is_empty() { "" } else { "、" };
                        zh.push_str(&if by_zh.is_empty() { format!("{sep}“{label_zh}”") } else { format!("{sep}“{label_zh}”（只有{by_zh}用到）") });
                        let sep = if en.is_empty() { "" } else { "; " };
                        en.push_str(&if by_en.is_empty() { format!("{sep}“{label_en}”") } else { format!("{sep}“{label_en}” (only {by_en} uses it)") });
                    }
                    text(
                        format!("{}适用的政策都没有用到以下填写的内容，填写与否不影响结果：{zh}。", city.zh()),
                        en!(format!("No policy that applies in {} reads these answers; they do not change the results: {en}.", city.en())),
                    )
                }
            },
            Notice::LowRate { at, bp } => {
                let t = low_rate_line(*bp);
                text(format!("{}：{}", at.as_str(), t.zh), en!(format!("{}: {}", at.as_str(), t.en)))
            }
            Notice::District { city, name } => {
                let (zh, en) = district_note(*city).unwrap_or_default();
                text(format!("所在区（园区）“{name}”：{zh}"), en!(format!("District / park “{name}”: {en}")))
            }
            Notice::SizeNotChosen => text(
                "尚未选择企业规模：只适用于中小企业的措施按“可能可得”列出，不计入确定的合计；请选择企业规模。",
                en!("The enterprise's size is not chosen: measures for SMEs only are listed as likely and kept out of the certain totals; choose the size."),
            ),
            Notice::SmeOnly(docs) => {
                let (mut zh, mut en) = (String::new(), String::new());
                for doc in docs {
                    let Some(clauses) = sme_only_clauses(doc) else { continue };
                    let (c_zh, c_en) = clauses.unwrap_or_else(|| ("全部措施".into(), en!("all its measures")));
                    zh.push_str(&format!("{}{}{c_zh}", if zh.is_empty() { "" } else { "；" }, doc.short_zh));
                    en.push_str(&format!("{}{} {c_en}", if en.is_empty() { "" } else { "; " }, doc.short_en));
                }
                text(format!("大型企业不适用只面向中小企业的措施：{zh}。"), en!(format!("A large enterprise cannot use the measures for SMEs only: {en}.")))
            }
        }
    }
}

impl serde::Serialize for Notice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// The assessment's notices about answers: details the city's form does not ask
/// (so no field shows the line), the district note, and a large firm's SME-only measures.
pub(crate) fn add(sources: &[&'static Document], p: &Profile, notices: &mut Vec<Notice>) {
    if !p.city.in_jiangsu() {
        return;
    }
    // The details the city's form does not ask: one notice (the form has no field to show it under).
    let at = hidden(p);
    if !at.is_empty() {
        notices.push(Notice::Unread { city: p.city, at });
    }
    // The same warning the form shows at the field, named by the field for the CLI and the JS API.
    notices.extend(low_rate_fields(p).map(|(at, bp)| Notice::LowRate { at, bp }));
    if let (Some(d), Some(_)) = (&p.district, district_note(p.city)) {
        notices.push(Notice::District { city: p.city, name: d.clone() });
    }
    if p.size.is_none() {
        notices.push(Notice::SizeNotChosen);
    }
    if Size::is_large(p.size) {
        let docs: Vec<&'static Document> = sources.iter().copied().filter(|d| covers(d, p.city) && has_sme_only(d)).collect();
        if !docs.is_empty() {
            notices.push(Notice::SmeOnly(docs));
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
    fn a_rate_under_half_a_percent_is_questioned_under_its_own_field() {
        let as_of = day("2026-06-01");
        let mut p = Profile::new(City::Nanjing, Size::Small);
        p.finance.equipment_loan_yuan = 10_000_000;
        p.finance.equipment_loan_rate_bp = 30;
        let line = hint(&p, Path::EquipmentLoanRateBp, as_of).unwrap();
        assert_eq!(line.zh, "年利率 0.3%，低于 0.5%，很少见：是 30% 吗？请核对（按基点填写时 320 表示 3.2%）");
        assert_eq!(hint(&p, Path::EquipmentLoanYuan, as_of), None, "under the rate only");
        p.srdi_loans = vec![SrdiLoan { rate_bp: Some(3), ..loan() }];
        assert!(hint(&p, Path::SrdiLoan(1, SrdiLoanField::RateBp), as_of).unwrap().zh.contains("是 3% 吗"));
        p.finance.equipment_loan_rate_bp = 320;
        assert_eq!(hint(&p, Path::EquipmentLoanRateBp, as_of), None, "3.2% is usual");
    }

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
        assert!(!a.notices.iter().any(|n| n.text().zh.contains(want)), "the form shows it under the loan, not twice");
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
        assert_eq!(a.notices.iter().filter(|n| n.text().zh.contains("专精特新贷")).count(), 1);
        // A district where no text names district support.
        let mut p = Profile::new(City::Wuxi, Size::Small);
        p.district = Some("新吴区".into());
        let lines = unread(&p, as_of);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].0, Path::District);
        assert!(lines[0].1.zh.starts_with("“所在区（园区）”：无锡市"), "{lines:?}");
        assert!(crate::evaluate(&p, as_of).unwrap().notices.iter().any(|n| n.text().zh == lines[0].1.zh));
        // Outside Jiangsu the one notice says it all.
        p.city = City::OutsideJiangsu;
        assert!(unread(&p, as_of).is_empty());
    }

    #[test]
    fn the_district_shows_what_the_texts_say_about_district_support() {
        let as_of = day("2025-10-01");
        let mut p = Profile::new(City::Suzhou, Size::Small);
        let noted = |p: &Profile| crate::evaluate(p, as_of).unwrap().notices.iter().map(Notice::text).filter(|n| n.zh.starts_with("所在区")).collect::<Vec<_>>();
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
        let n: Vec<Text> = a.notices.iter().map(Notice::text).filter(|n| n.zh.starts_with("大型企业")).collect();
        assert_eq!(n.len(), 1, "{:?}", a.notices);
        assert_eq!(
            n[0].zh,
            "大型企业不适用只面向中小企业的措施：江苏省若干政策措施（征求意见稿）（一）至（十四）、结语；南京市若干措施（一）至（十五）；江苏省三年行动计划（2023—2025）二（一）、三（二）。"
        );
        for size in [Size::Micro, Size::Small, Size::Medium] {
            p.size = Some(size);
            assert!(!crate::evaluate(&p, as_of).unwrap().notices.iter().any(|n| n.text().zh.starts_with("大型企业")));
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
        assert_eq!(a.notices.iter().filter(|n| n.text().zh.starts_with("尚未选择企业规模")).count(), 1);
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
        assert!(!b.notices.iter().any(|n| n.text().zh.starts_with("尚未选择企业规模")));
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
