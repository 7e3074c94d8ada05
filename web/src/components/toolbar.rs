//! Keep, share, print: the share link, remember-on-this-device, clear,
//! exports and the printable 政策明白卡.

use crate::state::Ctx;
use crate::embed::Mode;
use crate::state::{Action, Evaluation};
use crate::storage;
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

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let Some(state) = use_context::<Ctx>() else { return html! {} };
    let lang = state.lang;
    let standalone = props.mode == Mode::Standalone;
    let in_page = matches!(props.mode, Mode::InPage { .. });
    let link = storage::share_url(&props.share);
    // Exports, the card's QR code: from the part of the calculator loaded on first use.
    let failed = use_state(|| false);
    let answers = state.answers();
    let export = |name: &'static str| {
        let mut args = answers.clone();
        let file = match (name, lang.shown()) {
            ("json", _) => format!("srdi-assessment-{}.json", args[1]),
            (_, crate::i18n::Lang::Zh) => format!("专精特新政策测算-{}.csv", args[1]),
            (_, crate::i18n::Lang::En) => format!("srdi-assessment-{}.csv", args[1]),
        };
        let mime = if name == "json" { "application/json" } else { "text/csv;charset=utf-8" };
        if name == "csv" {
            args.push(lang.code().to_owned());
        }
        let failed = failed.clone();
        Callback::from(move |_| {
            let (failed, file) = (failed.clone(), file.clone());
            crate::extras::with(name, args.clone(), move |out| match out {
                Some(text) => {
                    failed.set(false);
                    storage::download(&file, mime, &text);
                }
                None => failed.set(true),
            });
        })
    };
    let (export_json, export_csv) = (export("json"), export("csv"));
    // The card's QR code is made when the card is asked for, then the browser's print dialog opens.
    let print = {
        let s = state.clone();
        let failed = failed.clone();
        let link = link.clone();
        Callback::from(move |_| {
            let open = || {
                gloo_timers::callback::Timeout::new(50, || {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                })
                .forget();
            };
            // The card carries every item's working: fetched first if not yet.
            let steps = {
                let s = s.clone();
                move || crate::state::load_steps(&s, move |_| open())
            };
            match link.clone() {
                Some(l) if s.qr.as_ref().is_none_or(|q| q.0 != l) => {
                    let (s, failed) = (s.clone(), failed.clone());
                    crate::extras::with("qr", vec![l.clone()], move |out| {
                        failed.set(out.is_none());
                        if let Some((size, path)) = out.as_deref().and_then(|o| o.split_once(' ')) {
                            s.dispatch(Action::Qr(std::rc::Rc::new((l, size.parse().unwrap_or(0), path.to_owned()))));
                        }
                        steps();
                    });
                }
                _ => steps(),
            }
        })
    };
    let remember = {
        let s = state.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let on = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            // Only unticking deletes the saved copy: nothing else ever does, but "clear my data".
            if !on {
                storage::forget();
            }
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
                if let Some((_, what)) = &state.undo {
                    <span class="undo" role="status">{ crate::i18n::pick(lang, what).to_owned() }
                        <button type="button" id="undo-clear" onclick={undo}>{ lang.t("撤销", "Undo") }</button></span>
                }
                if !in_page {
                    <button type="button" id="print" onclick={print}>{ lang.t("打印政策明白卡", "Print the policy card") }</button>
                }
                <button type="button" id="export-json" onclick={export_json}>{ lang.t("导出数据（JSON，供其他程序读取）", "Export data (JSON, for other programs)") }</button>
                <button type="button" id="export-csv" onclick={export_csv}>{ lang.t("下载表格（Excel/WPS 可打开）", "Download spreadsheet (CSV)") }</button>
                if *failed {
                    <p class="error" role="alert">{ lang.t("这项功能未能加载（可能已断网）。请联网后再试；数据不会上传。", "This could not be loaded (perhaps you are offline). Try again when online; nothing is uploaded.") }</p>
                }
            </div>
        </section>
    }
}
