//! The fields of a catalogue entry in its `.bib` form: one table, in the
//! canonical order, that the reader, the validator, both BibTeX writers and
//! the documentation all use.
//!
//! Each row names a [`Field`]; [`Field::get`] and [`Field::set`] map it to
//! and from the [`Entry`] with exhaustive matches, so that a new field is one
//! row here plus the places the compiler points at. The row also holds the
//! field's BibTeX spelling (`journal` for `journaltitle`) and when the
//! catalogue requires it.

use crate::{Entry, EntryType, Evidence, Kind, List, Modality, Person};

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
    /// A comma-separated list of names (`R2GenCMN, CMN`).
    TextList,
    /// Where a name comes from: `title`, `list:<list>` or an `http(s)://`
    /// address.
    NameSource,
    /// A comma-separated list of public lists (`synlp-rrg-review`, …).
    Lists,
    /// `record` or `label`.
    Evidence,
}

/// When the catalogue requires a field (present, or named in `unknown`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    /// Never.
    No,
    /// Of every entry.
    Always,
    /// Of every entry but a whole proceedings volume (which has editors).
    UnlessProceedings,
    /// Of a journal article.
    InArticle,
    /// Of a contribution to a collection: a proceedings paper, a chapter.
    InCollection,
}

impl Required {
    /// Whether an entry of this type must have the field.
    pub fn of(self, entry_type: EntryType) -> bool {
        match self {
            Required::No => false,
            Required::Always => true,
            Required::UnlessProceedings => entry_type != EntryType::Proceedings,
            Required::InArticle => entry_type == EntryType::Article,
            Required::InCollection => entry_type.is_contribution(),
        }
    }
}

/// One field of the catalogue's `.bib` form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)] // Each is documented by its row in `FIELDS`.
pub enum Field {
    Ids,
    Kind,
    Author,
    Title,
    ShortName,
    OtherNames,
    NameSource,
    BookTitle,
    JournalTitle,
    ShortVenue,
    Year,
    Month,
    Pages,
    Volume,
    Number,
    Series,
    Editor,
    Publisher,
    Location,
    Organization,
    Isbn,
    Issn,
    Doi,
    Eprint,
    EprintType,
    Url,
    Code,
    Reproduction,
    Project,
    Dataset,
    Modality,
    Llm,
    Related,
    ListedIn,
    Evidence,
    Unknown,
}

/// One known field: a row of [`FIELDS`].
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    /// The field.
    pub field: Field,
    /// The field name as written in the `.bib` file.
    pub name: &'static str,
    /// What its value must look like.
    pub value: ValueKind,
    /// Whether the field is ours rather than biblatex's.
    pub custom: bool,
    /// The name BibTeX (and a user's file) may give it instead, e.g.
    /// `journal` for `journaltitle`.
    pub bibtex_name: Option<&'static str>,
    /// When the catalogue requires it.
    pub required: Required,
    /// What it holds.
    pub doc: &'static str,
}

/// A row with the defaults most fields share: biblatex's, no other
/// spelling, never required.
const fn row(field: Field, name: &'static str, value: ValueKind, doc: &'static str) -> FieldSpec {
    FieldSpec {
        field,
        name,
        value,
        custom: false,
        bibtex_name: None,
        required: Required::No,
        doc,
    }
}

impl FieldSpec {
    const fn ours(self) -> Self {
        FieldSpec {
            custom: true,
            ..self
        }
    }

    const fn required(self, required: Required) -> Self {
        FieldSpec { required, ..self }
    }

    const fn bibtex(self, name: &'static str) -> Self {
        FieldSpec {
            bibtex_name: Some(name),
            ..self
        }
    }
}

use ValueKind as V;

