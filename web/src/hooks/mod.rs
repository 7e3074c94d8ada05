//! The app's effects, one hook each (as in Yew's own examples): the visitor's
//! starting point after the first render, host presets that change later, the share
//! link and saved copy, the page language, the host's theme colour, and (in
//! `frame.rs`) the messages exchanged with a host page around an iframe.

mod frame;
mod prefill;

pub use frame::use_frame_messaging;
pub use prefill::use_prefill;

use crate::components::form::Typed;
use crate::embed::{Config, Mode};
use crate::i18n::Lang;
use crate::state::{Action, Ctx, State};
use crate::storage;
use srdi_rules::fields;
use yew::prelude::*;

/// The first state: a share link or saved answers (standalone only), else
/// the host's preset city, else a blank form.
pub fn initial_state(config: &Config) -> State {
    let start = if config.mode == Mode::Standalone { storage::initial_profile() } else { storage::Start::default() };
    state_from(config, start)
}

/// The state a starting point gives: its answers (else the host's preset city, blank), its date.
fn state_from(config: &Config, start: storage::Start) -> State {
    let profile = start.profile.unwrap_or_else(|| State::blank_profile(config.city));
    let lang = config.lang.unwrap_or_else(storage::initial_lang);
    let mut state = State::new(profile, storage::today(), lang, start.remember, start.notice);
    state.link_over_saved = start.link_over_saved;
    state.rules_before = start.rules_before.map(Into::into);
    if config.mode == Mode::Standalone {
        state.care = storage::initial_care();
        // A shared (or saved) result opens on the date it was worked out for.
        if let Some(d) = start.as_of {
            state.as_of = d;
            state.as_of_raw = d.to_string();
        }
    }
    state
}

/// The state the answers saved on this device give (for 「改用我保存的答案」).
pub fn saved_state(config: &Config) -> Option<State> {
    let start = storage::from_saved(&storage::load_saved()?);
    start.profile.is_some().then(|| state_from(config, start))
}

/// Standalone only: a link pasted into the address bar of an open tab (or reached with Back /
/// Forward) is the new firm: its answers replace the shown ones, as when the page is opened
/// from it (saved answers are never overwritten), with "undo". `current` is the fragment the
/// page itself last wrote; anchors such as `#results` are not answers and change nothing.
#[hook]
pub fn use_links_opened(state: &Ctx, config: &Config, current: &str) {
    let latest = use_mut_ref(String::new);
    *latest.borrow_mut() = current.to_owned();
    let s = state.clone();
    let config = config.clone();
    use_effect_with((), move |_| {
        // The address last handled: Back/Forward and a pasted link fire both popstate and
        // hashchange; the second must not open the same link again.
        let seen = std::rc::Rc::new(std::cell::RefCell::new(storage::fragment()));
        let window = web_sys::window().filter(|_| config.mode == Mode::Standalone);
        let listeners = window.map(|window| {
            let on_change = move |_: &web_sys::Event| {
                let now = storage::fragment();
                if !storage::holds_answers(&storage::split_as_of(&now).0) || now == *latest.borrow() || now == *seen.borrow() {
                    return;
                }
                *seen.borrow_mut() = now;
                let next = initial_state(&config);
                let what = srdi_rules::Text { zh: "已打开新链接中的答案，之前显示的答案可撤销找回。".into(), en: srdi_rules::en!("The answers from the new link are shown; undo brings back the ones shown before.") };
                s.dispatch(Action::Open(Box::new(next), what));
            };
            let on_change = std::rc::Rc::new(on_change);
            let a = on_change.clone();
            [
                gloo_events::EventListener::new(&window, "hashchange", move |e| a(e)),
                gloo_events::EventListener::new(&window, "popstate", move |e| on_change(e)),
            ]
        });
        move || drop(listeners)
    });
}

/// After the first render: whatever the visitor typed into the prerendered page while the wasm
/// loaded (it wins over a saved or shared start), then what the Chinese-only build handed over.
#[hook]
pub fn use_visitor_start(state: &Ctx, typed: &[Typed], handed: Option<std::rc::Rc<crate::handoff::HandOff>>) {
    let s = state.clone();
    let typed = typed.to_vec();
    use_effect_with((), move |_| {
        for t in typed {
            match t {
                Typed::AsOf(value) => s.dispatch(Action::SetAsOf(value)),
                Typed::Field(path, value) => {
                    s.dispatch(Action::Set(path, value));
                    s.dispatch(Action::Settle(path));
                }
            }
        }
        if let Some(h) = handed {
            s.dispatch(Action::Handed(h.from_host.clone(), h.host.clone(), h.remember, h.care));
        }
    });
}

