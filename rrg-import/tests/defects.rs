//! Every class of defect at its exact line and column.

mod common;

use common::{defects, fixture, import};
use rrg_import::Input;

#[test]
fn every_class_of_list_defect() {
    let report = import(&[fixture("defects/links.md")]);
    assert_eq!(
        defects(&report),
        [
            "links.md:4:44: shared-paper-link",
            "links.md:6:1: shared-arxiv-id",
            "links.md:7:24: empty-link",
            "links.md:7:36: empty-link",
            "links.md:8:62: code-not-code-host",
            "links.md:12:1: year-conflict",
            "links.md:14:1: shared-doi",
            "links.md:16:72: shared-code-link",
        ]
    );
    // A shared code link is a warning: one lab's repository may hold both.
    assert_eq!(report.error_count(), 3);
}

#[test]
fn a_bib_file_gets_every_finding_of_the_linter() {
    let report = import(&[fixture("defects/braced.bib")]);
    assert_eq!(defects(&report), ["braced.bib:2:13: braced-name-list"]);
}

#[test]
fn bytes_that_are_not_utf8_are_reported_with_their_offset() {
    let report = import(&[Input::new(
        "latin1.md",
        b"- Caf\xe9 Reports for Everyone [[paper](https://x.org/a)]\n".to_vec(),
    )]);
    assert_eq!(defects(&report), ["latin1.md:1:6: non-utf8"]);
    assert!(report.defects[0].message.contains("byte offset 5"));
    assert_eq!(report.items[0].title, "Caf? Reports for Everyone");
}

#[test]
fn a_file_that_names_no_work() {
    let report = import(&[Input::new(
        "LICENSE",
        "MIT License\n\nPermission is hereby granted.\n",
    )]);
    assert_eq!(defects(&report), ["LICENSE:1:1: no-works"]);
}
