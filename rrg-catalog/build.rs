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
//! conditions that every kept entry meets, read with the model's own
//! parsers, e.g. `kind=dataset,year=2021..2024`. See `parse_filter`.
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

/// Reading, validating and generating the catalogue.
#[cfg(feature = "reader")]
mod reader {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use rrg_bib::codegen::{SHIPPED, SHIPPED_SOURCE, generate as generate_code, lookup_table};
    use rrg_bib::model::{Filter, Kind, Modality, YearRange};
    use rrg_bib::{Rules, Source, bumpalo::Bump, load};

    use super::{SOURCE_OVERRIDE, SUBSET};

    pub fn generate() -> ExitCode {
        println!("cargo::rustc-cfg=rrg_catalog_generated");
        let subset = std::env::var(SUBSET).unwrap_or_default();
        let filter = match parse_filter(&subset) {
            Ok(filter) => filter,
            Err(error) => {
                eprintln!("error: {SUBSET}={subset:?}: {error}");
                eprintln!(
                    "help: conditions are comma-separated: year=2021..2024, venue=MICCAI, \
                     kind=dataset, modality=chest-xray, code, llm=true, text=memory"
                );
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
        let arena = Bump::new();
        let mut catalog = match load(Source::new(&name, &text), &arena, Rules { catalogue: true }) {
            Ok(catalog) => catalog,
            Err(report) => {
                eprintln!("{report}");
                return ExitCode::FAILURE;
            }
        };
        // The whole file is validated first; the subset only leaves entries out
        // (and with them their aliases and named constants).
        catalog
            .records
            .retain(|record| filter.matches(&record.entry));
        let code = generate_code(&catalog, SHIPPED);
        let out =
            Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.rs");
        if let Err(error) = std::fs::write(&out, code) {
            eprintln!("error: cannot write {}: {error}", out.display());
            return ExitCode::FAILURE;
        }
        let out = out.with_file_name("lookup.rs");
        if let Err(error) = std::fs::write(&out, lookup_table(&catalog, SHIPPED)) {
            eprintln!("error: cannot write {}: {error}", out.display());
            return ExitCode::FAILURE;
        }
        ExitCode::SUCCESS
    }

    /// Reads a subset filter: comma-separated conditions, all of which must
    /// hold. An empty text keeps everything.
    ///
    /// | condition | keeps |
    /// |---|---|
    /// | `year=2021`, `year=2021..2024`, `year=2021..`, `year=..2024` | those years |
    /// | `venue=MICCAI` | one venue, by short name (case-insensitive) |
    /// | `kind=dataset` | one role: paper, dataset, toolkit, survey |
    /// | `modality=chest-xray` | one modality |
    /// | `code` | works with official code |
    /// | `llm=true`, `llm=false` | works that do or do not involve an LLM |
    /// | `text=memory` | title, short name or an author contains the text |
    pub fn parse_filter(text: &str) -> Result<Filter<'_>, String> {
        let mut filter = Filter::new();
        for condition in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let (name, value) = match condition.split_once('=') {
                Some((name, value)) => (name.trim(), value.trim()),
                None => (condition, ""),
            };
            filter = match (name, value) {
                ("year" | "years", value) => filter.years(
                    value
                        .parse::<YearRange>()
                        .map_err(|error| format!("{condition}: {error}"))?,
                ),
                ("venue", value) if !value.is_empty() => filter.venue(value),
                ("kind", value) => filter.kind(
                    value
                        .parse::<Kind>()
                        .map_err(|error| format!("{condition}: {error}"))?,
                ),
                ("modality", value) => filter.modality(
                    value
                        .parse::<Modality>()
                        .map_err(|error| format!("{condition}: {error}"))?,
                ),
                ("code", "" | "true") => filter.has_code(),
                ("llm", "true") => filter.llm(true),
                ("llm", "false") => filter.llm(false),
                ("text", value) if !value.is_empty() => filter.search(value),
                _ => return Err(format!("cannot read the condition `{condition}`")),
            };
        }
        Ok(filter)
    }
}
