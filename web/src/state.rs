//! All form state in one reducer: the profile the user is building, what they
//! typed into each field, the errors, the as-of date, the language and the
//! what-if being previewed. The assessment is derived from this, never stored.

use crate::i18n::Lang;
use srdi_rules::eval::Fix;
use srdi_rules::fields;
use srdi_rules::path::{GroupField, LoanField, SrdiLoanField};
use srdi_rules::{Date, FieldError, Path, Profile, Text};
use crate::pathmap::{PathMap, PathSet};
use std::rc::Rc;
use yew::{Reducible, UseReducerHandle};

/// The context every component reads: the state and its dispatcher.
pub type Ctx = UseReducerHandle<State>;

/// The assessment derived from the state (evaluated once per change, shared by pointer).
pub type Evaluation = Rc<Result<Rc<srdi_rules::Assessment>, srdi_rules::InputError>>;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The answers as read field by field (a field whose text cannot be read is not given).
    pub profile: Profile,
    /// The answers as counted: `profile` without the fields the rules crate's checks refuse (a
    /// 大型 firm's 小巨人 year, a loan drawn after the as-of date) and the entries those leave
    /// incomplete. The figures, the link, the card, the exports and the host's result use it.
    pub counted: Profile,
    /// What the user typed, per field path.
    pub raw: PathMap<String>,
    /// Fields whose text could not be read, with the rules crate's message.
    pub errors: PathMap<FieldError>,
    pub as_of: Date,
    pub as_of_raw: String,
    pub as_of_error: Option<FieldError>,
    pub today: Date,
    pub lang: Lang,
    /// The user chose to keep their answers on this device.
    pub remember: bool,
    /// The answers shown came from a link while other answers are saved on this device:
    /// nothing is saved over them until the person chooses (use the saved ones, or keep these).
    pub link_over_saved: bool,
    /// A one-off notice (e.g. a damaged share link).
    pub notice: Option<Text>,
    /// A near miss being previewed ("what if").
    pub what_if: Option<Fix>,
    /// The field being typed into: its error waits until the person pauses or leaves it.
    pub typing: Option<Path>,
    /// 关怀模式 (large text, GB/T 37668 / 适老化): remembered with the answers.
    pub care: bool,
    /// What "clear my data" or opening a new link replaced, until the person types again:
    /// "undo", with what it undoes.
    pub undo: Option<(Rc<State>, Text)>,
    /// What "use in my answers" just changed, and the field to show.
    pub done: Option<(Text, Path)>,
    /// What `Profile::validate` says about fields that read well one by one (a loan
    /// drawn after the as-of date, a group without its degree), by field.
    pub checks: PathMap<FieldError>,
    /// Fields the person has left at least once: a check shows at an empty field only then.
    pub touched: PathSet,
    /// The fields a host site filled in (its 一企一档, issue 20) that the visitor has not yet
    /// confirmed: shown marked 「待核对」 and not counted until confirmed (or changed).
    pub from_host: PathSet,
    /// The host's name as it gave it (`source`), for 「以下信息来自 … 」.
    pub host_name: Option<Rc<str>>,
    /// The saved answers were last worked out with these older rules: what changed is said.
    pub rules_before: Option<Rc<str>>,
    /// Each item's working, once fetched (a card's 依据与计算 opened, or the card printed).
    pub steps: Option<Rc<Steps>>,
    /// The printed card's QR code for a link: (link, size, SVG path), made on first print.
    pub qr: Option<Rc<(String, usize, String)>>,
    /// A stable key per entry of each repeated group (`Group::ALL` order), so that
    /// removing an entry never hands its input elements to the next one.
    pub keys: [Vec<u32>; 4],
    next_key: u32,
}

/// The items' working and long passages for one set of answers, date and language (from the
/// part loaded on first use: `web/extras`, `steps`), by rule id.
#[derive(Debug, PartialEq)]
pub struct Steps {
    /// What the working was written for: the answers as counted, the date, the language.
    pub key: (Profile, Date, Lang),
    pub by_rule: Vec<(String, Rc<Opened>)>,
    /// The printed card's list of the answers used: (label, value), in the form's order.
    pub answers: Vec<(String, String)>,
    /// The printed card's receipt (核验码 …), which `srdi verify` and the page's check read back.
    pub receipt: String,
    /// The payment timeline as HTML (chart and table, written by the first-use part), and each
    /// year's heading for the printed card.
    pub timeline: yew::AttrValue,
    pub years: Vec<String>,
    /// Why a document's dates are assumed: (document key, the start's reason, the end's).
    pub why: Vec<(String, String, String)>,
}

