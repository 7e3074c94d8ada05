//! A receipt anyone can check (issue 20 §4): a short code a printed card, a CSV and the JS API
//! carry — `SRDI1:2026-12-04:2026-12-04:9F3A21C4:77B0E215`: the receipt's format (1), the rules'
//! version, the as-of date, a digest of the answers and a digest of the result's money. [`verify`]
//! reads a card's text (or a share link with the receipt beside it), recomputes both digests with
//! these rules and answers 「一致」, or 「不同」 naming the rules that changed since the receipt's
//! version for this firm ([`crate::changes`]). No network: everything is in the text.
//!
//! The answers' digest is over the canonical share string ([`fields::to_share`] of the answers
//! as read, so an old link of the same answers gives the same digest); the money's over each
//! item that carries a figure (rule id, kind, figures in fen, certain or likely, in force, how
//! long certain), not its words, so a rewording is not a change and a changed figure is.
//!
//! The digest is 32 bits of FNV-1a (64-bit) finished with splitmix64's mixer, written here (no
//! dependency). That is enough for what a receipt is for: telling a faithful copy from a
//! mistyped or altered one and a result of other rules from this one (a random change passes
//! unnoticed once in four billion). It is not a signature: anyone can make a matching receipt for
//! answers of their own, so it proves nothing about who made the card.

use crate::changes::{self, Change};
use crate::date::Date;
use crate::error::{FieldError, InputError};
use crate::fields;
use crate::profile::Profile;
use crate::result::{text, Amount, Assessment, Text, Until};
use core::fmt::Write;
use serde::Serialize;

/// The receipt code's prefix: `SRDI` and the format's version.
pub const PREFIX: &str = "SRDI1";

/// FNV-1a (64-bit) over `bytes`, mixed (splitmix64's finaliser), its top 32 bits.
pub fn digest32(bytes: &[u8]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    (h >> 32) as u32
}

/// The money of an assessment as one line per item with a figure, the text the money digest is of.
pub fn money_lines(a: &Assessment) -> String {
    let mut s = String::new();
    for it in &a.items {
        let figures: Vec<i64> = match it.amount {
            Amount::NonMonetary => continue,
            Amount::Exact { fen } | Amount::Annual { fen } => vec![fen],
            Amount::UpTo { cap_fen } => vec![cap_fen],
            Amount::Monthly { per_month_fen, per_year_fen, max_months, max_total_fen } => vec![per_month_fen, per_year_fen, i64::from(max_months), max_total_fen],
            Amount::EvaluationPrice { bid_fen, deduction_bp, evaluated_fen, best_case } => vec![bid_fen, i64::from(deduction_bp), evaluated_fen, i64::from(best_case)],
            Amount::FeeCeiling { rate_bp, base_fen, max_fee_fen } => vec![i64::from(rate_bp), base_fen, max_fee_fen],
            Amount::RateCeiling { lpr_bp, spread_bp, ceiling_bp, above_cap_fen } => vec![i64::from(lpr_bp), i64::from(spread_bp), i64::from(ceiling_bp), above_cap_fen],
            Amount::Unquantified { .. } => vec![],
        };
        let figures: Vec<String> = figures.iter().map(i64::to_string).collect();
        let until = match it.until {
            None => String::new(),
            Some(Until::SchemeYear { year, next_announced }) => format!("s{year}{}", u8::from(next_announced)),
            Some(Until::Ends { date }) => format!("e{date}"),
        };
        let _ = writeln!(
            s,
            "{}|{}|{}|{}{}|{until}",
            it.rule.id,
            it.amount.kind(),
            figures.join(","),
            if it.certain() { 'c' } else { 'l' },
            if it.in_force() { 'f' } else { 'x' }
        );
    }
    s
}

/// A receipt: the rules' version, the as-of date, and the digests of the answers and the money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receipt {
    pub rules_version: Date,
    pub as_of: Date,
    pub answers: u32,
    pub money: u32,
}

impl Receipt {
    /// The receipt of an assessment worked out for `profile`.
    pub fn of(profile: &Profile, a: &Assessment) -> Receipt {
        Receipt {
            rules_version: Date::parse(a.rules_version).unwrap_or(changes::RULES_CHANGED),
            as_of: a.as_of,
            answers: digest32(fields::to_share(profile).as_bytes()),
            money: digest32(money_lines(a).as_bytes()),
        }
    }

    /// `SRDI1:2026-12-04:2026-12-04:9F3A21C4:77B0E215`.
    pub fn code(&self) -> String {
        format!("{PREFIX}:{}:{}:{:08X}:{:08X}", self.rules_version, self.as_of, self.answers, self.money)
    }

    /// The receipt as a card prints it: `核验码 SRDI1:…（规则版本 2026-12-04，评估日期 2026-12-04）`.
    pub fn text(&self) -> Text {
        let c = self.code();
        text(format!("核验码 {c}（规则版本 {}，评估日期 {}）", self.rules_version, self.as_of), en!(format!("Receipt {c} (rules {}, as of {})", self.rules_version, self.as_of)))
    }

