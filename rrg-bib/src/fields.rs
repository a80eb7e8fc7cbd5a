//! What the reader needs to know about fields beyond the shared table in
//! [`rrg_model::fields`]: required fields per entry type, and the names other
//! tools use.

use rrg_model::EntryType;
pub use rrg_model::fields::{FIELDS, FieldSpec, ValueKind, field};

/// Common names of other tools for fields this catalogue spells otherwise.
pub fn preferred_name(name: &str) -> Option<&'static str> {
    match name {
        "journal" => Some("journaltitle"),
        "address" => Some("location"),
        "date" => Some("year"),
        "archiveprefix" => Some("eprinttype"),
        _ => None,
    }
}

/// The fields an entry of this type must have (or declare unknown).
///
/// A simplified form of the biblatex data model: every entry needs author,
/// title and year; contributions to a collection need the collection's title.
pub fn required_fields(entry_type: EntryType) -> &'static [&'static str] {
    match entry_type {
        EntryType::Article => &["author", "title", "journaltitle", "year"],
        EntryType::InProceedings | EntryType::InCollection | EntryType::InBook => {
            &["author", "title", "booktitle", "year"]
        }
        EntryType::Proceedings => &["title", "year"],
        _ => &["author", "title", "year"],
    }
}

/// Type names other tools use for the types this catalogue knows.
pub fn entry_type(name: &str) -> Option<EntryType> {
    let name = name.to_ascii_lowercase();
    EntryType::from_name(&name).or(match name.as_str() {
        "conference" => Some(EntryType::InProceedings),
        "techreport" => Some(EntryType::Report),
        "phdthesis" | "mastersthesis" => Some(EntryType::Thesis),
        "electronic" | "www" => Some(EntryType::Online),
        _ => None,
    })
}

/// The BibTeX spellings of biblatex fields that a user's file may use; the
/// linter reads them as the biblatex field (`journal` as `journaltitle`).
pub fn biblatex_name(name: &str) -> &str {
    match name {
        "journal" => "journaltitle",
        "address" => "location",
        "school" => "institution",
        "archiveprefix" => "eprinttype",
        "primaryclass" => "eprintclass",
        "annote" => "annotation",
        "key" => "sortkey",
        _ => name,
    }
}

/// Fields of biblatex's data model and of BibTeX's styles, and those that
/// reference managers commonly write (`abstract`, `keywords`, `file`, …):
/// a user's file may have any of them.
pub const WELL_KNOWN_FIELDS: &[&str] = &[
    "abstract",
    "addendum",
    "afterword",
    "annotation",
    "annotator",
    "author",
    "authortype",
    "bookauthor",
    "bookpagination",
    "booksubtitle",
    "booktitle",
    "booktitleaddon",
    "chapter",
    "commentator",
    "date",
    "doi",
    "edition",
    "editor",
    "editora",
    "editorb",
    "editorc",
    "editortype",
    "editoratype",
    "editorbtype",
    "editorctype",
    "eid",
    "entrysubtype",
    "eprint",
    "eprintclass",
    "eprinttype",
    "eventdate",
    "eventtitle",
    "eventtitleaddon",
    "file",
    "foreword",
    "holder",
    "howpublished",
    "indextitle",
    "institution",
    "introduction",
    "isan",
    "isbn",
    "ismn",
    "isrn",
    "issn",
    "issue",
    "issuesubtitle",
    "issuetitle",
    "issuetitleaddon",
    "iswc",
    "journalsubtitle",
    "journaltitle",
    "journaltitleaddon",
    "label",
    "language",
    "library",
    "location",
    "mainsubtitle",
    "maintitle",
    "maintitleaddon",
    "month",
    "nameaddon",
    "note",
    "number",
    "organization",
    "origdate",
    "origlanguage",
    "origlocation",
    "origpublisher",
    "origtitle",
    "pages",
    "pagetotal",
    "pagination",
    "part",
    "publisher",
    "pubstate",
    "reprinttitle",
    "series",
    "shortauthor",
    "shorteditor",
    "shorthand",
    "shorthandintro",
    "shortjournal",
    "shortseries",
    "shorttitle",
    "subtitle",
    "title",
    "titleaddon",
    "translator",
    "type",
    "url",
    "urldate",
    "venue",
    "version",
    "volume",
    "volumes",
    "year",
    "crossref",
    "entryset",
    "execute",
    "gender",
    "langid",
    "langidopts",
    "ids",
    "indexsorttitle",
    "keywords",
    "options",
    "presort",
    "related",
    "relatedoptions",
    "relatedtype",
    "relatedstring",
    "sortkey",
    "sortname",
    "sortshorthand",
    "sorttitle",
    "sortyear",
    "xdata",
    "xref",
    "namea",
    "nameb",
    "namec",
    "nameatype",
    "namebtype",
    "namectype",
    "lista",
    "listb",
    "listc",
    "listd",
    "liste",
    "listf",
    "usera",
    "userb",
    "userc",
    "userd",
    "usere",
    "userf",
    "verba",
    "verbb",
    "verbc",
    "urlraw",
    "pdf",
    // BibTeX and reference managers.
    "journal",
    "address",
    "school",
    "annote",
    "archiveprefix",
    "primaryclass",
    "key",
    "timestamp",
    "biburl",
    "bibsource",
    "copyright",
    "owner",
    "groups",
    "comment",
    "mendeley-groups",
    "mendeley-tags",
    "citeulike-article-id",
    "bdsk-url-1",
    "bdsk-url-2",
    "article-number",
    "numpages",
    "acmid",
    "articleno",
    "lccn",
    "mrclass",
    "mrnumber",
    "zblnumber",
    "pmid",
    "pmcid",
    "eissn",
    "publication_date",
    "priority",
    "readstatus",
    "shortvenue",
    "kind",
    "code",
    "reproduction",
    "project",
    "dataset",
    "modality",
    "llm",
    "unknown",
    "shortname",
];

