//! From an item's inline content to the facts of the work it names: title,
//! short name, venue and year label, links by role, identifiers, authors.
//! See `docs/import.md` for the forms read and the rules.

use rrg_model::Kind;

use crate::authors;
use crate::label::{self, Label};
use crate::links;
use crate::markdown::{Context, Origin, RawItem, Tok};
use crate::model::{Level, Link, Role};
use crate::text::Text;

/// A work read from a list, before it is matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// Byte offset of the item in its file.
    pub at: usize,
    /// The title (see [`crate::model::Item::title`]).
    pub title: String,
    /// The short name.
    pub name: Option<String>,
    /// Whether the title as the list reads it is `name: title` (a bold
    /// `***Name:***` prefix was taken off).
    pub name_prefixed: bool,
    /// The venue label.
    pub venue: Option<String>,
    /// The year.
    pub year: Option<u16>,
    /// The label as written.
    pub label: Option<String>,
    /// The section heading.
    pub section: Option<String>,
    /// The links and where each is.
    pub links: Vec<(Link, usize)>,
    /// The arXiv id.
    pub arxiv: Option<String>,
    /// The DOI.
    pub doi: Option<String>,
    /// The authors.
    pub authors: Vec<String>,
    /// Whether the author list is cut short.
    pub authors_truncated: bool,
    /// The role the list's section gives the work, if it names one.
    pub kind: Option<Kind>,
}

/// A defect found while reading one file, at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDefect {
    /// Byte offset in the file.
    pub at: usize,
    /// How serious.
    pub level: Level,
    /// The class.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// A hint.
    pub help: Option<String>,
}

/// Reads one item; `None` if it names no work.
pub(crate) fn extract(raw: &RawItem, defects: &mut Vec<RawDefect>) -> Option<Listed> {
    if raw.origin == Origin::TableRow {
        return crate::table::row(raw, defects);
    }
    let mut text = Text::default();
    let mut found: Vec<(Link, usize)> = Vec::new();
    let mut role_links = 0;
    let mut bracketed_role_link = false;
    let mut titled_link = false;
    let mut label_links: Vec<String> = Vec::new();
    let tokens = &raw.tokens;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Tok::Text {
                text: t,
                strong,
                at,
            } => text.push(t, *strong, *at),
            Tok::Break => text.push("\n", false, 0),
            Tok::Link {
                text: link_text,
                url,
                at,
                strong,
            } => {
                if url.starts_with('#') || link_text.is_empty() && !links::is_placeholder(url) {
                    // Navigation, or a badge (an image link).
                    continue;
                }
                if let Some(role) = links::role_of_text(link_text) {
                    role_links += 1;
                    let before = i.checked_sub(1).and_then(|j| tokens.get(j));
                    bracketed_role_link |= link_text.trim_start().starts_with('[')
                        || matches!(before, Some(Tok::Text { text, .. }) if text.trim_end().ends_with('['));
                    let role = refine(role, url);
                    check_link(role, url, *at, defects);
                    found.push((
                        Link {
                            role,
                            url: url.trim().to_owned(),
                        },
                        *at,
                    ));
                } else if label::is_dated(link_text) {
                    // `[[arXiv:2509.03903]()]`, `[[**MedIA'24**](…)]`.
                    label_links.push(link_text.clone());
                    check_link(Role::Paper, url, *at, defects);
                    found.push((
                        Link {
                            role: Role::Paper,
                            url: url.trim().to_owned(),
                        },
                        *at,
                    ));
                    role_links += 1;
                } else if bracketed(tokens, i) {
                    // `[[cpde](…)]`: a link decoration whose text names no
                    // role the reader knows.
                    role_links += 1;
                    bracketed_role_link = true;
                    let role = links::role_of_url(url);
                    check_link(role, url, *at, defects);
                    found.push((
                        Link {
                            role,
                            url: url.trim().to_owned(),
                        },
                        *at,
                    ));
                } else {
                    titled_link = true;
                    text.push(link_text, *strong, *at);
                    if !links::is_placeholder(url) {
                        found.push((
                            Link {
                                role: links::role_of_url(url),
                                url: url.trim().to_owned(),
                            },
                            *at,
                        ));
                    }
                }
            }
        }
    }
    let placeholders = text.take_placeholders(defects);
    role_links += placeholders.len();
    bracketed_role_link |= !placeholders.is_empty();
    found.extend(placeholders);
    text.remove_link_leftovers();
    text.literal_bold();

    let mut labels: Vec<String> = label_links;
    let mut name: Option<String> = None;
    // A leading `[Label]` (or `[**Name**]`), and a leading quote.
    text.trim_start();
    while let Some(inner) = text.take_leading_bracket() {
        classify(&inner, &mut labels, &mut name);
        text.trim_start();
    }
    let mut name_prefixed = false;
    let mut authors_text: Option<(String, String)> = None;
    let mut bold_title = false;
    let title = match text.name_prefix() {
        Some((prefix, rest, strip)) => {
            name = Some(prefix);
            name_prefixed = strip;
            rest
        }
        None => match text.bold_title() {
            Some((before, title, after)) => {
                bold_title = true;
                authors_text = Some((before, after));
                title
            }
            None => text.first_line(),
        },
    };
    let mut title = title;
    // Trailing `(**Venue'YY**)`, `(**Name**)`, `[**Venue'YY**]`.
    while let Some((rest, inner)) = trailing_group(&title) {
        classify(&inner, &mut labels, &mut name);
        title = rest;
    }
    let title = clean_title(&title);
    if name.is_none() {
        name = plain_name_prefix(&title);
    }

    // Which items name no work.
    let real_links = found
        .iter()
        .filter(|(link, _)| !links::is_placeholder(&link.url))
        .count();
    if title.is_empty() || title.starts_with("http://") || title.starts_with("https://") {
        return None;
    }
    let words = title.split_whitespace().count();
    let has_label = !labels.is_empty();
    let context_dated = raw.context.venue.is_some() || raw.context.year.is_some();
    let work = match raw.origin {
        Origin::Paragraph => bracketed_role_link || (has_label && real_links > 0),
        _ if role_links > 0 => true,
        // `- [Title](url)`: a linked title of three words or more.
        _ if titled_link => words >= 3 || has_label,
        _ => bold_title || has_label || (context_dated && words >= 3),
    };
    if !work {
        return None;
    }

    let own = labels
        .iter()
        .filter_map(|text| label::parse(text))
        .fold(Label::default(), merge);
    let (venue, year) = resolve(&own, &raw.context);
    let label_text = if labels.is_empty() {
        (!raw.context.labels.is_empty()).then(|| raw.context.labels.join(" / "))
    } else {
        Some(labels.join(", "))
    };
    let (authors, authors_truncated) = authors_text
        .map(|(before, after)| {
            let from_before = authors::parse(&before);
            if from_before.0.is_empty() {
                authors::parse(
                    after
                        .lines()
                        .find(|line| !line.trim().trim_matches(',').is_empty())
                        .unwrap_or(""),
                )
            } else {
                from_before
            }
        })
        .unwrap_or_default();
    let (arxiv, doi) = identifiers(&found, own.arxiv.clone());
    Some(Listed {
        at: raw.at,
        title,
        name,
        name_prefixed,
        venue,
        year,
        label: label_text,
        section: raw.context.section.clone(),
        links: found,
        arxiv,
        doi,
        authors,
        authors_truncated,
        kind: kind_of_section(raw.context.section.as_deref()),
    })
}

