//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The file whose presence says a folder holds the curation material.
const SHARED_MARKER: &str = "data/catalog-facts.json";

/// The curation material (the seed README, the collected facts, the CSL-JSON
/// schema): the folder named by `RRG_SHARED_DIR`, or else `../shared` beside
/// the repository.
///
/// `None` when it is not there: the calling test then returns early, after
/// one line on standard error that names it and says how to run it (see
/// [`skip`]). With `RRG_REQUIRE_SHARED=1`, as CI runs the tests, the absence
/// fails the test instead. A folder named by `RRG_SHARED_DIR` that does not
/// hold the material is always a failure: it was asked for.
pub fn shared_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("RRG_SHARED_DIR") {
        let dir = PathBuf::from(dir);
        assert!(
            dir.join(SHARED_MARKER).is_file(),
            "RRG_SHARED_DIR is {}, which holds no {SHARED_MARKER}",
            dir.display()
        );
        return Some(dir);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    if dir.join(SHARED_MARKER).is_file() {
        return Some(dir);
    }
    skip(
        "RRG_REQUIRE_SHARED",
        "the curation material is not in ../shared beside the repository",
        "set RRG_SHARED_DIR to its folder to run it",
    );
    None
}

/// Skips the running test: writes `skipped <test>: <why>; <to_run>` as one
/// line on standard error, where the caller then returns. When the variable
/// `require` is set (to anything but `0`), fails the test instead, so that a
/// run that must be complete (CI) never passes by skipping.
///
/// libtest captures what `eprintln!` writes and shows it only for failed
/// tests; a line written to standard error directly is always shown.
pub fn skip(require: &str, why: &str, to_run: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    let crate_name = env!("CARGO_CRATE_NAME");
    if std::env::var_os(require).is_some_and(|value| !value.is_empty() && value != "0") {
        panic!("{why}, and {require} is set: this test may not be skipped; {to_run}");
    }
    let line = format!("skipped {crate_name}::{test}: {why}; {to_run}\n");
    // One write of the whole line, so that parallel tests do not interleave.
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}

/// Lowercase letters and digits only: what two spellings of a title share.
pub fn normalised(text: &str) -> String {
    rrg_bib::normalised_title(text)
}

/// A CSV export read back with the `csv` crate: its header must be
/// `columns`; the rows follow.
pub fn read_csv(text: &str, columns: &[&str]) -> Vec<csv::StringRecord> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, columns);
    reader.records().map(Result::unwrap).collect()
}
