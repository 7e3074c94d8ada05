//! Keep, share, print: the share link, remember-on-this-device, clear,
//! exports and the printable 政策明白卡.

use crate::state::Ctx;
use crate::embed::Mode;
use crate::state::{Action, Evaluation};
use crate::storage;
use srdi_rules::Assessment;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct ToolbarProps {
    pub assessment: Evaluation,
    /// The profile's share-link fragment (the app computes it once a render).
    pub share: String,
    pub mode: Mode,
    /// The host's preset city: "clear my data" returns to it.
    pub city: Option<srdi_rules::profile::City>,
}

impl PartialEq for ToolbarProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment) && self.share == other.share && self.mode == other.mode && self.city == other.city
    }
}

fn assessment_json(a: &Assessment) -> String {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(a, &ser)
        .ok()
        .and_then(|v| js_sys::JSON::stringify_with_replacer_and_space(&v, &wasm_bindgen::JsValue::NULL, &wasm_bindgen::JsValue::from_f64(2.0)).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let lang = state.lang;
    let standalone = props.mode == Mode::Standalone;
    let in_page = matches!(props.mode, Mode::InPage { .. });
    let link = storage::share_url(&props.share);
    let export_json = {
        let a = props.assessment.clone();
        Callback::from(move |_| {
            if let Ok(a) = a.as_ref() {
                storage::download(&format!("srdi-assessment-{}.json", a.as_of), "application/json", &assessment_json(a));
            }
        })
    };
    let export_csv = {
        let a = props.assessment.clone();
        Callback::from(move |_| {
            if let Ok(a) = a.as_ref() {
                let (name, csv_lang) = match lang {
                    crate::i18n::Lang::Zh => ("专精特新政策测算", srdi_rules::export::Language::Zh),
                    crate::i18n::Lang::En => ("srdi-assessment", srdi_rules::export::Language::En),
                };
                storage::download(&format!("{name}-{}.csv", a.as_of), "text/csv;charset=utf-8", &a.items_csv(csv_lang));
            }
        })
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let remember = {
        let s = state.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let on = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            s.dispatch(Action::Remember(on));
        })
    };
    // Clearing removes the saved copy at once; "undo" brings the answers back (and, if they
    // were remembered, saves them again) until the person starts typing.
    let clear = {
        let s = state.clone();
        let city = props.city;
        Callback::from(move |_| {
            if standalone {
                storage::forget();
            }
            s.dispatch(Action::Clear(city));
        })
    };
    let undo = {
        let s = state.clone();
        Callback::from(move |_| s.dispatch(Action::Undo))
    };
    // Copy the link (or, opened as a file, the answers' code) to the clipboard.
    let copied = use_state(|| false);
    let copy_text = link.clone().unwrap_or_else(|| format!("#{}", props.share));
    let copy = {
        let copied = copied.clone();
        let text = copy_text.clone();
        Callback::from(move |_| {
            let Some(w) = web_sys::window() else { return };
            // No clipboard (a page opened as a file, an old browser): select the text for Ctrl+C.
            let has_clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).is_ok_and(|c| !c.is_undefined() && !c.is_null());
            if has_clipboard {
                let _ = w.navigator().clipboard().write_text(&text);
                copied.set(true);
            } else {
                use wasm_bindgen::JsCast;
                if let Some(i) = w.document().and_then(|d| d.get_element_by_id("share-link")).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                    let _ = i.focus();
                    i.select();
                }
                copied.set(false);
            }
        })
    };
    html! {
        <section class="toolbar" aria-label={lang.t("保存与分享", "Keep and share")}>
            // Share links and remembering belong to the standalone page, not a host's.
            if standalone {
                <div class="field share">
                    if link.is_some() {
                        <label for="share-link">{ lang.t("分享链接（信息只在链接的 # 之后，不会发送到服务器）", "Share link (your answers sit after the #, never sent to a server)") }</label>
                    } else {
                        <label for="share-link">{ lang.t("答案代码：本页是离线文件，没有可分享的网址。请把本文件和这段代码一起发给对方，对方打开文件后把代码粘贴到地址栏末尾即可。",
                            "Answer code: this page is an offline file with no web address to share. Send the file with this code; the other person opens the file and pastes the code at the end of the address.") }</label>
                    }
                    <div class="share-row">
                        <input id="share-link" type="text" readonly=true value={copy_text} />
                        <button type="button" id="copy-link" onclick={copy}>{ if link.is_some() { lang.t("复制链接", "Copy link") } else { lang.t("复制代码", "Copy code") } }</button>
                    </div>
                    <p class="copied" role="status">{ if *copied { lang.t("已复制。", "Copied.") } else { "" } }</p>
                </div>
            }
            <div class="buttons">
                if standalone {
                    <label class="check"><input type="checkbox" id="remember" checked={state.remember} onchange={remember} />{ lang.t("在本设备上记住我的答案", "Remember my answers on this device") }</label>
                }
                <button type="button" id="clear" onclick={clear}>{ lang.t("清除我的数据", "Clear my data") }</button>
                if state.undo.is_some() {
                    <span class="undo" role="status">{ lang.t("已清除，本设备上保存的答案也已删除。", "Cleared, including the answers saved on this device.") }
                        <button type="button" id="undo-clear" onclick={undo}>{ lang.t("撤销", "Undo") }</button></span>
                }
                if !in_page {
                    <button type="button" id="print" onclick={print}>{ lang.t("打印政策明白卡", "Print the policy card") }</button>
                }
                <button type="button" id="export-json" onclick={export_json}>{ lang.t("导出数据（JSON，供其他程序读取）", "Export data (JSON, for other programs)") }</button>
                <button type="button" id="export-csv" onclick={export_csv}>{ lang.t("下载表格（Excel/WPS 可打开）", "Download spreadsheet (CSV)") }</button>
            </div>
        </section>
    }
}
