//! Four list styles of our own, unlike the public lists: a Markdown table
//! of papers, venue-and-year headings over bold titles with authors after
//! a dash, paragraphs with bold bracket labels, and nested year/venue
//! items over linked titles.

mod common;

use common::{counts, defects, fixture, import};
use rrg_import::Status;

fn one(path: &str) -> rrg_import::Report {
    import(&[fixture(path)])
}

#[test]
fn a_table_of_papers() {
    let report = one("styles/table.md");
    assert_eq!(counts(&report), [("table.md".to_owned(), 3, 1, 1, 0, 1)]);
    let items = &report.items;
    assert_eq!(items[0].key.as_deref(), Some("chen-etal-2020-generating"));
    assert_eq!(
        (items[1].venue.as_deref(), items[1].year),
        (Some("MICCAI"), Some(2025))
    );
    assert_eq!(items[2].status, Status::Excluded);
    assert_eq!(defects(&report), ["table.md:6:116: code-not-code-host"]);
}

#[test]
fn venue_headings_over_bold_titles() {
    let report = one("styles/venue-headings.md");
    assert_eq!(
        counts(&report),
        [("venue-headings.md".to_owned(), 3, 1, 2, 0, 0)]
    );
    let items = &report.items;
    assert_eq!(
        items[0].title,
        "A Fictional Transformer for Chest X-ray Reports"
    );
    assert_eq!(items[0].authors, ["Ada Lovelace", "Alan Turing"]);
    assert_eq!(items[1].authors, ["Grace Hopper", "Edsger Dijkstra"]);
    assert_eq!(
        (items[1].venue.as_deref(), items[1].year),
        (Some("MICCAI"), Some(2023))
    );
    assert_eq!(items[2].key.as_deref(), Some("wang-etal-2022-automated"));
    assert!(items[2].authors_truncated);
    assert!(defects(&report).is_empty());
}

#[test]
fn paragraphs_with_bold_bracket_labels() {
    let report = one("styles/bracket-paragraphs.md");
    assert_eq!(
        counts(&report),
        [("bracket-paragraphs.md".to_owned(), 3, 2, 1, 0, 0)]
    );
    // `2499.00001` has no 99th month: no arXiv id.
    assert_eq!(report.items[1].arxiv, None);
    assert_eq!(report.items[1].venue.as_deref(), Some("arXiv"));
    assert_eq!(report.items[2].differences[0].field, "project");
}

#[test]
fn nested_years_and_venues_over_linked_titles() {
    let report = one("styles/nested-years.md");
    assert_eq!(
        counts(&report),
        [("nested-years.md".to_owned(), 2, 1, 1, 0, 0)]
    );
    let items = &report.items;
    assert_eq!((items[0].line, items[0].column), (5, 5));
    assert_eq!(
        (items[1].venue.as_deref(), items[1].year),
        (Some("arXiv"), Some(2023))
    );
    assert_eq!(items[1].arxiv.as_deref(), Some("2311.99999"));
}

#[test]
fn a_name_the_catalogue_does_not_give_the_work_is_a_difference() {
    let list = "\
# Papers

- ***R2Gen:*** Generating Radiology Reports via Memory-driven Transformer [[paper]](https://aclanthology.org/2020.emnlp-main.112/)
- ***MemRG:*** Cross-modal Memory Networks for Radiology Report Generation [[paper]](https://aclanthology.org/2021.acl-long.459.pdf)
";
    let report = import(&[rrg_import::Input::new("names.md", list)]);
    let items = &report.items;
    assert_eq!(items[0].key.as_deref(), Some("chen-etal-2020-generating"));
    assert!(items[0].differences.iter().all(|d| d.field != "name"));
    assert_eq!(items[1].key.as_deref(), Some("chen-etal-2021-cross-modal"));
    let name = items[1]
        .differences
        .iter()
        .find(|d| d.field == "name")
        .expect("MemRG is no name of the work");
    assert_eq!(
        (name.list.as_str(), name.catalogue.as_deref()),
        ("MemRG", Some("R2GenCMN"))
    );
}

#[test]
fn a_new_work_known_by_its_name_is_keyed_by_it() {
    let list = "\
## 2024

- ***ZetaGen:*** A Fictional Generator of Imaginary Reports (**MICCAI'24**) [[paper](https://example.org/zetagen)]
- Another Fictional Work Without a Name (**TMI'24**) [[paper](https://example.org/other)]
";
    let report = import(&[rrg_import::Input::new("named.md", list)]);
    let taken = rrg_catalog::entries().iter().map(|entry| entry.key);
    let text = rrg_import::write::candidates(&report, taken);
    assert!(text.contains("{zetagen-2024,"), "{text}");
    assert!(text.contains("{tmi-2024-another,"), "{text}");
}
