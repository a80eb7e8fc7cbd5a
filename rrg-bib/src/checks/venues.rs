//! One short name for each journal: `rrg stats` and `rrg list --venue`
//! count and select by the short name, so a journal written `MIA` in one
//! entry and `MedIA` in another would be counted as two venues and half
//! of it missed by a filter.

use std::collections::HashMap;

use rrg_model::EntryType;
use rrg_model::fields::Field;

use crate::convert::Record;
use crate::diagnostic::Diagnostic;

/// A short name a journal goes by: the first entry that uses it, and how
/// many do.
struct ShortName<'r> {
    short: &'r str,
    first: &'r Record<'r>,
    uses: usize,
}

/// Every journal article whose `shortvenue` is not the one most of the
/// journal's articles use (the earlier one on a tie), reported at its
/// `shortvenue`.
pub(super) fn check<'r>(records: &'r [Record<'r>], out: &mut Vec<Diagnostic>) {
    let mut journals: HashMap<String, Vec<ShortName<'r>>> = HashMap::new();
    let mut articles = Vec::new();
    for record in records {
        let entry = &record.entry;
        let Some(journal) = entry
            .venue
            .full
            .filter(|_| entry.entry_type == EntryType::Article)
        else {
            continue;
        };
        let journal = folded(journal);
        let names = journals.entry(journal.clone()).or_default();
        match names
            .iter_mut()
            .find(|name| name.short == entry.venue.short)
        {
            Some(name) => name.uses += 1,
            None => names.push(ShortName {
                short: entry.venue.short,
                first: record,
                uses: 1,
            }),
        }
        articles.push((record, journal));
    }
    for (record, journal) in articles {
        let names = &journals[&journal];
        // `max_by_key` keeps the last of equals; the earlier name wins a tie.
        let Some(established) = names.iter().rev().max_by_key(|name| name.uses) else {
            continue;
        };
        let short = record.entry.venue.short;
        if short == established.short {
            continue;
        }
        let other = established.first;
        out.push(
            Diagnostic::error(
                "venue-short-name",
                record.field_span(Field::ShortVenue),
                format!(
                    "`{}` is `{short}` here and `{}` in `{}`",
                    record.entry.venue.full.unwrap_or_default(),
                    established.short,
                    other.entry.key
                ),
            )
            .note(format!("`{}` names it `{}`", other.entry.key, established.short), other.field_span(Field::ShortVenue))
            .help(format!(
                "write `shortvenue = {{{}}}`, as {} of its articles do: one journal, one short name, or `rrg stats` counts it as two venues",
                established.short, established.uses
            )),
        );
    }
}

/// A journal title as compared: case and runs of white space ignored.
fn folded(title: &str) -> String {
    title
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