/// Presets that change after the start (update(), a host message) are applied as if typed.
#[hook]
pub fn use_presets(state: &Ctx, config: &Config) {
    let s = state.clone();
    let first = use_mut_ref(|| true);
    use_effect_with((config.city, config.lang), move |(city, lang)| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            if let Some(c) = city {
                s.dispatch(Action::Set(srdi_rules::Path::City, fields::serde_plain_name(*c).to_owned()));
            }
            if let Some(l) = lang {
                s.dispatch(Action::SetLang(*l));
            }
        }
    });
}

/// Standalone only: keep the share link and (only if asked) the saved copy in step. Nothing here
/// deletes the saved copy (only unticking 记住 or "clear my data" does), and while a link's
/// answers are shown over saved ones (`link_over_saved`), nothing is saved over them.
#[hook]
pub fn use_share_link(fragment: &str, remember: bool, link_over_saved: bool, standalone: bool, lang: Lang, care: bool) {
    // The address bar follows a quarter of a second after the last keystroke: each
    // history.replaceState costs about 1 ms, and browsers ignore frequent calls.
    // A page closed or reloaded within that quarter second writes it at once (pagehide).
    let address = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let pending = use_mut_ref(|| None::<(String, bool)>);
    {
        let pending = pending.clone();
        use_effect_with(standalone, move |standalone| {
            let listener = web_sys::window().filter(|_| *standalone).map(|window| {
                gloo_events::EventListener::new(&window, "pagehide", move |_| {
                    if let Some((f, own)) = pending.borrow_mut().take() {
                        write_address(&f, own);
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with((fragment.to_owned(), remember, link_over_saved, standalone, lang, care), move |(fragment, remember, link_over_saved, standalone, lang, care)| {
        if *standalone {
            let own = *remember && !*link_over_saved;
            *pending.borrow_mut() = Some((fragment.clone(), own));
            let (f, pending) = (fragment.clone(), pending.clone());
            // Replacing the pending timeout cancels it.
            *address.borrow_mut() = Some(gloo_timers::callback::Timeout::new(250, move || {
                pending.borrow_mut().take();
                write_address(&f, own);
            }));
            if *remember {
                if own {
                    storage::save(fragment);
                }
                storage::save_prefs(*lang, *care);
            }
        }
    });
}

/// The address bar shows the answers; while they are the person's own remembered ones, the
/// address is marked as theirs, so that a reload or a bookmark of it opens what is saved.
fn write_address(fragment: &str, own: bool) {
    storage::set_fragment(fragment);
    if own {
        storage::mark_own(fragment);
    }
}

/// After "use in my answers": the changed field gets the focus (or, for a title's
/// renewal whose details are closed, the title's year), so the person sees what changed.
#[hook]
pub fn use_focus_done(root: &NodeRef, done: Option<srdi_rules::Path>) {
    let root = root.clone();
    use_effect_with(done, move |done| {
        // Looked up under the calculator's own root, so it works inside a host's shadow root too.
        if let (Some(path), Some(root)) = (*done, root.cast::<web_sys::Element>()) {
            gloo_timers::callback::Timeout::new(0, move || {
                let find = |p: srdi_rules::Path| root.query_selector(&format!("#{}", crate::components::form::dom_id(p))).ok().flatten();
                let fallback = match path {
                    srdi_rules::Path::TitleDetail(t, _) => srdi_rules::Path::TITLES.get(usize::from(t)).copied(),
                    _ => None,
                };
                if let Some(el) = find(path).or_else(|| fallback.and_then(find)) {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            })
            .forget();
        }
    });
}

/// The page's `<html lang>` follows the language; a host page's own is never touched.
#[hook]
pub fn use_page_lang(lang: Lang, in_page: bool) {
    use_effect_with(lang, move |lang| {
        if !in_page {
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                // What is shown, not what is asked: while English loads the page is still Chinese.
                let _ = el.set_attribute("lang", lang.shown().code());
            }
        }
    });
}

/// The host's theme colour, through the CSSOM (allowed by the strict CSP, unlike a style attribute).
#[hook]
pub fn use_theme(root: &NodeRef, theme: Option<String>) {
    let root = root.clone();
    use_effect_with(theme, move |theme| {
        if let Some(el) = root.cast::<web_sys::HtmlElement>() {
            let style = el.style();
            match theme {
                Some(c) => {
                    let _ = style.set_property("--accent", c);
                }
                None => {
                    let _ = style.remove_property("--accent");
                }
            }
        }
    });
}
