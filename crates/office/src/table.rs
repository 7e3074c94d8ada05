//! A register as a table of text: the bytes of a CSV (UTF-8, GBK / GB18030 or UTF-16, commas
//! or tabs) or an XLSX workbook (its first sheet), read in memory. Cells stay the text a clerk
//! typed; nothing here reads a value (the rules crate's `fields` does, as for the form).
//!
//! Compact: every cell's text sits in one string, with its end offset; 100,000 rows of 20
//! columns are one allocation of text and one of offsets, not two million strings.

use crate::error::ReadError;
use srdi_rules::Date;

/// One register, as text.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// The column names, as the first non-empty row has them (trimmed; a byte-order mark removed).
    pub header: Vec<String>,
    /// How the bytes were read: `UTF-8`, `GBK`, `UTF-16LE`, `UTF-16BE`, or `XLSX`.
    pub encoding: &'static str,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    text: String,
    ends: Vec<u32>,
    rows: Vec<RowAt>,
}

#[derive(Debug, Clone, Copy)]
struct RowAt {
    /// The row's number as the clerk sees it: the file line a CSV record starts on (blank lines
    /// counted), the sheet's row number in Excel or WPS.
    line: u32,
    /// Index of its first cell in `ends`, and how many cells it has.
    first: u32,
    cells: u32,
}

/// One row: its number as the clerk sees it and its cells' text.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    pub line: u32,
    table: &'a Table,
    at: RowAt,
}

impl<'a> Row<'a> {
    pub fn len(&self) -> usize {
        self.at.cells as usize
    }
    pub fn is_empty(&self) -> bool {
        self.at.cells == 0
    }
    /// The text of cell `i` (0-based); `""` past the row's end.
    pub fn cell(&self, i: usize) -> &'a str {
        if i >= self.len() {
            return "";
        }
        let k = self.at.first as usize + i;
        let end = self.table.ends.get(k).copied().unwrap_or(0) as usize;
        let start = if k == 0 { 0 } else { self.table.ends.get(k - 1).copied().unwrap_or(0) as usize };
        self.table.text.get(start..end).unwrap_or("")
    }
}

/// The most rows a register may have (a district's register is thousands; the budget is 100,000).
pub const MAX_ROWS: usize = 1_000_000;

impl Table {
    /// Reads a register from its bytes: an XLSX workbook (by its content, whatever the name),
    /// else CSV text in UTF-8 (with or without a byte-order mark), UTF-16 (with one), or GBK.
    pub fn read(bytes: &[u8]) -> Result<Table, ReadError> {
        if bytes.starts_with(b"PK\x03\x04") {
            return xlsx(bytes);
        }
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return Err(ReadError::OldExcel);
        }
        let (text, encoding) = decode(bytes)?;
        csv_text(&text, encoding)
    }

    /// The number of data rows (the header not counted).
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
    /// Data row `i` (0-based).
    pub fn row(&self, i: usize) -> Option<Row<'_>> {
        self.rows.get(i).map(|&at| Row { line: at.line, table: self, at })
    }

    fn push_cell(&mut self, s: &str) -> Result<(), ReadError> {
        self.text.push_str(s);
        let end = u32::try_from(self.text.len()).map_err(|_| ReadError::TooLarge)?;
        self.ends.push(end);
        Ok(())
    }

    /// Adds a row of cells; the header first (trimmed), then data rows; empty rows are skipped.
    fn push_row<'s>(&mut self, line: u32, cells: impl IntoIterator<Item = &'s str>) -> Result<(), ReadError> {
        let mut cells: Vec<&str> = cells.into_iter().collect();
        // Trailing empty cells are no cells (Excel and WPS write them for formatted columns).
        while cells.last().is_some_and(|c| c.trim().is_empty()) && cells.len() > self.header.len().max(1) {
            cells.pop();
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            return Ok(());
        }
        if self.header.is_empty() {
            self.header = cells.iter().map(|c| c.trim_start_matches('\u{feff}').trim().to_owned()).collect();
            while self.header.last().is_some_and(String::is_empty) {
                self.header.pop();
            }
            return Ok(());
        }
        if self.rows.len() >= MAX_ROWS {
            return Err(ReadError::TooManyRows);
        }
        let first = u32::try_from(self.ends.len()).map_err(|_| ReadError::TooLarge)?;
        let n = u32::try_from(cells.len()).map_err(|_| ReadError::TooLarge)?;
        for c in cells {
            self.push_cell(c)?;
        }
        self.rows.push(RowAt { line, first, cells: n });
        Ok(())
    }
}