/// A link named `code` that points to a Hugging Face page keeps its
/// role; one named `paper` that points to GitHub stays a paper link (the
/// list says so).
pub(crate) fn refine(role: Role, url: &str) -> Role {
    match role {
        Role::Dataset | Role::Other if links::host(url).as_deref() == Some("huggingface.co") => {
            Role::Huggingface
        }
        role => role,
    }
}

/// Whether the link at `i` stands in brackets of its own: `[[text](url)]`.
fn bracketed(tokens: &[Tok], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| tokens.get(j));
    let after = tokens.get(i + 1);
    matches!(before, Some(Tok::Text { text, .. }) if text.trim_end().ends_with('['))
        && matches!(after, Some(Tok::Text { text, .. }) if text.trim_start().starts_with(']'))
}

pub(crate) fn check_link(role: Role, url: &str, at: usize, defects: &mut Vec<RawDefect>) {
    if links::is_placeholder(url) {
        defects.push(RawDefect {
            at,
            level: Level::Warning,
            code: "empty-link",
            message: format!("this {} link has no address", role.as_str()),
            help: Some("give the link its address, or remove it until there is one".into()),
        });
    } else if role == Role::Code && !links::is_code_host(url) {
        defects.push(RawDefect {
            at,
            level: Level::Warning,
            code: "code-not-code-host",
            message: format!(
                "this code link points to {}, which is no code host",
                links::host(url).unwrap_or_else(|| url.to_owned())
            ),
            help: Some("link the code's repository (GitHub, GitLab, Hugging Face, …), or name the link for what it is".into()),
        });
    }
}

