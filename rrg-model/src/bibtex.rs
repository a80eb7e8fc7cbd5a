//! Writing entries in the catalogue's canonical biblatex form.
//!
//! ```text
//! @inproceedings{chen-etal-2020-generating,
//!   kind = {paper},
//!   author = {Chen, Zhihong and Song, Yan and Chang, Tsung-Hui and Wan, Xiang},
//!   title = {Generating Radiology Reports via Memory-driven Transformer},
//!   …
//! }
//!
//! ```
//!
//! Fields come in the order of [`FIELDS`], one per
//! line, each present field once; absent values (`None`, empty lists, a
//! `false` flag) are left out. The writer needs no allocation and works
//! without `std`.
//!
//! What is written reads back, with the catalogue's own reader, as the same
//! entry:
//!
//! - text fields are escaped for LaTeX: `\ { } & % # $ _ ~ ^` become
//!   `\textbackslash{}`, `\{`, `\}`, `\&`, `\%`, `\#`, `\$`, `\_`,
//!   `\textasciitilde{}` and `\textasciicircum{}`; an en dash and an em dash
//!   become `--` and `---`, and hyphens that would merge into a dash are
//!   kept apart with `{}`;
//! - names are written `Family, Given` (`prefix Family, Suffix, Given` when
//!   there is more), with braces around a part that has several words or
//!   holds a comma or the word `and`; a name that the `Family, Given` form
//!   cannot carry (a part holding `=`, or a prefix or suffix without a given
//!   name) is written in biblatex's extended form
//!   `family={…}, given={…}, prefix={…}, suffix={…}`;
//! - links, DOIs, eprint identifiers and key lists are written verbatim, as
//!   the reader takes them. Nothing is rejected, but such a value can only be
//!   read back if its braces are balanced and it does not end in a
//!   backslash.
//!
//! The reader collapses runs of white space in text to one space, so text
//! read back equals the original only if it had no such runs to begin with,
//! which holds for every entry the reader produced. A person whose whole
//! name is `others` reads back as the `and others` marker.
//!
//! # The portable form
//!
//! The catalogue's own fields (`kind`, `shortvenue`, `code`, …; those marked
//! [`custom`](crate::fields::FieldSpec::custom) in the field table) are not
//! in biblatex's data model, and biber warns about each. For documents built
//! with biblatex and biber, [`Style::Portable`] writes only what that data
//! model accepts, with the same escaping and names:
//!
//! - the roles, the modalities and the LLM flag become `keywords` (e.g.
//!   `keywords = {paper, chest-xray, llm}`), so that
//!   `\printbibliography[keyword=dataset]` works;
//! - the short name of a data set or toolkit becomes `shorttitle`;
//! - every other custom field is left out: the short venue name, the links
//!   besides the paper's `url` (code, unofficial code, project, data set),
//!   and the list of unknown facts;
//! - `related` is left out: biblatex would print the related work inside the
//!   entry, which is not what the catalogue means by it, and biber warns
//!   when that work is not in the same file;
//! - values that biber's data model rejects and would drop with a warning
//!   are left out: a `publisher` of an `@article`, a `volume` that is not
//!   a whole number, and a `volume` of an `@online` entry;
//! - an entry that declares required facts unknown (its `unknown` field,
//!   e.g. a work whose authors no source gives) cannot be a valid biblatex
//!   entry without inventing them, so it is not written as an entry: a
//!   comment line in its place names its key and the missing facts.
//!
//! The portable form is for reading by biblatex, not back into the
//! catalogue: what it leaves out is lost.

use core::fmt::{self, Write};

use crate::fields::{FIELDS, Field, FieldSpec, Value, ValueKind};
use crate::{Entry, EntryType, Person};

