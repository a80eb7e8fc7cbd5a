//! Markdown tables of papers: one work per row.

use crate::authors;
use crate::extract::{
    Listed, RawDefect, check_link, classify, clean_title, identifiers, kind_of_section, merge,
    plain_name_prefix, refine, resolve, trailing_group,
};
use crate::label::{self, Label};
use crate::links;
use crate::markdown::{RawItem, Tok, plain};
use crate::model::{Link, Role};

/// A table row: the column headed `title`, `paper`, `name` or `work` is
/// the title; `venue`, `conference`, `journal`, `published`, `publication`
/// the label; `year` the year; `authors` the authors; links in every cell
/// by their text (a link in the title cell is the paper).
pub(crate) fn row(raw: &RawItem, defects: &mut Vec<RawDefect>) -> Option<Listed> {
    let column = |names: &[&str]| {
        raw.cells.iter().position(|(heading, _)| {
            let heading = heading.trim().to_lowercase();
            names
                .iter()
                .any(|name| heading == *name || heading.starts_with(&format!("{name} ")))
        })
    };
    let title_column = column(&[
        "title", "paper", "papers", "name", "work", "method", "model",
    ])?;
    let (_, title_cell) = &raw.cells[title_column];
    let mut found = Vec::new();
    for (index, (heading, cell)) in raw.cells.iter().enumerate() {
        for token in cell {
            let Tok::Link { text, url, at, .. } = token else {
                continue;
            };
            if url.starts_with('#') || text.is_empty() && !links::is_placeholder(url) {
                continue;
            }
            let role = links::role_of_text(text)
                .or_else(|| links::role_of_text(heading))
                .unwrap_or(if index == title_column {
                    Role::Paper
                } else {
                    links::role_of_url(url)
                });
            let role = refine(role, url);
            check_link(role, url, *at, defects);
            found.push((
                Link {
                    role,
                    url: url.trim().to_owned(),
                },
                *at,
            ));
        }
    }
    let title_text: String = title_cell
        .iter()
        .filter_map(|token| match token {
            Tok::Text { text, .. } => Some(text.as_str()),
            Tok::Link { text, .. } if links::role_of_text(text).is_none() => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let mut labels = Vec::new();
    let mut name = None;
    let mut title = title_text;
    while let Some((rest, inner)) = trailing_group(&title) {
        classify(&inner, &mut labels, &mut name);
        title = rest;
    }
    let title = clean_title(&title);
    if title.is_empty() || title.split_whitespace().count() < 2 && found.is_empty() {
        return None;
    }
    let cell_text = |index: Option<usize>| {
        index
            .map(|i| plain(&raw.cells[i].1))
            .filter(|text| !text.is_empty())
    };
    let mut label_parts = labels;
    if let Some(venue) = cell_text(column(&[
        "venue",
        "conference",
        "journal",
        "published",
        "publication",
        "where",
    ])) {
        label_parts.push(venue);
    }
    if let Some(year) = cell_text(column(&["year", "date"])) {
        label_parts.push(year);
    }
    let own = label_parts
        .iter()
        .filter_map(|text| label::parse(text))
        .fold(Label::default(), merge);
    let (venue, year) = resolve(&own, &raw.context);
    let (authors, authors_truncated) = cell_text(column(&["authors", "author"]))
        .map(|text| authors::parse(&text))
        .unwrap_or_default();
    let name = name.or_else(|| plain_name_prefix(&title));
    let (arxiv, doi) = identifiers(&found, own.arxiv.clone());
    Some(Listed {
        at: raw.at,
        title,
        name,
        name_prefixed: false,
        venue,
        year,
        label: (!label_parts.is_empty()).then(|| label_parts.join(", ")),
        section: raw.context.section.clone(),
        links: found,
        arxiv,
        doi,
        authors,
        authors_truncated,
        kind: kind_of_section(raw.context.section.as_deref()),
    })
}
