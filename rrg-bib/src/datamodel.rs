//! biblatex's and BibTeX's data model, for reading a user's `.bib` file:
//! the entry types and the fields each requires, the names other tools use
//! for types and fields, and the fields that are known at all. The
//! catalogue's own fields, their BibTeX spellings and what the catalogue
//! requires are in the one field table, [`rrg_model::fields`].

use rrg_model::EntryType;
use rrg_model::fields::FIELDS;

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

/// The biblatex name of a field a user's file may spell the BibTeX way; the
/// linter reads `journal` as `journaltitle`. The spellings of the
/// catalogue's own fields come from the field table.
pub fn biblatex_name(name: &str) -> &str {
    if let Some(spec) = FIELDS.iter().find(|spec| spec.bibtex_name == Some(name)) {
        return spec.name;
    }
    match name {
        "school" => "institution",
        "primaryclass" => "eprintclass",
        "annote" => "annotation",
        "key" => "sortkey",
        _ => name,
    }
}

/// Whether a user's file may hold this field without a finding: biblatex's
/// and BibTeX's fields, those reference managers write, and the catalogue's.
pub fn is_well_known(name: &str) -> bool {
    WELL_KNOWN_FIELDS.contains(&name) || FIELDS.iter().any(|spec| spec.name == name)
}

/// Fields of biblatex's data model and of BibTeX's styles, and those that
/// reference managers commonly write (`abstract`, `keywords`, `file`, …):
/// a user's file may have any of them.
const WELL_KNOWN_FIELDS: &[&str] = &[
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

/// The common field a user probably meant by an unknown field name (see
/// [`crate::suggest`]).
pub fn misspelt(name: &str) -> Option<&'static str> {
    if is_well_known(name) {
        return None;
    }
    crate::suggest::nearest(name, COMMON_FIELDS.iter().copied())
}

/// The entry types of biblatex's data model and BibTeX's, by the name a
/// user's file may give, each with the fields it requires: one name from
/// each group (`year` or `date`, `author` or `editor`). An `@online` entry
/// needs no link here (biblatex's manual asks for a `url`, `doi` or
/// `eprint`): a link is often left out of a preprint's entry on purpose.
pub fn required_of(type_name: &str) -> Option<&'static [&'static [&'static str]]> {
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
