//! The library behind the `rrg` command of
//! [rrg-catalog](https://crates.io/crates/rrg-catalog): the statistics, the
//! plot, the list of files that `rrg regenerate` writes, and the output of
//! `rrg lint`.
//!
//! Everything here is deterministic: the same catalogue gives the same
//! bytes, which the drift tests rely on.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod import;
pub mod lint;
pub mod plot;
pub mod regenerate;
pub mod results;
pub mod results_plot;
pub mod stats;
