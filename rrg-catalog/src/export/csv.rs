//! CSV (RFC 4180): one row per work, for spreadsheets and data frames.
//!
//! The first row names the columns; every row ends with CRLF; a field that
//! holds a comma, a double quote, a line break or leading or trailing
//! white space is quoted, with its quotes doubled. Unknown or absent values
//! are empty fields. Lists are joined with `; ` (no value contains it).
//!
//! | column | value |
//! |---|---|
//! | `key` | the citation key |
//! | `type` | the biblatex entry type (`article`, `inproceedings`, …) |
//! | `kinds` | roles: `paper`, `dataset`, `toolkit`, `survey` |
//! | `title` | the title, plain Unicode |
//! | `short_name` | the name the work is known by (`R2Gen`, `MIMIC-CXR`) |
//! | `other_names` | further names of the work |
//! | `name_source` | where the names come from: `title`, `list:<list>` or a link |
//! | `authors` | `Family, Given` for each author; `others` ends a truncated list |
//! | `year`, `month` | of publication (month 1–12) |
//! | `venue` | the short venue name (`MICCAI`, `TMI`, `arXiv`) |
//! | `venue_full` | the journal or proceedings title |
//! | `volume`, `number`, `pages`, `publisher` | as recorded |
//! | `doi` | without resolver prefix |
//! | `arxiv` | the arXiv id |
//! | `url`, `code`, `reproduction`, `project`, `dataset` | the links |
//! | `modalities` | imaging modalities (`chest-xray`, `ct`, …) |
//! | `llm` | `true` or `false` |
//! | `listed_in` | the public lists that name the work |
//! | `evidence` | `record` (facts from a bibliographic record) or `label` (a list's label only) |
//! | `aliases` | other keys of the work |
//! | `unknown` | required facts no source gives |
//!
//! ```
//! let r2gen = rrg_catalog::get("chen-etal-2020-generating").unwrap();
//! let csv = rrg_catalog::export::csv::to_string([r2gen]);
//! assert!(csv.starts_with("key,type,kinds,title,"));
//! assert!(csv.lines().nth(1).unwrap().starts_with("chen-etal-2020-generating,inproceedings,paper,"));
//! ```

use core::fmt::{self, Write};

use crate::Entry;

/// The columns, in order.
pub const COLUMNS: &[&str] = &[
    "key",
    "type",
    "kinds",
    "title",
    "short_name",
    "other_names",
    "name_source",
    "authors",
    "year",
    "month",
    "venue",
    "venue_full",
    "volume",
    "number",
    "pages",
    "publisher",
    "doi",
    "arxiv",
    "url",
    "code",
    "reproduction",
    "project",
    "dataset",
    "modalities",
    "llm",
    "listed_in",
    "evidence",
    "aliases",
    "unknown",
];

/// Writes the header and one row per entry, in the order given.
pub fn write<'e>(
    entries: impl IntoIterator<Item = &'e Entry>,
    out: &mut impl Write,
) -> fmt::Result {
    row(COLUMNS.iter().map(|column| Field::Text(column)), out)?;
    for entry in entries {
        let text = |value: Option<&'e str>| Field::Text(value.unwrap_or(""));
        let number = |value: Option<u16>| Field::Number(value);
        let fields = [
            Field::Text(entry.key),
            Field::Text(entry.entry_type.as_str()),
            Field::List(&mut entry.kinds.iter().map(|kind| kind.as_str())),
            Field::Text(entry.title),
            text(entry.short_name),
            Field::List(&mut entry.other_names.iter().copied()),
            text(entry.name_source),
            Field::Authors(entry),
            number(entry.year),
            number(entry.month.map(u16::from)),
            Field::Text(entry.venue.short),
            text(entry.venue.full),
            text(entry.volume),
            text(entry.number),
            text(entry.pages),
            text(entry.publisher),
            text(entry.doi),
            text(entry.arxiv),
            text(entry.links.paper),
            text(entry.links.code),
            text(entry.links.reproduction),
            text(entry.links.project),
            text(entry.links.dataset),
            Field::List(&mut entry.modalities.iter().map(|modality| modality.as_str())),
            Field::Text(if entry.llm { "true" } else { "false" }),
            Field::List(&mut entry.listed_in.iter().map(|list| list.as_str())),
            Field::Text(entry.evidence.as_str()),
            Field::List(&mut entry.aliases.iter().copied()),
            Field::List(&mut entry.unknown.iter().copied()),
        ];
        row(fields.into_iter(), out)?;
    }
    Ok(())
}

/// The entries as CSV text.
pub fn to_string<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> String {
    let mut text = String::new();
    write(entries, &mut text).expect("writing to a String cannot fail");
    text
}

/// One field's value, written without building it first.
enum Field<'v, 'e> {
    Text(&'v str),
    Number(Option<u16>),
    List(&'v mut dyn Iterator<Item = &'e str>),
    Authors(&'v Entry),
}

fn row<'v, 'e: 'v>(
    fields: impl Iterator<Item = Field<'v, 'e>>,
    out: &mut impl Write,
) -> fmt::Result {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.write_char(',')?;
        }
        match field {
            Field::Text(text) => quoted(text, out)?,
            Field::Number(Some(number)) => write!(out, "{number}")?,
            Field::Number(None) => {}
            Field::List(items) => {
                // Items are keys, names of roles, modalities and lists,
                // field names and the work's names, which the `.bib` form
                // separates by commas: none holds one, so none needs quoting.
                for (j, item) in items.enumerate() {
                    if j > 0 {
                        out.write_str("; ")?;
                    }
                    quoted(item, out)?;
                }
            }
            Field::Authors(entry) => authors(entry, out)?,
        }
    }
    out.write_str("\r\n")
}

/// `Family, Given; Family, Given; others`, quoted (it holds commas).
fn authors(entry: &Entry, out: &mut impl Write) -> fmt::Result {
    if entry.authors.is_empty() {
        return Ok(());
    }
    out.write_char('"')?;
    for (i, person) in entry.authors.iter().enumerate() {
        if i > 0 {
            out.write_str("; ")?;
        }
        if let Some(prefix) = person.prefix {
            escaped(prefix, out)?;
            out.write_char(' ')?;
        }
        escaped(person.family, out)?;
        if let Some(suffix) = person.suffix {
            out.write_str(", ")?;
            escaped(suffix, out)?;
        }
        if let Some(given) = person.given {
            out.write_str(", ")?;
            escaped(given, out)?;
        }
    }
    if entry.authors_truncated {
        out.write_str("; others")?;
    }
    out.write_char('"')
}

/// A field, quoted when RFC 4180 needs it (or when white space at either
/// end would be trimmed by a reader).
pub(crate) fn quoted(text: &str, out: &mut impl Write) -> fmt::Result {
    let needs = text.contains([',', '"', '\n', '\r'])
        || text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace);
    if !needs {
        return out.write_str(text);
    }
    out.write_char('"')?;
    escaped(text, out)?;
    out.write_char('"')
}

/// Text inside quotes: each `"` doubled.
fn escaped(text: &str, out: &mut impl Write) -> fmt::Result {
    let mut parts = text.split('"');
    if let Some(first) = parts.next() {
        out.write_str(first)?;
    }
    for part in parts {
        out.write_str("\"\"")?;
        out.write_str(part)?;
    }
    Ok(())
}
