//! One work recorded twice: the same DOI, arXiv id or normalised title in
//! two entries, and titles that are nearly identical.
//!
//! In a user's file equal titles alone do not make one work (a book and an
//! article both called *Deep Learning*; an R package and its book): only
//! with the same year, first author and entry type; otherwise they are
//! worth a note (`same-title`). The catalogue holds every title once.

use std::collections::HashMap;
use std::ops::Range;

use rrg_model::fields::Field;

use crate::convert::{Record, Rules};
use crate::datamodel::biblatex_type;
use crate::diagnostic::Diagnostic;

/// The least similarity of two normalised titles that counts as nearly
/// identical: `1 - levenshtein(a, b) / max(len(a), len(b))`, in characters.
pub const SIMILAR_TITLE_THRESHOLD: f64 = 0.95;

/// A title prepared for comparison: its normalised characters and digits.
struct Title {
    record: usize,
    chars: Vec<char>,
    digits: String,
}

/// The length of the pieces a title is cut into for the index.
const PIECE: usize = 4;

pub(super) fn check(records: &[Record<'_>], rules: Rules, out: &mut Vec<Diagnostic>) {
    check_same_work(records, rules, out);
    check_similar_titles(records, out);
}

/// The same DOI, arXiv id or title in two entries means one work twice.
fn check_same_work(records: &[Record<'_>], rules: Rules, out: &mut Vec<Diagnostic>) {
    type Seen = HashMap<String, (usize, Range<usize>)>;
    let mut seen: [(Field, &str, Seen); 3] = [
        (Field::Doi, "DOI", HashMap::new()),
        (Field::Eprint, "arXiv id", HashMap::new()),
        (Field::Title, "title", HashMap::new()),
    ];
    for (index, record) in records.iter().enumerate() {
        let entry = &record.entry;
        let identities = [
            entry.doi.map(str::to_ascii_lowercase),
            entry.arxiv.map(arxiv_without_version),
            Some(normalised_title(entry.title)).filter(|title| !title.is_empty()),
        ];
        for ((field, what, seen), identity) in seen.iter_mut().zip(identities) {
            let mut what: &str = what;
            let Some(identity) = identity else { continue };
            let span = record.field_span(*field);
            let Some((first, first_span)) = seen.get(&identity) else {
                seen.insert(identity, (index, span));
                continue;
            };
            let first = &records[*first];
            let first_key = first.entry.key;
            // The same key twice is `duplicate-key` already.
            if !rules.catalogue && first_key == entry.key {
                continue;
            }
            if *field == Field::Title && !rules.catalogue {
                // One pair is reported once: by its DOI or arXiv id.
                if same_identifier(first, record) {
                    continue;
                }
                if let Some(differs) = differs(first, record) {
                    out.push(
                        Diagnostic::warning(
                            "same-title",
                            span,
                            format!("`{}` has the title of `{first_key}`, but another {differs}", entry.key),
                        )
                        .note(format!("`{first_key}` has it"), first_span.clone())
                        .help("two works may share a title; if these are one work, merge them and keep the other key in `ids`"),
                    );
                    continue;
                }
                what = "title, year and first author";
            }
            out.push(
                Diagnostic::error(
                    "same-work",
                    span,
                    format!(
                        "`{}` has the same {what} as `{first_key}`: one work recorded twice",
                        entry.key
                    ),
                )
                .note(format!("`{first_key}` has it"), first_span.clone())
                .help("merge the two entries into one, keeping the other key as an alias in `ids`"),
            );
        }
    }
}

/// Whether two entries have the same DOI or arXiv id.
fn same_identifier(one: &Record<'_>, two: &Record<'_>) -> bool {
    let doi = |record: &Record<'_>| record.entry.doi.map(str::to_ascii_lowercase);
    let arxiv = |record: &Record<'_>| record.entry.arxiv.map(arxiv_without_version);
    (doi(one).is_some() && doi(one) == doi(two))
        || (arxiv(one).is_some() && arxiv(one) == arxiv(two))
}

/// What tells two works with one title apart, if anything: the year, the
/// first author (or editor) or the entry type.
fn differs(one: &Record<'_>, two: &Record<'_>) -> Option<&'static str> {
    if one.given.year != two.given.year {
        return Some("year");
    }
    let first_name = |record: &Record<'_>| {
        let entry = &record.entry;
        entry
            .authors
            .first()
            .or(entry.editors.first())
            .map(|person| normalised_title(person.family))
    };
    if first_name(one) != first_name(two) {
        return Some("first author");
    }
    let type_of = |record: &Record<'_>| biblatex_type(record.given.type_name).to_owned();
    if type_of(one) != type_of(two) {
        return Some("entry type");
    }
    None
}

pub(super) fn arxiv_without_version(id: &str) -> String {
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
}
