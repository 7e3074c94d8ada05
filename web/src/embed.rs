//! How the calculator is hosted: standalone, in a host's iframe, or mounted
//! in a host page's shadow root; and the presets a host may pass (city,
//! language, theme colour, compact layout, sections, a result purpose).
//!
//! Presets arrive as text pairs (iframe query string, `mount()` options) and
//! are read defensively: an unknown name, a bad value or a huge one is
//! ignored with a console warning, never a failure.

use crate::i18n::Lang;
use srdi_rules::fields::serde_plain_name;
use srdi_rules::profile::City;

/// Longest option value read; anything longer is ignored.
const MAX_OPTION_CHARS: usize = 200;
/// Longest purpose text shown on the "send my results" button.
const MAX_PURPOSE_CHARS: usize = 60;
/// Longest host name shown over the answers it fills in.
const MAX_SOURCE_CHARS: usize = 30;

/// Where the calculator runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// Its own page (index.html, the single-file build).
    Standalone,
    /// Inside a host page's iframe; `host_origin` is the only origin talked to.
    Frame { host_origin: Option<String> },
    /// Rendered into a host page's shadow root; events go to `host`.
    InPage { host: web_sys::Element },
}

/// Optional parts of the page a host may hide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sections {
    pub header: bool,
    pub near: bool,
    pub documents: bool,
    pub toolbar: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Sections { header: true, near: true, documents: true, toolbar: true }
    }
}

/// Everything a host can set.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub mode: Mode,
    pub city: Option<City>,
    pub lang: Option<Lang>,
    /// `#rrggbb` only.
    pub theme: Option<String>,
    pub compact: bool,
    pub sections: Sections,
    /// Set when the host asks for results: what it will use them for.
    pub result_purpose: Option<String>,
    /// The host's own name (`source`), shown as 「以下信息来自 … 」 over answers it fills in.
    pub source: Option<String>,
    /// Answers the host fills in (`profile`: its 一企一档 as JSON), read on first use
    /// (web/extras `prefill`) and counted only once the visitor confirms them.
    pub prefill: Option<std::rc::Rc<str>>,
}

impl Config {
    pub fn new(mode: Mode) -> Config {
        Config { mode, city: None, lang: None, theme: None, compact: false, sections: Sections::default(), result_purpose: None, source: None, prefill: None }
    }

    /// The options set, as `apply` reads them (the language and a host's profile left out: the
    /// bilingual build is started in English, and a profile already filled in is handed over as
    /// answers): for `handoff`.
    #[cfg_attr(feature = "english", allow(dead_code))]
    pub fn option_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(c) = self.city {
            out.push(("city", serde_plain_name(c).to_owned()));
        }
        if let Some(t) = &self.theme {
            out.push(("theme", t.clone()));
        }
        if self.compact {
            out.push(("compact", "1".to_owned()));
        }
        if self.sections != Sections::default() {
            let s = &self.sections;
            let on: Vec<&str> = [(s.header, "header"), (s.near, "near"), (s.documents, "documents"), (s.toolbar, "toolbar")].into_iter().filter(|p| p.0).map(|p| p.1).collect();
            out.push(("sections", on.join(",")));
        }
        if let Some(r) = &self.result_purpose {
            out.push(("result", r.clone()));
        }
        if let Some(s) = &self.source {
            out.push(("source", s.clone()));
        }
        out
    }

    pub fn embedded(&self) -> bool {
        !matches!(self.mode, Mode::Standalone)
    }

    /// Applies `name=value` presets; returns a warning per option ignored.
    pub fn apply<'a>(&mut self, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<String> {
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            // A profile is long JSON, bounded and read field by field on first use.
            if name == "profile" {
                self.prefill = (!value.trim().is_empty()).then(|| value.into());
                continue;
            }
            let value = value.trim();
            if value.chars().count() > MAX_OPTION_CHARS {
                warnings.push(format!("srdi-calc: option `{}` is too long and was ignored", clip(name)));
                continue;
            }
            let ok = match name {
                "city" => parse_city(value).map(|c| self.city = Some(c)).is_some(),
                "lang" => match value {
                    "zh" | "zh-CN" => Some(self.lang = Some(Lang::Zh)).is_some(),
                    "en" => Some(self.lang = Some(Lang::En)).is_some(),
                    _ => false,
                },
                "theme" => valid_colour(value).map(|c| self.theme = Some(c)).is_some(),
                "compact" => parse_bool(value).map(|b| self.compact = b).is_some(),
                "sections" => parse_sections(value).map(|s| self.sections = s).is_some(),
                "result" | "result_purpose" => {
                    let text: String = value.chars().filter(|c| !c.is_control()).take(MAX_PURPOSE_CHARS).collect();
                    self.result_purpose = (!text.is_empty()).then_some(text);
                    true
                }
                "source" => {
                    let text: String = value.chars().filter(|c| !c.is_control()).take(MAX_SOURCE_CHARS).collect();
                    self.source = (!text.is_empty()).then_some(text);
                    true
                }
                // Read elsewhere (the iframe's own parameters).
                "embed" | "origin" | "v" => true,
                _ => {
                    warnings.push(format!("srdi-calc: unknown option `{}` ignored", clip(name)));
                    continue;
                }
            };
            if !ok {
                warnings.push(format!("srdi-calc: option `{}` has an invalid value and was ignored", clip(name)));
            }
        }
        warnings
    }
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

