//! One benefit (an `Item`): its name and amount, who receives it, how it is
//! paid, its flags, and its 依据 (document, clause; the verbatim quote and the steps come with
//! the first-use part when the card is opened or printed).

use crate::i18n::{pick, Lang};
use crate::state::Opened;
use srdi_rules::eval::{Flag, Item};
use srdi_rules::model::Payment;
use yew::prelude::*;

pub fn flag_badge(lang: Lang, f: Flag) -> Html {
    let class = match f {
        Flag::Draft => "badge draft",
        Flag::Expired | Flag::NotYetInForce => "badge expired",
        Flag::DateAssumed => "badge assumed",
        Flag::ExternalSource => "badge external",
        Flag::Likely => "badge likely",
    };
    html! { <span class={class}>{ lang.t(f.zh(), f.en()) }</span> }
}

#[derive(Properties, PartialEq)]
pub struct BenefitProps {
    pub lang: Lang,
    pub item: Item,
    /// Its working and passages, once fetched (from the part loaded on first use: `state::load_steps`).
    pub opened: Option<std::rc::Rc<Opened>>,
    /// The working could not be fetched (offline before the first use).
    pub failed: bool,
    /// Asks for the working (a stable callback: opening a card's 依据与计算).
    pub want_steps: Callback<()>,
}

/// One benefit; re-rendered only when it reads differently (see `Item`'s `PartialEq`).
#[function_component(Benefit)]
pub fn benefit(props: &BenefitProps) -> Html {
    let (lang, it) = (props.lang, &props.item);
    // The working is fetched when a card's 依据与计算 is first opened (or the card printed).
    // Once fetched, opening it again asks for nothing.
    let on_toggle = if props.opened.is_some() { Callback::noop() } else { super::when_opened(props.want_steps.clone()) };
    let payment = (it.rule.payment != Payment::NotStated).then(|| html! { <span class="badge pay">{ lang.t(it.rule.payment.zh(), it.rule.payment.en()) }</span> });
    // An outside figure's source and note come with the working (`Opened`).
    let external = props.opened.as_ref().filter(|o| !o.source.is_empty()).map(|o| {
        html! {
            <p class="external">
                <strong>{ lang.t("外部来源：", "Outside source: ") }</strong>{ o.source.clone() }<br />{ o.note.clone() }
            </p>
        }
    });
    let stacking = it.stacking.as_ref().map(|s| html! { <p class="stacking">{ pick(lang, &s.text()).to_owned() }</p> });
    // Only likely (readings A1): the reason, in the note's style.
    let likely = it.likely.map(|l| html! { <p class="stacking likely">{ pick(lang, &l.text()).to_owned() }</p> });
    html! {
        <li class={classes!("item", matches!(it.amount, srdi_rules::Amount::NonMonetary).then_some("nm"))} data-rule={it.rule.id}>
            <div class="item-head">
                <span class="item-name">{ lang.t(it.rule.name_zh, it.rule.name_en) }</span>
                // A yearly figure certain only so long says so in its words (`2026 年 100 万元；2027 年起未公布`).
                <span class={classes!("amount", it.amount.kind(), it.until.is_some().then_some("until"))}>{ pick(lang, &it.amount_text()).to_owned() }</span>
            </div>
            <div class="item-meta">
                <span class="badge who">{ lang.t("受益：", "For: ") }{ lang.t(it.rule.beneficiary.zh(), it.rule.beneficiary.en()) }</span>
                { for payment }
                // A date assumption is said once per document (依据的文件), not on every card.
                { for it.flags.iter().filter(|f| *f != Flag::DateAssumed).map(|f| flag_badge(lang, f)) }
            </div>
            // The rent raise apart from the base subsidy (the rules' own split of the amount).
            if let Some(split) = it.rent_split() { <p class="split">{ pick(lang, &split.text()).to_owned() }</p> }
            // Why an amount is only likely is said on the card itself, not inside the working.
            { for likely }
            // The citation prints, and with it the quote once the first-use part has come (the
            // 打印 button waits for it; the browser's own print before any card was opened has none).
            <p class="print-cite">{ format!("《{}》{}", it.doc.short_zh, it.clause.number) }{ for props.opened.as_ref().map(|o| format!("：{}", o.quote)) }</p>
            <details ontoggle={on_toggle}>
                <summary>{ lang.t("依据与计算", "Source and working") }</summary>
                <p class="cite">{ format!("《{}》{}", lang.t(it.doc.short_zh, it.doc.short_en), it.clause.number) }</p>
                { match &props.opened {
                    Some(o) => html! {
                        <>
                            <blockquote lang="zh-CN">{ o.quote.clone() }</blockquote>
                            if lang.shown() == Lang::En { <p class="gist">{ o.gist_en.clone() }</p> }
                            if !o.steps.is_empty() { <ol class="trace">{ for o.steps.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ol> }
                        </>
                    },
                    None if props.failed => html! { <p class="trace-wait">{ lang.t("原文和计算过程未能载入（可能已断网）；联网后再打开即可。数据不会上传。", "The clause's text and the working could not be loaded (perhaps you are offline); open this again when online. Nothing is uploaded.") }</p> },
                    None => html! { <p class="trace-wait" role="status">{ lang.t("正在载入原文和计算过程…", "Loading the clause's text and the working…") }</p> },
                } }
                { for external }
                { for stacking }
                if let Some(o) = &props.opened { <p class="dept">{ lang.t("责任单位：", "Departments: ") }{ o.departments.clone() }</p> }
            </details>
        </li>
    }
}
