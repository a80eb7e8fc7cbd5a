//! Reads `data/reference.bib`, validates it, and writes the typed catalogue
//! to `$OUT_DIR/catalog.rs`. Any problem in the file fails the build with
//! every finding listed, each with its line and column.
//!
//! `RRG_CATALOG_BIB` may name another `.bib` file to build the catalogue
//! from (for tests and measurements at scale).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rrg_bib::codegen::{Provenance, generate};
use rrg_bib::{Rules, Source, bumpalo::Bump, load};

const DEFAULT_SOURCE: &str = "data/reference.bib";
const SOURCE_OVERRIDE: &str = "RRG_CATALOG_BIB";

fn main() -> ExitCode {
    println!("cargo::rerun-if-env-changed={SOURCE_OVERRIDE}");
    let manifest_dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let (path, name) = match std::env::var(SOURCE_OVERRIDE) {
        Ok(path) if !path.is_empty() => (PathBuf::from(&path), path),
        _ => (manifest_dir.join(DEFAULT_SOURCE), DEFAULT_SOURCE.to_owned()),
    };
    println!("cargo::rerun-if-changed={}", path.display());

    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!(
                "error: cannot read the catalogue source {}: {error}",
                path.display()
            );
            eprintln!(
                "help: set {SOURCE_OVERRIDE} to a readable .bib file, or unset it to use {DEFAULT_SOURCE}"
            );
            return ExitCode::FAILURE;
        }
    };
    let arena = Bump::new();
    let catalog = match load(Source::new(&name, &text), &arena, Rules { catalogue: true }) {
        Ok(catalog) => catalog,
        Err(report) => {
            eprintln!("{report}");
            return ExitCode::FAILURE;
        }
    };
    let code = generate(
        &catalog,
        Provenance {
            generator: "the build script of rrg-catalog (build.rs)",
            command: "cargo build -p rrg-catalog",
        },
    );
    let out =
        Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.rs");
    if let Err(error) = std::fs::write(&out, code) {
        eprintln!("error: cannot write {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
