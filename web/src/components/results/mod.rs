//! The results, ordered by what they are worth to this firm: the totals
//! (`totals`), then the money — one-off sums, yearly, staff's, caps, amount not
//! stated — then 还可争取 (`within_reach`), prices and rates, the services
//! (collapsed), the expired and not-yet-in-force items (collapsed), and the
//! documents (`documents`). Each benefit is a `benefit`; `card` adds what the
//! printed 政策明白卡 needs (the answers used, the date, the version, the link and its QR code).

mod benefit;
mod card;
mod documents;
mod totals;
mod within_reach;

use crate::embed::Sections;
use crate::i18n::Lang;
use crate::state::{Ctx, Evaluation};
use benefit::Benefit;
use documents::documents_view;
use srdi_rules::eval::{Flag, Item};
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
    /// The share link, where the page has one (standalone): printed with its QR code.
    pub share: Option<String>,
}

impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment) && self.sections == other.sections && Rc::ptr_eq(&self.what_if, &other.what_if) && self.share == other.share
    }
}

/// The result cards; each gets its working if fetched (`steps`).
fn items(lang: Lang, items: &[&Item], w: &Working) -> Html {
    html! { <ul class="items">{ for items.iter().map(|i| {
        let opened = w.steps.and_then(|s| s.by_rule.iter().find(|(id, _)| id == i.rule.id)).map(|(_, o)| o.clone());
        html! { <Benefit key={i.rule.id} lang={lang} item={(*i).clone()} opened={opened} failed={w.failed} want_steps={w.want.clone()} /> }
    }) }</ul> }
}

/// A `<details>`'s toggle handler that asks for what the first-use part brings when it opens.
pub(super) fn when_opened(want: Callback<()>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        use wasm_bindgen::JsCast;
        if e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open()) {
            want.emit(());
        }
    })
}

/// The items' working as the cards need it: fetched or not, failed or not, and how to ask.
struct Working<'a> {
    steps: Option<&'a crate::state::Steps>,
    failed: bool,
    want: Callback<()>,
}

/// The fields in error (text that cannot be read, or an answer a check refuses): they count as
/// not given, and the totals say so, each named as the printed card names it, with a link to it.
fn not_counted(lang: Lang, state: &crate::state::State) -> Html {
    // Refused as typed, or refused by a check (a 大型 firm's 小巨人 year): not counted either way.
    let refused: Vec<srdi_rules::Path> =
        state.errors.keys().chain(state.checks.keys().filter(|p| !state.errors.contains_key(p) && state.shown_error(**p).is_some())).copied().collect();
    if refused.is_empty() || state.counted == state.profile && state.errors.is_empty() {
        return html! {};
    }
    let n = refused.len();
    let head = match lang.shown() {
        Lang::Zh => format!("有 {n} 项填写有误，未计入："),
        Lang::En => format!("{n} {} could not be used and {} not counted: ", if n == 1 { "entry" } else { "entries" }, if n == 1 { "is" } else { "are" }),
    };
    let links = refused.iter().enumerate().map(|(i, path)| {
        let label = srdi_rules::fields::label(*path).map(|t| crate::i18n::pick(lang, &t).to_owned()).unwrap_or_default();
        html! { <>{ if i > 0 { lang.t("、", ", ") } else { "" } }<a href={format!("#{}", crate::components::form::dom_id(*path))}>{ label }</a></> }
    });
    html! { <p class="not-counted" role="status">{ head }{ for links }</p> }
}

/// A host's answers not yet confirmed are not in the figures: said above them.
fn from_host(lang: Lang, state: &crate::state::State) -> Html {
    let n = state.from_host.len();
    if n == 0 {
        return html! {};
    }
    let name = crate::components::form::host_name(lang, state);
    html! { <p class="not-counted" role="status"><a href="#prefill-h">{ match lang.shown() {
        Lang::Zh => format!("{name}填入的 {n} 项待您核对，核对前未计入。"),
        Lang::En => format!("{n} filled in by {name} await your check and are not counted yet."),
    } }</a></p> }
}

