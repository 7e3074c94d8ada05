//! A synthetic district register for the browser tests and the benchmark (issue 19): `rows` firms
//! across Nanjing's districts and a few other cities, the same every run for a seed, written as a
//! clerk's file or as `srdi batch` reads it.
//!
//! Usage: cargo run -q -p srdi-office --example register -- ROWS FORMAT OUT [SEED]
//!   FORMAT: gbk | utf8 | utf16 | xlsx  (Chinese column names, every 50th row bad, one column the
//!           clerk must map by hand: 国家级小巨人首次认定)
//!           batch                      (the same rows under batch's keys, UTF-8)

use std::io::Write;

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

/// (clerk's column name, batch's key)
const COLUMNS: [(&str, &str); 14] = [
    ("企业名称", ""),
    ("所在城市", "city"),
    ("所在区", "district"),
    ("规模", "size"),
    ("属于制造业", "manufacturing"),
    ("省级专精特新中小企业", "titles.provincial_srdi"),
    ("国家级小巨人首次认定", "titles.little_giant"),
    ("项目贷款 1 · 设备购置部分（元）", "loans.1.equipment_yuan"),
    ("项目贷款 1 · 年利率（%）", "loans.1.rate_pct"),
    ("招用的博士毕业生（人）", "talent.graduates_phd"),
    ("招用的硕士毕业生（人）", "talent.graduates_master"),
    ("承担国家关键核心技术攻关任务", "achievements.national_key_tech_task"),
    ("完成生成式人工智能大模型备案", "achievements.generative_ai_filed"),
    ("联系人", ""),
];

fn rows(n: usize, seed: u64) -> Vec<Vec<String>> {
    let mut g = Lcg(seed);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let city = if g.next(10) < 8 { "南京" } else { g.pick(&["苏州", "徐州", "无锡"]) };
        let district = if city == "南京" { g.pick(&["江宁区", "鼓楼区", "玄武区", "栖霞区", "江北新区", ""]) } else { "" };
        let size = g.pick(&["小型", "微型", "中型", "小型", "中型"]);
        let loan = g.pick(&["", "", "", "500万", "2000万", "1.2亿", "8,000,000"]);
        let mut cells: Vec<String> = vec![
            format!("企业{:06}", i + 1),
            city.into(),
            district.into(),
            size.into(),
            g.pick(&["是", "是", "否", ""]).into(),
            if g.next(2) == 0 { (2019 + g.next(8)).to_string() } else { String::new() },
            if g.next(5) == 0 { (2021 + g.next(6)).to_string() } else { String::new() },
            loan.into(),
            if loan.is_empty() { String::new() } else { g.pick(&["3.2", "2.8", "4", ""]).into() },
            g.pick(&["", "", "1", "2"]).into(),
            g.pick(&["", "", "1"]).into(),
            g.pick(&["", "", "", "", "是"]).into(),
            g.pick(&["", "", "", "是"]).into(),
            g.pick(&["王", "李", "张"]).into(),
        ];
        // Every 50th row has a mistake the form refuses, by turns: a year in words, an amount it
        // would have to guess, a size that is not one, a short row.
        match (i / 50) % 4 {
            _ if i % 50 != 49 => {}
            0 => cells[5] = "二〇二三".into(),
            1 => cells[7] = "一千五".into(),
            2 => cells[3] = "中小".into(),
            _ => cells.truncate(6),
        }
        out.push(cells);
    }
    out
}

fn csv_line(cells: &[String]) -> String {
    let q = |c: &String| if c.contains([',', '"', '\n']) { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.clone() };
    cells.iter().map(q).collect::<Vec<_>>().join(",")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(format), Some(out)) = (args.first().and_then(|n| n.parse().ok()), args.get(1), args.get(2)) else {
        eprintln!("usage: register ROWS gbk|utf8|utf16|xlsx|batch OUT [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(19);
    let data = rows(n, seed);
    let bytes: Vec<u8> = match format.as_str() {
        "batch" => {
            // batch reads only its keys: the name and contact columns are not fields.
            let keep: Vec<usize> = (0..COLUMNS.len()).filter(|i| !COLUMNS[*i].1.is_empty()).collect();
            let mut s = keep.iter().map(|i| COLUMNS[*i].1).collect::<Vec<_>>().join(",");
            s.push('\n');
            for r in &data {
                let cells: Vec<String> = keep.iter().filter(|i| **i < r.len()).map(|i| r[*i].clone()).collect();
                s.push_str(&csv_line(&cells));
                s.push('\n');
            }
            s.into_bytes()
        }
        "xlsx" => {
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            for (c, (name, _)) in COLUMNS.iter().enumerate() {
                sheet.write_string(0, c as u16, *name).expect("header");
            }
            for (r, cells) in data.iter().enumerate() {
                for (c, v) in cells.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                    // Years and plain amounts as numbers, as a clerk's sheet has them.
                    match v.parse::<f64>() {
                        Ok(x) if !v.contains(',') => sheet.write_number(r as u32 + 1, c as u16, x),
                        _ => sheet.write_string(r as u32 + 1, c as u16, v),
                    }
                    .expect("cell");
                }
            }
            book.save_to_buffer().expect("xlsx")
        }
        enc => {
            let mut s = COLUMNS.iter().map(|c| c.0).collect::<Vec<_>>().join(",");
            s.push_str("\r\n");
            for r in &data {
                s.push_str(&csv_line(r));
                s.push_str("\r\n");
            }
            match enc {
                "gbk" => encoding_rs::GBK.encode(&s).0.into_owned(),
                "utf16" => {
                    let mut b = vec![0xFF, 0xFE];
                    for u in s.encode_utf16() {
                        b.extend_from_slice(&u.to_le_bytes());
                    }
                    b
                }
                _ => s.into_bytes(),
            }
        }
    };
    let mut f = std::fs::File::create(out).expect("create OUT");
    f.write_all(&bytes).expect("write OUT");
}
