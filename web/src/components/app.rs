//! The whole calculator: header, form, results, toolbar and disclaimer,
//! shaped by the host's presets (`embed::Config`).

use super::form::FormView;
use super::results::ResultsView;
use super::send_to_host::SendToHost;
use super::toolbar::Toolbar;
use crate::embed::{Config, Mode};
use crate::hooks::{self, initial_state};
use crate::i18n::{pick, Lang};
use crate::state::{Action, Ctx, Evaluation, State};
use srdi_rules::fields;
use srdi_rules::{evaluate, Assessment};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
    /// Prerendering (native, at build time): the blank form as of this date (the build date), in
    /// Chinese. In the browser it is `None`: the visitor's own start (share link, saved answers, today).
    #[prop_or_default]
    pub seed: Option<srdi_rules::Date>,
    /// What the person typed into the prerendered form before the wasm arrived
    /// (`form::typed_before_start`): applied over the visitor's starting point.
    #[prop_or_default]
    pub typed: Vec<super::form::Typed>,
    /// Started by the Chinese-only build when English was chosen there (`handoff`): the rest of
    /// what it had on screen (its typed answers are in `typed`).
    #[prop_or_default]
    pub handed: Option<Rc<crate::handoff::HandOff>>,
    /// In the Chinese-only build: how to ask for the bilingual one (the boot's `english`, or
    /// embed.js's callback); `None` in the bilingual build.
    #[prop_or_default]
    pub english: Option<js_sys::Function>,
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
        // What is prerendered (Chinese, blank, the build date).
        Some(date) => State::new(State::blank_profile(None), date, crate::i18n::Lang::Zh, false, None),
        None => initial_state(&props.config),
    });
    let root = use_node_ref();
    hooks::use_visitor_start(&state, &props.typed, props.handed.clone());
    // English chosen in the Chinese-only build: the bilingual build takes over (`handoff`).
    #[cfg(not(feature = "english"))]
    {
        let s = state.clone();
        let config = config.clone();
        let ask = props.english.clone();
        let root = root.clone();
        use_effect_with(state.lang, move |lang| {
            if *lang == Lang::En {
                crate::handoff::ask(&s, &config, ask.as_ref(), root.cast::<web_sys::Element>());
            }
        });
    }
    // Handed over by the Chinese-only build: its open cards open again once shown (their working
    // then loads in English), and the language switch gets the focus back if it had it.
    #[cfg(feature = "english")]
    {
        let pending = use_mut_ref(|| props.handed.as_ref().map(|h| (h.open.clone(), h.focus_lang, h.groups.clone())).unwrap_or_default());
        let root = root.clone();
        use_effect(move || {
            let mut p = pending.borrow_mut();
            let Some(root) = root.cast::<web_sys::Element>() else { return };
            // A folded group opens first; its toggle makes its cards, which open on the next render.
            p.2.retain(|g| {
                let d = root.query_selector(&format!("details.group.{g}")).ok().flatten();
                d.and_then(|d| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDetailsElement>(d).ok()).map(|d| d.set_open(true)).is_none()
            });
            if std::mem::take(&mut p.1) {
                if let Some(b) = root.query_selector(".lang button[aria-pressed='true']").ok().flatten().and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok()) {
                    let _ = b.focus();
                }
            }
            p.0.retain(|id| {
                let d = root.query_selector(&format!("li.item[data-rule='{id}'] details")).ok().flatten();
                d.and_then(|d| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDetailsElement>(d).ok()).map(|d| d.set_open(true)).is_none()
            });
        });
    }
    hooks::use_presets(&state, &config);

    // The assessment is derived from the last valid profile and date.
    let assessment: Evaluation = {
        let key = (state.counted.clone(), state.as_of);
        use_memo(key, |(p, d)| evaluate(p, *d).map(Rc::new))
    };
    let what_if: Rc<Option<Assessment>> = {
        let key = (state.counted.clone(), state.as_of, state.what_if);
        use_memo(key, |(p, d, fix)| fix.and_then(|fix| evaluate(&fix.apply(p, *d), *d).ok()))
    };

    // The profile as a share-link fragment: written below, shown by the toolbar.
    // A result worked out for another date than today carries it, so the link reopens the same result.
    let fragment = if state.as_of == state.today { fields::to_share(&state.counted) } else { format!("{}&as_of={}", fields::to_share(&state.counted), state.as_of) };
    hooks::use_share_link(&fragment, state.remember, state.link_over_saved, config.mode == Mode::Standalone, state.lang, state.care);
    hooks::use_links_opened(&state, &config, &fragment);
    hooks::use_focus_done(&root, state.done.as_ref().map(|(_, p)| *p));
    hooks::use_page_lang(state.lang, matches!(config.mode, Mode::InPage { .. }));
    hooks::use_theme(&root, config.theme.clone());
    let latest = use_mut_ref(|| props.config.clone());
    *latest.borrow_mut() = (*config).clone();
    hooks::use_frame_messaging(&config, latest);
    hooks::use_prefill(&state, &config);
    // Saved answers last worked out with older rules: what changed for this firm, said first.
    {
        let s = state.clone();
        use_effect_with(state.rules_before.clone(), move |before| {
            if let Some(v) = before.clone() {
                let mut args = s.answers();
                args.push(v.to_string());
                crate::extras::with("changed_since", args, move |out| {
                    if let Some((zh, en)) = out.as_deref().and_then(|o| o.split_once('\x1e')) {
                        s.dispatch(Action::Notice(srdi_rules::Text { zh: zh.into(), en: srdi_rules::en!(en) }));
                    }
                });
            }
        });
    }

    let lang = state.lang;
    let age = srdi_rules::changes::rules_age(state.today);
    let sections = config.sections;
    let set_lang = {
        let s = state.clone();
        Callback::from(move |l: Lang| s.dispatch(Action::SetLang(l)))
    };
    let notice = state.notice.clone().map(|n| {
        let s = state.clone();
        let u = state.clone();
        html! {
            <div class="notice" role="status">
                <p>{ pick(lang, &n).to_owned() }</p>
                if state.undo.is_some() {
                    <button type="button" id="undo-open" onclick={Callback::from(move |_| u.dispatch(Action::Undo))}>{ lang.t("撤销", "Undo") }</button>
                }
                <button type="button" onclick={Callback::from(move |_| s.dispatch(Action::DismissNotice))}>{ lang.t("知道了", "OK") }</button>
            </div>
        }
    });
    // A link's answers over the ones saved on this device: say so until the person chooses.
    let over_saved = state.link_over_saved.then(|| {
        let (s, k) = (state.clone(), state.clone());
        let config = (*config).clone();
        let use_saved = Callback::from(move |_| {
            if let Some(saved) = hooks::saved_state(&config) {
                let what = srdi_rules::Text { zh: "已改用您保存的答案；链接中的答案可撤销找回。".into(), en: srdi_rules::en!("Your saved answers are shown; undo brings back the link's answers.") };
                s.dispatch(Action::Open(Box::new(saved), what));
            }
        });
        html! {
            <div class="notice over-saved" role="status">
                <p>{ lang.t("现在显示的是链接中的答案。您在本设备上保存的答案没有改动，也不会被覆盖。", "These are the answers from the link. The answers saved on this device are unchanged and will not be overwritten.") }</p>
                <button type="button" id="use-saved" onclick={use_saved}>{ lang.t("改用我保存的答案", "Use my saved answers") }</button>
                <button type="button" id="keep-shown" onclick={Callback::from(move |_| k.dispatch(Action::KeepShown))}>{ lang.t("保存这些答案（替换本设备上保存的）", "Save these instead (replaces the saved ones)") }</button>
            </div>
        }
    });
    // In-page links (跳到结果, 看结果 ↓, the error summary's) move the view and the focus but
    // never the address: its `#` holds the answers, which a reload or a share must keep.
    let in_page_link = {
        let root = root.clone();
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let Some(a) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("a[href^='#']").ok().flatten()) else { return };
            let id = a.get_attribute("href").unwrap_or_default();
            let Some(root) = root.cast::<web_sys::Element>() else { return };
            let Some(target) = root.query_selector(&format!("[id='{}']", id.trim_start_matches('#').replace('\'', ""))).ok().flatten() else { return };
            e.prevent_default();
            target.scroll_into_view();
            if let Ok(el) = target.dyn_into::<web_sys::HtmlElement>() {
                if !el.has_attribute("tabindex") && !matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON") {
                    let _ = el.set_attribute("tabindex", "-1");
                }
                let _ = el.focus();
            }
        })
    };
    let title = lang.t("专精特新政策计算器", "SRDI policy calculator");
    let class = classes!("srdi", config.compact.then_some("compact"), config.embedded().then_some("embedded"), state.care.then_some("care"));
    let care = state.care;
    let toggle_care = {
        let s = state.clone();
        Callback::from(move |_| s.dispatch(Action::SetCare(!care)))
    };
    // "已填入…" is said at the field it filled, where the focus lands (form.rs).

    html! {
        <ContextProvider<Ctx> context={state.clone()}>
        <div class={class} lang={lang.shown().code()} ref={root} onclick={in_page_link}>
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
                        <button type="button" class="care-toggle" aria-pressed={care.to_string()} onclick={toggle_care}>{ lang.t("关怀模式（大字）", "Large text") }</button>
                    </div>
                </header>
            } else {
                <h1 class="sr-only">{ title }</h1>
            }
            { for over_saved }
            { for notice }
            <main class="layout">
                <FormView />
                <ResultsView assessment={assessment.clone()} what_if={what_if} sections={sections} share={(config.mode == Mode::Standalone).then(|| fragment.clone())} />
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
                // How old this copy's rules are (issue 20 §3): a saved page, a widget or the offline
                // file may be opened long after it was made; past 90 days, to get a new one from where
                // it came (a served page is refreshed by the service worker anyway).
                <p class={classes!("age", age.stale().then_some("stale"))}>{ pick(lang, &age.text()).to_owned() }
                    { for age.advice(None).map(|a| format!("{}{}", lang.t("。", ". "), pick(lang, &a))) }</p>
                // Office mode: its own page, never loaded with this one (issue 19).
                if config.mode == Mode::Standalone {
                    <p class="office-link"><a href="./office.html">{ lang.t("办公模式：全区企业名单测算", "Office mode: a whole register") }</a></p>
                }
            </footer>
        </div>
        </ContextProvider<Ctx>>
    }
}