/// Fields a user is likely to have meant when a field name is unknown.
const COMMON_FIELDS: &[&str] = &[
    "abstract",
    "address",
    "author",
    "booktitle",
    "chapter",
    "date",
    "doi",
    "edition",
    "editor",
    "eprint",
    "eprinttype",
    "howpublished",
    "institution",
    "isbn",
    "issn",
    "journal",
    "journaltitle",
    "keywords",
    "location",
    "month",
    "note",
    "number",
    "organization",
    "pages",
    "publisher",
    "school",
    "series",
    "title",
    "type",
    "url",
    "urldate",
    "volume",
    "year",
];

/// The common field a user probably meant by an unknown field name: one
/// edit away (two for names of eight letters or more), a swap of two
/// neighbouring letters counting as one edit.
pub fn misspelt(name: &str) -> Option<&'static str> {
    if name.chars().count() < 4 || WELL_KNOWN_FIELDS.contains(&name) {
        return None;
    }
    let allowed = if name.chars().count() >= 8 { 2 } else { 1 };
    COMMON_FIELDS
        .iter()
        .map(|field| (strsim::osa_distance(name, field), *field))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, field)| field)
}

/// The entry types of biblatex's data model and BibTeX's, by the name a
/// user's file may give, each with the fields it requires: one name from
/// each group (`year` or `date`, `author` or `editor`). An `@online` entry
/// needs no link here (biblatex's manual asks for a `url`, `doi` or
/// `eprint`): a link is often left out of a preprint's entry on purpose.
pub fn user_required(type_name: &str) -> Option<&'static [&'static [&'static str]]> {
    const AUTHOR: &[&str] = &["author"];
    const AUTHOR_OR_EDITOR: &[&str] = &["author", "editor"];
    const EDITOR: &[&str] = &["editor"];
    const TITLE: &[&str] = &["title"];
    const YEAR: &[&str] = &["year", "date"];
    const JOURNAL: &[&str] = &["journaltitle"];
    const BOOKTITLE: &[&str] = &["booktitle"];
    const INSTITUTION: &[&str] = &["institution"];
    const TYPE: &[&str] = &["type"];
    const NUMBER: &[&str] = &["number"];
    Some(match type_name {
        "article" => &[AUTHOR, TITLE, JOURNAL, YEAR],
        "book" | "mvbook" => &[AUTHOR, TITLE, YEAR],
        "inbook" | "bookinbook" | "suppbook" | "incollection" | "suppcollection"
        | "inproceedings" | "conference" | "inreference" => &[AUTHOR, TITLE, BOOKTITLE, YEAR],
        "collection" | "mvcollection" | "periodical" | "suppperiodical" => &[EDITOR, TITLE, YEAR],
        "proceedings" | "mvproceedings" | "reference" | "mvreference" => &[TITLE, YEAR],
        "booklet" | "manual" | "misc" | "dataset" | "software" | "artwork" | "audio" | "image"
        | "movie" | "music" | "performance" | "video" | "standard" | "letter" | "commentary"
        | "jurisdiction" | "legislation" | "legal" | "review" | "online" | "electronic" | "www" => {
            &[AUTHOR_OR_EDITOR, TITLE, YEAR]
        }
        "patent" => &[AUTHOR, TITLE, NUMBER, YEAR],
        "report" | "thesis" => &[AUTHOR, TITLE, TYPE, INSTITUTION, YEAR],
        "techreport" | "phdthesis" | "mastersthesis" => &[AUTHOR, TITLE, INSTITUTION, YEAR],
        "unpublished" => &[AUTHOR, TITLE, YEAR],
        "set" | "xdata" | "bibnote" | "customa" | "customb" | "customc" | "customd" | "custome"
        | "customf" => &[],
        _ => return None,
    })
}