/// Every field a catalogue entry may have, in the canonical order (the
/// order of [`Field`]).
pub const FIELDS: &[FieldSpec] = &[
    row(
        Field::Ids,
        "ids",
        V::Keys,
        "other keys of this entry (aliases)",
    ),
    row(
        Field::Kind,
        "kind",
        V::Kinds,
        "roles: paper, dataset, toolkit, survey",
    )
    .ours()
    .required(Required::Always),
    row(Field::Author, "author", V::Names, "authors").required(Required::UnlessProceedings),
    row(Field::Title, "title", V::Text, "title").required(Required::Always),
    row(
        Field::ShortName,
        "shortname",
        V::Text,
        "the name the work is known by, e.g. R2Gen",
    )
    .ours(),
    row(
        Field::OtherNames,
        "othernames",
        V::TextList,
        "further names of the work",
    )
    .ours(),
    row(
        Field::NameSource,
        "namesource",
        V::NameSource,
        "where the names come from: title, list:<list> or a link",
    )
    .ours(),
    row(Field::BookTitle, "booktitle", V::Text, "proceedings title")
        .required(Required::InCollection),
    row(
        Field::JournalTitle,
        "journaltitle",
        V::Text,
        "journal title",
    )
    .required(Required::InArticle)
    .bibtex("journal"),
    row(
        Field::ShortVenue,
        "shortvenue",
        V::Text,
        "short venue name, e.g. MICCAI",
    )
    .ours()
    .required(Required::Always),
    row(Field::Year, "year", V::Year, "year of publication").required(Required::Always),
    row(
        Field::Month,
        "month",
        V::Month,
        "month of publication, 1 to 12",
    ),
    row(
        Field::Pages,
        "pages",
        V::Text,
        "page range or article number",
    ),
    row(Field::Volume, "volume", V::Text, "volume"),
    row(Field::Number, "number", V::Text, "issue number"),
    row(Field::Series, "series", V::Text, "book series"),
    row(Field::Editor, "editor", V::Names, "editors"),
    row(Field::Publisher, "publisher", V::Text, "publisher"),
    row(
        Field::Location,
        "location",
        V::Text,
        "place of publication or event",
    )
    .bibtex("address"),
    row(Field::Organization, "organization", V::Text, "organisation"),
    row(Field::Isbn, "isbn", V::Text, "ISBN"),
    row(Field::Issn, "issn", V::Text, "ISSN"),
    row(Field::Doi, "doi", V::Doi, "DOI without resolver prefix"),
    row(Field::Eprint, "eprint", V::Eprint, "arXiv identifier"),
    row(
        Field::EprintType,
        "eprinttype",
        V::EprintType,
        "eprint archive: arxiv",
    )
    .bibtex("archiveprefix"),
    row(Field::Url, "url", V::Url, "link to the paper"),
    row(Field::Code, "code", V::Url, "link to the official code").ours(),
    row(
        Field::Reproduction,
        "reproduction",
        V::Url,
        "link to unofficial code",
    )
    .ours(),
    row(Field::Project, "project", V::Url, "link to a project page").ours(),
    row(Field::Dataset, "dataset", V::Url, "link to the data set").ours(),
    row(
        Field::Modality,
        "modality",
        V::Modalities,
        "imaging modalities",
    )
    .ours(),
    row(
        Field::Llm,
        "llm",
        V::Bool,
        "whether the work involves an LLM",
    )
    .ours(),
    row(
        Field::Related,
        "related",
        V::Keys,
        "keys of related entries",
    ),
    row(
        Field::ListedIn,
        "listedin",
        V::Lists,
        "the public lists that name the work",
    )
    .ours(),
    row(
        Field::Evidence,
        "evidence",
        V::Evidence,
        "where the facts come from: record or label",
    )
    .ours()
    .required(Required::Always),
    row(
        Field::Unknown,
        "unknown",
        V::FieldNames,
        "required fields whose value is unknown",
    )
    .ours(),
];

// `Field::spec` indexes the table by the enum's order: check it when compiling.
const _: () = {
    let mut index = 0;
    while index < FIELDS.len() {
        assert!(
            FIELDS[index].field as usize == index,
            "FIELDS is out of the order of Field"
        );
        index += 1;
    }
    assert!(
        FIELDS.len() == Field::Unknown as usize + 1,
        "a Field has no row in FIELDS"
    );
};

/// The spec of a known field, by its catalogue name.
pub fn field(name: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|spec| spec.name == name)
}

