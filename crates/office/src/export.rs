//! What a clerk takes away: an XLSX workbook (企业明细: each firm with its totals, its benefits
//! and its share link; 合计: the sums by rule, document, district, size and scheme year;
//! 一步之遥: the one-step list; 数据检查: the check list) and the same tables as CSV (UTF-8 with
//! a byte-order mark, as Excel and WPS open it). Chinese headers; sums in 元.
//!
//! Sums are integer fen to the end. A spreadsheet number is a double: a sum is written as
//! `fen / 100` only in the cell (exact for every whole 元 below 2^53, and within half a fen of
//! the exact value otherwise, shown to the fen with the `#,##0.00` format); the CSV writes the
//! exact text (`money::yuan_cell`).

use crate::run::{Firm, Report, YearKey};
use crate::steps::Step;
use crate::sums::Sums;
use srdi_rules::eval::describe_until;
use srdi_rules::money::{yuan_cell, Fen};
use srdi_rules::Date;

/// One cell of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A sum in fen, written in 元.
    Yuan(Fen),
    Count(u32),
    /// A web address, written as a link where the sheet allows.
    Link(String),
}

/// A table of the export: its sheet name, headers, and rows made one at a time (100,000 firms
/// are never held twice).
pub struct Table<'a> {
    pub name: &'static str,
    pub header: Vec<&'static str>,
    pub rows: usize,
    fill: Box<dyn Fn(usize, &mut Vec<Cell>) + 'a>,
}

impl Table<'_> {
    pub fn row(&self, i: usize) -> Vec<Cell> {
        let mut out = Vec::with_capacity(self.header.len());
        (self.fill)(i, &mut out);
        out
    }
}

