//! What the printed 政策明白卡 adds to the results (print only): the answers the
//! figures were worked from and the receipt (both from the first-use part, with the working), the
//! services left to the web page, the as-of date and rules version, and the share link as text
//! and as a QR code.

use crate::i18n::Lang;
use crate::state::State;
use srdi_rules::Assessment;
use yew::prelude::*;

/// `code` is the answers' code (the share link's fragment), printed instead of a link when the
/// page was opened as a file.
pub fn print_extras(lang: Lang, state: &State, a: &Assessment, link: Option<&str>, code: Option<&str>, qr: Option<(usize, &str)>) -> Html {
    // The same count as the totals' tile and the folded list's summary (`Item::is_service`).
    let services = a.totals.non_monetary_count;
    // Every answer given, and the receipt, come with the working (the 打印 button waits for it).
    let opened = state.steps_now();
    html! {
        <div class="print-only card-extra">
            <p>{ match lang.shown() {
                Lang::Zh if services == 0 => "已到期或尚未施行的条目（如有）详见网页版。".to_owned(),
                Lang::Zh => format!("另有 {services} 项服务、优先与资格（非资金支持），以及已到期或尚未施行的条目，详见网页版。"),
                Lang::En if services == 0 => "The expired or not-yet-in-force items, if any: see the web page.".to_owned(),
                Lang::En => format!("Plus {services} {}, priorities and qualifications (non-monetary), and the expired or not-yet-in-force items: see the web page.", if services == 1 { "service" } else { "services" }),
            } }</p>
            // A card outlives its date: a figure certain only for a scheme year or until a document ends says so.
            if a.items.iter().any(|i| i.until.is_some() && i.in_force()) {
                <p class="card-until">{ lang.t("注明年份或截止日期的金额只确定到该年或该日；以后的口径以届时公布为准。",
                    "Amounts marked with a year or an end date are certain only until then; later terms are as announced then.") }</p>
            }
            <section class="card-answers">
                <h3>{ lang.t("测算依据的企业信息", "The answers used") }</h3>
                <dl>{ for opened.iter().flat_map(|o| o.answers.iter()).map(|(k, v)| html! { <div><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></div> }) }</dl>
            </section>
            // The receipt (below, with the working) names the date and the rules version; until it has come, this line does.
            if opened.is_none() {
                <p class="card-version">{ format!("{} {} · {} {}", lang.t("评估日期", "As of"), a.as_of, lang.t("规则版本", "Rules version"), a.rules_version) }</p>
            }
            if let Some(o) = opened.filter(|o| !o.years.is_empty()) {
                <section class="card-timeline">
                    <h3>{ lang.t("发放时间（按年）", "When the money comes") }</h3>
                    <ul>{ for o.years.iter().map(|y| html! { <li>{ y.clone() }</li> }) }</ul>
                </section>
            }
            if let Some(o) = opened { <p class="card-receipt">{ o.receipt.clone() }</p> }
            if let Some(link) = link {
                <div class="card-link">
                    if let Some((size, path)) = qr {
                        <svg class="qr" viewBox={format!("-4 -4 {0} {0}", size + 8)} role="img" aria-label={lang.t("分享链接的二维码", "QR code of the share link")}>
                            <rect x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} fill="#fff" />
                            <path d={path.to_owned()} fill="#000" />
                        </svg>
                    }
                    <p>{ lang.t("用手机扫码或打开此链接，可看到同样的测算：", "Scan or open this link to see the same results:") }<br /><span class="link-text">{ link.to_owned() }</span></p>
                </div>
            } else if let Some(code) = code {
                <div class="card-link">
                    <p>{ lang.t("本卡由离线文件打印。用同一离线文件打开后，把下面的答案代码粘贴到地址栏末尾，可看到同样的测算：",
                        "Printed from the offline file. Open the same file and paste this answer code at the end of its address to see the same results:") }<br /><span class="link-text">{ format!("#{code}") }</span></p>
                </div>
            }
        </div>
    }
}
