//! What `cite!` and `bibliography!` accept, and what the compiler says about
//! what they reject.
//!
//! `tests/ui/pass/*.rs` must compile and run. `tests/ui/fail/*.rs` must fail
//! to compile with exactly the errors in the `.stderr` file beside each.
//!
//! The text of compiler errors changes between compiler versions, so the
//! snapshots are pinned to the toolchain CI uses: rustc 1.95. On any other
//! version the snapshot test fails (it does not skip): run the tests with
//! that toolchain (`cargo +1.95.0 test -p rrg-catalog --test cite_ui`), or,
//! when moving the project to a new toolchain, regenerate the snapshots with
//!
//! ```text
//! TRYBUILD=overwrite cargo test -p rrg-catalog --test cite_ui
//! ```
//!
//! then read every changed `.stderr` (each caret must stay under the
//! offending literal) and update [`PINNED_RUSTC`] in the same commit. The
//! pass suite does not depend on error text and runs on every version.

use std::process::Command;

/// The `rustc --version` prefix the snapshots were made with.
const PINNED_RUSTC: &str = "rustc 1.95.";

#[test]
fn accepted_uses_compile_and_run() {
    trybuild::TestCases::new().pass("tests/ui/pass/*.rs");
}

#[test]
fn rejected_uses_fail_with_the_recorded_errors() {
    let version = rustc_version();
    assert!(
        version.starts_with(PINNED_RUSTC),
        "the compile-error snapshots in tests/ui/fail are pinned to {PINNED_RUSTC}x, but this \
         is {version}. Run the tests with that toolchain, or regenerate the snapshots with \
         `TRYBUILD=overwrite cargo test -p rrg-catalog --test cite_ui`, review every changed \
         .stderr file, and update PINNED_RUSTC in tests/cite_ui.rs."
    );
    trybuild::TestCases::new().compile_fail("tests/ui/fail/*.rs");
}

/// The version of the compiler cargo builds with, as `rustc --version`
/// prints it.
fn rustc_version() -> String {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(&rustc)
        .arg("--version")
        .output()
        .unwrap_or_else(|error| panic!("cannot run {}: {error}", rustc.to_string_lossy()));
    assert!(output.status.success(), "`rustc --version` failed");
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}