/// Writes one entry: `@type{key,`, one `  name = {value},` line per present
/// field in the canonical order, `}` and a blank line.
///
/// ```
/// use rrg_model::{Entry, EntryType, Evidence, Kind, Links, Person, Venue};
///
/// let entry = Entry {
///     key: "doe-2021-example",
///     aliases: &[],
///     entry_type: EntryType::Article,
///     kinds: &[Kind::Paper],
///     title: "Fast & Accurate Reports: 10% Better",
///     short_name: None,
///     other_names: &[],
///     name_source: None,
///     authors: &[Person { family: "Doe", given: Some("Jane"), prefix: None, suffix: None }],
///     authors_truncated: true,
///     editors: &[],
///     year: Some(2021),
///     month: None,
///     venue: Venue { short: "JoE", full: Some("Journal of Examples") },
///     pages: Some("1–10"),
///     volume: None,
///     number: None,
///     series: None,
///     publisher: None,
///     location: None,
///     organization: None,
///     isbn: None,
///     issn: None,
///     doi: None,
///     arxiv: None,
///     links: Links { paper: None, code: None, reproduction: None, project: None, dataset: None },
///     modalities: &[],
///     llm: false,
///     related: &[],
///     listed_in: &[],
///     evidence: Evidence::Record,
///     unknown: &[],
/// };
/// let mut text = String::new();
/// rrg_model::bibtex::write_entry(&entry, &mut text).unwrap();
/// assert_eq!(
///     text,
///     "@article{doe-2021-example,\n\
///      \x20 kind = {paper},\n\
///      \x20 author = {Doe, Jane and others},\n\
///      \x20 title = {Fast \\& Accurate Reports: 10\\% Better},\n\
///      \x20 journaltitle = {Journal of Examples},\n\
///      \x20 shortvenue = {JoE},\n\
///      \x20 year = {2021},\n\
///      \x20 pages = {1--10},\n\
///      \x20 evidence = {record},\n\
///      }\n\n"
/// );
/// ```
pub fn write_entry(entry: &Entry<'_>, out: &mut impl Write) -> fmt::Result {
    write_entry_as(entry, Style::Canonical, out)
}

/// Which biblatex form to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Style {
    /// The catalogue's own form: every field of the field table, custom ones
    /// included. It reads back into the same entry.
    #[default]
    Canonical,
    /// Only what biblatex's data model accepts, so that biber validates it
    /// without a warning (see [the module documentation](self#the-portable-form)).
    Portable,
}

/// Writes one entry in the given [`Style`]. [`Style::Canonical`] writes
/// what [`write_entry`] writes.
///
/// ```
/// use rrg_model::bibtex::{Style, write_entry_as};
/// use rrg_model::{Entry, EntryType, Kind, Modality, Person, Venue};
///
/// let entry = Entry {
///     kinds: &[Kind::Dataset],
///     short_name: Some("DEMO-CXR"),
///     authors: &[Person::new("Doe", Some("Jane"))],
///     year: Some(2021),
///     venue: Venue { short: "JoE", full: Some("Journal of Examples") },
///     publisher: Some("Example Press"),
///     modalities: &[Modality::ChestXray],
///     ..Entry::new("doe-2021-demo", EntryType::Article, "A Demo Data Set")
/// };
/// let mut text = String::new();
/// write_entry_as(&entry, Style::Portable, &mut text).unwrap();
/// assert_eq!(
///     text,
///     "@article{doe-2021-demo,\n\
///      \x20 keywords = {dataset, chest-xray},\n\
///      \x20 author = {Doe, Jane},\n\
///      \x20 title = {A Demo Data Set},\n\
///      \x20 shorttitle = {DEMO-CXR},\n\
///      \x20 journaltitle = {Journal of Examples},\n\
///      \x20 year = {2021},\n\
///      }\n\n"
/// );
/// ```
pub fn write_entry_as(entry: &Entry<'_>, style: Style, out: &mut impl Write) -> fmt::Result {
    if style == Style::Portable && !entry.unknown.is_empty() {
        write!(
            out,
            "% {} is left out: biblatex requires fields whose value is unknown (",
            entry.key
        )?;
        write_list(entry.unknown.iter().copied(), out)?;
        return out.write_str(").\n\n");
    }
    writeln!(out, "@{}{{{},", entry.entry_type, entry.key)?;
    for spec in FIELDS {
        let name = match style {
            Style::Canonical => spec.name,
            Style::Portable => match portable_name(entry, spec) {
                Some(name) => name,
                None => continue,
            },
        };
        if name == "keywords" {
            // The portable form's tags: roles, modalities and the LLM flag.
            if entry.tags().next().is_some() {
                out.write_str("  keywords = {")?;
                write_list(entry.tags(), out)?;
                out.write_str("},\n")?;
            }
            continue;
        }
        let Some(value) = spec.field.get(entry) else {
            continue;
        };
        write!(out, "  {name} = {{")?;
        match value {
            Value::Text(text) if spec.value == ValueKind::Text => write_text(text, out)?,
            Value::Text(text) => out.write_str(text)?,
            Value::Names { people, others } => write_names(people, others, out)?,
            Value::Keys(keys) => write_list(keys.iter().copied(), out)?,
            Value::Kinds(kinds) => write_list(kinds.iter().map(|kind| kind.as_str()), out)?,
            Value::Modalities(modalities) => {
                write_list(modalities.iter().map(|modality| modality.as_str()), out)?
            }
            Value::Lists(lists) => write_list(lists.iter().map(|list| list.as_str()), out)?,
            Value::Evidence(evidence) => out.write_str(evidence.as_str())?,
            Value::Number(number) => write!(out, "{number}")?,
            Value::True => out.write_str("true")?,
        }
        out.write_str("},\n")?;
    }
    out.write_str("}\n\n")
}

