//! The totals, kept apart (one-off, yearly, caps, staff, counts): only those that
//! are not zero, or a sentence saying what would bring some; a sentence for screen
//! readers; and on phones a compact bar that keeps them in view while the form is edited.

use crate::i18n::{pick, Lang};
use srdi_rules::eval::{Totals, Until};
use srdi_rules::Assessment;
use srdi_rules::money::{format_en, format_zh, Fen};
use yew::prelude::*;

pub fn money(lang: Lang, fen: Fen) -> String {
    match lang.shown() {
        Lang::Zh => format_zh(fen),
        Lang::En => format_en(fen),
    }
}

/// How long a sum is certain for, where that is limited (readings A8, B9a), in brackets:
/// `（2026 年；2027 年起未公布）`, ` (2026; from 2027 not announced)`; empty otherwise.
fn until_text(lang: Lang, until: Option<Until>) -> String {
    match (until.map(|u| u.text()), lang.shown()) {
        (None, _) => String::new(),
        (Some(u), Lang::Zh) => format!("（{}）", u.zh),
        (Some(u), Lang::En) => format!(" ({})", u.en),
    }
}

/// The totals box (a view function: no component of its own, it changes whenever the results do).
pub fn totals_view(lang: Lang, a: &Assessment) -> Html {
    let t: &Totals = &a.totals;
    // The staff's monthly sum says how much of it is the raise and how much the base subsidy.
    let split = srdi_rules::totals::employees_split(&a.items).map(|s| pick(lang, &s.text()).to_owned()).unwrap_or_default();
    // A yearly or monthly sum certain only so long says so: the 贴息's scheme year, a document ending within a year.
    let sums: Vec<(&str, &str, &str, String, String, String)> = [
        ("main", "一次性确定金额", srdi_rules::model::en("One-off, certain"), t.exact_one_off_fen, None, String::new()),
        ("", "每年可得", srdi_rules::model::en("Per year"), t.annual_fen, t.annual_until, String::new()),
        ("staff", "员工租房补贴（每月）", srdi_rules::model::en("Staff rent subsidy (a month)"), t.employees_per_month_fen, t.employees_until, split),
        ("", "最高可达（上限合计）", srdi_rules::model::en("Up to (caps)"), t.up_to_fen, None, String::new()),
    ]
    .into_iter()
    .filter(|s| s.3 != 0)
    .map(|(class, zh, en, fen, until, split)| (class, zh, en, money(lang, fen), until_text(lang, until), split))
    .collect();
    let counts: Vec<(&str, &str, u32)> =
        [("金额未明确", srdi_rules::model::en("No amount stated"), t.unquantified_count), ("非资金支持", srdi_rules::model::en("Non-monetary"), t.non_monetary_count)].into_iter().filter(|c| c.2 != 0).collect();
    let live = if sums.is_empty() {
        lang.t("暂无可计算的金额。", "No amounts yet.").to_owned()
    } else {
        sums.iter().map(|s| format!("{} {}{}", lang.t(s.1, s.2), s.3, s.4)).collect::<Vec<_>>().join(lang.t("，", ", "))
    };
    // The phone bar keeps to the sums (how long one is certain for is in the box above): one line where it can.
    let bar: Vec<String> = sums.iter().take(2).map(|s| format!("{} {}", lang.t(s.1, s.2), s.3)).collect();
    html! {
        <div class="totals" aria-live="polite" aria-atomic="true">
            <p class="sr-only">{ live }</p>
            if sums.is_empty() {
                <p class="totals-none">{ lang.t("按目前的答案，暂无可以算出数额的条款。请看下方“还可争取”和各项说明；如果还没填，可先填写称号获评年份、设备贷款、毕业生人数等。", "With these answers no clause gives a figure yet. See \"Within reach\" and the items below; if you have not yet, enter the year a title was obtained, an equipment loan, graduates hired…") }</p>
            }
            <dl>
                { for sums.iter().map(|(class, zh, en, sum, until, split)| html! {
                    <div class={classes!("total", (!class.is_empty()).then_some(*class))}><dt>{ lang.t(zh, en) }</dt><dd>{ sum.clone() }
                        if !until.is_empty() { <small class="until">{ until.clone() }</small> }
                        if !split.is_empty() { <small class="split">{ split.clone() }</small> }
                    </dd></div>
                }) }
                { for counts.iter().map(|(zh, en, n)| html! {
                    <div class="total count"><dt>{ lang.t(zh, en) }</dt><dd>{ format!("{n} {}", lang.t("项", "items")) }</dd></div>
                }) }
            </dl>
            <p class="totals-note">
                { lang.t("合计只计入评估日期当天有效的文件；各项分开列示，不互相折算。", "Totals count only documents in force on the as-of date; kinds are kept apart.") }
                if t.includes_drafts { { lang.t("含征求意见稿。", " Includes drafts.") } }
                if t.not_in_force_count > 0 { { match lang.shown() { Lang::Zh => format!("另有 {} 项已到期或未施行，未计入。", t.not_in_force_count), Lang::En => format!(" {} {} expired or not yet in force {} not counted.", t.not_in_force_count, if t.not_in_force_count == 1 { "item" } else { "items" }, if t.not_in_force_count == 1 { "is" } else { "are" }) } } }
            </p>
            <a class="totals-bar" href="#results" aria-hidden="true" tabindex="-1">
                { if bar.is_empty() { lang.t("暂无金额", "No amounts yet").to_owned() } else { bar.join(" · ") } }
                <span>{ lang.t(" 看结果 ↓", " Results ↓") }</span>
            </a>
        </div>
    }
}
