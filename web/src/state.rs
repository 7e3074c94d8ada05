//! All form state in one reducer: the profile the user is building, what they
//! typed into each field, the errors, the as-of date, the language and the
//! what-if being previewed. The assessment is derived from this, never stored.

use crate::i18n::Lang;
use srdi_rules::eval::Fix;
use srdi_rules::fields;
use srdi_rules::{Date, FieldError, Path, Profile, Text};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::{Reducible, UseReducerHandle};

/// The context every component reads: the state and its dispatcher.
pub type Ctx = UseReducerHandle<State>;

/// The assessment derived from the state (evaluated once per change, shared by pointer).
pub type Evaluation = Rc<Result<Rc<srdi_rules::Assessment>, srdi_rules::InputError>>;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The last valid profile: results keep showing it while a field is wrong.
    pub profile: Profile,
    /// What the user typed, per field path.
    pub raw: BTreeMap<Path, String>,
    /// Fields whose text could not be read, with the rules crate's message.
    pub errors: BTreeMap<Path, FieldError>,
    pub as_of: Date,
    pub as_of_raw: String,
    pub as_of_error: Option<FieldError>,
    pub today: Date,
    pub lang: Lang,
    /// The user chose to keep their answers on this device.
    pub remember: bool,
    /// A one-off notice (e.g. a damaged share link).
    pub notice: Option<Text>,
    /// A near miss being previewed ("what if").
    pub what_if: Option<Fix>,
    /// The field being typed into: its error waits until the person pauses or leaves it.
    pub typing: Option<Path>,
    /// 关怀模式 (large text, GB/T 37668 / 适老化): remembered with the answers.
    pub care: bool,
    /// What "clear my data" replaced, until the person types again: "undo".
    pub undo: Option<Rc<State>>,
    /// What "use in my answers" just changed, and the field to show.
    pub done: Option<(Text, Path)>,
}

pub enum Action {
    /// A field's text changed.
    Set(Path, String),
    /// The person paused in, or left, a field: show its error, if any.
    Settle(Path),
    SetAsOf(String),
    SetLang(Lang),
    Remember(bool),
    /// Forget everything: a clean form (in the host's preset city, if any).
    Clear(Option<srdi_rules::profile::City>),
    WhatIf(Option<Fix>),
    /// Adopt the previewed what-if into the user's own answers.
    AdoptWhatIf,
    DismissNotice,
    /// Replace everything (after hydrating the prerendered page).
    Restore(Box<State>),
    /// Large text on or off.
    SetCare(bool),
    /// Bring back what "clear my data" removed.
    Undo,
}

impl State {
    pub fn new(profile: Profile, today: Date, lang: Lang, remember: bool, notice: Option<Text>) -> State {
        let raw = fields::FIELDS.iter().map(|f| (f.path, fields::get(&profile, f.path))).collect();
        State { profile, raw, errors: BTreeMap::new(), as_of: today, as_of_raw: today.to_string(), as_of_error: None, today, lang, remember, notice, what_if: None, typing: None, care: false, undo: None, done: None }
    }

    /// The blank form: Nanjing (or the host's preset city), a small enterprise.
    pub fn blank_profile(city: Option<srdi_rules::profile::City>) -> Profile {
        Profile::new(city.unwrap_or(srdi_rules::profile::City::Nanjing), srdi_rules::profile::Size::Small)
    }

    /// The field's error, once the person has finished typing in it.
    pub fn shown_error(&self, path: Path) -> Option<&FieldError> {
        if self.typing == Some(path) {
            return None;
        }
        self.errors.get(&path)
    }

    /// The text shown in a field.
    pub fn raw(&self, path: Path) -> &str {
        self.raw.get(&path).map(String::as_str).unwrap_or("")
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Set(path, value) => {
                let mut p = s.profile.clone();
                match fields::set(&mut p, path, &value) {
                    Ok(()) => {
                        s.profile = p;
                        s.errors.remove(&path);
                    }
                    Err(e) => {
                        s.errors.insert(path, e);
                    }
                }
                s.raw.insert(path, value);
                s.what_if = None;
                s.undo = None;
                s.done = None;
                s.typing = Some(path);
            }
            Action::Settle(path) => {
                if s.typing != Some(path) {
                    return self;
                }
                s.typing = None;
            }
            Action::SetAsOf(value) => {
                match Date::parse(&value) {
                    Some(d) => {
                        s.as_of = d;
                        s.as_of_error = None;
                    }
                    None => {
                        s.as_of_error = Some(FieldError::bad_date("as_of", &value))
                    }
                }
                s.as_of_raw = value;
            }
            Action::SetLang(l) => s.lang = l,
            Action::Remember(r) => s.remember = r,
            Action::Clear(city) => {
                let mut fresh = State::new(State::blank_profile(city), s.today, s.lang, false, None);
                fresh.care = s.care;
                s.undo = None;
                s.done = None;
                fresh.undo = Some(Rc::new(s));
                return Rc::new(fresh);
            }
            Action::Undo => {
                if let Some(before) = s.undo.take() {
                    return before;
                }
            }
            Action::SetCare(on) => s.care = on,
            Action::WhatIf(fix) => s.what_if = fix,
            Action::AdoptWhatIf => {
                if let Some(fix) = s.what_if.take() {
                    s.profile = fix.apply(&s.profile, s.as_of);
                    s.raw = fields::FIELDS.iter().map(|f| (f.path, fields::get(&s.profile, f.path))).chain(fields::pairs(&s.profile)).collect();
                    s.errors.clear();
                    let what = fix.describe();
                    s.done = Some((Text { zh: format!("已填入您的答案：{}。", what.zh), en: format!("Added to your answers: {}.", what.en) }, fix.path()));
                }
            }
            Action::DismissNotice => s.notice = None,
            Action::Restore(state) => return Rc::new(*state),
        }
        Rc::new(s)
    }
}
