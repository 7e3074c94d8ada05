//! English on first use (issue 17): the page's first load is built Chinese only (without the
//! `english` feature; `i18n::Lang::shown`). When a visitor chooses English there, the page's
//! bilingual build (`srdi-web-en`, fetched then, cached by the service worker, inlined in the
//! offline file) takes over the same element with everything on screen: what was typed in each
//! field (also what cannot be read yet), the as-of date, the fields a host filled in that await
//! the visitor's check, remember and large text, and the host's options. The boot
//! (`__srdiBoot.english`, web/boot/load.js) or embed.js (the callback given to `mountInto`) does
//! the swap; a failure (offline before the first English visit) leaves the Chinese page with a
//! notice.
//!
//! The text handed over is one item per line, fields separated by a tab (values never hold
//! either: an input's value has no line breaks, and tabs are turned into spaces):
//! `f <path> <text>`, `a <as-of date>`, `h <path>` (filled in by the host, not yet confirmed),
//! `n <host name>`, `o <option> <value>`, `r` (remember), `c` (large text), `d <rule id>` (a card
//! whose 依据与计算 is open: it opens again), `g <services|lapsed>` (a folded group of the results
//! that was open: it opens again, and its cards are made), `k` (the language switch had the focus:
//! it keeps it).

use crate::components::form::Typed;
use crate::embed::Config;
use crate::state::State;
use srdi_rules::Path;
use std::rc::Rc;

/// What the bilingual build starts from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HandOff {
    pub typed: Vec<Typed>,
    pub from_host: Vec<Path>,
    pub host: Option<Rc<str>>,
    pub options: Vec<(String, String)>,
    pub remember: bool,
    pub care: bool,
    /// The cards whose 依据与计算 was open, by rule id.
    pub open: Vec<String>,
    /// The results' folded groups that were open: `services`, `lapsed`.
    pub groups: Vec<String>,
    /// The language switch had the keyboard focus.
    pub focus_lang: bool,
}

/// The page as it stands, for the bilingual build.
#[cfg_attr(feature = "english", allow(dead_code))]
pub fn write(state: &State, config: &Config, open: &[String], groups: &[String], focus_lang: bool) -> String {
    let mut out = String::new();
    let mut line = |tag: &str, a: &str, b: Option<&str>| {
        out.push_str(tag);
        for part in [Some(a), b].into_iter().flatten() {
            out.push('\t');
            out.extend(part.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }));
        }
        out.push('\n');
    };
    // The fields left empty are empty in the bilingual build's start too (the address it opens
    // from is written 250 ms after each key); handing them over would mark them visited.
    for path in state.raw.keys().filter(|p| !state.raw(**p).is_empty()) {
        line("f", &path.as_str(), Some(state.raw(*path)));
    }
    line("a", &state.as_of_raw, None);
    for path in state.from_host.keys() {
        line("h", &path.as_str(), None);
    }
    if let Some(name) = &state.host_name {
        line("n", name, None);
    }
    for (k, v) in config.option_pairs() {
        line("o", k, Some(&v));
    }
    if state.remember {
        line("r", "", None);
    }
    if state.care {
        line("c", "", None);
    }
    for id in open {
        line("d", id, None);
    }
    for g in groups {
        line("g", g, None);
    }
    if focus_lang {
        line("k", "", None);
    }
    out
}

/// Reads what `write` wrote; anything else is skipped.
pub fn read(text: &str) -> HandOff {
    let mut h = HandOff::default();
    for l in text.lines() {
        let mut parts = l.split('\t');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("f"), Some(path), value) => {
                if let Some(p) = Path::parse(path) {
                    h.typed.push(Typed::Field(p, value.unwrap_or("").to_owned()));
                }
            }
            (Some("a"), Some(date), _) => h.typed.push(Typed::AsOf(date.to_owned())),
            (Some("h"), Some(path), _) => h.from_host.extend(Path::parse(path)),
            (Some("n"), Some(name), _) => h.host = Some(name.into()),
            (Some("o"), Some(k), v) => h.options.push((k.to_owned(), v.unwrap_or("").to_owned())),
            (Some("r"), ..) => h.remember = true,
            (Some("c"), ..) => h.care = true,
            (Some("d"), Some(id), _) => h.open.push(id.to_owned()),
            (Some("g"), Some(g), _) if matches!(g, "services" | "lapsed") => h.groups.push(g.to_owned()),
            (Some("k"), ..) => h.focus_lang = true,
            _ => {}
        }
    }
    h
}

