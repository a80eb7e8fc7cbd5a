//! Read the paper lists of radiology report generation — Markdown lists
//! ("awesome lists", survey READMEs) and `.bib` files — match every work
//! they name against the [rrg-catalog](https://crates.io/crates/rrg-catalog),
//! and report what the catalogue lacks, how it differs, and what is wrong
//! in the lists.
//!
//! ```
//! use rrg_import::{Exclusions, Input, Status, import};
//! use rrg_model::{Entry, EntryType};
//!
//! let catalogue = [Entry {
//!     year: Some(2020),
//!     arxiv: Some("2010.16056"),
//!     ..Entry::new("chen-etal-2020-generating", EntryType::InProceedings,
//!                  "Generating Radiology Reports via Memory-driven Transformer")
//! }];
//! let list = "## 2020\n\
//!     - Generating Radiology Reports via Memory-driven Transformer (**EMNLP'20**) [[paper](https://arxiv.org/abs/2010.16056)]\n\
//!     - A Newer Work on Reports (**MICCAI'25**) [[paper](https://arxiv.org/abs/2501.00001)][[code]]\n";
//! let report = import(&[Input::new("list.md", list)], &catalogue, &Exclusions::default());
//! assert_eq!(report.items.len(), 2);
//! assert_eq!(report.items[0].status, Status::Matched);
//! assert_eq!(report.items[0].key.as_deref(), Some("chen-etal-2020-generating"));
//! assert_eq!(report.items[1].status, Status::New);
//! assert_eq!(report.defects[0].code, "empty-link"); // `[[code]]` has no address
//! ```
//!
//! The reading rules, the statuses, the defect codes and the JSON report are
//! described in `docs/import.md`.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod authors;
mod bib;
mod defects;
pub mod exclusions;
pub mod extract;
pub mod input;
pub mod label;
pub mod links;
mod markdown;
pub mod matching;
pub mod model;
pub mod render;
pub mod schema;
mod table;
mod text;
pub mod titles;
mod works;
pub mod write;

pub use exclusions::Exclusions;
pub use input::{FileRead, Format};
pub use model::{
    Candidate, Defect, Difference, FileSummary, Item, Level, Link, Report, Role, Status, Unreadable,
};

use rrg_bib::{Lines, Source};
use rrg_model::Entry;

use matching::{Catalogue, Outcome};
use titles::Title;

/// What a work is: its status, the index of its entry, the reason it is
/// excluded, the candidates it could be.
type Decision = (Status, Option<usize>, Option<String>, Vec<Candidate>);

/// A file to import: the name it is reported under and its bytes.
#[derive(Debug, Clone)]
pub struct Input {
    /// The name, e.g. the path given on the command line.
    pub name: String,
    /// The bytes (need not be UTF-8).
    pub bytes: Vec<u8>,
}

