//! `srdi`: the command line over srdi-rules. It only reads input, calls the
//! rules crate and prints; every decision lives in the rules crate.
//!
//! Exit codes: 0 success, 2 bad input (message on stderr), 1 I/O failure or, for `verify`, a
//! receipt that differs.
#![forbid(unsafe_code)]

use srdi_rules::catalogue;
use srdi_rules::eval::Assessment;
use srdi_rules::model::{Level, Treatment};
use srdi_rules::money::format_zh;
use srdi_rules::parse::{profile_from_json, profile_schema};
use srdi_rules::policies;
use srdi_rules::{evaluate, Date, FieldError, InputError, Profile};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "srdi — 专精特新政策计算器 / SRDI policy calculator

用法 / usage:
  srdi evaluate [--as-of YYYY-MM-DD] [--format table|json] [--timeline] [FILE|-]
                                (--timeline: the payments by year and month, certain and likely apart;
                                 the table ends with the answer code and the receipt)
  srdi verify [--format table|json] CARD-TEXT…|FILE|-
                                (a printed card's text, or a share link or answer code with its receipt
                                 SRDI1:…: prints 一致 / matches, exit 0, or 不同 / differs, exit 1)
  srdi batch [--as-of YYYY-MM-DD] [--detail summary|full] IN OUT
                                (IN: .jsonl or .csv; OUT: .jsonl or .csv; - for stdin/stdout as JSONL;
                                 JSONL out: per line the totals and each money item's id, kind, figure
                                 in fen and flags,
                                 or with --detail full the whole assessment with quotes and steps)
  srdi policies [--format table|json]
  srdi schema

The as-of date defaults to today (UTC).
Exit codes: 0 success (verify: matches), 1 verify: differs, or an I/O failure, 2 bad input.";

enum Failure {
    /// `verify`: the receipt does not match (the words are already printed).
    Differs,
    Usage(String),
    Input(String),
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e.to_string())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Differs) => ExitCode::from(1),
        Err(Failure::Usage(m)) => {
            eprintln!("{m}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(m)) => {
            eprintln!("{m}");
            ExitCode::from(2)
        }
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("I/O error: {e}");
            ExitCode::from(1)
        }
    }
}

struct Opts {
    as_of: Date,
    format: String,
    full: bool,
    timeline: bool,
    positional: Vec<String>,
}

fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    Date::from_unix_days((secs / 86_400) as i64).unwrap_or(Date::ymd(2026, 1, 1))
}

fn parse_opts(args: &[String], default_format: &str) -> Result<Opts, Failure> {
    let mut opts = Opts { as_of: today(), format: default_format.to_owned(), full: false, timeline: false, positional: Vec::new() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--as-of" => {
                let v = it.next().ok_or_else(|| Failure::Usage("--as-of needs a date".into()))?;
                opts.as_of = Date::parse(v).ok_or_else(|| Failure::from(InputError::from(FieldError::bad_date("as_of", v))))?;
            }
            "--timeline" => opts.timeline = true,
            "--detail" => match it.next().map(String::as_str) {
                Some("summary") => opts.full = false,
                Some("full") => opts.full = true,
                _ => return Err(Failure::Usage("--detail needs summary or full".into())),
            },
            "--format" => {
                let v = it.next().ok_or_else(|| Failure::Usage("--format needs table or json".into()))?;
                if v != "table" && v != "json" {
                    return Err(Failure::Usage(format!("unknown format `{v}`")));
                }
                opts.format = v.clone();
            }
            s if s.starts_with("--") && s != "-" => return Err(Failure::Usage(format!("unknown option `{s}`"))),
            _ => opts.positional.push(a.clone()),
        }
    }
    Ok(opts)
}

