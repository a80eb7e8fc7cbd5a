//! Results: the scores works report and leaderboards measure, as constants
//! generated from `data/results.toml` like the entries.
//!
//! Every [`Score`] names its work and dataset by catalogue key (checked when
//! the constants were generated), the split, target section and
//! [`Protocol`] it was measured under, the value exactly as printed, its
//! [`Provenance`] and the source table with the quoted row. Scores are
//! comparable only within one dataset, split, target, metric and protocol:
//! [`leaderboard`] ranks works within exactly one such group and refuses to
//! merge groups.
//!
//! ```
//! use rrg_catalog::results::{Metric, Provenance, ScoreFilter};
//!
//! let r2gen = rrg_catalog::by_name("R2Gen").unwrap();
//! let bleu4 = ScoreFilter::new().work(r2gen.key).metric(Metric::Bleu4);
//! for score in rrg_catalog::results::select(bleu4) {
//!     assert_eq!(score.work, "chen-etal-2020-generating");
//!     assert!(!score.quote.is_empty());
//! }
//! assert!(rrg_catalog::results().iter().any(|s| s.provenance == Provenance::Measured));
//! ```

#[cfg(feature = "std")]
mod leaderboard;

#[cfg(feature = "std")]
pub use leaderboard::{Leaderboard, LeaderboardError, Standing, leaderboard, leaderboards};
pub use rrg_model::results::{
    Averaging, Labeler, Metric, Part, Printed, Provenance, Scale, Target, Uncertain,
};

use crate::Entry;

/// One score. See [`rrg_model::results::Score`] for its fields.
pub type Score = rrg_model::results::Score<'static>;
/// A test or validation set. See [`rrg_model::results::Split`].
pub type Split = rrg_model::results::Split<'static>;
/// How scores were computed. See [`rrg_model::results::Protocol`].
pub type Protocol = rrg_model::results::Protocol<'static>;
/// Where scores were read. See [`rrg_model::results::ResultSource`].
pub type ResultSource = rrg_model::results::ResultSource<'static>;

#[allow(missing_docs, clippy::all)]
mod generated {
    #[cfg(not(rrg_catalog_generated))]
    include!("../generated/results.rs");
    #[cfg(rrg_catalog_generated)]
    include!(concat!(env!("OUT_DIR"), "/results.rs"));
}

/// SHA-256 of the `data/results.toml` this build was generated from.
pub const RESULTS_SHA256: &str = generated::RESULTS_SHA256;

/// Every score, sorted by dataset, split, target, metric, protocol, work,
/// variant and source.
pub fn all() -> &'static [Score] {
    &generated::SCORES
}

/// Every split scores are measured on.
pub fn splits() -> &'static [Split] {
    &generated::SPLITS
}

/// Every protocol.
pub fn protocols() -> &'static [Protocol] {
    &generated::PROTOCOLS
}

/// Every source table.
pub fn sources() -> &'static [ResultSource] {
    &generated::SOURCES
}

/// The split with this identifier.
///
/// ```
/// let split = rrg_catalog::results::split("rexrank-mimic-cxr-test").unwrap();
/// assert_eq!(split.dataset, "johnson-etal-2019-mimic-cxr-de-identified");
/// ```
pub fn split(id: &str) -> Option<&'static Split> {
    splits().iter().find(|split| split.id == id)
}

/// The protocol with this identifier.
pub fn protocol(id: &str) -> Option<&'static Protocol> {
    protocols().iter().find(|protocol| protocol.id == id)
}

/// Which scores to keep: every condition set must hold. Work and dataset
/// may be given by key, alias or name; one that names no entry keeps
/// nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreFilter<'q> {
    work: Option<&'q str>,
    dataset: Option<&'q str>,
    split: Option<&'q str>,
    metric: Option<Metric>,
    provenance: Option<Provenance>,
}

impl<'q> ScoreFilter<'q> {
    /// Keeps every score.
    pub const fn new() -> Self {
        ScoreFilter {
            work: None,
            dataset: None,
            split: None,
            metric: None,
            provenance: None,
        }
    }