/// What a card adds when its 依据与计算 is opened or printed: the working, the clause's verbatim
/// quote and English gist, and an outside figure's source (with its confidence) and note, the
/// last two in the page's language and empty if the rule has none. The page's first load has
/// none of these (`srdi_rules::model::passage`).
#[derive(Debug, PartialEq, Default)]
pub struct Opened {
    pub steps: Vec<String>,
    pub quote: String,
    pub gist_en: String,
    pub source: String,
    pub note: String,
    /// The departments in charge (责任单位), as the text names them.
    pub departments: String,
}

impl State {
    /// The working for these answers, date and language, if fetched.
    pub fn steps_now(&self) -> Option<&Steps> {
        self.steps.as_deref().filter(|w| w.key.0 == self.counted && w.key.1 == self.as_of && w.key.2 == self.lang)
    }

    /// What the part loaded on first use is given: the answers as counted (as the share link
    /// writes them) and the as-of date.
    pub fn answers(&self) -> Vec<String> {
        vec![fields::to_share(&self.counted), self.as_of.to_string()]
    }
}

/// Fetches the items' working from the part loaded on first use, then `then(ok)`.
pub fn load_steps(state: &Ctx, then: impl FnOnce(bool) + 'static) {
    load_steps_then(state, Box::new(then));
}

