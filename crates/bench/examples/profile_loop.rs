//! For profilers (callgrind, perf): evaluates the full Nanjing profile in a loop.
fn main() {
    let p = srdi_bench::profile(srdi_bench::FULL_NANJING);
    let d = srdi_rules::Date::ymd(2026, 11, 23);
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let mut items = 0;
    for _ in 0..n {
        items += srdi_rules::evaluate(std::hint::black_box(&p), d).map(|a| a.items.len()).unwrap_or(0);
    }
    println!("{items}");
}
