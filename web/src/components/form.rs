//! The form: sections a business owner recognises, only the fields the chosen
//! city's rules need, each validated as it is typed by the rules crate.

use crate::i18n::Lang;
use crate::state::Ctx;
use crate::state::{Action, Group};
use srdi_rules::fields::{self, Field, Kind, Section};
use srdi_rules::profile::{City, Degree, Size, Standing, Title, Validity};
use srdi_rules::bounds::{MAX_YEAR, MIN_YEAR};
use srdi_rules::Path;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn dom_id(path: Path) -> String {
    format!("f-{}", path.as_str().replace('.', "-"))
}

/// One answer typed before the wasm started.
#[derive(Debug, Clone, PartialEq)]
pub enum Typed {
    Field(Path, String),
    AsOf(String),
}

/// What the person typed into the prerendered form before the wasm took it over
/// (on a slow connection that can be seconds of typing): every field whose element
/// under `root` holds something other than the prerendered blank form.
pub fn typed_before_start(root: &web_sys::Element, blank: &crate::state::State) -> Vec<Typed> {
    let read = |id: &str| -> Option<String> {
        let el = root.query_selector(&format!("#{id}")).ok().flatten()?;
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if i.type_() == "checkbox" {
                return Some(if i.checked() { "true".to_owned() } else { String::new() });
            }
            return Some(i.value());
        }
        el.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value())
    };
    let mut typed: Vec<Typed> =
        fields::FIELDS.iter().filter_map(|f| read(&dom_id(f.path)).filter(|v| v != blank.raw(f.path)).map(|v| Typed::Field(f.path, v))).collect();
    if let Some(d) = read("f-as_of").filter(|d| !d.is_empty() && *d != blank.as_of_raw) {
        typed.push(Typed::AsOf(d));
    }
    typed
}

fn input_value(e: &Event) -> String {
    let t = e.target();
    if let Some(i) = t.clone().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        if i.type_() == "checkbox" {
            return i.checked().to_string();
        }
        return i.value();
    }
    t.and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct FieldProps {
    /// Any field: a fixed one, a title's detail, or a field of a numbered entry.
    path: Path,
}

/// How long a pause in typing lets a field's error show (or leaving the field, at once).
const SETTLE_MS: u32 = 900;

