//! Office mode as a clerk uses it: a district's register with Chinese column names, in GBK,
//! with bad rows; its check list, sums, one-step list and workbook, with figures worked from
//! the texts (and the same figures the rules crate gives firm by firm).

use srdi_office::export;
use srdi_office::mapping::{How, Mapping, Target};
use srdi_office::run::YearKey;
use srdi_office::{run, Table};
use srdi_rules::money::{wan, yuan};
use srdi_rules::profile::City;
use srdi_rules::Date;

const AS_OF: Date = Date::ymd(2026, 11, 23);

/// A Jiangning / Gulou register as a clerk exports it: Chinese names, one column the form calls
/// otherwise (规模, 小巨人认定年份), one it does not know (联系人), amounts as people type them.
const REGISTER: &str = "企业名称,统一社会信用代码,所在城市,所在区,规模,属于制造业,小巨人认定年份,省级专精特新中小企业,项目贷款 1 · 设备购置部分（元）,项目贷款 1 · 年利率（%）,招用的博士毕业生（人）,联系人\n\
甲精密,91320115A,南京,江宁区,小型,是,2026,,,,2,王\n\
乙软件,91320106B,南京,鼓楼区,微型,,,2025,,,,李\n\
丙机械,91320115C,南京,江宁区,中型,是,,2024,2000万,3,,张\n\
丁材料,91320115D,南京,江宁区,小型,是,二〇二五,,,,,赵\n\
戊电子,91320106E,南京,鼓楼区,小型,,,,一千五,,,钱\n\
己科技,91320115F,南京,江宁区,小型\n\
庚智造,91320115G,南京,江宁区,小型,是,2026,,,,,孙\n";

fn gbk(s: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(s).0.into_owned()
}

#[test]
fn a_gbk_register_is_checked_row_by_row_and_summed_to_the_fen() {
    let table = Table::read(&gbk(REGISTER)).expect("reads");
    assert_eq!(table.encoding, "GBK");
    let mapping = Mapping::auto(&table.header);
    let unmatched: Vec<&str> = mapping.columns.iter().filter(|c| c.how == How::Unmatched).map(|c| c.name.as_str()).collect();
    assert_eq!(unmatched, ["联系人"], "the one column the form does not know is shown, not guessed");
    let r = run(&table, &mapping, AS_OF).expect("runs");

    // Three rows are left out and counted; each bad cell is named by row, column and the form's message.
    assert_eq!((r.rows, r.bad_rows, r.firms.len()), (7, 3, 4));
    let at = |line: u32| r.errors.iter().filter(|e| e.line == line).collect::<Vec<_>>();
    assert_eq!(at(5).len(), 1);
    assert_eq!(at(5)[0].column, "小巨人认定年份");
    assert!(at(5)[0].zh.contains("二〇二五"), "{:?}", at(5));
    assert_eq!(at(6)[0].column, "项目贷款 1 · 设备购置部分（元）");
    assert!(at(6)[0].zh.contains("一千五"), "1,005 or 1,500? asked, never guessed: {:?}", at(6));
    assert_eq!(at(7)[0].column, "属于制造业", "a short row is refused at its first missing column");
    assert!(at(7)[0].zh.starts_with("本行只有 5 个单元格，表头有 12 列"), "{:?}", at(7));

    // The figures (南京市若干措施（五）: a first little giant of 2026 gets 100 万元; （十三）: a PhD's rent
    // 2,400 元 a month; 省贴息: 2 points on a 2000 万 equipment loan at 3% = 40 万 a year).
    assert_eq!(r.total.one_off_fen, wan(200), "two first little giants of 2026");
    assert_eq!(r.total.staff_month_fen, yuan(4_800), "two PhDs at 2,400 元");
    assert_eq!(r.total.annual_fen, wan(40));
    assert_eq!(r.total.firms, 4);
    // The sums are each firm's totals added, as the rules crate gives them.
    let each: i64 = r.firms.iter().map(|f| f.totals.exact_one_off_fen).sum();
    assert_eq!(each, r.total.one_off_fen);

    // By rule: the award, its two firms; by district: Jiangning has 甲, 丙, 庚.
    let award = r.by_rule.iter().find(|(rule, _, _)| rule.id == "nanjing.5.little_giant_award").expect("the award");
    assert_eq!((award.2.firms, award.2.one_off_fen), (2, wan(200)));
    let jiangning = r.by_district.iter().find(|(d, _)| d == "江宁区").expect("江宁区");
    assert_eq!((jiangning.1.firms, jiangning.1.one_off_fen, jiangning.1.annual_fen), (3, wan(200), wan(40)));
    // The rules' certain one-off sums add up to the register's.
    let by_rule: i64 = r.by_rule.iter().map(|(_, _, s)| s.one_off_fen).sum();
    assert_eq!(by_rule, r.total.one_off_fen);
    let by_doc: i64 = r.by_document.iter().map(|(_, s)| s.annual_fen).sum();
    assert_eq!(by_doc, r.total.annual_fen);
    // The 贴息 is 2026's figure: its year says so.
    assert_eq!(r.by_year.iter().map(|(k, s)| (*k, s.annual_fen)).collect::<Vec<_>>(), vec![(YearKey::Scheme(2026), wan(40))]);
    let small = r.by_size.iter().find(|(s, _)| s.map(|s| s.zh()) == Some("小型")).expect("small");
    assert_eq!(small.1.firms, 2);
}

