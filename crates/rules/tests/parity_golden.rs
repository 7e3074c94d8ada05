//! The parity file `tests/parity/golden.jsonl`: every declarative case plus
//! 300 generated profiles, each with the digest of its native assessment (or
//! the fields its error names). The JS API's wasm-bindgen tests
//! (`crates/wasm/tests/parity.rs`) evaluate the same lines in Chromium and
//! must get the same digests: native and wasm give identical results.
//!
//! If the rules change on purpose, rewrite the file with
//! `SRDI_BLESS=1 cargo test -p srdi-rules --test parity_golden` and commit it.

use serde_json::{json, Value};
use srdi_rules::parse::profile_from;
use srdi_rules::{evaluate, Date};
use std::path::Path;

mod support;
#[path = "support/digest.rs"]
mod digest;
use digest::fnv1a;


/// What a line expects: the digest and headline figures, or the error fields.
fn outcome(profile: &Value, as_of: &str) -> Value {
    let result = Date::parse(as_of).ok_or_else(|| "bad as_of".to_owned()).and_then(|d| {
        profile_from(profile.clone()).and_then(|p| evaluate(&p, d)).map_err(|e| {
            let fields: Vec<&str> = e.errors.iter().map(|x| x.field.as_str()).collect();
            fields.join(",")
        })
    });
    match result {
        Ok(a) => {
            let v = serde_json::to_value(&a).expect("assessment serialises");
            json!({
                "digest": fnv1a(serde_json::to_string(&v).expect("json").as_bytes()),
                "items": a.items.len(),
                "exact_one_off_fen": a.totals.exact_one_off_fen,
                "annual_fen": a.totals.annual_fen,
            })
        }
        Err(fields) => json!({ "error_fields": fields }),
    }
}

/// A small deterministic generator (xorshift64*), so the file is reproducible.
struct Gen(u64);
impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn money(&mut self) -> i64 {
        match self.below(6) {
            0 => 0,
            1 => self.below(10_000) as i64,
            2 => self.below(10_000_000) as i64,
            3 => (self.below(5_000) as i64) * 10_000,
            4 => self.below(2_000_000_000) as i64,
            _ => (self.below(100_000_000) as i64) * 1_000,
        }
    }
}

fn generated(n: usize) -> Vec<(String, String, Value)> {
    let cities = ["nanjing", "suzhou", "huaian", "wuxi", "xuzhou", "outside_jiangsu", "taizhou"];
    let sizes = ["micro", "small", "medium", "large"];
    let dates = ["2023-06-30", "2024-12-31", "2025-01-01", "2025-12-31", "2026-01-01", "2026-11-23", "2027-12-31", "2029-01-01"];
    let mut g = Gen(0x5eed_2026_1123);
    let mut out = Vec::new();
    for i in 0..n {
        let as_of = g.pick(&dates);
        let year: u64 = as_of[..4].parse().unwrap_or(2026);
        let mut titles = serde_json::Map::new();
        for t in ["innovative_sme", "provincial_srdi", "little_giant", "single_champion", "demo_platform"] {
            if g.chance(40) {
                // Mostly plausible years, sometimes one after the as-of date (an input error).
                titles.insert(t.into(), json!(2015 + g.below(year - 2015 + 2)));
            }
        }
        let mut achievements = serde_json::Map::new();
        for a in ["national_key_tech_task", "leads_standard", "generative_ai_filed", "smart_factory_excellent", "industrial_internet_platform", "first_set_product", "chuangke_winner"] {
            achievements.insert(a.into(), json!(g.chance(30)));
        }
        achievements.insert("pilot_platform_investment_yuan".into(), json!(g.money()));
        let profile = json!({
            "city": g.pick(&cities),
            "size": g.pick(&sizes),
            "manufacturing": g.chance(60),
            "titles": titles,
            "achievements": achievements,
            "finance": {
                "equipment_loan_yuan": g.money(),
                "equipment_loan_rate_bp": g.below(900),
                "central_subsidy": g.chance(20),
                "guarantee_yuan": g.money(),
                "bridge_loan_need": g.chance(30),
            },
            "rd": { "expense_this_year_yuan": g.money(), "expense_last_year_yuan": g.money() },
            "talent": { "graduates_phd": g.below(12), "graduates_master": g.below(40) },
            "procurement": { "bid_price_yuan": g.money() },
        });
        out.push((format!("generated #{i}"), as_of.to_owned(), profile));
    }
    out
}

fn lines() -> String {
    let mut rows: Vec<(String, String, Value)> = support::all_cases()
        .into_iter()
        .map(|(name, case)| (name, case["as_of"].as_str().unwrap_or("").to_owned(), case["profile"].clone()))
        .collect();
    rows.extend(generated(300));
    let mut out = String::new();
    for (name, as_of, profile) in rows {
        let expect = outcome(&profile, &as_of);
        let line = json!({ "name": name, "as_of": as_of, "profile": profile, "expect": expect });
        out.push_str(&serde_json::to_string(&line).expect("json"));
        out.push('\n');
    }
    out
}

#[test]
fn parity_file_matches_native_results() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/parity/golden.jsonl");
    let want = lines();
    if std::env::var_os("SRDI_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
        std::fs::write(&path, &want).expect("write golden");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    let stale: Vec<&str> = want.lines().zip(have.lines()).filter(|(a, b)| a != b).map(|(a, _)| a).take(3).collect();
    assert!(
        have == want,
        "tests/parity/golden.jsonl is stale ({} vs {} lines; first differing: {stale:?}). If the change is intended, \
         run `SRDI_BLESS=1 cargo test -p srdi-rules --test parity_golden` and commit the file.",
        have.lines().count(),
        want.lines().count()
    );
    // The file exercises both outcomes.
    assert!(want.contains("\"digest\"") && want.contains("\"error_fields\""));
}