/// One field. The input element is never re-created while the person types (its
/// children keep the same shape whatever the validation state), the text is not
/// rewritten under the caret, an IME composition is left alone until it ends, and an
/// error shows after a pause or on leaving the field, not at the first keystroke.
#[function_component(FieldInput)]
fn field_input(&FieldProps { path }: &FieldProps) -> Html {
    let state = use_context::<Ctx>();
    let input = use_node_ref();
    let settle_timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let raw = state.as_ref().map(|s| s.raw(path).to_owned()).unwrap_or_default();
    // The text in the box follows the state only when the state changed from elsewhere
    // (a share link, "fill in", clearing): never while it already reads the same.
    {
        let input = input.clone();
        use_effect_with(raw.clone(), move |raw| {
            if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                if i.type_() != "checkbox" && i.value() != *raw {
                    i.set_value(raw);
                }
            }
        });
    }
    // The composed text (e.g. 1000万 from pinyin) arrives when the composition ends.
    {
        let input = input.clone();
        let s = state.clone();
        use_effect_with(path, move |_| {
            let listener = match (input.cast::<web_sys::HtmlInputElement>(), s) {
                (Some(target), Some(s)) => Some(gloo_events::EventListener::new(&target, "compositionend", move |e| {
                    s.dispatch(Action::Set(path, input_value(e)));
                })),
                _ => None,
            };
            move || drop(listener)
        });
    }
    let (Some(state), Some(field)) = (state, fields::field(path)) else { return html! {} };
    let lang = state.lang;
    let id = dom_id(path);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-err");
    let error = state.shown_error(path);
    // Why this answer changes nothing (a Huai'an 专精特新贷 without a valid title), under the field.
    let why = fields::hint(&state.profile, path, state.as_of);
    let why_id = format!("{id}-why");
    let described = if error.is_some() { format!("{help_id} {err_id}") } else { help_id.clone() };
    let described = if why.is_some() { format!("{described} {why_id}") } else { described };
    // "已填入…": said at the field 填入我的答案 filled, where the focus lands, and read with it.
    let done = state.done.as_ref().filter(|(_, p)| *p == path).map(|(t, _)| crate::i18n::pick(lang, t).to_owned());
    let done_id = format!("{id}-done");
    let described = if done.is_some() { format!("{described} {done_id}") } else { described };
    let done = done.map(|d| html! { <p class="done" id={done_id} role="status">{ d }</p> });
    // Filled in by the host site and not yet confirmed: marked, with a way to confirm just this one.
    let host_id = format!("{id}-host");
    let from_host = state.from_host.contains_key(&path);
    let described = if from_host { format!("{described} {host_id}") } else { described };
    // Always present (hidden when there is nothing to say), like the error: the siblings never
    // shift, so the input is not re-created when typing confirms the field.
    let host = {
        let s = state.clone();
        html! {
            <p class="from-host" id={from_host.then_some(host_id)} hidden={!from_host}>
                if from_host {
                    { lang.t("待核对：来自", "To check: from ") }{ host_name(lang, &state) }{ lang.t("，确认前不计入。", "; not counted until confirmed. ") }
                    <button type="button" onclick={Callback::from(move |_| s.dispatch(Action::ConfirmHost(Some(path))))}>{ lang.t("确认此项", "Confirm this") }</button>
                }
            </p>
        }
    };
    let settle = {
        let s = state.clone();
        Callback::from(move |_: FocusEvent| s.dispatch(Action::Settle(path)))
    };
    let settle_on_change = {
        let s = state.clone();
        Callback::from(move |_: Event| s.dispatch(Action::Settle(path)))
    };
    let on_input = {
        let s = state.clone();
        let timer = settle_timer.clone();
        Callback::from(move |e: InputEvent| {
            // Mid-composition text (pinyin) is not an answer yet: wait for compositionend.
            if e.is_composing() {
                return;
            }
            s.dispatch(Action::Set(path, input_value(&e.into())));
            let s = s.clone();
            *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(SETTLE_MS, move || s.dispatch(Action::Settle(path))));
        })
    };
    let on_change = {
        let s = state.clone();
        Callback::from(move |e: Event| {
            s.dispatch(Action::Set(path, input_value(&e)));
            s.dispatch(Action::Settle(path));
        })
    };
    let label = lang.t(field.label_zh, field.label_en);
    let help = html! { <span class="help" id={help_id.clone()}>{ lang.t(field.help_zh, field.help_en) }</span> };
    // Always present (empty when there is nothing to say), so the siblings never shift.
    let err = html! {
        <span class="error" id={err_id.clone()} hidden={error.is_none()}>{ error.map(|e| lang.t(&e.zh, &e.en).to_owned()).unwrap_or_default() }</span>
    };
    // A choice among a few values: (value, 中文, English); "" = not said.
    let options: Vec<(&str, &str, &str)> = match field.kind {
        Kind::City => City::ALL.iter().map(|c| (fields::serde_plain_name(*c), c.zh(), c.en())).collect(),
        // A required choice: "choose" only while none is chosen.
        Kind::Size => raw.is_empty().then_some(("", "请选择企业规模", srdi_rules::model::en("Choose the size"))).into_iter().chain(Size::ALL.iter().map(|s| (fields::size_name(*s), s.zh(), s.en()))).collect(),
        Kind::Degree => std::iter::once(("", "请选择", srdi_rules::model::en("Choose"))).chain(Degree::ALL.iter().map(|d| (d.name(), d.zh(), d.en()))).collect(),
        Kind::Validity => vec![("", "按三年有效期推定", srdi_rules::model::en("Assume three years")), ("valid", "仍有效（已复核）", srdi_rules::model::en("Still valid (renewed)")), ("lapsed", "已失效", srdi_rules::model::en("Lapsed"))],
        _ => Vec::new(),
    };
    let control = match field.kind {
        Kind::City | Kind::Size | Kind::Degree | Kind::Validity => html! {
            <select id={id.clone()} aria-describedby={described.clone()} aria-invalid={error.is_some().to_string()} onchange={on_change} onblur={settle.clone()}>
                { for options.into_iter().map(|(v, zh, en)| html! { <option value={v} selected={raw == v}>{ lang.t(zh, en) }</option> }) }
            </select>
        },
        Kind::Flag => {
            return html! {
                <div class="field check">
                    <input type="checkbox" id={id.clone()} checked={raw == "true"} aria-describedby={described} onchange={on_change} />
                    <label for={id}>{ label }</label>
                    { help }
                    { host }
                    { for done }
                </div>
            }
        }
        kind => {
            let mode = match kind {
                Kind::Percent => "decimal",
                Kind::Text | Kind::Date | Kind::Month => "text",
                _ => "numeric",
            };
            let placeholder = match kind {
                Kind::Year => lang.t("如 2025；没有就留空", "e.g. 2025; empty if none"),
                // Each example fits its field: a monthly rent, a tender's deduction (0–20%), a loan's rate.
                Kind::Yuan if matches!(path, Path::GraduateGroup(..)) => lang.t("如 2,500", "e.g. 2,500"),
                Kind::Yuan => lang.t("如 1,000,000 或 100万", "e.g. 1,000,000 or 100万"),
                Kind::Percent if path == Path::DeductionBp => lang.t("如 10", "e.g. 10"),
                Kind::Percent => lang.t("如 3.2", "e.g. 3.2"),
                // "如 …" so that an example is never taken for an answer already given; a count
                // has none (a grey 0 or 1 reads as an answer: the help says what empty means).
                Kind::Date => lang.t("如 2025-07-01", "e.g. 2025-07-01"),
                Kind::Month => lang.t("如 2024-09", "e.g. 2024-09"),
                Kind::MonthNumber => lang.t("1–12 月", "1–12"),
                Kind::Months => lang.t("如 12", "e.g. 12"),
                _ => "",
            };
            // No `value` here: the effect above writes it only when the state changed from elsewhere.
            html! {
                <input type="text" id={id.clone()} ref={input} inputmode={mode} autocomplete="off" placeholder={placeholder}
                    aria-invalid={error.is_some().to_string()} aria-describedby={described.clone()}
                    oninput={on_input} onchange={settle_on_change} onblur={settle} />
            }
        }
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"), from_host.then_some("host"))}>
            <label for={id}>{ label }</label>
            { control }
            { help }
            { host }
            { err }
            { for why.map(|w| html! { <p class="hint unread" id={why_id}>{ crate::i18n::pick(lang, &w).to_owned() }</p> }) }
            { for done }
        </div>
    }
}

