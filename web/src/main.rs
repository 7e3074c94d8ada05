//! The srdi-calc web app: a Yew front end over srdi-rules, entirely in the
//! browser. State lives in one reducer (`state.rs`); the assessment is derived
//! from it on every change; components are named after what a user sees.
//!
//! Three ways in (see `embed.rs`): the standalone page (`#srdi-app` with
//! `data-srdi-standalone`), the same page framed by a host (`?embed=1`), and
//! `mountInto`, which `embed.js` calls to render into a host's shadow root.
#![forbid(unsafe_code)]
// Natively only the prerenderer runs; the browser entry points are unused there.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod components;
mod embed;
mod extras;
mod handoff;
mod hooks;
mod i18n;
mod pathmap;
mod state;
mod storage;

use components::app::{App, AppProps};
use embed::{option_pairs, warn_all, Config, Mode};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The standalone page's (or a host's iframe's) calculator, for `stopApp`.
    static PAGE_APP: RefCell<Option<yew::AppHandle<App>>> = const { RefCell::new(None) };
    /// Every element the calculator renders into, for the panic page.
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// The panic page (web/boot/panic.html, also put in the boot and embed.js by scripts/postbuild.mjs).
const PANIC_PAGE: &str = include_str!("../boot/panic.html");

/// Replaces every calculator on the page with a readable message if anything
/// in the wasm panics. (Yew's own hook would only log to the console.)
fn install_panic_page() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        ROOTS.with(|roots| {
            for root in roots.borrow().iter() {
                root.set_inner_html(PANIC_PAGE);
                if let Ok(Some(button)) = root.query_selector("[data-srdi-reload]") {
                    let reload = Closure::<dyn Fn()>::new(|| {
                        if let Some(w) = web_sys::window() {
                            let _ = w.location().reload();
                        }
                    });
                    let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
                    reload.forget();
                }
            }
        });
        web_sys::console::error_1(&detail.into());
    }));
}

fn remember_root(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

fn forget_root(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().retain(|e| !js_sys::Object::is(e, root)));
}

/// Offline after the first visit: the service worker generated at build time (sw.js).
fn register_service_worker(window: &web_sys::Window) {
    let protocol = window.location().protocol().unwrap_or_default();
    if window.is_secure_context() && (protocol == "https:" || protocol == "http:") {
        // A failure (e.g. storage disabled) only means no offline copy.
        let registering = window.navigator().service_worker().register("./sw.js");
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = registering.catch(&ignore);
        ignore.forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod prerender;

/// Natively: the build-time prerenderer (see `prerender.rs`).
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    prerender::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    install_panic_page();
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    // Only the standalone page starts by itself; host pages call mountInto.
    let Some(root) = doc.get_element_by_id("srdi-app").filter(|e| e.has_attribute("data-srdi-standalone")) else { return };
    let pairs = embed::query_pairs(&window.location().search().unwrap_or_default());
    let framed = pairs.iter().any(|(k, v)| k == "embed" && v == "1");
    let mode = if framed {
        Mode::Frame { host_origin: pairs.iter().find(|(k, _)| k == "origin").and_then(|(_, v)| embed::valid_origin(v)) }
    } else {
        Mode::Standalone
    };
    let mut config = Config::new(mode);
    warn_all(config.apply(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))));
    if !framed && doc.query_selector("meta[name=srdi-single-file]").ok().flatten().is_none() {
        register_service_worker(&window);
    }
    remember_root(&root);
    // The prerendered page (index.html: the form and an empty result, Yew SSR at build time) is
    // replaced by the running app in one go: no frame shows anything between, the markup is the
    // same, and what was typed into it while the wasm loaded is kept, as is the field that had the
    // focus, with its caret. (Hydrating it instead cost 7.5 KB of the first load: docs/performance.md.)
    let prerendered = root.get_attribute("data-srdi-prerendered").and_then(|d| srdi_rules::Date::parse(&d));
    let typed = prerendered
        .map(|date| {
            let blank = state::State::new(state::State::blank_profile(None), date, i18n::Lang::Zh, false, None);
            components::form::typed_before_start(&root, &blank)
        })
        .unwrap_or_default();
    let focus = doc.active_element().filter(|e| root.contains(Some(e))).map(|e| {
        let caret = e.dyn_ref::<web_sys::HtmlInputElement>().and_then(|i| i.selection_start().ok().flatten());
        (e.id(), caret)
    });
    // English chosen in the Chinese-only build (`handoff`): this build takes over its element.
    let boot = js_sys::Reflect::get(&window, &"__srdiBoot".into()).ok().filter(|b| b.is_object());
    let handed = boot.as_ref().filter(|_| cfg!(feature = "english")).and_then(|b| js_sys::Reflect::get(b, &"handoff".into()).ok()).and_then(|h| h.as_string()).map(|h| handoff::read(&h));
    if let Some(b) = &boot {
        let _ = js_sys::Reflect::delete_property(b.unchecked_ref::<js_sys::Object>(), &"handoff".into());
    }
    let english = if cfg!(feature = "english") { None } else { boot.as_ref().and_then(|b| js_sys::Reflect::get(b, &"english".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok()) };
    let (typed, handed) = match handed {
        Some(h) => {
            // The Chinese-only build is stopped now, in the same task as this build renders: no
            // frame shows an empty page, and the scroll position stays.
            if let Some(stop) = boot.as_ref().and_then(|b| js_sys::Reflect::get(b, &"stop".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
                let _ = stop.call0(&JsValue::NULL);
            }
            warn_all(config.apply(h.options.iter().map(|(k, v)| (k.as_str(), v.as_str()))));
            config.lang = Some(i18n::Lang::En);
            (h.typed.clone(), Some(std::rc::Rc::new(h)))
        }
        None => (typed, None),
    };
    root.set_inner_html("");
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config, seed: None, typed, handed, english }).render();
    // Yew renders in a microtask; this one runs after it, with the answers typed already in place.
    if let Some((id, caret)) = focus.filter(|(id, _)| !id.is_empty()) {
        wasm_bindgen_futures::spawn_local(async move {
            let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id)) else { return };
            if let Some(i) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = i.focus();
            }
            if let (Some(i), Some(c)) = (el.dyn_ref::<web_sys::HtmlInputElement>(), caret) {
                let _ = i.set_selection_range(c, c);
            }
        });
    }
    PAGE_APP.with(|a| *a.borrow_mut() = Some(app));
    // Started: the page's "still loading" line goes, and the totals show.
    let _ = root.remove_attribute("data-booting");
    if let Some(note) = doc.get_element_by_id("srdi-booting") {
        note.remove();
    }
}

