//! Every generated file committed to the repository is what the catalogue
//! gives now: each is regenerated in memory and compared byte for byte.

use std::path::Path;

use rrg_cli::regenerate::{COMMAND, GeneratedFile, files};

/// The committed catalogue source.
fn source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rrg-catalog/data/reference.bib");
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The committed results file.
fn results() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rrg-catalog/data/results.toml");
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn generated(path: &str) -> GeneratedFile {
    files(&source(), &results())
        .expect("the committed source loads")
        .into_iter()
        .find(|file| file.path == path)
        .unwrap_or_else(|| panic!("{path} is not a generated file"))
}

fn assert_up_to_date(path: &str) {
    let file = generated(path);
    let on_disk = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    let committed = std::fs::read_to_string(&on_disk).unwrap_or_else(|error| {
        panic!("{path} cannot be read ({error}); run `{COMMAND}` from the repository root")
    });
    if committed != file.contents {
        let line = committed
            .lines()
            .zip(file.contents.lines())
            .position(|(old, new)| old != new)
            .map_or_else(
                || "at the end".to_owned(),
                |at| format!("from line {}", at + 1),
            );
        panic!(
            "{path} is out of date ({line}): run `{COMMAND}` from the repository root and commit it"
        );
    }
}

#[test]
fn the_shipped_catalogue_code_is_up_to_date() {
    assert_up_to_date("rrg-catalog/src/generated/catalog.rs");
}

#[test]
fn the_shipped_lookup_table_is_up_to_date() {
    assert_up_to_date("rrg-catalog/src/generated/lookup.rs");
}

#[test]
fn the_macros_key_table_is_up_to_date() {
    assert_up_to_date("rrg-catalog/src/generated/keys.rs");
}

#[test]
fn the_json_schema_is_up_to_date() {
    assert_up_to_date("schema/catalog.schema.json");
}

#[test]
fn the_catalogue_json_is_up_to_date() {
    assert_up_to_date("schema/catalog.json");
}

#[test]
fn the_import_report_schema_is_up_to_date() {
    assert_up_to_date("schema/import-report.schema.json");
}

#[test]
fn the_shipped_keys_are_up_to_date() {
    assert_up_to_date("rrg-catalog/data/shipped-keys.txt");
}

#[test]
fn the_markdown_list_is_up_to_date() {
    assert_up_to_date("docs/papers.md");
}

#[test]
fn the_plot_is_up_to_date() {
    assert_up_to_date("docs/works-per-year.svg");
}

#[test]
fn the_shipped_results_code_is_up_to_date() {
    assert_up_to_date("rrg-catalog/src/generated/results.rs");
}

#[test]
fn the_results_schema_is_up_to_date() {
    assert_up_to_date("schema/results.schema.json");
}

#[test]
fn the_results_json_is_up_to_date() {
    assert_up_to_date("schema/results.json");
}

#[test]
fn the_results_csv_is_up_to_date() {
    assert_up_to_date("schema/results.csv");
}

#[test]
fn the_leaderboard_page_is_up_to_date() {
    assert_up_to_date("docs/results.md");
}

#[test]
fn the_results_plot_is_up_to_date() {
    assert_up_to_date("docs/bleu-4-per-year.svg");
}

#[test]
fn every_generated_file_has_a_drift_test() {
    let tested = [
        "rrg-catalog/src/generated/catalog.rs",
        "rrg-catalog/src/generated/lookup.rs",
        "rrg-catalog/src/generated/keys.rs",
        "rrg-catalog/src/generated/results.rs",
        "schema/catalog.schema.json",
        "schema/catalog.json",
        "schema/import-report.schema.json",
        "rrg-catalog/data/shipped-keys.txt",
        "docs/papers.md",
        "schema/results.schema.json",
        "schema/results.json",
        "schema/results.csv",
        "docs/results.md",
        "docs/bleu-4-per-year.svg",
        "docs/works-per-year.svg",
    ];
    let files = files(&source(), &results()).unwrap();
    let paths: Vec<&str> = files.iter().map(|file| file.path).collect();
    assert_eq!(paths, tested);
}

#[test]
fn generating_twice_gives_the_same_bytes() {
    assert_eq!(files(&source(), &results()), files(&source(), &results()));
}

#[test]
fn each_file_that_can_hold_a_note_says_it_is_generated() {
    let notes = [
        (
            "docs/papers.md",
            0,
            "<!-- generated from rrg-catalog/data/reference.bib",
        ),
        (
            "docs/works-per-year.svg",
            1,
            "<desc>generated from rrg-catalog/data/reference.bib",
        ),
        (
            "docs/results.md",
            0,
            "<!-- generated from rrg-catalog/data/results.toml",
        ),
        (
            "docs/bleu-4-per-year.svg",
            1,
            "<desc>generated from rrg-catalog/data/results.toml",
        ),
    ];
    for (path, line, start) in notes {
        let note = generated(path)
            .contents
            .lines()
            .nth(line)
            .unwrap()
            .to_owned();
        assert!(note.starts_with(start), "{path}: {note}");
        assert!(
            note.contains(&format!("do not edit; regenerate with `{COMMAND}`")),
            "{path}: {note}"
        );
    }
}
