//! The literature of radiology report generation (RRG) — papers, datasets,
//! toolkits and surveys — as a typed catalogue compiled into your program.
//!
//! The catalogue is curated in one biblatex file (`data/reference.bib`).
//! The code generator parses and validates it and generates Rust constants,
//! which ship in the crate (with the `reader` feature the build script does
//! the same at build time, for another `.bib` file or a subset), so at run
//! time nothing is parsed and nothing is allocated: [`entries()`](fn@entries)
//! is a `&'static` slice sorted by key, [`get`] is one probe of a hash table
//! built at compile time, and every query below is an iterator over that
//! slice.
//!
//! Next to the works, [`results()`](fn@results) holds the scores works
//! report and leaderboards measure, generated the same way from
//! `data/results.toml`: each value as printed, with its split, protocol,
//! provenance and quoted source row. [`mod@results`] queries them and ranks
//! works only within one protocol.
//!
//! ```
//! use rrg_catalog::{Kind, Filter};
//!
//! let r2gen = rrg_catalog::get("chen-etal-2020-generating").unwrap();
//! assert_eq!(r2gen.title, "Generating Radiology Reports via Memory-driven Transformer");
//! assert_eq!(r2gen.venue.short, "EMNLP");
//!
//! // The same entry as a named constant:
//! assert_eq!(r2gen, rrg_catalog::entries::CHEN_ETAL_2020_GENERATING);
//!
//! // MICCAI papers with code since 2021:
//! let with_code = Filter::new().venue("MICCAI").kind(Kind::Paper).has_code().since(2021);
//! for entry in rrg_catalog::select(with_code) {
//!     assert!(entry.year.unwrap() >= 2021 && entry.links.code.is_some());
//! }
//! ```
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod by_name;
mod cite;
#[cfg(feature = "std")]
pub mod export;
use rrg_model::lookup;
mod query;
pub mod results;

pub use by_name::{NameError, by_name, named};
#[doc(hidden)]
pub use cite::__private;
pub use query::*;
pub use rrg_model::{
    Completeness, EntryType, Evidence, Filter, Kind, Links, List, Modality, ParseEnumError, Person,
    Venue, YearRange, contains_ignore_case, same_name,
};

/// One work of the catalogue. See [`rrg_model::Entry`] for its fields.
pub type Entry = rrg_model::Entry<'static>;

// The catalogue's constants: the copy that ships in `src/generated/`, or
// with the `reader` feature what the build script generated (see build.rs).
#[allow(missing_docs, clippy::all)]
mod generated {
    #[cfg(not(rrg_catalog_generated))]
    include!("generated/catalog.rs");
    #[cfg(rrg_catalog_generated)]
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

#[allow(clippy::all)]
mod table {
    #[cfg(not(rrg_catalog_generated))]
    include!("generated/lookup.rs");
    #[cfg(rrg_catalog_generated)]
    include!(concat!(env!("OUT_DIR"), "/lookup.rs"));
}

/// One named constant per entry: `chen-etal-2020-generating` is
/// [`entries::CHEN_ETAL_2020_GENERATING`](mod@entries).
pub use generated::entries;

/// SHA-256 of the `data/reference.bib` this build was generated from.
pub const SOURCE_SHA256: &str = generated::SOURCE_SHA256;

/// The subset filter this build was made with (`RRG_CATALOG_FILTER` when
/// the crate was built with the `reader` feature), or `None` for the whole
/// catalogue.
///
/// A subset build keeps only the entries that meet every condition; the
/// aliases and named constants of the others are left out, so a
/// [`cite!`](crate::cite) of a left-out key fails to compile with a missing
/// constant in `entries`. `related` keys may name entries outside the subset.
///
/// ```sh
/// # rrg-catalog = { version = "0.1", features = ["reader"] }
/// RRG_CATALOG_FILTER="kind=dataset,year=2021..2024" cargo build
/// ```
///
/// Conditions, comma-separated, all of which must hold: `year=2021`,
/// `year=2021..2024` (also `2021..` and `..2024`), `venue=MICCAI`,
/// `kind=dataset`, `modality=chest-xray`, `code`, `llm=true` or
/// `llm=false`, and `text=memory`.
pub const SUBSET: Option<&str> = match env!("RRG_CATALOG_SUBSET").as_bytes() {
    [] => None,
    _ => Some(env!("RRG_CATALOG_SUBSET")),
};

/// Every key and alias this crate has ever shipped, sorted: each keeps
/// resolving with [`get`] in every later version (a key that changes
/// becomes an alias). Read from `data/shipped-keys.txt`.
///
/// ```
/// assert!(rrg_catalog::shipped_keys().all(|key| rrg_catalog::get(key).is_some()));
/// ```
pub fn shipped_keys() -> impl Iterator<Item = &'static str> + Clone {
    include_str!("../data/shipped-keys.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
}

/// The catalogue's exclusion list (`data/excluded.toml`): works it leaves
/// out on purpose, each with the reason, as TOML. `rrg import` reports list
/// items that match one as `excluded`.
pub const EXCLUDED: &str = include_str!("../data/excluded.toml");

/// Every score of the results table, sorted by dataset, split, target,
/// metric, protocol, work, variant and source: see [`mod@results`].
pub fn results() -> &'static [results::Score] {
    results::all()
}

/// Every entry, sorted by key.
pub fn entries() -> &'static [Entry] {
    &generated::ENTRIES
}

/// The entry with this key, or with this alias (an upstream key kept for
/// compatibility). Keys are case-sensitive.
///
/// One probe of a hash table of keys and aliases built at compile time
/// (at most half full, so a lookup compares one or two names).
///
/// ```
/// let entry = rrg_catalog::get("li-2019-etal-knowledge").expect("an upstream alias resolves");
/// assert_eq!(entry.key, "li-etal-2019-knowledge-driven");
/// assert!(rrg_catalog::get("no-such-key").is_none());
/// ```
pub fn get(key: &str) -> Option<&'static Entry> {
    lookup::find(entries(), &generated::ALIASES, &table::SLOTS, key)
}

/// The index in [`entries()`] of `entry` if it is an entry of this
/// catalogue: a reference into `entries()`, or an equal copy of one (a
/// constant of [`entries`]).
pub(crate) fn index_of(entry: &Entry) -> Option<usize> {
    let all = entries();
    let size = core::mem::size_of::<Entry>();
    let offset = (entry as *const Entry as usize).wrapping_sub(all.as_ptr() as usize);
    if offset < core::mem::size_of_val(all) && offset % size == 0 {
        return Some(offset / size);
    }
    let found = get(entry.key).filter(|found| *found == entry)?;
    index_of(found)
}

/// The canonical key for a key or alias.
///
/// ```
/// assert_eq!(rrg_catalog::canonical_key("wang-etal-2022-self"), Some("wang-etal-2023-self"));
/// ```
pub fn canonical_key(key: &str) -> Option<&'static str> {
    get(key).map(|entry| entry.key)
}

/// Every alias and the key of its entry, sorted by alias.
pub fn aliases() -> impl ExactSizeIterator<Item = (&'static str, &'static str)> {
    generated::ALIASES
        .iter()
        .map(|(alias, index)| (*alias, entries()[*index as usize].key))
}
