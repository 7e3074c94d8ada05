//! Office mode and `srdi batch` read the same register the same way: the same rows refused,
//! and the same sums, fen for fen (issue 19). A register of 600 varied firms across five cities,
//! some rows bad, goes through the `srdi` binary and through srdi-office.

use serde_json::Value;
use srdi_office::{run, Mapping, Table};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_srdi");

/// A small deterministic generator (no dependency): the same register every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next(xs.len() as u64) as usize]
    }
}

const HEADER: [&str; 20] = [
    "city",
    "district",
    "size",
    "manufacturing",
    "titles.innovative_sme",
    "titles.provincial_srdi",
    "titles.little_giant",
    "titles.single_champion",
    "loans.1.equipment_yuan",
    "loans.1.rate_pct",
    "loans.1.start",
    "talent.graduates_phd",
    "talent.graduates_master",
    "rd.expense_this_year_yuan",
    "rd.expense_last_year_yuan",
    "srdi_loans.1.principal_yuan",
    "srdi_loans.1.tenor_months",
    "srdi_loans.1.signed",
    "achievements.national_key_tech_task",
    "achievements.leads_standard",
];

fn register(rows: usize) -> String {
    let mut g = Lcg(19);
    let mut out = HEADER.join(",");
    out.push('\n');
    let year = |g: &mut Lcg| if g.next(3) == 0 { String::new() } else { (2019 + g.next(8)).to_string() };
    for i in 0..rows {
        let city = g.pick(&["nanjing", "南京", "苏州", "xuzhou", "huaian", "淮安市", "wuxi"]);
        let size = g.pick(&["micro", "小型", "medium", "", "large"]);
        // A large firm holds no SME title (the form refuses it); a loan's rate and date come with its amount.
        let sme = size != "large";
        let loan = g.pick(&["", "", "500万", "2000万", "1.2亿", "\"8,000,000\""]);
        let srdi = g.next(3) == 0;
        let cells = [
            city.to_owned(),
            g.pick(&["江宁区", "鼓楼区", "", "昆山市", "清江浦区"]).to_owned(),
            size.to_owned(),
            g.pick(&["是", "", "否", "true"]).to_owned(),
            if sme { year(&mut g) } else { String::new() },
            if sme { year(&mut g) } else { String::new() },
            if sme && g.next(4) == 0 { year(&mut g) } else { String::new() },
            if g.next(10) == 0 { year(&mut g) } else { String::new() },
            loan.to_owned(),
            if loan.is_empty() { "" } else { g.pick(&["", "3.2", "2.8%", "4"]) }.to_owned(),
            if loan.is_empty() { "" } else { g.pick(&["", "2026-03-01", "2025-07-15", "2023-05-01"]) }.to_owned(),
            g.pick(&["", "1", "3"]).to_owned(),
            g.pick(&["", "2"]).to_owned(),
            g.pick(&["", "800万", "1200万"]).to_owned(),
            g.pick(&["", "600万"]).to_owned(),
            if srdi { "300万" } else { "" }.to_owned(),
            if srdi { g.pick(&["12", "36", "72"]) } else { "" }.to_owned(),
            if srdi { g.pick(&["2025-07-01", "2026-02-10"]) } else { "" }.to_owned(),
            g.pick(&["", "", "", "是"]).to_owned(),
            g.pick(&["", "", "是"]).to_owned(),
        ];
        let mut cells: Vec<String> = cells.to_vec();
        // Every 37th row has a mistake the form refuses: a year in words, an amount it would have
        // to guess, a city outside the list, a short row.
        match i % 37 {
            5 => cells[6] = "二〇二五".into(),
            11 => cells[8] = "一千五".into(),
            17 => cells[0] = "上海浦东".into(),
            23 => cells.truncate(9),
            _ => {}
        }
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

#[test]
fn office_mode_and_srdi_batch_give_the_same_totals_fen_for_fen() {
    let csv = register(600);
    let dir = std::env::temp_dir().join(format!("srdi-office-parity-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (input, output) = (dir.join("register.csv"), dir.join("out.jsonl"));
    std::fs::write(&input, &csv).expect("write");
    let o = Command::new(BIN).args(["batch", "--as-of", "2026-11-23"]).arg(&input).arg(&output).output().expect("runs srdi");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<Value> = std::fs::read_to_string(&output).expect("out").lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    std::fs::remove_dir_all(&dir).ok();

    let table = Table::read(csv.as_bytes()).expect("reads");
    let r = run(&table, &Mapping::auto(&table.header), srdi_rules::Date::ymd(2026, 11, 23)).expect("runs");

    let ok: Vec<&Value> = lines.iter().filter(|l| l["ok"] == true).collect();
    assert_eq!(lines.len(), 600);
    assert_eq!((ok.len() as u32, (lines.len() - ok.len()) as u32), (r.total.firms, r.bad_rows), "the same rows refused");
    assert!(r.bad_rows >= 16, "the mistakes are refused: {}", r.bad_rows);
    // The same rows refused, by line.
    let bad_lines: Vec<u64> = lines.iter().filter(|l| l["ok"] == false).map(|l| l["line"].as_u64().unwrap_or(0)).collect();
    let mut office_bad: Vec<u64> = r.errors.iter().map(|e| u64::from(e.line)).collect();
    office_bad.dedup();
    assert_eq!(bad_lines, office_bad);
    let sum = |k: &str| ok.iter().map(|l| l["totals"][k].as_i64().unwrap_or(0)).sum::<i64>();
    let t = &r.total;
    assert_eq!(sum("exact_one_off_fen"), t.one_off_fen);
    assert_eq!(sum("annual_fen"), t.annual_fen);
    assert_eq!(sum("up_to_fen"), t.up_to_fen);
    assert_eq!(sum("employees_per_month_fen"), t.staff_month_fen);
    assert_eq!(sum("employees_max_total_fen"), t.staff_total_fen);
    assert_eq!(sum("likely_one_off_fen"), t.likely_one_off_fen);
    assert_eq!(sum("likely_annual_fen"), t.likely_annual_fen);
    assert_eq!(sum("likely_up_to_fen"), t.likely_up_to_fen);
    assert_eq!(sum("likely_employees_per_month_fen"), t.likely_staff_month_fen);
    // Real money, of every kind, so the comparison means something.
    assert!(t.one_off_fen > 0 && t.annual_fen > 0 && t.up_to_fen > 0 && t.staff_month_fen > 0 && t.likely_one_off_fen > 0, "{t:?}");
    // Firm by firm too: each good row's totals, in order.
    let each: Vec<i64> = ok.iter().map(|l| l["totals"]["exact_one_off_fen"].as_i64().unwrap_or(0)).collect();
    let office: Vec<i64> = r.firms.iter().map(|f| f.totals.exact_one_off_fen).collect();
    assert_eq!(each, office);
}
