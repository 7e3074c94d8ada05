//! The srdi-calc web app: a Yew front end over srdi-rules, entirely in the
//! browser. State lives in one reducer (`state.rs`); the assessment is derived
//! from it on every change; components are named after what a user sees.
#![forbid(unsafe_code)]

mod components;
mod i18n;
mod state;
mod storage;

use components::app::App;

/// Replaces the page with a readable message if anything in the wasm panics.
fn install_panic_page() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) {
            root.set_inner_html(
                "<div class=\"fatal\" role=\"alert\"><h2>计算器出错了 / The calculator hit an error</h2>\
                 <p>您的数据没有离开本设备。请重新加载页面；若问题重复出现，请告诉我们您的操作步骤。</p>\
                 <p>Your data has not left this device. Please reload the page; if it happens again, tell us what you did.</p>\
                 <p><a class=\"button\" href=\"\">重新加载 / Reload</a></p></div>",
            );
        }
        web_sys::console::error_1(&detail.into());
    }));
}

fn main() {
    install_panic_page();
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else { return };
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}