/// The host site's name as it gave it, or "this site".
pub fn host_name(lang: Lang, state: &crate::state::State) -> String {
    state.host_name.as_deref().map_or_else(|| lang.t("本网站", "this site").to_owned(), str::to_owned)
}

/// 「以下信息来自 … ，请核对」 over a host's answers, with one button to confirm them all.
fn prefilled(lang: Lang, state: &Ctx) -> Html {
    let n = state.from_host.len();
    if n == 0 {
        return html! {};
    }
    let name = host_name(lang, state);
    let s = state.clone();
    html! {
        <div class="prefill" role="region" aria-labelledby="prefill-h">
            <h2 id="prefill-h">{ match lang.shown() {
                Lang::Zh => format!("以下信息来自{name}，请核对"),
                Lang::En => format!("Some answers come from {name}: please check them"),
            } }</h2>
            <p>{ match lang.shown() {
                Lang::Zh => format!("标有“待核对”的 {n} 项在您确认前不计入测算；改动其中任何一项，即按您填写的计算。"),
                Lang::En => format!("The {n} marked \"to check\" are not counted until you confirm them; any you change counts as you wrote it."),
            } }</p>
            <button type="button" id="prefill-confirm" class="primary" onclick={Callback::from(move |_| s.dispatch(Action::ConfirmHost(None)))}>
                { lang.t("核对无误，全部确认", "Checked: confirm all") }
            </button>
        </div>
    }
}

