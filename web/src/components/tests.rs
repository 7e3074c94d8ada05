//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! the app renders, reacts to typing without a submit button, and explains.

use super::app::App;
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
    yew::Renderer::<App>::with_root(root.clone()).render();
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
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(event, &init).expect("event");
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
async fn a_bad_entry_is_named_at_the_field_and_the_result_keeps_its_last_valid_state() {
    let root = mount().await;
    type_into(&root, "f-city", "nanjing", "change").await;
    type_into(&root, "f-titles-single_champion", "2025", "input").await;
    assert_eq!(text_of(&root, ".total.main dd"), "300 万元");
    type_into(&root, "f-titles-single_champion", "二〇二五", "input").await;
    assert!(text_of(&root, "#f-titles-single_champion-err").contains("titles.single_champion"));
    assert!(text_of(&root, ".error-summary").contains("不是年份"));
    assert_eq!(text_of(&root, ".total.main dd"), "300 万元");
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