/// A bracketed or parenthesised group: a venue label (it has a year, an
/// arXiv id, or a venue's name), else a short name.
pub(crate) fn classify(inner: &str, labels: &mut Vec<String>, name: &mut Option<String>) {
    let inner = inner
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_' || c == '[' || c == ']')
        .trim();
    if inner.is_empty() || links::role_of_text(inner).is_some() {
        return;
    }
    if label::is_dated(inner) || label::is_venue(inner) {
        labels.push(inner.to_owned());
    } else if name.is_none() && inner.split_whitespace().count() <= 5 {
        *name = Some(inner.to_owned());
    }
}

pub(crate) fn merge(mut acc: Label, next: Label) -> Label {
    if acc.venue.is_none() {
        acc.venue = next.venue;
    }
    if acc.year.is_none() {
        acc.year = next.year;
        acc.month = next.month;
    }
    if acc.arxiv.is_none() {
        acc.arxiv = next.arxiv;
    }
    acc
}

/// Qualifiers that say which part of the venue above (`CVPR'26` then
/// `(**Findings**)`).
const QUALIFIERS: &[&str] = &[
    "findings",
    "workshop",
    "workshops",
    "oral",
    "poster",
    "spotlight",
    "demo",
];

/// The item's venue and year: its own label's, else the headings'.
pub(crate) fn resolve(own: &Label, context: &Context) -> (Option<String>, Option<u16>) {
    let venue = match (&own.venue, &context.venue) {
        (Some(venue), Some(above)) if QUALIFIERS.contains(&venue.to_lowercase().as_str()) => {
            Some(format!("{above} {venue}"))
        }
        (Some(venue), _) => Some(venue.clone()),
        (None, above) => above.clone(),
    };
    (venue, own.year.or(context.year))
}

/// The arXiv id and DOI of the links, paper links first, else the label's
/// arXiv id.
pub(crate) fn identifiers(
    found: &[(Link, usize)],
    label_arxiv: Option<String>,
) -> (Option<String>, Option<String>) {
    let ordered = found
        .iter()
        .filter(|(link, _)| link.role == Role::Paper)
        .chain(
            found
                .iter()
                .filter(|(link, _)| link.role != Role::Paper && link.role != Role::Code),
        );
    let mut arxiv = None;
    let mut doi = None;
    for (link, _) in ordered {
        if arxiv.is_none() {
            arxiv = links::arxiv_of_url(&link.url);
        }
        if doi.is_none() {
            doi = links::doi_of_url(&link.url);
        }
    }
    (arxiv.or(label_arxiv), doi)
}

/// The role a section's heading names.
pub(crate) fn kind_of_section(section: Option<&str>) -> Option<Kind> {
    let section = section?.to_lowercase();
    let has = |word: &str| {
        section
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with(word))
    };
    if has("dataset") {
        Some(Kind::Dataset)
    } else if has("toolkit") || has("tool") {
        Some(Kind::Toolkit)
    } else if has("survey") || has("review") {
        Some(Kind::Survey)
    } else {
        None
    }
}

/// A title's `Name:` prefix, if it reads as a short name: one word of at
/// most 30 characters (`MAIRA-2`, `R2Gen-Mamba`, `Libra`), or up to three
/// words each with a capital inside or a digit (`Med-PaLM M`).
pub fn plain_name_prefix(title: &str) -> Option<String> {
    let (prefix, rest) = title.split_once(':')?;
    let prefix = prefix.trim();
    if rest.split_whitespace().count() < 2 || prefix.is_empty() || prefix.len() > 30 {
        return None;
    }
    let words: Vec<&str> = prefix.split_whitespace().collect();
    let name_like = |word: &str| {
        word.chars()
            .skip(1)
            .any(|c| c.is_uppercase() || c.is_ascii_digit())
            || word.contains('-')
            || word.contains('+')
    };
    let ok = match words.len() {
        1 => words[0].chars().next().is_some_and(|c| c.is_alphanumeric()),
        2 | 3 => words.iter().all(|word| name_like(word) || word.len() <= 2),
        _ => false,
    };
    ok.then(|| prefix.to_owned())
}

/// Text without markup left over, quotes or trailing punctuation, on one
/// line.
pub fn clean_title(title: &str) -> String {
    let title = title.replace(['*', '\n'], " ");
    let mut title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = title.len();
        let trimmed = title
            .trim()
            .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '「' | '」'))
            .trim_end_matches(|c: char| {
                matches!(
                    c,
                    '.' | ',' | ';' | ':' | '，' | '。' | '-' | '–' | '—' | '/' | '·' | '|'
                )
            })
            .trim_start_matches(|c: char| {
                matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '|' | '.')
            })
            .trim();
        let trimmed = ["[J]", "[C]", "[M]", "[EB/OL]"]
            .iter()
            .find_map(|mark| trimmed.strip_suffix(mark))
            .unwrap_or(trimmed)
            .trim();
        title = trimmed.to_owned();
        if title.len() == before {
            return title;
        }
    }
}

