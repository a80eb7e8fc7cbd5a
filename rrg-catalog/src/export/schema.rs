//! The JSON Schema (draft 2020-12) of the `json` export, generated from the
//! Rust types, committed as `schema/catalog.schema.json`.
//!
//! It is as strict as the types: no property besides those of the model
//! (`additionalProperties: false`), every property required (unknown values
//! are `null`, not missing), roles and modalities from their closed lists,
//! years from 1800 to 2100, months from 1 to 12, links as URIs. Every
//! property has a title (from its name) and a description (from the
//! documentation of its field). Integer properties carry the `format`s
//! schemars gives Rust's unsigned types (`uint`, `uint8`, `uint16`); a
//! validator that checks formats strictly must be told of them.

use std::io;

use schemars::Schema;
use schemars::generate::SchemaSettings;

use super::json::{Document, Entries};

/// The schema of [`Document`], the `json` export.
pub fn schema() -> Schema {
    SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Document<Entries<core::slice::Iter<'static, crate::Entry>>>>()
}

/// Writes the schema as pretty JSON with a final newline.
pub fn write(out: impl io::Write) -> io::Result<()> {
    super::json::write_pretty(&schema(), out)
}

/// The schema as pretty JSON with a final newline.
///
/// ```
/// let schema = rrg_catalog::export::schema::to_string();
/// assert!(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
/// ```
pub fn to_string() -> String {
    let mut text = Vec::new();
    write(&mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("serde_json writes UTF-8")
}
