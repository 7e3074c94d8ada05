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

#[cfg(test)]
mod tests {
    #[test]
    fn array_indices_are_counted_from_one() {
        assert_eq!(super::dotted("loans[0].rate_bp"), "loans.1.rate_bp");
        assert_eq!(super::dotted("srdi_loans[11].signed"), "srdi_loans.12.signed");
        assert_eq!(super::dotted("titles.little_giant"), "titles.little_giant");
    }
}
