//! Chinese first, English second: the language switch and the few UI strings
//! that are not already bilingual in the rules crate.

/// The display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// The language the page is shown in: Chinese in the Chinese-only first load (without the
    /// `english` feature), whose English side is not compiled in; choosing English there hands
    /// the answers to the bilingual build (`handoff`). Matching on it, not on `self`, lets the
    /// compiler drop the English side there.
    #[inline(always)]
    pub fn shown(self) -> Lang {
        if cfg!(feature = "english") {
            self
        } else {
            Lang::Zh
        }
    }

    /// Picks the string for this language.
    #[inline(always)]
    pub fn t<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self.shown() {
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
