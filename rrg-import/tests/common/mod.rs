//! What the integration tests share.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use rrg_import::{Exclusions, Input, Report};

/// The public lists beside the repository (`../shared/data/lists`, or
/// `RRG_SHARED_DIR/data/lists`). Absent: the checks that need them are
/// skipped with a printed line, unless `RRG_REQUIRE_SHARED=1` makes that a
/// failure (as CI does).
pub fn shared_lists() -> Option<PathBuf> {
    let dir = std::env::var_os("RRG_SHARED_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
        PathBuf::from,
    );
    let lists = dir.join("data/lists");
    if lists.join("SOURCES.md").is_file() {
        return Some(lists);
    }
    if std::env::var_os("RRG_REQUIRE_SHARED").is_some_and(|v| v == "1") {
        panic!(
            "RRG_REQUIRE_SHARED=1 but the public lists are not at {}; set RRG_SHARED_DIR",
            lists.display()
        );
    }
    // Straight to standard error: the test harness hides `eprintln!`.
    let line = format!(
        "skipped: the public lists are not at {} (set RRG_SHARED_DIR to run these checks)\n",
        lists.display()
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), line.as_bytes());
    None
}

/// The catalogue's exclusion list.
pub fn exclusions() -> Exclusions {
    Exclusions::from_toml(rrg_catalog::EXCLUDED).expect("the catalogue's exclusion list reads")
}

/// A file of `dir` as an input named by its file name.
pub fn input(dir: &Path, name: &str) -> Input {
    let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|error| panic!("{name}: {error}"));
    Input::new(name, bytes)
}

/// A fixture of `tests/fixtures/`.
pub fn fixture(path: &str) -> Input {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    let name = full.file_name().unwrap().to_string_lossy().into_owned();
    input(full.parent().unwrap(), &name)
}

/// Imports against the real catalogue.
pub fn import(inputs: &[Input]) -> Report {
    rrg_import::import(inputs, rrg_catalog::entries(), &exclusions())
}

/// `(items, matched, new, ambiguous, excluded)` of each file.
pub fn counts(report: &Report) -> Vec<(String, usize, usize, usize, usize, usize)> {
    report
        .files
        .iter()
        .map(|f| {
            (
                f.file.clone(),
                f.items,
                f.matched,
                f.new,
                f.ambiguous,
                f.excluded,
            )
        })
        .collect()
}

/// `file:line:col: code` of every defect.
pub fn defects(report: &Report) -> Vec<String> {
    report
        .defects
        .iter()
        .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.column, d.code))
        .collect()
}
