//! Export: how results leave the crate — an [`Item`] serialised with its
//! rule's and document's fields spelled out, an amount's `kind` tag and
//! headline figure for tables, and [`Assessment::items_csv`] (the table a clerk opens).

use crate::money::{yuan_cell, Fen};
use crate::result::{Amount, Assessment, Item};
use serde::Serialize;

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (r, d) = (self.rule, self.doc);
        let mut st = s.serialize_struct("Item", 23)?;
        st.serialize_field("rule_id", r.id)?;
        st.serialize_field("document", d.source_file)?;
        st.serialize_field("document_zh", d.short_zh)?;
        st.serialize_field("document_en", d.short_en)?;
        st.serialize_field("level", &d.level)?;
        st.serialize_field("clause", self.clause.number)?;
        st.serialize_field("quote", r.quote)?;
        st.serialize_field("gist_en", r.gist_en)?;
        st.serialize_field("name_zh", r.name_zh)?;
        st.serialize_field("name_en", r.name_en)?;
        st.serialize_field("category", &r.category)?;
        st.serialize_field("beneficiary", &r.beneficiary)?;
        st.serialize_field("amount", &self.amount)?;
        st.serialize_field("amount_text", &self.amount_text())?;
        st.serialize_field("until", &self.until)?;
        st.serialize_field("period", &r.period)?;
        st.serialize_field("payment", &r.payment)?;
        st.serialize_field("departments", self.clause.departments_for(r))?;
        st.serialize_field("flags", &self.flags)?;
        st.serialize_field("external", &r.external)?;
        st.serialize_field("trace", &self.trace())?;
        st.serialize_field("stacking", &self.stacking)?;
        st.serialize_field("likely", &self.likely)?;
        st.end()
    }
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

impl Amount {
    /// The headline figure in fen for tables: exact, cap, per year, evaluated price, fee ceiling; 0 otherwise.
    pub fn headline_fen(&self) -> Fen {
        match *self {
            Amount::Exact { fen } | Amount::Annual { fen } => fen,
            Amount::UpTo { cap_fen } => cap_fen,
            Amount::Monthly { per_month_fen, .. } => per_month_fen,
            Amount::EvaluationPrice { evaluated_fen, .. } => evaluated_fen,
            Amount::FeeCeiling { max_fee_fen, .. } => max_fee_fen,
            Amount::RateCeiling { .. } | Amount::Unquantified { .. } | Amount::NonMonetary => 0,
        }
    }
    /// The `kind` tag as serialised.
    pub fn kind(&self) -> &'static str {
        match self {
            Amount::Exact { .. } => "exact",
            Amount::UpTo { .. } => "up_to",
            Amount::Monthly { .. } => "monthly",
            Amount::Annual { .. } => "annual",
            Amount::EvaluationPrice { .. } => "evaluation_price",
            Amount::FeeCeiling { .. } => "fee_ceiling",
            Amount::RateCeiling { .. } => "rate_ceiling",
            Amount::Unquantified { .. } => "unquantified",
            Amount::NonMonetary => "non_monetary",
        }
    }
}

/// The language of an export's headers and words (the quote stays as the text has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Zh,
    En,
}

impl Language {
    fn t<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Language::Zh => zh,
            Language::En => en,
        }
    }
}

impl Amount {
    /// What kind of sum it is, in words for a table: 一次性, 每年, 最高…
    pub fn kind_words(&self) -> (&'static str, &'static str) {
        match self {
            Amount::Exact { .. } => ("一次性", "one-off"),
            Amount::UpTo { .. } => ("最高（上限）", "up to (cap)"),
            Amount::Monthly { .. } => ("每月（发给员工）", "a month (to staff)"),
            Amount::Annual { .. } => ("每年", "a year"),
            Amount::EvaluationPrice { .. } => ("评审价", "evaluation price"),
            Amount::FeeCeiling { .. } => ("费率上限", "fee ceiling"),
            Amount::RateCeiling { .. } => ("利率上限", "rate ceiling"),
            Amount::Unquantified { .. } => ("金额未明确", "amount not stated"),
            Amount::NonMonetary => ("非资金支持", "non-monetary"),
        }
    }
}

