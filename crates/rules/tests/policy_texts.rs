//! The rule book against its sources: every quote verbatim, every marked
//! paragraph present in order, every id unique. Runs on a fresh clone: the
//! texts are kept in `crates/rules/sources/`.

use srdi_rules::model::{Document, Treatment};
use srdi_rules::policies;
use std::collections::HashSet;

fn source(doc: &Document) -> String {
    let path = format!("{}/sources/{}", env!("CARGO_MANIFEST_DIR"), doc.source_file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

const NUMERALS: &str = "一二三四五六七八九十";

/// The marker a line starts with (`一、`, `（三）`, `5.`), normalised to full-width brackets, and the rest.
fn marker(line: &str) -> Option<(String, String)> {
    let mut l = line.trim().trim_start_matches('#').trim();
    if let Some(rest) = l.strip_prefix("[bookmark:") {
        l = rest.split_once(']').map(|(_, r)| r.trim()).unwrap_or(l);
    }
    let chars: Vec<char> = l.chars().collect();
    let numerals = |from: usize| chars[from..].iter().take_while(|c| NUMERALS.contains(**c)).count();
    let n = numerals(0);
    if n > 0 && chars.get(n) == Some(&'、') {
        return Some((chars[..=n].iter().collect(), chars[n + 1..].iter().collect()));
    }
    if matches!(chars.first(), Some('（' | '(')) {
        let n = numerals(1);
        if n > 0 && matches!(chars.get(n + 1), Some('）' | ')')) {
            return Some((format!("（{}）", chars[1..=n].iter().collect::<String>()), chars[n + 2..].iter().collect()));
        }
    }
    let d = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if d > 0 && matches!(chars.get(d), Some('.' | '．')) {
        return Some((format!("{}.", chars[..d].iter().collect::<String>()), chars[d + 1..].iter().collect()));
    }
    None
}

fn is_numbered(number: &str) -> bool {
    marker(number.rsplit(|c| c == '）' || c == '、').next().filter(|s| !s.is_empty()).unwrap_or(number)).is_some()
        || number.ends_with('）')
        || number.ends_with('、')
}

#[test]
fn every_quote_is_verbatim_in_its_source() {
    let mut missing = Vec::new();
    for doc in policies::ALL {
        let text = squash(&source(doc));
        for c in doc.clauses {
            let quotes: Vec<(&str, &str)> = match &c.treatment {
                Treatment::Section => vec![],
                Treatment::NotApplicable { quote, .. } => vec![(c.number, *quote)],
                Treatment::Rules { rules, .. } => rules.iter().map(|r| (r.id, r.quote)).collect(),
            };
            for (who, q) in quotes {
                assert!(!q.trim().is_empty(), "{who}: empty quote");
                if !text.contains(&squash(q)) {
                    missing.push(format!("{} {who}: {q}", doc.source_file));
                }
            }
        }
    }
    assert!(missing.is_empty(), "quotes not found verbatim:\n{}", missing.join("\n"));
}

#[test]
fn every_marked_paragraph_is_accounted_for_in_order() {
    for doc in policies::ALL {
        let found: Vec<(String, String)> = source(doc).lines().filter_map(marker).collect();
        let listed: Vec<_> = doc.clauses.iter().filter(|c| is_numbered(c.number)).collect();
        let listed_numbers: Vec<&str> = listed.iter().map(|c| c.number).collect();
        let found_numbers: Vec<&str> = found.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(listed.len(), found.len(), "{}: {} marked paragraphs in the text, {} listed\ntext: {found_numbers:?}\ndata: {listed_numbers:?}", doc.source_file, found.len(), listed.len());
        for (c, (m, rest)) in listed.iter().zip(&found) {
            let number = c.number.replace('(', "（").replace(')', "）");
            assert!(number.ends_with(m.as_str()), "{}: expected marker {m} ({rest}), data has {}", doc.source_file, c.number);
            assert!(squash(rest).starts_with(&squash(c.heading)), "{}: {} heading `{}` does not start `{rest}`", doc.source_file, c.number, c.heading);
        }
    }
}

#[test]
fn rule_ids_are_unique_and_every_document_has_rules() {
    let mut seen = HashSet::new();
    for doc in policies::ALL {
        let mut rules = 0;
        for c in doc.clauses {
            if let Treatment::Rules { rules: rs, .. } = &c.treatment {
                assert!(!rs.is_empty(), "{} {}: a Rules clause with no rule", doc.source_file, c.number);
                for r in rs.iter() {
                    rules += 1;
                    assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
                    assert!(!r.name_zh.is_empty() && !r.name_en.is_empty() && !r.gist_en.is_empty(), "{}: names and gist", r.id);
                }
            }
        }
        assert!(rules > 0, "{} has no rules", doc.source_file);
    }
}

#[test]
fn the_five_source_files_are_the_ones_in_the_readme() {
    let readme = std::fs::read_to_string(format!("{}/sources/README.md", env!("CARGO_MANIFEST_DIR"))).expect("sources/README.md");
    for doc in policies::ALL {
        assert!(readme.contains(doc.source_file), "{} not in sources/README.md", doc.source_file);
    }
}

#[test]
fn each_document_goes_by_one_key() {
    let mut keys = HashSet::new();
    for doc in policies::ALL {
        assert!(keys.insert(doc.key), "two documents share the key {}", doc.key);
        // Its data file is `policies/<key>.rs`, and that file is this document's.
        let path = format!("{}/src/policies/{}.rs", env!("CARGO_MANIFEST_DIR"), doc.key);
        let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(data.contains(&format!("source_file: \"{}\"", doc.source_file)), "{path} is not the file of {}", doc.source_file);
        // Every rule id reads `<key>.<clause>.<benefit>`.
        for c in doc.clauses {
            if let Treatment::Rules { rules, .. } = &c.treatment {
                for r in rules.iter() {
                    let rest = r.id.strip_prefix(doc.key).and_then(|s| s.strip_prefix('.'));
                    assert!(rest.is_some_and(|s| s.split('.').count() == 2), "{}: id does not read {}.<clause>.<benefit>", r.id, doc.key);
                }
            }
        }
    }
}
