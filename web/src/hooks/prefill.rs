//! A host's answers (its 一企一档, issue 20): read on first use by the part loaded then
//! (web/extras `prefill`, the rules crate's `parse::profile_from_host`), filled into the fields the
//! visitor has not answered, marked 「待核对」 and counted only once confirmed. Each field left
//! out is named to the host (the console and `srdi:prefill-error`), never shown to the visitor.

use crate::embed::{tell_host, Config};
use crate::state::{Action, Ctx};
use srdi_rules::{fields, Path};
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_prefill(state: &Ctx, config: &Config) {
    let s = state.clone();
    let (mode, source) = (config.mode.clone(), config.source.clone());
    use_effect_with(config.prefill.clone(), move |json| {
        if let Some(json) = json.clone() {
            let args = vec![json.to_string(), fields::serde_plain_name(s.profile.city).to_owned(), s.as_of.to_string()];
            crate::extras::with("prefill", args, move |out| {
                // Three lines: the answers as a share fragment, the fields given, the errors (JSON).
                let out = out.unwrap_or_default();
                let mut lines = out.splitn(3, '\n');
                let (share, given, errors) = (lines.next().unwrap_or(""), lines.next().unwrap_or(""), lines.next().unwrap_or("[]"));
                if errors != "[]" {
                    web_sys::console::warn_2(&"srdi-calc: the host's profile has fields that were left out:".into(), &errors.into());
                    if let Ok(list) = js_sys::JSON::parse(errors) {
                        let detail = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(&detail, &"errors".into(), &list);
                        tell_host(&mode, "srdi:prefill-error", &detail);
                    }
                }
                let given: Vec<Path> = given.split(',').filter_map(Path::parse).collect();
                if let (Some((profile, _)), false) = (fields::from_share(share), given.is_empty()) {
                    s.dispatch(Action::Prefill(Box::new(profile), given, source.map(Rc::from)));
                }
            });
        }
    });
}
