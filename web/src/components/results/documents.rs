//! 依据的文件: every document used, its dates (assumed ones explained) and standing.

use super::benefit::flag_badge;
use crate::i18n::Lang;
use srdi_rules::eval::DocumentStanding;
use srdi_rules::model::DateSpec;
use yew::prelude::*;

fn document_view(lang: Lang, d: &DocumentStanding) -> Html {
    let assumed = |spec: &DateSpec| match spec {
        DateSpec::Assumed { why_zh, why_en, .. } => Some(html! { <p class="assumption">{ lang.t(why_zh, why_en) }</p> }),
        DateSpec::Stated { .. } => None,
    };
    html! {
        <li>
            <span class="doc-title">{ format!("《{}》", d.title) }</span>
            { format!(" {} — {} ", d.effective_from.date(), d.effective_until.date()) }
            { for d.flags.iter().map(|f| flag_badge(lang, f)) }
            { for assumed(&d.effective_from) }
            { for assumed(&d.effective_until).filter(|_| d.effective_from != d.effective_until) }
        </li>
    }
}

/// The documents' list (a view function).
pub fn documents_view(lang: Lang, docs: &[DocumentStanding]) -> Html {
    html! {
        <section class="docs" aria-labelledby="docs-h">
            <h3 id="docs-h">{ lang.t("依据的文件", "Documents used") }</h3>
            <ul>{ for docs.iter().map(|d| document_view(lang, d)) }</ul>
        </section>
    }
}
