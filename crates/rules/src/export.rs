//! Export: how results leave the crate — an [`Item`] serialised with its
//! rule's and document's fields spelled out, an amount's `kind` tag and
//! headline figure for tables, and [`Assessment::items_csv`].

use crate::money::Fen;
use crate::result::{Amount, Assessment, Item};
use serde::Serialize;

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (r, d) = (self.rule, self.doc);
        let mut st = s.serialize_struct("Item", 22)?;
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

impl Assessment {
    /// One CSV row per item (UTF-8 with BOM so spreadsheet programs read the Chinese).
    pub fn items_csv(&self) -> String {
        let mut out =
            String::from("\u{feff}rule_id,document,clause,name_zh,name_en,category,beneficiary,amount_kind,amount_fen,amount_zh,period,payment,flags,quote,likely_zh\n");
        for it in &self.items {
            let flags: Vec<&str> = it.flags.iter().map(|f| f.zh()).collect();
            let row = [
                it.rule.id.to_owned(),
                it.doc.source_file.to_owned(),
                it.clause.number.to_owned(),
                it.rule.name_zh.to_owned(),
                it.rule.name_en.to_owned(),
                it.rule.category.zh().to_owned(),
                it.rule.beneficiary.zh().to_owned(),
                it.amount.kind().to_owned(),
                it.amount.headline_fen().to_string(),
                it.amount_text().zh,
                it.rule.period.zh().to_owned(),
                it.rule.payment.zh().to_owned(),
                flags.join("、"),
                it.rule.quote.to_owned(),
                it.likely.map(|l| l.text().zh).unwrap_or_default(),
            ];
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        out
    }
}
