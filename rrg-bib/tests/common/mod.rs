//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The folder of material that lives beside the repository (`../shared`,
/// or `RRG_SHARED_DIR`), if it holds `data/lint-cases`. When it does not,
/// the tests that read it are skipped with a printed line, unless
/// `RRG_REQUIRE_SHARED=1` asks for them: then its absence fails.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("RRG_SHARED_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
        PathBuf::from,
    );
    if dir.join("data/lint-cases").is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("RRG_REQUIRE_SHARED").is_none_or(|v| v != "1"),
        "RRG_REQUIRE_SHARED=1, but the lint cases (data/lint-cases) are not in {}; set RRG_SHARED_DIR to the folder that holds them",
        dir.display()
    );
    // Straight to standard error: the test harness hides `eprintln!`.
    let line = format!(
        "skipped: the lint cases (data/lint-cases) are not in {}; set RRG_SHARED_DIR, or RRG_REQUIRE_SHARED=1 to fail instead\n",
        dir.display()
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), line.as_bytes());
    None
}
