//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The curation material that lives beside the repository (`../shared`):
/// the seed README and the collected facts. Its absence is an error, not a
/// silent skip; set `RRG_SKIP_SHARED=1` to skip these checks on purpose.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("RRG_SHARED_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
        PathBuf::from,
    );
    if dir.join("data/catalog-facts.json").is_file() {
        return Some(dir);
    }
    if std::env::var_os("RRG_SKIP_SHARED").is_some_and(|v| v == "1") {
        eprintln!("RRG_SKIP_SHARED=1: checks against the shared curation material are skipped");
        return None;
    }
    panic!(
        "the curation material (data/catalog-facts.json, seed/) is not at {}; \
         set RRG_SHARED_DIR to its folder, or RRG_SKIP_SHARED=1 to skip these checks on purpose",
        dir.display()
    );
}

/// Lowercase letters and digits only: what two spellings of a title share.
pub fn normalised(text: &str) -> String {
    rrg_bib::normalised_title(text)
}
