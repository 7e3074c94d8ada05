//! Where a profile lives outside memory: the URL fragment (the share link,
//! never sent to a server) and, only when the user asks, localStorage.

use crate::i18n::Lang;
use srdi_rules::fields;
use srdi_rules::{Profile, Text};

const KEY: &str = "srdi-calc:v1";
/// The language and 关怀 mode, kept with the answers (only when the person asked to be remembered).
const PREFS: &str = "srdi-calc:prefs:v1";
/// The rules' version the saved answers were last worked out with (issue 20 §3).
const RULES: &str = "srdi-calc:rules:v1";

/// The browser window; none when prerendering natively (no JS there).
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The current fragment without `#`.
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).map(|h| h.trim_start_matches('#').to_owned()).unwrap_or_default()
}

/// Replaces the fragment without adding a history entry or reloading.
pub fn set_fragment(fragment: &str) {
    if let Some(w) = window() {
        let url = format!("#{fragment}");
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Whether the page was opened as a file (the single-file build on a USB stick or from e-mail).
pub fn is_file() -> bool {
    window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
}

/// The full share link for the current page; `None` for a page opened as a file,
/// whose `file://` address means nothing on another computer.
pub fn share_url(fragment: &str) -> Option<String> {
    if is_file() {
        return None;
    }
    let base = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = base.split('#').next().unwrap_or("").to_owned();
    Some(format!("{base}#{fragment}"))
}

fn storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

/// Saved answers, if the user chose to remember them.
pub fn load_saved() -> Option<String> {
    storage().and_then(|s| s.get_item(KEY).ok().flatten())
}

pub fn save(fragment: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, fragment);
        let _ = s.set_item(RULES, srdi_rules::policies::RULES_VERSION);
    }
}

pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
        let _ = s.remove_item(PREFS);
        let _ = s.remove_item(RULES);
    }
}

/// Keeps the language and 关怀 mode with the saved answers.
pub fn save_prefs(lang: Lang, care: bool) {
    if let Some(s) = storage() {
        let _ = s.set_item(PREFS, &format!("lang={}&care={}", lang.code(), u8::from(care)));
    }
}

/// The language and 关怀 mode saved with the answers, if any.
fn saved_prefs() -> (Option<Lang>, bool) {
    let Some(v) = storage().and_then(|s| s.get_item(PREFS).ok().flatten()) else { return (None, false) };
    let lang = if v.contains("lang=en") {
        Some(Lang::En)
    } else if v.contains("lang=zh") {
        Some(Lang::Zh)
    } else {
        None
    };
    (lang, v.contains("care=1"))
}

/// 关怀 mode as saved with the answers.
pub fn initial_care() -> bool {
    saved_prefs().1
}

/// A share link's as-of date (`&as_of=2025-10-01`, written when it is not today), and the
/// rest of the fragment (the profile).
pub fn split_as_of(frag: &str) -> (String, Option<srdi_rules::Date>) {
    let mut as_of = None;
    let rest: Vec<&str> = frag
        .split('&')
        .filter(|part| match part.strip_prefix("as_of=") {
            Some(d) => {
                as_of = srdi_rules::Date::parse(d);
                false
            }
            None => true,
        })
        .collect();
    (rest.join("&"), as_of)
}

/// Where the starting answers came from.
#[derive(Default)]
pub struct Start {
    pub profile: Option<Profile>,
    /// Answers saved on this device are in use (the person ticked 记住).
    pub remember: bool,
    /// A link's answers are shown while different answers are saved on this device:
    /// those stay untouched until the person chooses.
    pub link_over_saved: bool,
    pub notice: Option<Text>,
    /// The date the answers were worked out for, when not today.
    pub as_of: Option<srdi_rules::Date>,
    /// Saved answers last worked out with older rules: their version (what changed is said).
    pub rules_before: Option<String>,
}

/// Whether a fragment holds answers (`k=v&…`), not an in-page anchor such as `#results`.
pub fn holds_answers(frag: &str) -> bool {
    !frag.is_empty() && !frag.starts_with("lang=") && frag.contains('=')
}

/// A short digest of a fragment (FNV-1a), to recognise this device's own addresses.
fn digest(frag: &str) -> String {
    let h = frag.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{h:08x}")
}

/// The fragments this device wrote to the address bar while remembering (their digests,
/// newest last, at most 64): a reload or a bookmark of one of them is the person's own
/// page, which opens on the answers saved since, not a link from someone else.
const OWN: &str = "srdi-calc:own:v1";

pub fn mark_own(frag: &str) {
    let Some(s) = storage() else { return };
    let d = digest(frag);
    let mut list: Vec<String> = s.get_item(OWN).ok().flatten().unwrap_or_default().split(',').filter(|x| !x.is_empty() && *x != d).map(str::to_owned).collect();
    list.push(d);
    let from = list.len().saturating_sub(64);
    let _ = s.set_item(OWN, &list[from..].join(","));
}

