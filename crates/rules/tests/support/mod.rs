//! Shared by the declarative-case test and the parity (golden) test: reads
//! every `[[case]]` in `tests/cases/**/*.toml` as JSON values, in path order.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn case_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("tests/cases").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            case_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

/// `(name, case)` for every declarative case; the name is `<file> — <case name>`.
pub fn all_cases() -> Vec<(String, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut files = Vec::new();
    case_files(&root, &mut files);
    assert!(!files.is_empty(), "no cases under {}", root.display());
    let mut out = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read case");
        let doc: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let doc = serde_json::to_value(doc).expect("toml to json");
        for case in doc["case"].as_array().into_iter().flatten() {
            let rel = f.strip_prefix(&root).unwrap_or(f).display().to_string().replace('\\', "/");
            out.push((format!("{rel} — {}", case["name"].as_str().unwrap_or("?")), case.clone()));
        }
    }
    out
}