pub fn parse_city(s: &str) -> Option<City> {
    City::ALL.into_iter().find(|c| serde_plain_name(*c) == s)
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "" | "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// `#rgb` or `#rrggbb`, normalised to lower-case `#rrggbb`; nothing else can reach CSS.
pub fn valid_colour(s: &str) -> Option<String> {
    let hex = s.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match hex.len() {
        6 => Some(format!("#{}", hex.to_ascii_lowercase())),
        3 => Some(format!("#{}", hex.chars().flat_map(|c| [c, c]).collect::<String>().to_ascii_lowercase())),
        _ => None,
    }
}

fn parse_sections(s: &str) -> Option<Sections> {
    let mut out = Sections { header: false, near: false, documents: false, toolbar: false };
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part {
            "header" => out.header = true,
            "near" => out.near = true,
            "documents" => out.documents = true,
            "toolbar" => out.toolbar = true,
            "all" => out = Sections::default(),
            _ => return None,
        }
    }
    Some(out)
}

/// `scheme://host[:port]` with nothing after it, as `MessageEvent.origin` reads.
pub fn valid_origin(s: &str) -> Option<String> {
    let (scheme, rest) = s.split_once("://")?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() || rest.len() > 253 {
        return None;
    }
    let ok = rest.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    ok.then(|| format!("{scheme}://{}", rest.to_ascii_lowercase()))
}

/// Splits a query string (`?a=1&b=2`) into decoded pairs.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Each ignored option's warning, on the console.
pub fn warn_all(warnings: Vec<String>) {
    for w in warnings {
        web_sys::console::warn_1(&w.into());
    }
}

/// Reads a host's options object into text pairs; anything but plain
/// strings, numbers and booleans is ignored.
pub fn option_pairs(options: &wasm_bindgen::JsValue) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    if !options.is_object() {
        return Vec::new();
    }
    let entries = js_sys::Object::entries(options.unchecked_ref());
    entries
        .iter()
        .take(32)
        .filter_map(|e| {
            let pair = js_sys::Array::from(&e);
            let name = pair.get(0).as_string()?;
            let v = pair.get(1);
            // Whole numbers only (no float formatting in the wasm); other numbers are ignored.
            let whole = v.as_f64().filter(|n| n.fract() == 0.0 && n.abs() < 1e15).map(|n| (n as i64).to_string());
            // A host's profile may come as an object: read as its JSON text.
            let json = || (name == "profile" && v.is_object()).then(|| js_sys::JSON::stringify(&v).ok()?.as_string()).flatten();
            let value = v.as_string().or_else(|| v.as_bool().map(|b| b.to_string())).or(whole).or_else(json)?;
            Some((name, value))
        })
        .collect()
}

/// Tells the host `kind` (`srdi:result`, `srdi:prefill-error`) with `detail`: a message to its
/// origin from an iframe, an event on its element in a page. False where there is no host.
pub fn tell_host(mode: &Mode, kind: &str, detail: &wasm_bindgen::JsValue) -> bool {
    match mode {
        Mode::Frame { host_origin: Some(origin) } => {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
            let _ = js_sys::Reflect::set(&msg, &"detail".into(), detail);
            web_sys::window().and_then(|w| w.parent().ok().flatten()).is_some_and(|p| p.post_message(&msg, origin).is_ok())
        }
        Mode::InPage { host } => {
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init.set_detail(detail);
            web_sys::CustomEvent::new_with_event_init_dict(kind, &init).is_ok_and(|e| host.dispatch_event(&e).is_ok())
        }
        _ => false,
    }
}

/// Undecodable text is kept as typed (with `+` as a space); option checks then refuse it.
fn decode(s: &str) -> String {
    srdi_rules::fields::url_decode(s).unwrap_or_else(|| s.replace('+', " "))
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn presets_are_read_and_bad_ones_ignored() {
        let mut c = Config::new(Mode::Standalone);
        let w = c.apply([("city", "suzhou"), ("lang", "en"), ("theme", "#0A5"), ("compact", "1"), ("sections", "header,toolbar")]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.city, Some(City::Suzhou));
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.theme.as_deref(), Some("#00aa55"));
        assert!(c.compact);
        assert_eq!(c.sections, Sections { header: true, near: false, documents: false, toolbar: true });
        let before = c.clone();
        let huge = "x".repeat(100_000);
        let w = c.apply([
            ("city", "atlantis"),
            ("theme", "red;background:url(https://evil.example)"),
            ("theme", "#12345g"),
            ("sections", "header,<script>"),
            ("lang", huge.as_str()),
            ("<img src=x onerror=alert(1)>", "1"),
        ]);
        assert_eq!(w.len(), 6, "{w:?}");
        assert_eq!(c, before);
    }

    #[test]
    fn purpose_is_short_plain_text() {
        let mut c = Config::new(Mode::Standalone);
        c.apply([("result", "预填申报表\u{0}\n<b>and more text that goes on and on and on and on and on and on and on</b>")]);
        let p = c.result_purpose.unwrap_or_default();
        assert!(p.chars().count() <= MAX_PURPOSE_CHARS && !p.contains('\u{0}') && !p.contains('\n'));
    }

    #[test]
    fn origins_must_be_bare() {
        assert_eq!(valid_origin("http://127.0.0.1:8080").as_deref(), Some("http://127.0.0.1:8080"));
        assert_eq!(valid_origin("https://Szqt.Example.cn").as_deref(), Some("https://szqt.example.cn"));
        for bad in ["*", "null", "javascript:alert(1)", "https://a.cn/path", "ftp://a.cn", "https://", "https://a.cn?x"] {
            assert_eq!(valid_origin(bad), None, "{bad}");
        }
    }
}
