//! The five source documents, one file each, in the order of their source
//! files. Each file lists every marked paragraph of its document with the
//! verbatim quote; `tests/policy_texts.rs` checks quotes, order and ids.

use crate::model::Document;

pub mod huaian_2025_action_plan;
pub mod jiangsu_2023_action_plan;
pub mod jiangsu_2025_measures;
pub mod nanjing_2024_measures;
pub mod suzhou_2025_action_plan;

/// The date the encoded rule set was last checked against its sources.
pub const RULES_VERSION: &str = "2026-11-23";

/// Every document, in source-file order (province 000, Nanjing 001, province 002, Suzhou 003, Huai'an 004).
pub const ALL: [&Document; 5] = [
    &jiangsu_2025_measures::DOCUMENT,
    &nanjing_2024_measures::DOCUMENT,
    &jiangsu_2023_action_plan::DOCUMENT,
    &suzhou_2025_action_plan::DOCUMENT,
    &huaian_2025_action_plan::DOCUMENT,
];
