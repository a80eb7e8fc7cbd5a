//! `.bib` files: every entry is an item, read with rrg-bib under a user's
//! rules; everything `rrg lint` finds in the file is a defect.

use rrg_bib::{Rules, Source};

use crate::extract::{Listed, RawDefect, clean_title, plain_name_prefix};
use crate::input::raw_defect;
use crate::links;
use crate::model::{Link, Role};

/// The entries of a `.bib` text as items; its lint findings go to
/// `defects`.
pub(crate) fn read(name: &str, text: &str, defects: &mut Vec<RawDefect>) -> Vec<Listed> {
    let arena = rrg_bib::bumpalo::Bump::new();
    let (records, report) =
        rrg_bib::check(Source::new(name, text), &arena, Rules { catalogue: false });
    defects.extend(report.diagnostics.iter().map(raw_defect));
    let mut listed = Vec::new();
    for record in &records {
        let entry = &record.entry;
        let title = clean_title(&entry.title.replace(['{', '}'], ""));
        if title.is_empty() {
            continue;
        }
        let mut found = Vec::new();
        let at = record.span.start;
        let links = &entry.links;
        for (role, url) in [
            (Role::Paper, links.paper),
            (Role::Code, links.code),
            (Role::Code, links.reproduction),
            (Role::Project, links.project),
            (Role::Dataset, links.dataset),
        ] {
            if let Some(url) = url {
                found.push((
                    Link {
                        role,
                        url: url.to_owned(),
                    },
                    at,
                ));
            }
        }
        let arxiv = entry
            .arxiv
            .and_then(links::arxiv_id)
            .or_else(|| links.paper.and_then(links::arxiv_of_url));
        let doi = entry
            .doi
            .and_then(links::doi)
            .or_else(|| links.paper.and_then(links::doi_of_url));
        let venue = entry.venue.full.map(|venue| venue.replace(['{', '}'], ""));
        listed.push(Listed {
            at,
            name: entry
                .short_name
                .map(str::to_owned)
                .or_else(|| plain_name_prefix(&title)),
            title,
            name_prefixed: false,
            label: venue.clone().map(|venue| match entry.year {
                Some(year) => format!("{venue} {year}"),
                None => venue,
            }),
            venue,
            year: entry.year,
            section: None,
            links: found,
            arxiv,
            doi,
            authors: entry
                .authors
                .iter()
                .map(|person| person.to_string().replace(['{', '}'], ""))
                .collect(),
            authors_truncated: entry.authors_truncated,
            kind: entry.kinds.first().copied(),
        });
    }
    listed
}
