//! The entries an entry names to inherit from (`crossref`, `xdata`), to
//! refer to (`xref`) or to gather (`entryset`): each must be in the
//! bibliography, and an entry has the fields it inherits from them, by
//! biblatex's rules (a `@set` takes its data from its first member).

use std::collections::HashMap;

use crate::convert::{Parent, Record};
use crate::datamodel::{biblatex_type, inherited_as};
use crate::diagnostic::Diagnostic;

/// How deep inheritance is followed: biber follows chains, and a longer one
/// is a loop in practice.
const MAX_DEPTH: usize = 16;

/// The entries by key and alias; the first of two with one key, as biber
/// keeps the first.
pub(super) struct Keys<'r> {
    by_key: HashMap<&'r str, usize>,
}

impl<'r> Keys<'r> {
    pub fn new(records: &'r [Record<'_>]) -> Self {
        let mut by_key = HashMap::new();
        for (index, record) in records.iter().enumerate() {
            let entry = &record.entry;
            for key in std::iter::once(entry.key).chain(entry.aliases.iter().copied()) {
                by_key.entry(key).or_insert(index);
            }
        }
        Keys { by_key }
    }

    fn get(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// Whether an entry has this key or alias.
    pub fn contains(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }
}

/// Every `crossref`, `xdata` and `xref` names an entry of the
/// bibliography, and not the entry itself.
pub(super) fn check(records: &[Record<'_>], keys: &Keys<'_>, out: &mut Vec<Diagnostic>) {
    for (index, record) in records.iter().enumerate() {
        for parent in &record.given.parents {
            let finding = match keys.get(parent.key) {
                Some(found) if found == index => Diagnostic::error(
                    "unknown-crossref",
                    parent.span.clone(),
                    format!(
                        "`{}` names the entry itself (`{}`)",
                        parent.field, parent.key
                    ),
                )
                .help(format!(
                    "name the entry to inherit from, or remove `{}`: biber stops at an entry that inherits from itself",
                    parent.field
                )),
                Some(_) => continue,
                None => Diagnostic::error(
                    "unknown-crossref",
                    parent.span.clone(),
                    format!(
                        "`{}` names `{}`, which is no entry of the bibliography",
                        parent.field, parent.key
                    ),
                )
                .help(missing_parent_help(records, parent)),
            };
            out.push(finding);
        }
    }
}

fn missing_parent_help(records: &[Record<'_>], parent: &Parent<'_>) -> String {
    let nearest =
        crate::suggest::nearest(parent.key, records.iter().map(|record| record.entry.key));
    match nearest {
        Some(key) if key != parent.key => format!(
            "did you mean `{key}`? BibTeX and biber ignore a `{}` to an entry they cannot find",
            parent.field
        ),
        _ => format!(
            "add the entry `{}`; if it is in another file, lint the files together, that one first: `rrg lint parents.bib this.bib`",
            parent.key
        ),
    }
}

/// The names of the fields an entry gives or inherits: its own, every
/// field of its `xdata` entries, and what biblatex's rules pass down from
/// its `crossref` parent (which inherits in turn).
pub(super) fn fields_with_inheritance<'a>(
    records: &[Record<'a>],
    keys: &Keys<'_>,
    index: usize,
) -> Vec<&'a str> {
    let mut visited = vec![index];
    gather(records, keys, index, &mut visited)
}

fn gather<'a>(
    records: &[Record<'a>],
    keys: &Keys<'_>,
    index: usize,
    visited: &mut Vec<usize>,
) -> Vec<&'a str> {
    let given = &records[index].given;
    let mut fields = given.fields.clone();
    if visited.len() > MAX_DEPTH {
        return fields;
    }
    let child_type = biblatex_type(given.type_name);
    let first_member = given
        .parents
        .iter()
        .position(|parent| parent.field == "entryset");
    for (at, parent) in given.parents.iter().enumerate() {
        if parent.field == "entryset" && Some(at) != first_member {
            continue;
        }
        let Some(found) = keys
            .get(parent.key)
            .filter(|found| !visited.contains(found))
        else {
            continue;
        };
        visited.push(found);
        let inherited = gather(records, keys, found, visited);
        visited.pop();
        let parent_type = biblatex_type(records[found].given.type_name);
        for field in inherited {
            let targets = match parent.field {
                "xdata" | "entryset" => vec![field],
                "crossref" => inherited_as(parent_type, child_type, field),
                // `xref` refers to a parent without inheriting from it.
                _ => Vec::new(),
            };
            for target in targets {
                if !fields.contains(&target) {
                    fields.push(target);
                }
            }
        }
    }
    fields
}
