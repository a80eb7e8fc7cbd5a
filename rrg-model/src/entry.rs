//! One work of the literature and its parts.

use crate::{EntryType, Evidence, Kind, List, Modality, eq_ignore_case};

model_struct! {
    /// A person: an author or an editor.
    pub struct Person<'a> {
        /// Family name, e.g. `Chen` or `Dalla Serra`.
        pub family: &'a str,
        /// Given names, if known, e.g. `Zhihong`.
        pub given: Option<&'a str>,
        /// Name particle printed before the family name, e.g. `van`.
        pub prefix: Option<&'a str>,
        /// Name suffix, e.g. `Jr.`.
        pub suffix: Option<&'a str>,
    }
}

model_struct! {
    /// Where a work appeared.
    pub struct Venue<'a> {
        /// The short name researchers use, e.g. `MICCAI`, `TMI` or `arXiv`.
        pub short: &'a str,
        /// The full proceedings or journal title, if known.
        pub full: Option<&'a str>,
    }
}

model_struct! {
    /// The links a work has besides its identifiers.
    pub struct Links<'a> {
        /// The paper itself (publisher page, PDF or preprint).
        #[cfg_attr(feature = "schemars", schemars(url))]
        pub paper: Option<&'a str>,
        /// The official code.
        #[cfg_attr(feature = "schemars", schemars(url))]
        pub code: Option<&'a str>,
        /// Unofficial code that reproduces the work.
        #[cfg_attr(feature = "schemars", schemars(url))]
        pub reproduction: Option<&'a str>,
        /// A project page.
        #[cfg_attr(feature = "schemars", schemars(url))]
        pub project: Option<&'a str>,
        /// Where the data set can be obtained.
        #[cfg_attr(feature = "schemars", schemars(url))]
        pub dataset: Option<&'a str>,
    }
}

/// The earliest year of publication an entry may have.
pub const FIRST_YEAR: u16 = 1800;

/// The latest year of publication an entry may have.
pub const LAST_YEAR: u16 = 2100;

model_struct! {
    /// One work of the catalogue: a paper, data set, toolkit or survey.
    ///
    /// `None` and empty lists mean *unknown or absent*; nothing is guessed.
    /// Facts that a complete record would have but that are unknown are named
    /// in [`Entry::unknown`].
    pub struct Entry<'a> {
        /// The citation key, e.g. `chen-etal-2020-generating`.
        pub key: &'a str,
        /// Other keys that resolve to this entry (upstream keys kept for
        /// compatibility).
        pub aliases: &'a [&'a str],
        /// The biblatex entry type.
        pub entry_type: EntryType,
        /// The roles the work plays (at least one).
        #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
        pub kinds: &'a [Kind],
        /// The title in plain Unicode, LaTeX resolved.
        pub title: &'a str,
        /// The name the work is known by: a method's (`R2Gen`), a data
        /// set's (`MIMIC-CXR`) or a toolkit's (`CheXbert`); `None` when no
        /// source names it.
        pub short_name: Option<&'a str>,
        /// Further names of the work, e.g. a method's name in its preprint
        /// when the published version renamed it.
        pub other_names: &'a [&'a str],
        /// Where the names come from: `title` (the title's own prefix,
        /// `PromptMRG: …`), `list:<list>` (a list marks it), or the address
        /// of the authors' code or paper that uses it.
        pub name_source: Option<&'a str>,
        /// The authors in order.
        pub authors: &'a [Person<'a>],
        /// Whether the source ends the author list with "and others", so that
        /// `authors` holds only the first names of a longer list.
        pub authors_truncated: bool,
        /// The editors of the proceedings or collection.
        pub editors: &'a [Person<'a>],
        /// Year of publication.
        #[cfg_attr(feature = "schemars", schemars(range(min = crate::FIRST_YEAR, max = crate::LAST_YEAR)))]
        pub year: Option<u16>,
        /// Month of publication, 1 to 12.
        #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 12)))]
        pub month: Option<u8>,
        /// Where the work appeared.
        pub venue: Venue<'a>,
        /// Page range in plain Unicode (`1439–1449`, written `1439--1449` in
        /// the `.bib`) or article number.
        pub pages: Option<&'a str>,
        /// Volume.
        pub volume: Option<&'a str>,
        /// Issue number.
        pub number: Option<&'a str>,
        /// Book series, e.g. `Lecture Notes in Computer Science`.
        pub series: Option<&'a str>,
        /// Publisher.
        pub publisher: Option<&'a str>,
        /// Where the work was published or the event took place.
        pub location: Option<&'a str>,
        /// Organisation that held the event or published the work.
        pub organization: Option<&'a str>,
        /// ISBN.
        pub isbn: Option<&'a str>,
        /// ISSN.
        pub issn: Option<&'a str>,
        /// DOI without a resolver prefix, e.g. `10.18653/v1/2020.emnlp-main.112`.
        pub doi: Option<&'a str>,
        /// arXiv identifier, e.g. `2010.16056`.
        pub arxiv: Option<&'a str>,
        /// Paper, code, project and data set links.
        pub links: Links<'a>,
        /// Imaging modalities the work is about (empty when not stated).
        pub modalities: &'a [Modality],
        /// Whether the work involves a large language model.
        pub llm: bool,
        /// Keys of related entries in the same catalogue.
        pub related: &'a [&'a str],
        /// The public lists that name the work.
        pub listed_in: &'a [List],
        /// Whether the bibliographic facts come from a record or only from
        /// a list's label.
        pub evidence: Evidence,
        /// Names of the fields a complete record would have but whose value
        /// is unknown, e.g. `author` or `year`.
        pub unknown: &'a [&'a str],
    }
}