fn t(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

const SUM_HEADERS: [&str; 11] = [
    "确定可得企业数",
    "一次性（元）",
    "每年（元）",
    "最高可达（元）",
    "员工每月（元）",
    "员工累计至多（元）",
    "可能可得企业数",
    "可能可得·一次性（元）",
    "可能可得·每年（元）",
    "可能可得·最高可达（元）",
    "可能可得·员工每月（元）",
];

fn sum_cells(s: &Sums, out: &mut Vec<Cell>) {
    out.extend([
        Cell::Count(s.firms),
        Cell::Yuan(s.one_off_fen),
        Cell::Yuan(s.annual_fen),
        Cell::Yuan(s.up_to_fen),
        Cell::Yuan(s.staff_month_fen),
        Cell::Yuan(s.staff_total_fen),
        Cell::Count(s.likely_firms),
        Cell::Yuan(s.likely_one_off_fen),
        Cell::Yuan(s.likely_annual_fen),
        Cell::Yuan(s.likely_up_to_fen),
        Cell::Yuan(s.likely_staff_month_fen),
    ]);
}

/// The firm's share link: the calculator's address with the firm's answers (`base#v=3&…`).
pub fn link(base: &str, firm: &Firm) -> String {
    format!("{base}#{}", firm.share)
}

/// What a step brings, in words: `一次性 100 万元；每年 12 万元`.
pub fn step_money(s: &Sums) -> String {
    use srdi_rules::money::format_zh;
    let mut parts = Vec::new();
    if s.one_off_fen > 0 {
        parts.push(format!("一次性 {}", format_zh(s.one_off_fen)));
    }
    if s.annual_fen > 0 {
        parts.push(format!("每年 {}", format_zh(s.annual_fen)));
    }
    if s.up_to_fen > 0 {
        parts.push(format!("最高 {}", format_zh(s.up_to_fen)));
    }
    if s.staff_month_fen > 0 {
        parts.push(format!("员工每月 {}", format_zh(s.staff_month_fen)));
    }
    parts.join("；")
}

/// Each firm's best step (the first in rank order), by firm index.
fn best_steps(r: &Report) -> Vec<Option<&Step>> {
    let mut best: Vec<Option<&Step>> = vec![None; r.firms.len()];
    for s in &r.steps {
        if let Some(b) = best.get_mut(s.firm as usize) {
            if b.is_none() {
                *b = Some(s);
            }
        }
    }
    best
}

/// 企业明细: one row per firm read.
pub fn firms<'a>(r: &'a Report, base: &'a str) -> Table<'a> {
    let best = best_steps(r);
    let mut header = vec!["行号", "企业名称", "统一社会信用代码", "所在城市", "所在区", "企业规模"];
    header.extend(["一次性（元）", "每年（元）", "每年金额期限", "最高可达（元）", "员工每月（元）", "员工累计至多（元）"]);
    header.extend(["可能可得·一次性（元）", "可能可得·每年（元）", "可能可得·最高可达（元）", "可能可得·员工每月（元）"]);
    header.extend(["政策项目", "一步之遥", "结果链接"]);
    Table {
        name: "企业明细",
        header,
        rows: r.firms.len(),
        fill: Box::new(move |i, out| {
            let Some(f) = r.firms.get(i) else { return };
            let tt = &f.totals;
            let items: Vec<String> = f
                .items
                .iter()
                .map(|it| {
                    let likely = if it.certain { "" } else { "（可能可得）" };
                    format!("{}：{}{likely}", it.rule.name_zh, describe_until(&it.amount, it.until).zh)
                })
                .collect();
            let step = best.get(i).copied().flatten().map(|s| format!("{}：{}", s.fix.describe().zh, step_money(&s.sums))).unwrap_or_default();
            out.extend([
                Cell::Count(f.line),
                t(&f.name),
                t(&f.id),
                t(f.city.zh()),
                t(f.district.clone().unwrap_or_default()),
                t(f.size.map_or("未选择", |s| s.zh())),
                Cell::Yuan(tt.exact_one_off_fen),
                Cell::Yuan(tt.annual_fen),
                t(tt.annual_until.map(|u| u.text().zh).unwrap_or_default()),
                Cell::Yuan(tt.up_to_fen),
                Cell::Yuan(tt.employees_per_month_fen),
                Cell::Yuan(tt.employees_max_total_fen),
                Cell::Yuan(tt.likely_one_off_fen),
                Cell::Yuan(tt.likely_annual_fen),
                Cell::Yuan(tt.likely_up_to_fen),
                Cell::Yuan(tt.likely_employees_per_month_fen),
                t(items.join("；")),
                t(step),
                Cell::Link(link(base, f)),
            ]);
        }),
    }
}

/// One line of 合计: a group (全部, 政策, 文件, 区, 规模, 年度), its name and its sums.
pub fn total_lines(r: &Report) -> Vec<(&'static str, String, Sums)> {
    let mut lines = vec![("全部", format!("全部企业（{} 家，另有 {} 行有误未计入）", r.total.firms, r.bad_rows), r.total)];
    lines.extend(r.by_rule.iter().map(|(rule, doc, s)| ("政策", format!("{}：{}", doc.short_zh, rule.name_zh), *s)));
    lines.extend(r.by_document.iter().map(|(doc, s)| ("文件", doc.short_zh.to_owned(), *s)));
    lines.extend(r.by_district.iter().map(|(d, s)| ("区", if d.is_empty() { "（未填写）".to_owned() } else { d.clone() }, *s)));
    lines.extend(r.by_size.iter().map(|(z, s)| ("规模", z.map_or("未选择", |z| z.zh()).to_owned(), *s)));
    lines.extend(r.by_year.iter().map(|(y, s): &(YearKey, Sums)| ("年度（每年金额）", y.text().zh, *s)));
    lines
}

/// 合计: the register's sums, then by rule, document, district, size and scheme year.
pub fn totals(r: &Report) -> Table<'_> {
    let lines = total_lines(r);
    let mut header = vec!["分组", "名称"];
    header.extend(SUM_HEADERS);
    Table {
        name: "合计",
        header,
        rows: lines.len(),
        fill: Box::new(move |i, out| {
            let Some((g, name, s)) = lines.get(i) else { return };
            out.extend([t(*g), t(name.clone())]);
            sum_cells(s, out);
        }),
    }
}

/// 一步之遥: every firm's one-step gains, the most money first; `rule`: only steps that open it.
pub fn steps<'a>(r: &'a Report, base: &'a str, rule: Option<&'a str>) -> Table<'a> {
    let chosen: Vec<&Step> = r.steps.iter().filter(|s| rule.is_none_or(|id| s.has_rule(id))).collect();
    Table {
        name: "一步之遥",
        header: vec!["排名", "行号", "企业名称", "所需一步", "一次性（元）", "每年（元）", "最高可达（元）", "员工每月（元）", "带来的政策", "结果链接"],
        rows: chosen.len(),
        fill: Box::new(move |i, out| {
            let Some(s) = chosen.get(i) else { return };
            let Some(f) = r.firms.get(s.firm as usize) else { return };
            let rules: Vec<String> = s.rules.iter().map(|(_, zh, _, a)| format!("{zh}：{}", a.describe().zh)).collect();
            out.extend([
                Cell::Count(u32::try_from(i + 1).unwrap_or(u32::MAX)),
                Cell::Count(f.line),
                t(&f.name),
                t(s.fix.describe().zh),
                Cell::Yuan(s.sums.one_off_fen),
                Cell::Yuan(s.sums.annual_fen),
                Cell::Yuan(s.sums.up_to_fen),
                Cell::Yuan(s.sums.staff_month_fen),
                t(rules.join("；")),
                Cell::Link(link(base, f)),
            ]);
        }),
    }
}