/// The text of CSV bytes and the encoding it was read in. A byte-order mark decides; else
/// UTF-8 when the bytes are valid UTF-8; else GBK (read as GB18030, its superset, as browsers
/// do). Bytes that are neither are refused, never read with replacement characters.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), ReadError> {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, bad) = enc.decode(bytes);
        if bad {
            return Err(ReadError::Encoding);
        }
        return Ok((text.into_owned(), enc.name()));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_owned(), "UTF-8"));
    }
    let (text, bad) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if bad {
        return Err(ReadError::Encoding);
    }
    Ok((text.into_owned(), "GBK"))
}

/// CSV text: comma-separated, or tab-separated when the first line has tabs and no commas
/// (Excel's "Unicode text"). Quoted cells may hold commas, quotes and line breaks.
fn csv_text(text: &str, encoding: &'static str) -> Result<Table, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.contains('\t') && !first.contains(',') { b'\t' } else { b',' };
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut t = Table { encoding, ..Table::default() };
    let mut record = csv::StringRecord::new();
    // The file line a record starts on, counted here (the reader's own count lags on CRLF):
    // newlines up to the record's first byte, then the blank lines the reader skipped.
    let bytes = text.as_bytes();
    let (mut pos, mut line) = (0usize, 1u32);
    loop {
        match r.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let start = record.position().map_or(pos, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX)).min(bytes.len()).max(pos);
                line = line.saturating_add(u32::try_from(bytes[pos..start].iter().filter(|b| **b == b'\n').count()).unwrap_or(u32::MAX));
                pos = start;
                loop {
                    let rest = &bytes[pos..];
                    let skip = if rest.starts_with(b"\r\n") {
                        2
                    } else if rest.starts_with(b"\n") || rest.starts_with(b"\r") {
                        1
                    } else {
                        0
                    };
                    if skip == 0 {
                        break;
                    }
                    pos += skip;
                    line = line.saturating_add(1);
                }
                t.push_row(line, record.iter())?;
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(ReadError::Csv { line });
            }
        }
    }
    if t.header.is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(t)
}

/// An XLSX workbook's first sheet (Excel, WPS). Numbers become the text a person would type:
/// `2026`, `1234567.5`; a cell formatted as a percentage (`3.2%`, stored as 0.032) becomes
/// `3.2%`, and a date cell `2026-07-01`, so that the form's parser reads them as typed.
fn xlsx(bytes: &[u8]) -> Result<Table, ReadError> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| ReadError::Xlsx(e.to_string()))?;
    let name = book.sheet_names().into_iter().next().ok_or(ReadError::Empty)?;
    let range = book.worksheet_range(&name).map_err(|e| ReadError::Xlsx(e.to_string()))?;
    let styles = book.worksheet_style(&name).ok();
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut t = Table { encoding: "XLSX", sheet: Some(name), ..Table::default() };
    let mut cells: Vec<String> = Vec::new();
    for (i, row) in range.rows().enumerate() {
        cells.clear();
        let r = row0.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
        for (j, cell) in row.iter().enumerate() {
            let c = col0.saturating_add(u32::try_from(j).unwrap_or(u32::MAX));
            let percent = || styles.as_ref().and_then(|s| s.get((r, c))).and_then(|s| s.number_format.as_ref()).is_some_and(|f| f.format_code.contains('%'));
            cells.push(match cell {
                Data::Empty => String::new(),
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                Data::Int(v) if percent() => percent_text(&v.to_string()),
                Data::Float(v) if percent() => percent_text(&number_text(*v)),
                Data::Int(v) => v.to_string(),
                Data::Float(v) => number_text(*v),
                Data::Bool(b) => if *b { "是" } else { "否" }.to_owned(),
                Data::DateTime(d) => excel_date(d.as_f64(), d.is_datetime()).unwrap_or_else(|| number_text(d.as_f64())),
                Data::Error(e) => format!("#{e:?}"),
            });
        }
        t.push_row(r.saturating_add(1), cells.iter().map(String::as_str))?;
    }
    if t.header.is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(t)
}

