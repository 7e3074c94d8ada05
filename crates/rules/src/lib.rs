//! srdi-rules: the 专精特新 (SRDI) policies of Jiangsu province and its cities
//! as cited, dated data, and an exact evaluator over an enterprise profile.
//!
//! - `policies/`: one file per source document, every clause in order, with quotes.
//! - `model`: the vocabulary those files are written in.
//! - `profile`: what a user tells us; `error`: bilingual, field-named errors.
//! - `eval`: `evaluate(profile, as_of) -> Assessment`: the walk over documents, clauses, rules.
//! - `conditions`, `amount/` (one file per formula), `fix`: what the walk asks of each rule.
//! - `result`: the `Assessment` and its parts; `stacking`, `totals`, `export` finish and ship it;
//!   `timeline`: what comes when, by year and month; `receipt`: a short check of a result anyone
//!   can recompute, against `changes` (the rules' dated change log, and their age).
//! - `money`, `date`, `facts`: integer fen, calendar dates, figures from FACTS.md.
//! - `bounds`: every input limit; `path`: every field's name (both leaf modules).
//!
//! No I/O, no unsafe, no panics on any input.
#![forbid(unsafe_code)]

/// The English side of a text made at run time, as a `String`: without the `english` feature (the
/// page's Chinese first load) an empty one, and the expression (its `format!`, its words) is
/// never compiled in. Static texts use `model::en`.
#[macro_export]
macro_rules! en {
    ($e:expr) => {
        if cfg!(feature = "english") {
            ::std::string::String::from($e)
        } else {
            ::std::string::String::new()
        }
    };
}

/// The same for a `&str` argument (a literal).
#[macro_export]
macro_rules! en_str {
    ($e:expr) => {
        if cfg!(feature = "english") {
            $e
        } else {
            ""
        }
    };
}

mod amount;
pub mod bounds;
pub mod catalogue;
pub mod changes;
mod conditions;
mod keys;
pub mod date;
pub mod error;
pub mod eval;
pub mod export;
pub mod facts;
pub mod fields;
pub mod fix;
pub mod model;
pub mod money;
pub mod notices;
pub mod parse;
pub mod path;
pub mod policies;
pub mod profile;
pub mod receipt;
pub mod result;
pub mod stacking;
pub mod timeline;
pub mod totals;

pub use date::Date;
pub use error::{FieldError, InputError};
pub use path::Path;
pub use eval::{evaluate, Amount, Assessment, Fix, Flag, Item, NearMiss, Notice, Text, Totals};
pub use profile::Profile;