impl Input {
    /// A file from its name and content.
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Input {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// Reads every input, matches every work against `catalogue` and reports.
pub fn import(inputs: &[Input], catalogue: &[Entry<'_>], exclusions: &Exclusions) -> Report {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for input in inputs {
        match input::read(&input.name, &input.bytes) {
            Ok(file) => files.push(file),
            Err(error) => unreadable.push(Unreadable {
                file: input.name.clone(),
                error,
            }),
        }
    }
    let mut report = import_read(&files, catalogue, exclusions);
    report.unreadable = unreadable;
    report
}

/// [`import`] for files already read (with [`input::read`]).
pub fn import_read(files: &[FileRead], catalogue: &[Entry<'_>], exclusions: &Exclusions) -> Report {
    // Every item, prepared for comparison.
    let mut places = Vec::new();
    let mut prepared = Vec::new();
    for (f, file) in files.iter().enumerate() {
        for (i, listed) in file.listed.iter().enumerate() {
            places.push((f, i));
            prepared.push(Title::new(&listed.title, listed.name.as_deref()));
        }
    }
    let listed = |n: usize| &files[places[n].0].listed[places[n].1];
    let keys: Vec<works::Keys<'_>> = (0..places.len())
        .map(|n| works::Keys {
            title: &prepared[n],
            arxiv: listed(n).arxiv.as_deref(),
            doi: listed(n).doi.as_deref(),
        })
        .collect();
    let work_of = works::group(&keys);
    let work_count = work_of.iter().copied().max().map_or(0, |last| last + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); work_count];
    for (n, &work) in work_of.iter().enumerate() {
        members[work].push(n);
    }

    // Each work against the catalogue and the exclusion list.
    let index = Catalogue::new(catalogue);
    let entry_titles: Vec<Title> = catalogue.iter().map(matching::entry_title).collect();
    let outcomes: Vec<Decision> = members
        .iter()
        .map(|members| {
            let dois: Vec<&str> = members
                .iter()
                .filter_map(|&n| listed(n).doi.as_deref())
                .collect();
            let arxivs: Vec<&str> = members
                .iter()
                .filter_map(|&n| listed(n).arxiv.as_deref())
                .collect();
            let titles: Vec<&Title> = members.iter().map(|&n| &prepared[n]).collect();
            let outcome = index.find(&dois, &arxivs, &titles);
            if let Outcome::Matched(entry) = outcome {
                return (Status::Matched, Some(entry), None, Vec::new());
            }
            if let Some((key, reason)) = exclusions.settled(&titles) {
                if let Some(entry) = catalogue.iter().position(|entry| entry.answers_to(key)) {
                    return (
                        Status::Matched,
                        Some(entry),
                        Some(reason.to_owned()),
                        Vec::new(),
                    );
                }
            }
            if let Some(reason) = exclusions.reason(&arxivs, &dois, &titles) {
                return (Status::Excluded, None, Some(reason.to_owned()), Vec::new());
            }
            match outcome {
                Outcome::Ambiguous(candidates) => (Status::Ambiguous, None, None, candidates),
                _ => (Status::New, None, None, Vec::new()),
            }
        })
        .collect();

    // Defects.
    let mut raw_defects: Vec<Vec<extract::RawDefect>> =
        files.iter().map(|file| file.defects.clone()).collect();
    let ats: Vec<defects::At<'_>> = places
        .iter()
        .zip(&prepared)
        .map(|(&(file, index), title)| defects::At { file, index, title })
        .collect();
    defects::across(files, &ats, &mut raw_defects);

    // The report, file by file.
    let mut items = Vec::with_capacity(places.len());
    let mut summaries = Vec::new();
    let mut all_defects = Vec::new();
    let mut n = 0;
    for (f, file) in files.iter().enumerate() {
        let lines = Lines::new(Source::new(&file.name, &file.text));
        let mut summary = FileSummary {
            file: file.name.clone(),
            format: file.format.as_str().to_owned(),
            items: file.listed.len(),
            matched: 0,
            new: 0,
            ambiguous: 0,
            excluded: 0,
        };
        for listed in &file.listed {
            let work = work_of[n];
            let (status, entry, reason, candidates) = &outcomes[work];
            let position = lines.position(listed.at);
            let mut item = Item {
                file: file.name.clone(),
                line: position.line,
                column: position.column,
                title: listed.title.clone(),
                listed_title: match (&listed.name, listed.name_prefixed) {
                    (Some(name), true) => format!("{name}: {}", listed.title),
                    _ => listed.title.clone(),
                },
                name: listed.name.clone(),
                venue: listed.venue.clone(),
                year: listed.year,
                label: listed.label.clone(),
                section: listed.section.clone(),
                kind: listed.kind,
                links: listed.links.iter().map(|(link, _)| link.clone()).collect(),
                arxiv: listed.arxiv.clone(),
                doi: listed.doi.clone(),
                authors: listed.authors.clone(),
                authors_truncated: listed.authors_truncated,
                work,
                status: *status,
                key: entry.map(|i| catalogue[i].key.to_owned()),
                reason: reason.clone(),
                candidates: candidates.clone(),
                differences: Vec::new(),
            };
            if let Some(i) = entry {
                item.differences =
                    matching::differences(&item, &prepared[n], &catalogue[*i], &entry_titles[*i]);
            }
            match status {
                Status::Matched => summary.matched += 1,
                Status::New => summary.new += 1,
                Status::Ambiguous => summary.ambiguous += 1,
                Status::Excluded => summary.excluded += 1,
            }
            items.push(item);
            n += 1;
        }
        let mut defects: Vec<Defect> = raw_defects[f]
            .iter()
            .map(|raw| {
                let position = lines.position(raw.at);
                Defect {
                    file: file.name.clone(),
                    line: position.line,
                    column: position.column,
                    level: raw.level,
                    code: raw.code.to_owned(),
                    message: raw.message.clone(),
                    help: raw.help.clone(),
                }
            })
            .collect();
        defects.sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
        all_defects.extend(defects);
        summaries.push(summary);
    }
    Report {
        format_version: Report::FORMAT_VERSION,
        files: summaries,
        unreadable: Vec::new(),
        works: work_count,
        items,
        defects: all_defects,
    }
}
