//! What the printed 政策明白卡 adds to the results (print only): the answers the
//! figures were worked from, the services left to the web page, the as-of date and
//! rules version, and the share link as text and as a QR code made in the page.

use crate::i18n::Lang;
use crate::state::State;
use srdi_rules::fields::{self, Kind};
use srdi_rules::Path;
use srdi_rules::money::{format_en, format_zh, FEN_PER_YUAN};
use srdi_rules::Assessment;
use yew::prelude::*;

/// A field's value as a person reads it: `南京市`, `1,000 万元`, `3.2%`, `2 人`, `是`.
fn shown(lang: Lang, state: &State, f: &fields::Field, raw: String) -> Option<String> {
    if raw.is_empty() {
        return None;
    }
    let p = &state.counted;
    Some(match f.kind {
        Kind::City => lang.t(p.city.zh(), p.city.en()).to_owned(),
        Kind::Size => p.size.map_or_else(|| lang.t("未选择", "not chosen"), |s| lang.t(s.zh(), s.en())).to_owned(),
        Kind::Flag => lang.t("是", "yes").to_owned(),
        Kind::Yuan => {
            // Written as the form shows it (`1000万`, `12,345`).
            let fen = i64::try_from(fields::parse_decimal(&raw, 0)?).ok()?.checked_mul(FEN_PER_YUAN)?;
            match lang {
                Lang::Zh => format_zh(fen),
                Lang::En => format_en(fen),
            }
        }
        Kind::Percent => format!("{raw}%"),
        Kind::People => format!("{raw} {}", lang.t("人", "people")),
        Kind::Year => format!("{raw}{}", lang.t(" 年", "")),
        Kind::MonthNumber => format!("{raw}{}", lang.t(" 月", "")),
        Kind::Months => format!("{raw} {}", lang.t("个月", "months")),
        Kind::Degree => match raw.as_str() {
            "phd" => lang.t("博士", "PhD").to_owned(),
            "master" => lang.t("硕士", "master").to_owned(),
            _ => raw,
        },
        Kind::Validity => match raw.as_str() {
            "valid" => lang.t("有效", "valid").to_owned(),
            "lapsed" => lang.t("已失效", "lapsed").to_owned(),
            _ => raw,
        },
        Kind::Text | Kind::Count | Kind::Month | Kind::Date => raw,
    })
}

/// The label of an answer (`项目贷款 2 · 年利率（%）`): the rules crate's, one wording for the card,
/// the results and office mode.
pub(super) fn label(lang: Lang, path: Path) -> String {
    fields::label(path).map(|t| crate::i18n::pick(lang, &t).to_owned()).unwrap_or_default()
}

/// After a title's year: whether its validity is presumed lapsed on the card's date (three years
/// assumed from the last recognition or renewal, not the user's word), or may have lapsed.
fn presumed(lang: Lang, state: &State, a: &Assessment, path: Path) -> String {
    use srdi_rules::profile::{Standing, Title, Validity};
    let Some(t) = Path::TITLES.iter().position(|p| *p == path).and_then(|i| Title::ALL.get(i).copied()) else { return String::new() };
    let Some(r) = state.profile.titles.get(t).filter(|r| r.validity == Validity::Assumed) else { return String::new() };
    match r.standing(t, a.as_of) {
        Standing::Lapsed => lang.t("（按三年有效期推定已失效）", " (presumed lapsed: three-year validity)"),
        Standing::MayHaveLapsed { .. } => lang.t("（按三年有效期推定，可能已失效）", " (may have lapsed: three-year validity)"),
        _ => "",
    }
    .to_owned()
}

/// `code` is the answers' code (the share link's fragment), printed instead of a link when the
/// page was opened as a file.
pub fn print_extras(lang: Lang, state: &State, a: &Assessment, link: Option<&str>, code: Option<&str>, qr: Option<(usize, &str)>) -> Html {
    // The same count as the totals' tile and the folded list's summary (`Item::is_service`).
    let services = a.totals.non_monetary_count;
    // Every answer given, repeated groups and title details included, in the form's order.
    let answers: Vec<(String, String)> = fields::pairs(&state.counted)
        .into_iter()
        .filter_map(|(path, raw)| {
            let f = fields::field(path)?;
            shown(lang, state, f, raw).map(|v| (label(lang, path), v + &presumed(lang, state, a, path)))
        })
        .collect();
    html! {
        <div class="print-only card-extra">
            <p>{ match lang {
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
                <dl>{ for answers.iter().map(|(k, v)| html! { <div><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></div> }) }</dl>
            </section>
            <p class="card-version">{ format!("{} {} · {} {}", lang.t("评估日期", "As of"), a.as_of, lang.t("规则版本", "Rules version"), a.rules_version) }</p>
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