/// Writes several entries, each as [`write_entry`] does, in the order given.
///
/// ```
/// # fn demo(entries: &[rrg_model::Entry<'_>]) -> core::fmt::Result {
/// let mut bib = String::new();
/// rrg_model::bibtex::write_entries(entries, &mut bib)?;
/// # Ok(())
/// # }
/// ```
pub fn write_entries<'r, 'e: 'r>(
    entries: impl IntoIterator<Item = &'r Entry<'e>>,
    out: &mut impl Write,
) -> fmt::Result {
    write_entries_as(entries, Style::Canonical, out)
}

/// Writes several entries in the given [`Style`], each as
/// [`write_entry_as`] does, in the order given.
pub fn write_entries_as<'r, 'e: 'r>(
    entries: impl IntoIterator<Item = &'r Entry<'e>>,
    style: Style,
    out: &mut impl Write,
) -> fmt::Result {
    for entry in entries {
        write_entry_as(entry, style, out)?;
    }
    Ok(())
}

/// The name a field of the table has in the portable form, or `None` when
/// that form leaves it out. `keywords` stands in for `kind` and carries the
/// modalities and the LLM flag too.
fn portable_name(entry: &Entry<'_>, spec: &FieldSpec) -> Option<&'static str> {
    match spec.field {
        Field::Kind => Some("keywords"),
        Field::ShortName => Some("shorttitle"),
        _ if spec.custom => None,
        Field::Related => None,
        Field::Publisher if entry.entry_type == EntryType::Article => None,
        Field::Volume
            if entry.entry_type == EntryType::Online
                || !entry
                    .volume
                    .is_some_and(|v| v.bytes().all(|b| b.is_ascii_digit())) =>
        {
            None
        }
        _ => Some(spec.name),
    }
}

fn write_list<'s>(items: impl Iterator<Item = &'s str>, out: &mut impl Write) -> fmt::Result {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.write_str(", ")?;
        }
        out.write_str(item)?;
    }
    Ok(())
}

