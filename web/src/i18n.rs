//! Chinese first, English second: the language switch and the few UI strings
//! that are not already bilingual in the rules crate.

/// The display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// Picks the string for this language.
    pub fn t<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// Picks the language's side of a bilingual text from the rules crate.
pub fn pick(lang: Lang, text: &srdi_rules::Text) -> &str {
    lang.t(&text.zh, &text.en)
}