fn run(args: &[String]) -> Result<(), Failure> {
    let Some(cmd) = args.first() else { return Err(Failure::Usage("missing command".into())) };
    let rest = &args[1..];
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    match cmd.as_str() {
        "evaluate" => {
            let o = parse_opts(rest, "table")?;
            let mut input = String::new();
            match o.positional.first().map(String::as_str) {
                None | Some("-") => {
                    io::stdin().read_to_string(&mut input)?;
                }
                Some(path) => input = std::fs::read_to_string(path)?,
            }
            // Editors on Windows often save UTF-8 with a byte-order mark.
            let profile = profile_from_json(input.strip_prefix('\u{feff}').unwrap_or(&input))?;
            let a = evaluate(&profile, o.as_of)?;
            match (o.timeline, o.format == "json") {
                (true, json) => {
                    let t = srdi_rules::timeline::of(&profile, &a)?;
                    if json {
                        serde_json::to_writer_pretty(&mut out, &t).map_err(io::Error::other)?;
                        writeln!(out)?;
                    } else {
                        write_timeline(&mut out, &t)?;
                    }
                }
                (false, true) => {
                    serde_json::to_writer_pretty(&mut out, &a).map_err(io::Error::other)?;
                    writeln!(out)?;
                }
                (false, false) => write_table(&mut out, &profile, &a)?,
            }
        }
        "verify" => {
            let o = parse_opts(rest, "table")?;
            let text = match o.positional.as_slice() {
                [] => return Err(Failure::Usage("verify needs the card's text, a file, or - for stdin".into())),
                [one] if one == "-" => {
                    let mut s = String::new();
                    io::stdin().read_to_string(&mut s)?;
                    s
                }
                [one] if std::path::Path::new(one).is_file() => std::fs::read_to_string(one)?,
                many => many.join(" "),
            };
            let v = srdi_rules::receipt::verify(&text)?;
            if o.format == "json" {
                serde_json::to_writer_pretty(&mut out, &v).map_err(io::Error::other)?;
                writeln!(out)?;
            } else {
                writeln!(out, "{}\n{}", v.text.zh, v.text.en)?;
                for e in &v.unread {
                    writeln!(out, "未能读取的答案（未计入）：{e}")?;
                }
            }
            out.flush()?;
            return if v.matches() { Ok(()) } else { Err(Failure::Differs) };
        }
        "batch" => {
            let o = parse_opts(rest, "json")?;
            let [input, output] = o.positional.as_slice() else {
                return Err(Failure::Usage("batch needs IN and OUT".into()));
            };
            batch(input, output, o.as_of, o.full)?;
        }
        "policies" => {
            let o = parse_opts(rest, "table")?;
            if o.format == "json" {
                serde_json::to_writer_pretty(&mut out, &catalogue::entries()).map_err(io::Error::other)?;
                writeln!(out)?;
            } else {
                write_policies(&mut out)?;
            }
        }
        "schema" => {
            serde_json::to_writer_pretty(&mut out, &profile_schema()).map_err(io::Error::other)?;
            writeln!(out)?;
        }
        "help" | "--help" | "-h" => writeln!(out, "{USAGE}")?,
        other => return Err(Failure::Usage(format!("unknown command `{other}`"))),
    }
    out.flush()?;
    Ok(())
}

