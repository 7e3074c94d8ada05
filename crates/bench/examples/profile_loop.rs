//! For profilers (callgrind, perf): evaluates the full Nanjing profile in a loop.
fn main() {
    let p = srdi_bench::profile(srdi_bench::FULL_NANJING);
    let d = srdi_rules::Date::ymd(2026, 11, 23);
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let mut items = 0;
    for _ in 0..n {
        // The whole assessment goes through black_box: otherwise the optimiser drops the work
        // whose result is unused (totals, near misses, stacking) and the count is too low.
        let a = std::hint::black_box(srdi_rules::evaluate(std::hint::black_box(&p), d));
        items += a.map(|a| a.items.len()).unwrap_or(0);
    }
    println!("{items}");
}
