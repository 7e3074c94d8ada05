//! A register run: each row read through the rules crate (`fields::from_row`, the form's parser,
//! as `srdi batch` reads its CSV), checked (a bad row is listed cell by cell with the form's
//! messages, excluded and counted, never guessed), evaluated, and added to the sums by rule,
//! document, district, size and scheme year; each firm's one-step gains (the near misses the
//! rules crate computes) grouped by the step; each firm's share link. Rows are taken a chunk
//! at a time, so a caller can report progress and stop between chunks.

use crate::mapping::{Mapping, Target};
use crate::steps::Step;
use crate::sums::Sums;
use crate::table::{Row, Table};
use serde::Serialize;
use srdi_rules::eval::Until;
use srdi_rules::fields;
use srdi_rules::model::{Document, Rule, Treatment};
use srdi_rules::policies;
use srdi_rules::profile::{City, Profile, Size};
use srdi_rules::{evaluate, Amount, Date, FieldError, Text, Totals};
use std::collections::{BTreeMap, HashMap};

/// A problem in one cell (or the whole row): the row as the clerk sees it, the column by its
/// name in the register (`""`: the whole row), and the form's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellError {
    pub line: u32,
    pub column: String,
    pub zh: String,
    pub en: String,
}

/// A note the rules crate adds to a firm's result (an answer no rule of its city reads, a rate
/// that looks mistyped), with how many firms have it and the first rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub text: Text,
    pub firms: u32,
    pub lines: Vec<u32>,
}

/// A benefit of one firm kept for the firms' sheet: in force and summed (one-off, yearly, cap,
/// staff's monthly), certain or likely.
#[derive(Debug, Clone, Copy)]
pub struct FirmItem {
    pub rule: &'static Rule,
    pub doc: &'static Document,
    pub amount: Amount,
    pub until: Option<Until>,
    pub certain: bool,
}

/// One firm read and evaluated.
#[derive(Debug, Clone)]
pub struct Firm {
    pub line: u32,
    pub name: String,
    pub id: String,
    pub city: City,
    pub district: Option<String>,
    pub size: Option<Size>,
    pub totals: Totals,
    pub items: Vec<FirmItem>,
    /// The answers as a share link's fragment (`v=3&city=nanjing&…`): the firm's own result.
    pub share: String,
}

/// Where a group's sums sit in the by-year table: the scheme year a yearly figure is for
/// (the 贴息's), the date its basis ends, or no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum YearKey {
    Scheme(u16),
    Ends(Date),
    Open,
}

impl YearKey {
    pub fn of(until: Option<Until>) -> YearKey {
        match until {
            Some(Until::SchemeYear { year, .. }) => YearKey::Scheme(year),
            Some(Until::Ends { date }) => YearKey::Ends(date),
            None => YearKey::Open,
        }
    }
    pub fn text(&self) -> Text {
        match self {
            YearKey::Scheme(y) => Text { zh: format!("{y} 年"), en: y.to_string() },
            YearKey::Ends(d) => Text { zh: format!("至 {} 年 {} 月 {} 日止", d.year(), d.month(), d.day()), en: format!("until {d}") },
            YearKey::Open => Text { zh: "每年（未限年份）".into(), en: "each year (no limit stated)".into() },
        }
    }
}

/// Everything a run gives: counts, the check list, the firms, the sums and the one-step list.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub as_of: Option<Date>,
    /// Data rows read, firms evaluated, rows left out for their errors.
    pub rows: u32,
    pub bad_rows: u32,
    pub errors: Vec<CellError>,
    pub notes: Vec<Note>,
    pub firms: Vec<Firm>,
    /// The register's sums (every firm's `Totals` added: what `srdi batch` gives row by row).
    pub total: Sums,
    /// By rule and by document, in the documents' order (only those with a figure).
    pub by_rule: Vec<(&'static Rule, &'static Document, Sums)>,
    pub by_document: Vec<(&'static Document, Sums)>,
    pub by_district: Vec<(String, Sums)>,
    /// By size: micro, small, medium, large, not chosen.
    pub by_size: Vec<(Option<Size>, Sums)>,
    /// The yearly sums by the scheme year they are for.
    pub by_year: Vec<(YearKey, Sums)>,
    /// Every firm's one-step gains, the most money first.
    pub steps: Vec<Step>,
}