// One copy for every caller (not one per closure type).
fn load_steps_then(state: &Ctx, then: Box<dyn FnOnce(bool)>) {
    if state.steps_now().is_some() {
        return then(true);
    }
    let key = (state.counted.clone(), state.as_of, state.lang);
    let mut args = state.answers();
    args.push(state.lang.code().to_owned());
    let s = state.clone();
    crate::extras::with("steps", args, move |out| {
        // Six parts, each ended by \x1e: the receipt; `label<TAB>value` lines; the cards as JSON
        // `[[rule_id, [step, …], quote, gist_en, source, note, departments], …]`; the timeline's
        // HTML; its years' headings; `key<TAB>why<TAB>why` lines (web/extras `steps`).
        let opened = out.as_deref().and_then(|o| {
            let mut part = o.split('\x1e');
            let (receipt, answers, cards, timeline, years, why) = (part.next()?, part.next()?, part.next()?, part.next()?, part.next()?, part.next()?);
            let text = |a: &js_sys::Array, i: u32| a.get(i).as_string().unwrap_or_default();
            let by_rule = js_sys::Array::from(&js_sys::JSON::parse(cards).ok()?)
                .iter()
                .filter_map(|card| {
                    let card = js_sys::Array::from(&card);
                    let steps = js_sys::Array::from(&card.get(1)).iter().filter_map(|l| l.as_string()).collect();
                    Some((card.get(0).as_string()?, Rc::new(Opened { steps, quote: text(&card, 2), gist_en: text(&card, 3), source: text(&card, 4), note: text(&card, 5), departments: text(&card, 6) })))
                })
                .collect::<Vec<_>>();
            let answers = answers.lines().filter_map(|l| l.split_once('\t')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
            Some(Steps { key, by_rule, answers, receipt: receipt.to_owned(), timeline: timeline.to_owned().into(), years: years.lines().map(str::to_owned).collect(), why: why.lines().map(|l| {
                let mut p = l.split('\t').map(str::to_owned);
                (p.next().unwrap_or_default(), p.next().unwrap_or_default(), p.next().unwrap_or_default())
            }).collect() })
        });
        let ok = opened.is_some();
        if let Some(steps) = opened {
            s.dispatch(Action::Steps(Rc::new(steps)));
        }
        then(ok);
    });
}

/// A repeated group of the profile the form lists entry by entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Loans,
    SrdiLoans,
    Graduates,
    Platforms,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Loans, Group::SrdiLoans, Group::Graduates, Group::Platforms];

    /// The fields of entry `n` (1-based), in form order.
    pub fn fields(self, n: u8) -> Vec<Path> {
        match self {
            Group::Loans => LoanField::ALL.iter().map(|f| Path::Loan(n, *f)).collect(),
            Group::SrdiLoans => SrdiLoanField::ALL.iter().map(|f| Path::SrdiLoan(n, *f)).collect(),
            Group::Graduates => GroupField::ALL.iter().map(|f| Path::GraduateGroup(n, *f)).collect(),
            Group::Platforms => vec![Path::PilotPlatform(n)],
        }
    }

    /// The group and entry number of a field, if it is in a repeated group.
    pub fn of(path: Path) -> Option<(Group, u8)> {
        Some(match path {
            Path::Loan(n, _) => (Group::Loans, n),
            Path::SrdiLoan(n, _) => (Group::SrdiLoans, n),
            Path::GraduateGroup(n, _) => (Group::Graduates, n),
            Path::PilotPlatform(n) => (Group::Platforms, n),
            _ => return None,
        })
    }

    pub fn len(self, p: &Profile) -> usize {
        match self {
            Group::Loans => p.loans.len(),
            Group::SrdiLoans => p.srdi_loans.len(),
            Group::Graduates => p.talent.groups.len(),
            Group::Platforms => p.counts.pilot_platforms.len(),
        }
    }

    /// The most entries the rules crate reads.
    pub fn max(self) -> usize {
        use srdi_rules::bounds::*;
        match self {
            Group::Loans => MAX_LOANS,
            Group::SrdiLoans => MAX_SRDI_LOANS,
            Group::Graduates => MAX_GROUPS,
            Group::Platforms => MAX_PLATFORMS,
        }
    }

    /// Removes entry `n` (1-based), if there is one.
    pub fn remove(self, p: &mut Profile, n: u8) -> bool {
        let i = usize::from(n).wrapping_sub(1);
        if i >= self.len(p) {
            return false;
        }
        match self {
            Group::Loans => drop(p.loans.remove(i)),
            Group::SrdiLoans => drop(p.srdi_loans.remove(i)),
            Group::Graduates => drop(p.talent.groups.remove(i)),
            Group::Platforms => drop(p.counts.pilot_platforms.remove(i)),
        }
        true
    }

    /// The one-entry fields of the quick form that become entry 1 once the group is listed.
    pub fn quick(self) -> &'static [(Path, Path)] {
        match self {
            Group::Loans => &[
                (Path::EquipmentLoanYuan, Path::Loan(1, LoanField::EquipmentYuan)),
                (Path::EquipmentLoanRateBp, Path::Loan(1, LoanField::RateBp)),
                (Path::CentralSubsidy, Path::Loan(1, LoanField::CentralSubsidy)),
            ],
            Group::Platforms => &[(Path::PilotPlatformInvestmentYuan, Path::PilotPlatform(1))],
            _ => &[],
        }
    }
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
    /// A new, empty entry at the end of a group (the quick form's one entry becomes entry 1).
    Add(Group),
    /// Remove entry `n` (1-based); the entries after it move up one.
    Remove(Group, u8),
    DismissNotice,
    /// Other answers opened in this tab (a new link pasted into the address bar, or the answers
    /// saved on this device): what was shown can be brought back with "undo".
    Open(Box<State>, Text),
    /// Keep the link's answers and save them over the ones saved on this device.
    KeepShown,
    /// Large text on or off.
    SetCare(bool),
    /// Bring back what "clear my data" removed.
    Undo,
    /// The card's QR code, once made.
    Qr(Rc<(String, usize, String)>),
    /// The items' working, once fetched.
    Steps(Rc<Steps>),
    /// A host's answers (read by `parse::profile_from_host`), the fields it gave and its name:
    /// they fill the fields that still hold the blank form's value, marked until confirmed.
    Prefill(Box<Profile>, Vec<Path>, Option<Rc<str>>),
    /// The visitor confirms one prefilled field, or (`None`) all of them.
    ConfirmHost(Option<Path>),
    /// A notice to show (what changed in the rules since the answers were saved).
    Notice(Text),
    /// Handed over by the Chinese-only build (`handoff`), after the answers typed there: the
    /// fields the host filled in that await the visitor's check, the host's name, remember, large text.
    Handed(Vec<Path>, Option<Rc<str>>, bool, bool),
}

impl State {
    pub fn new(profile: Profile, today: Date, lang: Lang, remember: bool, notice: Option<Text>) -> State {
        let raw = fields::pairs(&profile).into_iter().collect();
        let mut s = State {
            counted: profile.clone(),
            profile,
            raw,
            errors: PathMap::new(),
            as_of: today,
            as_of_raw: today.to_string(),
            as_of_error: None,
            today,
            lang,
            remember,
            link_over_saved: false,
            notice,
            what_if: None,
            typing: None,
            care: false,
            undo: None,
            done: None,
            checks: PathMap::new(),
            touched: PathSet::new(),
            qr: None,
            steps: None,
            from_host: PathSet::new(),
            host_name: None,
            rules_before: None,
            keys: Default::default(),
            next_key: 0,
        };
        s.sync();
        s
    }

