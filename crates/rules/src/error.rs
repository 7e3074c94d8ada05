//! Input errors: each carries the field (as a dotted path) and a message in
//! Chinese and English that names the value and the limit in a finance clerk's
//! words. Messages do not repeat the field: the form shows them beside it (and
//! names it by its label in the summary); `Display` prefixes the dotted path
//! for the CLI and JSON users, who typed it. Shared by every target, so the CLI, the
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
        FieldError::new(&field.as_str(), zh, en!(en))
    }
    /// A year outside 1990–2100 (as typed or as given in JSON, sign included).
    pub fn year_range(field: Path, y: i128) -> FieldError {
        FieldError::at(
            field,
            format!("“{y}”不是有效的年份，应在 {MIN_YEAR}–{MAX_YEAR} 年之间"),
            en!(format!("{y} is not a valid year; it must be between {MIN_YEAR} and {MAX_YEAR}")),
        )
    }
    pub fn year_after_as_of(field: Path, y: u16, as_of: Date) -> FieldError {
        FieldError::at(
            field,
            format!("{y} 年晚于评估日期 {as_of}，请检查年份，或把评估日期改晚"),
            en!(format!("{y} is after the as-of date {as_of}; check the year, or move the as-of date later")),
        )
    }
    /// A date that is not `YYYY-MM-DD` within the years accepted, at a named
    /// input that is not a profile field (the as-of date: `as_of`, `asOf`).
    pub fn bad_date(field: &str, raw: &str) -> FieldError {
        FieldError::new(
            field,
            format!("日期“{raw}”无效，应为 YYYY-MM-DD（{MIN_YEAR}–{MAX_YEAR}）"),
            en!(format!("The date `{raw}` is not valid; type it as YYYY-MM-DD between {MIN_YEAR} and {MAX_YEAR}")),
        )
    }
    /// An amount below 0 or above ¥100 billion.
    pub fn money_range(field: Path, v: i128) -> FieldError {
        if v < 0 {
            return FieldError::at(field, "金额不能是负数".into(), en!("The amount cannot be negative"));
        }
        FieldError::at(
            field,
            format!("金额 {v} 元超过上限（{MAX_YUAN} 元，即 1000 亿元）"),
            en!(format!("{v} yuan is above the limit of {MAX_YUAN} yuan (100 billion)")),
        )
    }
    /// A yearly rate (in hundredths of a percent) below 0 or above 30%.
    pub fn rate_range(field: Path, bp: i128) -> FieldError {
        if bp < 0 {
            return FieldError::at(field, "利率不能是负数".into(), en!("The rate cannot be negative"));
        }
        let shown = u32::try_from(bp).map(crate::money::format_bp).unwrap_or_else(|_| "—".into());
        let max = crate::money::format_bp(MAX_RATE_BP);
        FieldError::at(field, format!("年利率 {shown} 过高，最多 {max}"), en!(format!("An annual rate of {shown} is too high; at most {max}")))
    }
    /// A head count below 0 or above the limit.
    pub fn people_range(field: Path, v: i128) -> FieldError {
        if v < 0 {
            return FieldError::at(field, "人数不能是负数".into(), en!("The number of people cannot be negative"));
        }
        FieldError::at(field, format!("{v} 人过多，最多 {MAX_PEOPLE} 人"), en!(format!("{v} people is too many; at most {MAX_PEOPLE}")))
    }
    pub fn too_long(field: Path, max: usize) -> FieldError {
        FieldError::at(
            field,
            format!("文字过长，最多 {max} 个字"),
            en!(format!("The text is too long; at most {max} characters")),
        )
    }

    /// Translates a serde message (unknown field, missing field, wrong type,
    /// unknown value) at `path` into both languages.
    pub fn from_serde(path: &str, msg: &str) -> FieldError {
        let path = if path == "." { "" } else { path };
        let ticked = |s: &str| s.split('`').nth(1).map(str::to_owned);
        let at = |name: &str| if path.is_empty() || path == "." { name.to_owned() } else { format!("{path}.{name}") };
        if let Some(rest) = msg.strip_prefix("unknown field ") {
            let name = ticked(rest).unwrap_or_default();
            let field = if path.ends_with(&name) { path.to_owned() } else { at(&name) };
            return FieldError::new(
                &field,
                "未知字段，请检查拼写".to_owned(),
                en!("Unknown field; check the spelling".to_owned()),
            );
        }
        if let Some(rest) = msg.strip_prefix("missing field ") {
            let field = at(&ticked(rest).unwrap_or_default());
            return FieldError::new(&field, "必填字段缺失".to_owned(), en!("Required field is missing".to_owned()));
        }
        if let Some(rest) = msg.strip_prefix("unknown variant ") {
            let value = ticked(rest).unwrap_or_default();
            let expected = rest.split("expected ").nth(1).unwrap_or("").to_owned();
            return FieldError::new(
                path,
                format!("取值“{value}”无效，可选：{expected}"),
                en!(format!("The value `{value}` is not valid; expected {expected}")),
            );
        }
        if msg.starts_with("invalid type") || msg.starts_with("invalid value") || msg.starts_with("invalid length") {
            return FieldError::new(
                path,
                format!("类型或取值不对（{msg}）"),
                en!(format!("Wrong type or value ({msg})")),
            );
        }
        FieldError::new(path, format!("无法读取（{msg}）"), en!(format!("Could not be read ({msg})")))
    }
}

/// `field：中文 / field: English` (the bare messages for the whole input).
impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{} / {}", self.zh, self.en)
        } else {
            write!(f, "{field}：{} / {field}: {}", self.zh, self.en, field = self.field)
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
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
