//! The results: totals kept apart, the documents and their standing, every
//! benefit grouped by level and category with its 依据 (quote and steps), and
//! 还可争取 (near misses) with a one-click what-if.

use super::app::Ctx;
use crate::embed::Sections;
use crate::i18n::{pick, Lang};
use crate::state::Action;
use srdi_rules::eval::{DocumentStanding, Flag, Item, NearMiss};
use srdi_rules::model::{Category, DateSpec, Level, Payment};
use srdi_rules::money::{format_en, format_zh, Fen};
use srdi_rules::{Assessment, InputError};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct ResultsProps {
    pub assessment: Rc<Result<Assessment, InputError>>,
    pub what_if: Option<Rc<Assessment>>,
    pub sections: Sections,
}

impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment)
            && self.sections == other.sections
            && match (&self.what_if, &other.what_if) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

fn money(lang: Lang, fen: Fen) -> String {
    match lang {
        Lang::Zh => format_zh(fen),
        Lang::En => format_en(fen),
    }
}

fn flag_badge(lang: Lang, f: Flag) -> Html {
    let class = match f {
        Flag::Draft => "badge draft",
        Flag::Expired | Flag::NotYetInForce => "badge expired",
        Flag::DateAssumed => "badge assumed",
        Flag::ExternalSource => "badge external",
        Flag::Likely => "badge assumed",
    };
    html! { <span class={class}>{ lang.t(f.zh(), f.en()) }</span> }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    lang: Lang,
    item: Item,
}

