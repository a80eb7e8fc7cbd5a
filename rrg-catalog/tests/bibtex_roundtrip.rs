//! The BibTeX writer and the reader agree: every entry written in the
//! canonical form reads back, through the same reader and validator as the
//! build script, as the identical entry.

use rrg_bib::bumpalo::Bump;
use rrg_bib::{Rules, Source, load};
use rrg_catalog::{Entry, EntryType, Evidence, Kind, Links, List, Modality, Person, Venue};
use rrg_model::bibtex::{write_entries, write_entry};

fn written(entries: &[Entry]) -> String {
    let mut text = String::new();
    write_entries(entries, &mut text).expect("writing to a String cannot fail");
    text
}

/// Reads `text` with the catalogue's rules and compares, entry by entry.
fn assert_reads_back(text: &str, originals: &[Entry]) {
    let arena = Bump::new();
    let catalog = match load(
        Source::new("written.bib", text),
        &arena,
        Rules { catalogue: true },
    ) {
        Ok(catalog) => catalog,
        Err(report) => panic!("the written entries do not read back:\n{report}\n{text}"),
    };
    assert_eq!(catalog.records.len(), originals.len());
    for (record, original) in catalog.records.iter().zip(originals) {
        assert!(
            record.entry == *original,
            "`{}` changed on the way through BibTeX:\nwritten:\n{}\nread back: {:#?}\noriginal: {:#?}",
            original.key,
            written(std::slice::from_ref(original)),
            record.entry,
            original
        );
    }
}

#[test]
fn every_catalogue_entry_reads_back_identical_and_in_order() {
    let entries = rrg_catalog::entries();
    let text = written(entries);
    assert_eq!(text.matches("\n@").count() + 1, entries.len());
    assert_reads_back(&text, entries);
}

#[test]
fn writing_is_deterministic_and_entries_are_independent() {
    let entries = rrg_catalog::entries();
    let whole = written(entries);
    let mut one_by_one = String::new();
    for entry in entries {
        write_entry(entry, &mut one_by_one).unwrap();
    }
    assert_eq!(whole, one_by_one);
    assert!(whole.ends_with("}\n\n"));
}

const BASE: Entry = Entry {
    kinds: &[Kind::Paper],
    year: Some(2024),
    venue: Venue {
        short: "JoE",
        full: Some("Journal of Examples"),
    },
    evidence: Evidence::Record,
    ..Entry::new("base", EntryType::Article, "Base")
};

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

/// Entries whose text, names and links exercise every escape and name form.
/// Sorted by key, as the reader returns them.
const HARD: &[Entry] = &[
    Entry {
        key: "a-2024-specials",
        title: r"50% of #1 & $x$ a_b {braced} ~ ^ back\slash \relax",
        authors: &[person("Doe", Some("Jane"), None, None)],
        ..BASE
    },
    Entry {
        key: "b-2024-dashes",
        title: "En – em — hyphen - double -- triple --- mixed –-—",
        authors: &[person("Chang", Some("Tsung-Hui"), None, None)],
        pages: Some("1439–1449"),
        authors_truncated: true,
        ..BASE
    },
    Entry {
        key: "c-2024-names",
        title: "Names",
        entry_type: EntryType::InProceedings,
        venue: Venue {
            short: "CONF",
            full: Some("Proceedings of {Braces} & Co"),
        },
        authors: &[
            person("Dalla Serra", Some("Francesco"), None, None),
            person("Beethoven", Some("Ludwig"), Some("van"), None),
            person("Fuente", Some("Ana"), Some("De La"), None),
            person("der Berg", Some("Jan"), Some("van"), None),
            person("berg", Some("Jan"), Some("van der"), None),
            person("King", Some("Martin Luther"), None, Some("Jr.")),
            person("Smith, and Sons", Some("A and B"), None, None),
            person("World Health Organization", None, None, None),
            person("Anonymous", None, None, None),
            person("Beethoven", None, Some("van"), None),
            person("King", None, None, Some("Jr.")),
            person("A=B", Some("C=D"), None, None),
            person("O′Neil", Some("Alison Q."), None, None),
            person("Ünal", Some("Çağrı"), None, None),
            person("Tilde~", Some("Per%cent"), None, None),
            person("a-{}-b", Some(r"back\slash"), None, None),
        ],
        editors: &[person("Rodney Long", Some("L"), None, None)],
        ..BASE
    },
    Entry {
        key: "d-2024-links",
        aliases: &["10.1007/978-3-031-16449-1_48", "d2024links"],
        entry_type: EntryType::Online,
        kinds: &[Kind::Dataset, Kind::Toolkit],
        title: "Links",
        short_name: Some("LINKS_1"),
        other_names: &["Links one", "L1"],
        name_source: Some("https://example.org/links?a=1&b=2"),
        listed_in: &[List::SynlpRrgReview, List::MkRunnerAwesomeRrg],
        venue: Venue {
            short: "arXiv",
            full: None,
        },
        month: Some(2),
        doi: Some("10.1000/a_b%c#d~e"),
        arxiv: Some("2010.16056v2"),
        links: Links {
            paper: Some("https://example.org/a_b%20c?x=1&y=2#d"),
            code: Some("https://github.com/x/y_z"),
            reproduction: Some("https://example.org/~user/r"),
            project: Some("https://example.org/{balanced}"),
            dataset: Some("http://example.org/data"),
        },
        modalities: &[Modality::ChestXray, Modality::Ct],
        llm: true,
        related: &["a-2024-specials"],
        unknown: &["author"],
        ..BASE
    },
];

#[test]
fn hard_text_names_and_links_read_back_identical() {
    assert_reads_back(&written(HARD), HARD);
}

/// The export path: a selection written by `export::bibtex` in the canonical
/// style reads back as the selected entries, in order.
#[test]
fn a_selection_exported_as_bibtex_reads_back_identical() {
    use rrg_catalog::export::bibtex::{Style, to_string};
    use rrg_catalog::{Filter, Kind};

    let selections = [
        Filter::new()
            .venue("MICCAI")
            .kind(Kind::Paper)
            .has_code()
            .since(2021),
        Filter::new().kind(Kind::Dataset),
        Filter::new().llm(true),
        Filter::new().search("chest").until(2022),
    ];
    for filter in selections {
        let selected: Vec<Entry> = rrg_catalog::select(filter).copied().collect();
        assert!(!selected.is_empty(), "{filter:?} selects nothing");
        // The reader checks `related` keys across the file, so a selection
        // reads back on its own only if it holds the works it relates to.
        assert!(
            selected
                .iter()
                .flat_map(|entry| entry.related)
                .all(|key| selected.iter().any(|entry| entry.answers_to(key))),
            "{filter:?} selects a work without the work it relates to"
        );
        let text = to_string(rrg_catalog::select(filter), Style::Canonical);
        assert_reads_back(&text, &selected);
    }
}
