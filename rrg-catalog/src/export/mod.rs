//! The catalogue, or any selection of it, for other tools.
//!
//! Every export takes the entries to write, so a selection is one call:
//!
//! ```
//! use rrg_catalog::export::bibtex::{self, Style};
//! use rrg_catalog::{Filter, Kind};
//!
//! // MICCAI papers with code since 2021, as BibTeX
//! let miccai = Filter::new().venue("MICCAI").kind(Kind::Paper).has_code().since(2021);
//! let bib = bibtex::to_string(rrg_catalog::select(miccai), Style::Canonical);
//! assert!(bib.starts_with('@'));
//! ```
//!
//! | module | format | feature |
//! |---|---|---|
//! | [`bibtex`] | biblatex, canonical or portable | `std` |
//! | [`csv`] | one row per work (RFC 4180) | `std` |
//! | [`markdown`] | the survey's list: papers by year, data sets, toolkits | `std` |
//! | `json` | the catalogue as JSON, valid against its schema | `json` |
//! | `csl` | CSL-JSON, for Zotero, pandoc and citeproc | `json` |
//! | `schema` | the JSON Schema of the `json` export | `schemars` |
//! | [`results`] | the results table: JSON and its schema, CSV, Markdown | `std` |
//!
//! Text formats write to any [`core::fmt::Write`] (a `String`, a
//! formatter); the JSON formats write to any [`std::io::Write`]. Each module
//! has a `to_string` too. Output depends only on the entries given and their
//! order: the same entries give byte-identical text.

pub mod bibtex;
#[cfg(feature = "json")]
pub mod csl;
pub mod csv;
#[cfg(feature = "json")]
pub mod json;
pub mod markdown;
pub mod results;
#[cfg(feature = "schemars")]
pub mod schema;
