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
