//! Facts of one entry that contradict each other: an article in a
//! conference, a preprint filed as an article, an author list cut short.

use rrg_model::EntryType;
use rrg_model::fields::Field;

use crate::convert::Record;
use crate::diagnostic::Diagnostic;

pub(super) fn check(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    for record in records {
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
    "proceedings of the ire",
    "proceedings of the iee",
    "vldb endowment",
    "royal society",
    "proceedings of the acm on",
    "american mathematical society",
    "mayo clinic proceedings",
    "conference series",
];

/// Words that make "Proceedings of the …" a journal: learned societies and
/// academies have published journals of that name since the 19th century
/// (*Proceedings of the London Mathematical Society*, *of the Japan
/// Academy*, *of the Cambridge Philosophical Society*).
const SOCIETY_WORDS: &[&str] = &["society", "academy", "institution", "endowment"];

/// Whether a journal title is a journal named "Proceedings of …": a known
/// one, or the proceedings of a society or academy that names no
/// conference, workshop, symposium or congress.
fn journal_named_proceedings(lower: &str) -> bool {
    if JOURNALS_NAMED_PROCEEDINGS
        .iter()
        .any(|journal| lower.contains(journal))
    {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    words.contains(&"proceedings")
        && words.iter().any(|word| SOCIETY_WORDS.contains(word))
        && !CONFERENCE_WORDS[1..]
            .iter()
            .any(|conference| words.contains(conference))
}

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
    }) && !journal_named_proceedings(&lower);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journals_named_proceedings_are_journals() {
        for journal in [
            "Proceedings of the London Mathematical Society",
            "Proceedings of the IRE",
            "Proceedings of the National Academy of Sciences",
            "Proceedings of the Japan Academy, Series A",
            "Proceedings of the Cambridge Philosophical Society",
            "Proceedings of the IEEE",
        ] {
            assert!(
                journal_named_proceedings(&journal.to_lowercase()),
                "{journal}"
            );
        }
        for conference in [
            "Proceedings of the AAAI Conference on Artificial Intelligence",
            "Proceedings of ACL",
            "Proceedings of the Society for Industrial and Applied Mathematics Conference on Data Mining",
        ] {
            assert!(
                !journal_named_proceedings(&conference.to_lowercase()),
                "{conference}"
            );
        }
    }
}
