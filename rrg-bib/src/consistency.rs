//! Checks of facts that contradict each other or another entry, beyond
//! those the catalogue has always made ([`crate::validate`]): keys that
//! differ only in case, nearly identical titles, a key whose year is not the
//! entry's, an article in a conference, a preprint filed as an article and
//! an author list cut short.

use std::collections::HashMap;
use std::ops::Range;

use rrg_model::EntryType;
use rrg_model::fields::Field;

use crate::convert::Record;
use crate::diagnostic::Diagnostic;
use crate::validate::normalised_title;

/// The least similarity of two normalised titles that counts as nearly
/// identical: `1 - levenshtein(a, b) / max(len(a), len(b))`, in characters.
pub const SIMILAR_TITLE_THRESHOLD: f64 = 0.95;

pub(crate) fn check(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    check_key_case(records, out);
    check_similar_titles(records, out);
    for record in records {
        check_key_year(record, out);
        check_venue(record, out);
        if record.entry.authors_truncated {
            out.push(
                Diagnostic::warning(
                    "truncated-authors",
                    record.field_span(Field::Author),
                    "the author list is cut short with `and others`",
                )
                .help("list every author if the work names them: styles print `et al.` themselves when the list is long"),
            );
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

/// Words that make a journal title the title of a conference's proceedings.
const CONFERENCE_WORDS: &[&str] = &[
    "proceedings",
    "conference",
    "workshop",
    "symposium",
    "congress",
];

/// Journals whose titles hold such a word all the same.
const JOURNALS_NAMED_PROCEEDINGS: &[&str] = &[
    "national academy of sciences",
    "proceedings of the ieee",
    "vldb endowment",
    "royal society",
    "proceedings of the acm on",
    "american mathematical society",
    "mayo clinic proceedings",
    "conference series",
];

fn check_venue(record: &Record<'_>, out: &mut Vec<Diagnostic>) {
    let entry = &record.entry;
    if entry.entry_type != EntryType::Article {
        return;
    }
    let Some(journal) = entry.venue.full else {
        return;
    };
    let lower = journal.to_lowercase();
    let span = record.field_span(Field::JournalTitle);
    let preprint = ["arxiv", "corr", "biorxiv", "medrxiv"]
        .iter()
        .any(|server| {
            lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word == *server)
        });
    if preprint {
        out.push(
            Diagnostic::warning(
                "arxiv-preprint",
                span,
                format!("`{journal}` names a preprint server: this `@article` is a preprint"),
            )
            .help(
                "fine as it is; if the work has since been published, cite the published version",
            ),
        );
        return;
    }
    let conference = CONFERENCE_WORDS.iter().any(|word| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == *word)
    }) && !JOURNALS_NAMED_PROCEEDINGS
        .iter()
        .any(|journal| lower.contains(journal));
    if conference {
        out.push(
            Diagnostic::warning(
                "article-in-proceedings",
                span,
                format!("`{journal}` looks like a conference, not a journal"),
            )
            .help("a paper in proceedings is `@inproceedings` with `booktitle`; keep `@article` only if this is a journal"),
        );
    }
}

/// A title prepared for comparison: its normalised characters and digits.
struct Title {
    record: usize,
    chars: Vec<char>,
    digits: String,
}

/// The length of the pieces a title is cut into for the index.
const PIECE: usize = 4;

/// Pairs of entries whose normalised titles are nearly identical (but not
/// identical: that is `same-work`).
///
/// Comparing every pair would take quadratic time; instead a pair is only
/// compared when it shares a piece of title that the edits cannot have
/// touched. Two titles within `d` edits of each other, the longer of length
/// `n`, with `d <= 0.05 n`: cut the shorter into pieces of four characters;
/// each edit spoils at most one piece, so at least `pieces - d` of them
/// appear unchanged in the other title, shifted by at most `d`. Indexing the
/// `d + 1` rarest pieces of each title is therefore enough to meet every
/// such pair, and the candidates found are then compared in full. Titles
/// whose digits differ (`Part 1`, `Part 2`) are different works and not
/// compared.
fn check_similar_titles(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    // Only titles with the same digits are compared: one index per digit
    // string (most titles have none).
    let mut groups: HashMap<String, Vec<Title>> = HashMap::new();
    for title in titles_of(records) {
        groups.entry(title.digits.clone()).or_default().push(title);
    }
    let mut groups: Vec<Vec<Title>> = groups.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_by_key(|group| group[0].record);
    for titles in groups {
        similar_in_group(records, &titles, out);
    }
}

