//! srdi-rules: the 专精特新 (SRDI) policies of Jiangsu province and its cities
//! as cited, dated data, and an exact evaluator over an enterprise profile.
//!
//! - `policies/`: one file per source document, every clause in order, with quotes.
//! - `model`: the vocabulary those files are written in.
//! - `profile`: what a user tells us; `error`: bilingual, field-named errors.
//! - `eval`: `evaluate(profile, as_of) -> Assessment`, with traces, near misses, totals.
//! - `money`, `date`, `facts`: integer fen, calendar dates, figures from FACTS.md.
//! - `bounds`: every input limit; `path`: every field's name (both leaf modules).
//!
//! No I/O, no unsafe, no panics on any input.
#![forbid(unsafe_code)]

pub mod bounds;
pub mod catalogue;
pub mod date;
pub mod error;
pub mod eval;
pub mod facts;
pub mod fields;
pub mod model;
pub mod money;
pub mod parse;
pub mod path;
pub mod policies;
pub mod profile;

pub use date::Date;
pub use error::{FieldError, InputError};
pub use path::Path;
pub use eval::{evaluate, Amount, Assessment, Fix, Flag, Item, NearMiss, Text, Totals};
pub use profile::Profile;