impl Venue<'_> {
    /// Whether the venue goes by this name: its short name or its full
    /// title, letter case ignored.
    ///
    /// ```
    /// use rrg_model::Venue;
    /// let venue = Venue { short: "Nat. Med.", full: Some("Nature Medicine") };
    /// assert!(venue.is_named("nat. med.") && venue.is_named("Nature Medicine"));
    /// assert!(!venue.is_named("Nature"));
    /// ```
    pub fn is_named(&self, name: &str) -> bool {
        eq_ignore_case(self.short, name) || self.full.is_some_and(|full| eq_ignore_case(full, name))
    }
}

impl<'a> Person<'a> {
    /// A person with a family name and, if known, given names.
    pub const fn new(family: &'a str, given: Option<&'a str>) -> Self {
        Person {
            family,
            given,
            prefix: None,
            suffix: None,
        }
    }
}

impl Links<'static> {
    /// No links.
    pub const NONE: Links<'static> = Links {
        paper: None,
        code: None,
        reproduction: None,
        project: None,
        dataset: None,
    };
}

impl<'a> Entry<'a> {
    /// An entry with a key, a type and a title and nothing else known: the
    /// start for building one by hand (`Entry { year: Some(2024), ..Entry::new(…) }`).
    /// Its facts count as a list's label ([`Evidence::Label`]) until a
    /// record is named.
    pub const fn new(key: &'a str, entry_type: EntryType, title: &'a str) -> Self {
        Entry {
            key,
            aliases: &[],
            entry_type,
            kinds: &[],
            title,
            short_name: None,
            other_names: &[],
            name_source: None,
            authors: &[],
            authors_truncated: false,
            editors: &[],
            year: None,
            month: None,
            venue: Venue {
                short: "",
                full: None,
            },
            pages: None,
            volume: None,
            number: None,
            series: None,
            publisher: None,
            location: None,
            organization: None,
            isbn: None,
            issn: None,
            doi: None,
            arxiv: None,
            links: Links::NONE,
            modalities: &[],
            llm: false,
            related: &[],
            listed_in: &[],
            evidence: Evidence::Label,
            unknown: &[],
        }
    }

    /// The names the work is known by, the main one first.
    pub fn names(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.short_name
            .into_iter()
            .chain(self.other_names.iter().copied())
    }

    /// Whether the work plays this role.
    pub fn is(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }

    /// Whether the work is about this imaging modality.
    pub fn has_modality(&self, modality: Modality) -> bool {
        self.modalities.contains(&modality)
    }

    /// Whether official code is linked (an unofficial reproduction does not
    /// count; see [`Links::reproduction`]).
    pub fn has_code(&self) -> bool {
        self.links.code.is_some()
    }

    /// The entry's tags, for filtering in other tools: its roles, its
    /// modalities and `llm` if the work involves a large language model
    /// (e.g. `paper`, `chest-xray`, `llm`). The portable biblatex writes them
    /// as `keywords`, CSL-JSON as `keyword`.
    ///
    /// ```
    /// use rrg_model::{Entry, EntryType, Kind, Modality};
    /// let entry = Entry {
    ///     kinds: &[Kind::Paper],
    ///     modalities: &[Modality::ChestXray],
    ///     llm: true,
    ///     ..Entry::new("doe-2024-tags", EntryType::Article, "Tags")
    /// };
    /// assert!(entry.tags().eq(["paper", "chest-xray", "llm"]));
    /// ```
    pub fn tags(&self) -> impl Iterator<Item = &'static str> + '_ {
        let kinds = self.kinds.iter().map(|kind| kind.as_str());
        let modalities = self.modalities.iter().map(|modality| modality.as_str());
        kinds.chain(modalities).chain(self.llm.then_some("llm"))
    }

    /// Whether `key` is this entry's key or one of its aliases.
    pub fn answers_to(&self, key: &str) -> bool {
        self.key == key || self.aliases.contains(&key)
    }

    /// The order of the survey's list: newest first with unknown years
    /// last, then by short venue and title (ignoring case), then by key.
    /// Keys are unique, so no two entries of a catalogue are equal in it.
    ///
    /// ```
    /// use core::cmp::Ordering;
    /// use rrg_model::{Entry, EntryType};
    ///
    /// let old = Entry { year: Some(2019), ..Entry::new("a-2019", EntryType::Article, "Old") };
    /// let new = Entry { year: Some(2024), ..Entry::new("b-2024", EntryType::Article, "New") };
    /// let undated = Entry::new("c-nd", EntryType::Article, "Undated");
    /// assert_eq!(new.cmp_for_list(&old), Ordering::Less);
    /// assert_eq!(undated.cmp_for_list(&old), Ordering::Greater);
    /// ```
    pub fn cmp_for_list(&self, other: &Entry<'_>) -> core::cmp::Ordering {
        // `None` sorts before every year, so reversing puts it last.
        other
            .year
            .cmp(&self.year)
            .then_with(|| crate::cmp_ignore_case(self.venue.short, other.venue.short))
            .then_with(|| crate::cmp_ignore_case(self.title, other.title))
            .then_with(|| self.key.cmp(other.key))
    }

    /// The first author, if the authors are known.
    pub fn first_author(&self) -> Option<&Person<'a>> {
        self.authors.first()
    }

    /// Whether the title, a name of the work, or any author's name contains
    /// `needle`, ignoring case (Unicode simple case folding; no allocation).
    pub fn mentions(&self, needle: &str) -> bool {
        crate::contains_ignore_case(self.title, needle)
            || self
                .names()
                .any(|name| crate::contains_ignore_case(name, needle))
            || self.authors.iter().any(|person| person.mentions(needle))
    }
}

impl Person<'_> {
    /// Whether the family or given name contains `needle`, ignoring case.
    pub fn mentions(&self, needle: &str) -> bool {
        crate::contains_ignore_case(self.family, needle)
            || self
                .given
                .is_some_and(|given| crate::contains_ignore_case(given, needle))
    }
}

impl core::fmt::Display for Person<'_> {
    /// `Given prefix Family, Suffix`, the order the name is read in.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(given) = self.given {
            write!(f, "{given} ")?;
        }
        if let Some(prefix) = self.prefix {
            write!(f, "{prefix} ")?;
        }
        f.write_str(self.family)?;
        if let Some(suffix) = self.suffix {
            write!(f, ", {suffix}")?;
        }
        Ok(())
    }
}
