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
    "ranking",
    "relevance",
    "printed",
    "qualityassured",
    // BibDesk.
    "date-added",
    "date-modified",
    "bdsk-file-1",
    "bdsk-file-2",
    "bdsk-url-3",
    "local-url",
    "rating",
    "read",
    // Mendeley, INSPIRE, ADS, the ACM Digital Library.
    "arxivid",
    "collaboration",
    "reportnumber",
    "slaccitation",
    "adsurl",
    "adsnote",
    "issue_date",
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

/// A group of fields of which an entry must give one.
pub type Group = &'static [&'static str];

/// The biblatex type a BibTeX type name stands for, as biber maps it
/// (`@conference` is `@inproceedings`, `@phdthesis` a `@thesis`, …);
/// other names stay as they are.
pub fn biblatex_type(name: &str) -> &str {
    match name {
        "conference" => "inproceedings",
        "electronic" | "www" => "online",
        "techreport" => "report",
        "phdthesis" | "mastersthesis" => "thesis",
        _ => name,
    }
}

/// The entry types of biblatex's data model and BibTeX's, by the name a
/// user's file may give, each with the fields it requires: one name from
/// each group (`year` or `date`, `url`, `doi` or `eprint`). These are the
/// mandatory fields of biblatex's default data model exactly (as biber
/// validates them), so a type may require no author (`@misc`, `@online`)
/// or nothing at all (`@artwork`, `@xdata`); BibTeX's `@techreport`,
/// `@phdthesis` and `@mastersthesis` give their `type` by their name.
/// `None`: a type neither knows.
pub fn required_of(type_name: &str) -> Option<&'static [Group]> {
    const AUTHOR: Group = &["author"];
    const AUTHOR_OR_EDITOR: Group = &["author", "editor"];
    const EDITOR: Group = &["editor"];
    const TITLE: Group = &["title"];
    const YEAR: Group = &["year", "date"];
    const JOURNAL: Group = &["journaltitle"];
    const BOOKTITLE: Group = &["booktitle"];
    const INSTITUTION: Group = &["institution"];
    const TYPE: Group = &["type"];
    const NUMBER: Group = &["number"];
    const LINK: Group = &["url", "doi", "eprint"];
    const ENTRYSET: Group = &["entryset"];
    Some(match type_name {
        "article" => &[AUTHOR, TITLE, JOURNAL, YEAR],
        "book" | "mvbook" => &[AUTHOR, TITLE, YEAR],
        "inbook" | "bookinbook" | "suppbook" => &[AUTHOR, TITLE, BOOKTITLE, YEAR],
        "booklet" => &[AUTHOR_OR_EDITOR, TITLE, YEAR],
        "collection" | "reference" | "mvcollection" => &[EDITOR, TITLE, YEAR],
        "mvreference" => &[EDITOR, TITLE],
        "incollection" | "suppcollection" | "inreference" => {
            &[AUTHOR, EDITOR, TITLE, BOOKTITLE, YEAR]
        }
        "dataset" | "software" | "mvproceedings" => &[TITLE],
        "manual" | "misc" | "proceedings" => &[TITLE, YEAR],
        "online" | "electronic" | "www" => &[TITLE, LINK, YEAR],
        "patent" => &[AUTHOR, TITLE, NUMBER, YEAR],
        "periodical" => &[EDITOR, TITLE, YEAR],
        "suppperiodical" => &[YEAR],
        "inproceedings" | "conference" => &[AUTHOR, TITLE, BOOKTITLE, YEAR],
        "report" | "thesis" => &[AUTHOR, TITLE, TYPE, INSTITUTION, YEAR],
        "techreport" | "phdthesis" | "mastersthesis" => &[AUTHOR, TITLE, INSTITUTION, YEAR],
        "unpublished" => &[AUTHOR, TITLE, YEAR],
        "set" => &[ENTRYSET, YEAR],
        "artwork" | "audio" | "bibnote" | "commentary" | "image" | "jurisdiction" | "legal"
        | "legislation" | "letter" | "movie" | "music" | "performance" | "review" | "standard"
        | "video" | "xdata" | "customa" | "customb" | "customc" | "customd" | "custome"
        | "customf" => &[],
        _ => return None,
    })
}

/// Fields a child never inherits from its `crossref` parent (biblatex's
/// `\DeclareDataInheritance{*}{*}` exclusions).
const NOT_INHERITED: &[&str] = &[
    "ids",
    "crossref",
    "xref",
    "entryset",
    "entrysubtype",
    "execute",
    "label",
    "options",
    "presort",
    "related",
    "relatedoptions",
    "relatedstring",
    "relatedtype",
    "shorthand",
    "shorthandintro",
    "sortkey",
];

