//! The part of the calculator loaded on first use (`web/extras`, its own wasm): the exports,
//! the result sent to a host, the printed card's QR code. The page's boot (`__srdiBoot.extras`)
//! or, inside a host page, embed.js (`SrdiCalc.extras`) fetches it once and hands back its
//! exports — the wasm build or, for old engines, the same code as JavaScript; the single
//! offline file carries it inline. Answers cross as the share fragment and the as-of date.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The loader the boot or embed.js put on the page, if any.
fn loader() -> Option<(JsValue, Function)> {
    let w: JsValue = web_sys::window()?.into();
    ["__srdiBoot", "SrdiCalc"].iter().find_map(|owner| {
        let o = Reflect::get(&w, &JsValue::from_str(owner)).ok().filter(|o| o.is_object())?;
        let f = Reflect::get(&o, &JsValue::from_str("extras")).ok()?.dyn_into::<Function>().ok()?;
        Some((o, f))
    })
}

/// The extras' exports, fetched on the first call (later calls get the same module).
pub async fn load() -> Option<JsValue> {
    let (this, f) = loader()?;
    let promise = f.call0(&this).ok()?.dyn_into::<Promise>().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Calls the extras' `name` with text arguments; its text answer (empty when it had none).
pub fn call(module: &JsValue, name: &str, args: &[&str]) -> Option<String> {
    let f = Reflect::get(module, &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok()?;
    let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    f.apply(&JsValue::NULL, &args).ok()?.as_string().filter(|s| !s.is_empty())
}

/// Loads the extras, then calls `name`: for a click's handler.
pub fn with<F: FnOnce(Option<String>) + 'static>(name: &'static str, args: Vec<String>, done: F) {
    // One copy of the loading for every caller (a generic future per caller cost kilobytes).
    load_then(name, args, Box::new(done));
}

fn load_then(name: &'static str, args: Vec<String>, done: Box<dyn FnOnce(Option<String>)>) {
    wasm_bindgen_futures::spawn_local(async move {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = match load().await {
            Some(m) => call(&m, name, &args),
            None => None,
        };
        done(out);
    });
}