    /// Reads a receipt code exactly (`SRDI1:…`, hex in either case).
    pub fn parse(code: &str) -> Option<Receipt> {
        let rest = code.trim().strip_prefix(PREFIX)?.strip_prefix(':')?;
        let mut parts = rest.split(':');
        let rules_version = Date::parse(parts.next()?)?;
        let as_of = Date::parse(parts.next()?)?;
        let hex = |s: &str| (s.len() == 8).then(|| u32::from_str_radix(s, 16).ok()).flatten();
        let answers = hex(parts.next()?)?;
        let money = hex(parts.next()?)?;
        parts.next().is_none().then_some(Receipt { rules_version, as_of, answers, money })
    }

    /// The first receipt code in a text (a card's words, a link with `&receipt=…`).
    pub fn find(text: &str) -> Option<Receipt> {
        text.match_indices(PREFIX).find_map(|(i, _)| {
            let code: String = text[i..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '-').collect();
            Receipt::parse(&code)
        })
    }
}

impl Serialize for Receipt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Receipt", 6)?;
        st.serialize_field("code", &self.code())?;
        st.serialize_field("rules_version", &self.rules_version)?;
        st.serialize_field("as_of", &self.as_of)?;
        st.serialize_field("answers", &format!("{:08X}", self.answers))?;
        st.serialize_field("money", &format!("{:08X}", self.money))?;
        st.serialize_field("text", &self.text())?;
        st.end()
    }
}

/// The receipt for a profile on a date (evaluates it; validates first).
pub fn receipt(profile: &Profile, as_of: Date) -> Result<Receipt, InputError> {
    Ok(Receipt::of(profile, &crate::evaluate(profile, as_of)?))
}