/// The last group of a title in brackets or parentheses, if the title ends
/// with one: the title before it and the group's inside.
pub(crate) fn trailing_group(title: &str) -> Option<(String, String)> {
    let trimmed = title
        .trim_end()
        .trim_end_matches(['.', ',', ';'])
        .trim_end();
    let close = trimmed.chars().next_back()?;
    let open = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let mut depth = 0usize;
    for (at, c) in trimmed.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth -= 1;
            if depth == 0 {
                let inner = &trimmed[at + 1..trimmed.len() - 1];
                let rest = &trimmed[..at];
                // A title that is only a group is no title with a label.
                if rest.trim().is_empty() {
                    return None;
                }
                let is_label_or_name = inner.contains("**")
                    || label::is_dated(inner)
                    || (label::is_venue(inner) && inner.split_whitespace().count() <= 6)
                    || looks_like_a_name(inner);
                return is_label_or_name.then(|| (rest.to_owned(), inner.to_owned()));
            }
        }
    }
    None
}

/// `MIMIC-CXR`, `Med-PaLM M`, `CXR-PRO`: at most three words, one with a
/// capital after its first letter, a digit or a hyphen.
fn looks_like_a_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().any(|word| {
            word.chars()
                .skip(1)
                .any(|c| c.is_uppercase() || c.is_ascii_digit())
                || word.contains('-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown;

    fn one(text: &str) -> Option<Listed> {
        let raw = markdown::read(text);
        let mut defects = Vec::new();
        raw.iter().find_map(|raw| extract(raw, &mut defects))
    }

    #[test]
    fn the_four_styles() {
        let item = one("[TMI 2024] Multi-Grained Radiology Report Generation [[paper](https://ieeexplore.ieee.org/document/10458706/)] [[code](https://github.com/a/b)]\n").unwrap();
        assert_eq!(item.title, "Multi-Grained Radiology Report Generation");
        assert_eq!(
            (item.venue.as_deref(), item.year),
            (Some("TMI"), Some(2024))
        );
        assert_eq!(item.links.len(), 2);

        let item = one("- ***RADAR:*** Enhancing Radiology Report Generation [[Paper]](https://aclanthology.org/2025.acl-long.1279/)\n").unwrap();
        assert_eq!(
            (item.name.as_deref(), item.title.as_str()),
            (Some("RADAR"), "Enhancing Radiology Report Generation")
        );
        assert_eq!(item.doi.as_deref(), Some("10.18653/v1/2025.acl-long.1279"));

        let item = one("- CheXagent: Towards a Foundation Model (**arXiv'2401**) [[paper](https://x.org/a)][[code](https://github.com/a/b)]\n").unwrap();
        assert_eq!(item.title, "CheXagent: Towards a Foundation Model");
        assert_eq!(
            (item.venue.as_deref(), item.year, item.name.as_deref()),
            (Some("arXiv"), Some(2024), Some("CheXagent"))
        );

        let item = one("* [arXiv:2510.12444] **A Review of Longitudinal Radiology Report Generation**, Shaoyang Zhou, Yingshu Li\n  [[Paper](https://arxiv.org/abs/2510.12444)]\n").unwrap();
        assert_eq!(
            item.title,
            "A Review of Longitudinal Radiology Report Generation"
        );
        assert_eq!(item.authors, ["Shaoyang Zhou", "Yingshu Li"]);
        assert_eq!(item.arxiv.as_deref(), Some("2510.12444"));
    }

    #[test]
    fn names_in_parentheses_and_placeholders() {
        let mut defects = Vec::new();
        let raw = markdown::read(
            "- MIMIC-CXR-JPG, a large database (**MIMIC-CXR**)  [[paper](https://arxiv.org/abs/1901.07042)][[data](https://physionet.org/x)].\n- Joint Embedding of Features [[paper](https://x.org/p)] [[code]]\n",
        );
        let items: Vec<_> = raw
            .iter()
            .filter_map(|raw| extract(raw, &mut defects))
            .collect();
        assert_eq!(items[0].name.as_deref(), Some("MIMIC-CXR"));
        assert_eq!(items[0].title, "MIMIC-CXR-JPG, a large database");
        assert_eq!(items[1].title, "Joint Embedding of Features");
        assert_eq!(defects.len(), 1);
        assert_eq!(defects[0].code, "empty-link");
    }
}
