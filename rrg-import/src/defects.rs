//! Defects across the lists of one run: one paper link, code link, arXiv id
//! or DOI for two different titles, and one title twice in a list under two
//! years.

use std::collections::HashMap;

use crate::extract::RawDefect;
use crate::input::FileRead;
use crate::links;
use crate::model::{Level, Role};
use crate::titles::{AMBIGUOUS, Title};

/// An item by file and index, with its prepared title.
pub(crate) struct At<'a> {
    pub file: usize,
    pub index: usize,
    pub title: &'a Title,
}

/// Finds the defects across `files`; each goes to its file's list.
pub(crate) fn across(files: &[FileRead], items: &[At<'_>], out: &mut [Vec<RawDefect>]) {
    let mut by_url: HashMap<String, usize> = HashMap::new();
    let mut by_code: HashMap<String, usize> = HashMap::new();
    let mut by_arxiv: HashMap<String, usize> = HashMap::new();
    let mut by_doi: HashMap<String, usize> = HashMap::new();
    let mut by_title: HashMap<(usize, &str), usize> = HashMap::new();
    for (n, at) in items.iter().enumerate() {
        let listed = &files[at.file].listed[at.index];
        let differs = |other: usize| {
            let first = &items[other];
            !first.title.equals(at.title) && first.title.score(at.title) < AMBIGUOUS
        };
        let place = |other: usize| {
            let first = &items[other];
            let file = &files[first.file];
            let offset = file.listed[first.index].at;
            let line = file.text[..offset.min(file.text.len())]
                .matches('\n')
                .count()
                + 1;
            (
                file.listed[first.index].title.clone(),
                format!("{}:{line}", file.name),
            )
        };
        let mut reported = false;
        for (link, link_at) in &listed.links {
            if links::is_placeholder(&link.url) {
                continue;
            }
            // A paper link for two works is an error: one links the wrong
            // paper. A code link may be one lab's repository for several
            // works, so it is worth a look, not an error.
            let (seen, level, code, help) = match link.role {
                Role::Paper => (
                    &mut by_url,
                    Level::Error,
                    "shared-paper-link",
                    "one of the two items links the wrong paper: give each its own",
                ),
                Role::Code => (
                    &mut by_code,
                    Level::Warning,
                    "shared-code-link",
                    "unless one repository holds both works, one item links another work's code",
                ),
                _ => continue,
            };
            let url = links::normalised_url(&link.url);
            match seen.get(&url) {
                Some(&first) if differs(first) => {
                    let (title, place) = place(first);
                    out[at.file].push(RawDefect {
                        at: *link_at,
                        level,
                        code,
                        message: format!(
                            "this {} link is also the link of `{title}` ({place})",
                            link.role.as_str()
                        ),
                        help: Some(help.into()),
                    });
                    reported |= link.role == Role::Paper;
                }
                Some(_) => {}
                None => {
                    seen.insert(url, n);
                }
            }
        }
        // An arXiv id or DOI that an earlier item gives for another title;
        // one finding for the item, the first its links or ids show.
        let identifiers = [
            (
                listed.arxiv.clone(),
                &mut by_arxiv,
                "shared-arxiv-id",
                "arXiv",
                "preprint",
            ),
            (
                listed.doi.as_deref().map(str::to_ascii_lowercase),
                &mut by_doi,
                "shared-doi",
                "DOI",
                "paper",
            ),
        ];
        for (key, seen, code, what, names) in identifiers {
            let Some(key) = key else { continue };
            match seen.get(&key) {
                Some(&first) if differs(first) && !reported => {
                    let (title, place) = place(first);
                    out[at.file].push(RawDefect {
                        at: listed.at,
                        level: Level::Error,
                        code,
                        message: format!("{what} {key} is also given for `{title}` ({place})"),
                        help: Some(format!("one of the two items names the wrong {names}")),
                    });
                    reported = true;
                }
                Some(_) => {}
                None => {
                    seen.insert(key, n);
                }
            }
        }
        if let (Some(form), Some(year)) = (at.title.forms.first(), listed.year) {
            match by_title.get(&(at.file, form.as_str())) {
                Some(&first) => {
                    let earlier = &files[at.file].listed[items[first].index];
                    if earlier.year.is_some_and(|y| y != year) {
                        let (_, place) = place(first);
                        out[at.file].push(RawDefect {
                            at: listed.at,
                            level: Level::Warning,
                            code: "year-conflict",
                            message: format!(
                                "this title is listed under {year} here and under {} at {place}",
                                earlier.year.unwrap_or_default()
                            ),
                            help: Some(
                                "list the work once, under the year of its published version"
                                    .into(),
                            ),
                        });
                    }
                }
                None => {
                    by_title.insert((at.file, form.as_str()), n);
                }
            }
        }
    }
}