/// A field's value as the entry holds it, borrowed from the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'e> {
    /// Text: a title, a link, a DOI, an arXiv id, …
    Text(&'e str),
    /// A name list; `others` when it ends in `and others`.
    Names {
        /// The people named.
        people: &'e [Person<'e>],
        /// Whether the list ends in `and others`.
        others: bool,
    },
    /// Keys or field names.
    Keys(&'e [&'e str]),
    /// Roles.
    Kinds(&'e [Kind]),
    /// Modalities.
    Modalities(&'e [Modality]),
    /// Public lists.
    Lists(&'e [List]),
    /// Where the facts come from.
    Evidence(Evidence),
    /// A year or a month.
    Number(u16),
    /// A flag that is set.
    True,
}

/// A value of the wrong shape for the field it was given to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrongValue(pub Field);

impl Field {
    /// This field's row of [`FIELDS`].
    pub const fn spec(self) -> &'static FieldSpec {
        &FIELDS[self as usize]
    }

    /// The field's catalogue name, e.g. `journaltitle`.
    pub const fn name(self) -> &'static str {
        self.spec().name
    }

    /// The entry's value of this field, or `None` when it has none (an
    /// absent or empty value, an empty list, a `false` flag).
    ///
    /// The full venue title is a `booktitle` for a contribution to a
    /// collection and a `journaltitle` otherwise.
    pub fn get<'e>(self, entry: &Entry<'e>) -> Option<Value<'e>> {
        let text = |text: Option<&'e str>| text.filter(|text| !text.is_empty()).map(Value::Text);
        let keys = |keys: &'e [&'e str]| (!keys.is_empty()).then_some(Value::Keys(keys));
        let names = |people: &'e [Person<'e>], others: bool| {
            (!people.is_empty() || others).then_some(Value::Names { people, others })
        };
        let contribution = entry.entry_type.is_contribution();
        match self {
            Field::Ids => keys(entry.aliases),
            Field::Kind => (!entry.kinds.is_empty()).then_some(Value::Kinds(entry.kinds)),
            Field::Author => names(entry.authors, entry.authors_truncated),
            Field::Title => text(Some(entry.title)),
            Field::ShortName => text(entry.short_name),
            Field::OtherNames => keys(entry.other_names),
            Field::NameSource => text(entry.name_source),
            Field::BookTitle => text(entry.venue.full.filter(|_| contribution)),
            Field::JournalTitle => text(entry.venue.full.filter(|_| !contribution)),
            Field::ShortVenue => text(Some(entry.venue.short)),
            Field::Year => entry.year.map(Value::Number),
            Field::Month => entry.month.map(|month| Value::Number(month.into())),
            Field::Pages => text(entry.pages),
            Field::Volume => text(entry.volume),
            Field::Number => text(entry.number),
            Field::Series => text(entry.series),
            Field::Editor => names(entry.editors, false),
            Field::Publisher => text(entry.publisher),
            Field::Location => text(entry.location),
            Field::Organization => text(entry.organization),
            Field::Isbn => text(entry.isbn),
            Field::Issn => text(entry.issn),
            Field::Doi => text(entry.doi),
            Field::Eprint => text(entry.arxiv),
            Field::EprintType => entry.arxiv.map(|_| Value::Text("arxiv")),
            Field::Url => text(entry.links.paper),
            Field::Code => text(entry.links.code),
            Field::Reproduction => text(entry.links.reproduction),
            Field::Project => text(entry.links.project),
            Field::Dataset => text(entry.links.dataset),
            Field::Modality => {
                (!entry.modalities.is_empty()).then_some(Value::Modalities(entry.modalities))
            }
            Field::Llm => entry.llm.then_some(Value::True),
            Field::Related => keys(entry.related),
            Field::ListedIn => {
                (!entry.listed_in.is_empty()).then_some(Value::Lists(entry.listed_in))
            }
            Field::Evidence => Some(Value::Evidence(entry.evidence)),
            Field::Unknown => keys(entry.unknown),
        }
    }

    /// Gives the entry this field's value. `eprinttype` holds nothing of its
    /// own (the only archive is arXiv), so setting it changes nothing.
    ///
    /// # Errors
    ///
    /// [`WrongValue`] when the value's shape is not the field's (text for a
    /// year, say); the entry is then unchanged.
    pub fn set<'e>(self, entry: &mut Entry<'e>, value: Value<'e>) -> Result<(), WrongValue> {
        let wrong = Err(WrongValue(self));
        let slot: &mut Option<&'e str> = match (self, value) {
            (Field::Ids, Value::Keys(keys)) => {
                entry.aliases = keys;
                return Ok(());
            }
            (Field::Related, Value::Keys(keys)) => {
                entry.related = keys;
                return Ok(());
            }
            (Field::Unknown, Value::Keys(keys)) => {
                entry.unknown = keys;
                return Ok(());
            }
            (Field::OtherNames, Value::Keys(names)) => {
                entry.other_names = names;
                return Ok(());
            }
            (Field::ListedIn, Value::Lists(lists)) => {
                entry.listed_in = lists;
                return Ok(());
            }
            (Field::Evidence, Value::Evidence(evidence)) => {
                entry.evidence = evidence;
                return Ok(());
            }
            (Field::Kind, Value::Kinds(kinds)) => {
                entry.kinds = kinds;
                return Ok(());
            }
            (Field::Modality, Value::Modalities(modalities)) => {
                entry.modalities = modalities;
                return Ok(());
            }
            (Field::Author, Value::Names { people, others }) => {
                entry.authors = people;
                entry.authors_truncated = others;
                return Ok(());
            }
            (
                Field::Editor,
                Value::Names {
                    people,
                    others: false,
                },
            ) => {
                entry.editors = people;
                return Ok(());
            }
            (Field::Year, Value::Number(year)) => {
                entry.year = Some(year);
                return Ok(());
            }
            (Field::Month, Value::Number(month)) => {
                let Ok(month) = u8::try_from(month) else {
                    return wrong;
                };
                entry.month = Some(month);
                return Ok(());
            }
            (Field::Llm, Value::True) => {
                entry.llm = true;
                return Ok(());
            }
            (Field::Title, Value::Text(title)) => {
                entry.title = title;
                return Ok(());
            }
            (Field::ShortVenue, Value::Text(short)) => {
                entry.venue.short = short;
                return Ok(());
            }
            (Field::EprintType, Value::Text(_)) => return Ok(()),
            (Field::ShortName, Value::Text(_)) => &mut entry.short_name,
            (Field::NameSource, Value::Text(_)) => &mut entry.name_source,
            (Field::BookTitle | Field::JournalTitle, Value::Text(_)) => &mut entry.venue.full,
            (Field::Pages, Value::Text(_)) => &mut entry.pages,
            (Field::Volume, Value::Text(_)) => &mut entry.volume,
            (Field::Number, Value::Text(_)) => &mut entry.number,
            (Field::Series, Value::Text(_)) => &mut entry.series,
            (Field::Publisher, Value::Text(_)) => &mut entry.publisher,
            (Field::Location, Value::Text(_)) => &mut entry.location,
            (Field::Organization, Value::Text(_)) => &mut entry.organization,
            (Field::Isbn, Value::Text(_)) => &mut entry.isbn,
            (Field::Issn, Value::Text(_)) => &mut entry.issn,
            (Field::Doi, Value::Text(_)) => &mut entry.doi,
            (Field::Eprint, Value::Text(_)) => &mut entry.arxiv,
            (Field::Url, Value::Text(_)) => &mut entry.links.paper,
            (Field::Code, Value::Text(_)) => &mut entry.links.code,
            (Field::Reproduction, Value::Text(_)) => &mut entry.links.reproduction,
            (Field::Project, Value::Text(_)) => &mut entry.links.project,
            (Field::Dataset, Value::Text(_)) => &mut entry.links.dataset,
            (
                Field::Ids
                | Field::Kind
                | Field::Author
                | Field::Title
                | Field::ShortName
                | Field::OtherNames
                | Field::NameSource
                | Field::BookTitle
                | Field::JournalTitle
                | Field::ShortVenue
                | Field::Year
                | Field::Month
                | Field::Pages
                | Field::Volume
                | Field::Number
                | Field::Series
                | Field::Editor
                | Field::Publisher
                | Field::Location
                | Field::Organization
                | Field::Isbn
                | Field::Issn
                | Field::Doi
                | Field::Eprint
                | Field::EprintType
                | Field::Url
                | Field::Code
                | Field::Reproduction
                | Field::Project
                | Field::Dataset
                | Field::Modality
                | Field::Llm
                | Field::Related
                | Field::ListedIn
                | Field::Evidence
                | Field::Unknown,
                _,
            ) => return wrong,
        };
        let Value::Text(text) = value else {
            return wrong;
        };
        *slot = Some(text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    extern crate alloc;

    use super::*;

    /// A value of the field's shape, as the reader would give it.
    fn sample(spec: &FieldSpec) -> Value<'static> {
        const PEOPLE: &[Person<'static>] = &[Person::new("Doe", Some("Jane"))];
        match spec.value {
            ValueKind::Names => Value::Names {
                people: PEOPLE,
                others: spec.field == Field::Author,
            },
            ValueKind::Year => Value::Number(2021),
            ValueKind::Month => Value::Number(6),
            ValueKind::Keys | ValueKind::FieldNames | ValueKind::TextList => {
                Value::Keys(&["doe-2020-other"])
            }
            ValueKind::Lists => Value::Lists(&[List::SynlpRrgReview]),
            ValueKind::Evidence => Value::Evidence(Evidence::Record),
            ValueKind::Kinds => Value::Kinds(&[Kind::Paper]),
            ValueKind::Modalities => Value::Modalities(&[Modality::ChestXray]),
            ValueKind::Bool => Value::True,
            ValueKind::EprintType => Value::Text("arxiv"),
            ValueKind::Text
            | ValueKind::NameSource
            | ValueKind::Url
            | ValueKind::Doi
            | ValueKind::Eprint => Value::Text("x"),
        }
    }

    #[test]
    fn every_field_reads_back_what_was_set() {
        for entry_type in [EntryType::Article, EntryType::InProceedings] {
            for spec in FIELDS {
                let mut entry = Entry::new("doe-2021-x", entry_type, "");
                if spec.field == Field::EprintType {
                    entry.arxiv = Some("2101.00001");
                }
                let contribution = entry_type.is_contribution();
                let skip = match spec.field {
                    Field::BookTitle => !contribution,
                    Field::JournalTitle => contribution,
                    _ => false,
                };
                let value = sample(spec);
                assert_eq!(spec.field.set(&mut entry, value), Ok(()), "{}", spec.name);
                let read = spec.field.get(&entry);
                if skip {
                    // The venue title reads as the other spelling for this type.
                    assert_eq!(read, None, "{}", spec.name);
                } else {
                    assert_eq!(read, Some(value), "{} of @{entry_type}", spec.name);
                }
            }
        }
    }

    #[test]
    fn a_value_of_the_wrong_shape_changes_nothing() {
        let mut entry = Entry::new("doe-2021-x", EntryType::Article, "T");
        let before = entry;
        assert_eq!(
            Field::Year.set(&mut entry, Value::Text("2021")),
            Err(WrongValue(Field::Year))
        );
        assert_eq!(
            Field::Title.set(&mut entry, Value::Number(1)),
            Err(WrongValue(Field::Title))
        );
        assert_eq!(
            Field::Month.set(&mut entry, Value::Number(300)),
            Err(WrongValue(Field::Month))
        );
        assert_eq!(entry, before);
    }

    #[test]
    fn spellings_and_requirements() {
        assert_eq!(field("journaltitle").unwrap().bibtex_name, Some("journal"));
        assert_eq!(Field::Location.spec().bibtex_name, Some("address"));
        let required = |entry_type| {
            FIELDS
                .iter()
                .filter(|spec| spec.required.of(entry_type))
                .map(|spec| spec.name)
                .collect::<alloc::vec::Vec<_>>()
        };
        assert_eq!(
            required(EntryType::Article),
            [
                "kind",
                "author",
                "title",
                "journaltitle",
                "shortvenue",
                "year",
                "evidence"
            ]
        );
        assert_eq!(
            required(EntryType::InProceedings),
            [
                "kind",
                "author",
                "title",
                "booktitle",
                "shortvenue",
                "year",
                "evidence"
            ]
        );
        assert_eq!(
            required(EntryType::Proceedings),
            ["kind", "title", "shortvenue", "year", "evidence"]
        );
    }
}
