//! Uses the catalogue's types, constants, lookups and queries without std.
#![no_std]

use rrg_catalog::{Entry, Filter, Kind, Modality, YearRange, cite, entries};

/// A named constant and a compile-time checked citation.
pub const R2GEN: &Entry = entries::CHEN_ETAL_2020_GENERATING;
/// The same entry, through an alias.
pub const MIMIC: &Entry = cite!("mimic-cxr");

/// Looks a key or alias up; `None` for an unknown one.
pub fn year_of(key: &str) -> Option<u16> {
    rrg_catalog::get(key).and_then(|entry| entry.year)
}

/// Counts chest X-ray datasets of a range of years, e.g. `2021..2024`.
pub fn datasets_in(years: &str) -> Option<usize> {
    let years: YearRange = years.parse().ok()?;
    let filter = Filter::new()
        .years(years)
        .kind(Kind::Dataset)
        .modality(Modality::ChestXray);
    Some(rrg_catalog::select(filter).count())
}

/// Entries without a DOI or an arXiv identifier.
pub fn without_identifier() -> usize {
    rrg_catalog::completeness().without_doi_or_arxiv
}

/// A C entry point, so that the static library keeps the code above.
#[unsafe(no_mangle)]
pub extern "C" fn rrg_entry_count() -> usize {
    rrg_catalog::entries().len() + usize::from(year_of(R2GEN.key).is_some())
}

#[cfg(not(test))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
