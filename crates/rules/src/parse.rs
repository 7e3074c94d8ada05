//! Reading a profile from any serde format (JSON in the CLI, JS values in the
//! wasm), with errors that name the field path in Chinese and English.

use crate::error::{FieldError, InputError};
use crate::profile::Profile;
use serde::Deserializer;

/// Deserialises a profile, turning serde's message into a field-named error.
pub fn profile_from<'de, D: Deserializer<'de>>(d: D) -> Result<Profile, InputError> {
    serde_path_to_error::deserialize(d).map_err(|e| {
        let path = dotted(&e.path().to_string());
        FieldError::from_serde(&path, &e.inner().to_string()).into()
    })
}

/// serde's `loans[0].rate_bp` as people count and as [`crate::Path`] spells it: `loans.1.rate_bp`.
fn dotted(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find(']') else { break };
        let inner = &rest[open + 1..open + close];
        match inner.parse::<usize>() {
            Ok(n) => {
                out.push('.');
                out.push_str(&(n + 1).to_string());
            }
            Err(_) => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The JSON Schema of the profile.
#[cfg(feature = "schema")]
pub fn profile_schema() -> schemars::Schema {
    schemars::schema_for!(Profile)
}

/// Reads a profile from JSON text.
#[cfg(feature = "json")]
pub fn profile_from_json(s: &str) -> Result<Profile, InputError> {
    let mut de = serde_json::Deserializer::from_str(s);
    let p = profile_from(&mut de)?;
    de.end().map_err(|e| InputError::from(FieldError::from_serde("", &e.to_string())))?;
    Ok(p)
}

/// The longest profile a host site may pass in (its 一企一档 as JSON), in bytes.
pub const MAX_HOST_PROFILE_BYTES: usize = 32 * 1024;

/// What a host site passed in, read field by field (issue 20, prefill with the visitor's consent).
#[cfg(feature = "json")]
#[derive(Debug, Clone, PartialEq)]
pub struct HostProfile {
    /// The answers that read well; where the host gave no city, the page's own (`city`).
    pub profile: Profile,
    /// The fields the host gave and that were kept, in the form's order: the page marks them
    /// 「待核对」 and counts none of them until the visitor confirms.
    pub given: Vec<crate::Path>,
    /// Each field left out, named for the host (never shown as the visitor's mistake).
    pub errors: Vec<FieldError>,
}

/// Reads a host's profile leniently: a field that does not read (an unknown name, a wrong value)
/// or that a check refuses on `as_of` (a year after the date, a large firm's SME title) is left
/// out and named, and the rest is kept — the same reading and checks as every other input, one
/// field at a time. Text over [`MAX_HOST_PROFILE_BYTES`], or anything but a JSON object, gives
/// nothing but the error.
#[cfg(feature = "json")]
pub fn profile_from_host(json: &str, city: crate::profile::City, as_of: crate::Date) -> HostProfile {
    use crate::Path;
    use serde_json::Value;
    let nothing = |zh: &str, en: &str| HostProfile { profile: Profile::blank(city), given: Vec::new(), errors: vec![FieldError::new("", zh.to_owned(), en!(en.to_owned()))] };
    if json.len() > MAX_HOST_PROFILE_BYTES {
        return nothing("平台传入的企业信息过大（超过 32 KB），未使用", en_str!("The host's profile is over 32 KB and was not used"));
    }
    let mut value = match serde_json::from_str::<Value>(json) {
        Ok(v @ Value::Object(_)) => v,
        _ => return nothing("平台传入的企业信息不是 JSON 对象，未使用", en_str!("The host's profile is not a JSON object and was not used")),
    };
    let host_city = value.get("city").is_some();
    if !host_city {
        value["city"] = Value::String(crate::fields::serde_plain_name(city).to_owned());
    }
    let mut errors = Vec::new();
    // Each failed reading names one field; it is taken out and the rest read again.
    let mut profile = None;
    for _ in 0..64 {
        match profile_from(&value) {
            Ok(p) => {
                profile = Some(p);
                break;
            }
            Err(e) => {
                let Some(err) = e.errors.into_iter().next() else { break };
                let removed = remove_at(&mut value, &err.field);
                errors.push(err);
                if !removed {
                    break;
                }
            }
        }
    }
    let Some(mut profile) = profile else {
        return HostProfile { profile: Profile::blank(city), given: Vec::new(), errors };
    };
    // A check that refuses an answer (on this date) leaves that field out too.
    for _ in 0..64 {
        let Err(e) = profile.validate(as_of) else { break };
        let mut cleared = false;
        for err in e.errors {
            if let Some(path) = Path::parse(&err.field) {
                cleared |= crate::fields::set(&mut profile, path, "").is_ok();
            }
            errors.push(err);
        }
        if !cleared {
            return HostProfile { profile: Profile::blank(city), given: Vec::new(), errors };
        }
    }
    let given = crate::fields::pairs(&profile).into_iter().map(|(p, _)| p).filter(|p| host_city || *p != Path::City).collect();
    HostProfile { profile, given, errors }
}

/// Takes out the field `loans.2.rate_bp` (entries counted from 1) of a JSON value; false if
/// there is no such field (nothing to take out: the reading cannot go on).
#[cfg(feature = "json")]
fn remove_at(value: &mut serde_json::Value, field: &str) -> bool {
    use serde_json::Value;
    let parts: Vec<&str> = field.split('.').filter(|p| !p.is_empty()).collect();
    let Some((last, path)) = parts.split_last() else { return false };
    let mut at = value;
    for part in path {
        at = match at {
            Value::Object(m) => match m.get_mut(*part) {
                Some(v) => v,
                None => return false,
            },
            Value::Array(a) => match part.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| a.get_mut(i)) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match at {
        Value::Object(m) => m.remove(*last).is_some(),
        Value::Array(a) => match last.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).filter(|i| *i < a.len()) {
            Some(i) => {
                a.remove(i);
                true
            }
            None => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn array_indices_are_counted_from_one() {
        assert_eq!(super::dotted("loans[0].rate_bp"), "loans.1.rate_bp");
        assert_eq!(super::dotted("srdi_loans[11].signed"), "srdi_loans.12.signed");
        assert_eq!(super::dotted("titles.little_giant"), "titles.little_giant");
    }

    #[cfg(feature = "json")]
    mod host {
        use super::super::*;
        use crate::profile::City;
        use crate::{Date, Path};

        const AS_OF: Date = Date::ymd(2026, 12, 4);

        #[test]
        fn a_hosts_good_fields_are_kept_and_each_bad_one_named() {
            let json = r#"{"city":"nanjing","size":"small","titles":{"little_giant":2026,"provincial_srdi":2031},"colour":"red","loans":[{"equipment_yuan":10000000,"rate_bp":"abc"}]}"#;
            let h = profile_from_host(json, City::Suzhou, AS_OF);
            assert_eq!(h.profile.city, City::Nanjing);
            assert_eq!(h.profile.titles.little_giant.map(|r| r.first_year), Some(2026));
            assert_eq!(h.profile.titles.provincial_srdi, None, "a year after the as-of date is left out");
            let named: Vec<&str> = h.errors.iter().map(|e| e.field.as_str()).collect();
            assert!(named.contains(&"colour"), "{named:?}");
            assert!(named.contains(&"titles.provincial_srdi"), "{named:?}");
            assert!(named.iter().any(|f| f.starts_with("loans.1.rate_bp")), "{named:?}");
            assert!(h.given.contains(&Path::City) && h.given.contains(&Path::TITLES[2]), "{:?}", h.given);
            // The loan's other field is kept.
            assert_eq!(h.profile.loans.len(), 1);
        }

        #[test]
        fn without_a_city_the_pages_own_is_kept_and_not_marked_as_the_hosts() {
            let h = profile_from_host(r#"{"titles":{"little_giant":2025}}"#, City::Huaian, AS_OF);
            assert_eq!(h.profile.city, City::Huaian);
            assert!(!h.given.contains(&Path::City));
            assert!(h.errors.is_empty(), "{:?}", h.errors);
        }

        #[test]
        fn too_large_or_not_an_object_gives_nothing_but_the_reason() {
            let big = format!(r#"{{"district":"{}"}}"#, "区".repeat(20_000));
            let h = profile_from_host(&big, City::Nanjing, AS_OF);
            assert!(h.given.is_empty() && h.errors.len() == 1 && h.errors[0].en.contains("32 KB"));
            for bad in ["[1,2]", "\"nanjing\"", "{", ""] {
                let h = profile_from_host(bad, City::Nanjing, AS_OF);
                assert!(h.given.is_empty() && h.errors[0].en.contains("not a JSON object"), "{bad}");
            }
        }

        #[test]
        fn script_in_text_is_kept_as_text() {
            // The page shows text as text (never as markup); the district's bound still applies.
            let h = profile_from_host(r#"{"city":"nanjing","district":"<script>alert(1)</script>"}"#, City::Nanjing, AS_OF);
            assert_eq!(h.profile.district.as_deref(), Some("<script>alert(1)</script>"));
        }
    }
}