fn write_names(people: &[Person<'_>], others: bool, out: &mut impl Write) -> fmt::Result {
    for (i, person) in people.iter().enumerate() {
        if i > 0 {
            out.write_str(" and ")?;
        }
        write_person(person, out)?;
    }
    if others {
        if !people.is_empty() {
            out.write_str(" and ")?;
        }
        out.write_str("others")?;
    }
    Ok(())
}

fn write_person(person: &Person<'_>, out: &mut impl Write) -> fmt::Result {
    let parts = [
        Some(person.family),
        person.given,
        person.prefix,
        person.suffix,
    ];
    let has_equals = parts.iter().flatten().any(|part| part.contains('='));
    let Some(given) = person.given.filter(|_| !has_equals) else {
        if has_equals || person.prefix.is_some() || person.suffix.is_some() {
            return write_extended_name(person, out);
        }
        // A family name alone: one word as it is, several as one group.
        return write_name_part(person.family, person.family.contains(' '), out);
    };

    if let Some(prefix) = person.prefix {
        // The reader takes the words before the family name as the prefix
        // when each starts in lower case or is a braced group.
        let plain = prefix
            .split(' ')
            .all(|word| word.starts_with(char::is_lowercase));
        write_name_part(prefix, !plain, out)?;
        out.write_char(' ')?;
    }
    // A family name after a prefix must not start in lower case, or the
    // reader would count it to the prefix.
    let family_group = person.family.contains(' ')
        || (person.prefix.is_some() && person.family.chars().next().is_none_or(char::is_lowercase));
    write_name_part(person.family, family_group, out)?;
    if let Some(suffix) = person.suffix {
        out.write_str(", ")?;
        write_name_part(suffix, false, out)?;
    }
    out.write_str(", ")?;
    write_name_part(given, false, out)
}

/// `family={…}, given={…}, prefix={…}, suffix={…}`, each part present.
fn write_extended_name(person: &Person<'_>, out: &mut impl Write) -> fmt::Result {
    let parts = [
        ("family", Some(person.family)),
        ("given", person.given),
        ("prefix", person.prefix),
        ("suffix", person.suffix),
    ];
    let mut first = true;
    for (name, part) in parts {
        let Some(part) = part else { continue };
        if !first {
            out.write_str(", ")?;
        }
        first = false;
        write!(out, "{name}={{")?;
        write_text(part, out)?;
        out.write_char('}')?;
    }
    Ok(())
}

/// One part of a name, braced when `group` is set or when it holds a
/// character or word that would split the name list or the name.
fn write_name_part(part: &str, group: bool, out: &mut impl Write) -> fmt::Result {
    let group = group || part.contains(',') || part.split_whitespace().any(|word| word == "and");
    if group {
        out.write_char('{')?;
    }
    write_text(part, out)?;
    if group {
        out.write_char('}')?;
    }
    Ok(())
}

/// Writes text escaped for LaTeX, so that the reader resolves it back to
/// the same characters.
fn write_text(text: &str, out: &mut impl Write) -> fmt::Result {
    let mut after_hyphen = false;
    let mut buffer = [0; 4];
    for c in text.chars() {
        let piece = match c {
            '\\' => "\\textbackslash{}",
            '{' => "\\{",
            '}' => "\\}",
            '&' => "\\&",
            '%' => "\\%",
            '#' => "\\#",
            '$' => "\\$",
            '_' => "\\_",
            '~' => "\\textasciitilde{}",
            '^' => "\\textasciicircum{}",
            '\u{2013}' => "--",
            '\u{2014}' => "---",
            _ => c.encode_utf8(&mut buffer),
        };
        // `-` runs of two and three read as dashes: keep separate runs apart.
        if after_hyphen && piece.starts_with('-') {
            out.write_str("{}")?;
        }
        after_hyphen = piece.ends_with('-');
        out.write_str(piece)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    extern crate alloc;

    use alloc::string::String;

    use super::*;
    use crate::{Evidence, Kind, Links, List, Modality, Venue};

    const EMPTY: Entry<'static> = Entry::new("doe-2021-example", EntryType::Misc, "");

    const fn person(
        family: &'static str,
        given: Option<&'static str>,
        prefix: Option<&'static str>,
        suffix: Option<&'static str>,
    ) -> Person<'static> {
        Person {
            family,
            given,
            prefix,
            suffix,
        }
    }

    const DOE: &[Person<'static>] = &[person("Doe", Some("Jane"), None, None)];
    const ROE: &[Person<'static>] = &[person("Roe", Some("Richard"), None, None)];

    fn full(entry_type: EntryType) -> Entry<'static> {
        Entry {
            key: "doe-2021-example",
            aliases: &["doe2021", "example"],
            entry_type,
            kinds: &[Kind::Paper, Kind::Dataset],
            title: "A Title",
            short_name: Some("SHORT"),
            other_names: &["OTHER"],
            name_source: Some("title"),
            authors: DOE,
            authors_truncated: true,
            editors: ROE,
            year: Some(2021),
            month: Some(6),
            venue: Venue {
                short: "JoE",
                full: Some("Journal of Examples"),
            },
            pages: Some("1–10"),
            volume: Some("3"),
            number: Some("4"),
            series: Some("Series"),
            publisher: Some("Publisher"),
            location: Some("Place"),
            organization: Some("Org"),
            isbn: Some("978-3-16-148410-0"),
            issn: Some("1234-5678"),
            doi: Some("10.1234/x_y%20"),
            arxiv: Some("2010.16056"),
            links: Links {
                paper: Some("https://example.org/a_b%20c#d"),
                code: Some("https://example.org/code"),
                reproduction: Some("https://example.org/reproduction"),
                project: Some("https://example.org/project"),
                dataset: Some("https://example.org/dataset"),
            },
            modalities: &[Modality::ChestXray, Modality::Ct],
            llm: true,
            related: &["other-2020-key"],
            listed_in: &[List::SynlpRrgReview],
            evidence: Evidence::Record,
            unknown: &["location"],
        }
    }

    fn bib(entry: &Entry<'_>) -> String {
        let mut out = String::new();
        write_entry(entry, &mut out).unwrap();
        out
    }

    fn text(text: &str) -> String {
        let mut out = String::new();
        write_text(text, &mut out).unwrap();
        out
    }

    fn names(people: &[Person<'_>], others: bool) -> String {
        let mut out = String::new();
        write_names(people, others, &mut out).unwrap();
        out
    }

    #[test]
    fn every_field_of_the_table_has_a_value_and_comes_in_table_order() {
        for entry_type in [EntryType::Article, EntryType::InProceedings] {
            let entry = full(entry_type);
            let written = bib(&entry);
            let names: alloc::vec::Vec<&str> = written
                .lines()
                .filter_map(|line| line.strip_prefix("  "))
                .map(|line| line.split(" = ").next().unwrap())
                .collect();
            let expected: alloc::vec::Vec<&str> = FIELDS
                .iter()
                .map(|spec| spec.name)
                .filter(|name| match entry_type {
                    EntryType::Article => *name != "booktitle",
                    _ => *name != "journaltitle",
                })
                .collect();
            assert_eq!(names, expected);
        }
    }

    #[test]
    fn a_full_entry() {
        assert_eq!(
            bib(&full(EntryType::Article)),
            "@article{doe-2021-example,
  ids = {doe2021, example},
  kind = {paper, dataset},
  author = {Doe, Jane and others},
  title = {A Title},
  shortname = {SHORT},
  othernames = {OTHER},
  namesource = {title},
  journaltitle = {Journal of Examples},
  shortvenue = {JoE},
  year = {2021},
  month = {6},
  pages = {1--10},
  volume = {3},
  number = {4},
  series = {Series},
  editor = {Roe, Richard},
  publisher = {Publisher},
  location = {Place},
  organization = {Org},
  isbn = {978-3-16-148410-0},
  issn = {1234-5678},
  doi = {10.1234/x_y%20},
  eprint = {2010.16056},
  eprinttype = {arxiv},
  url = {https://example.org/a_b%20c#d},
  code = {https://example.org/code},
  reproduction = {https://example.org/reproduction},
  project = {https://example.org/project},
  dataset = {https://example.org/dataset},
  modality = {chest-xray, ct},
  llm = {true},
  related = {other-2020-key},
  listedin = {synlp-rrg-review},
  evidence = {record},
  unknown = {location},
}

"
        );
    }

    #[test]
    fn an_empty_entry_has_only_its_head_and_evidence() {
        assert_eq!(
            bib(&EMPTY),
            "@misc{doe-2021-example,\n  evidence = {label},\n}\n\n"
        );
    }

    #[test]
    fn several_entries_follow_each_other() {
        let mut out = String::new();
        write_entries(&[EMPTY, EMPTY], &mut out).unwrap();
        assert_eq!(
            out,
            "@misc{doe-2021-example,\n  evidence = {label},\n}\n\n".repeat(2)
        );
    }

    #[test]
    fn latex_specials_are_escaped() {
        assert_eq!(
            text(r"a\b {c} & 5% #1 $x$ a_b ~ ^"),
            r"a\textbackslash{}b \{c\} \& 5\% \#1 \$x\$ a\_b \textasciitilde{} \textasciicircum{}"
        );
        assert_eq!(text("Ünal’s “CXR” — O′Neil"), "Ünal’s “CXR” --- O′Neil");
    }

    #[test]
    fn hyphens_never_merge_into_dashes() {
        assert_eq!(text("1439–1449"), "1439--1449");
        assert_eq!(text("a-b"), "a-b");
        assert_eq!(text("a--b"), "a-{}-b");
        assert_eq!(text("a---b"), "a-{}-{}-b");
        assert_eq!(text("–-—"), "--{}-{}---");
    }

    #[test]
    fn names_in_family_given_form() {
        let plain = [
            person("Chen", Some("Zhihong"), None, None),
            person("Chang", Some("Tsung-Hui"), None, None),
        ];
        assert_eq!(names(&plain, false), "Chen, Zhihong and Chang, Tsung-Hui");
        assert_eq!(
            names(
                &[person("Dalla Serra", Some("Francesco"), None, None)],
                true
            ),
            "{Dalla Serra}, Francesco and others"
        );
        assert_eq!(names(&[], true), "others");
        assert_eq!(
            names(
                &[person("Beethoven", Some("Ludwig"), Some("van"), None)],
                false
            ),
            "van Beethoven, Ludwig"
        );
        assert_eq!(
            names(&[person("Fuente", Some("Ana"), Some("De La"), None)], false),
            "{De La} Fuente, Ana"
        );
        assert_eq!(
            names(&[person("der Berg", Some("Jan"), Some("van"), None)], false),
            "van {der Berg}, Jan"
        );
        assert_eq!(
            names(
                &[person("King", Some("Martin Luther"), None, Some("Jr."))],
                false
            ),
            "King, Jr., Martin Luther"
        );
        assert_eq!(
            names(
                &[person("Smith, and Sons", Some("A and B"), None, None)],
                false
            ),
            "{Smith, and Sons}, {A and B}"
        );
        assert_eq!(
            names(
                &[person("World Health Organization", None, None, None)],
                false
            ),
            "{World Health Organization}"
        );
        assert_eq!(
            names(&[person("Anonymous", None, None, None)], false),
            "Anonymous"
        );
    }

    #[test]
    fn names_the_comma_form_cannot_carry_use_the_extended_form() {
        assert_eq!(
            names(&[person("A=B", Some("C"), None, None)], false),
            "family={A=B}, given={C}"
        );
        assert_eq!(
            names(&[person("Beethoven", None, Some("van"), None)], false),
            "family={Beethoven}, prefix={van}"
        );
        assert_eq!(
            names(&[person("King", None, None, Some("Jr."))], false),
            "family={King}, suffix={Jr.}"
        );
    }

    #[test]
    fn links_and_identifiers_are_verbatim_and_text_is_escaped() {
        let entry = Entry {
            title: "50% of #1_a",
            doi: Some("10.1000/a_b%c#d"),
            links: Links {
                code: Some("https://x.org/~a_b%20#c"),
                ..EMPTY.links
            },
            ..EMPTY
        };
        let written = bib(&entry);
        assert!(written.contains("  title = {50\\% of \\#1\\_a},\n"));
        assert!(written.contains("  doi = {10.1000/a_b%c#d},\n"));
        assert!(written.contains("  code = {https://x.org/~a_b%20#c},\n"));
    }

    #[test]
    fn flags_and_numbers() {
        let entry = Entry {
            llm: false,
            year: Some(1999),
            month: Some(12),
            ..EMPTY
        };
        let written = bib(&entry);
        assert!(!written.contains("llm"));
        assert!(written.contains("  year = {1999},\n  month = {12},\n"));
    }

    fn portable(entry: &Entry<'_>) -> String {
        let mut out = String::new();
        write_entry_as(entry, Style::Portable, &mut out).unwrap();
        out
    }

    #[test]
    fn the_canonical_style_is_what_write_entry_writes() {
        let entry = full(EntryType::InProceedings);
        let mut out = String::new();
        write_entries_as([&entry], Style::Canonical, &mut out).unwrap();
        assert_eq!(out, bib(&entry));
    }

    #[test]
    fn the_portable_style_keeps_only_biblatex_fields() {
        let entry = Entry {
            unknown: &[],
            ..full(EntryType::InProceedings)
        };
        assert_eq!(
            portable(&entry),
            "@inproceedings{doe-2021-example,
  ids = {doe2021, example},
  keywords = {paper, dataset, chest-xray, ct, llm},
  author = {Doe, Jane and others},
  title = {A Title},
  shorttitle = {SHORT},
  booktitle = {Journal of Examples},
  year = {2021},
  month = {6},
  pages = {1--10},
  volume = {3},
  number = {4},
  series = {Series},
  editor = {Roe, Richard},
  publisher = {Publisher},
  location = {Place},
  organization = {Org},
  isbn = {978-3-16-148410-0},
  issn = {1234-5678},
  doi = {10.1234/x_y%20},
  eprint = {2010.16056},
  eprinttype = {arxiv},
  url = {https://example.org/a_b%20c#d},
}

"
        );
        let custom: alloc::vec::Vec<&str> = FIELDS
            .iter()
            .filter(|spec| spec.custom)
            .map(|spec| spec.name)
            .collect();
        for line in portable(&entry).lines().skip(1) {
            let name = line.trim_start().split(" = ").next().unwrap();
            assert!(
                !custom.contains(&name),
                "custom field {name} in the portable form"
            );
        }
    }

    #[test]
    fn the_portable_style_drops_what_biber_would_drop() {
        let article = Entry {
            unknown: &[],
            volume: Some("EMNLP 2020"),
            ..full(EntryType::Article)
        };
        let written = portable(&article);
        assert!(!written.contains("publisher"), "{written}");
        assert!(!written.contains("volume"), "{written}");
        assert!(written.contains("  journaltitle = {Journal of Examples},\n"));
    }

    #[test]
    fn the_portable_style_leaves_out_the_volume_of_online_works() {
        let online = Entry {
            unknown: &[],
            ..full(EntryType::Online)
        };
        assert!(
            !portable(&online).contains("volume"),
            "{}",
            portable(&online)
        );
        assert!(bib(&online).contains("  volume = {3},"));
    }

    #[test]
    fn the_portable_style_leaves_out_entries_with_unknown_required_facts() {
        let entry = Entry {
            unknown: &["author", "year"],
            ..full(EntryType::Article)
        };
        assert_eq!(
            portable(&entry),
            "% doe-2021-example is left out: biblatex requires fields whose value is unknown \
             (author, year).\n\n"
        );
    }

    #[test]
    fn the_portable_style_writes_keywords_only_when_there_are_some() {
        let written = portable(&EMPTY);
        assert_eq!(written, "@misc{doe-2021-example,\n}\n\n");
        let llm_only = Entry { llm: true, ..EMPTY };
        assert!(portable(&llm_only).contains("  keywords = {llm},\n"));
    }
}