#[test]
fn one_step_away_ranks_firms_by_the_money_one_change_brings() {
    let table = Table::read(REGISTER.as_bytes()).expect("reads");
    let r = run(&table, &Mapping::auto(&table.header), AS_OF).expect("runs");
    // 乙 (provincial SRDI, micro) and 丙 (provincial, medium): a 单项冠军 first named this year brings
    // 300 万元 (（五）), more than any other single change.
    let first = &r.steps[0];
    assert_eq!(first.sums.one_off_fen, wan(300));
    assert_eq!(first.fix.describe().zh, "获评国家制造业单项冠军企业");
    let names: Vec<&str> = r.steps.iter().take(4).map(|s| r.firms[s.firm as usize].name.as_str()).collect();
    assert_eq!(&names[..2], ["甲精密", "乙软件"], "equal money: the earlier row first");
    // Filtered by the little-giant award: 乙 and 丙 (the two without the title), 100 万元 each.
    let lg: Vec<_> = r.steps.iter().filter(|s| s.has_rule("nanjing.5.little_giant_award")).collect();
    assert_eq!(lg.iter().map(|s| r.firms[s.firm as usize].name.as_str()).collect::<Vec<_>>(), ["乙软件", "丙机械"]);
    assert!(lg.iter().all(|s| s.sums.one_off_fen >= wan(100)));
    // Never worse than its parts: each step's sum is its benefits' added.
    for s in &r.steps {
        let one_off: i64 = s.rules.iter().filter_map(|(_, _, _, a)| if let srdi_rules::Amount::Exact { fen } = a { Some(*fen) } else { None }).sum();
        assert_eq!(one_off, s.sums.one_off_fen);
    }
}

#[test]
fn the_workbook_reads_back_with_its_sums_in_yuan_and_links() {
    use calamine::{Data, Reader, Xlsx};
    let table = Table::read(REGISTER.as_bytes()).expect("reads");
    let r = run(&table, &Mapping::auto(&table.header), AS_OF).expect("runs");
    let base = "https://example.org/srdi/index.html";
    let bytes = export::xlsx(&r, base).expect("writes");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).expect("opens");
    assert_eq!(book.sheet_names(), ["企业明细", "合计", "一步之遥", "数据检查"]);
    let firms = book.worksheet_range("企业明细").expect("firms");
    let header: Vec<String> = firms.rows().next().expect("header").iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..7], ["行号", "企业名称", "统一社会信用代码", "所在城市", "所在区", "企业规模", "一次性（元）"]);
    let jia = firms.rows().find(|row| row.get(1) == Some(&Data::String("甲精密".into()))).expect("甲");
    assert_eq!(jia[6], Data::Float(1_000_000.0));
    assert_eq!(jia[10], Data::Float(4_800.0));
    let link = jia.last().map(|c| c.to_string()).unwrap_or_default();
    assert!(link.starts_with("https://example.org/srdi/index.html#v=3&city=nanjing&district=%E6%B1%9F%E5%AE%81%E5%8C%BA&size=small"), "{link}");
    // The link reads back as the firm's answers.
    let (p, _) = srdi_rules::fields::from_share(link.split_once('#').map(|x| x.1).unwrap_or("")).expect("a share link");
    assert_eq!(srdi_rules::evaluate(&p, AS_OF).expect("valid").totals.exact_one_off_fen, wan(100));
    // 合计's first line is the register's.
    let totals = book.worksheet_range("合计").expect("totals");
    let all = totals.rows().nth(1).expect("the register's line");
    assert_eq!((all[0].to_string(), all[3].clone()), ("全部".to_owned(), Data::Float(2_000_000.0)));
    // The check list: one line per bad cell.
    let check = book.worksheet_range("数据检查").expect("check");
    assert_eq!(check.rows().count(), 1 + r.errors.len());
    // Office mode reads its own workbook as a register (the first sheet): the same firms.
    let again = Table::read(&bytes).expect("reads xlsx");
    assert_eq!((again.encoding, again.len()), ("XLSX", 4));

    // The CSV: UTF-8 with a mark, exact 元.
    let csv = String::from_utf8(export::csv(&export::firms(&r, base))).expect("utf-8");
    assert!(csv.starts_with("\u{feff}行号,企业名称,"));
    assert!(csv.lines().any(|l| l.starts_with("2,甲精密,91320115A,南京市,江宁区,小型,1000000,0,,0,4800,")), "{csv}");
}

