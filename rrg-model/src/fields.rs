//! The fields of a catalogue entry in its `.bib` form: one table, in the
//! canonical order, that the reader, the validator, the BibTeX writer and the
//! documentation all use.

/// What a field's value must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// Free text; LaTeX is resolved to Unicode.
    Text,
    /// A biblatex name list (`Family, Given and …`).
    Names,
    /// A four-digit year.
    Year,
    /// A month number, 1 to 12.
    Month,
    /// An `http(s)://` address, taken verbatim.
    Url,
    /// A DOI without resolver prefix, taken verbatim.
    Doi,
    /// An arXiv identifier, taken verbatim.
    Eprint,
    /// The eprint archive; only `arxiv` is known.
    EprintType,
    /// A comma-separated list of citation keys.
    Keys,
    /// A comma-separated list of roles (`paper`, `dataset`, …).
    Kinds,
    /// A comma-separated list of modalities (`chest-xray`, …).
    Modalities,
    /// `true` or `false`.
    Bool,
    /// A comma-separated list of field names.
    FieldNames,
}

/// One known field.
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    /// The field name as written in the `.bib` file.
    pub name: &'static str,
    /// What its value must look like.
    pub value: ValueKind,
    /// Whether the field is ours rather than biblatex's.
    pub custom: bool,
    /// What it holds.
    pub doc: &'static str,
}

const fn std_field(name: &'static str, value: ValueKind, doc: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        value,
        custom: false,
        doc,
    }
}

const fn our_field(name: &'static str, value: ValueKind, doc: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        value,
        custom: true,
        doc,
    }
}

/// Every field a catalogue entry may have, in the canonical order.
pub const FIELDS: &[FieldSpec] = &[
    std_field("ids", ValueKind::Keys, "other keys of this entry (aliases)"),
    our_field(
        "kind",
        ValueKind::Kinds,
        "roles: paper, dataset, toolkit, survey",
    ),
    std_field("author", ValueKind::Names, "authors"),
    std_field("title", ValueKind::Text, "title"),
    our_field(
        "shortname",
        ValueKind::Text,
        "name of a data set or toolkit",
    ),
    std_field("booktitle", ValueKind::Text, "proceedings title"),
    std_field("journaltitle", ValueKind::Text, "journal title"),
    our_field(
        "shortvenue",
        ValueKind::Text,
        "short venue name, e.g. MICCAI",
    ),
    std_field("year", ValueKind::Year, "year of publication"),
    std_field("month", ValueKind::Month, "month of publication, 1 to 12"),
    std_field("pages", ValueKind::Text, "page range or article number"),
    std_field("volume", ValueKind::Text, "volume"),
    std_field("number", ValueKind::Text, "issue number"),
    std_field("series", ValueKind::Text, "book series"),
    std_field("editor", ValueKind::Names, "editors"),
    std_field("publisher", ValueKind::Text, "publisher"),
    std_field("location", ValueKind::Text, "place of publication or event"),
    std_field("organization", ValueKind::Text, "organisation"),
    std_field("isbn", ValueKind::Text, "ISBN"),
    std_field("issn", ValueKind::Text, "ISSN"),
    std_field("doi", ValueKind::Doi, "DOI without resolver prefix"),
    std_field("eprint", ValueKind::Eprint, "arXiv identifier"),
    std_field("eprinttype", ValueKind::EprintType, "eprint archive: arxiv"),
    std_field("url", ValueKind::Url, "link to the paper"),
    our_field("code", ValueKind::Url, "link to the official code"),
    our_field("reproduction", ValueKind::Url, "link to unofficial code"),
    our_field("project", ValueKind::Url, "link to a project page"),
    our_field("dataset", ValueKind::Url, "link to the data set"),
    our_field("modality", ValueKind::Modalities, "imaging modalities"),
    our_field("llm", ValueKind::Bool, "whether the work involves an LLM"),
    std_field("related", ValueKind::Keys, "keys of related entries"),
    our_field(
        "unknown",
        ValueKind::FieldNames,
        "required fields whose value is unknown",
    ),
];

/// The spec of a known field.
pub fn field(name: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|spec| spec.name == name)
}