fn is_own(frag: &str) -> bool {
    let d = digest(frag);
    storage().and_then(|s| s.get_item(OWN).ok().flatten()).is_some_and(|l| l.split(',').any(|x| x == d))
}

/// Reads the starting answers: a share link's, else the saved ones, else none. The address of
/// the person's own remembered page (a reload, a bookmark, the browser reopened) gives the saved
/// answers with 记住 still ticked; someone else's link is shown without touching the saved answers.
/// A damaged link gives a notice and whatever could be read (or a clean form), never a failure.
pub fn initial_profile() -> Start {
    let full = fragment();
    let (frag, link_as_of) = split_as_of(&full);
    let saved = load_saved();
    let own = saved.as_deref().is_some_and(|s| s == full || is_own(&full));
    if holds_answers(&frag) && !own {
        let (profile, notice) = from_link(&frag);
        let link_over_saved = saved.is_some() && profile.is_some();
        return Start { profile, remember: link_over_saved, link_over_saved, notice, as_of: link_as_of, rules_before: None };
    }
    saved.map(|s| from_saved(&s)).unwrap_or_default()
}

/// The answers saved on this device (remembered: 记住 stays ticked), with a notice where part
/// of them could not be read; damaged ones are deleted.
pub fn from_saved(saved: &str) -> Start {
    let (saved, as_of) = split_as_of(saved);
    let (profile, remember, notice) = match fields::from_share(&saved) {
        Some((p, errors)) if errors.is_empty() => (Some(p), true, None),
        Some((p, _)) => (
            Some(p),
            true,
            Some(Text {
                zh: "本设备上保存的答案有部分无法读取，已恢复其余部分。".into(),
                en: srdi_rules::en!("Part of the answers saved on this device could not be read; the rest were restored."),
            }),
        ),
        None => {
            forget();
            (
                None,
                false,
                Some(Text {
                    zh: "本设备上保存的答案已损坏，已删除并打开空白表单。".into(),
                    en: srdi_rules::en!("The answers saved on this device were damaged; they were removed and a clean form is shown."),
                }),
            )
        }
    };
    let rules_before = storage().and_then(|s| s.get_item(RULES).ok().flatten()).filter(|v| v != srdi_rules::policies::RULES_VERSION && profile.is_some());
    Start { profile, remember, link_over_saved: false, notice, as_of, rules_before }
}

/// The answers a share link carries, and a notice where part of it could not be read.
fn from_link(frag: &str) -> (Option<Profile>, Option<Text>) {
    let newer = fields::share_version(frag) > fields::SHARE_VERSION;
    match fields::from_share(frag) {
        Some((p, errors)) if errors.is_empty() && !newer => (Some(p), None),
        Some((p, errors)) if errors.is_empty() => (
            Some(p),
            Some(Text {
                zh: "这个分享链接来自更新版本的计算器，已尽量读取，请核对各项。".into(),
                en: srdi_rules::en!("This share link comes from a newer version of the calculator; it was read as far as possible. Please check your answers."),
            }),
        ),
        Some((p, errors)) => {
            let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
            (
                Some(p),
                Some(Text {
                    zh: format!("分享链接有部分内容无法读取（{}），已忽略这些项，其余已恢复。", fields.join("、")),
                    en: srdi_rules::en!(format!("Part of the share link could not be read ({}); those fields were skipped and the rest restored.", fields.join(", "))),
                }),
            )
        }
        None => (
            None,
            Some(Text {
                zh: "分享链接已损坏，无法读取，已打开空白表单。".into(),
                en: srdi_rules::en!("The share link is damaged and could not be read; a clean form is shown."),
            }),
        ),
    }
}

/// The language asked for by `?lang=en` or `#lang=en`.
pub fn initial_lang() -> Lang {
    let search = window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    if search.contains("lang=en") || fragment().starts_with("lang=en") {
        Lang::En
    } else if search.contains("lang=zh") || fragment().starts_with("lang=zh") {
        Lang::Zh
    } else {
        saved_prefs().0.unwrap_or(Lang::Zh)
    }
}

/// Offers `content` as a file download, made on the device.
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(el) = doc.create_element("a") {
        use wasm_bindgen::JsCast;
        if let Ok(a) = el.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Today's date in the browser's time zone.
pub fn today() -> srdi_rules::Date {
    if !cfg!(target_arch = "wasm32") {
        return srdi_rules::Date::ymd(2026, 1, 1);
    }
    let d = js_sys::Date::new_0();
    srdi_rules::Date::new(d.get_full_year() as u16, (d.get_month() + 1) as u8, d.get_date() as u8).unwrap_or(srdi_rules::Date::ymd(2026, 1, 1))
}
