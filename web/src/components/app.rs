//! The whole calculator: header, form, results, toolbar and disclaimer,
//! shaped by the host's presets (`embed::Config`).

use super::form::FormView;
use super::results::ResultsView;
use super::send_to_host::SendToHost;
use super::toolbar::Toolbar;
use crate::embed::{Config, Mode};
use crate::i18n::{pick, Lang};
use crate::state::{Action, State};
use crate::storage;
use srdi_rules::fields;
use srdi_rules::{evaluate, Assessment};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Shared with every component: the state and its dispatcher.
pub type Ctx = UseReducerHandle<State>;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
    /// Prerendering and hydration: start from the blank form as of this date
    /// (the build date), so the first render matches the prerendered HTML;
    /// the visitor's own start (share link, saved answers, today) follows at once.
    #[prop_or_default]
    pub seed: Option<srdi_rules::Date>,
    /// What the person typed into the prerendered form before the wasm arrived
    /// (`form::typed_before_start`): applied over the visitor's starting point.
    #[prop_or_default]
    pub typed: Vec<super::form::Typed>,
}

/// The first state: a share link or saved answers (standalone only), else
/// the host's preset city, else a blank form.
pub fn initial_state(config: &Config) -> State {
    let (profile, remember, notice) = if config.mode == Mode::Standalone { storage::initial_profile() } else { (None, false, None) };
    let profile = profile.unwrap_or_else(|| State::blank_profile(config.city));
    let lang = config.lang.unwrap_or_else(storage::initial_lang);
    State::new(profile, storage::today(), lang, remember, notice)
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The host's options: from props (mount/update) or, in an iframe, from the host's messages.
    let config = use_state(|| props.config.clone());
    {
        let config = config.clone();
        use_effect_with(props.config.clone(), move |c| config.set(c.clone()));
    }
    let state = use_reducer(|| match props.seed {
        // Exactly what was prerendered (Chinese, blank, the build date): the markup's structure
        // must match to hydrate. The visitor's language and answers follow in the effect below.
        Some(date) => State::new(State::blank_profile(None), date, crate::i18n::Lang::Zh, false, None),
        None => initial_state(&props.config),
    });
    // After hydrating the prerendered page: the visitor's own starting point.
    {
        let s = state.clone();
        let seeded = props.seed.is_some();
        let config = props.config.clone();
        let typed = props.typed.clone();
        use_effect_with((), move |_| {
            if seeded {
                s.dispatch(Action::Restore(Box::new(initial_state(&config))));
            }
            // Typing done while the page loaded wins over a saved or shared starting point.
            for t in typed {
                match t {
                    super::form::Typed::AsOf(value) => s.dispatch(Action::SetAsOf(value)),
                    super::form::Typed::Field(path, value) => {
                        s.dispatch(Action::Set(path, value));
                        s.dispatch(Action::Settle(path));
                    }
                }
            }
        });
    }
    let root = use_node_ref();

    // Presets that change after the start (update(), a host message) are applied as if typed.
    {
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

    // The assessment is derived from the last valid profile and date.
    let assessment: Rc<Result<Assessment, srdi_rules::InputError>> = {
        let key = (state.profile.clone(), state.as_of);
        use_memo(key, |(p, d)| evaluate(p, *d))
    };
    let what_if: Option<Rc<Assessment>> = state.what_if.and_then(|fix| evaluate(&fix.apply(&state.profile, state.as_of), state.as_of).ok()).map(Rc::new);

    // The profile as a share-link fragment: written below, shown by the toolbar.
    let fragment = fields::to_share(&state.profile);
    // Standalone only: keep the share link and (only if asked) the saved copy in step.
    {
        let fragment = fragment.clone();
        let remember = state.remember;
        let standalone = config.mode == Mode::Standalone;
        // The address bar follows a quarter of a second after the last keystroke: each
        // history.replaceState costs about 1 ms, and browsers ignore frequent calls.
        let address = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
        use_effect_with((fragment, remember, standalone), move |(fragment, remember, standalone)| {
            if *standalone {
                let f = fragment.clone();
                // Replacing the pending timeout cancels it.
                *address.borrow_mut() = Some(gloo_timers::callback::Timeout::new(250, move || storage::set_fragment(&f)));
                if *remember {
                    storage::save(fragment);
                } else {
                    storage::forget();
                }
            }
        });
    }
    {
        let lang = state.lang;
        let in_page = matches!(config.mode, Mode::InPage { .. });
        use_effect_with(lang, move |lang| {
            // A host page's own <html lang> is never touched.
            if !in_page {
                if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                    let _ = el.set_attribute("lang", lang.code());
                }
            }
        });
    }
    // Theme colour through the CSSOM (allowed by the strict CSP, unlike a style attribute).
    {
        let root = root.clone();
        use_effect_with(config.theme.clone(), move |theme| {
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
    let latest = use_mut_ref(|| props.config.clone());
    *latest.borrow_mut() = (*config).clone();
    use_frame_messaging(&config, latest);

    let lang = state.lang;
    let sections = config.sections;
    let set_lang = {
        let s = state.clone();
        Callback::from(move |l: Lang| s.dispatch(Action::SetLang(l)))
    };
    let notice = state.notice.clone().map(|n| {
        let s = state.clone();
        html! {
            <div class="notice" role="status">
                <p>{ pick(lang, &n).to_owned() }</p>
                <button type="button" onclick={Callback::from(move |_| s.dispatch(Action::DismissNotice))}>{ lang.t("知道了", "OK") }</button>
            </div>
        }
    });
    let title = lang.t("专精特新政策计算器", "SRDI policy calculator");
    let class = classes!("srdi", config.compact.then_some("compact"), config.embedded().then_some("embedded"));

    html! {
        <ContextProvider<Ctx> context={state.clone()}>
        <div class={class} lang={lang.code()} ref={root}>
            if !config.embedded() {
                <a class="skip" href="#results">{ lang.t("跳到结果", "Skip to results") }</a>
            }
            if sections.header {
                <header class="top">
                    <div>
                        <h1>{ title }</h1>
                        <p class="sub">{ lang.t("江苏省及南京、苏州、淮安的专精特新政策：一分钟看清您的企业能享受什么。数据只在本设备上计算，不会上传。",
                            "Jiangsu's SRDI policies, province and cities: see in a minute what your enterprise can get. Everything is computed on this device; nothing is uploaded.") }</p>
                    </div>
                    <div class="lang" role="group" aria-label="语言 / Language">
                        <button type="button" aria-pressed={(lang == Lang::Zh).to_string()} onclick={let c = set_lang.clone(); move |_| c.emit(Lang::Zh)}>{"中文"}</button>
                        <button type="button" aria-pressed={(lang == Lang::En).to_string()} onclick={move |_| set_lang.emit(Lang::En)}>{"English"}</button>
                    </div>
                </header>
            } else {
                <h1 class="sr-only">{ title }</h1>
            }
            { for notice }
            <main class="layout">
                <FormView />
                <ResultsView assessment={assessment.clone()} what_if={what_if} sections={sections} />
            </main>
            if config.result_purpose.is_some() && config.embedded() {
                <SendToHost assessment={assessment.clone()} config={(*config).clone()} />
            }
            if sections.toolbar {
                <Toolbar assessment={assessment} share={fragment} mode={config.mode.clone()} city={config.city} />
            }
            <footer class="disclaimer">
                <p>{ lang.t("本结果依据公开政策文本测算，仅供参考，不是审批决定；征求意见稿可能变化，已到期文件仅作对照。以主管部门最终认定为准。",
                    "An estimate from public policy texts, not a decision. Drafts may change; expired documents are shown for reference. The authorities decide.") }</p>
            </footer>
        </div>
        </ContextProvider<Ctx>>
    }
}

/// In an iframe: tell the host our height whenever it changes, and take
/// option updates from the host, both only with the host's declared origin.
#[hook]
fn use_frame_messaging(config: &UseStateHandle<Config>, latest: Rc<std::cell::RefCell<Config>>) {
    let host_origin = match &config.mode {
        Mode::Frame { host_origin: Some(o) } => Some(o.clone()),
        _ => None,
    };
    let config = config.clone();
    use_effect_with(host_origin, move |origin| {
        let mut cleanup: Vec<Box<dyn FnOnce()>> = Vec::new();
        if let (Some(origin), Some(window)) = (origin.clone(), web_sys::window()) {
            if let Some(parent) = window.parent().ok().flatten() {
                // Height → host.
                let post_height = {
                    let origin = origin.clone();
                    let parent = parent.clone();
                    move || {
                        // The body's own height (the root element's is at least the
                        // frame's), so the frame shrinks as well as grows.
                        let height = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()).map(|b| b.offset_height()).unwrap_or(0);
                        let msg = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"srdi:resize".into());
                        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
                        let _ = parent.post_message(&msg, &origin);
                    }
                };
                let on_resize = Closure::<dyn Fn()>::new(post_height.clone());
                if let (Ok(observer), Some(el)) = (
                    web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
                    window.document().and_then(|d| d.body()),
                ) {
                    observer.observe(&el);
                    cleanup.push(Box::new(move || {
                        observer.disconnect();
                        drop(on_resize);
                    }));
                }
                post_height();

                // Options ← host (any other origin or window is ignored).
                let on_message = {
                    let origin = origin.clone();
                    let parent = parent.clone();
                    Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                        let from_parent = e.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
                        if e.origin() != origin || !from_parent {
                            return;
                        }
                        let data = e.data();
                        let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|t| t.as_string());
                        if kind.as_deref() == Some("srdi:options") {
                            let options = js_sys::Reflect::get(&data, &"options".into()).unwrap_or(JsValue::UNDEFINED);
                            let mut next = latest.borrow().clone();
                            crate::warn_all(next.apply(crate::option_pairs(&options).iter().map(|(k, v)| (k.as_str(), v.as_str()))));
                            config.set(next);
                        }
                    })
                };
                let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
                cleanup.push(Box::new(move || {
                    let _ = window.remove_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
                }));
            }
        }
        move || {
            for c in cleanup {
                c();
            }
        }
    });
}