/// 数据检查: every bad cell, by row.
pub fn check(r: &Report) -> Table<'_> {
    Table {
        name: "数据检查",
        header: vec!["行号", "列", "问题", "Problem"],
        rows: r.errors.len(),
        fill: Box::new(move |i, out| {
            let Some(e) = r.errors.get(i) else { return };
            out.extend([Cell::Count(e.line), t(if e.column.is_empty() { "（整行）" } else { &e.column }), t(&e.zh), t(&e.en)]);
        }),
    }
}

/// A table as CSV text: UTF-8 with a byte-order mark, sums in 元 as exact plain numbers.
pub fn csv(table: &Table<'_>) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut ok = w.write_record(&table.header).is_ok();
    for i in 0..table.rows {
        let row: Vec<String> = table
            .row(i)
            .into_iter()
            .map(|c| match c {
                Cell::Text(s) | Cell::Link(s) => s,
                Cell::Yuan(f) => yuan_cell(f),
                Cell::Count(n) => n.to_string(),
            })
            .collect();
        ok &= w.write_record(&row).is_ok();
    }
    match (ok, w.into_inner()) {
        (true, Ok(bytes)) => bytes,
        _ => Vec::new(),
    }
}

/// Excel keeps at most this many links on a sheet; further addresses are written as text.
const MAX_LINKS: usize = 65_000;

/// The workbook: 企业明细, 合计, 一步之遥, 数据检查. `Err`: the writer's message.
pub fn xlsx(r: &Report, base: &str) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let e = |x: rust_xlsxwriter::XlsxError| x.to_string();
    let mut book = Workbook::new();
    // The workbook is dated by the run's as-of date, not the clock: the same register gives the same file.
    let day = r.as_of.unwrap_or(Date::ymd(2026, 1, 1));
    let when = ExcelDateTime::from_ymd(day.year(), day.month(), day.day()).map_err(e)?;
    book.set_properties(&DocProperties::new().set_title("专精特新政策测算（办公模式）").set_creation_datetime(&when));
    let head = Format::new().set_bold().set_text_wrap().set_background_color("#E8EEF4");
    let money = Format::new().set_num_format("#,##0.00");
    for table in [firms(r, base), totals(r), steps(r, base, None), check(r)] {
        let sheet = book.add_worksheet();
        sheet.set_name(table.name).map_err(e)?;
        for (c, h) in table.header.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| "too many columns".to_owned())?;
            sheet.write_string_with_format(0, c, *h, &head).map_err(e)?;
            let wide = matches!(*h, "政策项目" | "带来的政策" | "问题" | "Problem" | "一步之遥" | "名称");
            sheet
                .set_column_width(
                    c,
                    if wide {
                        48
                    } else if h.contains('元') {
                        16
                    } else {
                        12
                    },
                )
                .map_err(e)?;
        }
        let mut links = 0usize;
        for i in 0..table.rows {
            let row = u32::try_from(i + 1).map_err(|_| "too many rows".to_owned())?;
            for (c, cell) in table.row(i).into_iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| "too many columns".to_owned())?;
                match cell {
                    Cell::Text(s) if s.is_empty() => {}
                    Cell::Text(s) => {
                        sheet.write_string(row, c, s).map_err(e)?;
                    }
                    // Fen to a double only here, at the cell (see the module).
                    Cell::Yuan(f) => {
                        sheet.write_number_with_format(row, c, f as f64 / 100.0, &money).map_err(e)?;
                    }
                    Cell::Count(n) => {
                        sheet.write_number(row, c, f64::from(n)).map_err(e)?;
                    }
                    Cell::Link(s) => {
                        let linked = links < MAX_LINKS && s.len() <= 2_000 && sheet.write_url(row, c, s.as_str()).is_ok();
                        if linked {
                            links += 1;
                        } else {
                            sheet.write_string(row, c, s).map_err(e)?;
                        }
                    }
                }
            }
        }
        let last_col = u16::try_from(table.header.len().saturating_sub(1)).unwrap_or(0);
        let last_row = u32::try_from(table.rows).unwrap_or(u32::MAX);
        sheet.set_freeze_panes(1, 0).map_err(e)?;
        sheet.autofilter(0, 0, last_row, last_col).map_err(e)?;
    }
    book.save_to_buffer().map_err(e)
}
