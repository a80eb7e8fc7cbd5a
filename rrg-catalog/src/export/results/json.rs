//! The results table as JSON, valid against the schema [`schema`] gives
//! (committed as `schema/results.schema.json`).
//!
//! Splits, protocols and source tables are written once each; a score names
//! them by `id`. Every field is present; an unknown value is `null`.

use std::io;

use serde::Serialize;

use crate::export::json::write_pretty;
use crate::results::{Metric, Protocol, ResultSource, Score, Split};

/// The version of this format. It changes when a field is added, removed
/// or changes its meaning.
pub const FORMAT_VERSION: u32 = 1;

/// The JSON document of the results table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schemars",
    schemars(
        rename = "Results",
        title = "rrg-catalog results",
        description = "Scores of radiology report generation works, each with its dataset, split, target section, protocol, provenance and source, as exported by rrg-catalog. Scores are comparable only when dataset, split, target, metric and protocol all agree.",
        transform = rrg_model::schema::titles_from_names
    )
)]
pub struct Document<'s> {
    /// The version of this format (see `FORMAT_VERSION` in
    /// rrg-catalog's `export::results::json`).
    #[cfg_attr(feature = "schemars", schemars(extend("const" = FORMAT_VERSION)))]
    pub format_version: u32,
    /// SHA-256, in lowercase hex, of the results file
    /// (`rrg-catalog/data/results.toml`).
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^[0-9a-f]{64}$")))]
    pub results_sha256: &'static str,
    /// SHA-256, in lowercase hex, of the catalogue whose keys the scores
    /// name (`rrg-catalog/data/reference.bib`).
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^[0-9a-f]{64}$")))]
    pub source_sha256: &'static str,
    /// Every metric: what a score's `metric` names.
    pub metrics: Vec<MetricInfo>,
    /// Every split.
    pub splits: &'static [Split],
    /// Every protocol.
    pub protocols: &'static [Protocol],
    /// Every source table.
    pub sources: &'static [ResultSource],
    /// The number of scores in `scores`.
    pub count: usize,
    /// The scores, in the order given (that of `rrg_catalog::results()` for
    /// the whole table).
    pub scores: Vec<&'s Score>,
}

impl<'s> Document<'s> {
    /// The document for `scores`, in the order given.
    pub fn new(scores: impl IntoIterator<Item = &'s Score>) -> Self {
        let scores: Vec<&Score> = scores.into_iter().collect();
        Document {
            format_version: FORMAT_VERSION,
            results_sha256: crate::results::RESULTS_SHA256,
            source_sha256: crate::SOURCE_SHA256,
            metrics: Metric::ALL.iter().copied().map(MetricInfo::of).collect(),
            splits: crate::results::splits(),
            protocols: crate::results::protocols(),
            sources: crate::results::sources(),
            count: scores.len(),
            scores,
        }
    }
}

/// What a metric is, for readers in other languages: what the Rust
/// `Metric` knows of itself.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schemars",
    schemars(transform = rrg_model::schema::titles_from_names)
)]
pub struct MetricInfo {
    /// The name scores use, e.g. `bleu-4`.
    pub name: Metric,
    /// The name tables print, e.g. `BLEU-4`.
    pub label: &'static str,
    /// Whether a smaller value is the better one.
    pub lower_is_better: bool,
    /// Whether it is a clinical efficacy score, computed from a labeler's
    /// labels (its protocol then says which labeler and averaging).
    pub clinical_efficacy: bool,
    /// The least value on the unit scale, or `null` where the metric has
    /// no fixed bounds.
    pub unit_min: Option<f64>,
    /// The greatest value on the unit scale, or `null`.
    pub unit_max: Option<f64>,
}

impl MetricInfo {
    /// The facts of `metric`.
    pub fn of(metric: Metric) -> Self {
        let range = metric.unit_range();
        MetricInfo {
            name: metric,
            label: metric.label(),
            lower_is_better: metric.lower_is_better(),
            clinical_efficacy: metric.is_clinical_efficacy(),
            unit_min: range.map(|(low, _)| low),
            unit_max: range.map(|(_, high)| high),
        }
    }
}

/// Writes the JSON document for `scores`.
///
/// # Errors
///
/// Only those of `out`.
pub fn write<'s>(
    scores: impl IntoIterator<Item = &'s Score>,
    out: impl io::Write,
) -> io::Result<()> {
    write_pretty(&Document::new(scores), out)
}

/// The JSON document for `scores`, as a string.
///
/// ```
/// let json = rrg_catalog::export::results::json::to_string(rrg_catalog::results());
/// assert!(json.contains("\"provenance\": \"measured\""));
/// ```
pub fn to_string<'s>(scores: impl IntoIterator<Item = &'s Score>) -> String {
    let mut text = Vec::new();
    write(scores, &mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("serde_json writes UTF-8")
}

/// The JSON Schema (draft 2020-12) of [`Document`], as pretty JSON with a
/// final newline.
#[cfg(feature = "schemars")]
pub fn schema() -> String {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Document<'static>>();
    let mut text = Vec::new();
    write_pretty(&schema, &mut text).expect("writing to memory cannot fail");
    String::from_utf8(text).expect("serde_json writes UTF-8")
}
