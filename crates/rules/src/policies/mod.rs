//! The five source documents, one file each, in the order of their source
//! files. Each file lists every marked paragraph of its document with the
//! verbatim quote; `tests/policy_texts.rs` checks quotes, order and ids.
//!
//! A document has one key (`Document::key`): its file here is `<key>.rs` and
//! its rule ids read `<key>.<clause>.<benefit>` (ids are stable: they appear in
//! saved results and the parity file).

use crate::model::Document;

pub mod huaian;
pub mod jiangsu_measures;
pub mod jiangsu_plan;
pub mod nanjing;
pub mod suzhou;

/// The rules' version: the date they last changed, the last entry of the change log
/// ([`crate::changes::CHANGES`]; `tests/changes.rs` holds the two together and fails when the
/// rule sources change without an entry). Carried by every assessment, receipt and printed card.
pub const RULES_VERSION: &str = "2026-12-04";

/// Every document, in source-file order (province 000, Nanjing 001, province 002, Suzhou 003, Huai'an 004).
/// A `static`, so that every use sees the same documents by address (the evaluator finds each
/// one's rule keys, `keys.rs`, by it).
pub static ALL: [&Document; 5] = [
    &jiangsu_measures::DOCUMENT,
    &nanjing::DOCUMENT,
    &jiangsu_plan::DOCUMENT,
    &suzhou::DOCUMENT,
    &huaian::DOCUMENT,
];
