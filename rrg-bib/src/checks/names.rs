//! The names works go by (`R2Gen`): a name two works share is allowed, as
//! researchers do reuse them, but worth a note; a name that is another
//! work's key or alias would make `rrg show NAME` and a citation disagree.

use std::collections::HashMap;
use std::ops::Range;

use rrg_model::fields::Field;
use rrg_model::folded_name;

use crate::convert::Record;
use crate::diagnostic::{Diagnostic, Level};

/// A record's names, each with where it is written.
fn names<'r>(record: &'r Record<'_>) -> impl Iterator<Item = (&'r str, Range<usize>)> + 'r {
    let main = record
        .entry
        .short_name
        .map(|name| (name, record.field_span(Field::ShortName)));
    let others = record
        .entry
        .other_names
        .iter()
        .enumerate()
        .map(|(i, name)| (*name, record.item_span(Field::OtherNames, i)));
    main.into_iter().chain(others)
}

pub(super) fn check(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    check_shared(records, out);
    check_keys(records, out);
}

/// Names given to more than one work, each reported once at its later use.
fn check_shared(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    // Names compare loosely (`same_name`), so group by a folded form.
    let mut first: HashMap<String, (usize, &str, Range<usize>)> = HashMap::new();
    for (index, record) in records.iter().enumerate() {
        for (name, span) in names(record) {
            let folded: String = folded_name(name).collect();
            match first.get(&folded) {
                Some((earlier, earlier_name, earlier_span)) if *earlier != index => {
                    let other = &records[*earlier];
                    out.push(
                        Diagnostic::error(
                            "shared-name",
                            span,
                            format!(
                                "`{}` and `{}` both go by the name `{name}`",
                                other.entry.key, record.entry.key
                            ),
                        )
                        .with_level(Level::Note)
                        .note(format!("`{}` is named `{earlier_name}`", other.entry.key), earlier_span.clone())
                        .help("a shared name is allowed; `rrg show NAME` then lists both works and asks for a key"),
                    );
                }
                Some(_) => {}
                None => {
                    first.insert(folded, (index, name, span));
                }
            }
        }
    }
}

/// A name that is another work's key or alias.
fn check_keys(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    for record in records {
        for (name, span) in names(record) {
            let Some(other) = records
                .iter()
                .find(|other| other.entry.key != record.entry.key && other.entry.answers_to(name))
            else {
                continue;
            };
            out.push(
                Diagnostic::error(
                    "name-is-key",
                    span,
                    format!("the name `{name}` is a key of another work, `{}`", other.entry.key),
                )
                .note(format!("`{}` is", other.entry.key), other.key_span.clone())
                .help("a name must not be another work's key or alias: `cite!` and `rrg show` would name two works"),
            );
        }
    }
}