#[function_component(FormView)]
pub fn form_view() -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let lang = state.lang;
    let city = state.profile.city;
    let on_as_of = {
        let s = state.clone();
        Callback::from(move |e: InputEvent| s.dispatch(Action::SetAsOf(input_value(&e.into()))))
    };
    let errors: Vec<(String, String)> = state
        .errors
        .keys()
        .chain(state.checks.keys().filter(|p| !state.errors.contains_key(p)))
        // The summary names each field by its label (beside the field the label is already there).
        .filter_map(|path| {
            let e = state.shown_error(*path)?;
            let label = fields::field(*path).map(|f| lang.t(f.label_zh, f.label_en)).unwrap_or_default();
            Some((dom_id(*path), format!("{label}{}{}", lang.t("：", ": "), lang.t(&e.zh, &e.en))))
        })
        .chain(state.as_of_error.iter().map(|e| ("f-as_of".to_owned(), format!("{}{}", lang.t("评估日期：", "As-of date: "), lang.t(&e.zh, &e.en)))))
        .collect();
    let summary = (!errors.is_empty()).then(|| {
        html! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{ lang.t("请检查以下输入（填写有误的项不计入结果）", "Please check these entries (entries that cannot be read are not counted)") }</h2>
                <ul>{ for errors.iter().map(|(id, msg)| html! { <li><a href={format!("#{id}")}>{ msg.clone() }</a></li> }) }</ul>
            </div>
        }
    });
    html! {
        <form class="form" aria-label={lang.t("企业信息", "Enterprise profile")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { prefilled(lang, &state) }
            { for summary }
            { for Section::ALL.iter().map(|section| {
                let shown: Vec<&'static Field> = fields::FIELDS.iter().filter(|f| f.section == *section && fields::relevant(f, city)).collect();
                if shown.is_empty() { return html! {}; }
                // The quick one-entry fields give way to the list once it is used.
                let listed = |g: Group| state.keys[g as usize].len() > 0;
                let quick_hidden = |p: Path| Group::ALL.iter().any(|g| listed(*g) && g.quick().iter().any(|(q, _)| *q == p));
                html! {
                    <fieldset class={classes!("section", format!("s-{}", section.name()))}>
                        <legend>{ lang.t(section.zh(), section.en()) }</legend>
                        // Keyed: a field keeps its element when the city shows or hides others.
                        <>{ for fields::FIELDS.iter().filter(|f| f.section == *section).flat_map(|f| {
                            let field = (shown.iter().any(|s| s.path == f.path) && !quick_hidden(f.path)).then(|| html! { <FieldInput key={f.path.to_string()} path={f.path} /> });
                            field.into_iter().chain(details_after(&state, f.path))
                        }) }</>
                        if *section == Section::Basic {
                            <div class={classes!("field", state.as_of_error.is_some().then_some("invalid"))}>
                                <label for="f-as_of">{ lang.t("评估日期", "As-of date") }</label>
                                <input type="date" id="f-as_of" min={format!("{MIN_YEAR}-01-01")} max={format!("{MAX_YEAR}-12-31")} value={state.as_of_raw.clone()}
                                    aria-describedby="f-as_of-help f-as_of-err" aria-invalid={state.as_of_error.is_some().to_string()} oninput={on_as_of.clone()} />
                                <span class="help" id="f-as_of-help">{ lang.t("默认今天；可改为其他日期查看政策是否在有效期内。", "Defaults to today; change it to see which documents are in force on another date.") }</span>
                                // Always present, like every field's, so the input is never re-created.
                                <span class="error" id="f-as_of-err" hidden={state.as_of_error.is_none()}>{ state.as_of_error.as_ref().map(|e| lang.t(&e.zh, &e.en).to_owned()).unwrap_or_default() }</span>
                            </div>
                        }
                    </fieldset>
                }
            }) }
            if !city.in_jiangsu() {
                <p class="help">{ lang.t("企业在江苏省外时，这些政策不适用。", "Outside Jiangsu these policies do not apply.") }</p>
            }
        </form>
    }
}


/// What the form asks beyond a fixed field, right after it: a title's validity and
/// details, the loans, the graduates' details, the platforms, Huai'an's 专精特新贷.
fn details_after(state: &Ctx, path: Path) -> Option<Html> {
    let lang = state.lang;
    let key = format!("x-{path}");
    // A list where its first field is asked in this city (not a city named here).
    let list = |g: Group| {
        let asked = fields::field(g.fields(1)[0]).is_some_and(|f| fields::relevant(f, state.profile.city));
        asked.then(|| html! { <div key={key.clone()} class="entries">{ entries(state, g) }</div> })
    };
    match path {
        Path::CentralSubsidy => list(Group::Loans),
        Path::BridgeLoanNeed => list(Group::SrdiLoans),
        Path::GraduatesMaster => list(Group::Graduates),
        Path::PilotPlatformInvestmentYuan => list(Group::Platforms),
        _ => {
            let t = Title::at(path)?;
            let n = Title::ALL.iter().position(|x| *x == t)? as u8;
            let r = state.profile.titles.get(t)?;
            let (zh, en) = match (r.validity, r.assumed_end(t)) {
                (Validity::Valid, _) | (_, None) => ("您已说明仍有效".to_owned(), srdi_rules::en!("You say it is still valid")),
                (Validity::Lapsed, _) => ("您已说明已失效".to_owned(), srdi_rules::en!("You say it has lapsed")),
                (Validity::Assumed, Some((y, m))) => {
                    let until = m.map_or_else(|| (format!("{y} 年"), y.to_string()), |m| (format!("{y} 年 {m} 月"), format!("{y}-{m:02}")));
                    let now = match r.standing(t, state.as_of) {
                        Standing::Lapsed => ("（评估日已过期）", srdi_rules::model::en(" (lapsed on the as-of date)")),
                        Standing::MayHaveLapsed { .. } => ("（评估日可能已到期）", srdi_rules::model::en(" (may have lapsed on the as-of date)")),
                        _ => ("", ""),
                    };
                    (format!("按三年有效期推定：有效至 {}{}", until.0, now.0), srdi_rules::en!(format!("Assumed valid for three years: until {}{}", until.1, now.1)))
                }
            };
            let parts = srdi_rules::path::TitlePart::ALL.map(|part| Path::TitleDetail(n, part));
            let open = parts.iter().any(|p| !state.raw(*p).is_empty());
            Some(html! {
                <details key={key} class="title-detail" open={open}>
                    // Not while the year typed is in error: the line would be the last valid year's.
                    <summary>
                        if !state.errors.contains_key(&path) { <>{ lang.t(&zh, &en) }{ " · " }</> }
                        <span class="more">{ lang.t("已复核？", "Renewed?") }</span>
                    </summary>
                    { for parts.into_iter().map(|p| html! { <FieldInput key={p.to_string()} path={p} /> }) }
                </details>
            })
        }
    }
}