/// One benefit; re-rendered only when it reads differently (see `Item`'s `PartialEq`).
#[function_component(ItemView)]
fn item_view(props: &ItemProps) -> Html {
    let (lang, it) = (props.lang, &props.item);
    let steps = it.trace();
    let payment = (it.rule.payment != Payment::NotStated).then(|| html! { <span class="badge pay">{ lang.t(it.rule.payment.zh(), it.rule.payment.en()) }</span> });
    let external = it.rule.external.map(|x| {
        html! {
            <p class="external">
                <strong>{ lang.t("外部来源：", "Outside source: ") }</strong>{ x.source }
                { " · " }{ lang.t(x.confidence.zh(), x.confidence.en()) }<br />
                { lang.t(x.note_zh, x.note_en) }
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
                <span class={classes!("amount", it.amount.kind())}>{ pick(lang, &it.amount_text()).to_owned() }</span>
            </div>
            <div class="item-meta">
                <span class="badge who">{ lang.t("受益：", "For: ") }{ lang.t(it.rule.beneficiary.zh(), it.rule.beneficiary.en()) }</span>
                { for payment }
                { for it.flags.iter().map(|f| flag_badge(lang, f)) }
            </div>
            <p class="print-cite">{ format!("《{}》{}：{}", it.doc.short_zh, it.clause.number, it.rule.quote) }</p>
            <details>
                <summary>{ lang.t("依据与计算", "Source and working") }</summary>
                <p class="cite">{ format!("《{}》{}", lang.t(it.doc.short_zh, it.doc.short_en), it.clause.number) }</p>
                <blockquote lang="zh-CN">{ it.rule.quote }</blockquote>
                if lang == Lang::En { <p class="gist">{ it.rule.gist_en }</p> }
                if !steps.is_empty() {
                    <ol class="trace">{ for steps.iter().map(|s| html! { <li>{ pick(lang, s).to_owned() }</li> }) }</ol>
                }
                { for external }
                { for stacking }
                { for likely }
                <p class="dept">{ lang.t("责任单位：", "Departments: ") }{ it.departments() }</p>
            </details>
        </li>
    }
}

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

/// The difference a what-if makes to the sums, as a sentence.
fn difference(lang: Lang, before: &Assessment, after: &Assessment) -> String {
    let (b, a) = (&before.totals, &after.totals);
    let mut parts = Vec::new();
    let mut add = |zh: &str, en: &str, d: Fen| {
        if d != 0 {
            parts.push(format!("{} +{}", lang.t(zh, en), money(lang, d)));
        }
    };
    add("确定金额", "exact", a.exact_one_off_fen - b.exact_one_off_fen);
    add("每年", "per year", a.annual_fen - b.annual_fen);
    add("最高可达", "up to", a.up_to_fen - b.up_to_fen);
    add("员工每月", "staff per month", a.employees_per_month_fen - b.employees_per_month_fen);
    let more = after.items.len().saturating_sub(before.items.len());
    if more > 0 {
        parts.push(match lang {
            Lang::Zh => format!("新增 {more} 项"),
            Lang::En => format!("{more} more items"),
        });
    }
    if parts.is_empty() {
        lang.t("合计不变（新增的是金额未明确或非资金支持）", "totals unchanged (the new items have no stated amount)").to_owned()
    } else {
        parts.join(lang.t("，", ", "))
    }
}

#[function_component(ResultsView)]
pub fn results_view(props: &ResultsProps) -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let lang = state.lang;
    // Keep showing the last valid assessment while the input is wrong.
    let last = use_mut_ref(|| None::<Rc<Assessment>>);
    if let Ok(a) = props.assessment.as_ref() {
        *last.borrow_mut() = Some(Rc::new(a.clone()));
    }
    let Some(a) = last.borrow().clone() else {
        let msg = match props.assessment.as_ref() {
            Err(e) => e.errors.iter().map(|e| lang.t(&e.zh, &e.en).to_owned()).collect::<Vec<_>>().join("；"),
            Ok(_) => String::new(),
        };
        return html! { <section id="results" class="results" aria-live="polite"><p class="error">{ msg }</p></section> };
    };
    let t = &a.totals;
    let live = match lang {
        Lang::Zh => format!("确定金额合计 {}，最高可达 {}，每年 {}，金额未明确 {} 项，非资金支持 {} 项。", format_zh(t.exact_one_off_fen), format_zh(t.up_to_fen), format_zh(t.annual_fen), t.unquantified_count, t.non_monetary_count),
        Lang::En => format!("Exact total {}, up to {}, per year {}, {} without a stated amount, {} non-monetary.", format_en(t.exact_one_off_fen), format_en(t.up_to_fen), format_en(t.annual_fen), t.unquantified_count, t.non_monetary_count),
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
    let near: Vec<&NearMiss> = a.near_misses.iter().collect();
    html! {
        <section id="results" class="results" aria-labelledby="results-h">
            <h2 id="results-h">{ lang.t("测算结果", "Results") }<span class="asof">{ format!(" · {} {}", lang.t("评估日期", "as of"), a.as_of) }</span></h2>
            { for a.notices.iter().map(|n| html! { <p class="notice-inline">{ pick(lang, n).to_owned() }</p> }) }
            <div class="totals" aria-live="polite" aria-atomic="true">
                <p class="sr-only">{ live }</p>
                <dl>
                    <div class="total main"><dt>{ lang.t("确定金额合计", "Exact amounts") }</dt><dd>{ money(lang, t.exact_one_off_fen) }</dd></div>
                    <div class="total"><dt>{ lang.t("每年可得", "Per year") }</dt><dd>{ money(lang, t.annual_fen) }</dd></div>
                    <div class="total"><dt>{ lang.t("最高可达", "Up to (caps)") }</dt><dd>{ money(lang, t.up_to_fen) }</dd></div>
                    if t.employees_per_month_fen > 0 {
                        <div class="total"><dt>{ lang.t("员工租房补贴（每月）", "Staff rent subsidy (a month)") }</dt><dd>{ money(lang, t.employees_per_month_fen) }</dd></div>
                    }
                    <div class="total"><dt>{ lang.t("金额未明确", "No amount stated") }</dt><dd>{ format!("{} {}", t.unquantified_count, lang.t("项", "items")) }</dd></div>
                    <div class="total"><dt>{ lang.t("非资金支持", "Non-monetary") }</dt><dd>{ format!("{} {}", t.non_monetary_count, lang.t("项", "items")) }</dd></div>
                </dl>
                <p class="totals-note">
                    { lang.t("合计只计入评估日期当天有效的文件；各项分开列示，不互相折算。", "Totals count only documents in force on the as-of date; kinds are kept apart.") }
                    if t.includes_drafts { { lang.t("含征求意见稿。", " Includes drafts.") } }
                    if t.not_in_force_count > 0 { { match lang { Lang::Zh => format!("另有 {} 项已到期或未施行，未计入。", t.not_in_force_count), Lang::En => format!(" {} items expired or not yet in force are not counted.", t.not_in_force_count) } } }
                </p>
            </div>
            if props.sections.near && !near.is_empty() {
                <section class="near" aria-labelledby="near-h">
                    <h3 id="near-h">{ lang.t("还可争取", "Within reach") }</h3>
                    <ul>
                    { for near.iter().map(|n| {
                        let active = state.what_if == Some(n.fix);
                        let s = state.clone();
                        let fix = n.fix;
                        let toggle = Callback::from(move |_| s.dispatch(Action::WhatIf(if active { None } else { Some(fix) })));
                        let adopt = { let s = state.clone(); Callback::from(move |_| s.dispatch(Action::AdoptWhatIf)) };
                        let diff = props.what_if.as_ref().filter(|_| active).map(|after| difference(lang, &a, after));
                        html! {
                            <li class="near-item" data-rule={n.rule_id}>
                                <span>{ format!("{} → ", pick(lang, &n.missing.text())) }<strong>{ format!("《{}》{} {}", lang.t(n.document_zh, n.document_en), n.clause, lang.t(n.name_zh, n.name_en)) }</strong>{ format!("：{}", pick(lang, &n.would_bring_text.text())) }</span>
                                <button type="button" class="whatif" aria-pressed={active.to_string()} onclick={toggle}>{ if active { lang.t("取消假设", "Undo what-if") } else { lang.t("如果……", "What if…") } }</button>
                                if let Some(d) = diff {
                                    <p class="diff" role="status">{ format!("{}{}：{}", lang.t("若", "If you "), pick(lang, &n.missing.text()), d) }
                                        <button type="button" class="adopt" onclick={adopt}>{ lang.t("填入我的答案", "Use in my answers") }</button></p>
                                }
                            </li>
                        }
                    }) }
                    </ul>
                </section>
            }
            { for groups.iter().map(|(level, cat, items)| html! {
                <section class={classes!("group", items.iter().all(|i| matches!(i.amount, srdi_rules::Amount::NonMonetary)).then_some("nm-only"))}>
                    <h3>{ format!("{} · {}", if *level == Level::Province { lang.t("省级", "Province") } else { lang.t("市级", "City") }, lang.t(cat.zh(), cat.en())) }</h3>
                    <ul class="items">{ for items.iter().map(|i| html! { <ItemView key={i.rule.id} lang={lang} item={(*i).clone()} /> }) }</ul>
                </section>
            }) }
            if a.applies && a.items.is_empty() {
                <p class="empty">{ lang.t("按目前的信息，暂无适用条目。填写资质与荣誉后再看看。", "Nothing applies yet. Add your titles and look again.") }</p>
            }
            <p class="print-only">{ match lang { Lang::Zh => format!("另有 {} 项非资金支持（服务、绿色通道、优先等），详见网页版。", a.items.iter().filter(|i| matches!(i.amount, srdi_rules::Amount::NonMonetary)).count()), Lang::En => format!("Plus {} non-monetary benefits (services, green channels, priorities): see the web page.", a.items.iter().filter(|i| matches!(i.amount, srdi_rules::Amount::NonMonetary)).count()) } }</p>
            if props.sections.documents {
                <section class="docs" aria-labelledby="docs-h">
                    <h3 id="docs-h">{ lang.t("依据的文件", "Documents used") }</h3>
                    <ul>{ for a.documents.iter().map(|d| document_view(lang, d)) }</ul>
                </section>
            }
        </section>
    }
}

