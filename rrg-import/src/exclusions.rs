//! The catalogue's decisions about list items, read from a TOML file
//! (`rrg-catalog/data/excluded.toml`, whose header states the rules):
//!
//! - the works it leaves out on purpose, with the reason, matched by arXiv
//!   id, DOI or normalised title;
//! - items a curator settled by hand, by their title in the list: a list
//!   that links another work's paper, or names a work by the title its
//!   preprint had, is matched to the entry that a record shows it is.
//!
//! ```toml
//! [[excluded]]
//! title = "LLaVA-OneVision: Easy Visual Task Transfer"
//! arxiv = "2408.03326"
//! reason = "a general-domain vision-language model"
//!
//! [[settled]]
//! title = "Cross-Modal Causal Intervention for Medical Report Generation"
//! key = "chen-etal-2025-cross-modal"
//! reason = "the preprint's title; the published version was retitled"
//! ```

use serde::Deserialize;

use crate::links;
use crate::titles::Title;

/// One excluded work: at least one of `title`, `arxiv`, `doi`, and why.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    /// Its title.
    pub title: Option<String>,
    /// Its arXiv id.
    pub arxiv: Option<String>,
    /// Its DOI.
    pub doi: Option<String>,
    /// Why the catalogue leaves it out.
    pub reason: String,
}

/// One item settled by hand: the title a list gives it, the entry it is,
/// and why matching alone does not find it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settlement {
    /// The title the list gives.
    pub title: String,
    /// The catalogue key of the work it is.
    pub key: String,
    /// Why: the list's wrong link, the preprint's title, …
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    excluded: Vec<Exclusion>,
    #[serde(default)]
    settled: Vec<Settlement>,
}

/// The exclusion list and the settled items, ready for matching.
#[derive(Debug, Clone, Default)]
pub struct Exclusions {
    entries: Vec<(Exclusion, Option<Title>)>,
    settled: Vec<(Settlement, Title)>,
}

impl Exclusions {
    /// Reads the TOML text of an exclusion list; each entry needs a reason
    /// and something to match by.
    ///
    /// ```
    /// let list = rrg_import::Exclusions::from_toml("[[excluded]]\narxiv = \"2408.03326\"\nreason = \"general domain\"\n").unwrap();
    /// assert_eq!(list.len(), 1);
    /// assert!(rrg_import::Exclusions::from_toml("[[excluded]]\nreason = \"x\"\n").is_err());
    /// ```
    pub fn from_toml(text: &str) -> Result<Self, String> {
        let file: File = toml::from_str(text).map_err(|error| error.to_string())?;
        let mut entries = Vec::new();
        for (index, exclusion) in file.excluded.into_iter().enumerate() {
            if exclusion.title.is_none() && exclusion.arxiv.is_none() && exclusion.doi.is_none() {
                return Err(format!(
                    "excluded work {} has neither `title`, `arxiv` nor `doi` to match by",
                    index + 1
                ));
            }
            if exclusion.reason.trim().is_empty() {
                return Err(format!("excluded work {} has no reason", index + 1));
            }
            if let Some(id) = &exclusion.arxiv {
                if links::arxiv_id(id).as_deref() != Some(id.as_str()) {
                    return Err(format!("`{id}` is no arXiv id without version"));
                }
            }
            let title = exclusion
                .title
                .as_deref()
                .map(|title| Title::new(title, None));
            entries.push((exclusion, title));
        }
        let mut settled = Vec::new();
        for (index, settlement) in file.settled.into_iter().enumerate() {
            if settlement.reason.trim().is_empty() || settlement.key.trim().is_empty() {
                return Err(format!(
                    "settled item {} needs a key and a reason",
                    index + 1
                ));
            }
            let title = Title::new(&settlement.title, None);
            settled.push((settlement, title));
        }
        Ok(Exclusions { entries, settled })
    }

    /// The settled items, in the file's order.
    pub fn settlements(&self) -> impl Iterator<Item = &Settlement> {
        self.settled.iter().map(|(settlement, _)| settlement)
    }

    /// The key and reason of a work settled by hand, if one of its titles
    /// equals a settled title (normalised).
    pub fn settled(&self, titles: &[&Title]) -> Option<(&str, &str)> {
        self.settled
            .iter()
            .find(|(_, title)| titles.iter().any(|other| other.equals(title)))
            .map(|(settlement, _)| (settlement.key.as_str(), settlement.reason.as_str()))
    }

    /// How many works are excluded.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The reason a work is excluded, if it is: by arXiv id, DOI (ignoring
    /// case) or an equal normalised title.
    pub fn reason(&self, arxiv: &[&str], doi: &[&str], titles: &[&Title]) -> Option<&str> {
        self.entries
            .iter()
            .find(|(exclusion, title)| {
                exclusion
                    .arxiv
                    .as_deref()
                    .is_some_and(|id| arxiv.contains(&id))
                    || exclusion
                        .doi
                        .as_deref()
                        .is_some_and(|d| doi.iter().any(|other| other.eq_ignore_ascii_case(d)))
                    || title
                        .as_ref()
                        .is_some_and(|title| titles.iter().any(|other| other.equals(title)))
            })
            .map(|(exclusion, _)| exclusion.reason.as_str())
    }
}