#[function_component(ResultsView)]
pub fn results_view(props: &ResultsProps) -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let lang = state.lang;
    // The working, fetched when first asked for: one stable callback (the cards do not re-render
    // for it) that reads the latest state when called.
    let failed = use_state(|| false);
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let want = {
        let (latest, failed) = (latest.clone(), failed.clone());
        (*use_memo((), move |_| {
            Callback::from(move |_| {
                let failed = failed.clone();
                let s = latest.borrow().clone();
                crate::state::load_steps(&s, move |ok| failed.set(!ok));
            })
        }))
        .clone()
    };
    // Once fetched, the working follows the answers, the date and the language.
    {
        let want = want.clone();
        let stale = (state.steps.is_some() && state.steps_now().is_none()).then(|| (state.counted.clone(), state.as_of, state.lang));
        use_effect_with(stale, move |k| {
            if k.is_some() {
                want.emit(());
            }
        });
    }
    // The link and its QR code appear once the page runs (not in the prerendered HTML).
    let running = use_state(|| false);
    {
        let running = running.clone();
        use_effect_with((), move |_| running.set(true));
    }
    // The services and the expired items (most of the cards: 46 and 31 for a Nanjing firm) are made
    // when their folded group is first opened, not on every answer while nobody looks at them.
    let groups_seen = use_state(|| [false; 2]);
    let seen = |g: usize| {
        let groups_seen = groups_seen.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let open = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open());
            if open && !groups_seen[g] {
                let mut v = *groups_seen;
                v[g] = true;
                groups_seen.set(v);
            }
        })
    };
    let link = props.share.as_deref().filter(|_| *running).and_then(crate::storage::share_url);
    // The QR code is made when the card is first printed (toolbar), for the link it was made for.
    let qr = state.qr.as_ref().filter(|q| link.as_deref() == Some(q.0.as_str())).map(|q| (q.1, q.2.as_str()));
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
    let working = Working { steps: state.steps_now(), failed: *failed, want };
    // A <details> that shows what the first-use part brings (the timeline, why dates are assumed)
    // asks for it when first opened.
    let on_open = when_opened(working.want.clone());
    let (in_force, lapsed): (Vec<&Item>, Vec<&Item>) = a.items.iter().partition(|i| i.in_force());
    // Money in the rules' order (`Amount::money_rank`: one-off, yearly, staff's, caps, not stated),
    // in buckets in document order, not a sort (a sort costs kilobytes of wasm).
    let money: Vec<&Item> = (0..5).flat_map(|r| in_force.iter().copied().filter(move |i| i.amount.money_rank() == Some(r))).collect();
    let prices: Vec<&Item> = in_force.iter().copied().filter(|i| i.amount.money_rank().is_none() && !i.is_service()).collect();
    // The services: the rules' one definition (`Item::is_service`), which the totals' count, this
    // list's summary and the printed card all read.
    let services: Vec<&Item> = in_force.iter().copied().filter(|i| i.is_service()).collect();
    // Services grouped by level and category, inside one collapsed section.
    let mut groups: Vec<(Level, Category, Vec<&Item>)> = Vec::new();
    for level_is_province in [true, false] {
        for cat in Category::ALL {
            let g: Vec<&Item> = services.iter().copied().filter(|i| (i.doc.level == Level::Province) == level_is_province && i.rule.category == cat).collect();
            if let Some(first) = g.first() {
                groups.push((first.doc.level, cat, g));
            }
        }
    }
    let assumed = a.items.iter().any(|i| i.flags.contains(&Flag::DateAssumed));
    let count = |zh: &str, en: &str, n: usize| match lang.shown() {
        Lang::Zh => format!("{zh}（{n} 项）"),
        Lang::En => format!("{en} ({n})"),
    };
    html! {
        <section id="results" class="results" aria-labelledby="results-h">
            <h2 id="results-h">{ lang.t("测算结果", "Results") }{ " " }<span class="asof">{ format!("{} ", lang.t("评估日期", "As of")) }<span class="nowrap">{ a.as_of.to_string() }</span></span></h2>
            // A rate under 0.5% is said under its field on screen (`fields::hint`); here only on the
            // printed card (no form there), the field named by its label.
            { for a.notices.iter().map(|n| match n {
                srdi_rules::Notice::LowRate { at, bp } => {
                    let label = srdi_rules::fields::label(*at).map(|l| crate::i18n::pick(lang, &l).to_owned()).unwrap_or_default();
                    html! { <p class="print-only card-warn">{ format!("{label}{}{}", lang.t("：", ": "), crate::i18n::pick(lang, &srdi_rules::fields::low_rate_line(*bp))) }</p> }
                }
                _ => html! { <p class="notice-inline">{ crate::i18n::pick(lang, &n.text()).to_owned() }</p> },
            }) }
            { from_host(lang, &state) }
            { not_counted(lang, &state) }
            { totals_view(lang, &a) }
            if !money.is_empty() {
                <section class="group money" aria-labelledby="money-h">
                    <h3 id="money-h">{ lang.t("资金支持", "Money") }</h3>
                    { items(lang, &money, &working) }
                </section>
            }
            // When the money comes (issue 20 §2): written by the first-use part when first opened.
            if !money.is_empty() {
                <details class="timeline" ontoggle={on_open.clone()}>
                    <summary>{ lang.t("发放时间表（按年、月）", "When the money comes (by year and month)") }</summary>
                    { match working.steps {
                        Some(w) => Html::from_html_unchecked(w.timeline.clone()),
                        None => html! { <p class="trace-wait" role="status">{ if working.failed { lang.t("时间表未能载入（可能已断网）。", "The timeline could not be loaded (perhaps you are offline).") } else { lang.t("正在载入时间表…", "Loading the timeline…") } }</p> },
                    } }
                </details>
            }
            if props.sections.near && !a.near_misses.is_empty() {
                { within_reach(&state, &a, props.what_if.as_ref().as_ref()) }
            }
            if !prices.is_empty() {
                <section class="group prices" aria-labelledby="prices-h">
                    <h3 id="prices-h">{ lang.t("价格与费率", "Prices and rates") }</h3>
                    { items(lang, &prices, &working) }
                </section>
            }
            if !services.is_empty() {
                <details class="group services" ontoggle={seen(0)}>
                    <summary>{ count("服务、优先与资格（非资金支持）", "Services, priorities and qualifications (non-monetary)", a.totals.non_monetary_count as usize) }</summary>
                    { for groups.iter().filter(|_| groups_seen[0]).map(|(level, cat, g)| html! {
                        <>
                            <h4>{ format!("{} · {}", if *level == Level::Province { lang.t("省级", "Province") } else { lang.t("市级", "City") }, lang.t(cat.zh(), cat.en())) }</h4>
                            { items(lang, g, &working) }
                        </>
                    }) }
                </details>
            }
            if !lapsed.is_empty() {
                <details class="group lapsed" ontoggle={seen(1)}>
                    <summary>{ count("已到期或尚未施行，不计入合计", "Expired or not yet in force, not counted", lapsed.len()) }</summary>
                    if groups_seen[1] {
                        { items(lang, &lapsed, &working) }
                    }
                </details>
            }
            if a.applies && a.items.is_empty() {
                <p class="empty">{ lang.t("按目前的信息，暂无适用条目。填写资质与荣誉后再看看。", "Nothing applies yet. Add your titles and look again.") }</p>
            }
            if assumed {
                <p class="assumed-note">{ lang.t("部分文件的起止日期为本计算器的假定（文本未写明），见“依据的文件”。", "Some documents' dates are our assumption (the text does not state them): see Documents used.") }</p>
            }
            { card::print_extras(lang, &state, &a, link.as_deref(), props.share.as_deref(), qr) }
            if props.sections.documents {
                { documents_view(lang, &a.documents, working.steps.map(|w| w.why.as_slice()), on_open) }
            }
        </section>
    }
}
