//! The results: totals kept apart (`totals`), 还可争取 with a one-click what-if
//! (`within_reach`), every benefit grouped by level and category (`benefit`,
//! with its 依据: quote and steps) and the documents and their standing (`documents`).

mod benefit;
mod documents;
mod totals;
mod within_reach;

use crate::embed::Sections;
use crate::i18n::Lang;
use crate::state::{Ctx, Evaluation};
use benefit::Benefit;
use documents::documents_view;
use srdi_rules::eval::Item;
use srdi_rules::model::{Category, Level};
use srdi_rules::Assessment;
use std::rc::Rc;
use totals::totals_view;
use within_reach::within_reach;
use yew::prelude::*;

#[derive(Properties)]
pub struct ResultsProps {
    pub assessment: Evaluation,
    /// The assessment with the previewed what-if applied, if any.
    pub what_if: Rc<Option<Assessment>>,
    pub sections: Sections,
}

impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment) && self.sections == other.sections && Rc::ptr_eq(&self.what_if, &other.what_if)
    }
}

#[function_component(ResultsView)]
pub fn results_view(props: &ResultsProps) -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let lang = state.lang;
    // Keep showing the last valid assessment while the input is wrong (shared, not copied).
    let last = use_mut_ref(|| None::<Rc<Assessment>>);
    if let Ok(a) = props.assessment.as_ref() {
        *last.borrow_mut() = Some(a.clone());
    }
    let Some(a) = last.borrow().clone() else {
        let msg = match props.assessment.as_ref() {
            Err(e) => e.errors.iter().map(|e| lang.t(&e.zh, &e.en).to_owned()).collect::<Vec<_>>().join("；"),
            Ok(_) => String::new(),
        };
        return html! { <section id="results" class="results" aria-live="polite"><p class="error">{ msg }</p></section> };
    };
    let groups: Vec<(Level, Category, Vec<&Item>)> = {
        let mut g: Vec<(Level, Category, Vec<&Item>)> = Vec::new();
        for level_is_province in [true, false] {
            for cat in Category::ALL {
                let items: Vec<&Item> = a.items.iter().filter(|i| (i.doc.level == Level::Province) == level_is_province && i.rule.category == cat).collect();
                if let Some(first) = items.first() {
                    g.push((first.doc.level, cat, items));
                }
            }
        }
        g
    };
    let non_monetary = a.items.iter().filter(|i| matches!(i.amount, srdi_rules::Amount::NonMonetary)).count();
    html! {
        <section id="results" class="results" aria-labelledby="results-h">
            <h2 id="results-h">{ lang.t("测算结果", "Results") }<span class="asof">{ format!(" · {} {}", lang.t("评估日期", "as of"), a.as_of) }</span></h2>
            { for a.notices.iter().map(|n| html! { <p class="notice-inline">{ crate::i18n::pick(lang, n).to_owned() }</p> }) }
            { totals_view(lang, &a.totals) }
            if props.sections.near && !a.near_misses.is_empty() {
                { within_reach(&state, &a, props.what_if.as_ref().as_ref()) }
            }
            { for groups.iter().map(|(level, cat, items)| html! {
                <section class={classes!("group", items.iter().all(|i| matches!(i.amount, srdi_rules::Amount::NonMonetary)).then_some("nm-only"))}>
                    <h3>{ format!("{} · {}", if *level == Level::Province { lang.t("省级", "Province") } else { lang.t("市级", "City") }, lang.t(cat.zh(), cat.en())) }</h3>
                    <ul class="items">{ for items.iter().map(|i| html! { <Benefit key={i.rule.id} lang={lang} item={(*i).clone()} /> }) }</ul>
                </section>
            }) }
            if a.applies && a.items.is_empty() {
                <p class="empty">{ lang.t("按目前的信息，暂无适用条目。填写资质与荣誉后再看看。", "Nothing applies yet. Add your titles and look again.") }</p>
            }
            <p class="print-only">{ match lang { Lang::Zh => format!("另有 {non_monetary} 项非资金支持（服务、绿色通道、优先等），详见网页版。"), Lang::En => format!("Plus {non_monetary} non-monetary benefits (services, green channels, priorities): see the web page.") } }</p>
            if props.sections.documents {
                { documents_view(lang, &a.documents) }
            }
        </section>
    }
}
