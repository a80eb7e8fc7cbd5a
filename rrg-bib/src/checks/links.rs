//! Paper links that point at the wrong paper: one link given to two works,
//! and a link whose address names another arXiv id or DOI than the entry
//! does. Lists copy links from line to line, and such a slip survives every
//! other check: the address is well-formed, only it is someone else's.

use std::collections::HashMap;

use rrg_model::fields::Field;

use crate::addresses::{arxiv_of_url, doi_of_url, normalised_url};
use crate::checks::same_work::arxiv_without_version;
use crate::convert::Record;
use crate::diagnostic::Diagnostic;

pub(super) fn check(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    check_shared(records, out);
    check_identifiers(records, out);
}

/// One paper link in two entries: at least one of them links another
/// work's paper. Reported at the later entry's `url`.
fn check_shared(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<String, &Record<'_>> = HashMap::new();
    for record in records {
        let Some(url) = record.entry.links.paper else {
            continue;
        };
        let url = normalised_url(url);
        let Some(earlier) = first.get(&url) else {
            first.insert(url, record);
            continue;
        };
        out.push(
            Diagnostic::error(
                "shared-link",
                record.field_span(Field::Url),
                format!(
                    "`{}` has the paper link of `{}`: one of them links another work's paper",
                    record.entry.key, earlier.entry.key
                ),
            )
            .note(
                format!("`{}` has it", earlier.entry.key),
                earlier.field_span(Field::Url),
            )
            .help(
                "give each entry the address of its own paper (its DOI, arXiv or publisher page)",
            ),
        );
    }
}

/// A paper link whose address holds an arXiv id or DOI other than the
/// entry's own `eprint` or `doi`. arXiv ids compare without their version,
/// DOIs without letter case.
fn check_identifiers(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    for record in records {
        let entry = &record.entry;
        let Some(url) = entry.links.paper else {
            continue;
        };
        if let (Some(linked), Some(own)) = (arxiv_of_url(url), entry.arxiv) {
            if linked != arxiv_without_version(own) {
                out.push(contradiction(
                    record,
                    "arXiv id",
                    &linked,
                    own,
                    Field::Eprint,
                ));
            }
        }
        if let (Some(linked), Some(own)) = (doi_of_url(url), entry.doi) {
            if !linked.eq_ignore_ascii_case(own) {
                out.push(contradiction(record, "DOI", &linked, own, Field::Doi));
            }
        }
    }
}

/// The finding for a paper link naming `linked` where the entry's `field`
/// says `own`.
fn contradiction(
    record: &Record<'_>,
    what: &str,
    linked: &str,
    own: &str,
    field: Field,
) -> Diagnostic {
    Diagnostic::error(
        "link-contradicts-identifier",
        record.field_span(Field::Url),
        format!("the paper link names {what} {linked}, but `{}` is {what} {own}", record.entry.key),
    )
    .note(format!("its {what}"), record.field_span(field))
    .help(format!(
        "one of the two belongs to another work: link the paper of {what} {own}, or correct the {what}"
    ))
}
