//! The whole calculator: header, form, results, toolbar and disclaimer.

use super::form::FormView;
use super::results::ResultsView;
use super::toolbar::Toolbar;
use crate::i18n::{pick, Lang};
use crate::state::{Action, State};
use crate::storage;
use srdi_rules::fields;
use srdi_rules::profile::{City, Size};
use srdi_rules::{evaluate, Assessment, Profile};
use std::rc::Rc;
use yew::prelude::*;

/// Shared with every component: the state and its dispatcher.
pub type Ctx = UseReducerHandle<State>;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (profile, remember, notice) = storage::initial_profile();
        State::new(profile.unwrap_or_else(|| Profile::new(City::Nanjing, Size::Small)), storage::today(), storage::initial_lang(), remember, notice)
    });

    // The assessment is derived from the last valid profile and date.
    let assessment: Rc<Result<Assessment, srdi_rules::InputError>> = {
        let key = (state.profile.clone(), state.as_of);
        use_memo(key, |(p, d)| evaluate(p, *d))
    };
    let what_if: Option<Rc<Assessment>> = state.what_if.and_then(|fix| evaluate(&fix.apply(&state.profile, state.as_of), state.as_of).ok()).map(Rc::new);

    // Keep the share link and (only if asked) the saved copy in step with the answers.
    {
        let fragment = fields::to_share(&state.profile);
        let remember = state.remember;
        use_effect_with((fragment, remember), |(fragment, remember)| {
            storage::set_fragment(fragment);
            if *remember {
                storage::save(fragment);
            } else {
                storage::forget();
            }
        });
    }
    {
        let lang = state.lang;
        use_effect_with(lang, |lang| {
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = el.set_attribute("lang", lang.code());
            }
        });
    }

    let lang = state.lang;
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

    html! {
        <ContextProvider<Ctx> context={state.clone()}>
            <a class="skip" href="#results">{ lang.t("跳到结果", "Skip to results") }</a>
            <header class="top">
                <div>
                    <h1>{ lang.t("专精特新政策计算器", "SRDI policy calculator") }</h1>
                    <p class="sub">{ lang.t("江苏省及南京、苏州、淮安的专精特新政策：一分钟看清您的企业能享受什么。数据只在本设备上计算，不会上传。",
                        "Jiangsu's SRDI policies, province and cities: see in a minute what your enterprise can get. Everything is computed on this device; nothing is uploaded.") }</p>
                </div>
                <div class="lang" role="group" aria-label="语言 / Language">
                    <button type="button" aria-pressed={(lang == Lang::Zh).to_string()} onclick={let c = set_lang.clone(); move |_| c.emit(Lang::Zh)}>{"中文"}</button>
                    <button type="button" aria-pressed={(lang == Lang::En).to_string()} onclick={move |_| set_lang.emit(Lang::En)}>{"English"}</button>
                </div>
            </header>
            { for notice }
            <main class="layout">
                <FormView />
                <ResultsView assessment={assessment.clone()} what_if={what_if} />
            </main>
            <Toolbar assessment={assessment} />
            <footer class="disclaimer">
                <p>{ lang.t("本结果依据公开政策文本测算，仅供参考，不是审批决定；征求意见稿可能变化，已到期文件仅作对照。以主管部门最终认定为准。",
                    "An estimate from public policy texts, not a decision. Drafts may change; expired documents are shown for reference. The authorities decide.") }</p>
            </footer>
        </ContextProvider<Ctx>>
    }
}
