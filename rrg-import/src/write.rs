//! Candidate entries for the catalogue: every `new` work of a report (one
//! per work, however many lists name it) as a biblatex entry in the
//! catalogue's format, for a curator to check against the published record
//! and move into `reference.bib`.
//!
//! Nothing is guessed. Each entry holds what the lists state:
//!
//! - `@online` with `eprint`/`eprinttype` when the label is arXiv and an
//!   arXiv id is known that no other work of the report claims; `@misc` otherwise (a label does not say whether a
//!   venue is a journal or a conference);
//! - `kind`: the role the list's section names (`Datasets` → `dataset`,
//!   `Toolkits`/`Tools` → `toolkit`, `Surveys`/`Reviews` → `survey`), else
//!   `paper`;
//! - `author` when a list names the authors (`Given Family` written as
//!   `Family, Given`, `et al.` as `and others`), `title` as the list reads
//!   it, `shortname` when a list names one, with `namesource = {title}`
//!   when it is the title's own `Name:` prefix or `{list:<list>}` when a
//!   public list marks it (a name only another list gives is left out);
//! - `shortvenue` and `year` from the list's label, with `evidence =
//!   {label}`: the lists' word, not a verified venue; `listedin` the public
//!   lists ([`List`]) that name the work, known by their file names;
//! - `url`, `code`, `project`, `dataset` from the links, except a paper
//!   link that two works of the report share (`shared-paper-link`);
//! - `unknown` naming every required fact no list gives (`author`,
//!   `year`, `shortvenue`).
//!
//! Keys follow the catalogue's convention (`family-etal-year-word`); with
//! no authors the key is `name-year` when the list names the work, else
//! `venue-year-word` after the venue its list gives (else `anon`); with no
//! year, `nd`. Keys that collide with each other or with the catalogue take
//! the next title word. (CURATION.md, *Keys*.)

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::Hash;

use rrg_model::{Evidence, Kind, List};

use crate::links;
use crate::model::{Item, Report, Role, Status};

/// Words a key's word is never (the catalogue's stop words).
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "on", "of", "for", "in", "to", "with", "and", "via", "by", "from", "towards",
    "toward",
];

/// The candidate entries of every `new` work in `report`, as `.bib` text.
/// `taken` are the keys and aliases the catalogue already uses.
pub fn candidates<'k>(report: &Report, taken: impl IntoIterator<Item = &'k str>) -> String {
    let mut works: Vec<Vec<&Item>> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for item in report
        .items
        .iter()
        .filter(|item| item.status == Status::New)
    {
        let slot = *index.entry(item.work).or_insert_with(|| {
            works.push(Vec::new());
            works.len() - 1
        });
        works[slot].push(item);
    }
    let taken: HashSet<&str> = taken.into_iter().collect();
    // An arXiv id that two works of the report claim is in doubt (see the
    // `shared-arxiv-id` defect), and so is a paper link that two works share
    // (`shared-paper-link`, which the catalogue's build rejects): neither
    // entry records it.
    let contested = Contested {
        arxiv: claimed_by_several(
            report
                .items
                .iter()
                .filter_map(|item| item.arxiv.as_deref().map(|id| (id, item.work))),
        ),
        links: claimed_by_several(report.items.iter().flat_map(|item| {
            item.links
                .iter()
                .filter(|link| link.role == Role::Paper)
                .map(|link| (links::normalised_url(&link.url), item.work))
        })),
    };
    let keys = keys(&works, &taken);
    let mut out = String::from(
        "% Candidate entries from `rrg import --write`: what the lists state, nothing more.\n\
         % Check each against its published record before moving it into reference.bib;\n\
         % `evidence = {label}`: venue and year are the lists' word, not a record.\n",
    );
    for (work, key) in works.iter().zip(keys) {
        out.push('\n');
        entry(work, &key, &contested, &mut out);
    }
    out
}

/// The values of `claims` (value, work) that more than one work claims.
fn claimed_by_several<K: Eq + Hash>(claims: impl Iterator<Item = (K, usize)>) -> HashSet<K> {
    let mut works: HashMap<K, HashSet<usize>> = HashMap::new();
    for (value, work) in claims {
        works.entry(value).or_default().insert(work);
    }
    works
        .into_iter()
        .filter(|(_, works)| works.len() > 1)
        .map(|(value, _)| value)
        .collect()
}

/// What two works of a report claim, and so no candidate records.
struct Contested<'r> {
    /// arXiv ids.
    arxiv: HashSet<&'r str>,
    /// Paper links, normalised.
    links: HashSet<String>,
}

