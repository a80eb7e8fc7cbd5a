//! The results table for other tools: JSON (with its JSON Schema), CSV and
//! a Markdown leaderboard page. Each takes the scores to write, so a
//! selection ([`crate::results::select`]) is one call; the same scores give
//! byte-identical text.
//!
//! | module | format | feature |
//! |---|---|---|
//! | [`csv`] | one row per score (RFC 4180) | `std` |
//! | [`markdown`] | one table per dataset, split, target and protocol | `std` |
//! | `json` | splits, protocols, sources and scores, valid against its schema | `json` |

pub mod csv;
#[cfg(feature = "json")]
pub mod json;
pub mod markdown;