/// In the Chinese-only build: English was chosen (by the visitor, a saved preference or the
/// host), so the bilingual build is asked to take over. `ask` is the boot's `english` or the
/// callback embed.js gave `mountInto`; it returns a promise. If that fails, `failed` runs.
#[cfg(not(feature = "english"))]
pub fn ask(state: &crate::state::Ctx, config: &Config, ask: Option<&js_sys::Function>, root: Option<web_sys::Element>) {
    use crate::i18n::Lang;
    use crate::state::Action;
    use wasm_bindgen::JsCast;
    let back = state.clone();
    let failed = move || {
        back.dispatch(Action::SetLang(Lang::Zh));
        back.dispatch(Action::Notice(srdi_rules::Text { zh: "英文版未能载入（可能已断网），请联网后再试。".into(), en: String::new() }));
    };
    // What the page shows beyond the state: the cards opened, where the focus is.
    let mut open = Vec::new();
    let mut groups = Vec::new();
    let mut focus_lang = false;
    if let Some(root) = root {
        for g in ["services", "lapsed"] {
            if root.query_selector(&format!("details.group.{g}[open]")).ok().flatten().is_some() {
                groups.push(g.to_owned());
            }
        }
        if let Ok(list) = root.query_selector_all("li.item[data-rule] details[open]") {
            for i in 0..list.length() {
                let item = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()).and_then(|d| d.closest("li.item").ok().flatten());
                open.extend(item.and_then(|li| li.get_attribute("data-rule")));
            }
        }
        let focused = root.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().and_then(|r| r.active_element()).or_else(|| web_sys::window()?.document()?.active_element());
        focus_lang = focused.and_then(|e| e.closest(".lang").ok().flatten()).is_some_and(|l| root.contains(Some(&l)));
    }
    let asked = ask.and_then(|f| f.call1(&wasm_bindgen::JsValue::NULL, &write(state, config, &open, &groups, focus_lang).into()).ok());
    match asked.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        Some(p) => {
            let failed = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| failed());
            let _ = p.catch(&failed);
            failed.forget();
        }
        None => failed(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::Mode;
    use crate::i18n::Lang;
    use srdi_rules::path::LoanField;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn what_is_on_screen_is_handed_over_whole() {
        let mut s = State::new(State::blank_profile(None), srdi_rules::Date::ymd(2026, 6, 1), Lang::En, true, None);
        s.raw.insert(Path::RdExpenseThisYearYuan, "5千万".into());
        s.raw.insert(Path::Loan(1, LoanField::EquipmentYuan), "120\t0".into());
        s.as_of_raw = "2026-06-0".into();
        s.from_host.add(Path::District);
        s.host_name = Some("苏企通".into());
        s.care = true;
        let mut config = Config::new(Mode::Frame { host_origin: None });
        config.apply([("theme", "#0a5"), ("sections", "header,toolbar"), ("city", "suzhou")]);
        let h = read(&write(&s, &config, &["nanjing.5.rent".to_owned()], &["lapsed".to_owned()], true));
        assert!(h.typed.contains(&Typed::Field(Path::RdExpenseThisYearYuan, "5千万".into())));
        assert!(h.typed.contains(&Typed::Field(Path::Loan(1, LoanField::EquipmentYuan), "120 0".into())));
        assert!(h.typed.contains(&Typed::AsOf("2026-06-0".into())));
        assert_eq!(h.from_host, vec![Path::District]);
        assert_eq!(h.host.as_deref(), Some("苏企通"));
        assert!(h.remember && h.care && h.focus_lang);
        assert_eq!(h.open, ["nanjing.5.rent"]);
        assert_eq!(h.groups, ["lapsed"]);
        let mut again = Config::new(Mode::Frame { host_origin: None });
        again.apply(h.options.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        again.lang = config.lang;
        assert_eq!(again, config);
    }
}
