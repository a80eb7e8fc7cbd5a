//! What `cite!` and `bibliography!` accept, and what the compiler says about
//! what they reject.
//!
//! `tests/ui/pass/*.rs` must compile and run. `tests/ui/fail/*.rs` must fail
//! to compile with exactly the errors in the `.stderr` file beside each.
//!
//! The text of compiler errors changes between compiler versions, so the
//! snapshots are pinned to the toolchain CI uses: rustc 1.95. On any other
//! version the snapshot test is skipped with one line on standard error
//! (`skipped cite_ui::rejected_uses_fail_with_the_recorded_errors: …`);
//! with `RRG_REQUIRE_PINNED_RUSTC=1`, as CI runs it, another version fails
//! the test instead. To check the snapshots, run the tests with that
//! toolchain (`cargo +1.95.0 test -p rrg-catalog --test cite_ui`), or, when
//! moving the project to a new toolchain, regenerate them with
//!
//! ```text
//! TRYBUILD=overwrite cargo test -p rrg-catalog --test cite_ui
//! ```
//!
//! then read every changed `.stderr` (each caret must stay under the
//! offending literal) and update [`PINNED_RUSTC`] in the same commit. The
//! pass suite does not depend on error text and runs on every version.

mod common;

use std::process::Command;

/// The minor version of rustc the snapshots were made with.
const PINNED_RUSTC: &str = "1.95";

#[test]
fn accepted_uses_compile_and_run() {
    trybuild::TestCases::new().pass("tests/ui/pass/*.rs");
}

#[test]
fn rejected_uses_fail_with_the_recorded_errors() {
    let version = rustc_version();
    if !version.starts_with(&format!("rustc {PINNED_RUSTC}.")) {
        common::skip(
            "RRG_REQUIRE_PINNED_RUSTC",
            &format!(
                "the compile-error snapshots are pinned to rustc {PINNED_RUSTC} and this is {version}"
            ),
            &format!(
                "run `cargo +{PINNED_RUSTC}.0 test -p rrg-catalog --test cite_ui` to check them"
            ),
        );
        return;
    }
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