#[test]
fn an_xlsx_register_reads_numbers_percentages_and_dates_as_typed() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["企业名称", "规模", "小巨人认定年份", "loans.1.equipment_yuan", "loans.1.rate_pct", "loans.1.start", "属于制造业"].iter().enumerate()
    {
        s.write_string(0, c as u16, *h).expect("header");
    }
    let pct = Format::new().set_num_format("0.00%");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    s.write_string(1, 0, "甲").expect("a");
    s.write_string(1, 1, "小型").expect("a");
    s.write_number(1, 2, 2026.0).expect("a");
    s.write_number(1, 3, 20_000_000.0).expect("a");
    // 3% typed into a percent cell is stored as 0.03: read as 3%, not 0.03%.
    s.write_number_with_format(1, 4, 0.03, &pct).expect("a");
    s.write_datetime_with_format(1, 5, ExcelDateTime::from_ymd(2026, 1, 1).expect("date"), &date).expect("a");
    s.write_boolean(1, 6, true).expect("a");
    let bytes = book.save_to_buffer().expect("saves");
    let table = Table::read(&bytes).expect("reads");
    let row = table.row(0).expect("row");
    assert_eq!((row.line, row.cell(2), row.cell(3), row.cell(4), row.cell(5), row.cell(6)), (2, "2026", "20000000", "3%", "2026-01-01", "是"));
    let mut m = Mapping::auto(&table.header);
    m.city = Some(City::Nanjing);
    assert_eq!(m.columns[0].target, Target::Name);
    let r = run(&table, &m, AS_OF).expect("runs");
    assert_eq!(r.bad_rows, 0, "{:?}", r.errors);
    // Nanjing small manufacturer, 2000 万 drawn 2026-01-01 at 3%: the 贴息 is 2 points a year, 40 万.
    assert_eq!(r.total.annual_fen, wan(40));
    assert_eq!(r.total.one_off_fen, wan(100));
}

/// A clerk maps a column of years to the month of first recognition (the name 「国家级小巨人首次认定」
/// matches nothing, and the month is the item next to the year): the mapping step says so at the
/// column, in the form's words, before any row is left out of the totals; mapped to the year, no note.
#[test]
fn a_column_mapped_to_the_wrong_field_is_named_while_mapping() {
    let csv = "企业名称,所在城市,规模,国家级小巨人首次认定\n甲,南京市,小型,2024\n乙,南京市,中型,2021\n丙,南京市,小型,\n";
    let table = Table::read(csv.as_bytes()).expect("reads");
    let mut m = Mapping::auto(&table.header);
    assert_eq!(m.columns[3].target, Target::Ignore, "the name is not one the calculator knows");
    m.set(3, Target::parse("titles.little_giant.first_month").expect("a field"));
    let notes = run::first_rows_check(&table, &m);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].field, "国家级小巨人首次认定");
    assert!(notes[0].zh.starts_with("前 3 行中有 2 行这一列读不出（如第 2 行：“2024”不是月份，应为 1–12）"), "{}", notes[0].zh);
    assert!(notes[0].en.contains("2 cannot be read in this column"), "{}", notes[0].en);
    m.set(3, Target::parse("titles.little_giant").expect("a field"));
    assert_eq!(run::first_rows_check(&table, &m), vec![]);
    // The run itself reads the rows as the check did: with the year, the ¥1M for the 2024 firm.
    let r = run(&table, &m, AS_OF).expect("runs");
    assert_eq!(r.bad_rows, 0);
}
