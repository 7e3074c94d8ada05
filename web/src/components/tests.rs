//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! the app renders, reacts to typing without a submit button, and explains.

use super::app::{App, AppProps};
use crate::embed::{Config, Mode};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Renders the app into a fresh element and returns it.
async fn mount() -> web_sys::Element {
    // Each test starts from a clean form: no share link, nothing remembered.
    crate::storage::set_fragment("");
    crate::storage::forget();
    let root = doc().create_element("div").expect("div");
    doc().body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config: Config::new(Mode::Standalone), seed: None, typed: Vec::new(), handed: None, english: None }).render();
    yew::scheduler::flush().await;
    root
}

/// Types into a field the way a browser does: set the value, fire a bubbling event.
async fn type_into(root: &web_sys::Element, id: &str, value: &str, event: &str) {
    let el = root.query_selector(&format!("#{id}")).ok().flatten().unwrap_or_else(|| panic!("#{id} not rendered"));
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.set_value(value);
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.set_value(value);
    }
    // An `input` is an InputEvent in browsers (the form reads `isComposing` from it).
    let ev: web_sys::Event = if event == "input" {
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        web_sys::InputEvent::new_with_event_init_dict(event, &init).expect("input event").into()
    } else {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        web_sys::Event::new_with_event_init_dict(event, &init).expect("event")
    };
    el.dispatch_event(&ev).expect("dispatch");
    yew::scheduler::flush().await;
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_first_time_little_giant_in_nanjing_gets_one_million_live() {
    let root = mount().await;
    type_into(&root, "f-city", "nanjing", "change").await;
    type_into(&root, "f-titles-little_giant", "2026", "input").await;
    assert_eq!(text_of(&root, ".total.main dd"), "100 万元");
    let item = text_of(&root, "[data-rule=\"nanjing.5.little_giant_award\"]");
    assert!(item.contains("100 万元") && item.contains("（五）"), "{item}");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_entry_is_named_at_the_field_and_counts_as_not_given() {
    let root = mount().await;
    type_into(&root, "f-city", "nanjing", "change").await;
    type_into(&root, "f-titles-single_champion", "2025", "input").await;
    assert_eq!(text_of(&root, ".total.main dd"), "300 万元");
    type_into(&root, "f-titles-single_champion", "二〇二五", "input").await;
    // While the person is still typing the error waits; leaving the field shows it.
    assert_eq!(text_of(&root, "#f-titles-single_champion-err"), "");
    type_into(&root, "f-titles-single_champion", "二〇二五", "change").await;
    // Beside the field: the message in plain words, no internal path; in the summary: the field's label first.
    let beside = text_of(&root, "#f-titles-single_champion-err");
    assert!(beside.contains("“二〇二五”不是年份") && !beside.contains("titles."), "{beside}");
    let summary = text_of(&root, ".error-summary");
    assert!(summary.contains("国家制造业单项冠军：“二〇二五”不是年份") && !summary.contains("titles."), "{summary}");
    // Never the last valid year's ¥3M: the entry is not counted, and the totals say which.
    assert_eq!(text_of(&root, ".total.main dd"), "");
    assert!(text_of(&root, ".not-counted").contains("有 1 项填写有误，未计入：国家制造业单项冠军"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_year_typed_digit_by_digit_keeps_its_input_element() {
    let root = mount().await;
    let field = root.query_selector("#f-titles-little_giant").ok().flatten().expect("the field");
    for typed in ["2", "20", "202", "2026", "202", "2025"] {
        type_into(&root, "f-titles-little_giant", typed, "input").await;
        let now = root.query_selector("#f-titles-little_giant").ok().flatten().expect("the field");
        assert!(now.is_same_node(Some(&field)), "the input was re-created after typing {typed}");
        assert_eq!(now.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()).as_deref(), Some(typed));
    }
    type_into(&root, "f-titles-little_giant", "2025", "change").await;
    assert!(root.query_selector("#f-titles-little_giant").ok().flatten().is_some_and(|n| n.is_same_node(Some(&field))));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_city_decides_which_sections_are_asked() {
    let root = mount().await;
    type_into(&root, "f-city", "huaian", "change").await;
    assert!(root.query_selector("#f-rd-expense_this_year_yuan").ok().flatten().is_some());
    assert!(root.query_selector("#f-talent-graduates_phd").ok().flatten().is_none());
    type_into(&root, "f-city", "outside_jiangsu", "change").await;
    assert!(root.query_selector("#f-titles-little_giant").ok().flatten().is_none());
    assert!(text_of(&root, "#results").contains("不在江苏省内"));
    root.remove();
}

/// Mounts the app as `embed.js` does for a host page: presets, no share link.
async fn mount_in_page(options: &[(&str, &str)]) -> (web_sys::Element, web_sys::Element, yew::AppHandle<App>) {
    crate::storage::set_fragment("");
    let host = doc().create_element("div").expect("div");
    let root = doc().create_element("div").expect("div");
    host.append_child(&root).expect("append");
    doc().body().expect("body").append_child(&host).expect("append");
    let mut config = Config::new(Mode::InPage { host: host.clone() });
    assert!(config.apply(options.iter().copied()).is_empty());
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config, seed: None, typed: Vec::new(), handed: None, english: None }).render();
    yew::scheduler::flush().await;
    (host, root, app)
}

#[wasm_bindgen_test]
async fn a_host_preset_sets_city_language_and_sections_and_leaves_the_host_url_alone() {
    let before = crate::storage::fragment();
    let (host, root, app) = mount_in_page(&[("city", "suzhou"), ("lang", "en"), ("sections", "header"), ("compact", "true")]).await;
    let city = root.query_selector("#f-city").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value());
    assert_eq!(city.as_deref(), Some("suzhou"));
    if cfg!(feature = "english") {
        assert!(text_of(&root, "h1").contains("SRDI policy calculator"));
    } else {
        // The Chinese-only first load asks for its bilingual build (`handoff`); without one to
        // ask (here), it stays Chinese and says so, its answers untouched.
        assert!(text_of(&root, "h1").contains("专精特新政策计算器"));
        assert!(text_of(&root, ".notice").contains("英文版未能载入"), "{}", text_of(&root, ".srdi"));
    }
    assert!(root.query_selector(".srdi.compact").ok().flatten().is_some());
    for hidden in ["#share-link", "#remember", ".toolbar", ".near", ".docs", "#send-to-host"] {
        assert!(root.query_selector(hidden).ok().flatten().is_none(), "{hidden} should be hidden");
    }
    type_into(&root, "f-titles-little_giant", "2026", "input").await;
    assert_eq!(crate::storage::fragment(), before, "the host page's URL must not change");
    app.destroy();
    yew::scheduler::flush().await;
    assert_eq!(root.child_element_count(), 0, "destroy leaves nothing behind");
    host.remove();
}

#[wasm_bindgen_test]
async fn clearing_an_embedded_calculator_returns_to_the_hosts_city() {
    let (host, root, app) = mount_in_page(&[("city", "suzhou")]).await;
    type_into(&root, "f-titles-little_giant", "2026", "input").await;
    let award = "li.item[data-rule=\"suzhou.5.little_giant_award\"]";
    assert!(root.query_selector(award).ok().flatten().is_some(), "Suzhou's little giant award is listed");
    root.query_selector("#clear").ok().flatten().and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()).expect("clear button").click();
    yew::scheduler::flush().await;
    let city = root.query_selector("#f-city").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value());
    assert_eq!(city.as_deref(), Some("suzhou"));
    let year = root.query_selector("#f-titles-little_giant").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value());
    assert!(root.query_selector(award).ok().flatten().is_none(), "the answers were cleared: year field {year:?}, total {}", text_of(&root, ".totals"));
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn results_reach_the_host_only_when_the_user_presses_send() {
    let (host, root, app) = mount_in_page(&[("city", "nanjing"), ("result", "预填申报表")]).await;
    let got: std::rc::Rc<std::cell::RefCell<Vec<wasm_bindgen::JsValue>>> = Default::default();
    let listener = {
        let got = got.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| got.borrow_mut().push(e.detail()))
    };
    host.add_event_listener_with_callback("srdi:result", listener.as_ref().unchecked_ref()).expect("listen");
    // The result is written by the part loaded on first use (web/extras): here the real crate,
    // handed to the page as the boot would hand its exports.
    let host_result = wasm_bindgen::closure::Closure::<dyn Fn(String, String) -> String>::new(|share: String, as_of: String| srdi_extras::host_result(&share, &as_of));
    let module = js_sys::Object::new();
    js_sys::Reflect::set(&module, &"host_result".into(), host_result.as_ref()).expect("module");
    let loader = wasm_bindgen::closure::Closure::<dyn Fn() -> js_sys::Promise>::new(move || js_sys::Promise::resolve::<wasm_bindgen::JsValue>(&module.clone().into()));
    let boot = js_sys::Object::new();
    js_sys::Reflect::set(&boot, &"extras".into(), loader.as_ref()).expect("boot");
    js_sys::Reflect::set(&web_sys::window().expect("window"), &"__srdiBoot".into(), &boot).expect("window");
    type_into(&root, "f-titles-little_giant", "2026", "input").await;
    let button = root.query_selector("#send-to-host").ok().flatten().expect("send button");
    let label = button.text_content().unwrap_or_default();
    assert!(label.contains("发送给") && text_of(&root, ".send").contains("预填申报表"), "{label}");
    assert!(got.borrow().is_empty(), "nothing is sent before the click");
    button.dyn_ref::<web_sys::HtmlElement>().expect("button").click();
    for _ in 0..20 {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await;
    }
    yew::scheduler::flush().await;
    assert_eq!(got.borrow().len(), 1);
    let detail = got.borrow()[0].clone();
    let total = js_sys::Reflect::get(&js_sys::Reflect::get(&detail, &"totals".into()).expect("totals"), &"exact_one_off_fen".into()).expect("fen");
    assert_eq!(total.as_f64(), Some(100_000_000.0));
    app.destroy();
    host.remove();
    drop((host_result, loader));
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector).ok().flatten().and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()).unwrap_or_else(|| panic!("{selector} not rendered")).click();
}

