//! CSL-JSON, the bibliography format of Zotero, pandoc and every citeproc:
//! an array of items valid against the official CSL-JSON schema.
//!
//! | catalogue | CSL-JSON |
//! |---|---|
//! | key | `id` |
//! | entry type (and roles, for `@misc`) | `type`: `article-journal`, `paper-conference`, `chapter`, `book`, `report`, `thesis`, `dataset`, `software`, `article` for an `@online` preprint, `document` for anything else |
//! | title, short name | `title`, `title-short` |
//! | authors, editors | `author`, `editor`: `family`, `given`, `non-dropping-particle` (prefix), `suffix`; a list cut short ("and others") ends with `{"literal": "others"}`, as pandoc writes it |
//! | year, month | `issued`: `{"date-parts": [[year, month]]}`, left out when the year is unknown |
//! | full venue title, short venue | `container-title`, `container-title-short` (unless it is the full title, or the archive of a preprint) |
//! | pages | `page`, a range with a hyphen |
//! | volume, number, series | `volume`, `issue`, `collection-title` |
//! | publisher (else the organisation), location | `publisher`, `publisher-place`; a preprint without either has `publisher` `arXiv` |
//! | ISBN, ISSN, DOI, paper link | `ISBN`, `ISSN`, `DOI`, `URL` |
//! | arXiv id | `number` (`arXiv:2010.16056`) for a preprint, else `note` |
//! | roles, modalities, LLM flag | `keyword`: `paper, chest-xray, llm` (Zotero reads it as tags) |
//! | everything else the catalogue knows | `custom`, the schema's place for data without a CSL variable: `short_venue`, `code`, `reproduction`, `project`, `dataset`, `kinds`, `modalities`, `llm`, `aliases`, `related`, `unknown` (each only when present) |
//!
//! Absent values are left out, as CSL-JSON expects; nothing else is added.

use std::io;

use core::fmt::{self, Write as _};

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::{Entry, EntryType, Kind, Modality, Person};

/// One CSL-JSON item. Field order is the order written.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
struct Item<'e> {
    id: &'e str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'e str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_short: Option<&'e str>,
    #[serde(skip_serializing_if = "Names::is_empty")]
    author: Names<'e>,
    #[serde(skip_serializing_if = "Names::is_empty")]
    editor: Names<'e>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    container_title: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    container_title_short: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    collection_title: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    volume: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issue: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<Text<'e>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher_place: Option<&'e str>,
    #[serde(rename = "ISBN", skip_serializing_if = "Option::is_none")]
    isbn: Option<&'e str>,
    #[serde(rename = "ISSN", skip_serializing_if = "Option::is_none")]
    issn: Option<&'e str>,
    #[serde(rename = "DOI", skip_serializing_if = "Option::is_none")]
    doi: Option<&'e str>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<Text<'e>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<Text<'e>>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    keyword: Text<'e>,
    custom: Custom<'e>,
}

/// A CSL name: a person, or the `others` that ends a list cut short.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
struct Name<'e> {
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    given: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    non_dropping_particle: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suffix: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    literal: Option<&'e str>,
}

/// `{"date-parts": [[year, month]]}`, the month left out when unknown.
#[derive(Debug)]
struct Date {
    year: u16,
    month: Option<u8>,
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Parts<'d>(&'d Date);
        impl Serialize for Parts<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let year = core::iter::once(self.0.year);
                serializer.collect_seq(year.chain(self.0.month.map(u16::from)))
            }
        }
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("date-parts", &[Parts(self)])?;
        map.end()
    }
}

/// The people of `author` or `editor`, and `{"literal": "others"}` after
/// them when the list was cut short.
#[derive(Debug)]
struct Names<'e> {
    people: &'e [Person<'e>],
    others: bool,
}

impl Names<'_> {
    fn is_empty(&self) -> bool {
        self.people.is_empty() && !self.others
    }
}

impl Serialize for Names<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let others = Name {
            family: None,
            given: None,
            non_dropping_particle: None,
            suffix: None,
            literal: Some("others"),
        };
        let people = self.people.iter().map(name);
        serializer.collect_seq(people.chain(self.others.then_some(others)))
    }
}