/// The boot, before the bilingual build takes over (`handoff`): the page's calculator is unmounted
/// (its listeners and timers go with it) and its element emptied.
#[wasm_bindgen(js_name = stopApp)]
pub fn stop_app() {
    if let Some(app) = PAGE_APP.with(|a| a.borrow_mut().take()) {
        app.destroy();
    }
}

/// A calculator rendered into a host page (by `embed.js`), with `update` and `destroy`.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<yew::AppHandle<App>>,
    english: Option<js_sys::Function>,
    config: Config,
    root: web_sys::Element,
}

#[wasm_bindgen]
impl Mounted {
    /// Applies new options (city, lang, theme, compact, sections, result).
    pub fn update(&mut self, options: JsValue) {
        let mut config = self.config.clone();
        warn_all(config.apply(option_pairs(&options).iter().map(|(k, v)| (k.as_str(), v.as_str()))));
        self.config = config.clone();
        if let Some(app) = self.app.as_mut() {
            app.update(AppProps { config, seed: None, typed: Vec::new(), handed: None, english: self.english.clone() });
        }
    }

    /// Unmounts the calculator; what it rendered is removed.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        forget_root(&self.root);
    }
}

/// Renders a calculator into `root` (inside the host's shadow root); events go to `host`.
/// `english`: in the Chinese-only build, what to call (with the hand-off text, returning a promise)
/// when English is chosen; `handoff`: in the bilingual build, what the Chinese-only one handed over.
#[wasm_bindgen(js_name = mountInto)]
pub fn mount_into(root: web_sys::Element, host: web_sys::Element, options: JsValue, english: Option<js_sys::Function>, handoff: Option<String>) -> Mounted {
    let mut config = Config::new(Mode::InPage { host });
    warn_all(config.apply(option_pairs(&options).iter().map(|(k, v)| (k.as_str(), v.as_str()))));
    let handed = handoff.filter(|_| cfg!(feature = "english")).map(|h| handoff::read(&h));
    if let Some(h) = &handed {
        warn_all(config.apply(h.options.iter().map(|(k, v)| (k.as_str(), v.as_str()))));
        config.lang = Some(i18n::Lang::En);
    }
    let typed = handed.as_ref().map(|h| h.typed.clone()).unwrap_or_default();
    let english = english.filter(|_| !cfg!(feature = "english"));
    remember_root(&root);
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config: config.clone(), seed: None, typed, handed: handed.map(std::rc::Rc::new), english: english.clone() }).render();
    Mounted { app: Some(app), english, config, root }
}

/// For the browser tests of the panic page only: panics inside the wasm.
#[wasm_bindgen(js_name = __srdiPanicForTest)]
pub fn panic_for_test() {
    panic!("deliberate panic (browser test of the panic page)");
}
