//! "Send my results to this site": shown only when the host asked for
//! results (the `result` option, with its purpose). It says exactly what
//! will be sent and to whom; nothing is sent until the user presses it.

use crate::state::{Ctx, Evaluation};
use crate::embed::{Config, Mode};
use srdi_rules::eval::{Amount, Flags, Totals};
use srdi_rules::{Assessment, Date, Profile, Text};
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties)]
pub struct SendProps {
    pub assessment: Evaluation,
    pub config: Config,
}

impl PartialEq for SendProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment) && self.config == other.config
    }
}

/// Exactly what the host receives (`event.detail` of `srdi:result`).
#[derive(Serialize)]
struct SharedResult<'a> {
    profile: &'a Profile,
    as_of: Date,
    rules_version: &'a str,
    totals: &'a Totals,
    items: Vec<SharedItem<'a>>,
}

#[derive(Serialize)]
struct SharedItem<'a> {
    rule_id: &'a str,
    document_zh: &'a str,
    clause: &'a str,
    name_zh: &'a str,
    name_en: &'a str,
    amount: &'a Amount,
    amount_text: Text,
    flags: &'a Flags,
}

fn shared(a: &Assessment, p: &Profile) -> Option<JsValue> {
    let r = SharedResult {
        profile: p,
        as_of: a.as_of,
        rules_version: a.rules_version,
        totals: &a.totals,
        items: a
            .items
            .iter()
            .map(|i| SharedItem { rule_id: i.rule.id, document_zh: i.doc.short_zh, clause: i.clause.number, name_zh: i.rule.name_zh, name_en: i.rule.name_en, amount: &i.amount, amount_text: i.amount_text(), flags: &i.flags })
            .collect(),
    };
    r.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).ok()
}

/// Who would receive the results, as shown to the user.
fn recipient(mode: &Mode) -> Option<String> {
    match mode {
        Mode::Frame { host_origin } => host_origin.clone(),
        Mode::InPage { .. } => web_sys::window().and_then(|w| w.location().origin().ok()),
        Mode::Standalone => None,
    }
}

fn send(mode: &Mode, detail: &JsValue) -> bool {
    match mode {
        Mode::Frame { host_origin: Some(origin) } => {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"srdi:result".into());
            let _ = js_sys::Reflect::set(&msg, &"detail".into(), detail);
            web_sys::window().and_then(|w| w.parent().ok().flatten()).is_some_and(|p| p.post_message(&msg, origin).is_ok())
        }
        Mode::InPage { host } => {
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init.set_detail(detail);
            web_sys::CustomEvent::new_with_event_init_dict("srdi:result", &init).is_ok_and(|e| host.dispatch_event(&e).is_ok())
        }
        _ => false,
    }
}

#[function_component(SendToHost)]
pub fn send_to_host(props: &SendProps) -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let sent = use_state(|| false);
    let lang = state.lang;
    let (Some(to), Some(purpose)) = (recipient(&props.config.mode), props.config.result_purpose.clone()) else { return html! {} };
    let Ok(a) = props.assessment.as_ref().as_ref() else { return html! {} };
    let onclick = {
        let a = a.clone();
        let profile = state.profile.clone();
        let mode = props.config.mode.clone();
        let sent = sent.clone();
        Callback::from(move |_| {
            if let Some(detail) = shared(&a, &profile) {
                sent.set(send(&mode, &detail));
            }
        })
    };
    html! {
        <section class="send" aria-labelledby="send-h">
            <h2 id="send-h">{ lang.t("发送给本网站", "Send to this site") }</h2>
            <p>{ match lang {
                crate::i18n::Lang::Zh => format!("{to} 希望使用您的测算结果，用于：{purpose}。按下按钮后将发送：您填写的企业信息（城市、规模、称号年份、金额等）和测算结果（各条目、金额与合计）。不按就不发送任何内容。"),
                crate::i18n::Lang::En => format!("{to} would like your results, for: {purpose}. Pressing the button sends the answers you entered (city, size, title years, amounts…) and the results (items, amounts, totals). Nothing is sent unless you press it."),
            } }</p>
            <button type="button" id="send-to-host" class="primary" onclick={onclick}>
                { match lang {
                    crate::i18n::Lang::Zh => format!("把企业信息和测算结果发送给 {to}"),
                    crate::i18n::Lang::En => format!("Send my answers and results to {to}"),
                } }
            </button>
            if *sent {
                <p class="sent" role="status">{ lang.t("已发送。", "Sent.") }</p>
            }
        </section>
    }
}
