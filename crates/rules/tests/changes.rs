//! The rules' version cannot go stale silently (issue 20 §3): it is the change log's last date,
//! and the rule sources are as they were when that entry was written (their digest is recorded
//! beside the log). Changing a rule without a new entry fails here, saying what to do.

use srdi_rules::changes::{self, RULE_SOURCES_DIGEST};
use srdi_rules::policies::RULES_VERSION;
use srdi_rules::receipt::digest32;
use srdi_rules::Date;
use std::path::{Path, PathBuf};

/// The files whose content decides a figure or whether an item counts.
fn rule_sources() -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("facts.rs"), src.join("conditions.rs")];
    for dir in ["policies", "amount"] {
        let mut listed: Vec<PathBuf> = std::fs::read_dir(src.join(dir)).expect(dir).flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect();
        files.append(&mut listed);
    }
    files.sort();
    files
}

/// Each file's name and code before its tests, without whitespace (formatting is not a change).
fn sources_digest() -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = String::new();
    for f in rule_sources() {
        let text = std::fs::read_to_string(&f).expect("read");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        all.push_str(&f.strip_prefix(&src).unwrap_or(&f).display().to_string().replace('\\', "/"));
        all.extend(code.chars().filter(|c| !c.is_whitespace()));
    }
    format!("{:08X}", digest32(all.as_bytes()))
}

#[test]
fn the_rules_version_is_the_last_change() {
    assert_eq!(Date::parse(RULES_VERSION), Some(changes::RULES_CHANGED), "RULES_VERSION must be the date of the change log's last entry");
}

#[test]
fn the_rule_sources_are_as_the_last_change_left_them() {
    let now = sources_digest();
    assert!(rule_sources().len() > 10, "{:?}", rule_sources());
    assert_eq!(
        now, RULE_SOURCES_DIGEST,
        "The rule sources (policies/, amount/, facts.rs, conditions.rs) changed since the last entry of src/changes.rs. \
         If a figure, or whether or how surely an item counts, changed: add an entry to changes::CHANGES (today's date, the rule ids, \
         what changed), set policies::RULES_VERSION to that date, re-bless the parity file, and set RULE_SOURCES_DIGEST to \"{now}\". \
         If nothing a user sees changed (a comment, a refactor): set RULE_SOURCES_DIGEST to \"{now}\" alone and say so in the commit."
    );
}