    /// After every change: the validation checks, and one key per entry.
    fn sync(&mut self) {
        self.checks = match self.profile.validate(self.as_of) {
            Ok(()) => PathMap::new(),
            Err(e) => e.errors.into_iter().filter_map(|e| Some((Path::parse(&e.field)?, e))).rev().collect(),
        };
        self.counted = self.counted_profile();
        for g in Group::ALL {
            let len = g.len(&self.profile);
            let keys = &mut self.keys[g as usize];
            keys.truncate(len);
            while keys.len() < len {
                keys.push(self.next_key);
                self.next_key += 1;
            }
        }
    }

    /// `profile` without what its checks refuse: each refused field is not given, and an entry
    /// that stays incomplete without it is left out (a few rounds at most).
    fn counted_profile(&self) -> Profile {
        let mut p = self.profile.clone();
        // A host's answer counts only once the visitor has confirmed it.
        for path in self.from_host.keys() {
            let _ = fields::set(&mut p, *path, "");
        }
        if !self.from_host.is_empty() {
            for g in Group::ALL {
                // An entry of which every field is still unconfirmed is left out whole.
                for n in (1..=g.len(&p) as u8).rev() {
                    if g.fields(n).iter().all(|f| fields::get(&p, *f).is_empty()) {
                        g.remove(&mut p, n);
                    }
                }
            }
        }
        if self.checks.is_empty() && self.from_host.is_empty() {
            return p;
        }
        for _ in 0..4 {
            let Err(e) = p.validate(self.as_of) else { break };
            let before = p.clone();
            for path in e.errors.iter().filter_map(|e| Path::parse(&e.field)) {
                let was = p.clone();
                let _ = fields::set(&mut p, path, "");
                if p == was {
                    if let Some((g, n)) = Group::of(path) {
                        g.remove(&mut p, n);
                    }
                }
            }
            if p == before {
                break;
            }
        }
        p
    }

    /// The blank form: Nanjing (or the host's preset city); the size is a required choice, not preset.
    pub fn blank_profile(city: Option<srdi_rules::profile::City>) -> Profile {
        Profile::blank(city.unwrap_or(srdi_rules::profile::City::Nanjing))
    }

