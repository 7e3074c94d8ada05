//! Times office mode's workbook natively (issue 19: the workbook for 100,000 firms is the slow part):
//! reads a register made by the `register` example, runs it, then writes the workbook a few times.
//! Not a test; for profiling (`perf record`, `valgrind --tool=callgrind`) and before/after figures.
//!
//! Usage: cargo run --release -p srdi-office --example xlsx_time -- REGISTER.csv [REPEAT=3]

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: xlsx_time REGISTER [REPEAT]");
    let repeat: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    let bytes = std::fs::read(&path).expect("the register");
    let t = Instant::now();
    let table = srdi_office::Table::read(&bytes).expect("a register");
    let mut mapping = srdi_office::Mapping::auto(&table.header);
    if let Some(i) = table.header.iter().position(|h| h == "国家级小巨人首次认定") {
        mapping.set(i, srdi_office::Target::Field("titles.little_giant".into()));
    }
    let report = srdi_office::run(&table, &mapping, srdi_rules::Date::ymd(2026, 11, 23)).expect("a run");
    println!("read and run: {:?} ({} firms)", t.elapsed(), report.firms.len());
    for _ in 0..repeat {
        let t = Instant::now();
        let book = srdi_office::export::xlsx(&report, "https://example.cn/srdi/index.html").expect("a workbook");
        println!("workbook: {:?}, {} bytes", t.elapsed(), book.len());
    }
}