fn value_of(root: &web_sys::Element, id: &str) -> Option<String> {
    root.query_selector(&format!("#{id}")).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value())
}

#[wasm_bindgen_test]
async fn a_second_loan_takes_the_quick_loan_as_loan_1_and_removing_one_renumbers_the_rest() {
    let root = mount().await;
    type_into(&root, "f-city", "wuxi", "change").await;
    let manufacturing = root.query_selector("#f-manufacturing").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).expect("checkbox");
    manufacturing.set_checked(true);
    type_into(&root, "f-manufacturing", "true", "change").await;
    type_into(&root, "f-finance-equipment_loan_yuan", "100万", "input").await;
    click(&root, "button.add");
    yew::scheduler::flush().await;
    assert!(root.query_selector("#f-finance-equipment_loan_yuan").ok().flatten().is_none(), "the quick field gives way to loan 1");
    assert_eq!(value_of(&root, "f-loans-1-equipment_yuan").as_deref(), Some("100万"), "the text typed moves with it");
    let second = root.query_selector("#f-loans-2-equipment_yuan").ok().flatten().expect("loan 2");
    type_into(&root, "f-loans-2-equipment_yuan", "300万", "input").await;
    // ¥1M and ¥3M at 2 points.
    assert!(text_of(&root, "[data-rule=\"jiangsu_measures.7.loan_interest_subsidy\"]").contains("8 万元"));
    click(&root, "fieldset.entry button.remove");
    yew::scheduler::flush().await;
    let first = root.query_selector("#f-loans-1-equipment_yuan").ok().flatten().expect("loan 1");
    assert!(first.is_same_node(Some(&second)), "loan 2 keeps its input element as it becomes loan 1");
    assert_eq!(value_of(&root, "f-loans-1-equipment_yuan").as_deref(), Some("300万"));
    assert!(text_of(&root, "[data-rule=\"jiangsu_measures.7.loan_interest_subsidy\"]").contains("6 万元"));
    assert!(text_of(&root, "fieldset.entry button.remove").contains("删除第 1 笔贷款"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_loan_drawn_after_the_as_of_date_is_named_at_its_field_once_left() {
    let root = mount().await;
    type_into(&root, "f-city", "wuxi", "change").await;
    click(&root, "button.add");
    yew::scheduler::flush().await;
    type_into(&root, "f-loans-1-equipment_yuan", "100万", "input").await;
    type_into(&root, "f-loans-1-start", "2099-01-01", "input").await;
    assert_eq!(text_of(&root, "#f-loans-1-start-err"), "", "not while typing");
    type_into(&root, "f-loans-1-start", "2099-01-01", "change").await;
    assert!(text_of(&root, "#f-loans-1-start-err").contains("晚于评估日期"), "{}", text_of(&root, "#f-loans-1-start-err"));
    assert!(text_of(&root, ".error-summary").contains("晚于评估日期"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_huaian_loan_without_a_title_says_why_under_the_loan() {
    let root = mount().await;
    type_into(&root, "f-city", "huaian", "change").await;
    let buttons = root.query_selector_all("button.add").expect("buttons");
    let add = (0..buttons.length())
        .filter_map(|i| buttons.item(i).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()))
        .find(|b| b.text_content().unwrap_or_default().contains("专精特新贷"))
        .expect("the 专精特新贷 add button");
    add.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "#f-srdi_loans-1-principal_yuan-why"), "需为有效期内的专精特新企业才适用上限利率；请填写称号");
    let described = root.query_selector("#f-srdi_loans-1-principal_yuan").ok().flatten().and_then(|e| e.get_attribute("aria-describedby")).unwrap_or_default();
    assert!(described.contains("f-srdi_loans-1-principal_yuan-why"), "{described}");
    type_into(&root, "f-titles-provincial_srdi", "2024", "input").await;
    assert!(root.query_selector(".hint.unread").ok().flatten().is_none(), "a valid title: the ceiling applies");
    root.remove();
}
