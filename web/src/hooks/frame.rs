//! In an iframe: the height goes to the host, option updates come from it,
//! both only with the host's declared origin and window.

use crate::embed::{Config, Mode};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// In an iframe: tell the host our height whenever it changes, and take
/// option updates from the host, both only with the host's declared origin.
#[hook]
pub fn use_frame_messaging(config: &UseStateHandle<Config>, latest: Rc<std::cell::RefCell<Config>>) {
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
                        // Options, or a host's answers (issue 20: `profile`, `source`; never in the
                        // address) read as options are.
                        let options = match kind.as_deref() {
                            Some("srdi:options") => js_sys::Reflect::get(&data, &"options".into()).unwrap_or(JsValue::UNDEFINED),
                            Some("srdi:prefill") => data,
                            _ => return,
                        };
                        {
                            let mut next = latest.borrow().clone();
                            crate::embed::warn_all(next.apply(crate::embed::option_pairs(&options).iter().filter(|(k, _)| k != "type").map(|(k, v)| (k.as_str(), v.as_str()))));
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
