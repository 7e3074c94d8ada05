//! The totals, kept apart (one-off, yearly, caps, staff, counts), with a
//! sentence for screen readers and the note on what they count.

use crate::i18n::Lang;
use srdi_rules::eval::Totals;
use srdi_rules::money::{format_en, format_zh, Fen};
use yew::prelude::*;

pub fn money(lang: Lang, fen: Fen) -> String {
    match lang {
        Lang::Zh => format_zh(fen),
        Lang::En => format_en(fen),
    }
}

/// The totals box (a view function: no component of its own, it changes whenever the results do).
pub fn totals_view(lang: Lang, t: &Totals) -> Html {
    let live = match lang {
        Lang::Zh => format!("确定金额合计 {}，最高可达 {}，每年 {}，金额未明确 {} 项，非资金支持 {} 项。", format_zh(t.exact_one_off_fen), format_zh(t.up_to_fen), format_zh(t.annual_fen), t.unquantified_count, t.non_monetary_count),
        Lang::En => format!("Exact total {}, up to {}, per year {}, {} without a stated amount, {} non-monetary.", format_en(t.exact_one_off_fen), format_en(t.up_to_fen), format_en(t.annual_fen), t.unquantified_count, t.non_monetary_count),
    };
    html! {
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
    }
}