    /// Scores of one work.
    pub const fn work(mut self, work: &'q str) -> Self {
        self.work = Some(work);
        self
    }

    /// Scores on one dataset.
    pub const fn dataset(mut self, dataset: &'q str) -> Self {
        self.dataset = Some(dataset);
        self
    }

    /// Scores on one split, by its identifier.
    pub const fn split(mut self, split: &'q str) -> Self {
        self.split = Some(split);
        self
    }

    /// Scores of one metric.
    pub const fn metric(mut self, metric: Metric) -> Self {
        self.metric = Some(metric);
        self
    }

    /// Scores of one provenance.
    pub const fn provenance(mut self, provenance: Provenance) -> Self {
        self.provenance = Some(provenance);
        self
    }

    /// Whether `score` meets every condition. Resolves the work and the
    /// dataset each time; [`select`] resolves them once.
    pub fn matches(&self, score: &Score) -> bool {
        self.resolved().matches(score)
    }

    /// The conditions with the work and the dataset resolved to keys.
    fn resolved(&self) -> Resolved<'q> {
        Resolved {
            work: self.work.map(resolve),
            dataset: self.dataset.map(resolve),
            split: self.split,
            metric: self.metric,
            provenance: self.provenance,
        }
    }
}

/// A [`ScoreFilter`] whose work and dataset are keys: `Some(None)` is a
/// condition that names no entry, which nothing meets.
struct Resolved<'q> {
    work: Option<Option<&'static str>>,
    dataset: Option<Option<&'static str>>,
    split: Option<&'q str>,
    metric: Option<Metric>,
    provenance: Option<Provenance>,
}

impl Resolved<'_> {
    fn matches(&self, score: &Score) -> bool {
        let is = |wanted: Option<Option<&str>>, key: &str| {
            wanted.is_none_or(|wanted| wanted == Some(key))
        };
        is(self.work, score.work)
            && is(self.dataset, score.dataset)
            && self.split.is_none_or(|split| split == score.split.id)
            && self.metric.is_none_or(|metric| metric == score.metric)
            && self
                .provenance
                .is_none_or(|provenance| provenance == score.provenance)
    }
}

/// The name the work with this key is known by (`R2Gen`), else the key:
/// how tables and plots of results name works and datasets.
///
/// ```
/// assert_eq!(rrg_catalog::results::known_as("chen-etal-2020-generating"), "R2Gen");
/// assert_eq!(rrg_catalog::results::known_as("no-such-key"), "no-such-key");
/// ```
pub fn known_as(key: &str) -> &str {
    crate::get(key)
        .and_then(|entry| entry.short_name)
        .unwrap_or(key)
}

/// The key of the entry a key, alias or name stands for.
fn resolve(wanted: &str) -> Option<&'static str> {
    crate::get(wanted)
        .map(|entry| entry.key)
        .or_else(|| crate::by_name(wanted).ok().map(|entry| entry.key))
}

/// The scores a [`ScoreFilter`] keeps, in the order of [`all`].
pub fn select(filter: ScoreFilter<'_>) -> impl Iterator<Item = &'static Score> + '_ {
    let resolved = filter.resolved();
    all().iter().filter(move |score| resolved.matches(score))
}

/// The scores of a work, as methods on an entry.
pub trait EntryResults {
    /// The scores of this work (as the method measured, not as a dataset).
    ///
    /// ```
    /// use rrg_catalog::results::EntryResults;
    /// let chexagent = rrg_catalog::by_name("CheXagent").unwrap();
    /// assert!(chexagent.results().all(|score| score.work == chexagent.key));
    /// assert!(chexagent.results().count() > 0);
    /// ```
    fn results(&self) -> impl Iterator<Item = &'static Score> + '_;

    /// The scores measured on this dataset.
    fn results_on(&self) -> impl Iterator<Item = &'static Score> + '_;
}

impl EntryResults for Entry {
    fn results(&self) -> impl Iterator<Item = &'static Score> + '_ {
        all().iter().filter(move |score| score.work == self.key)
    }

    fn results_on(&self) -> impl Iterator<Item = &'static Score> + '_ {
        all().iter().filter(move |score| score.dataset == self.key)
    }
}
