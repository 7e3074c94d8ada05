//! Input errors: each names the field (as a dotted path), the value and the
//! limit, in Chinese and in English. Shared by every target, so the CLI, the
//! JS API and the web form all say the same thing.

use crate::bounds::{MAX_PEOPLE, MAX_RATE_BP, MAX_YEAR, MAX_YUAN, MIN_YEAR};
use crate::date::Date;
use crate::path::Path;
use core::fmt;
use serde::Serialize;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `titles.little_giant`; empty for the whole input.
    pub field: String,
    pub zh: String,
    pub en: String,
}

/// Everything wrong with one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputError {
    pub errors: Vec<FieldError>,
}

impl FieldError {
    /// An error at a field named by text: what serde reports, or an input
    /// that is not a profile field (`asOf`); `""` for the whole input.
    pub fn new(field: &str, zh: String, en: String) -> FieldError {
        FieldError { field: field.to_owned(), zh, en }
    }
    /// An error at a profile field.
    pub fn at(field: Path, zh: String, en: String) -> FieldError {
        FieldError::new(&field.as_str(), zh, en)
    }
    pub fn year_range(field: Path, y: u16) -> FieldError {
        FieldError::at(
            field,
            format!("{field}：年份 {y} 超出范围，应在 {MIN_YEAR}–{MAX_YEAR} 之间"),
            format!("{field}: year {y} is out of range; it must be between {MIN_YEAR} and {MAX_YEAR}"),
        )
    }
    pub fn year_after_as_of(field: Path, y: u16, as_of: Date) -> FieldError {
        FieldError::at(
            field,
            format!("{field}：年份 {y} 晚于评估日期 {as_of}"),
            format!("{field}: year {y} is after the as-of date {as_of}"),
        )
    }
    /// A date that is not `YYYY-MM-DD` within the years accepted, at a named
    /// input that is not a profile field (the as-of date: `as_of`, `asOf`).
    pub fn bad_date(field: &str, raw: &str) -> FieldError {
        FieldError::new(
            field,
            format!("{field}：日期“{raw}”无效，应为 YYYY-MM-DD（{MIN_YEAR}–{MAX_YEAR}）"),
            format!("{field}: date `{raw}` is invalid; expected YYYY-MM-DD between {MIN_YEAR} and {MAX_YEAR}"),
        )
    }
    pub fn money_range(field: Path, v: i64) -> FieldError {
        FieldError::at(
            field,
            format!("{field}：金额 {v} 元无效，应在 0 至 {MAX_YUAN} 元（1000 亿元）之间"),
            format!("{field}: amount {v} yuan is invalid; it must be between 0 and {MAX_YUAN} yuan"),
        )
    }
    pub fn rate_range(field: Path, v: u32) -> FieldError {
        FieldError::at(
            field,
            format!("{field}：利率 {v} 个基点过高，最多 {MAX_RATE_BP} 个基点（30%）"),
            format!("{field}: rate of {v} basis points is too high; at most {MAX_RATE_BP} (30%)"),
        )
    }
    pub fn people_range(field: Path, v: u32) -> FieldError {
        FieldError::at(
            field,
            format!("{field}：人数 {v} 过多，最多 {MAX_PEOPLE} 人"),
            format!("{field}: {v} people is too many; at most {MAX_PEOPLE}"),
        )
    }
    pub fn too_long(field: Path, max: usize) -> FieldError {
        FieldError::at(
            field,
            format!("{field}：文字过长，最多 {max} 个字"),
            format!("{field}: text too long; at most {max} characters"),
        )
    }

    /// Translates a serde message (unknown field, missing field, wrong type,
    /// unknown value) at `path` into both languages.
    pub fn from_serde(path: &str, msg: &str) -> FieldError {
        let path = if path == "." { "" } else { path };
        let (name_zh, name_en) = if path.is_empty() { ("输入", "input") } else { (path, path) };
        let ticked = |s: &str| s.split('`').nth(1).map(str::to_owned);
        let at = |name: &str| if path.is_empty() || path == "." { name.to_owned() } else { format!("{path}.{name}") };
        if let Some(rest) = msg.strip_prefix("unknown field ") {
            let name = ticked(rest).unwrap_or_default();
            let field = if path.ends_with(&name) { path.to_owned() } else { at(&name) };
            return FieldError::new(
                &field,
                format!("{field}：未知字段，请检查拼写"),
                format!("{field}: unknown field; check the spelling"),
            );
        }
        if let Some(rest) = msg.strip_prefix("missing field ") {
            let field = at(&ticked(rest).unwrap_or_default());
            return FieldError::new(&field, format!("{field}：必填字段缺失"), format!("{field}: required field is missing"));
        }
        if let Some(rest) = msg.strip_prefix("unknown variant ") {
            let value = ticked(rest).unwrap_or_default();
            let expected = rest.split("expected ").nth(1).unwrap_or("").to_owned();
            return FieldError::new(
                path,
                format!("{name_zh}：取值“{value}”无效，可选：{expected}"),
                format!("{name_en}: value `{value}` is not valid; expected {expected}"),
            );
        }
        if msg.starts_with("invalid type") || msg.starts_with("invalid value") || msg.starts_with("invalid length") {
            return FieldError::new(
                path,
                format!("{name_zh}：类型或取值不对（{msg}）"),
                format!("{name_en}: wrong type or value ({msg})"),
            );
        }
        FieldError::new(path, format!("{name_zh}：无法读取（{msg}）"), format!("{name_en}: could not be read ({msg})"))
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{} / {}", e.zh, e.en)?;
        }
        Ok(())
    }
}

impl std::error::Error for InputError {}

impl From<FieldError> for InputError {
    fn from(e: FieldError) -> Self {
        InputError { errors: vec![e] }
    }
}
