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
//! `RRG_CATALOG_RESULTS` may name another results file (empty: none). By
//! default the shipped `.bib` file goes with `data/results.toml`, and
//! another `.bib` file with no results.
//!
//! All three need the `reader` feature.

use std::process::ExitCode;

const SOURCE_OVERRIDE: &str = "RRG_CATALOG_BIB";
const SUBSET: &str = "RRG_CATALOG_FILTER";
const RESULTS_OVERRIDE: &str = "RRG_CATALOG_RESULTS";

fn main() -> ExitCode {
    println!("cargo::rerun-if-env-changed={SOURCE_OVERRIDE}");
    println!("cargo::rerun-if-env-changed={SUBSET}");
    println!("cargo::rerun-if-env-changed={RESULTS_OVERRIDE}");
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
    let asked: Vec<String> = [SOURCE_OVERRIDE, SUBSET, RESULTS_OVERRIDE]
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

    use rrg_bib::Source;
    use rrg_bib::generate::{Inputs, SHIPPED, SHIPPED_SOURCE, crate_sources, write_into};
    use rrg_bib::model::Filter;
    use rrg_bib::results::SHIPPED_RESULTS;

    use super::{RESULTS_OVERRIDE, SOURCE_OVERRIDE, SUBSET};

    /// A file's text, or the error to print.
    fn read(path: &Path, what: &str, variable: &str) -> Result<String, String> {
        println!("cargo::rerun-if-changed={}", path.display());
        std::fs::read_to_string(path).map_err(|error| {
            format!(
                "error: cannot read the {what} {}: {error}\n\
                 help: set {variable} to a readable file, or unset it to use the shipped one",
                path.display()
            )
        })
    }

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
        let results = match std::env::var(RESULTS_OVERRIDE) {
            Ok(path) if path.is_empty() => None,
            Ok(path) => Some((PathBuf::from(&path), path)),
            Err(_) if name == SHIPPED_SOURCE => Some((
                manifest_dir.join(SHIPPED_RESULTS),
                SHIPPED_RESULTS.to_owned(),
            )),
            Err(_) => None,
        };
        let written = read(&path, "catalogue source", SOURCE_OVERRIDE).and_then(|text| {
            let results_text = match &results {
                Some((path, _)) => Some(read(path, "results file", RESULTS_OVERRIDE)?),
                None => None,
            };
            let inputs = Inputs {
                bib: Source::new(&name, &text),
                results: results
                    .as_ref()
                    .zip(results_text.as_deref())
                    .map(|((_, name), text)| Source::new(name, text)),
            };
            let generated = crate_sources(inputs, &filter, SHIPPED)?;
            // Conflicts between sources are facts about the literature, not
            // errors: the build reports them and goes on.
            for warning in &generated.warnings {
                let headline = warning.lines().next().unwrap_or_default();
                println!("cargo::warning={headline}");
            }
            let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
            write_into(Path::new(&out_dir), &generated.files)
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
