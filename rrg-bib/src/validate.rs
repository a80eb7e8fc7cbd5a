//! Checks across entries: every key, alias and constant name unique, every
//! `related` key known, and no work recorded twice.

use std::collections::HashMap;
use std::ops::Range;

use crate::convert::Record;
use crate::diagnostic::Diagnostic;
use rrg_model::const_name;
use rrg_model::fields::Field;

pub(crate) fn check_catalogue(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    check_names(records, out);
    check_related(records, out);
    check_same_work(records, out);
}

/// Keys and aliases: each names one entry, and no two map to one constant.
fn check_names(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    let mut names: HashMap<&str, (Range<usize>, bool)> = HashMap::new();
    let mut idents: HashMap<String, (&str, Range<usize>)> = HashMap::new();
    for record in records {
        let entry = &record.entry;
        let keys = std::iter::once((entry.key, record.key_span.clone(), true)).chain(
            entry
                .aliases
                .iter()
                .enumerate()
                .map(|(i, alias)| (*alias, record.item_span(Field::Ids, i), false)),
        );
        for (name, span, is_key) in keys {
            if let Some((first, first_is_key)) = names.get(name) {
                let (code, message) = match (is_key, first_is_key) {
                    (true, true) => ("duplicate-key", format!("duplicate key `{name}`")),
                    (true, false) => (
                        "duplicate-alias",
                        format!("key `{name}` is already an alias of another entry"),
                    ),
                    _ => ("duplicate-alias", format!("alias `{name}` is already used")),
                };
                out.push(
                    Diagnostic::error(code, span, message)
                        .note(if *first_is_key { "first used as a key" } else { "first used as an alias" }, first.clone())
                        .help("every key and alias must name exactly one entry: merge the entries or rename one"),
                );
                continue;
            }
            names.insert(name, (span.clone(), is_key));
            let ident = const_name(name);
            match idents.get(&ident) {
                Some((other, first)) if *other != name => out.push(
                    Diagnostic::error(
                        "ident-collision",
                        span,
                        format!("`{name}` and `{other}` both map to the Rust name `{ident}`"),
                    )
                    .note(format!("`{other}` is"), first.clone())
                    .help("keys and aliases must differ in more than case and punctuation"),
                ),
                _ => {
                    idents.insert(ident, (name, span));
                }
            }
        }
    }
}

fn check_related(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    for record in records {
        for (i, related) in record.entry.related.iter().enumerate() {
            let target = records.iter().find(|other| other.entry.answers_to(related));
            let problem = match target {
                None => Some(format!(
                    "`related` names `{related}`, which is no key or alias here"
                )),
                Some(other) if other.entry.key == record.entry.key => {
                    Some(format!("`related` names the entry itself (`{related}`)"))
                }
                Some(_) => None,
            };
            if let Some(message) = problem {
                out.push(
                    Diagnostic::error(
                        "unknown-related",
                        record.item_span(Field::Related, i),
                        message,
                    )
                    .help("name the key of another entry of this file"),
                );
            }
        }
    }
}

/// The same DOI, arXiv id or title in two entries means one work twice.
fn check_same_work(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    type Seen<'r> = HashMap<String, (&'r str, Range<usize>)>;
    let mut seen: [(Field, &str, Seen<'_>); 3] = [
        (Field::Doi, "DOI", HashMap::new()),
        (Field::Eprint, "arXiv id", HashMap::new()),
        (Field::Title, "title", HashMap::new()),
    ];
    for record in records {
        let entry = &record.entry;
        let identities = [
            entry.doi.map(str::to_ascii_lowercase),
            entry.arxiv.map(arxiv_without_version),
            Some(normalised_title(entry.title)).filter(|title| !title.is_empty()),
        ];
        for ((field, what, seen), identity) in seen.iter_mut().zip(identities) {
            let Some(identity) = identity else { continue };
            let span = record.field_span(*field);
            match seen.get(&identity) {
                Some((first_key, first_span)) => out.push(
                    Diagnostic::error(
                        "same-work",
                        span,
                        format!("`{}` has the same {what} as `{first_key}`: one work recorded twice", entry.key),
                    )
                    .note(format!("`{first_key}` has it"), first_span.clone())
                    .help("merge the two entries into one, keeping the other key as an alias in `ids`"),
                ),
                None => {
                    seen.insert(identity, (entry.key, span));
                }
            }
        }
    }
}

fn arxiv_without_version(id: &str) -> String {
    match id.rsplit_once('v') {
        Some((base, version))
            if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) =>
        {
            base.to_owned()
        }
        _ => id.to_owned(),
    }
}

/// A title reduced to its lowercase letters and digits, so that case,
/// punctuation, spacing and hyphenation (`Mix-up`, `Mixup`) do not hide a
/// repeat.
pub fn normalised_title(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}
