//! Office mode's wasm (issue 19), run in a Web Worker by `office.html`: a thin layer that hands
//! srdi-office the register's bytes and the clerk's choices, and hands back JSON for the page
//! and bytes for the downloads. Nothing here decides anything: reading, checking, evaluating,
//! summing, ranking and writing are srdi-office's and the rules crate's. Money is worded by the
//! rules crate (`money::format_zh`) so the page shows the calculator's own words.
#![forbid(unsafe_code)]

use serde::Serialize;
use srdi_office::export;
use srdi_office::mapping::{How, Mapping, Target};
use srdi_office::run::{Report, Run};
use srdi_office::sums::Sums;
use srdi_office::Table;
use srdi_rules::money::{format_en, format_zh, Fen};
use srdi_rules::path::{GroupField, LoanField, SrdiLoanField, TitlePart};
use srdi_rules::profile::City;
use srdi_rules::{fields, Date, FieldError, Path, Text};
use wasm_bindgen::prelude::*;

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn text_error(t: Text) -> JsValue {
    JsValue::from_str(&json(&t))
}

/// A sum as the page shows it: the figure (for bar lengths) and the calculator's words.
#[derive(Serialize)]
struct Money {
    fen: Fen,
    zh: String,
    en: String,
}

fn money(fen: Fen) -> Money {
    Money { fen, zh: format_zh(fen), en: format_en(fen) }
}

#[derive(Serialize)]
struct SumsView {
    firms: u32,
    one_off: Money,
    annual: Money,
    up_to: Money,
    staff_month: Money,
    staff_total: Money,
    likely_firms: u32,
    likely_one_off: Money,
    likely_annual: Money,
    likely_up_to: Money,
    likely_staff_month: Money,
    /// What a bar shows: certain one-off plus one year of yearly sums.
    bar: Money,
}

fn sums(s: &Sums) -> SumsView {
    SumsView {
        firms: s.firms,
        one_off: money(s.one_off_fen),
        annual: money(s.annual_fen),
        up_to: money(s.up_to_fen),
        staff_month: money(s.staff_month_fen),
        staff_total: money(s.staff_total_fen),
        likely_firms: s.likely_firms,
        likely_one_off: money(s.likely_one_off_fen),
        likely_annual: money(s.likely_annual_fen),
        likely_up_to: money(s.likely_up_to_fen),
        likely_staff_month: money(s.likely_staff_month_fen),
        bar: money(s.bar_fen()),
    }
}

#[derive(Serialize)]
struct Group {
    id: String,
    zh: String,
    en: String,
    sums: SumsView,
}

/// The choices a column can be mapped to by hand: the firm's name and code, "not used", every
/// fixed field, each title's details, and the first entries of the repeated groups (a register
/// with more names them by key: `loans.7.rate_pct`).
#[wasm_bindgen]
pub fn targets() -> String {
    #[derive(Serialize)]
    struct Choice {
        key: String,
        zh: String,
        en: String,
    }
    let mut out: Vec<Choice> = [Target::Ignore, Target::Name, Target::Id]
        .into_iter()
        .map(|t| {
            let l = t.text();
            Choice { key: t.as_str().to_owned(), zh: l.zh, en: l.en }
        })
        .collect();
    let mut paths: Vec<Path> = Path::ALL.to_vec();
    for t in 0..Path::TITLES.len() {
        paths.extend(TitlePart::ALL.into_iter().map(|p| Path::TitleDetail(t as u8, p)));
    }
    for n in 1..=5 {
        paths.extend(LoanField::ALL.into_iter().map(|f| Path::Loan(n, f)));
    }
    for n in 1..=3 {
        paths.extend(SrdiLoanField::ALL.into_iter().map(|f| Path::SrdiLoan(n, f)));
        paths.extend(GroupField::ALL.into_iter().map(|f| Path::GraduateGroup(n, f)));
        paths.push(Path::PilotPlatform(n));
    }
    for p in paths {
        let Some(l) = fields::label(p) else { continue };
        let key = fields::percent_key(p).unwrap_or_else(|| p.as_str().into_owned());
        out.push(Choice { key, zh: l.zh, en: l.en });
    }
    json(&out)
}

/// The cities a register without a city column can be given, as `[code, 中文, English]`.
#[wasm_bindgen]
pub fn cities() -> String {
    let all: Vec<(&str, &str, &str)> = City::ALL.into_iter().filter(|c| c.in_jiangsu()).map(|c| (fields::serde_plain_name(c), c.zh(), c.en())).collect();
    json(&all)
}