/// A string value written in pieces, so that none is built in memory.
#[derive(Debug)]
enum Text<'e> {
    /// A range of pages, its en dashes written as hyphens.
    Pages(&'e str),
    /// `arXiv:` and the identifier.
    Arxiv(&'e str),
    /// The entry's tags, separated by `, `.
    Tags(&'e Entry),
}

impl Text<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Text::Pages(text) => text.is_empty(),
            Text::Arxiv(_) => false,
            Text::Tags(entry) => entry.tags().next().is_none(),
        }
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Text::Pages(pages) => {
                for (at, part) in pages.split('\u{2013}').enumerate() {
                    if at > 0 {
                        out.write_char('-')?;
                    }
                    out.write_str(part)?;
                }
                Ok(())
            }
            Text::Arxiv(id) => write!(out, "arXiv:{id}"),
            Text::Tags(entry) => {
                for (at, tag) in entry.tags().enumerate() {
                    if at > 0 {
                        out.write_str(", ")?;
                    }
                    out.write_str(tag)?;
                }
                Ok(())
            }
        }
    }
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// What the catalogue knows beyond CSL's variables.
#[derive(Debug, Serialize)]
struct Custom<'e> {
    short_venue: &'e str,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reproduction: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    project: Option<&'e str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dataset: Option<&'e str>,
    kinds: &'e [Kind],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    modalities: &'e [Modality],
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    llm: bool,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    aliases: &'e [&'e str],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    related: &'e [&'e str],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    unknown: &'e [&'e str],
}

/// The CSL item type of an entry.
///
/// ```
/// use rrg_catalog::export::csl::item_type;
/// let r2gen = rrg_catalog::get("chen-etal-2020-generating").unwrap();
/// assert_eq!(item_type(r2gen), "paper-conference");
/// ```
pub fn item_type(entry: &Entry) -> &'static str {
    match entry.entry_type {
        EntryType::Article => "article-journal",
        EntryType::InProceedings => "paper-conference",
        EntryType::InCollection | EntryType::InBook => "chapter",
        EntryType::Book | EntryType::Proceedings => "book",
        EntryType::Online => "article",
        EntryType::Report => "report",
        EntryType::Thesis => "thesis",
        EntryType::Dataset => "dataset",
        EntryType::Software => "software",
        EntryType::Misc if entry.is(Kind::Dataset) => "dataset",
        EntryType::Misc if entry.is(Kind::Toolkit) => "software",
        EntryType::Misc => "document",
    }
}

fn item(entry: &Entry) -> Item<'_> {
    let preprint = entry.entry_type == EntryType::Online;
    let arxiv = entry.arxiv.map(Text::Arxiv);
    let (number, note) = if preprint {
        (arxiv, None)
    } else {
        (None, arxiv)
    };
    let publisher = entry
        .publisher
        .or(entry.organization)
        .or_else(|| (preprint && entry.arxiv.is_some()).then_some("arXiv"));
    Item {
        id: entry.key,
        kind: item_type(entry),
        title: entry.title,
        title_short: entry.short_name,
        author: Names {
            people: entry.authors,
            others: entry.authors_truncated,
        },
        editor: Names {
            people: entry.editors,
            others: false,
        },
        issued: entry.year.map(|year| Date {
            year,
            month: entry.month,
        }),
        container_title: entry.venue.full,
        container_title_short: (!preprint
            && !entry.venue.short.is_empty()
            && entry.venue.full != Some(entry.venue.short))
        .then_some(entry.venue.short),
        collection_title: entry.series,
        volume: entry.volume,
        issue: entry.number,
        page: entry.pages.map(Text::Pages),
        publisher,
        publisher_place: entry.location,
        isbn: entry.isbn,
        issn: entry.issn,
        doi: entry.doi,
        url: entry.links.paper,
        number,
        note,
        keyword: Text::Tags(entry),
        custom: Custom {
            short_venue: entry.venue.short,
            code: entry.links.code,
            reproduction: entry.links.reproduction,
            project: entry.links.project,
            dataset: entry.links.dataset,
            kinds: entry.kinds,
            modalities: entry.modalities,
            llm: entry.llm,
            aliases: entry.aliases,
            related: entry.related,
            unknown: entry.unknown,
        },
    }
}

fn name<'e>(person: &'e Person<'e>) -> Name<'e> {
    Name {
        family: Some(person.family),
        given: person.given,
        non_dropping_particle: person.prefix,
        suffix: person.suffix,
        literal: None,
    }
}

/// Writes `entries` as a CSL-JSON array, in the order given.
///
/// ```
/// use rrg_catalog::Filter;
///
/// let mut csl = Vec::new();
/// rrg_catalog::export::csl::write(rrg_catalog::select(Filter::new().year(2020)), &mut csl)?;
/// let text = String::from_utf8(csl).unwrap();
/// assert!(text.contains("\"id\": \"chen-etal-2020-generating\""));
/// assert!(text.contains("\"type\": \"paper-conference\""));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write<'e>(
    entries: impl IntoIterator<Item = &'e Entry>,
    out: impl io::Write,
) -> io::Result<()> {
    super::json::write_pretty_seq(entries.into_iter().map(item), out)
}

/// `entries` as CSL-JSON, as a string.
pub fn to_string<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> String {
    let mut text = Vec::new();
    write(entries, &mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("serde_json writes UTF-8")
}