impl Assessment {
    /// The items as a table a finance clerk opens in Excel or WPS: UTF-8 with a BOM, headers
    /// in `lang`, one row per item, the document by its title, sums in 元 (a number, only for
    /// sums: one-off, yearly, cap, monthly), the evaluation price in its own column.
    pub fn items_csv(&self, lang: Language) -> String {
        let t = |zh, en| lang.t(zh, en);
        let headers = [
            t("文件", "Document"),
            t("简称", "Short name"),
            t("条款", "Clause"),
            t("项目", "Benefit"),
            t("类别", "Category"),
            t("受益方", "For"),
            t("金额类型", "Kind"),
            t("金额（元）", "Amount (yuan)"),
            t("评审价（元）", "Evaluation price (yuan)"),
            t("金额说明", "Amount in words"),
            t("期限", "Period"),
            t("发放方式", "Paid how"),
            t("计入合计", "Counted in totals"),
            t("提示", "Notes"),
            t("原文", "Text (Chinese)"),
            t("编号", "Rule id"),
        ];
        let mut out = String::from("\u{feff}");
        out.push_str(&headers.join(","));
        out.push('\n');
        for it in &self.items {
            let (r, d) = (it.rule, it.doc);
            let flags: Vec<&str> = it.flags.iter().map(|f| t(f.zh(), f.en())).collect();
            let (kind_zh, kind_en) = it.amount.kind_words();
            let amount = if it.amount.is_summed() { yuan_cell(it.amount.headline_fen()) } else { String::new() };
            let price = match it.amount {
                Amount::EvaluationPrice { evaluated_fen, .. } => yuan_cell(evaluated_fen),
                _ => String::new(),
            };
            // The rent raise apart from the base subsidy, after the amount's words.
            let mut words = it.amount_text();
            if let Some(split) = it.rent_split().map(|x| x.text()) {
                words.zh = format!("{}；{}", words.zh, split.zh);
                words.en = format!("{}; {}", words.en, split.en);
            }
            // Only likely (readings A1, A4): kept out of the certain totals, with the reason.
            let counted = it.in_force() && it.likely.is_none();
            let mut notes = flags.join(t("、", "; "));
            if let Some(l) = it.likely {
                let why = l.text();
                notes.push_str(t("；", "; "));
                notes.push_str(lang.t(&why.zh, &why.en));
            }
            let row = [
                format!("《{}》", t(d.title, d.title_en)),
                t(d.short_zh, d.short_en).to_owned(),
                it.clause.number.to_owned(),
                t(r.name_zh, r.name_en).to_owned(),
                t(r.category.zh(), r.category.en()).to_owned(),
                t(r.beneficiary.zh(), r.beneficiary.en()).to_owned(),
                t(kind_zh, kind_en).to_owned(),
                amount,
                price,
                lang.t(&words.zh, &words.en).to_owned(),
                t(r.period.zh(), r.period.en()).to_owned(),
                t(r.payment.zh(), r.payment.en()).to_owned(),
                t(if counted { "是" } else { "否" }, if counted { "yes" } else { "no" }).to_owned(),
                notes,
                r.quote.to_owned(),
                r.id.to_owned(),
            ];
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        out
    }
}

/// The number of columns of [`Assessment::items_csv`].
const CSV_COLUMNS: usize = 16;

/// A cell a spreadsheet must not read as a formula (`=`, `+`, `-`, `@` first): the user's own
/// text (a district's name) is written with a leading apostrophe, as Excel and WPS expect.
fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@']) {
        csv_cell(&format!("'{s}"))
    } else {
        csv_cell(s)
    }
}