/// Moves the focus once the form has re-rendered after a click (called before the dispatch): `to` is looked up
/// inside the list that holds the clicked button (in a shadow root too).
fn focus_later(e: &MouseEvent, to: &'static str) {
    let list = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|b| b.closest(".entries").ok().flatten());
    if let Some(list) = list {
        gloo_timers::callback::Timeout::new(0, move || {
            if let Some(el) = list.query_selector(to).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        })
        .forget();
    }
}

/// A repeated group: one fieldset per entry, keyed so an entry keeps its elements
/// when another is removed, and the button that adds one.
fn entries(state: &Ctx, g: Group) -> Html {
    let lang = state.lang;
    let keys = &state.keys[g as usize];
    let quick_used = keys.is_empty() && g.quick().first().is_some_and(|(q, _)| !state.raw(*q).is_empty());
    let (legend, add, remove): ((&str, &str), (&str, &str), (&str, &str)) = match g {
        Group::Loans if quick_used => (("", ""), ("+ 再添加一笔项目贷款（上面这笔成为第 1 笔）", "+ Add another project loan (the one above becomes loan 1)"), ("", "")),
        Group::Loans => (("第 {} 笔项目贷款", "Project loan {}"), ("+ 添加一笔项目贷款", "+ Add a project loan"), ("删除第 {} 笔贷款", "Remove loan {}")),
        Group::SrdiLoans => (("第 {} 笔专精特新贷", "SRDI loan {}"), ("+ 添加一笔专精特新贷（淮安）", "+ Add a Huai'an SRDI loan (专精特新贷)"), ("删除第 {} 笔专精特新贷", "Remove SRDI loan {}")),
        Group::Graduates => (("第 {} 组毕业生", "Graduate group {}"), ("+ 详细情况：房租、已领月数", "+ Details: rent, months received"), ("删除第 {} 组", "Remove group {}")),
        Group::Platforms if quick_used => (("", ""), ("+ 还有其他平台（上面这个成为第 1 个）", "+ Another platform (the one above becomes platform 1)"), ("", "")),
        Group::Platforms => (("第 {} 个中试平台", "Pilot platform {}"), ("+ 按平台逐个填写", "+ List platforms one by one"), ("删除第 {} 个平台", "Remove platform {}")),
    };
    let n_of = |s: &str, n: usize| s.replace("{}", &n.to_string());
    let on_add = {
        let s = state.clone();
        Callback::from(move |e: MouseEvent| {
            focus_later(&e, ":scope > fieldset:last-of-type :is(input, select)");
            s.dispatch(Action::Add(g));
        })
    };
    html! {
        <>
            <>{ for keys.iter().enumerate().map(|(i, k)| {
                let n = i as u8 + 1;
                let on_remove = {
                    let s = state.clone();
                    Callback::from(move |e: MouseEvent| {
                        focus_later(&e, "button.add");
                        s.dispatch(Action::Remove(g, n));
                    })
                };
                html! {
                    <fieldset key={*k} class="entry">
                        <legend>{ n_of(lang.t(legend.0, legend.1), i + 1) }</legend>
                        // Keyed by the field alone: renumbering an entry keeps its elements.
                        { for g.fields(n).into_iter().map(|p| html! { <FieldInput key={p.in_entry(1).to_string()} path={p} /> }) }
                        <button type="button" class="remove" onclick={on_remove}>{ n_of(lang.t(remove.0, remove.1), i + 1) }</button>
                    </fieldset>
                }
            }) }</>
            if keys.len() < g.max() {
                <button type="button" class="add" onclick={on_add}>{ lang.t(add.0, add.1) }</button>
            }
        </>
    }
}
