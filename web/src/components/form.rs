//! The form: sections a business owner recognises, only the fields the chosen
//! city's rules need, each validated as it is typed by the rules crate.

use crate::state::Ctx;
use crate::state::Action;
use srdi_rules::fields::{self, Field, Kind, Section};
use srdi_rules::profile::{City, Size};
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

#[derive(Properties)]
struct FieldProps {
    field: &'static Field,
}

impl PartialEq for FieldProps {
    fn eq(&self, other: &Self) -> bool {
        self.field.path == other.field.path
    }
}

/// How long a pause in typing lets a field's error show (or leaving the field, at once).
const SETTLE_MS: u32 = 900;

/// One field. The input element is never re-created while the person types (its
/// children keep the same shape whatever the validation state), the text is not
/// rewritten under the caret, an IME composition is left alone until it ends, and an
/// error shows after a pause or on leaving the field, not at the first keystroke.
#[function_component(FieldInput)]
fn field_input(FieldProps { field }: &FieldProps) -> Html {
    let state = use_context::<Ctx>();
    let input = use_node_ref();
    let settle_timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let raw = state.as_ref().map(|s| s.raw(field.path).to_owned()).unwrap_or_default();
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
        let path = field.path;
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
    let Some(state) = state else { return html! {} };
    let lang = state.lang;
    let id = dom_id(field.path);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-err");
    let error = state.shown_error(field.path);
    let described = if error.is_some() { format!("{help_id} {err_id}") } else { help_id.clone() };
    let path = field.path;
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
    let control = match field.kind {
        Kind::City => html! {
            <select id={id.clone()} aria-describedby={described.clone()} onchange={on_change}>
                { for City::ALL.iter().map(|c| {
                    let v = fields::serde_plain_name(*c);
                    html! { <option value={v} selected={raw == v}>{ lang.t(c.zh(), c.en()) }</option> }
                }) }
            </select>
        },
        Kind::Size => html! {
            <select id={id.clone()} aria-describedby={described.clone()} onchange={on_change}>
                { for Size::ALL.iter().map(|s| {
                    let v = fields::size_name(*s);
                    html! { <option value={v} selected={raw == v}>{ lang.t(s.zh(), s.en()) }</option> }
                }) }
            </select>
        },
        Kind::Flag => {
            return html! {
                <div class="field check">
                    <input type="checkbox" id={id.clone()} checked={raw == "true"} aria-describedby={described} onchange={on_change} />
                    <label for={id}>{ label }</label>
                    { help }
                </div>
            }
        }
        kind => {
            let mode = match kind {
                Kind::Percent => "decimal",
                Kind::Text => "text",
                _ => "numeric",
            };
            let placeholder = match kind {
                Kind::Year => lang.t("如 2025；没有就留空", "e.g. 2025; empty if none"),
                Kind::Yuan => lang.t("如 1,000,000 或 100万", "e.g. 1,000,000 or 100万"),
                Kind::Percent => lang.t("如 3.2", "e.g. 3.2"),
                Kind::People => "0",
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
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={id}>{ label }</label>
            { control }
            { help }
            { err }
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
        .iter()
        .filter(|(path, _)| state.typing != Some(**path))
        // The summary names each field by its label (beside the field the label is already there).
        .map(|(path, e)| {
            let label = fields::field(*path).map(|f| lang.t(f.label_zh, f.label_en)).unwrap_or_default();
            (dom_id(*path), format!("{label}{}{}", lang.t("：", ": "), lang.t(&e.zh, &e.en)))
        })
        .chain(state.as_of_error.iter().map(|e| ("f-as_of".to_owned(), format!("{}{}", lang.t("评估日期：", "As-of date: "), lang.t(&e.zh, &e.en)))))
        .collect();
    let summary = (!errors.is_empty()).then(|| {
        html! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{ lang.t("请检查以下输入（结果暂按上一次有效的输入计算）", "Please check these entries (results use the last valid input)") }</h2>
                <ul>{ for errors.iter().map(|(id, msg)| html! { <li><a href={format!("#{id}")}>{ msg.clone() }</a></li> }) }</ul>
            </div>
        }
    });
    html! {
        <form class="form" aria-label={lang.t("企业信息", "Enterprise profile")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { for summary }
            { for Section::ALL.iter().map(|section| {
                let shown: Vec<&'static Field> = fields::FIELDS.iter().filter(|f| f.section == *section && fields::relevant(f, city)).collect();
                if shown.is_empty() { return html! {}; }
                html! {
                    <fieldset class={classes!("section", format!("s-{}", section.name()))}>
                        <legend>{ lang.t(section.zh(), section.en()) }</legend>
                        // Keyed: a field keeps its element when the city shows or hides others.
                        <>{ for shown.into_iter().map(|f| html! { <FieldInput key={f.path.to_string()} field={f} /> }) }</>
                        if *section == Section::Basic {
                            <div class={classes!("field", state.as_of_error.is_some().then_some("invalid"))}>
                                <label for="f-as_of">{ lang.t("评估日期", "As-of date") }</label>
                                <input type="date" id="f-as_of" min={format!("{MIN_YEAR}-01-01")} max={format!("{MAX_YEAR}-12-31")} value={state.as_of_raw.clone()}
                                    aria-describedby="f-as_of-help" aria-invalid={state.as_of_error.is_some().to_string()} oninput={on_as_of.clone()} />
                                <span class="help" id="f-as_of-help">{ lang.t("默认今天；可改为其他日期查看政策是否在有效期内。", "Defaults to today; change it to see which documents are in force on another date.") }</span>
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