impl Assessment {
    /// [`Assessment::items_csv`] and, under the items, what the figures were worked out from
    /// (issue 20 §4): after one empty line, rows of two cells padded to the table's width — the
    /// receipt (`核验码`, checked by `srdi verify` or the JS API's `verify`), the as-of date, the
    /// rules' version, the answer code (the share link's fragment, which reopens the same answers)
    /// and each answer as the printed card lists it (`答案`, its label, its value).
    ///
    /// Why under the items and not above: a spreadsheet, pandas or R takes the first line as the
    /// header, which stays the table's own; an empty line ends the table for a reader that stops
    /// there, and every extra row leaves `编号`/`Rule id` (the last column) empty where each item
    /// has its rule's id, so a script that keeps the rows with an id keeps only the items.
    /// `profile` must be the profile this assessment was worked out from.
    pub fn items_csv_with_answers(&self, profile: &crate::profile::Profile, lang: Language) -> String {
        let t = |zh, en| lang.t(zh, en);
        let mut out = self.items_csv(lang);
        let mut row = |cells: &[&str]| {
            let mut all: Vec<String> = cells.iter().map(|c| text_cell(c)).collect();
            all.resize(CSV_COLUMNS, String::new());
            out.push_str(&all.join(","));
            out.push('\n');
        };
        let receipt = crate::receipt::Receipt::of(profile, self);
        let (as_of, code) = (self.as_of.to_string(), receipt.code());
        let share = crate::fields::to_share(profile);
        row(&[]);
        row(&[t("核验码", "Receipt"), &code]);
        row(&[t("评估日期", "As of"), &as_of]);
        row(&[t("规则版本", "Rules version"), self.rules_version]);
        row(&[t("答案代码", "Answer code"), &share]);
        for (_, label, value) in crate::fields::answers(profile) {
            row(&[t("答案", "Answer"), lang.t(&label.zh, &label.en), lang.t(&value.zh, &value.en)]);
        }
        // `row` pads the empty line too: make it truly empty.
        out.replace(&format!("\n{}\n", ",".repeat(CSV_COLUMNS - 1)), "\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{City, Size};
    use crate::{evaluate, Date, Profile};

    fn nanjing() -> Assessment {
        let mut p = Profile::new(City::Nanjing, Size::Micro);
        p.titles.set(crate::profile::Title::LittleGiant, Some(2026));
        p.procurement.bid_price_yuan = 1_234_567;
        p.talent.graduates_phd = 2;
        evaluate(&p, Date::ymd(2026, 11, 23)).expect("valid")
    }

    fn row<'a>(csv: &'a str, id: &str) -> Vec<&'a str> {
        let line = csv.lines().find(|l| l.ends_with(id)).unwrap_or_else(|| panic!("no row for {id}"));
        // These rows quote no commas before the quote column; split the leading cells only.
        line.splitn(15, ',').collect()
    }

    #[test]
    fn a_clerk_opens_the_table_in_chinese_with_sums_in_yuan() {
        let csv = nanjing().items_csv(Language::Zh);
        assert!(csv.starts_with("\u{feff}文件,简称,条款,项目,类别,受益方,金额类型,金额（元）,评审价（元）,金额说明,"), "{}", &csv[..120]);
        let award = row(&csv, "nanjing.5.little_giant_award");
        assert_eq!(award[0], "《关于促进专精特新中小企业高质量发展的若干措施》");
        assert_eq!(award[1], "南京市若干措施");
        assert_eq!((award[6], award[7], award[8], award[9]), ("一次性", "1000000", "", "100 万元"));
        // 2 PhDs × 2,400 元 a month, paid to the graduates.
        let rent = row(&csv, "nanjing.13.graduate_rent_subsidy");
        assert_eq!((rent[5], rent[7]), ("企业员工", "4800"));
        // A micro enterprise's bid of 1,234,567 元 is compared at 987,653.60 元 (20% off), to the fen;
        // the price is not a sum the enterprise receives, so 金额（元） stays empty.
        let price = csv.lines().find(|l| l.contains("评审价,")).expect("a price row");
        assert!(price.contains(",评审价,,987653.60,"), "{price}");
    }

