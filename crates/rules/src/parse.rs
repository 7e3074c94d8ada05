//! Reading a profile from any serde format (JSON in the CLI, JS values in the
//! wasm), with errors that name the field path in Chinese and English.

use crate::error::{FieldError, InputError};
use crate::profile::Profile;
use serde::Deserializer;

/// Deserialises a profile, turning serde's message into a field-named error.
pub fn profile_from<'de, D: Deserializer<'de>>(d: D) -> Result<Profile, InputError> {
    serde_path_to_error::deserialize(d).map_err(|e| {
        let path = e.path().to_string();
        FieldError::from_serde(&path, &e.inner().to_string()).into()
    })
}

/// Reads a profile from JSON text.
#[cfg(feature = "json")]
pub fn profile_from_json(s: &str) -> Result<Profile, InputError> {
    let mut de = serde_json::Deserializer::from_str(s);
    let p = profile_from(&mut de)?;
    de.end().map_err(|e| InputError::from(FieldError::from_serde("", &e.to_string())))?;
    Ok(p)
}

/// The JSON Schema of the profile.
#[cfg(feature = "schema")]
pub fn profile_schema() -> schemars::Schema {
    schemars::schema_for!(Profile)
}
