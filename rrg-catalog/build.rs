//! The catalogue's constants are Rust source generated from
//! `data/reference.bib` by rrg-bib. A copy ships in the crate
//! (`src/generated/`), so a default build reads, parses and allocates
//! nothing here: this script then only checks that no variable below asks
//! for a catalogue the copy cannot be.
//!
//! With the `reader` feature, this script reads the `.bib` file, validates
//! it, and writes the typed catalogue to `$OUT_DIR` (the same text as the
//! shipped copy, for the shipped file), which the crate then compiles
//! instead. Any problem in the file fails the build with every finding
//! listed, each with its line and column.
//!
//! `RRG_CATALOG_BIB` may name another `.bib` file to build the catalogue
//! from (a lab's own bibliography; measurements at scale).
//!
//! `RRG_CATALOG_FILTER` builds only a subset: a comma-separated list of
//! conditions that every kept entry meets, e.g. `kind=dataset,year=2021..2024`
//! (read by `rrg_model::Filter::parse`, which lists them).
//!
//! Both need the `reader` feature.

use std::process::ExitCode;

const SOURCE_OVERRIDE: &str = "RRG_CATALOG_BIB";
const SUBSET: &str = "RRG_CATALOG_FILTER";

fn main() -> ExitCode {
    println!("cargo::rerun-if-env-changed={SOURCE_OVERRIDE}");
    println!("cargo::rerun-if-env-changed={SUBSET}");
    println!("cargo::rustc-check-cfg=cfg(rrg_catalog_generated)");
    #[cfg(feature = "reader")]
    let status = reader::generate();
    #[cfg(not(feature = "reader"))]
    let status = shipped();
    status
}

/// Without the reader, the shipped catalogue is the only one there is.
#[cfg(not(feature = "reader"))]
fn shipped() -> ExitCode {
    println!("cargo::rustc-env=RRG_CATALOG_SUBSET=");
    let asked: Vec<String> = [SOURCE_OVERRIDE, SUBSET]
        .into_iter()
        .filter_map(|name| {
            let value = std::env::var(name).ok()?;
            (!value.trim().is_empty()).then(|| format!("{name}={value:?}"))
        })
        .collect();
    if asked.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "error: {} asks for a catalogue other than the one rrg-catalog ships, \
         which needs the .bib reader",
        asked.join(" and ")
    );
    eprintln!(
        "help: enable the `reader` feature: rrg-catalog = {{ version = \"{}\", features = [\"reader\"] }}",
        env!("CARGO_PKG_VERSION")
    );
    ExitCode::FAILURE
}

/// Reading, validating and generating the catalogue: the one generate
/// function, with the file and the filter the variables name.
#[cfg(feature = "reader")]
mod reader {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use rrg_bib::generate::{SHIPPED, SHIPPED_SOURCE, crate_sources, write_into};
    use rrg_bib::model::Filter;

    use super::{SOURCE_OVERRIDE, SUBSET};

    pub fn generate() -> ExitCode {
        println!("cargo::rustc-cfg=rrg_catalog_generated");
        let subset = std::env::var(SUBSET).unwrap_or_default();
        let filter = match Filter::parse(&subset) {
            Ok(filter) => filter,
            Err(error) => {
                eprintln!("error: {SUBSET}={subset:?}: {error}");
                return ExitCode::FAILURE;
            }
        };
        println!("cargo::rustc-env=RRG_CATALOG_SUBSET={}", subset.trim());
        let manifest_dir = PathBuf::from(
            std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
        );
        let (path, name) = match std::env::var(SOURCE_OVERRIDE) {
            Ok(path) if !path.is_empty() => (PathBuf::from(&path), path),
            _ => (manifest_dir.join(SHIPPED_SOURCE), SHIPPED_SOURCE.to_owned()),
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
                    "help: set {SOURCE_OVERRIDE} to a readable .bib file, or unset it to use {SHIPPED_SOURCE}"
                );
                return ExitCode::FAILURE;
            }
        };
        let written = crate_sources(&name, &text, &filter, SHIPPED).and_then(|files| {
            let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
            write_into(Path::new(&out_dir), &files)
                .map_err(|error| format!("error: cannot write {error}"))
        });
        match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(report) => {
                eprintln!("{report}");
                ExitCode::FAILURE
            }
        }
    }
}
