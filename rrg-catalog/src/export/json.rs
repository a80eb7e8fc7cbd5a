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
        rename = "Document",
        title = "rrg-catalog",
        description = "The literature of radiology report generation (papers, data sets, toolkits and surveys) as exported by rrg-catalog.",
        transform = rrg_model::schema::titles_from_names
    )
)]
pub struct Document<E> {
    /// The version of this format (see `FORMAT_VERSION` in rrg-catalog).
    #[cfg_attr(feature = "schemars", schemars(extend("const" = FORMAT_VERSION)))]
    pub format_version: u32,
    /// SHA-256, in lowercase hex, of the curated source file
    /// (`rrg-catalog/data/reference.bib`) the catalogue was built from.
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^[0-9a-f]{64}$")))]
    pub source_sha256: &'static str,
    /// The number of entries in `entries`.
    pub count: usize,
    /// The entries, in the order they were selected (by key for the whole
    /// catalogue).
    pub entries: E,
}

impl<'e, I> Document<Entries<I>>
where
    I: Iterator<Item = &'e Entry> + Clone,
{
    /// The document for `entries`, in the order given. The iterator is
    /// walked twice, once to count and once to write, so nothing is
    /// collected.
    pub fn new(entries: impl IntoIterator<IntoIter = I>) -> Self {
        let entries = entries.into_iter();
        Document {
            format_version: FORMAT_VERSION,
            source_sha256: crate::SOURCE_SHA256,
            count: entries.clone().count(),
            entries: Entries(entries),
        }
    }
}

/// The entries of a [`Document`]: an iterator over entries, written as a
/// JSON array (each time the document is written, from a clone of it).
#[derive(Debug, Clone, PartialEq)]
pub struct Entries<I>(pub I);

impl<'e, I> Serialize for Entries<I>
where
    I: Iterator<Item = &'e Entry> + Clone,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.clone())
    }
}

/// In the schema, the entries are what they are written as: an array of
/// entries.
#[cfg(feature = "schemars")]
impl<I> schemars::JsonSchema for Entries<I> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <Vec<Entry>>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Vec<Entry>>::json_schema(generator)
    }

    fn inline_schema() -> bool {
        <Vec<Entry>>::inline_schema()
    }
}

/// Writes the JSON document for `entries`, allocating nothing when `out`
/// has room for it.
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
pub fn write<'e, I>(entries: impl IntoIterator<IntoIter = I>, out: impl io::Write) -> io::Result<()>
where
    I: Iterator<Item = &'e Entry> + Clone,
{
    write_pretty(&Document::new(entries), out)
}

/// The JSON document for `entries`, as a string.
pub fn to_string<'e, I>(entries: impl IntoIterator<IntoIter = I>) -> String
where
    I: Iterator<Item = &'e Entry> + Clone,
{
    let mut text = Vec::new();
    write(entries, &mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("serde_json writes UTF-8")
}

/// Pretty JSON with a final newline, as every JSON export writes it.
pub(crate) fn write_pretty(value: &impl Serialize, mut out: impl io::Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")
}

/// A JSON array of the items of `items`, written as [`write_pretty`] writes
/// a value, without collecting them.
pub(crate) fn write_pretty_seq(
    items: impl IntoIterator<Item = impl Serialize>,
    mut out: impl io::Write,
) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::pretty(&mut out);
    serde::Serializer::collect_seq(&mut serializer, items)?;
    out.write_all(b"\n")
}