    /// Issue 16 item 4 (readings B9a): on 2026-12-04 the 贴息's row says its figure is 2026's and
    /// that 2027 is not announced; the sum stays a plain number.
    #[test]
    fn the_interest_subsidy_row_names_its_scheme_year() {
        let mut p = Profile::new(City::Xuzhou, Size::Small);
        p.manufacturing = true;
        p.finance.equipment_loan_yuan = 50_000_000;
        let a = evaluate(&p, Date::ymd(2026, 12, 4)).expect("valid");
        let zh = a.items_csv(Language::Zh);
        let row = row(&zh, "jiangsu_measures.7.loan_interest_subsidy");
        assert_eq!((row[6], row[7], row[9]), ("每年", "1000000", "2026 年 100 万元；2027 年起未公布"));
        let en = a.items_csv(Language::En);
        assert!(en.contains(",a year,1000000,,\"2026: ¥1,000,000; from 2027 not announced\","), "{en}");
    }

    /// Issue 20 §4: under the items, after an empty line, the receipt, the date, the rules'
    /// version, the answer code and the answers; each such row as wide as the table, its rule id
    /// empty. The text reads back through `verify`.
    #[test]
    fn the_csv_carries_its_receipt_and_answers_under_the_items() {
        let mut p = Profile::new(City::Nanjing, Size::Micro);
        p.titles.set(crate::profile::Title::LittleGiant, Some(2026));
        p.procurement.bid_price_yuan = 1_234_567;
        p.talent.graduates_phd = 2;
        p.district = Some("=工业园区".into());
        let a = evaluate(&p, Date::ymd(2026, 11, 23)).expect("valid");
        let csv = a.items_csv_with_answers(&p, Language::Zh);
        assert!(csv.starts_with(&a.items_csv(Language::Zh)), "the table itself is unchanged");
        let tail = &csv[a.items_csv(Language::Zh).len()..];
        let lines: Vec<&str> = tail.lines().collect();
        assert_eq!(lines[0], "", "an empty line ends the table");
        assert!(lines[1].starts_with("核验码,SRDI1:2026-12-04:2026-11-23:"), "{}", lines[1]);
        assert_eq!(lines[2], format!("评估日期,2026-11-23{}", ",".repeat(14)));
        assert!(lines[4].starts_with("答案代码,v=3&city=nanjing&district=%3D%E5%B7%A5"), "{}", lines[4]);
        assert!(lines.contains(&format!("答案,所在城市,南京市{}", ",".repeat(13)).as_str()), "{tail}");
        assert!(lines.contains(&format!("答案,招用的博士毕业生（人）,2 人{}", ",".repeat(13)).as_str()), "{tail}");
        assert!(tail.contains("答案,所在区（园区）,'=工业园区,"), "a typed formula is text: {tail}");
        // Every extra row is as wide as the table and leaves the rule id empty.
        for l in &lines[1..] {
            assert!(l.ends_with(&",".repeat(13)), "{l}");
            assert!(!l.ends_with(&",".repeat(16)), "{l}");
        }
        let v = crate::receipt::verify(tail).expect("the CSV's own receipt and answers");
        assert!(v.matches(), "{:?}", v.text);
        let en = a.items_csv_with_answers(&p, Language::En);
        assert!(en.contains("\nReceipt,SRDI1:") && en.contains("\nAnswer,") && en.contains(",Nanjing,"), "{en}");
    }

    #[test]
    fn english_mode_has_english_headers_and_titles() {
        let csv = nanjing().items_csv(Language::En);
        assert!(csv.starts_with("\u{feff}Document,Short name,Clause,Benefit,Category,For,Kind,Amount (yuan),Evaluation price (yuan),"));
        assert!(csv.contains("Measures to Promote the High-Quality Development of SRDI SMEs (Nanjing)"));
        assert!(!csv.contains(".txt"), "no file names");
    }
}