fn titles_of(records: &[Record<'_>]) -> Vec<Title> {
    records
        .iter()
        .enumerate()
        .filter_map(|(record, r)| {
            let normal = normalised_title(r.entry.title);
            let chars: Vec<char> = normal.chars().collect();
            // Below 20 characters only identical titles are within 5 %.
            (chars.len() >= 19).then(|| Title {
                record,
                digits: chars.iter().filter(|c| c.is_ascii_digit()).collect(),
                chars,
            })
        })
        .collect()
}

/// The pairs of nearly identical titles among `titles`, which all have the
/// same digits.
fn similar_in_group(records: &[Record<'_>], titles: &[Title], out: &mut Vec<Diagnostic>) {
    let bound = |len: usize| len / 19; // floor(0.05 * len / 0.95)
    let mut frequency: HashMap<&[char], u32> = HashMap::new();
    for title in titles {
        for piece in title.chars.chunks_exact(PIECE) {
            *frequency.entry(piece).or_default() += 1;
        }
    }
    let mut index: HashMap<&[char], Vec<(u32, u32)>> = HashMap::new();
    for (t, title) in titles.iter().enumerate() {
        let mut pieces: Vec<(usize, &[char])> = title
            .chars
            .chunks_exact(PIECE)
            .enumerate()
            .map(|(i, piece)| (i * PIECE, piece))
            .collect();
        pieces.sort_by_key(|(at, piece)| (frequency[piece], *at));
        for (at, piece) in pieces.into_iter().take(bound(title.chars.len()) + 1) {
            index.entry(piece).or_default().push((t as u32, at as u32));
        }
    }
    let mut reported = vec![false; titles.len()];
    let mut candidates: Vec<u32> = Vec::new();
    for (b, title) in titles.iter().enumerate() {
        candidates.clear();
        for (at, window) in title.chars.windows(PIECE).enumerate() {
            let Some(postings) = index.get(window) else {
                continue;
            };
            for &(a, piece_at) in postings {
                let a_len = titles[a as usize].chars.len();
                if a as usize != b && (piece_at as usize).abs_diff(at) <= bound(a_len) {
                    candidates.push(a);
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &a in &candidates {
            let (first, second) = if a as usize <= b {
                (a as usize, b)
            } else {
                (b, a as usize)
            };
            // Each pair once, from its second title; each title once.
            if first == b || reported[second] {
                continue;
            }
            let (one, two) = (&titles[first], &titles[second]);
            let Some(similarity) = similarity(one, two) else {
                continue;
            };
            reported[second] = true;
            let (earlier, later) = (&records[one.record], &records[two.record]);
            out.push(
                Diagnostic::warning(
                    "similar-title",
                    later.field_span(Field::Title),
                    format!(
                        "`{}` has nearly the title of `{}` ({:.0} % alike): the same work twice?",
                        later.entry.key,
                        earlier.entry.key,
                        (similarity * 100.0).floor()
                    ),
                )
                .note(format!("`{}` has it", earlier.entry.key), earlier.field_span(Field::Title))
                .help("if they are one work, merge them and keep the other key in `ids`; if not, ignore this warning"),
            );
        }
    }
}

/// The similarity of two titles if they are nearly identical, not equal,
/// and their digits agree.
fn similarity(one: &Title, two: &Title) -> Option<f64> {
    if one.chars == two.chars || one.digits != two.digits {
        return None;
    }
    let longest = one.chars.len().max(two.chars.len());
    let limit = longest / 20; // at most 5 % of the longer title edited
    if one.chars.len().abs_diff(two.chars.len()) > limit {
        return None;
    }
    let distance = bounded_levenshtein(&one.chars, &two.chars, limit)?;
    let similarity = 1.0 - distance as f64 / longest as f64;
    (similarity >= SIMILAR_TITLE_THRESHOLD).then_some(similarity)
}

/// The Levenshtein distance of `a` and `b` if it is at most `limit`,
/// computed in a band of the table (time `O(len * limit)`).
fn bounded_levenshtein(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let big = limit + 1;
    let mut previous: Vec<usize> = (0..=b.len()).map(|j| j.min(big)).collect();
    let mut current = vec![big; b.len() + 1];
    for i in 1..=a.len() {
        let from = i.saturating_sub(limit).max(1);
        let to = (i + limit).min(b.len());
        current.fill(big);
        current[0] = i.min(big);
        let mut best = current[0];
        for j in from..=to {
            let substitute = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let value = substitute
                .min(previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(big);
            current[j] = value;
            best = best.min(value);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_levenshtein_agrees_with_the_full_table() {
        let words = [
            "",
            "a",
            "ab",
            "kitten",
            "sitting",
            "radiologyreportgeneration",
            "radiologyreportgenerations",
            "radiologicalreportgeneration",
            "reportgenerationradiology",
        ];
        for a in words {
            for b in words {
                let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let full = strsim::levenshtein(a, b);
                for limit in 0..8 {
                    let expected = (full <= limit).then_some(full);
                    assert_eq!(
                        bounded_levenshtein(&x, &y, limit),
                        expected,
                        "{a} {b} {limit}"
                    );
                }
            }
        }
    }

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
