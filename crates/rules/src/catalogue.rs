//! The whole rule book flattened for listing: one entry per rule and per
//! not-applicable clause, each with its document, clause number and quote.

use crate::model::*;
use crate::policies;
use serde::Serialize;

/// One line of the rule book.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Rule id, or `<document>.<clause>` for a clause that is not a rule.
    pub id: String,
    /// Source file name.
    pub document: &'static str,
    pub document_zh: &'static str,
    pub clause: &'static str,
    pub quote: &'static str,
    /// `rule` or `not_applicable`.
    pub treatment: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// Why a clause is not a rule.
    pub reason_zh: Option<&'static str>,
    pub reason_en: Option<&'static str>,
    /// Serialised with the departments its clause names (see [`Listed`]).
    pub rule: Option<Listed>,
}

/// A rule as listed: its fields, with `departments` spelled out from its
/// clause where the rule does not name its own.
#[derive(Debug, Clone, Copy)]
pub struct Listed {
    pub rule: &'static Rule,
    pub departments: &'static str,
}

impl std::ops::Deref for Listed {
    type Target = Rule;
    fn deref(&self) -> &Rule {
        self.rule
    }
}

impl Serialize for Listed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let r = self.rule;
        let mut st = s.serialize_struct("Rule", 14)?;
        st.serialize_field("id", r.id)?;
        st.serialize_field("name_zh", r.name_zh)?;
        st.serialize_field("name_en", r.name_en)?;
        st.serialize_field("quote", r.quote)?;
        st.serialize_field("gist_en", r.gist_en)?;
        st.serialize_field("category", &r.category)?;
        st.serialize_field("beneficiary", &r.beneficiary)?;
        st.serialize_field("conditions", r.conditions)?;
        st.serialize_field("amount", &r.amount)?;
        st.serialize_field("period", &r.period)?;
        st.serialize_field("payment", &r.payment)?;
        st.serialize_field("departments", self.departments)?;
        st.serialize_field("external", &r.external)?;
        st.serialize_field("event", &r.event)?;
        st.end()
    }
}

/// Every rule and every not-applicable clause, in document and clause order.
pub fn entries() -> Vec<Entry> {
    let mut out = Vec::new();
    for doc in policies::ALL {
        for clause in doc.clauses {
            match &clause.treatment {
                Treatment::Section => {}
                Treatment::NotApplicable { quote, reason_zh, reason_en } => out.push(Entry {
                    id: format!("{}.{}", doc.source_file.trim_end_matches(".txt"), clause.number),
                    document: doc.source_file,
                    document_zh: doc.short_zh,
                    clause: clause.number,
                    quote,
                    treatment: "not_applicable",
                    name_zh: clause.heading,
                    name_en: "",
                    reason_zh: Some(reason_zh),
                    reason_en: Some(reason_en),
                    rule: None,
                }),
                Treatment::Rules { rules, .. } => {
                    for rule in rules.iter() {
                        out.push(Entry {
                            id: rule.id.to_owned(),
                            document: doc.source_file,
                            document_zh: doc.short_zh,
                            clause: clause.number,
                            quote: rule.quote,
                            treatment: "rule",
                            name_zh: rule.name_zh,
                            name_en: rule.name_en,
                            reason_zh: None,
                            reason_en: None,
                            rule: Some(Listed { rule, departments: clause.departments_for(rule) }),
                        })
                    }
                }
            }
        }
    }
    out
}

/// Every rule with its document and clause, in document and clause order.
pub fn rules() -> impl Iterator<Item = (&'static Document, &'static Clause, &'static Rule)> {
    policies::ALL.iter().copied().flat_map(|doc| {
        doc.clauses.iter().flat_map(move |c| {
            let rules: &'static [Rule] = match &c.treatment {
                Treatment::Rules { rules, .. } => rules,
                _ => &[],
            };
            rules.iter().map(move |r| (doc, c, r))
        })
    })
}

/// Finds a rule by id.
pub fn rule(id: &str) -> Option<(&'static Document, &'static Clause, &'static Rule)> {
    rules().find(|(_, _, r)| r.id == id)
}
