//! The data model of [rrg-catalog](https://crates.io/crates/rrg-catalog): one
//! definition of an entry of the radiology-report-generation literature.
//!
//! Every type here borrows its text (`&'a str`, `&'a [T]`), so the same
//! definition serves two worlds:
//!
//! - `rrg-catalog` holds the catalogue as `Entry<'static>` constants generated
//!   at build time: no parsing and no allocation at run time;
//! - `rrg-bib` parses `.bib` files into `Entry<'arena>` values that borrow
//!   from an arena, validates them, and generates those constants.
//!
//! The crate is `no_std` unless the `std` feature (on by default) is enabled.
//! The optional `serde` and `schemars` features derive `Serialize` and
//! `JsonSchema`; `codegen` turns values back into Rust source ([`tokens`]).
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[macro_use]
mod macros;

pub mod bibtex;
mod completeness;
mod entry;
mod enums;
pub mod fields;
mod filter;
mod filter_text;
#[cfg(feature = "std")]
mod ident;
pub mod lookup;
mod names;
pub mod results;
#[cfg(feature = "schemars")]
pub mod schema;
#[cfg(feature = "std")]
pub mod suggest;
mod text;
#[cfg(feature = "codegen")]
pub mod tokens;

pub use completeness::Completeness;
pub use entry::{Entry, FIRST_YEAR, LAST_YEAR, Links, Person, Venue};
pub use enums::{EntryType, Evidence, Kind, Level, List, Modality, ParseEnumError};
pub use filter::{Filter, ParseYearRangeError, YearRange};
pub use filter_text::{FILTER_CONDITIONS, FilterErrorReason, ParseFilterError};
#[cfg(feature = "std")]
pub use ident::const_name;
pub use names::{NameError, by_name, folded_name, named, same_name};
pub use text::{cmp_ignore_case, contains_ignore_case, eq_ignore_case};