fn write_table(out: &mut impl Write, p: &Profile, a: &Assessment) -> io::Result<()> {
    writeln!(out, "专精特新政策测算  评估日期 {}  城市 {}  规模 {}", a.as_of, p.city.zh(), p.size.map_or("未选择", |s| s.zh()))?;
    for n in &a.notices {
        writeln!(out, "提示：{}", n.text().zh)?;
    }
    for d in &a.documents {
        let flags: Vec<&str> = d.flags.iter().map(|f| f.zh()).collect();
        writeln!(out, "文件：{}《{}》 {}", if d.level == Level::Province { "省" } else { "市" }, d.title, flags.join("、"))?;
    }
    writeln!(out)?;
    for it in &a.items {
        let flags: Vec<&str> = it.flags.iter().map(|f| f.zh()).collect();
        writeln!(out, "■ {}  [{}]  {}", it.rule.name_zh, it.rule.category.zh(), it.amount_text().zh)?;
        writeln!(out, "  受益：{}  方式：{}  依据：《{}》{}  {}", it.rule.beneficiary.zh(), it.rule.payment.zh(), it.doc.short_zh, it.clause.number, flags.join("、"))?;
        writeln!(out, "  原文：{}", it.rule.quote)?;
        if let Some(x) = &it.rule.external {
            writeln!(out, "  外部来源：{}（{}）{}", x.source, x.confidence.zh(), x.note_zh)?;
        }
        for step in &it.trace() {
            writeln!(out, "  · {}", step.zh)?;
        }
        if let Some(s) = &it.stacking {
            writeln!(out, "  叠加：{}", s.text().zh)?;
        }
        if let Some(l) = &it.likely {
            writeln!(out, "  可能可得（不计入确定合计）：{}", l.text().zh)?;
        }
    }
    if !a.near_misses.is_empty() {
        writeln!(out, "\n还可争取：")?;
        for n in &a.near_misses {
            writeln!(out, "  {} → 《{}》{} {}：{}", n.missing.text().zh, n.document_zh, n.clause, n.name_zh, n.would_bring_text.text().zh)?;
        }
    }
    let t = &a.totals;
    writeln!(out, "\n合计（只计现行有效文件{}）：", if t.includes_drafts { "，含征求意见稿" } else { "" })?;
    writeln!(out, "  确定金额（一次性）：{}", format_zh(t.exact_one_off_fen))?;
    // A sum certain only so long says so (the 贴息's scheme year, a document ending within a year).
    let until = |u: Option<srdi_rules::eval::Until>| u.map(|u| format!("（{}）", u.text().zh)).unwrap_or_default();
    writeln!(out, "  每年金额：{}{}", format_zh(t.annual_fen), until(t.annual_until))?;
    writeln!(out, "  最高可达：{}", format_zh(t.up_to_fen))?;
    writeln!(
        out,
        "  员工租房补贴：每月 {}，累计至多 {}{}",
        format_zh(t.employees_per_month_fen),
        format_zh(t.employees_max_total_fen),
        until(t.employees_until)
    )?;
    writeln!(out, "  金额未明确：{} 项  非资金支持：{} 项  未计入（已到期或未施行）：{} 项", t.unquantified_count, t.non_monetary_count, t.not_in_force_count)?;
    if t.likely_count > 0 {
        writeln!(
            out,
            "  可能可得（取决于推定，未计入以上合计）：{} 项；一次性 {}，每年 {}，最高可达 {}，员工每月 {}",
            t.likely_count,
            format_zh(t.likely_one_off_fen),
            format_zh(t.likely_annual_fen),
            format_zh(t.likely_up_to_fen),
            format_zh(t.likely_employees_per_month_fen)
        )?;
    }
    writeln!(out, "\n本结果依据公开文本测算，仅供参考，不是审批决定；征求意见稿可能变化。")?;
    // What reopens and checks these figures: `srdi verify` reads these two lines back.
    writeln!(out, "答案代码 #{}", srdi_rules::fields::to_share(p))?;
    writeln!(out, "{}", srdi_rules::receipt::Receipt::of(p, a).text().zh)?;
    Ok(())
}

fn write_timeline(out: &mut impl Write, t: &srdi_rules::timeline::Timeline) -> io::Result<()> {
    writeln!(out, "付款时间表  评估日期 {}（确定与可能分开计；发给毕业生的租房补贴不是企业收入）", t.as_of)?;
    if t.years.is_empty() {
        writeln!(out, "没有可按时间列出的金额。")?;
    }
    for y in &t.years {
        writeln!(out, "\n{}", y.heading().zh)?;
        for e in &y.entries {
            let mark = if e.certain { "确定" } else { "可能" };
            writeln!(out, "  [{mark}] {}", e.words().zh)?;
            if let Some(why) = &e.why {
                writeln!(out, "         原因：{}", why.text().zh)?;
            }
        }
    }
    Ok(())
}

