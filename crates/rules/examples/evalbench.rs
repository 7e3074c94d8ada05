use srdi_rules::{evaluate, parse::profile_from_json, Date};
fn main() {
    let p = profile_from_json(r#"{"city":"nanjing","size":"small","manufacturing":true,"titles":{"innovative_sme":2022,"provincial_srdi":2023,"little_giant":2026},"achievements":{"leads_standard":true,"pilot_platform_investment_yuan":5000000},"finance":{"equipment_loan_yuan":10000000,"equipment_loan_rate_bp":350,"guarantee_yuan":3000000},"talent":{"graduates_phd":2,"graduates_master":3},"procurement":{"bid_price_yuan":1000000}}"#).unwrap();
    let d = Date::ymd(2026, 11, 23);
    let n = 20000;
    let t = std::time::Instant::now();
    let mut items = 0;
    for _ in 0..n { items += evaluate(std::hint::black_box(&p), d).unwrap().items.len(); }
    let e = t.elapsed();
    println!("{:.2} µs per evaluate ({} items)", e.as_secs_f64() * 1e6 / n as f64, items / n);
}
