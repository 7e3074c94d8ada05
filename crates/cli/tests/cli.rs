//! End-to-end tests of the `srdi` binary: evaluate (json and table), input
//! errors, policies, schema, and batch in JSONL and CSV.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_srdi");

/// A Nanjing small enterprise that first became a little giant in 2025, with one PhD graduate.
const NANJING_GIANT: &str = r#"{"city":"nanjing","size":"small","titles":{"little_giant":2025},"talent":{"graduates_phd":1}}"#;

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run srdi");
    // The CLI may exit before reading stdin (e.g. on a bad option): a broken pipe here is fine.
    let _ = child.stdin.take().map(|mut s| s.write_all(stdin.as_bytes()));
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

fn json(o: &Output) -> Value {
    assert!(o.status.success(), "exit {:?}, stderr: {}", o.status, stderr(o));
    serde_json::from_str(&stdout(o)).expect("stdout is JSON")
}

/// A fresh path in the temp dir, unique per process and call.
fn temp(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    std::env::temp_dir().join(format!("srdi-cli-test-{}-{n}-{name}", std::process::id()))
}

fn item<'a>(a: &'a Value, id: &str) -> Option<&'a Value> {
    a["items"].as_array().expect("items array").iter().find(|i| i["rule_id"] == id)
}

#[test]
fn evaluate_json_gives_the_nanjing_little_giant_award() {
    let a = json(&run(&["evaluate", "--as-of", "2025-06-30", "--format", "json"], NANJING_GIANT));
    assert_eq!(a["as_of"], "2025-06-30");
    assert_eq!(a["applies"], true);
    let award = item(&a, "nanjing.5.little_giant_award").expect("little giant award");
    assert_eq!(award["amount"], serde_json::json!({"kind": "exact", "fen": 100_000_000}));
    assert_eq!(award["amount_text"]["zh"], "100 万元");
    assert_eq!(award["amount_text"]["en"], "¥1,000,000");
    assert_eq!(award["document"], "001_bc629d7340adae79.txt");
    assert!(!award["quote"].as_str().unwrap().is_empty());
    assert!(!award["trace"].as_array().unwrap().is_empty());

    let rent = item(&a, "nanjing.13.graduate_rent_subsidy").expect("rent subsidy");
    assert_eq!(
        rent["amount"],
        // Readings A1 + D7: the 2025 小巨人 is certainly held until the end of 2027 (three years, year only):
        // Jun 2025 … Dec 2027 = 31 months of the raise.
        serde_json::json!({"kind": "monthly", "per_month_fen": 240_000, "per_year_fen": 2_880_000, "max_months": 31, "max_total_fen": 7_440_000})
    );
    assert_eq!(a["totals"]["exact_one_off_fen"], 100_000_000);
    assert_eq!(a["totals"]["employees_per_month_fen"], 240_000);

    // A title first obtained before the document's period earns no award.
    let before = json(&run(
        &["evaluate", "--as-of", "2025-06-30", "--format", "json"],
        r#"{"city":"nanjing","size":"small","titles":{"little_giant":2020}}"#,
    ));
    assert!(item(&before, "nanjing.5.little_giant_award").is_none());
    assert_eq!(before["totals"]["exact_one_off_fen"], 0);
}

#[test]
fn evaluate_reads_a_file_as_well_as_stdin() {
    let path = temp("profile.json");
    std::fs::write(&path, NANJING_GIANT).unwrap();
    let from_file = json(&run(&["evaluate", "--as-of", "2025-06-30", "--format", "json", path.to_str().unwrap()], ""));
    let from_stdin = json(&run(&["evaluate", "--as-of", "2025-06-30", "--format", "json", "-"], NANJING_GIANT));
    std::fs::remove_file(&path).ok();
    assert_eq!(from_file, from_stdin);
    assert!(item(&from_file, "nanjing.5.little_giant_award").is_some());
}

