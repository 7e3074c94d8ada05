//! srdi-office: office mode's logic — a district's register read, checked, evaluated and summed
//! by the rules crate, on the clerk's own machine (the page runs it in a Web Worker; nothing is
//! sent anywhere). Pure: no I/O, no unsafe; bytes in, tables and bytes out.
//!
//! - `table`: a CSV (UTF-8, GBK, UTF-16) or XLSX register as a table of text.
//! - `mapping`: which column holds which answer (the keys `srdi batch` reads, the form's labels,
//!   a few other names registers use), saved and reused as JSON.
//! - `run`: each row through the form's parser (`fields::from_row`, shared with `srdi batch`),
//!   bad cells listed with the form's messages, good rows evaluated; `sums`: the sums kept apart
//!   as one firm's totals are, by rule, document, district, size and scheme year.
//! - `steps`: one step away — each firm's near misses grouped by the change, ranked by money.
//! - `export`: the XLSX workbook and CSV tables, Chinese headers, sums in 元, share links.
#![forbid(unsafe_code)]

pub mod error;
pub mod export;
pub mod mapping;
pub mod run;
pub mod steps;
pub mod sums;
pub mod table;

pub use error::ReadError;
pub use mapping::{Mapping, Target};
pub use run::{Report, Run};
pub use table::Table;

use srdi_rules::{Date, FieldError};

/// Why a whole register could not be summed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// The mapping's problems (a field held twice, no city): at the column's name.
    Mapping(Vec<FieldError>),
    /// The sums went past what 64-bit fen hold.
    Overflow,
}

/// A whole register run at once (tests, a command line); the page runs it a chunk at a time.
pub fn run(table: &Table, mapping: &Mapping, as_of: Date) -> Result<Report, Stop> {
    let mut r = Run::new(table, mapping, as_of).map_err(Stop::Mapping)?;
    while !r.step(table, 4096).map_err(|_| Stop::Overflow)? {}
    Ok(r.finish())
}