/// The answers in a text: a share link's fragment (`…#v=3&city=…`) or the answer code alone
/// (`#v=3&…`, `v=3&…`, a CSV export's `答案代码` cell), without the parts that are not answers (`as_of=`, `receipt=`).
pub fn answers_in(text: &str) -> Option<String> {
    text.match_indices("v=").find_map(|(i, _)| {
        let before = text[..i].chars().next_back();
        // Where a link's fragment or a code starts: after `#`, a space, a CSV cell's comma or quote.
        if !matches!(before, None | Some('#' | ',' | '"')) && !before.is_some_and(char::is_whitespace) {
            return None;
        }
        let run: String = text[i..].chars().take_while(|c| c.is_ascii_graphic() && !matches!(c, ',' | '"')).collect();
        let run = run.trim_end_matches(['.', ',', ';', ')']);
        let parts: Vec<&str> = run.split('&').filter(|p| !p.starts_with("as_of=") && !p.starts_with("receipt=")).collect();
        parts.iter().any(|p| p.starts_with("city=")).then(|| parts.join("&"))
    })
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verification {
    /// The receipt as read.
    pub receipt: Receipt,
    /// The receipt worked out again, with these rules, from the answers in the text.
    pub now: Receipt,
    pub answers_match: bool,
    pub money_match: bool,
    /// Where the money differs: the rule changes after the receipt's version that touch this
    /// firm's items (or, when none does, every change after it).
    #[serde(serialize_with = "texts")]
    pub changes: Vec<&'static Change>,
    /// Answers in the text that could not be read (then left out).
    pub unread: Vec<FieldError>,
    /// 「一致」 or 「不同：…」, in words.
    pub text: Text,
}

fn texts<S: serde::Serializer>(c: &[&'static Change], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(c.iter().map(|c| c.text()))
}

impl Verification {
    /// Answers and money as the receipt says.
    pub fn matches(&self) -> bool {
        self.answers_match && self.money_match
    }
}

fn missing(what: &str, zh: &str, en: &str) -> InputError {
    FieldError::new(what, zh.to_owned(), en!(en.to_owned())).into()
}

/// Checks a card's text, or a share link or answer code with its receipt: reads the receipt and
/// the answers, evaluates the answers on the receipt's as-of date with these rules and compares.
/// Errors: no receipt, no answers, or answers that cannot be evaluated (named by field).
pub fn verify(input: &str) -> Result<Verification, InputError> {
    let receipt = Receipt::find(input).ok_or_else(|| {
        missing("receipt", "没有找到核验码（以 SRDI1: 开头，印在政策明白卡上）", en_str!("no receipt found (it starts with SRDI1: and is printed on the card)"))
    })?;
    let fragment = answers_in(input).ok_or_else(|| {
        missing("answers", "没有找到答案：请把卡上的链接或答案代码（#v=… 开头）一并粘贴", en_str!("no answers found: paste the card's link or answer code (starting #v=…) too"))
    })?;
    let (profile, unread) = fields::from_share(&fragment).ok_or_else(|| missing("answers", "答案代码无法读取（缺少城市）", en_str!("the answer code cannot be read (no city)")))?;
    let a = crate::evaluate(&profile, receipt.as_of)?;
    let now = Receipt::of(&profile, &a);
    let (answers_match, money_match) = (now.answers == receipt.answers, now.money == receipt.money);
    let changes = if answers_match && !money_match {
        let touching = changes::touching(receipt.rules_version, &a);
        if touching.is_empty() {
            changes::CHANGES.iter().filter(|c| c.date > receipt.rules_version).collect()
        } else {
            touching
        }
    } else {
        Vec::new()
    };
    let text = words(&receipt, &now, answers_match, money_match, &changes);
    Ok(Verification { receipt, now, answers_match, money_match, changes, unread, text })
}

fn words(r: &Receipt, now: &Receipt, answers: bool, money: bool, changes: &[&'static Change]) -> Text {
    let (v, w) = (r.rules_version, now.rules_version);
    match (answers, money) {
        (false, _) => text(
            "不同：答案与核验码不符——卡上的答案（链接或答案代码）与核验码不是同一份，可能抄错或被改动",
            en!("differs: the answers do not match the receipt — the card's answers (link or answer code) and its receipt are not the same copy: mistyped or altered"),
        ),
        (true, true) if v == w => text(format!("一致：答案和金额与核验码相符（规则版本 {v}，评估日期 {}）", r.as_of), en!(format!("matches: the answers and the money are as the receipt says (rules {v}, as of {})", r.as_of))),
        (true, true) => text(
            format!("一致：规则已从 {v} 更新至 {w}，本企业的金额没有变化（评估日期 {}）", r.as_of),
            en!(format!("matches: the rules were updated from {v} to {w}; this firm's money is unchanged (as of {})", r.as_of)),
        ),
        (true, false) if v > w => text(
            format!("不同：核验码的规则版本 {v} 比本程序的规则（{w}）新，请用新版本核对"),
            en!(format!("differs: the receipt's rules ({v}) are newer than these ({w}); check with a newer copy")),
        ),
        (true, false) if v == w || changes.is_empty() => text(
            format!("不同：规则版本同为 {v}，金额却不同——核验码可能被改动，或不是由本计算器算出"),
            en!(format!("differs: the same rules ({v}) but other money — the receipt may have been altered, or was not made by this calculator")),
        ),
        (true, false) => {
            let list: Vec<Text> = changes.iter().map(|c| c.text()).collect();
            let zh: Vec<&str> = list.iter().map(|t| t.zh.as_str()).collect();
            let en: Vec<&str> = list.iter().map(|t| t.en.as_str()).collect();
            text(format!("不同：{}", zh.join("；")), en!(format!("differs: {}", en.join("; "))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{City, Size, Title};

    fn w6() -> Profile {
        let mut p = Profile::new(City::Nanjing, Size::Medium);
        p.manufacturing = true;
        p.titles.set(Title::SingleChampion, Some(2026));
        p.titles.set(Title::LittleGiant, Some(2026));
        p
    }

    #[test]
    fn the_digest_is_stable_and_spreads() {
        // Pinned (worked again outside Rust): a receipt printed today must check on any later build.
        assert_eq!(digest32(b""), 0xF52A_15E9);
        assert_eq!(digest32(b"v=3&city=nanjing&size=small"), 0x355D_AF4A);
        // One letter changed at the end changes the digest entirely.
        assert_eq!(digest32(b"v=3&city=nanjing&size=smalm"), 0x95E1_3C08);
    }

    #[test]
    fn a_code_reads_back_and_is_found_in_words() {
        let r = receipt(&w6(), Date::ymd(2026, 11, 23)).expect("valid");
        let code = r.code();
        assert!(code.starts_with("SRDI1:2026-12-04:2026-11-23:"), "{code}");
        assert_eq!(code.len(), "SRDI1:2026-12-04:2026-11-23:9F3A21C4:77B0E215".len());
        assert_eq!(Receipt::parse(&code), Some(r));
        assert_eq!(Receipt::parse(&code.to_lowercase().replacen("srdi1", "SRDI1", 1)), Some(r));
        assert_eq!(Receipt::find(&format!("评估日期 2026-11-23 · 核验码 {code}（规则版本 2026-12-04）")), Some(r));
        assert_eq!(Receipt::parse("SRDI1:2026-12-04:2026-11-23:9F3A21C4"), None);
        assert_eq!(Receipt::parse("SRDI1:2026-12-04:2026-11-23:9F3A21C4:77B0E21G"), None);
    }

    #[test]
    fn answers_are_found_in_a_card_and_in_a_link() {
        let card = "用手机扫码或打开此链接，可看到同样的测算：\nhttps://srdi.example/#v=3&city=nanjing&size=medium&as_of=2026-11-23\n评估日期 2026-11-23";
        assert_eq!(answers_in(card).as_deref(), Some("v=3&city=nanjing&size=medium"));
        assert_eq!(answers_in("#v=3&city=suzhou&receipt=SRDI1:x").as_deref(), Some("v=3&city=suzhou"));
        assert_eq!(answers_in("v=3&city=suzhou").as_deref(), Some("v=3&city=suzhou"));
        assert_eq!(answers_in("nav=3&city=suzhou"), None, "only a link's or a code's own v=");
        assert_eq!(answers_in("核验码 SRDI1:…"), None);
    }
}
