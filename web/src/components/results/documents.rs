//! 依据的文件: every document used, its dates and standing; why assumed dates are what they are
//! comes with the first-use part when the person opens 「为什么这样假定」.

use super::benefit::flag_badge;
use crate::i18n::Lang;
use srdi_rules::eval::{DocumentStanding, Flag};
use yew::prelude::*;

fn document_view(lang: Lang, d: &DocumentStanding) -> Html {
    html! {
        <li>
            <span class="doc-title">{ format!("《{}》", d.title) }</span>
            { format!(" {} — {} ", d.effective_from.date(), d.effective_until.date()) }
            { for d.flags.iter().map(|f| flag_badge(lang, f)) }
        </li>
    }
}

/// The documents' list (a view function). `why`: the reasons for assumed dates, once fetched;
/// `open`: asks for them (the same callback as a card's working).
pub fn documents_view(lang: Lang, docs: &[DocumentStanding], why: Option<&[(String, String, String)]>, open: Callback<Event>) -> Html {
    let assumed: Vec<&DocumentStanding> = docs.iter().filter(|d| d.flags.contains(&Flag::DateAssumed)).collect();
    html! {
        <section class="docs" aria-labelledby="docs-h">
            <h3 id="docs-h">{ lang.t("依据的文件", "Documents used") }</h3>
            <ul>{ for docs.iter().map(|d| document_view(lang, d)) }</ul>
            if !assumed.is_empty() {
                <details class="assumption" ontoggle={open}>
                    <summary>{ lang.t("为什么这些日期是假定的", "Why these dates are assumed") }</summary>
                    { match why {
                        Some(why) => html! { <>{ for assumed.iter().filter_map(|d| Some((d, why.iter().find(|w| w.0 == d.document)?))).map(|(d, w)| html! {
                            <p><strong>{ format!("《{}》", lang.t(d.short_zh, d.short_en)) }</strong>{ " " }{ w.1.clone() }{ " " }{ w.2.clone() }</p>
                        }) }</> },
                        None => html! { <p class="trace-wait" role="status">{ lang.t("正在载入…", "Loading…") }</p> },
                    } }
                </details>
            }
        </section>
    }
}
