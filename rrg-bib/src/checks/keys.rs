//! Keys and aliases across the file: each names one entry, none maps to
//! another's Rust name or differs from another only in letter case, every
//! `related` key is known, and a key's year is the entry's.

use std::collections::HashMap;
use std::ops::Range;

use rrg_model::const_name;
use rrg_model::fields::Field;

use crate::convert::Record;
use crate::diagnostic::Diagnostic;

pub(super) fn check(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    check_names(records, out);
    check_related(records, out);
    check_key_case(records, out);
    for record in records {
        check_key_year(record, out);
    }
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

/// Keys and aliases that differ only in letter case: BibTeX treats them as
/// one key, biber as two.
fn check_key_case(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, (&str, Range<usize>)> = HashMap::new();
    for record in records {
        let entry = &record.entry;
        let names = std::iter::once((entry.key, record.key_span.clone())).chain(
            entry
                .aliases
                .iter()
                .enumerate()
                .map(|(i, alias)| (*alias, record.item_span(Field::Ids, i))),
        );
        for (name, span) in names {
            let folded = name.to_lowercase();
            match seen.get(&folded) {
                Some((first, first_span)) if *first != name => out.push(
                    Diagnostic::warning(
                        "key-case",
                        span,
                        format!("key `{name}` differs from `{first}` only in letter case"),
                    )
                    .note(format!("`{first}` is"), first_span.clone())
                    .help("BibTeX takes them for one key and biber for two: rename one, or merge the entries"),
                ),
                Some(_) => {}
                None => {
                    seen.insert(folded, (name, span));
                }
            }
        }
    }
}

/// The years a key names: runs of exactly four digits from 1900 to 2099
/// that are not part of a dotted number (an arXiv id such as `1901.07042`).
fn key_years(key: &str) -> Vec<u16> {
    let bytes = key.as_bytes();
    let mut years = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let dotted = (start > 0 && matches!(bytes[start - 1], b'.' | b':'))
            || (i < bytes.len() && matches!(bytes[i], b'.' | b':'));
        if i - start == 4 && !dotted {
            let year: u16 = key[start..i].parse().unwrap_or(0);
            if (1900..2100).contains(&year) && !years.contains(&year) {
                years.push(year);
            }
        }
    }
    years
}

fn check_key_year(record: &Record<'_>, out: &mut Vec<Diagnostic>) {
    let entry = &record.entry;
    let Some(year) = entry.year else { return };
    if let [named] = key_years(entry.key)[..] {
        if named != year {
            out.push(
                Diagnostic::warning(
                    "key-year-mismatch",
                    record.field_span(Field::Year),
                    format!("the key `{}` says {named} but the year is {year}", entry.key),
                )
                .note("the key is", record.key_span.clone())
                .help("check which year is right; if the key must stay, keep it and correct the year, or give the entry a new key and keep the old one in `ids`"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_keys() {
        assert_eq!(key_years("chen-etal-2020-generating"), [2020]);
        assert_eq!(key_years("chen2020memory"), [2020]);
        assert_eq!(key_years("1901.07042"), Vec::<u16>::new());
        assert_eq!(key_years("smith-12345"), Vec::<u16>::new());
        assert_eq!(key_years("a-2019-b-2020"), [2019, 2020]);
        assert_eq!(key_years("x1850"), Vec::<u16>::new());
    }
}