    /// The field's error, once the person has finished typing in it: what could not be
    /// read, else what the rules crate's checks say (at an empty field only once it was left).
    pub fn shown_error(&self, path: Path) -> Option<&FieldError> {
        if self.typing == Some(path) {
            return None;
        }
        self.errors.get(&path).or_else(|| self.checks.get(&path).filter(|_| !self.raw(path).is_empty() || self.touched.contains_key(&path)))
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
                        // A field in error counts as not given: never the prefix typed before
                        // (`5` of `5千万`), in the figures, the link, the card or an export.
                        let mut p = s.profile.clone();
                        if fields::set(&mut p, path, "").is_ok() {
                            s.profile = p;
                        }
                        s.errors.insert(path, e);
                    }
                }
                s.raw.insert(path, value);
                // Changed by the visitor: their own answer now, no longer the host's.
                s.from_host.remove(&path);
                s.what_if = None;
                s.undo = None;
                s.done = None;
                s.typing = Some(path);
            }
            Action::Settle(path) => {
                if s.typing != Some(path) && s.touched.contains_key(&path) {
                    return self;
                }
                if s.typing == Some(path) {
                    s.typing = None;
                }
                s.touched.add(path);
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
            Action::Remember(r) => {
                s.remember = r;
                s.link_over_saved = false;
            }
            Action::KeepShown => s.link_over_saved = false,
            Action::Open(next, what) => {
                let mut next = *next;
                next.care = s.care;
                next.notice = Some(what.clone());
                s.undo = None;
                s.done = None;
                next.undo = Some((Rc::new(s), what));
                return Rc::new(next);
            }
            Action::Clear(city) => {
                let mut fresh = State::new(State::blank_profile(city), s.today, s.lang, false, None);
                fresh.care = s.care;
                s.undo = None;
                s.done = None;
                let what = Text { zh: "已清除，本设备上保存的答案也已删除。".into(), en: srdi_rules::en!("Cleared, including the answers saved on this device.") };
                fresh.undo = Some((Rc::new(s), what));
                return Rc::new(fresh);
            }
            Action::Undo => {
                if let Some((before, _)) = s.undo.take() {
                    return before;
                }
            }
            Action::SetCare(on) => s.care = on,
            Action::WhatIf(fix) => s.what_if = fix,
            Action::AdoptWhatIf => {
                if let Some(fix) = s.what_if.take() {
                    s.profile = fix.apply(&s.profile, s.as_of);
                    s.raw = fields::pairs(&s.profile).into_iter().collect();
                    s.errors.clear();
                    let what = fix.describe();
                    s.done = Some((Text { zh: format!("已填入您的答案：{}。", what.zh), en: srdi_rules::en!(format!("Added to your answers: {}.", what.en)) }, fix.path()));
                }
            }
            Action::Add(g) => {
                let len = g.len(&s.profile);
                if len >= g.max() {
                    return self;
                }
                let p = &mut s.profile;
                // The quick form's one loan (platform) becomes entry 1: moved, text and all.
                let quick: Vec<(Path, Path, String)> = g.quick().iter().map(|(q, to)| (*q, *to, fields::get(p, *q))).collect();
                if len == 0 && quick.iter().any(|(_, _, v)| !v.is_empty()) {
                    let amount_given = !quick[0].2.is_empty();
                    // Cleared first: once `loans` is used, the quick fields would write loan 1.
                    for (q, _, _) in &quick {
                        let _ = fields::set(p, *q, "");
                    }
                    for (q, to, v) in &quick {
                        let (raw, err) = (s.raw.remove(q), s.errors.remove(q));
                        if amount_given {
                            let _ = fields::set(p, *to, v);
                            s.raw.extend(raw.map(|r| (*to, r)));
                            s.errors.extend(err.map(|e| (*to, e)));
                        }
                    }
                }
                let n = g.len(&s.profile) as u8 + 1;
                match g {
                    Group::Platforms => s.profile.counts.pilot_platforms.push(srdi_rules::profile::PilotPlatform { investment_yuan: 0 }),
                    // An empty entry as the rules crate starts one.
                    _ => {
                        let _ = fields::set(&mut s.profile, g.fields(n)[0], "");
                    }
                }
                // Its first field gets the focus: its check waits until the person leaves it.
                s.typing = Some(g.fields(n)[0]);
                s.what_if = None;
            }
            Action::Remove(g, n) => {
                if !g.remove(&mut s.profile, n) {
                    return self;
                }
                s.keys[g as usize].remove(usize::from(n) - 1);
                // The text typed into the later entries moves up with them.
                let moved = |path: Path| match Group::of(path) {
                    Some((h, k)) if h == g && k == n => None,
                    Some((h, k)) if h == g && k > n => Some(path.in_entry(k - 1)),
                    _ => Some(path),
                };
                s.raw = std::mem::take(&mut s.raw).into_iter().filter_map(|(p, v)| Some((moved(p)?, v))).collect();
                s.errors = std::mem::take(&mut s.errors).into_iter().filter_map(|(p, v)| Some((moved(p)?, v))).collect();
                s.touched = std::mem::take(&mut s.touched).into_iter().filter_map(|(p, ())| Some((moved(p)?, ()))).collect();
                s.typing = None;
                s.what_if = None;
            }
            Action::DismissNotice => s.notice = None,
            Action::Notice(t) => s.notice = Some(t),
            Action::Qr(q) => {
                s.qr = Some(q);
                return Rc::new(s);
            }
            Action::Steps(w) => {
                s.steps = Some(w);
                return Rc::new(s);
            }
            Action::Prefill(host, given, name) => {
                // Only what the visitor has not answered: a field they have not typed into (the
                // city: not yet left, as the page or the host's preset chose it).
                for path in given {
                    let untouched = if path == Path::City { !s.touched.contains_key(&path) } else { s.raw(path).is_empty() };
                    if untouched && fields::set(&mut s.profile, path, &fields::get(&host, path)).is_ok() {
                        s.raw.insert(path, fields::get(&s.profile, path));
                        s.from_host.add(path);
                    }
                }
                s.host_name = name;
                s.what_if = None;
            }
            Action::ConfirmHost(path) => match path {
                Some(p) => {
                    s.from_host.remove(&p);
                }
                None => s.from_host = PathSet::new(),
            },
            Action::Handed(from_host, host, remember, care) => {
                for p in from_host {
                    s.from_host.add(p);
                }
                s.host_name = host;
                s.remember = remember;
                s.care = care;
            }
        }
        s.sync();
        Rc::new(s)
    }
}