/// A register being run.
pub struct Run {
    as_of: Date,
    names: Vec<String>,
    fields: Vec<(usize, String)>,
    name_col: Option<usize>,
    id_col: Option<usize>,
    city: Option<&'static str>,
    city_named: bool,
    next: usize,
    report: Report,
    rules: Vec<(&'static Rule, &'static Document, Sums)>,
    rule_at: HashMap<&'static str, usize>,
    docs: Vec<(&'static Document, Sums)>,
    districts: BTreeMap<String, Sums>,
    sizes: [Sums; 5],
    years: BTreeMap<YearKey, Sums>,
    notes: HashMap<String, usize>,
}

/// The register's sums went past what 64-bit fen hold (about 92 billion billion fen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overflow;

impl Run {
    /// A run of `table` under `mapping` on `as_of`; `Err`: what stops it ([`Mapping::problems`]).
    pub fn new(table: &Table, mapping: &Mapping, as_of: Date) -> Result<Run, Vec<FieldError>> {
        let problems = mapping.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let fields: Vec<(usize, String)> = mapping.fields().map(|(i, k)| (i, k.to_owned())).collect();
        let city_named = fields.iter().any(|(_, k)| k == "city");
        let mut rules = Vec::new();
        let mut rule_at = HashMap::new();
        for doc in policies::ALL {
            for clause in doc.clauses {
                if let Treatment::Rules { rules: rs, .. } = clause.treatment {
                    for r in rs {
                        rule_at.insert(r.id, rules.len());
                        rules.push((r, doc, Sums::default()));
                    }
                }
            }
        }
        Ok(Run {
            as_of,
            names: table.header.clone(),
            name_col: mapping.columns.iter().position(|c| c.target == Target::Name),
            id_col: mapping.columns.iter().position(|c| c.target == Target::Id),
            city: if city_named { None } else { mapping.city.map(fields::serde_plain_name) },
            city_named,
            fields,
            next: 0,
            report: Report { as_of: Some(as_of), ..Report::default() },
            rules,
            rule_at,
            docs: policies::ALL.iter().map(|d| (*d, Sums::default())).collect(),
            districts: BTreeMap::new(),
            sizes: [Sums::default(); 5],
            years: BTreeMap::new(),
            notes: HashMap::new(),
        })
    }

    /// Rows done so far.
    pub fn done(&self) -> usize {
        self.next
    }

    /// Reads, checks and evaluates up to `n` more rows; `Ok(true)` when the table is done.
    pub fn step(&mut self, table: &Table, n: usize) -> Result<bool, Overflow> {
        let end = self.next.saturating_add(n).min(table.len());
        while self.next < end {
            if let Some(row) = table.row(self.next) {
                self.row(row).ok_or(Overflow)?;
            }
            self.next += 1;
        }
        Ok(self.next >= table.len())
    }

    /// The row's name for an error's field: the register's column that holds it.
    fn column(&self, field: &str) -> String {
        if field.is_empty() || self.names.iter().any(|n| n == field) {
            return field.to_owned();
        }
        let path = fields::parse_key(field, fields::BpKeys::BasisPoints).map(|(p, _)| p);
        let by_path = self.fields.iter().find(|(_, k)| path.is_some() && fields::parse_key(k, fields::BpKeys::BasisPoints).map(|(p, _)| p) == path);
        match by_path.and_then(|(i, _)| self.names.get(*i)) {
            Some(n) => n.clone(),
            // A group's error (`loans`): the first column of that group, else the field's words.
            None => {
                let group = self.fields.iter().find(|(_, k)| k.starts_with(&format!("{field}.")));
                match group.and_then(|(i, _)| self.names.get(*i)) {
                    Some(n) => n.clone(),
                    None => path.and_then(fields::label).map_or_else(|| field.to_owned(), |l| l.zh),
                }
            }
        }
    }