/// One entry.
fn entry(items: &[&Item], key: &str, contested: &Contested<'_>, out: &mut String) {
    let first = items[0];
    let arxiv = items
        .iter()
        .find_map(|item| item.arxiv.as_deref())
        .filter(|id| !contested.arxiv.contains(id));
    let venue = items.iter().find_map(|item| item.venue.as_deref());
    let year = items.iter().find_map(|item| item.year);
    let online = venue.is_some_and(|venue| venue.eq_ignore_ascii_case("arxiv")) && arxiv.is_some();
    let kind = items
        .iter()
        .find_map(|item| item.kind)
        .unwrap_or(Kind::Paper);
    let with_authors = items
        .iter()
        .max_by_key(|item| item.authors.len())
        .filter(|item| !item.authors.is_empty());
    let name = items.iter().find_map(|item| item.name.as_deref());
    let mut fields: Vec<(&str, String)> = vec![("kind", kind.as_str().to_owned())];
    if let Some(item) = with_authors {
        let mut names: Vec<String> = item
            .authors
            .iter()
            .map(|author| family_first(author))
            .collect();
        if item.authors_truncated {
            names.push("others".into());
        }
        fields.push(("author", names.join(" and ")));
    }
    fields.push(("title", escape(&first.listed_title)));
    // A name goes in with where it comes from: the title's own prefix, or
    // a public list that marks it; a name only another list gives is left
    // out.
    let source = name.and_then(|name| {
        if first.listed_title.starts_with(&format!("{name}:")) {
            return Some("title".to_owned());
        }
        items
            .iter()
            .find(|item| item.name.as_deref() == Some(name))
            .and_then(|item| list_of(&item.file))
            .map(|list| format!("list:{}", list.as_str()))
    });
    if let (Some(name), Some(source)) = (name, source) {
        fields.push(("shortname", escape(name)));
        fields.push(("namesource", source));
    }
    if let Some(venue) = venue {
        fields.push(("shortvenue", escape(if online { "arXiv" } else { venue })));
    }
    if let Some(year) = year {
        fields.push(("year", year.to_string()));
    }
    if let (true, Some(id)) = (online, arxiv) {
        fields.push(("eprint", id.to_owned()));
        fields.push(("eprinttype", "arxiv".to_owned()));
    }
    for (field, role) in [
        ("url", Role::Paper),
        ("code", Role::Code),
        ("project", Role::Project),
        ("dataset", Role::Dataset),
    ] {
        let url = items.iter().flat_map(|item| &item.links).find(|link| {
            link.role == role
                && is_plain_url(&link.url)
                && !(role == Role::Paper
                    && contested.links.contains(&links::normalised_url(&link.url)))
        });
        if let Some(link) = url {
            fields.push((field, link.url.clone()));
        }
    }
    // The venue and year are the lists' word, not a checked record.
    fields.push(("evidence", Evidence::Label.as_str().to_owned()));
    let lists: BTreeSet<&str> = items
        .iter()
        .filter_map(|item| list_of(&item.file))
        .map(List::as_str)
        .collect();
    if !lists.is_empty() {
        fields.push(("listedin", lists.into_iter().collect::<Vec<_>>().join(", ")));
    }
    let mut unknown = Vec::new();
    if with_authors.is_none() {
        unknown.push("author");
    }
    if year.is_none() {
        unknown.push("year");
    }
    if venue.is_none() {
        unknown.push("shortvenue");
    }
    if !unknown.is_empty() {
        fields.push(("unknown", unknown.join(", ")));
    }
    let entry_type = if online { "online" } else { "misc" };
    let _ = writeln!(out, "@{entry_type}{{{key},");
    for (name, value) in fields {
        let _ = writeln!(out, "  {name:<12} = {{{value}}},");
    }
    out.push_str("}\n");
}

/// The public list a file is a copy of, by its name: the list's
/// repository with `/` as `-` (`mk-runner-Awesome-Radiology-Report-Generation.md`,
/// `Event-AHU-Medical_Image_Analysis-datasets.md`), in any case.
pub fn list_of(file: &str) -> Option<List> {
    let name = file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .to_ascii_lowercase();
    List::ALL
        .iter()
        .copied()
        .find(|list| name.starts_with(&list.repository().replace('/', "-").to_ascii_lowercase()))
}

fn is_plain_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(char::is_whitespace)
        && !url.contains(['{', '}'])
        && !links::is_placeholder(url)
}

/// `Given Family` as `Family, Given`; `Family G` (initials last) as
/// `Family, G`; one word as it is.
fn family_first(name: &str) -> String {
    let name = name.replace(['{', '}', ','], "");
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [family @ .., initials]
            if initials.len() <= 2 && initials.chars().all(|c| c.is_uppercase() || c == '.') =>
        {
            format!("{}, {initials}", family.join(" "))
        }
        [given @ .., family] => format!("{family}, {}", given.join(" ")),
    }
}

