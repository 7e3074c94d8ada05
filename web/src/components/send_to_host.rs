//! "Send my results to this site": shown only when the host asked for
//! results (the `result` option, with its purpose). It says exactly what
//! will be sent and to whom; nothing is sent until the user presses it.

use crate::state::{Ctx, Evaluation};
use crate::embed::{Config, Mode};
use std::rc::Rc;
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

/// Who would receive the results, as shown to the user.
fn recipient(mode: &Mode) -> Option<String> {
    match mode {
        Mode::Frame { host_origin } => host_origin.clone(),
        Mode::InPage { .. } => web_sys::window().and_then(|w| w.location().origin().ok()),
        Mode::Standalone => None,
    }
}

#[function_component(SendToHost)]
pub fn send_to_host(props: &SendProps) -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let sent = use_state(|| false);
    let lang = state.lang;
    let (Some(to), Some(purpose)) = (recipient(&props.config.mode), props.config.result_purpose.clone()) else { return html! {} };
    if props.assessment.is_err() {
        return html! {};
    }
    let onclick = {
        // Exactly what is sent is written by the part loaded on first use (web/extras: host_result).
        let args = state.answers();
        let mode = props.config.mode.clone();
        let sent = sent.clone();
        Callback::from(move |_| {
            let (mode, sent) = (mode.clone(), sent.clone());
            crate::extras::with("host_result", args.clone(), move |out| {
                if let Some(detail) = out.and_then(|json| js_sys::JSON::parse(&json).ok()) {
                    sent.set(crate::embed::tell_host(&mode, "srdi:result", &detail));
                }
            });
        })
    };
    html! {
        <section class="send" aria-labelledby="send-h">
            <h2 id="send-h">{ lang.t("发送给本网站", "Send to this site") }</h2>
            <p>{ match lang.shown() {
                crate::i18n::Lang::Zh => format!("{to} 希望使用您的测算结果，用于：{purpose}。按下按钮后将发送：您填写的企业信息（城市、规模、称号年份、金额等）和测算结果（各条目、金额与合计）。不按就不发送任何内容。"),
                crate::i18n::Lang::En => format!("{to} would like your results, for: {purpose}. Pressing the button sends the answers you entered (city, size, title years, amounts…) and the results (items, amounts, totals). Nothing is sent unless you press it."),
            } }</p>
            <button type="button" id="send-to-host" class="primary" onclick={onclick}>
                { match lang.shown() {
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
