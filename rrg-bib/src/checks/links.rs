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
        let Some(earlier) = first.get(&normalised_url(url)) else {
            first.insert(normalised_url(url), record);
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
/// entry's own `eprint` or `doi`.
fn check_identifiers(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    for record in records {
        let entry = &record.entry;
        let Some(url) = entry.links.paper else {
            continue;
        };
        // arXiv ids compare without their version, DOIs without case.
        let same_arxiv = |linked: &str, own: &str| linked == arxiv_without_version(own);
        let same_doi = |linked: &str, own: &str| linked.eq_ignore_ascii_case(own);
        let contradictions: [(_, _, _, _, &dyn Fn(&str, &str) -> bool); 2] = [
            (
                "arXiv id",
                arxiv_of_url(url),
                entry.arxiv,
                Field::Eprint,
                &same_arxiv,
            ),
            ("DOI", doi_of_url(url), entry.doi, Field::Doi, &same_doi),
        ];
        for (what, linked, own, field, same) in contradictions {
            let (Some(linked), Some(own)) = (linked, own) else {
                continue;
            };
            if same(&linked, own) {
                continue;
            }
            out.push(
                Diagnostic::error(
                    "link-contradicts-identifier",
                    record.field_span(Field::Url),
                    format!("the paper link names {what} {linked}, but `{}` is {what} {own}", entry.key),
                )
                .note(format!("its {what}"), record.field_span(field))
                .help(format!(
                    "one of the two belongs to another work: link the paper of {what} {own}, or correct the {what}"
                )),
            );
        }
    }
}