/// Text for a braced value: the characters LaTeX reads as markup escaped,
/// braces left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '%' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '{' | '}' | '\\' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The keys of the works, unique among themselves and against `taken`.
fn keys(works: &[Vec<&Item>], taken: &HashSet<&str>) -> Vec<String> {
    let parts: Vec<KeyParts> = works.iter().map(|items| key_parts(items)).collect();
    let mut extra = vec![0usize; works.len()];
    loop {
        let keys: Vec<String> = parts
            .iter()
            .zip(&extra)
            .map(|(parts, &extra)| {
                let (head, words) = (&parts.head, &parts.words);
                // A work known by its name needs no title word until keys collide.
                let first = usize::from(!parts.named);
                let take = (first + extra).min(words.len().max(first));
                let words: Vec<&str> = words.iter().take(take).map(String::as_str).collect();
                if words.is_empty() {
                    head.clone()
                } else {
                    format!("{head}-{}", words.join("-"))
                }
            })
            .collect();
        let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, key) in keys.iter().enumerate() {
            seen.entry(key.as_str()).or_default().push(i);
        }
        let mut changed = false;
        for (key, holders) in &seen {
            let collides = holders.len() > 1 || taken.contains(key);
            if collides {
                for &i in holders {
                    if usize::from(!parts[i].named) + extra[i] < parts[i].words.len() {
                        extra[i] += 1;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            // Keys that still collide (equal titles) get a number.
            let mut counts: HashMap<String, usize> = HashMap::new();
            return keys
                .into_iter()
                .map(|key| {
                    let count = counts.entry(key.clone()).or_insert(0);
                    *count += 1;
                    if *count == 1 && !taken.contains(key.as_str()) {
                        key
                    } else {
                        format!("{key}-{count}")
                    }
                })
                .collect();
        }
    }
}

/// A key's head (`family-etal-year`, `name-year` or `venue-year`) and the
/// title's key words that follow it.
struct KeyParts {
    head: String,
    words: Vec<String>,
    /// Whether the head is the work's name (no authors known), which
    /// needs no title word.
    named: bool,
}

/// The parts of a work's key, by CURATION.md's key rule.
fn key_parts(items: &[&Item]) -> KeyParts {
    let item = items
        .iter()
        .max_by_key(|item| item.authors.len())
        .copied()
        .unwrap_or(items[0]);
    let family = |name: &str| {
        let name = family_first(name);
        let family = name.split(',').next().unwrap_or("").to_owned();
        slug(&family)
    };
    let name = items
        .iter()
        .find_map(|item| item.name.as_deref())
        .map(slug)
        .filter(|s| !s.is_empty() && s.len() <= 20);
    // No authors: the work's name, else the venue its list gives.
    let venue = || {
        items
            .iter()
            .find_map(|item| item.venue.as_deref())
            .map(slug)
            .filter(|s| s.starts_with(|c: char| c.is_ascii_lowercase()) && s.len() <= 20)
    };
    let named = item.authors.is_empty() && name.is_some();
    let who = match (item.authors.as_slice(), item.authors_truncated) {
        ([], _) => name
            .clone()
            .or_else(venue)
            .unwrap_or_else(|| "anon".to_owned()),
        ([one], false) => family(one),
        ([one, two], false) => format!("{}-{}", family(one), family(two)),
        ([first, ..], _) => format!("{}-etal", family(first)),
    };
    let who = if who.is_empty() {
        "anon".to_owned()
    } else {
        who
    };
    let year = items
        .iter()
        .find_map(|item| item.year)
        .map_or_else(|| "nd".to_owned(), |year| year.to_string());
    let words: Vec<String> = items[0]
        .listed_title
        .split_whitespace()
        .map(|word| {
            let word: String = word
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            slug(word.trim_matches('-'))
        })
        .filter(|word| !word.is_empty() && !STOP_WORDS.contains(&word.as_str()))
        .filter(|word| !named || Some(word) != name.as_ref())
        .collect();
    KeyParts {
        head: format!("{who}-{year}"),
        words,
        named,
    }
}

/// Lowercase ASCII letters and digits, diacritics stripped, other
/// characters as `-` between words.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(fold) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A letter without its diacritic, for the common Latin letters.
fn fold(c: char) -> Option<char> {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿžźżśšşłßđ";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzsssls d";
    if c.is_ascii() {
        return Some(c);
    }
    let lower = c.to_lowercase().next()?;
    FROM.chars()
        .position(|x| x == lower)
        .and_then(|i| TO.chars().nth(i))
        .filter(|c| *c != ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_slugs() {
        assert_eq!(family_first("Julián N. Acosta"), "Acosta, Julián N.");
        assert_eq!(family_first("Li M"), "Li, M");
        assert_eq!(slug("Pérez-García"), "perez-garcia");
        assert_eq!(slug("SGT++"), "sgt");
        assert_eq!(
            list_of("lists/mk-runner-Awesome-Radiology-Report-Generation.md"),
            Some(List::MkRunnerAwesomeRrg)
        );
        assert_eq!(
            list_of("Event-AHU-Medical_Image_Analysis-CT_paper_list.md"),
            Some(List::EventAhuMedicalImageAnalysis)
        );
        assert_eq!(list_of("my-list.md"), None);
        assert_eq!(escape("A & B_{x}"), "A \\& B\\_x");
    }
}
