//! Queries over the catalogue. Each returns an iterator over `&'static`
//! entries in key order; none allocates.

use crate::{Completeness, Entry, Filter, Kind, Modality, YearRange, entries};

/// The entries a [`Filter`] keeps.
///
/// ```
/// use rrg_catalog::{Filter, Modality};
/// let chest_llm = rrg_catalog::select(Filter::new().modality(Modality::ChestXray).llm(true));
/// assert!(chest_llm.count() > 0);
/// ```
pub fn select(filter: Filter<'_>) -> impl Iterator<Item = &'static Entry> + Clone + '_ {
    entries().iter().filter(move |entry| filter.matches(entry))
}

/// Works published in one year.
///
/// ```
/// assert!(rrg_catalog::published_in(2023).all(|entry| entry.year == Some(2023)));
/// ```
pub fn published_in(year: u16) -> impl Iterator<Item = &'static Entry> + Clone {
    select(Filter::new().year(year))
}

/// Works published in a range of years (both ends included).
///
/// ```
/// let range = "2021..2022".parse().unwrap();
/// assert!(rrg_catalog::published_between(range).all(|e| matches!(e.year, Some(2021 | 2022))));
/// ```
pub fn published_between(years: YearRange) -> impl Iterator<Item = &'static Entry> + Clone {
    select(Filter::new().years(years))
}

/// Works of one venue, by its short name or its full title
/// (case-insensitive).
///
/// ```
/// assert!(rrg_catalog::at_venue("miccai").all(|entry| entry.venue.short == "MICCAI"));
/// let by_title: Vec<_> = rrg_catalog::at_venue("Medical Image Analysis").collect();
/// assert!(!by_title.is_empty() && by_title.iter().all(|entry| entry.venue.short == "MedIA"));
/// ```
pub fn at_venue(name: &str) -> impl Iterator<Item = &'static Entry> + Clone + '_ {
    select(Filter::new().venue(name))
}

/// Works that play one role.
///
/// ```
/// use rrg_catalog::Kind;
/// assert!(rrg_catalog::of_kind(Kind::Dataset).any(|e| e.short_name == Some("MIMIC-CXR")));
/// ```
pub fn of_kind(kind: Kind) -> impl Iterator<Item = &'static Entry> + Clone {
    select(Filter::new().kind(kind))
}

/// Works about one imaging modality.
///
/// ```
/// use rrg_catalog::Modality;
/// assert!(rrg_catalog::about_modality(Modality::Ffa).count() >= 1);
/// ```
pub fn about_modality(modality: Modality) -> impl Iterator<Item = &'static Entry> + Clone {
    select(Filter::new().modality(modality))
}

/// Works with official code.
///
/// ```
/// assert!(rrg_catalog::with_code().all(|entry| entry.links.code.is_some()));
/// ```
pub fn with_code() -> impl Iterator<Item = &'static Entry> + Clone {
    select(Filter::new().has_code())
}

/// Works that involve a large language model.
///
/// ```
/// assert!(rrg_catalog::involving_llm().any(|entry| entry.title.contains("Large Language Models")));
/// ```
pub fn involving_llm() -> impl Iterator<Item = &'static Entry> + Clone {
    select(Filter::new().llm(true))
}

/// Works whose title, short name or an author contains `text`, ignoring case.
///
/// ```
/// assert!(rrg_catalog::search("memory-driven").any(|e| e.key == "chen-etal-2020-generating"));
/// assert!(rrg_catalog::search("CHEN").count() > 1);
/// ```
pub fn search(text: &str) -> impl Iterator<Item = &'static Entry> + Clone + '_ {
    select(Filter::new().search(text))
}

/// How complete the facts of the whole catalogue are.
///
/// ```
/// let report = rrg_catalog::completeness();
/// assert_eq!(report.entries, rrg_catalog::entries().len());
/// ```
pub fn completeness() -> Completeness {
    Completeness::of(entries())
}
