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

use serde::Serialize;

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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<Name<'e>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    editor: Vec<Name<'e>>,
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
    page: Option<String>,
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
    number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    keyword: String,
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

#[derive(Debug, Serialize)]
struct Date {
    #[serde(rename = "date-parts")]
    date_parts: [Vec<u16>; 1],
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
    let mut author: Vec<Name<'_>> = entry.authors.iter().map(name).collect();
    if entry.authors_truncated {
        author.push(Name {
            family: None,
            given: None,
            non_dropping_particle: None,
            suffix: None,
            literal: Some("others"),
        });
    }
    let arxiv = entry.arxiv.map(|id| format!("arXiv:{id}"));
    let (number, note) = if preprint {
        (arxiv, None)
    } else {
        (None, arxiv)
    };
    let publisher = entry
        .publisher
        .or(entry.organization)
        .or_else(|| (preprint && entry.arxiv.is_some()).then_some("arXiv"));
    let keyword: Vec<&str> = entry.tags().collect();
    Item {
        id: entry.key,
        kind: item_type(entry),
        title: entry.title,
        title_short: entry.short_name,
        author,
        editor: entry.editors.iter().map(name).collect(),
        issued: entry.year.map(|year| Date {
            date_parts: [core::iter::once(year)
                .chain(entry.month.map(u16::from))
                .collect()],
        }),
        container_title: entry.venue.full,
        container_title_short: (!preprint
            && !entry.venue.short.is_empty()
            && entry.venue.full != Some(entry.venue.short))
        .then_some(entry.venue.short),
        collection_title: entry.series,
        volume: entry.volume,
        issue: entry.number,
        page: entry.pages.map(|pages| pages.replace('\u{2013}', "-")),
        publisher,
        publisher_place: entry.location,
        isbn: entry.isbn,
        issn: entry.issn,
        doi: entry.doi,
        url: entry.links.paper,
        number,
        note,
        keyword: keyword.join(", "),
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
    let items: Vec<Item<'_>> = entries.into_iter().map(item).collect();
    super::json::write_pretty(&items, out)
}

/// `entries` as CSL-JSON, as a string.
pub fn to_string<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> String {
    let mut text = Vec::new();
    write(entries, &mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("serde_json writes UTF-8")
}
