//! The catalogue as JSON, valid against the schema of the `schema` export
//! (committed as `schema/catalog.schema.json`).
//!
//! ```json
//! {
//!   "format_version": 1,
//!   "source_sha256": "…",
//!   "count": 109,
//!   "entries": [
//!     { "key": "aksoy-etal-2023-radiology", "aliases": [], "entry_type": "inproceedings", … }
//!   ]
//! }
//! ```
//!
//! Every field of every entry is present, in the order of the model
//! ([`rrg_model::Entry`]); an unknown value is an explicit `null` and an
//! absent list is `[]`. Entries come in the order given. The text is
//! indented by two spaces and ends with a newline.

use std::io;

use serde::Serialize;

use crate::Entry;

/// The version of this format. It changes when a field is added, removed
/// or changes its meaning.
pub const FORMAT_VERSION: u32 = 1;

/// The JSON document: what the file holds and the entries.
///
/// This type defines the JSON format and its schema; build it with
/// [`Document::new`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schemars",
    schemars(
        title = "rrg-catalog",
        description = "The literature of radiology report generation (papers, data sets, toolkits and surveys) as exported by rrg-catalog.",
        transform = rrg_model::schema::titles_from_names
    )
)]
pub struct Document<'e> {
    /// The version of this format (see `FORMAT_VERSION` in rrg-catalog).
    #[cfg_attr(feature = "schemars", schemars(extend("const" = FORMAT_VERSION)))]
    pub format_version: u32,
    /// SHA-256, in lowercase hex, of the curated source file
    /// (`rrg-catalog/data/reference.bib`) the catalogue was built from.
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^[0-9a-f]{64}$")))]
    pub source_sha256: &'e str,
    /// The number of entries in `entries`.
    pub count: usize,
    /// The entries, in the order they were selected (by key for the whole
    /// catalogue).
    pub entries: Vec<&'e Entry>,
}

impl<'e> Document<'e> {
    /// The document for `entries`, in the order given.
    pub fn new(entries: impl IntoIterator<Item = &'e Entry>) -> Self {
        let entries: Vec<&Entry> = entries.into_iter().collect();
        Document {
            format_version: FORMAT_VERSION,
            source_sha256: crate::SOURCE_SHA256,
            count: entries.len(),
            entries,
        }
    }
}

/// Writes the JSON document for `entries`.
///
/// ```
/// use rrg_catalog::{Filter, Kind};
///
/// let mut json = Vec::new();
/// rrg_catalog::export::json::write(rrg_catalog::select(Filter::new().kind(Kind::Toolkit)), &mut json)?;
/// let text = String::from_utf8(json).unwrap();
/// assert!(text.starts_with("{\n  \"format_version\": 1,\n"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write<'e>(
    entries: impl IntoIterator<Item = &'e Entry>,
    out: impl io::Write,
) -> io::Result<()> {
    write_pretty(&Document::new(entries), out)
}

/// The JSON document for `entries`, as a string.
pub fn to_string<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> String {
    let mut text = Vec::new();
    write(entries, &mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("serde_json writes UTF-8")
}

/// Pretty JSON with a final newline, as every JSON export writes it.
pub(crate) fn write_pretty(value: &impl Serialize, mut out: impl io::Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")
}
