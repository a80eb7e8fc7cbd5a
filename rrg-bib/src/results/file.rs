//! The results file as written: TOML tables of splits, protocols and
//! source tables with their rows. Every value a check may point at keeps
//! its byte span.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// Text with the byte range it was read from.
pub type Text = Spanned<String>;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultsFile {
    #[serde(default)]
    pub split: Vec<SplitItem>,
    #[serde(default)]
    pub protocol: Vec<ProtocolItem>,
    #[serde(default)]
    pub table: Vec<TableItem>,
}

/// `[[split]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SplitItem {
    pub id: Text,
    pub dataset: Text,
    pub part: Text,
    pub defined_by: Text,
    pub size: Option<Spanned<u32>>,
    pub description: Text,
    #[serde(default)]
    pub unknown: Vec<Text>,
}

/// `[[protocol]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ProtocolItem {
    pub id: Text,
    pub description: Text,
    pub defined_by: Text,
    pub scorer: Option<Text>,
    pub labeler: Option<Text>,
    pub averaging: Option<Text>,
    pub label_set: Option<Text>,
    pub uncertain: Option<Text>,
    pub evidence: Text,
    /// `false` for a protocol without clinical efficacy scores: its
    /// labeler, averaging, label set and uncertain policy are then absent,
    /// not unknown.
    pub clinical_efficacy: Option<Spanned<bool>>,
    #[serde(default)]
    pub unknown: Vec<Text>,
}

/// `[[table]]`: one table of a source, and the context its rows share.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TableItem {
    pub id: Text,
    /// `leaderboard` or `paper`.
    pub kind: Text,
    /// The catalogue key of the work the table belongs to; a claim's table
    /// may belong to a work the catalogue does not hold.
    pub work: Option<Text>,
    pub table: Text,
    /// Required for an accepted table; a claim's source may have no
    /// address (a file whose repository is unknown), then `reason` says so.
    pub url: Option<Text>,
    pub repository: Option<Text>,
    pub path: Option<Text>,
    pub commit: Option<Text>,
    pub header: Text,
    /// How the table was read, where not as text.
    pub read_from: Option<Text>,
    pub dataset: Text,
    pub split: Text,
    pub target: Option<Text>,
    pub protocol: Text,
    pub scale: Text,
    /// `false` for a source whose values are claims to check, not results
    /// (a note, a third-party transcription).
    pub accepted: Option<Spanned<bool>>,
    /// Why a source is not accepted.
    pub reason: Option<Text>,
    #[serde(default)]
    pub unknown: Vec<Text>,
    #[serde(default)]
    pub row: Vec<RowItem>,
}

/// `[[table.row]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RowItem {
    pub work: Text,
    /// The method's name as the row prints it.
    pub name: Text,
    pub variant: Option<Text>,
    /// The table's own work ran this method again.
    #[serde(default)]
    pub reproduced: bool,
    /// The split this row was measured on, where it is not the table's
    /// (a cited value keeps the split of the work it comes from).
    pub split: Option<Text>,
    /// The protocol, where it is not the table's.
    pub protocol: Option<Text>,
    /// Whether the model was trained on the dataset's training set, where
    /// the source says (ReXrank's `*`).
    pub trained_on_dataset: Option<bool>,
    pub quote: Text,
    pub values: Spanned<BTreeMap<Spanned<String>, Text>>,
}
