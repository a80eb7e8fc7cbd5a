//! Parse, validate and generate code from the biblatex source of
//! [rrg-catalog](https://crates.io/crates/rrg-catalog).
//!
//! This is the one place that reads `.bib` files. The catalogue's build
//! script, its `cite!` macro and its linter all use it, so they accept and
//! reject exactly the same input.
//!
//! ```
//! use rrg_bib::{Rules, Source, load};
//!
//! let text = r#"
//! @article{doe-2021-example,
//!   kind       = {paper}, evidence = {record},
//!   author     = {Doe, Jane},
//!   title      = {An Example},
//!   journaltitle = {Journal of Examples},
//!   shortvenue = {JoE},
//!   year       = {2021},
//! }
//! "#;
//! let arena = bumpalo::Bump::new();
//! let catalog = load(Source::new("example.bib", text), &arena, Rules { catalogue: true }).unwrap();
//! assert_eq!(catalog.records[0].entry.authors[0].family, "Doe");
//!
//! let broken = text.replace("2021", "20211");
//! let report = load(Source::new("example.bib", &broken), &arena, Rules { catalogue: true }).unwrap_err();
//! assert_eq!(
//!     report.headlines(),
//!     ["example.bib:8:17: error[implausible-year]: year `20211` is not a plausible four-digit year"]
//! );
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod addresses;
mod bibliography;
mod checks;
pub mod codes;
mod convert;
pub mod datamodel;
mod diagnostic;
pub mod generate;
mod latex;
mod linter;
mod names;
mod read;
pub mod results;
mod source;
pub mod values;

pub use bumpalo;
pub use checks::{SIMILAR_TITLE_THRESHOLD, normalised_title};
pub use convert::{Record, Rules, follows_key_convention};
pub use diagnostic::{Diagnostic, Level, Report};
pub use linter::{
    Decoded, LintLevel, LintOptions, LintedFile, UnknownCode, decode, levels, lint,
    lint_bibliography, lint_decoded,
};
/// The model the reader builds (for build scripts that depend on rrg-bib only).
pub use rrg_model as model;
pub use rrg_model::{const_name, suggest};
pub use source::{Lines, Position, Source};

use bumpalo::Bump;
use sha2::{Digest, Sha256};

/// A validated catalogue: its entries sorted by key, each with its place in
/// the source.
#[derive(Debug, Clone)]
pub struct Catalog<'a> {
    /// The file it was read from.
    pub source: Source<'a>,
    /// SHA-256 of the source text, in lowercase hex.
    pub sha256: String,
    /// The entries, sorted by key.
    pub records: Vec<Record<'a>>,
}

impl<'a> Catalog<'a> {
    /// The entry with this key or alias.
    pub fn get(&self, key: &str) -> Option<&Record<'a>> {
        self.records
            .iter()
            .find(|record| record.entry.answers_to(key))
    }

    /// How many aliases all entries have together.
    pub fn alias_count(&self) -> usize {
        self.records
            .iter()
            .map(|record| record.entry.aliases.len())
            .sum()
    }
}

/// Reads and checks a whole `.bib` file.
///
/// Returns every finding at once: the syntax of each entry, each field, and
/// the checks across entries (duplicate keys and aliases, the same work
/// twice, unknown `related` keys). Findings come sorted by position, each at
/// the default level of its class under `rules` (see [`codes::LINTS`]);
/// classes off by default are left out. [`lint`] does the same with levels
/// from a configuration.
pub fn check<'a>(
    source: Source<'a>,
    arena: &'a Bump,
    rules: Rules,
) -> (Vec<Record<'a>>, Report<'a>) {
    let (records, mut diagnostics) = check_records(source, arena, rules);
    let options = if rules.catalogue {
        LintOptions::catalogue()
    } else {
        LintOptions::user()
    };
    options.apply(&mut diagnostics);
    (records, Report::new(source, diagnostics))
}

fn check_records<'a>(
    source: Source<'a>,
    arena: &'a Bump,
    rules: Rules,
) -> (Vec<Record<'a>>, Vec<Diagnostic>) {
    let file = bibliography::check_files(&[source], arena, rules)
        .pop()
        .expect("one file in, one file out");
    (file.records, file.diagnostics)
}

/// Reads a `.bib` file into a [`Catalog`], or returns the report of every
/// error in it.
pub fn load<'a>(
    source: Source<'a>,
    arena: &'a Bump,
    rules: Rules,
) -> Result<Catalog<'a>, Report<'a>> {
    let (mut records, report) = check(source, arena, rules);
    if report.error_count() > 0 {
        return Err(report);
    }
    records.sort_by(|a, b| a.entry.key.cmp(b.entry.key));
    Ok(Catalog {
        source,
        sha256: sha256_hex(source.text),
        records,
    })
}

/// SHA-256 of a text, in lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}