fn write_policies(out: &mut impl Write) -> io::Result<()> {
    for doc in policies::ALL {
        writeln!(out, "《{}》 {}  {:?}  {} — {}", doc.title, doc.source_file, doc.status, doc.effective_from.date(), doc.effective_until.date())?;
        for c in doc.clauses {
            match &c.treatment {
                Treatment::Section => writeln!(out, "  {} {}", c.number, c.heading)?,
                Treatment::NotApplicable { quote, reason_zh, .. } => writeln!(out, "    {} 不适用：{}  原文：{}", c.number, reason_zh, quote)?,
                Treatment::Rules { rules, .. } => {
                    for r in rules.iter() {
                        writeln!(out, "    {} {} [{}] {}  原文：{}", c.number, r.id, r.category.zh(), r.name_zh, r.quote)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Reads one CSV row (header names are the dotted field paths of `srdi_rules::fields`,
/// values as a person types them: `1,000万`, `是`/`true`; a rate as in JSON under its `…_bp` name
/// (`320`), or as a percentage under its `…_pct` name (`3.2`) or with `%` (`3.2%`))
/// through the same parser as the web form and share links.
fn csv_row_to_profile(header: &[String], row: &[String]) -> Result<Profile, String> {
    use srdi_rules::fields;
    let join = |errors: Vec<FieldError>| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    let names: Vec<&str> = header.iter().map(String::as_str).collect();
    // Unknown columns fail every row (a typo in the header must not silently drop a field), and so
    // does a column named twice; a row shorter or longer than the header is refused (issue 18 §4).
    let mut errors = fields::header_errors(&names);
    errors.extend(fields::row_length(&names, row.len()));
    if !errors.is_empty() {
        return Err(join(errors));
    }
    fields::from_row(names.iter().copied().zip(row.iter().map(String::as_str)), names.contains(&"city")).map_err(join)
}

const CSV_OUT_HEADER: [&str; 15] = [
    "line",
    "ok",
    "error",
    "exact_one_off_fen",
    "annual_fen",
    "up_to_fen",
    "employees_per_month_fen",
    "employees_max_total_fen",
    "unquantified_count",
    "non_monetary_count",
    "items",
    "likely_count",
    "likely_one_off_fen",
    "likely_annual_fen",
    // The assessment's notices (an answer no rule of the city reads, a rate under 0.5%), in Chinese, joined by 「；」.
    "notices",
];

/// Streams profiles to results, one line at a time: memory stays flat.
/// One line of `srdi batch` JSONL output without `--detail full`.
#[derive(serde::Serialize)]
struct Summary<'a> {
    line: u64,
    ok: bool,
    applies: bool,
    totals: &'a srdi_rules::Totals,
    money: Vec<SummaryItem>,
    /// What the assessment says besides the figures (issue 18 §4: an answer no rule of the city
    /// reads, a rate under 0.5%): never dropped from the summary.
    notices: &'a [srdi_rules::Notice],
}

/// A money item in the summary: its headline figure (the sum, cap, per-year or
/// per-month amount) in fen. Other items are counted in `totals`.
#[derive(serde::Serialize)]
struct SummaryItem {
    rule_id: &'static str,
    kind: &'static str,
    fen: i64,
    flags: srdi_rules::eval::Flags,
}

/// Where `srdi batch` writes: JSONL (one object a line) or CSV (one row per input row).
enum Sink {
    Jsonl { w: BufWriter<Box<dyn Write>>, full: bool },
    Csv(Box<csv::Writer<BufWriter<Box<dyn Write>>>>),
}

impl Sink {
    fn write(&mut self, lineno: u64, result: Result<Assessment, String>) -> io::Result<()> {
        match (self, result) {
            (Sink::Jsonl { w, full: true }, Ok(a)) => {
                write!(w, "{{\"line\":{lineno},\"ok\":true,\"assessment\":")?;
                serde_json::to_writer(&mut *w, &a).map_err(io::Error::other)?;
                writeln!(w, "}}")
            }
            (Sink::Jsonl { w, full: false }, Ok(a)) => {
                use srdi_rules::Amount;
                let money = a
                    .items
                    .iter()
                    .filter(|i| matches!(i.amount, Amount::Exact { .. } | Amount::UpTo { .. } | Amount::Annual { .. } | Amount::Monthly { .. }))
                    .map(|i| SummaryItem { rule_id: i.rule.id, kind: i.amount.kind(), fen: i.amount.headline_fen(), flags: i.flags })
                    .collect();
                serde_json::to_writer(&mut *w, &Summary { line: lineno, ok: true, applies: a.applies, totals: &a.totals, money, notices: &a.notices }).map_err(io::Error::other)?;
                writeln!(w)
            }
            (Sink::Jsonl { w, .. }, Err(e)) => writeln!(w, "{{\"line\":{lineno},\"ok\":false,\"error\":{}}}", serde_json::Value::String(e)),
            (Sink::Csv(w), Ok(a)) => {
                let t = &a.totals;
                let ids: Vec<&str> = a.items.iter().map(|i| i.rule.id).collect();
                let n = |v: i64| v.to_string();
                w.write_record([
                    lineno.to_string(),
                    "true".into(),
                    String::new(),
                    n(t.exact_one_off_fen),
                    n(t.annual_fen),
                    n(t.up_to_fen),
                    n(t.employees_per_month_fen),
                    n(t.employees_max_total_fen),
                    t.unquantified_count.to_string(),
                    t.non_monetary_count.to_string(),
                    ids.join(" "),
                    t.likely_count.to_string(),
                    n(t.likely_one_off_fen),
                    n(t.likely_annual_fen),
                    a.notices.iter().map(|x| x.text().zh).collect::<Vec<_>>().join("；"),
                ])
                .map_err(csv_io)
            }
            (Sink::Csv(w), Err(e)) => {
                let mut row = vec![String::new(); CSV_OUT_HEADER.len()];
                row[0] = lineno.to_string();
                row[1] = "false".into();
                row[2] = e;
                w.write_record(&row).map_err(csv_io)
            }
        }
    }

    fn flush(self) -> io::Result<()> {
        match self {
            Sink::Jsonl { mut w, .. } => w.flush(),
            Sink::Csv(mut w) => w.flush(),
        }
    }
}

/// CSV records read one at a time, each with the file line it starts on: blank lines are
/// skipped but counted, and a quoted cell may run over several lines.
struct CsvLines<R> {
    reader: R,
    line: u64,
}

impl<R: BufRead> CsvLines<R> {
    fn next_record(&mut self) -> io::Result<Option<(u64, Vec<String>)>> {
        let mut text = String::new();
        let mut start = 0;
        loop {
            let before = text.len();
            if self.reader.read_line(&mut text)? == 0 {
                break;
            }
            self.line += 1;
            if text.trim().is_empty() {
                text.clear();
                continue;
            }
            if before == 0 {
                start = self.line;
            }
            // An odd number of quotes: a quoted cell goes on to the next line.
            if text.bytes().filter(|b| *b == b'"').count() % 2 == 0 {
                break;
            }
        }
        if text.trim().is_empty() {
            return Ok(None);
        }
        let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        r.read_record(&mut record).map_err(csv_io)?;
        Ok(Some((start, record.iter().map(str::to_owned).collect())))
    }
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::new(io::ErrorKind::InvalidData, format!("{other:?}")),
    }
}

/// Streams profiles to results record by record: memory stays flat whatever the input size.
/// CSV is read and written by the `csv` crate (quoted commas, quotes and line breaks in a cell);
/// `line` is the input line a record starts on.
fn batch(input: &str, output: &str, as_of: Date, full: bool) -> Result<(), Failure> {
    let reader: Box<dyn BufRead> = if input == "-" { Box::new(io::BufReader::new(io::stdin())) } else { Box::new(io::BufReader::new(std::fs::File::open(input)?)) };
    let writer: Box<dyn Write> = if output == "-" { Box::new(io::stdout()) } else { Box::new(std::fs::File::create(output)?) };
    let w = BufWriter::with_capacity(1 << 16, writer);
    let mut sink = if output.ends_with(".csv") {
        let mut w = csv::Writer::from_writer(w);
        w.write_record(CSV_OUT_HEADER).map_err(csv_io)?;
        Sink::Csv(Box::new(w))
    } else {
        Sink::Jsonl { w, full }
    };
    let mut failures = 0u64;
    let mut emit = |sink: &mut Sink, lineno: u64, result: Result<Assessment, String>| {
        failures += u64::from(result.is_err());
        sink.write(lineno, result)
    };
    if input.ends_with(".csv") {
        // One record at a time, numbered by the file line it starts on (blank lines counted).
        let mut records = CsvLines { reader, line: 0 };
        let Some((_, header)) = records.next_record()? else { return Ok(()) };
        let header: Vec<String> = header.iter().map(|h| h.trim_start_matches('\u{feff}').trim().to_owned()).collect();
        while let Some((lineno, row)) = records.next_record()? {
            let result = csv_row_to_profile(&header, &row).and_then(|p| evaluate(&p, as_of).map_err(|e| e.to_string()));
            emit(&mut sink, lineno, result)?;
        }
    } else {
        for (i, line) in reader.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let result = profile_from_json(line.trim_start_matches('\u{feff}')).and_then(|p| evaluate(&p, as_of)).map_err(|e| e.to_string());
            emit(&mut sink, i as u64 + 1, result)?;
        }
    }
    sink.flush()?;
    if failures > 0 {
        eprintln!("{failures} 行输入有误（见输出中的 error） / {failures} input lines had errors (see `error` in the output)");
    }
    Ok(())
}