/// One of biblatex's inheritance rules: from parents of these types to
/// children of those, these fields under other names.
struct Inheritance {
    parents: &'static [&'static str],
    children: &'static [&'static str],
    fields: &'static [(&'static str, &'static str)],
}

const MAIN_TITLE: &[(&str, &str)] = &[
    ("title", "maintitle"),
    ("subtitle", "mainsubtitle"),
    ("titleaddon", "maintitleaddon"),
];
const BOOK_TITLE: &[(&str, &str)] = &[
    ("title", "booktitle"),
    ("subtitle", "booksubtitle"),
    ("titleaddon", "booktitleaddon"),
];

/// biblatex's default inheritance rules (biber's `inheritance` section).
const INHERITANCE: &[Inheritance] = &[
    Inheritance {
        parents: &["mvbook", "book"],
        children: &["inbook", "bookinbook", "suppbook"],
        fields: &[("author", "author"), ("author", "bookauthor")],
    },
    Inheritance {
        parents: &["mvbook"],
        children: &["book", "inbook", "bookinbook", "suppbook"],
        fields: MAIN_TITLE,
    },
    Inheritance {
        parents: &["mvcollection"],
        children: &["collection", "incollection", "suppcollection"],
        fields: MAIN_TITLE,
    },
    Inheritance {
        parents: &["mvproceedings"],
        children: &["proceedings", "inproceedings"],
        fields: MAIN_TITLE,
    },
    Inheritance {
        parents: &["mvreference"],
        children: &["reference", "inreference"],
        fields: MAIN_TITLE,
    },
    Inheritance {
        parents: &["book"],
        children: &["inbook", "bookinbook", "suppbook"],
        fields: BOOK_TITLE,
    },
    Inheritance {
        parents: &["collection"],
        children: &["incollection", "suppcollection"],
        fields: BOOK_TITLE,
    },
    Inheritance {
        parents: &["reference"],
        children: &["inreference"],
        fields: BOOK_TITLE,
    },
    Inheritance {
        parents: &["proceedings"],
        children: &["inproceedings"],
        fields: BOOK_TITLE,
    },
    Inheritance {
        parents: &["periodical"],
        children: &["article", "suppperiodical"],
        fields: &[("title", "journaltitle"), ("subtitle", "journalsubtitle")],
    },
];

/// The fields a child gets from one field of its `crossref` parent, by
/// biblatex's default rules (types by their biblatex names): the rules'
/// targets when a rule for the two types names the field (`title` of a
/// `@proceedings` becomes the `booktitle` of an `@inproceedings`, and not
/// its `title`), else the field itself, unless it is never inherited.
pub fn inherited_as<'f>(parent_type: &str, child_type: &str, field: &'f str) -> Vec<&'f str> {
    let mut targets = Vec::new();
    let mut ruled = false;
    for rule in INHERITANCE {
        if rule.parents.contains(&parent_type) && rule.children.contains(&child_type) {
            for (source, target) in rule.fields {
                if *source == field {
                    ruled = true;
                    targets.push(*target);
                }
            }
        }
    }
    if !ruled && !NOT_INHERITED.contains(&field) {
        targets.push(field);
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_model_requires_no_author_of_misc_online_manual_software() {
        for type_name in ["misc", "online", "manual", "software", "dataset"] {
            let groups = required_of(type_name).unwrap();
            assert!(
                groups.iter().all(|group| !group.contains(&"author")),
                "{type_name}"
            );
        }
        assert_eq!(required_of("ctan"), None);
        assert_eq!(required_of("artwork"), Some(&[][..]));
    }

    #[test]
    fn fields_reference_managers_write_are_no_misspellings() {
        for name in [
            "date-added",
            "date-modified",
            "bdsk-url-1",
            "bdsk-file-1",
            "arxivid",
            "mendeley-groups",
            "collaboration",
            "reportnumber",
            "slaccitation",
            "adsurl",
            "adsnote",
            "issue_date",
            "numpages",
            "timestamp",
            "biburl",
            "bibsource",
            "langid",
        ] {
            assert_eq!(misspelt(name), None, "{name}");
        }
        assert_eq!(misspelt("titel"), Some("title"));
    }

    #[test]
    fn a_proceedings_title_is_its_papers_booktitle() {
        assert_eq!(
            inherited_as("proceedings", "inproceedings", "title"),
            ["booktitle"]
        );
        assert_eq!(
            inherited_as("proceedings", "inproceedings", "year"),
            ["year"]
        );
        assert_eq!(
            inherited_as("book", "inbook", "author"),
            ["author", "bookauthor"]
        );
        assert_eq!(inherited_as("book", "inbook", "title"), ["booktitle"]);
        assert_eq!(inherited_as("misc", "inbook", "title"), ["title"]);
        assert!(inherited_as("book", "inbook", "ids").is_empty());
    }
}
