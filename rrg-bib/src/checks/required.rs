//! The fields biblatex's data model requires of each entry type, for a
//! user's file: given by the entry, or inherited from its `crossref`
//! parent or `xdata` entries. (The catalogue's own requirements are
//! checked as each entry is read.)

use super::parents::{Keys, fields_with_inheritance};
use crate::convert::Record;
use crate::datamodel::required_of;
use crate::diagnostic::Diagnostic;

pub(super) fn check(records: &[Record<'_>], keys: &Keys<'_>, out: &mut Vec<Diagnostic>) {
    for (index, record) in records.iter().enumerate() {
        let given = &record.given;
        let Some(groups) = required_of(given.type_name) else {
            continue;
        };
        if groups.is_empty() {
            continue;
        }
        let fields = if given.parents.is_empty() {
            given.fields.clone()
        } else {
            fields_with_inheritance(records, keys, index)
        };
        let has = |name: &str| fields.contains(&name) || record.entry.unknown.contains(&name);
        let inherits = given
            .parents
            .iter()
            .find(|parent| {
                parent.field != "xref"
                    && parent.key != record.entry.key
                    && keys.contains(parent.key)
            })
            .map(|parent| format!(" (nor does `{}` give it)", parent.key))
            .unwrap_or_default();
        for group in groups {
            if group.iter().any(|name| has(name)) {
                continue;
            }
            let name = group[0];
            let alternatives = match &group[1..] {
                [] => String::new(),
                rest => format!(
                    " (or {})",
                    rest.iter()
                        .map(|other| format!("`{other}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            let type_name = given.type_name;
            out.push(
                Diagnostic::error(
                    "missing-field",
                    record.key_span.clone(),
                    format!("`@{type_name}` entry lacks required field `{name}`"),
                )
                .help(format!(
                    "add `{name} = {{…}}`{alternatives}: biblatex's data model requires it of `@{type_name}`{inherits}"
                )),
            );
        }
    }
}
