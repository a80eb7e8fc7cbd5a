//! The public lists of the field, read together as `rrg import
//! ../shared/data/lists/*` reads them: how many items each file has and
//! how many of each status, against the current catalogue.

mod common;

use common::{counts, import, input, shared_lists};
use rrg_import::Status;

const LISTS: [&str; 7] = [
    "synlp-RRG-Review-README.md",
    "AlonzoLeeeooo-awesome-radiology-report-generation.md",
    "AlonzoLeeeooo-awesome-radiology-report-generation.bib",
    "mk-runner-Awesome-Radiology-Report-Generation.md",
    "Event-AHU-Medical_Image_Analysis-medical_report_generation.md",
    "Event-AHU-Medical_Image_Analysis-datasets.md",
    "Event-AHU-Medical_Image_Analysis-CT_paper_list.md",
];

#[test]
fn every_list_has_its_items_and_statuses() {
    let Some(dir) = shared_lists() else { return };
    let inputs: Vec<_> = LISTS.iter().map(|name| input(&dir, name)).collect();
    let report = import(&inputs);
    // The catalogue covers the lists: every item is matched or excluded.
    let expected = [
        // (file, items, matched, new, ambiguous, excluded)
        (LISTS[0], 119, 119, 0, 0, 0),
        (LISTS[1], 109, 109, 0, 0, 0),
        (LISTS[2], 109, 109, 0, 0, 0),
        (LISTS[3], 700, 654, 0, 0, 46),
        (LISTS[4], 203, 192, 0, 0, 11),
        (LISTS[5], 5, 5, 0, 0, 0),
        (LISTS[6], 2, 1, 0, 0, 1),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|&(f, i, m, n, a, e)| (f.to_owned(), i, m, n, a, e))
        .collect();
    assert_eq!(counts(&report), expected);
    assert_eq!(report.works, WORKS);
    assert!(report.unreadable.is_empty());
    // Every item has a status, a title and a line.
    assert!(
        report
            .items
            .iter()
            .all(|item| !item.title.is_empty() && item.line > 0)
    );
    assert!(
        report
            .items
            .iter()
            .filter(|item| item.status == Status::Matched)
            .all(|item| item.key.is_some())
    );
}

/// How many distinct works the seven files name together.
const WORKS: usize = 754;

#[test]
fn the_known_defects_of_the_lists_are_found() {
    let Some(dir) = shared_lists() else { return };
    let inputs: Vec<_> = LISTS.iter().map(|name| input(&dir, name)).collect();
    let report = import(&inputs);
    let alonzo = LISTS[1];
    let has = |file: &str, line: usize, code: &str| {
        report
            .defects
            .iter()
            .any(|d| d.file == file && d.line == line && d.code == code)
    };
    // `[[Paper]]()`: Medical Report Generation Is A Multi-label Classification Problem.
    assert!(has(alonzo, 118, "empty-link"));
    // HC-LLM's paper link is DART's; its code link is an arXiv PDF.
    assert!(has(alonzo, 89, "shared-paper-link"));
    assert!(has(alonzo, 89, "code-not-code-host"));
    // Two arXiv titles share 2410.17357.
    assert!(has(alonzo, 115, "shared-paper-link"));
    // TSGET's and Ultrasound-CLIP's code links are CAMANet's and CoGaze's.
    let mk_runner = LISTS[3];
    assert!(has(mk_runner, 817, "shared-code-link"));
    assert!(has(mk_runner, 317, "shared-code-link") || has(mk_runner, 1053, "shared-code-link"));
    // The .bib wraps author lists in braces.
    assert!(
        report
            .defects
            .iter()
            .any(|d| d.file == LISTS[2] && d.code == "braced-name-list")
    );
}

#[test]
fn the_other_files_of_the_folder_are_reported_not_panicked_on() {
    let Some(dir) = shared_lists() else { return };
    let mut inputs = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            inputs.push(input(&dir, &name));
        }
    }
    let report = import(&inputs);
    assert_eq!(report.files.len() + report.unreadable.len(), inputs.len());
    // The licences and SOURCES.md name no work.
    let empty: Vec<&str> = report
        .files
        .iter()
        .filter(|f| f.items == 0)
        .map(|f| f.file.as_str())
        .collect();
    assert_eq!(empty.len(), 4, "{empty:?}");
}
