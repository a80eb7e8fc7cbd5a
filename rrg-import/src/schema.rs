//! The JSON Schema (draft 2020-12) of the JSON report, generated from
//! [`Report`] and committed as
//! `schema/import-report.schema.json` (a test regenerates and compares it;
//! `rrg import --schema` prints it).

use schemars::Schema;
use schemars::generate::SchemaSettings;

use crate::model::Report;

/// The schema of [`Report`].
pub fn schema() -> Schema {
    SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Report>()
}

/// The schema as pretty JSON with a final newline.
///
/// ```
/// let schema = rrg_import::schema::to_string();
/// assert!(schema.contains("\"title\": \"Report\""));
/// ```
pub fn to_string() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("a schema serialises");
    text.push('\n');
    text
}

/// The report as pretty JSON with a final newline.
pub fn report_json(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).expect("a report serialises");
    text.push('\n');
    text
}
