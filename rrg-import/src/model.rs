//! What an import reports: the items read from the lists, each with its
//! status against the catalogue, and the defects found across the lists.
//!
//! These types are the JSON report (`rrg import --format json`); its JSON
//! Schema is generated from them (see [`crate::schema`]).

use schemars::JsonSchema;
use serde::Serialize;

/// What a link of an item points to, from the link's text (`[[Paper]]`,
/// `[code]`, `[[Hugging Face]]`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The paper itself: a publisher page, a PDF or a preprint.
    Paper,
    /// Source code.
    Code,
    /// A project page.
    Project,
    /// A data set.
    Dataset,
    /// A Hugging Face page (model, data set or space).
    Huggingface,
    /// Anything else (a leaderboard, a package page, a blog).
    Other,
}

impl Role {
    /// The role's name as the JSON report writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Paper => "paper",
            Role::Code => "code",
            Role::Project => "project",
            Role::Dataset => "dataset",
            Role::Huggingface => "huggingface",
            Role::Other => "other",
        }
    }
}

/// One link of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Link {
    /// What it points to.
    pub role: Role,
    /// The address as the list writes it (may be empty: see the
    /// `empty-link` defect).
    pub url: String,
}

/// How an item relates to the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The catalogue has the work: see `key`.
    Matched,
    /// The catalogue lacks the work.
    New,
    /// Several entries could be the work, or an identifier and the title
    /// name different works: see `candidates`.
    Ambiguous,
    /// The work is outside the catalogue's scope: see `reason`.
    Excluded,
}

impl Status {
    /// Every status, in the order reports count them.
    pub const ALL: [Status; 4] = [
        Status::Matched,
        Status::New,
        Status::Ambiguous,
        Status::Excluded,
    ];

    /// The status's name as the reports write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Matched => "matched",
            Status::New => "new",
            Status::Ambiguous => "ambiguous",
            Status::Excluded => "excluded",
        }
    }
}

/// An entry of the catalogue that an item could be.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Candidate {
    /// The entry's key.
    pub key: String,
    /// The entry's title.
    pub title: String,
    /// How the entry was found: `doi`, `arxiv`, `title` or `fuzzy`.
    pub by: String,
    /// The fuzzy title score, from 0 to 1 (1 for an equal normalised title).
    pub score: f64,
}

/// One way an item differs from the entry it matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Difference {
    /// What differs: `title`, `name`, `venue`, `year`, or the role of a link the
    /// catalogue lacks (`paper`, `code`, `project`, `dataset`,
    /// `huggingface`, `other`).
    pub field: String,
    /// The list's value.
    pub list: String,
    /// The catalogue's value, if it has one.
    pub catalogue: Option<String>,
}

/// One item of a list that names a work.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Item {
    /// The file, as named on the command line.
    pub file: String,
    /// The line where the item starts, from 1.
    pub line: usize,
    /// The column where the item starts, from 1, in characters.
    pub column: usize,
    /// The title, without short-name prefixes, markup or trailing
    /// punctuation.
    pub title: String,
    /// The title as the list reads it: with the short-name prefix that
    /// `title` leaves out (`RADAR: Enhancing …` for `***RADAR:*** Enhancing
    /// …`). What `--write` records; not in the JSON report.
    #[serde(skip)]
    pub listed_title: String,
    /// The short name the list gives the work (`***R2Gen:***`, `MAIRA-2:`,
    /// `(**MIMIC-CXR**)`).
    pub name: Option<String>,
    /// The venue as the list labels it (`TMI`, `Nature`, `arXiv`): a label,
    /// not a verified venue.
    pub venue: Option<String>,
    /// The year as the list gives it, from the item's label or a year or
    /// venue heading above it.
    pub year: Option<u16>,
    /// The label as written (`TMI 2024`, `arXiv'2401`, `Year 2024 / ACL`).
    pub label: Option<String>,
    /// The section of the list the item is in (`Datasets`, `Survey`).
    pub section: Option<String>,
    /// The role the list's section names (`Datasets`, `Toolkits`,
    /// `Surveys`), for `--write`; not in the JSON report.
    #[serde(skip)]
    pub kind: Option<rrg_model::Kind>,
    /// The links, by role, in the list's order.
    pub links: Vec<Link>,
    /// The arXiv identifier, without version, from a link or a label.
    pub arxiv: Option<String>,
    /// The DOI, from a link (doi.org, a publisher address that holds it, an
    /// ACL Anthology identifier) or a `.bib` field.
    pub doi: Option<String>,
    /// The authors where the item names them, in the list's order.
    pub authors: Vec<String>,
    /// Whether the author list is cut short (`et al.`, `and others`).
    pub authors_truncated: bool,
    /// The work this item is, numbered from 0 in the order works are first
    /// listed: items of one run that are the same work share it.
    pub work: usize,
    /// How the item relates to the catalogue.
    pub status: Status,
    /// The key of the matched entry.
    pub key: Option<String>,
    /// Why the item is excluded, or, for an item matched by hand
    /// (`[[settled]]` in the catalogue's exclusion list), why matching
    /// alone did not find its entry.
    pub reason: Option<String>,
    /// The entries it could be (`ambiguous`), best first.
    pub candidates: Vec<Candidate>,
    /// How it differs from the matched entry.
    pub differences: Vec<Difference>,
}

pub use rrg_model::Level;

/// A problem of a list, at a place in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Defect {
    /// The file.
    pub file: String,
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
    /// How serious it is.
    pub level: Level,
    /// The class of defect, e.g. `shared-paper-link` (see `docs/import.md`;
    /// in `.bib` files also every code of `rrg lint`).
    pub code: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, if there is a hint.
    pub help: Option<String>,
}

/// What was read from one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FileSummary {
    /// The file.
    pub file: String,
    /// How it was read: `markdown` or `bibtex`.
    pub format: String,
    /// How many items name a work.
    pub items: usize,
    /// How many of them are `matched`.
    pub matched: usize,
    /// How many are `new`.
    pub new: usize,
    /// How many are `ambiguous`.
    pub ambiguous: usize,
    /// How many are `excluded`.
    pub excluded: usize,
}

/// A file that could not be read as a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Unreadable {
    /// The file.
    pub file: String,
    /// Why.
    pub error: String,
}

/// The whole report of one run.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Report {
    /// The version of this layout.
    pub format_version: u32,
    /// One summary per file read, in the order given.
    pub files: Vec<FileSummary>,
    /// Files that could not be read.
    pub unreadable: Vec<Unreadable>,
    /// How many distinct works the items are.
    pub works: usize,
    /// Every item, file by file in the order given, each file in its order.
    pub items: Vec<Item>,
    /// Every defect, sorted by file (in the order given), line and column.
    pub defects: Vec<Defect>,
}

impl Report {
    /// The version of the layout [`Report`] serialises to.
    pub const FORMAT_VERSION: u32 = 1;

    /// How many defects are errors.
    pub fn error_count(&self) -> usize {
        self.defects
            .iter()
            .filter(|defect| defect.level == Level::Error)
            .count()
    }
}