    fn reject(&mut self, line: u32, errors: Vec<FieldError>) {
        self.report.bad_rows += 1;
        for e in errors {
            let column = self.column(&e.field);
            self.report.errors.push(CellError { line, column, zh: e.zh, en: e.en });
        }
    }

    /// One row read, checked and evaluated; `None` only on overflow.
    fn row(&mut self, row: Row<'_>) -> Option<()> {
        self.report.rows += 1;
        let names: Vec<&str> = self.names.iter().map(String::as_str).collect();
        if let Some(e) = fields::row_length(&names, row.len()) {
            self.reject(row.line, vec![e]);
            return Some(());
        }
        let pairs = self.fields.iter().map(|(i, k)| (k.as_str(), row.cell(*i))).chain(self.city.map(|c| ("city", c)));
        let profile = match fields::from_row(pairs, self.city_named) {
            Ok(p) => p,
            Err(errors) => {
                self.reject(row.line, errors);
                return Some(());
            }
        };
        let a = match evaluate(&profile, self.as_of) {
            Ok(a) => a,
            Err(e) => {
                self.reject(row.line, e.errors);
                return Some(());
            }
        };
        let firm = u32::try_from(self.report.firms.len()).ok()?;
        let cell = |c: Option<usize>| c.map(|i| row.cell(i).trim().to_owned()).unwrap_or_default();
        let mut name = cell(self.name_col);
        if name.is_empty() {
            name = format!("第 {} 行", row.line);
        }
        self.report.total.add_totals(&a.totals)?;
        let district = profile.district.clone();
        self.districts.entry(district.clone().unwrap_or_default()).or_default().add_totals(&a.totals)?;
        let size_at = profile.size.map_or(4, |s| Size::ALL.iter().position(|x| *x == s).unwrap_or(4));
        self.sizes.get_mut(size_at)?.add_totals(&a.totals)?;
        let mut items = Vec::new();
        for it in a.items.iter().filter(|i| i.in_force() && i.amount.is_summed()) {
            let certain = it.certain();
            if let Some(&k) = self.rule_at.get(it.rule.id) {
                self.rules.get_mut(k)?.2.add_amount(firm, &it.amount, certain)?;
            }
            if let Some(d) = self.docs.iter_mut().find(|(d, _)| d.key == it.doc.key) {
                d.1.add_amount(firm, &it.amount, certain)?;
            }
            if matches!(it.amount, Amount::Annual { .. }) {
                self.years.entry(YearKey::of(it.until)).or_default().add_amount(firm, &it.amount, certain)?;
            }
            items.push(FirmItem { rule: it.rule, doc: it.doc, amount: it.amount, until: it.until, certain });
        }
        for n in &a.notices {
            // Notices are data (written when shown): grouped by their words.
            let n = n.text();
            match self.notes.get(&n.zh) {
                Some(&k) => {
                    let note = self.report.notes.get_mut(k)?;
                    note.firms += 1;
                    if note.lines.len() < 20 {
                        note.lines.push(row.line);
                    }
                }
                None => {
                    self.notes.insert(n.zh.clone(), self.report.notes.len());
                    self.report.notes.push(Note { text: n.clone(), firms: 1, lines: vec![row.line] });
                }
            }
        }
        crate::steps::collect(firm, &a.near_misses, &mut self.report.steps)?;
        self.report.firms.push(Firm {
            line: row.line,
            name,
            id: cell(self.id_col),
            city: profile.city,
            district,
            size: profile.size,
            totals: a.totals,
            items,
            share: fields::to_share(&profile),
        });
        Some(())
    }