/// A number as a person would type it: the shortest decimal that reads back as the same
/// double (`1234567.5`, `0.032`, `2026`), never an exponent. Only text: the value is read
/// from this text by the rules crate, exactly.
pub fn number_text(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{v:.0}");
    }
    let s = format!("{v}");
    if s.contains(['e', 'E']) {
        // Rust's Display writes no exponent for finite values, but be sure.
        return format!("{v:.10}").trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    s
}

/// A fraction as a percentage, by moving the decimal point two places in its text: `0.032` →
/// `3.2%`, `0.05` → `5%`, `1` → `100%` (no arithmetic on the value).
pub fn percent_text(s: &str) -> String {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut frac: String = frac.to_owned();
    while frac.len() < 2 {
        frac.push('0');
    }
    let (moved, rest) = frac.split_at(2);
    let int = format!("{int}{moved}");
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let rest = rest.trim_end_matches('0');
    let sign = if neg { "-" } else { "" };
    if rest.is_empty() {
        format!("{sign}{int}%")
    } else {
        format!("{sign}{int}.{rest}%")
    }
}

/// An Excel date serial (days since 1899-12-30, the 1900 system) as `YYYY-MM-DD`; a date with
/// a time of day keeps only the date. `None` outside the years the calculator accepts.
fn excel_date(serial: f64, is_datetime: bool) -> Option<String> {
    if !is_datetime || !serial.is_finite() || !(0.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    // Whole days only: the integer part of the serial (a time of day is a fraction).
    let days = serial.floor() as i64;
    let d = Date::from_unix_days(days - 25_569)?;
    Some(d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_cells_read_as_typed() {
        assert_eq!(percent_text("0.032"), "3.2%");
        assert_eq!(percent_text("0.05"), "5%");
        assert_eq!(percent_text("1"), "100%");
        assert_eq!(percent_text("0.0325"), "3.25%");
        assert_eq!(percent_text("0"), "0%");
        assert_eq!(number_text(2026.0), "2026");
        assert_eq!(number_text(1_234_567.5), "1234567.5");
        assert_eq!(number_text(0.032), "0.032");
        assert_eq!(excel_date(46204.0, true).as_deref(), Some("2026-07-01"));
        assert_eq!(excel_date(46204.0, false), None);
    }

    #[test]
    fn gbk_and_utf8_with_or_without_a_mark() {
        // 「企业名称,规模」 in GBK.
        let (gbk, _, _) = encoding_rs::GBK.encode("企业名称,规模\n甲公司,小型\n");
        let t = Table::read(&gbk).expect("GBK");
        assert_eq!((t.encoding, t.header.clone()), ("GBK", vec!["企业名称".to_owned(), "规模".to_owned()]));
        assert_eq!(t.row(0).map(|r| (r.line, r.cell(0), r.cell(1))), Some((2, "甲公司", "小型")));
        let t = Table::read("\u{feff}企业名称,规模\r\n\r\n乙公司,中型\r\n".as_bytes()).expect("UTF-8 with BOM");
        assert_eq!((t.encoding, t.header[0].as_str()), ("UTF-8", "企业名称"));
        // A blank line is counted: the row is on file line 3.
        assert_eq!(t.row(0).map(|r| (r.line, r.cell(0))), Some((3, "乙公司")));
        // UTF-16 with its mark, tab-separated (Excel's "Unicode text").
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "企业名称\t规模\n丙公司\t微型\n".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let t = Table::read(&utf16).expect("UTF-16");
        assert_eq!((t.encoding, t.row(0).map(|r| r.cell(1))), ("UTF-16LE", Some("微型")));
        // Neither UTF-8 nor GBK: refused.
        assert!(matches!(Table::read(&[b'a', b',', 0xFF, 0xFF, b'\n']), Err(ReadError::Encoding)));
    }

    #[test]
    fn quoted_cells_keep_commas_and_line_breaks() {
        let t = Table::read("企业名称,所在区\n\"甲,乙\n公司\",江宁区\n丁公司,鼓楼区\n".as_bytes()).expect("csv");
        assert_eq!(t.row(0).map(|r| (r.line, r.cell(0))), Some((2, "甲,乙\n公司")));
        assert_eq!(t.row(1).map(|r| (r.line, r.cell(1))), Some((4, "鼓楼区")));
    }
}
