//! The library behind the `rrg` command of
//! [rrg-catalog](https://crates.io/crates/rrg-catalog): the statistics, the
//! plot, and the list of files that `rrg regenerate` writes.
//!
//! Everything here is deterministic: the same catalogue gives the same
//! bytes, which the drift tests rely on.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod plot;
pub mod regenerate;
pub mod stats;