/// The worker's wasm memory in bytes (it only grows: the run's peak), for the benchmark.
#[wasm_bindgen]
pub fn memory_bytes() -> usize {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size(0) * 65_536
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// One register in the worker: its table, the mapping, and the run or its report.
#[wasm_bindgen]
pub struct Session {
    table: Table,
    mapping: Mapping,
    as_of: Date,
    run: Option<Run>,
    report: Option<Report>,
}

#[wasm_bindgen]
impl Session {
    /// Reads the register's bytes (CSV or XLSX); `as_of`: `YYYY-MM-DD`. Throws the reason as
    /// JSON `{zh, en}`.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8], as_of: &str) -> Result<Session, JsValue> {
        let as_of = Date::parse(as_of).ok_or_else(|| text_error(Text { zh: format!("评估日期“{as_of}”无效"), en: format!("The as-of date `{as_of}` is not valid") }))?;
        let table = Table::read(bytes).map_err(|e| text_error(e.text()))?;
        let mapping = Mapping::auto(&table.header);
        Ok(Session { table, mapping, as_of, run: None, report: None })
    }

    /// The columns, what each holds and how it was matched, a few of its values, the city for
    /// every row, and what stops a run or deserves a look, as JSON.
    pub fn mapping(&self) -> String {
        #[derive(Serialize)]
        struct Col<'a> {
            name: &'a str,
            target: &'a str,
            how: How,
            zh: String,
            en: String,
            samples: Vec<&'a str>,
        }
        #[derive(Serialize)]
        struct View<'a> {
            encoding: &'a str,
            sheet: Option<&'a str>,
            rows: usize,
            columns: Vec<Col<'a>>,
            city: Option<&'a str>,
            problems: Vec<FieldError>,
            warnings: Vec<FieldError>,
        }
        let columns = self
            .mapping
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let l = c.target.text();
                let samples = (0..self.table.len().min(200)).filter_map(|r| self.table.row(r).map(|row| row.cell(i).trim())).filter(|s| !s.is_empty()).take(3).collect();
                Col { name: &c.name, target: c.target.as_str(), how: c.how, zh: l.zh, en: l.en, samples }
            })
            .collect();
        json(&View {
            encoding: self.table.encoding,
            sheet: self.table.sheet.as_deref(),
            rows: self.table.len(),
            columns,
            city: self.mapping.city.map(fields::serde_plain_name),
            problems: self.mapping.problems(),
            warnings: self.mapping.warnings().into_iter().chain(srdi_office::run::first_rows_check(&self.table, &self.mapping)).collect(),
        })
    }

    /// Maps column `i` by hand (`@ignore`, `@name`, `@id`, or a field's key); false for a key
    /// that is not a field.
    pub fn set_column(&mut self, i: usize, target: &str) -> bool {
        match Target::parse(target) {
            Some(t) => {
                self.mapping.set(i, t);
                true
            }
            None => false,
        }
    }

    /// The city of every firm (a register without a city column); `""` clears it.
    pub fn set_city(&mut self, city: &str) {
        self.mapping.city = City::ALL.into_iter().find(|c| fields::serde_plain_name(*c) == city);
    }

    /// A saved mapping applied to this register. Throws the reason as JSON `{zh, en}`.
    pub fn load_mapping(&mut self, saved: &str) -> Result<(), JsValue> {
        self.mapping = Mapping::with_saved(&self.table.header, saved).map_err(text_error)?;
        Ok(())
    }

    /// The mapping to save, as JSON.
    pub fn saved_mapping(&self) -> String {
        serde_json::to_string_pretty(&self.mapping.saved()).unwrap_or_default()
    }

    /// Starts a run; throws the mapping's problems as JSON `[{field, zh, en}]`.
    pub fn start(&mut self) -> Result<(), JsValue> {
        self.report = None;
        self.run = Some(Run::new(&self.table, &self.mapping, self.as_of).map_err(|p| JsValue::from_str(&json(&p)))?);
        Ok(())
    }

    /// Runs up to `n` more rows; gives the rows done, or -1 when the register is done (then
    /// `summary` is ready). Throws when the sums overflow.
    pub fn step(&mut self, n: usize) -> Result<i32, JsValue> {
        let Some(run) = self.run.as_mut() else { return Ok(-1) };
        let done = run.step(&self.table, n).map_err(|_| text_error(Text { zh: "合计超出范围".into(), en: "The totals are out of range".into() }))?;
        if done {
            self.report = self.run.take().map(Run::finish);
            return Ok(-1);
        }
        Ok(i32::try_from(run.done()).unwrap_or(i32::MAX))
    }

    /// Data rows in the register.
    pub fn rows(&self) -> usize {
        self.table.len()
    }

    /// The run's results as JSON: counts, the first `max_errors` bad cells, the notes, the
    /// register's sums and by rule, document, district, size and scheme year, and the rules
    /// the one-step list mentions.
    pub fn summary(&self, max_errors: usize) -> String {
        let Some(r) = &self.report else { return String::new() };
        #[derive(Serialize)]
        struct View<'a> {
            as_of: String,
            rows: u32,
            firms: usize,
            bad_rows: u32,
            errors_total: usize,
            errors: &'a [srdi_office::run::CellError],
            notes: &'a [srdi_office::run::Note],
            total: SumsView,
            by_rule: Vec<Group>,
            by_document: Vec<Group>,
            by_district: Vec<Group>,
            by_size: Vec<Group>,
            by_year: Vec<Group>,
            steps_total: usize,
            step_rules: Vec<(&'static str, &'static str, &'static str)>,
        }
        let g = |id: &str, zh: &str, en: &str, s: &Sums| Group { id: id.to_owned(), zh: zh.to_owned(), en: en.to_owned(), sums: sums(s) };
        json(&View {
            as_of: self.as_of.to_string(),
            rows: r.rows,
            firms: r.firms.len(),
            bad_rows: r.bad_rows,
            errors_total: r.errors.len(),
            errors: r.errors.get(..max_errors.min(r.errors.len())).unwrap_or_default(),
            notes: &r.notes,
            total: sums(&r.total),
            by_rule: r.by_rule.iter().map(|(rule, doc, s)| g(rule.id, &format!("{}：{}", doc.short_zh, rule.name_zh), &format!("{}: {}", doc.short_en, rule.name_en), s)).collect(),
            by_document: r.by_document.iter().map(|(d, s)| g(d.key, d.short_zh, d.short_en, s)).collect(),
            by_district: r.by_district.iter().map(|(d, s)| if d.is_empty() { g("", "（未填写）", "(not given)", s) } else { g(d, d, d, s) }).collect(),
            by_size: r.by_size.iter().map(|(z, s)| g(z.map_or("", fields::size_name), z.map_or("未选择", |z| z.zh()), z.map_or("not chosen", |z| z.en()), s)).collect(),
            by_year: r.by_year.iter().map(|(y, s)| {
                let t = y.text();
                g(&t.en, &t.zh, &t.en, s)
            }).collect(),
            steps_total: r.steps.len(),
            step_rules: srdi_office::steps::rules_of(&r.steps),
        })
    }

    /// The one-step list, the first `limit` (only steps that open `rule`, unless empty), as JSON;
    /// `base`: the calculator's address for each firm's link.
    pub fn steps(&self, rule: &str, limit: usize, base: &str) -> String {
        let Some(r) = &self.report else { return String::new() };
        #[derive(Serialize)]
        struct StepView<'a> {
            line: u32,
            name: &'a str,
            fix: Text,
            money_zh: String,
            bar: Fen,
            rules: Vec<(&'static str, &'static str, &'static str, Text)>,
            link: String,
        }
        #[derive(Serialize)]
        struct View<'a> {
            total: usize,
            steps: Vec<StepView<'a>>,
        }
        let chosen: Vec<_> = r.steps.iter().filter(|s| rule.is_empty() || s.has_rule(rule)).collect();
        let steps = chosen
            .iter()
            .take(limit)
            .filter_map(|s| {
                let f = r.firms.get(s.firm as usize)?;
                Some(StepView {
                    line: f.line,
                    name: &f.name,
                    fix: s.fix.describe(),
                    money_zh: export::step_money(&s.sums),
                    bar: s.sums.bar_fen(),
                    rules: s.rules.iter().map(|(id, zh, en, a)| (*id, *zh, *en, a.describe())).collect(),
                    link: export::link(base, f),
                })
            })
            .collect();
        json(&View { total: chosen.len(), steps })
    }

    /// The workbook (企业明细, 合计, 一步之遥, 数据检查); empty before a run is done.
    pub fn xlsx(&self, base: &str) -> Result<Vec<u8>, JsValue> {
        let Some(r) = &self.report else { return Ok(Vec::new()) };
        export::xlsx(r, base).map_err(|e| JsValue::from_str(&e))
    }

    /// One table as CSV (UTF-8 with a mark): `firms`, `totals`, `steps` (of `rule`, or all), `check`.
    pub fn csv(&self, which: &str, base: &str, rule: &str) -> Vec<u8> {
        let Some(r) = &self.report else { return Vec::new() };
        let rule = (!rule.is_empty()).then_some(rule);
        match which {
            "firms" => export::csv(&export::firms(r, base)),
            "totals" => export::csv(&export::totals(r)),
            "steps" => export::csv(&export::steps(r, base, rule)),
            "check" => export::csv(&export::check(r)),
            _ => Vec::new(),
        }
    }
}
