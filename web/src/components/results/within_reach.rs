//! 还可争取: rules one step away, by worth (the rules' order: money before amounts not
//! stated), each with a what-if that previews the difference to the totals without changing
//! the person's answers; each button's name says what it tries.

use super::totals::money;
use crate::i18n::{pick, Lang};
use crate::state::{Action, Ctx};
use srdi_rules::money::Fen;
use srdi_rules::Assessment;
use yew::prelude::*;

/// The difference a what-if makes to the sums, as a sentence.
fn difference(lang: Lang, before: &Assessment, after: &Assessment) -> String {
    let (b, a) = (&before.totals, &after.totals);
    let mut parts = Vec::new();
    let mut add = |zh: &str, en: &str, d: Fen| {
        if d != 0 {
            parts.push(format!("{} +{}", lang.t(zh, en), money(lang, d)));
        }
    };
    add("一次性", "one-off", a.exact_one_off_fen - b.exact_one_off_fen);
    add("每年", "per year", a.annual_fen - b.annual_fen);
    add("最高可达", "up to", a.up_to_fen - b.up_to_fen);
    add("员工每月", "staff per month", a.employees_per_month_fen - b.employees_per_month_fen);
    let more = after.items.len().saturating_sub(before.items.len());
    if more > 0 {
        parts.push(match lang.shown() {
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

/// The near misses (a view function: it changes whenever the results do).
pub fn within_reach(state: &Ctx, a: &Assessment, what_if: Option<&Assessment>) -> Html {
    let lang = state.lang;
    html! {
        <section class="near" aria-labelledby="near-h">
            <h3 id="near-h">{ lang.t("还可争取", "Within reach") }</h3>
            <ul>
            { for a.near_misses.iter().map(|n| {
                let active = state.what_if == Some(n.fix);
                let s = state.clone();
                let fix = n.fix;
                let toggle = Callback::from(move |_| s.dispatch(Action::WhatIf(if active { None } else { Some(fix) })));
                let adopt = { let s = state.clone(); Callback::from(move |_| s.dispatch(Action::AdoptWhatIf)) };
                let diff = what_if.filter(|_| active).map(|after| difference(lang, a, after));
                // The button's name says what it tries (「如果获评国家制造业单项冠军企业」), or what it undoes.
                let tries = pick(lang, &n.fix.what_if()).to_owned();
                let name = if active { format!("{}{tries}", lang.t("取消假设：", "Undo what-if: ")) } else { tries };
                html! {
                    <li class="near-item" data-rule={n.rule_id}>
                        <span>{ format!("{} → ", pick(lang, &n.missing.text())) }<strong>{ format!("《{}》{} {}", lang.t(n.document_zh, n.document_en), n.clause, lang.t(n.name_zh, n.name_en)) }</strong>{ format!("：{}", pick(lang, &n.would_bring_text.text())) }</span>
                        <button type="button" class="whatif" aria-label={name} aria-pressed={active.to_string()} onclick={toggle}>{ if active { lang.t("取消假设", "Undo what-if") } else { lang.t("如果……", "What if…") } }</button>
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
}