    /// The report, its groups in order and the one-step list ranked.
    pub fn finish(mut self) -> Report {
        let has = |s: &Sums| s.firms > 0 || s.likely_firms > 0;
        self.report.by_rule = self.rules.into_iter().filter(|(_, _, s)| has(s)).collect();
        self.report.by_document = self.docs.into_iter().filter(|(_, s)| has(s)).collect();
        self.report.by_district = self.districts.into_iter().collect();
        self.report.by_size = self.sizes.into_iter().enumerate().filter(|(_, s)| s.firms > 0).map(|(i, s)| (Size::ALL.get(i).copied(), s)).collect();
        self.report.by_year = self.years.into_iter().collect();
        crate::steps::rank(&mut self.report.steps, &self.report.firms);
        self.report
    }
}

/// The profile a firm's row reads as, for a caller that wants one row alone (tests, the page's
/// preview): the same reading as a run.
pub fn read_row(mapping: &Mapping, header: &[String], row: Row<'_>) -> Result<Profile, Vec<FieldError>> {
    let names: Vec<&str> = header.iter().map(String::as_str).collect();
    if let Some(e) = fields::row_length(&names, row.len()) {
        return Err(vec![e]);
    }
    let city_named = mapping.fields().any(|(_, k)| k == "city");
    let city = if city_named { None } else { mapping.city.map(fields::serde_plain_name) };
    fields::from_row(mapping.fields().map(|(i, k)| (k, row.cell(i))).chain(city.map(|c| ("city", c))), city_named)
}

/// How many of a register's first rows [`first_rows_check`] reads.
pub const CHECKED_FIRST_ROWS: usize = 50;

/// The first rows read as a run will read them, before it starts: for each mapped column whose
/// cells the form's reader refuses there (a year column mapped to a month, a 万元 column read
/// in 元 past the limit), a note at the column with how many rows and the first message, so a
/// wrong mapping is seen while it is made rather than as rows left out of the totals.
pub fn first_rows_check(table: &Table, mapping: &Mapping) -> Vec<FieldError> {
    let fields: Vec<(usize, srdi_rules::Path)> = mapping.fields().filter_map(|(i, k)| fields::parse_key(k, fields::BpKeys::BasisPoints).map(|(p, _)| (i, p))).collect();
    // Per column: rows refused there, and the first message (line, words).
    let mut seen: Vec<(usize, u32, Option<(u32, String, String)>)> = Vec::new();
    let n = table.len().min(CHECKED_FIRST_ROWS);
    for r in 0..n {
        let Some(row) = table.row(r) else { continue };
        let Err(errors) = read_row(mapping, &table.header, row) else { continue };
        let mut cols: Vec<usize> = Vec::new();
        for e in errors {
            let path = fields::parse_key(&e.field, fields::BpKeys::BasisPoints).map(|(p, _)| p);
            let Some(&(col, _)) = fields.iter().find(|(_, p)| Some(*p) == path) else { continue };
            if cols.contains(&col) {
                continue;
            }
            cols.push(col);
            match seen.iter_mut().find(|s| s.0 == col) {
                Some(s) => s.1 += 1,
                None => seen.push((col, 1, Some((row.line, e.zh, e.en)))),
            }
        }
    }
    seen.sort_by_key(|s| s.0);
    seen.into_iter()
        .filter_map(|(col, rows, first)| {
            let (line, zh, en) = first?;
            let name = &mapping.columns.get(col)?.name;
            Some(FieldError::new(
                name,
                format!("前 {n} 行中有 {rows} 行这一列读不出（如第 {line} 行：{zh}）。请确认这一列对应得对；不改的话，这些行不计入合计"),
                format!("in the first {n} rows, {rows} cannot be read in this column (row {line}: {en}). Check that the column is mapped right; otherwise those rows are left out of the totals"),
            ))
        })
        .collect()
}
