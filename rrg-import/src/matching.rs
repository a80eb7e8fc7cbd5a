//! Matching a work against the catalogue, in order: by DOI, by arXiv id,
//! by an equal normalised title (with and without a short-name prefix),
//! then by the fuzzy title score ([`crate::titles`]).
//!
//! - An entry found by DOI or arXiv id counts only if its title agrees
//!   (score at least [`AMBIGUOUS`]): an identifier that names another
//!   title makes the work `ambiguous`, with that entry as candidate.
//! - One entry found → `matched`; several → `ambiguous`.
//! - None: the best fuzzy score at least [`SAME`], with no other entry
//!   that high → `matched`; scores of at least [`AMBIGUOUS`] → `ambiguous`
//!   with those candidates; below → `new` (or `excluded`, if the exclusion
//!   list names the work).

use std::collections::HashMap;

use rrg_model::Entry;

use crate::links;
use crate::model::{Candidate, Difference, Item, Link, Role};
use crate::titles::{AMBIGUOUS, SAME, Title};

/// The catalogue, indexed for matching.
pub struct Catalogue<'c, 'e> {
    entries: &'c [Entry<'e>],
    titles: Vec<Title>,
    by_doi: HashMap<String, usize>,
    by_arxiv: HashMap<&'e str, usize>,
    by_form: HashMap<String, Vec<usize>>,
    by_name: HashMap<String, Vec<usize>>,
}

/// What a work matched.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// One entry, by this index.
    Matched(usize),
    /// Several possible entries, best first.
    Ambiguous(Vec<Candidate>),
    /// No entry.
    None,
}

