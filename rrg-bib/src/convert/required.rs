//! Required fields, the `unknown` escape hatch, and fields that go together.

use rrg_model::fields::{FIELDS, Field};

use super::{Converter, EntryState, user};
use crate::diagnostic::Diagnostic;

impl Converter<'_, '_> {
    pub(super) fn check_required(&mut self, state: &EntryState<'_>) {
        let entry = &state.entry;
        let key_span = &state.key_span;
        let unknown = entry.unknown;
        if self.rules.catalogue {
            for spec in FIELDS
                .iter()
                .filter(|spec| spec.required.of(entry.entry_type))
            {
                let name = spec.name;
                if !state.gives(name) && !unknown.contains(&name) {
                    let help = if spec.field == Field::Evidence {
                        "add `evidence = {record}` when the facts come from a bibliographic record, `evidence = {label}` when only from a list's label".to_owned()
                    } else {
                        format!(
                            "add `{name} = {{…}}`; if no source gives it, declare it with `unknown = {{{name}}}`"
                        )
                    };
                    self.out.push(
                        Diagnostic::error(
                            "missing-field",
                            key_span.clone(),
                            format!(
                                "`@{}` entry lacks required field `{name}`",
                                entry.entry_type
                            ),
                        )
                        .help(help),
                    );
                }
            }
        } else {
            // biblatex's data model, where `year` may be a `date`.
            let type_name = &state.type_name;
            for group in user::required_of(type_name).unwrap_or_default() {
                let satisfied = group
                    .iter()
                    .any(|name| state.gives(name) || unknown.contains(name));
                if !satisfied {
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
                    self.out.push(
                        Diagnostic::error(
                            "missing-field",
                            key_span.clone(),
                            format!("`@{type_name}` entry lacks required field `{name}`"),
                        )
                        .help(format!("add `{name} = {{…}}`{alternatives}: biblatex's data model requires it of `@{type_name}`")),
                    );
                }
            }
        }
        let unknown_spans = state
            .items
            .iter()
            .find(|(field, _)| *field == Field::Unknown)
            .map(|(_, spans)| spans.as_slice())
            .unwrap_or_default();
        for (name, span) in unknown.iter().zip(unknown_spans) {
            if state.gives(name) {
                self.out.push(
                    Diagnostic::error(
                        "unknown-but-present",
                        span.clone(),
                        format!("`{name}` is declared unknown but the entry gives it"),
                    )
                    .help(format!("remove `{name}` from `unknown`")),
                );
            }
        }
        if state.gives("journaltitle") && state.gives("booktitle") {
            self.out.push(
                Diagnostic::error("conflicting-fields", key_span.clone(), "entry has both `journaltitle` and `booktitle`")
                    .help("an article appears in a journal (`journaltitle`), a paper in proceedings (`booktitle`): keep the one that fits the entry type"),
            );
        }
        if self.rules.catalogue {
            self.check_names(state);
        }
        if self.rules.catalogue && state.gives("eprint") != state.gives("eprinttype") {
            self.out.push(
                Diagnostic::error(
                    "missing-field",
                    key_span.clone(),
                    "`eprint` and `eprinttype` go together",
                )
                .help("write both: `eprint = {2010.16056}, eprinttype = {arxiv}`"),
            );
        }
    }

    /// A name needs its source, and further names a main one.
    fn check_names(&mut self, state: &EntryState<'_>) {
        let key_span = &state.key_span;
        let named = state.gives("shortname") || state.gives("othernames");
        if named && !state.gives("namesource") {
            self.out.push(
                Diagnostic::error("missing-field", key_span.clone(), "a named work lacks `namesource`")
                    .help("say where the name comes from: `namesource = {title}` (the title's own prefix), `{list:<list>}` (a list marks it) or the address of the authors' code or paper"),
            );
        }
        let entry = &state.entry;
        if let (Some("title"), Some(name)) = (entry.name_source, entry.short_name) {
            let prefix = entry.title.strip_prefix(name);
            if !prefix.is_some_and(|rest| rest.starts_with(':')) {
                self.out.push(
                    Diagnostic::error(
                        "malformed-name-source",
                        key_span.clone(),
                        format!("`namesource = {{title}}`, but the title does not start with `{name}:`"),
                    )
                    .help("a name comes from the title only when the title starts with it and a colon; otherwise name the list, code or paper that uses it"),
                );
            }
        }
        if state.gives("othernames") && !state.gives("shortname") {
            self.out.push(
                Diagnostic::error("missing-field", key_span.clone(), "`othernames` without a main name in `shortname`")
                    .help("put the name the work is best known by in `shortname`, the others in `othernames`"),
            );
        }
        if state.gives("namesource") && !named {
            self.out.push(
                Diagnostic::error(
                    "unknown-but-present",
                    key_span.clone(),
                    "`namesource` names the source of no name",
                )
                .help("give the name in `shortname`, or remove `namesource`"),
            );
        }
    }
}