#[test]
fn evaluate_outside_jiangsu_applies_nowhere() {
    let a = json(&run(&["evaluate", "--as-of", "2025-06-30", "--format", "json"], r#"{"city":"outside_jiangsu","size":"small","titles":{"little_giant":2025}}"#));
    assert_eq!(a["applies"], false);
    assert_eq!(a["items"].as_array().unwrap().len(), 0);
    assert_eq!(a["totals"]["exact_one_off_fen"], 0);
}

#[test]
fn evaluate_table_shows_figures_and_sources() {
    let o = run(&["evaluate", "--as-of", "2025-06-30"], NANJING_GIANT);
    assert!(o.status.success(), "stderr: {}", stderr(&o));
    let t = stdout(&o);
    assert!(t.contains("100 万元"), "{t}");
    assert!(t.contains("依据"), "{t}");
    assert!(t.contains("每月 2,400 元"), "{t}");
    assert!(t.contains("南京市"), "{t}");
    assert!(t.contains("2025-06-30"), "{t}");
}

/// Bad input exits 2 with nothing on stdout and a message naming the field in both languages.
fn assert_bad_input(args: &[&str], input: &str, field: &str, zh: &str, en: &str) {
    let o = run(args, input);
    assert_eq!(o.status.code(), Some(2), "stdout: {} stderr: {}", stdout(&o), stderr(&o));
    assert!(o.stdout.is_empty(), "stdout on error: {}", stdout(&o));
    let e = stderr(&o);
    let (zh_part, en_part) = e.split_once(" / ").unwrap_or_else(|| panic!("message not bilingual: {e}"));
    assert!(zh_part.contains(field) && zh_part.contains(zh), "Chinese part lacks {field} / {zh}: {e}");
    assert!(en_part.contains(field) && en_part.contains(en), "English part lacks {field} / {en}: {e}");
}

#[test]
fn unknown_field_is_rejected_with_its_path() {
    assert_bad_input(
        &["evaluate", "--as-of", "2025-06-30"],
        r#"{"city":"nanjing","size":"small","titles":{"little_gaint":2025}}"#,
        "titles.little_gaint",
        "未知字段",
        "Unknown field",
    );
}

#[test]
fn negative_amount_is_rejected_with_its_path() {
    assert_bad_input(
        &["evaluate", "--as-of", "2025-06-30"],
        r#"{"city":"nanjing","size":"small","rd":{"expense_this_year_yuan":-5}}"#,
        "rd.expense_this_year_yuan",
        "金额不能是负数",
        "cannot be negative",
    );
}

#[test]
fn bad_as_of_is_rejected() {
    assert_bad_input(&["evaluate", "--as-of", "2025-13-01"], NANJING_GIANT, "as_of", "日期", "not valid");
    assert_bad_input(&["evaluate", "--as-of", "1989-12-31"], NANJING_GIANT, "as_of", "1990", "1990");
}

#[test]
fn title_after_as_of_is_rejected() {
    assert_bad_input(&["evaluate", "--as-of", "2024-06-30"], NANJING_GIANT, "titles.little_giant", "晚于", "after");
}

#[test]
fn policies_json_lists_every_rule_with_its_source() {
    let list = json(&run(&["policies", "--format", "json"], ""));
    let list = list.as_array().expect("array");
    let want = srdi_rules::catalogue::entries();
    assert_eq!(list.len(), want.len());
    for e in list {
        for key in ["id", "document", "clause", "quote", "treatment"] {
            assert!(e[key].as_str().is_some_and(|s| !s.is_empty()), "{key} empty in {e}");
        }
        let treatment = e["treatment"].as_str().unwrap();
        assert!(treatment == "rule" || treatment == "not_applicable", "{e}");
        if treatment == "rule" {
            assert_eq!(e["rule"]["id"], e["id"]);
        } else {
            assert!(e["reason_zh"].as_str().is_some_and(|s| !s.is_empty()), "{e}");
        }
    }
    assert!(list.iter().any(|e| e["treatment"] == "not_applicable"));
    let rules: Vec<&str> = list.iter().filter(|e| e["treatment"] == "rule").map(|e| e["id"].as_str().unwrap()).collect();
    let want_rules: Vec<&str> = want.iter().filter_map(|e| e.rule.map(|r| r.id)).collect();
    assert_eq!(rules, want_rules);
    let award = list.iter().find(|e| e["id"] == "nanjing.5.little_giant_award").expect("award listed");
    assert_eq!(award["rule"]["amount"], serde_json::json!({"kind": "fixed", "fen": 100_000_000}));
}

#[test]
fn policies_table_lists_rules_and_quotes() {
    let o = run(&["policies"], "");
    assert!(o.status.success());
    let t = stdout(&o);
    assert!(t.contains("nanjing.5.little_giant_award"));
    assert!(t.contains("不适用"));
    assert!(t.contains("原文"));
}

#[test]
fn schema_describes_the_profile() {
    let s = json(&run(&["schema"], ""));
    let props = s["properties"].as_object().expect("properties");
    for key in ["city", "size", "titles", "finance", "rd", "talent"] {
        assert!(props.contains_key(key), "schema lacks {key}");
    }
    assert_eq!(s["additionalProperties"], false);
    let required: Vec<&str> = s["required"].as_array().expect("required").iter().filter_map(Value::as_str).collect();
    assert!(required.contains(&"city"), "{required:?}");
    assert!(!required.contains(&"size"), "size absent = not chosen yet (issue 16 §5): {required:?}");
    assert!(!required.contains(&"titles"));
}

#[test]
fn unknown_command_and_option_are_usage_errors() {
    let o = run(&["frobnicate"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("usage"));
    let o = run(&["evaluate", "--colour"], NANJING_GIANT);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--colour"));
}

#[test]
fn batch_jsonl_keeps_going_past_a_bad_line() {
    let input = temp("in.jsonl");
    let output = temp("out.jsonl");
    let lines = [
        NANJING_GIANT,
        r#"{"city":"nanjing","size":"small","titles":{"little_giant":2025},"bogus":1}"#,
        r#"{"city":"outside_jiangsu","size":"large"}"#,
        r#"{"city":"nanjing","size":"small","finance":{"guarantee_yuan":-1}}"#,
    ];
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let o = run(&["batch", "--as-of", "2025-06-30", "--detail", "full", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    // The default (summary) output: totals and each item's id, amount and flags.
    let o2 = run(&["batch", "--as-of", "2025-06-30", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let summary: Vec<Value> = std::fs::read_to_string(&output).unwrap().lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert_eq!(o2.status.code(), Some(0));
    assert!(stderr(&o).contains('2'), "stderr should count the 2 bad lines: {}", stderr(&o));
    assert_eq!(summary.len(), lines.len());
    assert_eq!(summary[0]["totals"]["exact_one_off_fen"], 100_000_000);
    let award = summary[0]["money"].as_array().unwrap().iter().find(|i| i["rule_id"] == "nanjing.5.little_giant_award").expect("award");
    assert_eq!((award["kind"].as_str(), award["fen"].as_i64()), (Some("exact"), Some(100_000_000)));
    assert_eq!(award["flags"], serde_json::json!(["date_assumed"]));
    assert!(summary[0].get("assessment").is_none());
    assert_eq!(summary[2]["applies"], false);
    assert_eq!(summary[1]["ok"], false);

    let out: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
    assert_eq!(out.len(), lines.len());
    for (i, r) in out.iter().enumerate() {
        assert_eq!(r["line"], i + 1);
    }
    assert_eq!(out[0]["ok"], true);
    let award = item(&out[0]["assessment"], "nanjing.5.little_giant_award").expect("award in batch");
    assert_eq!(award["amount"]["fen"], 100_000_000);
    assert_eq!(out[1]["ok"], false);
    let err = out[1]["error"].as_str().unwrap();
    assert!(err.contains("bogus") && err.contains("未知字段") && err.contains("Unknown field"), "{err}");
    assert!(out[1].get("assessment").is_none());
    assert_eq!(out[2]["ok"], true);
    assert_eq!(out[2]["assessment"]["applies"], false);
    assert_eq!(out[3]["ok"], false);
    assert!(out[3]["error"].as_str().unwrap().contains("finance.guarantee_yuan"));
}

#[test]
fn batch_jsonl_through_stdin_and_stdout() {
    let o = run(&["batch", "--as-of", "2025-06-30", "-", "-"], &format!("{NANJING_GIANT}\nnot json\n"));
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out: Vec<Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["ok"], true);
    assert_eq!(out[1]["ok"], false);
    assert_eq!(out[1]["line"], 2);
}

/// Splits one CSV record (quotes and doubled quotes).
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(String::new()),
            _ => cells.last_mut().unwrap().push(c),
        }
    }
    cells
}

#[test]
fn batch_csv_in_csv_out() {
    let input = temp("in.csv");
    let output = temp("out.csv");
    let csv = "city,size,district,titles.little_giant,talent.graduates_phd,finance.guarantee_yuan\n\
               nanjing,small,\"江北新区, 研创园\",2025,1,\n\
               nanjing,small,,,,-1\n\
               suzhou,medium,,,,\n";
    std::fs::write(&input, csv).unwrap();
    let o = run(&["batch", "--as-of", "2025-06-30", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));

    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(
        rows[0],
        "line,ok,error,exact_one_off_fen,annual_fen,up_to_fen,employees_per_month_fen,employees_max_total_fen,unquantified_count,non_monetary_count,items,likely_count,likely_one_off_fen,likely_annual_fen,notices"
    );
    assert_eq!(rows.len(), 4, "{text}");
    let header = csv_cells(rows[0]);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();

    let r1 = csv_cells(rows[1]);
    assert_eq!(r1.len(), header.len());
    assert_eq!(r1[col("line")], "2");
    assert_eq!(r1[col("ok")], "true");
    assert_eq!(r1[col("error")], "");
    assert_eq!(r1[col("exact_one_off_fen")], "100000000");
    assert_eq!(r1[col("employees_per_month_fen")], "240000");
    // 31 months: the 2025 title is certainly held until the end of 2027 (readings A1, D7).
    assert_eq!(r1[col("employees_max_total_fen")], "7440000");
    let ids: Vec<&str> = r1[col("items")].split(' ').collect();
    assert!(ids.contains(&"nanjing.5.little_giant_award") && ids.contains(&"nanjing.13.graduate_rent_subsidy"), "{ids:?}");

    let r2 = csv_cells(rows[2]);
    assert_eq!(r2.len(), header.len());
    assert_eq!(r2[col("line")], "3");
    assert_eq!(r2[col("ok")], "false");
    assert!(r2[col("error")].contains("finance.guarantee_yuan"), "{rows:?}");
    assert_eq!(r2[col("exact_one_off_fen")], "");

    let r3 = csv_cells(rows[3]);
    assert_eq!(r3[col("ok")], "true");
    assert_eq!(r3[col("exact_one_off_fen")], "0");
    assert!(!r3[col("items")].contains("nanjing."), "Suzhou gets no Nanjing items");
}

/// A spreadsheet may put a comma or a line break inside a quoted cell; both must
/// survive the trip in and out (the error cell holds one message a line).
#[test]
fn batch_csv_keeps_quoted_commas_and_line_breaks_in_cells() {
    let input = temp("quoted.csv");
    let output = temp("quoted-out.csv");
    let csv = "city,size,district,titles.little_giant,finance.guarantee_yuan\n\
               nanjing,small,\"江北新区,\n研创园\",2025,\n\
               nanjing,small,,20x6,lots\n\
               suzhou,medium,,,\n";
    std::fs::write(&input, csv).unwrap();
    let o = run(&["batch", "--as-of", "2025-06-30", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));

    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "one output row per input record: {text}");
    assert!(rows.iter().all(|r| r.len() == header.len()), "{text}");

    // The district's comma and line break stay inside its cell: the little giant year after it is read.
    assert_eq!((&rows[0][col("line")], &rows[0][col("ok")]), ("2", "true"), "{text}");
    assert_eq!(&rows[0][col("exact_one_off_fen")], "100000000");
    // `line` is the line a record starts on: the quoted line break pushes the next record to line 4.
    assert_eq!((&rows[1][col("line")], &rows[1][col("ok")]), ("4", "false"));
    let error = &rows[1][col("error")];
    let messages: Vec<&str> = error.lines().collect();
    assert_eq!(messages.len(), 2, "one message a line: {error:?}");
    assert!(messages[0].contains("titles.little_giant") && messages[1].contains("finance.guarantee_yuan"), "{error:?}");
    assert!(messages[1].contains("1,000,000"), "a comma inside the error cell: {error:?}");
    assert!(text.contains(",\"titles.little_giant"), "the cell is quoted: {text}");
    assert_eq!((&rows[2][col("line")], &rows[2][col("ok")]), ("5", "true"));
}

#[test]
fn batch_csv_rejects_an_unknown_column_per_row() {
    let input = temp("bad.csv");
    let output = temp("bad-out.jsonl");
    std::fs::write(&input, "city,size,colour\nnanjing,small,red\nnanjing,small,\n").unwrap();
    let o = run(&["batch", "--as-of", "2025-06-30", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    assert_eq!(o.status.code(), Some(0));
    let out: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["ok"], false);
    assert!(out[0]["error"].as_str().unwrap().contains("colour"));
    assert_eq!(out[1]["ok"], false, "an unknown column is a mistake on every row, even where it is empty");
    assert!(out[1]["error"].as_str().unwrap().contains("colour"));
}

#[test]
fn batch_csv_reads_amounts_as_people_type_them() {
    let input = temp("typed.csv");
    let output = temp("typed-out.jsonl");
    std::fs::write(&input, "city,size,titles.provincial_srdi,finance.equipment_loan_yuan,finance.equipment_loan_rate_pct\n苏州,小型,2024,\"1,000万\",1.5\n").unwrap();
    let o = run(&["batch", "--as-of", "2026-11-23", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    assert_eq!(o.status.code(), Some(0));
    let out: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(out["ok"], true, "{out}");
    let items = out["money"].as_array().unwrap();
    let sub = items.iter().find(|i| i["rule_id"] == "jiangsu_measures.7.loan_interest_subsidy").unwrap();
    // ¥10M at 1.5% interest: the 2-point subsidy is capped at the interest paid, ¥150,000.
    assert_eq!((sub["kind"].as_str(), sub["fen"].as_i64()), (Some("annual"), Some(15_000_000)));
}

/// Repeated groups are numbered columns (`loans.1.equipment_yuan`, `loans.2.rate_bp`,
/// `srdi_loans.1.signed`, `titles.provincial_srdi.renewed_year`): worked cases W1, W16a
/// and W4a of docs/worked-cases.md, one row each; a row that skips loan 1 is refused at it.
#[test]
fn batch_csv_reads_numbered_loans_and_title_details() {
    let input = temp("loans.csv");
    let output = temp("loans-out.jsonl");
    let csv = "city,size,manufacturing,titles.provincial_srdi,titles.provincial_srdi.renewed_year,loans.1.equipment_yuan,loans.2.equipment_yuan,loans.2.rate_pct,srdi_loans.1.principal_yuan,srdi_loans.1.tenor_months,srdi_loans.1.signed,srdi_loans.1.rate_pct\n\
               徐州,中型,是,,,1亿,4亿,,,,,\n\
               南通,小型,否,2021,2024,\"1,000万\",,,,,,\n\
               淮安,小型,否,2024,,,,,300万,12,2025-07-01,4.0\n\
               南通,小型,否,,,,500万,3.2,,,,\n";
    std::fs::write(&input, csv).unwrap();
    let o = run(&["batch", "--as-of", "2026-06-30", "--detail", "full", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "{text}");
    let subsidy = |v: &Value| item(&v["assessment"], "jiangsu_measures.7.loan_interest_subsidy").map(|i| i["amount"]["fen"].as_i64());
    assert_eq!(subsidy(&lines[0]), Some(Some(800_000_000)), "W1: ¥2M + ¥6M (capped)");
    assert_eq!(subsidy(&lines[1]), Some(Some(20_000_000)), "W16a: renewed 2024, valid in 2026");
    // W4a is worked as of 2025; on 2026-06-30 the Huai'an plan has ended but the figure is still shown.
    let ceiling = item(&lines[2]["assessment"], "huaian.3-5.loan_rate_ceiling").expect("ceiling item");
    assert_eq!(ceiling["amount"]["above_cap_fen"], 1_500_000);
    assert_eq!(ceiling["amount"]["ceiling_bp"], 350);
    assert_eq!(lines[3]["ok"], false);
    assert!(lines[3]["error"].as_str().unwrap().contains("loans.1.equipment_yuan"), "{}", lines[3]);
}

/// JSONL input in the v2 shape: several loans and a title object.
#[test]
fn batch_jsonl_reads_the_v2_profile() {
    let line = r#"{"city":"changzhou","size":"medium","manufacturing":true,"titles":{"little_giant":{"first_year":2023,"first_month":9}},"loans":[{"equipment_yuan":300000000,"central_subsidy":true},{"equipment_yuan":200000000}]}"#;
    let o = run(&["batch", "--as-of", "2026-06-30", "-", "-"], &format!("{line}\n"));
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out: Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["totals"]["annual_fen"], 700_000_000, "W12: 3 亿 × 1% + 2 亿 × 2%");
}

/// Files saved by Windows editors start with a UTF-8 byte-order mark.
#[test]
fn a_byte_order_mark_is_ignored() {
    let a = json(&run(&["evaluate", "--as-of", "2025-06-30", "--format", "json"], &format!("\u{feff}{NANJING_GIANT}")));
    assert_eq!(item(&a, "nanjing.5.little_giant_award").unwrap()["amount"]["fen"], 100_000_000);

    let o = run(&["batch", "--as-of", "2025-06-30", "-", "-"], &format!("\u{feff}{NANJING_GIANT}\n"));
    assert_eq!(o.status.code(), Some(0));
    let r: Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(r["ok"], true, "{r}");
}

#[test]
fn table_shows_where_outside_figures_come_from_and_how_sure_they_are() {
    let o = run(&["evaluate", "--as-of", "2026-11-23"], r#"{"city":"suzhou","size":"small","titles":{"little_giant":2026}}"#);
    assert!(o.status.success());
    let t = stdout(&o);
    // Suzhou's title award: no figure in the text (the step says so) and a weak outside indication.
    assert!(t.contains("文本未定金额"), "{t}");
    assert!(t.contains("外部来源：苏州市及各区奖励标准的网络转载，未经官方确认"), "{t}");
    assert!(!t.contains("FACTS.md"), "no developer notes reach users: {t}");
    assert!(t.contains("（弱来源（仅供参考））据未经官方确认的转载"), "{t}");
}

/// Repeated groups are numbered columns (`talent.groups.1.rent_yuan`), read by
/// the form's parser; JSONL lines carry the same detail as JSON arrays. W3 and
/// W5 (docs/worked-cases.md) give their figures either way.
#[test]
fn batch_reads_numbered_columns_and_detail_in_jsonl() {
    let input = temp("groups.csv");
    let output = temp("groups-out.csv");
    let csv = "city,size,titles.little_giant,talent.groups.1.degree,talent.groups.1.rent_yuan,talent.groups.1.months_received,procurement.bid_price_yuan,procurement.deduction_bp\n\
               nanjing,small,2025,博士,\"1,800\",20,,\n\
               nanjing,small,2025,,,,5000000,15%\n\
               nanjing,small,2025,phd,,40,,\n";
    std::fs::write(&input, csv).unwrap();
    let o = run(&["batch", "--as-of", "2026-06-30", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let rows: Vec<Vec<String>> = text.lines().map(csv_cells).collect();
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    assert_eq!(rows[1][col("employees_per_month_fen")], "180000", "{text}");
    assert_eq!(rows[1][col("employees_max_total_fen")], "2880000", "{text}");
    assert_eq!(rows[2][col("ok")], "true", "{text}");
    assert_eq!(rows[3][col("ok")], "false", "{text}");
    assert!(rows[3][col("error")].contains("talent.groups.1.months_received"), "{text}");

    let jsonl = "{\"city\":\"nanjing\",\"size\":\"small\",\"titles\":{\"little_giant\":2025},\"talent\":{\"groups\":[{\"degree\":\"phd\",\"rent_yuan\":1800,\"months_received\":20}]}}\n";
    let o = run(&["batch", "--as-of", "2026-06-30", "-", "-"], jsonl);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("\"employees_max_total_fen\":2880000"), "{out}");
}

/// Issue 18 §3: one unit per name. A CSV column named like the JSON field (`…_bp`) reads basis
/// points as JSON does (320 = 3.2%); `…_pct` columns, or a value with `%`, read a percentage; a
/// fraction of a basis point is refused at its row and column; a rate under 0.5% is warned.
#[test]
fn batch_csv_bp_columns_read_basis_points_like_json() {
    let input = temp("bp.csv");
    let output = temp("bp-out.jsonl");
    let csv = "city,size,manufacturing,loans.1.equipment_yuan,loans.1.rate_bp\n\
               无锡,小型,是,1000万,320\n\
               无锡,小型,是,1000万,3.2%\n\
               无锡,小型,是,1000万,3.2\n\
               无锡,小型,是,1000万,25\n";
    std::fs::write(&input, csv).unwrap();
    let o = run(&["batch", "--as-of", "2026-06-30", "--detail", "full", input.to_str().unwrap(), output.to_str().unwrap()], "");
    let text = std::fs::read_to_string(&output).unwrap();
    std::fs::remove_file(&input).ok();
    std::fs::remove_file(&output).ok();
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "{text} {}", stderr(&o));
    let subsidy = |v: &Value| item(&v["assessment"], "jiangsu_measures.7.loan_interest_subsidy").and_then(|i| i["amount"]["fen"].as_i64());
    // ¥10M at 3.2%: the full 2 points, ¥200,000 — read the same as JSON's `rate_bp: 320`.
    assert_eq!(subsidy(&lines[0]), Some(20_000_000), "{}", lines[0]);
    assert_eq!(subsidy(&lines[1]), Some(20_000_000), "{}", lines[1]);
    assert_eq!(lines[2]["ok"], false, "{}", lines[2]);
    assert!(lines[2]["error"].as_str().unwrap().contains("loans.1.rate_bp") && lines[2]["error"].as_str().unwrap().contains("loans.1.rate_pct"), "{}", lines[2]);
    // 25 basis points = 0.25%: used as given (¥25,000), and said at the field: «是 25% 吗？».
    assert_eq!(subsidy(&lines[3]), Some(2_500_000), "{}", lines[3]);
    let notices = lines[3]["assessment"]["notices"].to_string();
    assert!(notices.contains("loans.1.rate_bp：年利率 0.25%，低于 0.5%") && notices.contains("是 25% 吗？"), "{notices}");
}

/// Issue 18 §3: JSON `rate_bp: 3` (0.03%) is not silently used: the assessment says «是 3% 吗？» at the field.
#[test]
fn a_json_rate_under_half_a_percent_is_warned_at_its_field() {
    let profile = r#"{"city":"huaian","size":"small","titles":{"provincial_srdi":2024},"srdi_loans":[{"principal_yuan":3000000,"tenor_months":12,"signed":"2025-07-01","rate_bp":3}]}"#;
    let a = json(&run(&["evaluate", "--as-of", "2025-10-01", "--format", "json"], profile));
    let notices = a["notices"].to_string();
    assert!(notices.contains("srdi_loans.1.rate_bp：年利率 0.03%，低于 0.5%，很少见：是 3% 吗？"), "{notices}");
    assert!(notices.contains("did you mean 3%?"), "{notices}");
}

/// Issue 18 §4: batch input never guesses. Line numbers are file lines (blank lines counted); a row
/// with fewer or more cells than the header, a duplicate column, an empty required cell and a v1 loan
/// key beside `loans` are errors at that row and column; an answer no rule of the city reads is a notice.
#[test]
fn batch_csv_never_guesses() {
    let run_csv = |name: &str, csv: &str| -> Vec<Value> {
        let input = temp(name);
        let output = temp("never-guess-out.jsonl");
        std::fs::write(&input, csv).unwrap();
        let o = run(&["batch", "--as-of", "2025-10-01", input.to_str().unwrap(), output.to_str().unwrap()], "");
        let text = std::fs::read_to_string(&output).unwrap_or_default();
        std::fs::remove_file(&input).ok();
        std::fs::remove_file(&output).ok();
        assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
        text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    let csv = "city,size,srdi_loans.1.principal_yuan,srdi_loans.1.tenor_months,srdi_loans.1.signed,srdi_loans.1.rate_bp\n\
               \n\
               南京,小型,300万,12,2025-07-01,400\n\
               \n\
               南京,小型,300万,12\n\
               南京,小型,300万,12,2025-07-01,400,9\n\
               ,小型,,,,\n";
    let lines = run_csv("never-guess.csv", csv);
    let at = |n: u64| lines.iter().find(|l| l["line"] == n).unwrap_or_else(|| panic!("no line {n}: {lines:?}"));
    // File line 3 (line 2 is blank): a 专精特新贷 in Nanjing changes nothing, and the summary says so.
    assert_eq!(at(3)["ok"], true);
    assert!(at(3)["notices"].to_string().contains("“专精特新贷”：南京市适用的政策都没有用到这一项"), "{}", at(3));
    let err = |n: u64| at(n)["error"].as_str().unwrap_or_default().to_owned();
    assert!(err(5).starts_with("srdi_loans.1.signed：本行只有 4 个单元格，表头有 6 列"), "{}", err(5));
    assert!(err(6).contains("本行有 7 个单元格，多于表头的 6 列"), "{}", err(6));
    assert!(err(7).contains("city：必填，本行为空"), "{}", err(7));

    let lines = run_csv("dup.csv", "city,size,loans.1.rate_bp,loans.1.rate_pct,loans.1.equipment_yuan\n无锡,小型,320,3.2,100万\n");
    assert!(lines[0]["error"].as_str().unwrap().contains("loans.1.rate_pct：列重复（第 4 列）"), "{}", lines[0]);

    let lines = run_csv("v1.csv", "city,size,manufacturing,loans.1.equipment_yuan,finance.equipment_loan_yuan\n无锡,小型,是,100万,200万\n");
    assert!(lines[0]["error"].as_str().unwrap().starts_with("finance.equipment_loan_yuan：已按项目填写贷款（loans.N.*）时"), "{}", lines[0]);
}

/// Issue 18 §5: the 贴息's outside source names its confidence once (not 「新闻报道 · 新闻报道」).
#[test]
fn the_outside_source_says_news_once() {
    let o = run(&["evaluate", "--as-of", "2026-06-30", "--format", "table"], r#"{"city":"yangzhou","size":"small","manufacturing":true,"loans":[{"equipment_yuan":10000000}]}"#);
    let out = stdout(&o);
    let line = out.lines().find(|l| l.contains("外部来源：《江苏省制造业贷款财政贴息实施方案》")).expect("the source line");
    assert_eq!(line.matches("新闻报道").count(), 1, "{line}");
}

/// W3 (docs/worked-cases.md): a Nanjing 小巨人 (2025-03), a PhD renting at ¥1,800 with 20 months received.
const W3: &str = r#"{"city":"nanjing","size":"small","titles":{"little_giant":{"first_year":2025,"first_month":3}},"talent":{"groups":[{"degree":"phd","count":1,"rent_yuan":1800,"months_received":20}]}}"#;

/// Issue 20 §2: the payments by year and month, in words and as JSON.
#[test]
fn evaluate_timeline_lists_the_payments_by_year_and_month() {
    let o = run(&["evaluate", "--as-of", "2026-06-30", "--timeline"], W3);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("2026 年：企业确定 100 万元；毕业生租房补贴 1.26 万元（发给毕业生本人）"), "{text}");
    assert!(text.contains("[确定] 1–9 月：高校毕业生租房补贴上浮（第 1 组，博士 1 人）每月 1,800 元 × 9 个月 = 1.62 万元"), "{text}");
    let t = json(&run(&["evaluate", "--as-of", "2026-06-30", "--timeline", "--format", "json"], W3));
    assert_eq!(t["as_of"], "2026-06-30");
    let years: Vec<u64> = t["years"].as_array().expect("years").iter().map(|y| y["year"].as_u64().unwrap_or(0)).collect();
    assert_eq!(years, [2026, 2027]);
    assert_eq!(t["years"][1]["certain"]["staff_fen"], 1_620_000);
    assert_eq!(t["years"][1]["entries"][0]["kind"], "staff");
    // W1's 贴息: 2026, then 2027 not announced.
    let w1 = r#"{"city":"xuzhou","size":"medium","manufacturing":true,"loans":[{"equipment_yuan":100000000},{"equipment_yuan":400000000}]}"#;
    let text = stdout(&run(&["evaluate", "--as-of", "2026-06-30", "--timeline"], w1));
    assert!(text.contains("2026 年 800 万元，至 2026 年 12 月 31 日止") && text.contains("2027 年起贴息口径未公布，不作推算"), "{text}");
}

/// Issue 20 §4: the table ends with the answer code and the receipt, and `verify` reads them back.
#[test]
fn a_receipt_round_trips_through_verify() {
    let table = stdout(&run(&["evaluate", "--as-of", "2026-06-30"], W3));
    assert!(table.contains("\n答案代码 #v=3&city=nanjing&size=small&"), "{table}");
    assert!(table.contains("\n核验码 SRDI1:2026-12-04:2026-06-30:"), "{table}");
    let o = run(&["verify", "-"], &table);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).starts_with("一致：答案和金额与核验码相符（规则版本 2026-12-04，评估日期 2026-06-30）\nmatches:"), "{}", stdout(&o));
    // As arguments, the way a clerk pastes a card's two lines; and from a file.
    let code = table.lines().find(|l| l.starts_with("答案代码 ")).expect("code").trim_start_matches("答案代码 ");
    let receipt = table.lines().find(|l| l.starts_with("核验码 ")).expect("receipt");
    assert_eq!(run(&["verify", code, receipt], "").status.code(), Some(0));
    let path = temp("card.txt");
    std::fs::write(&path, &table).expect("write");
    assert_eq!(run(&["verify", path.to_str().expect("path")], "").status.code(), Some(0));
    // A rent changed on the card: differs, exit 1.
    let o = run(&["verify", &code.replace("rent_yuan=1800", "rent_yuan=1000"), receipt], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with("不同：答案与核验码不符"), "{}", stdout(&o));
    // JSON says the same.
    let v: Value = serde_json::from_str(&stdout(&run(&["verify", "--format", "json", code, receipt], ""))).expect("json");
    assert_eq!((v["answers_match"].as_bool(), v["money_match"].as_bool()), (Some(true), Some(true)));
    // No receipt: bad input, exit 2, named.
    let o = run(&["verify", code], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("receipt"), "{}", stderr(&o));
}