impl<'c, 'e> Catalogue<'c, 'e> {
    /// Indexes the entries.
    pub fn new(entries: &'c [Entry<'e>]) -> Self {
        let titles: Vec<Title> = entries.iter().map(entry_title).collect();
        let mut by_doi = HashMap::new();
        let mut by_arxiv = HashMap::new();
        let mut by_form: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            if let Some(doi) = entry.doi {
                by_doi.insert(doi.to_ascii_lowercase(), i);
            }
            if let Some(arxiv) = entry.arxiv {
                by_arxiv.insert(arxiv, i);
            }
            for form in &titles[i].forms {
                by_form.entry(form.clone()).or_default().push(i);
            }
            for name in &titles[i].names {
                by_name.entry(name.clone()).or_default().push(i);
            }
        }
        Catalogue {
            entries,
            titles,
            by_doi,
            by_arxiv,
            by_form,
            by_name,
        }
    }

    /// The entry at an index.
    pub fn entry(&self, index: usize) -> &Entry<'e> {
        &self.entries[index]
    }

    /// Matches a work given by its items' identifiers and titles.
    pub fn find(&self, dois: &[&str], arxivs: &[&str], titles: &[&Title]) -> Outcome {
        let mut found: Vec<(usize, &'static str)> = Vec::new();
        for doi in dois {
            if let Some(&i) = self.by_doi.get(&doi.to_ascii_lowercase()) {
                found.push((i, "doi"));
            }
        }
        for arxiv in arxivs {
            if let Some(&i) = self.by_arxiv.get(arxiv) {
                found.push((i, "arxiv"));
            }
        }
        let best_score = |i: usize| {
            titles
                .iter()
                .map(|title| title.score(&self.titles[i]))
                .fold(0.0_f64, f64::max)
        };
        let mut confirmed: Vec<(usize, &'static str, f64)> = Vec::new();
        let mut conflicting: Vec<(usize, &'static str, f64)> = Vec::new();
        for &(i, by) in &found {
            let score = best_score(i);
            let list = if score >= AMBIGUOUS {
                &mut confirmed
            } else {
                &mut conflicting
            };
            if !list.iter().any(|(j, _, _)| *j == i) {
                list.push((i, by, score));
            }
        }
        for title in titles {
            // A bare name (`RadGraph`) is found by the entries' names.
            let names = title
                .forms
                .first()
                .filter(|_| title.bare)
                .and_then(|form| self.by_name.get(form));
            for form in &title.forms {
                let found = self
                    .by_form
                    .get(form)
                    .into_iter()
                    .flatten()
                    .chain(names.into_iter().flatten());
                for &i in found {
                    if !confirmed.iter().any(|(j, _, _)| *j == i) {
                        confirmed.push((i, "title", 1.0));
                    }
                }
            }
        }
        match confirmed.len() {
            1 if conflicting.is_empty() => return Outcome::Matched(confirmed[0].0),
            0 if conflicting.is_empty() => {}
            _ => {
                let mut all = confirmed;
                all.extend(conflicting);
                return Outcome::Ambiguous(self.candidates(all));
            }
        }
        let mut fuzzy: Vec<(usize, &'static str, f64)> = (0..self.entries.len())
            .map(|i| (i, "fuzzy", best_score(i)))
            .filter(|(_, _, score)| *score >= AMBIGUOUS)
            .collect();
        fuzzy.sort_by(|a, b| b.2.total_cmp(&a.2));
        match fuzzy.as_slice() {
            [] => Outcome::None,
            [(i, _, score)] if *score >= SAME => Outcome::Matched(*i),
            [(i, _, best), (_, _, second), ..] if *best >= SAME && *second < SAME => {
                Outcome::Matched(*i)
            }
            _ => Outcome::Ambiguous(self.candidates(fuzzy)),
        }
    }

    fn candidates(&self, mut found: Vec<(usize, &'static str, f64)>) -> Vec<Candidate> {
        found.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        found
            .into_iter()
            .map(|(i, by, score)| Candidate {
                key: self.entries[i].key.to_owned(),
                title: self.entries[i].title.to_owned(),
                by: by.to_owned(),
                score: (score * 1000.0).round() / 1000.0,
            })
            .collect()
    }
}

/// An entry's title prepared for matching: its short name and every other
/// name it is known by count as names.
pub fn entry_title(entry: &Entry<'_>) -> Title {
    let mut title = Title::new(entry.title, entry.short_name);
    title.names.extend(
        entry
            .other_names
            .iter()
            .map(|name| rrg_bib::normalised_title(name))
            .filter(|name| !name.is_empty()),
    );
    title
}

/// How an item differs from the entry it matched: its title (when no form
/// is equal), its venue label, its year, and each link the entry lacks.
pub fn differences(
    item: &Item,
    title: &Title,
    entry: &Entry<'_>,
    entry_title: &Title,
) -> Vec<Difference> {
    let mut differences = Vec::new();
    if !title.equals(entry_title) {
        differences.push(Difference {
            field: "title".into(),
            list: item.title.clone(),
            catalogue: Some(entry.title.to_owned()),
        });
    }
    if let Some(venue) = &item.venue {
        if !venue_agrees(venue, entry) {
            differences.push(Difference {
                field: "venue".into(),
                list: venue.clone(),
                catalogue: Some(entry.venue.short.to_owned()),
            });
        }
    }
    if let Some(year) = item.year {
        if entry.year != Some(year) {
            differences.push(Difference {
                field: "year".into(),
                list: year.to_string(),
                catalogue: entry.year.map(|year| year.to_string()),
            });
        }
    }
    for link in &item.links {
        if !links::is_placeholder(&link.url) && !knows(entry, link) {
            differences.push(Difference {
                field: link.role.as_str().into(),
                list: link.url.clone(),
                catalogue: entry_link(entry, link.role).map(str::to_owned),
            });
        }
    }
    differences
}

/// The entry's link for a role.
fn entry_link<'e>(entry: &Entry<'e>, role: Role) -> Option<&'e str> {
    match role {
        Role::Paper => entry.links.paper,
        Role::Code => entry.links.code.or(entry.links.reproduction),
        Role::Project => entry.links.project,
        Role::Dataset => entry.links.dataset,
        Role::Huggingface | Role::Other => None,
    }
}

/// Whether the entry has this link: the same address (ignoring scheme,
/// `www.`, a trailing slash, query and fragment) among its links, or a
/// paper link to its arXiv id or DOI.
fn knows(entry: &Entry<'_>, link: &Link) -> bool {
    let url = links::normalised_url(&link.url);
    let l = &entry.links;
    let same = [l.paper, l.code, l.reproduction, l.project, l.dataset]
        .into_iter()
        .flatten()
        .any(|known| links::normalised_url(known) == url);
    same || (entry.arxiv.is_some() && links::arxiv_of_url(&link.url).as_deref() == entry.arxiv)
        || entry.doi.is_some_and(|doi| {
            links::doi_of_url(&link.url).is_some_and(|found| found.eq_ignore_ascii_case(doi))
        })
}

/// Names lists and the catalogue give one venue.
const SYNONYMS: &[&[&str]] = &[
    &["neurips", "nips"],
    &["mia", "media", "medicalimageanalysis"],
    &[
        "tmi",
        "ieeetmi",
        "transactionsonmedicalimaging",
        "ieeetransactionsonmedicalimaging",
    ],
    &["tmm", "ieeetmm", "ieeetransactionsonmultimedia"],
    &["jbhi", "ieeejbhi"],
    &["acmmm", "mm", "acmmultimedia"],
    &["www", "worldwideweb"],
    &[
        "ami",
        "artificialintelligenceinmedicine",
        "artifintellmedicine",
    ],
];

/// Whether a list's venue label names the entry's venue: equal to its short
/// or full name ignoring case, punctuation and an `IEEE`/`ACM` prefix, or
/// a known other name of it.
fn venue_agrees(label: &str, entry: &Entry<'_>) -> bool {
    let norm = |text: &str| {
        let text: String = text
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        text.strip_prefix("ieee")
            .or_else(|| text.strip_prefix("acm"))
            .filter(|rest| !rest.is_empty())
            .map(str::to_owned)
            .unwrap_or(text)
    };
    let label = norm(label);
    let names = [Some(entry.venue.short), entry.venue.full];
    names.into_iter().flatten().map(norm).any(|name| {
        name == label
            || SYNONYMS
                .iter()
                .any(|group| group.contains(&name.as_str()) && group.contains(&label.as_str()))
    })
}
