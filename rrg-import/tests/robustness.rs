//! Bad input gets a clear error or an item, never a panic: bytes that are
//! not UTF-8, files that are neither Markdown nor BibTeX, a 10 MB line,
//! 100,000 items, links with no address, nested brackets in titles, and
//! arbitrary text.

mod common;

use common::{defects, exclusions};
use proptest::prelude::*;
use rrg_import::{Input, Report};

fn run(inputs: &[Input]) -> Report {
    rrg_import::import(inputs, rrg_catalog::entries(), &exclusions())
}

#[test]
fn files_that_are_neither_markdown_nor_bibtex_are_refused_with_the_reason() {
    let report = run(&[
        Input::new("figure.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        Input::new("data", "{\"works\": [1, 2]}"),
        Input::new("results.csv", "model,bleu\nr2gen,0.1\n"),
        Input::new("page", "<!DOCTYPE html><html></html>"),
    ]);
    let errors: Vec<String> = report
        .unreadable
        .iter()
        .map(|u| format!("{}: {}", u.file, u.error))
        .collect();
    assert_eq!(
        errors,
        [
            "figure.png: binary data (a NUL byte at byte offset 8): neither Markdown nor BibTeX",
            "data: JSON: neither Markdown nor BibTeX",
            "results.csv: a .csv file is neither Markdown nor BibTeX",
            "page: XML or HTML: neither Markdown nor BibTeX",
        ]
    );
    assert!(report.items.is_empty());
}

#[test]
fn non_utf8_bytes_in_a_bib_file_are_reported_at_their_offset() {
    let report = run(&[Input::new(
        "refs.bib",
        b"@article{doe-2021-x,\n  author = {M\xfcller, Jan},\n  title = {A Study of Reports},\n  journal = {J},\n  year = {2021},\n}\n".to_vec(),
    )]);
    assert_eq!(defects(&report), ["refs.bib:2:14: non-utf8"]);
    assert!(report.defects[0].message.contains("byte offset 34"));
    assert_eq!(report.items.len(), 1);
}

#[test]
fn a_line_of_ten_megabytes() {
    let mut text = String::from("- A Very Long Title ");
    text.push_str(&"word ".repeat(2_000_000));
    text.push_str(
        "[[paper](https://x.org/long)]\n- A Short Work After It [[paper](https://x.org/short)]\n",
    );
    assert!(text.len() > 10_000_000);
    let report = run(&[Input::new("long.md", text)]);
    assert_eq!(report.items.len(), 2);
    assert_eq!(report.items[1].line, 2);
}

/// A title of six words from a small vocabulary, different for each `n`.
fn title(n: usize) -> String {
    const WORDS: [&str; 16] = [
        "amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "heron", "indigo",
        "juniper", "kelp", "lichen", "marble", "nectar", "onyx", "pumice",
    ];
    let mut x = n as u64 * 2_654_435_761 + 12345;
    let mut words = Vec::new();
    for _ in 0..6 {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        words.push(WORDS[(x >> 60) as usize]);
    }
    format!("{} {n}", words.join(" "))
}

#[test]
fn a_hundred_thousand_items() {
    let mut text = String::from("## 2024\n");
    for n in 0..100_000 {
        text.push_str(&format!("- {} [[paper](https://x.org/{n})]\n", title(n)));
    }
    let report = run(&[Input::new("big.md", text)]);
    assert_eq!(report.items.len(), 100_000);
    assert_eq!(report.items[99_999].line, 100_001);
}

#[test]
fn links_with_no_address_and_nested_brackets() {
    let text = "- A Work [With [Nested] Brackets] in Its Title [[paper]]() [[code]]\n- [[arXiv:2509.03903]()] **A Generative Work**, Ada Lovelace\n- Another Work [[paper]]\n";
    let report = run(&[Input::new("odd.md", text)]);
    let titles: Vec<&str> = report
        .items
        .iter()
        .map(|item| item.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "A Work [With [Nested] Brackets] in Its Title",
            "A Generative Work",
            "Another Work"
        ]
    );
    assert_eq!(report.items[1].arxiv.as_deref(), Some("2509.03903"));
    assert_eq!(
        defects(&report),
        [
            "odd.md:1:48: empty-link",
            "odd.md:1:60: empty-link",
            "odd.md:2:4: empty-link",
            "odd.md:3:16: empty-link"
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_markdown_never_panics(text in "[\\[\\]()*_#>|`!:'\\-\\n a-zA-Z0-9./]{0,300}") {
        let report = run(&[Input::new("any.md", text.clone())]);
        let _ = rrg_import::render::human(&report);
        let _ = rrg_import::write::candidates(&report, []);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = run(&[Input::new("any", bytes.clone()), Input::new("any.bib", bytes)]);
    }

    #[test]
    fn arbitrary_bibtex_never_panics(text in "(@[a-z]{0,8}[{(][a-z0-9-]{0,8},( ?[a-z]{1,8} ?= ?[{\"][^{}\"]{0,20}[}\"],?){0,4}[})]?\n?){0,4}") {
        let _ = run(&[Input::new("any.bib", text)]);
    }
}
