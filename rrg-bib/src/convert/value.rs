//! Reading one field's value into the entry, by its kind in the field table.

use std::ops::Range;

use bumpalo::Bump;
use rrg_model::fields::{self, Field, FieldSpec, Value, ValueKind};
use rrg_model::{Evidence, Kind, List, Modality, Person};

use super::{Converter, EntryState, Written, field_names, names};
use crate::diagnostic::Diagnostic;
use crate::values;

impl<'a> Converter<'_, 'a> {
    /// Reads one value into the entry, reporting what is malformed.
    pub(super) fn read_value(
        &mut self,
        state: &mut EntryState<'a>,
        spec: &FieldSpec,
        value: &Written<'_>,
    ) {
        let arena = self.arena;
        let text = value.text;
        let span = value.span.clone();
        let read = match spec.value {
            ValueKind::Text => Some(Value::Text(arena.alloc_str(text))),
            ValueKind::Url | ValueKind::Doi | ValueKind::Eprint => {
                let checked = match spec.value {
                    ValueKind::Url => values::url(text).map_err(|r| ("malformed-url", r)),
                    ValueKind::Doi => values::doi(text).map_err(|r| ("malformed-doi", r)),
                    _ => values::arxiv(text).map_err(|r| ("malformed-arxiv-id", r)),
                };
                match checked {
                    Ok(()) => Some(Value::Text(arena.alloc_str(text))),
                    Err((code, rejection)) => {
                        self.reject(code, span, rejection);
                        None
                    }
                }
            }
            ValueKind::EprintType => {
                if text.eq_ignore_ascii_case("arxiv") {
                    Some(Value::Text("arxiv"))
                } else {
                    self.reject(
                        "unknown-eprint-type",
                        span,
                        (
                            format!("eprint type `{text}` is not supported"),
                            "only arXiv eprints are known: `eprinttype = {arxiv}`".into(),
                        ),
                    );
                    None
                }
            }
            ValueKind::Year => match values::year(text) {
                Ok(year) => Some(Value::Number(year)),
                Err(rejection) => {
                    self.reject("implausible-year", span, rejection);
                    None
                }
            },
            ValueKind::Month => match values::month(text) {
                Ok(month) => Some(Value::Number(month.into())),
                Err(rejection) => {
                    self.reject("malformed-month", span, rejection);
                    None
                }
            },
            ValueKind::Bool => match text {
                "true" => Some(Value::True),
                "false" => None,
                _ => {
                    self.reject(
                        "malformed-flag",
                        span,
                        (
                            format!("`{text}` is not a flag value"),
                            format!("write `{} = {{true}}` or leave the field out", spec.name),
                        ),
                    );
                    None
                }
            },
            ValueKind::NameSource => match name_source(text) {
                Ok(()) => Some(Value::Text(arena.alloc_str(text))),
                Err(rejection) => {
                    self.reject("malformed-name-source", span, rejection);
                    None
                }
            },
            ValueKind::Evidence => {
                match vocabulary_item(
                    text,
                    span,
                    "unknown-evidence",
                    "evidence",
                    Evidence::ALL,
                    Evidence::from_name,
                ) {
                    Ok(evidence) => Some(Value::Evidence(evidence)),
                    Err(finding) => {
                        self.out.push(finding);
                        None
                    }
                }
            }
            ValueKind::Names => Some(self.read_names(state, spec, span)),
            ValueKind::Keys
            | ValueKind::Kinds
            | ValueKind::Modalities
            | ValueKind::Lists
            | ValueKind::FieldNames
            | ValueKind::TextList => self.read_list(state, spec, value),
        };
        if let Some(read) = read {
            let set = spec.field.set(&mut state.entry, read);
            debug_assert!(
                set.is_ok(),
                "the field table reads `{}` as {:?}",
                spec.name,
                spec.value
            );
        }
    }

    /// A name list; `and others` may only end the author list.
    fn read_names(
        &mut self,
        state: &EntryState<'a>,
        spec: &FieldSpec,
        span: Range<usize>,
    ) -> Value<'a> {
        let people = state
            .resolved
            .as_ref()
            .and_then(|entry| entry.get_as::<Vec<biblatex::Person>>(spec.name).ok())
            .unwrap_or_default();
        let count = people.len();
        let mut list = Vec::with_capacity(count);
        let mut others = false;
        for (index, person) in people.into_iter().enumerate() {
            let is_others = person.name == "others" && person.given_name.is_empty();
            if is_others && index + 1 == count && spec.field == Field::Author {
                others = true;
            } else if is_others || person.name.trim().is_empty() {
                self.reject(
                    "malformed-name",
                    span.clone(),
                    (
                        format!("name {} of `{}` is not a person", index + 1, spec.name),
                        "write names as `Family, Given` joined by ` and `; `and others` may only end the author list".into(),
                    ),
                );
            } else {
                list.push(person_in(self.arena, &person));
            }
        }
        Value::Names {
            people: self.arena.alloc_slice_copy(&list),
            others,
        }
    }

    /// A comma-separated list: keys, roles, modalities or field names. Each
    /// item is checked where it stands, and its place kept.
    fn read_list(
        &mut self,
        state: &mut EntryState<'a>,
        spec: &FieldSpec,
        value: &Written<'_>,
    ) -> Option<Value<'a>> {
        let mut spans = Vec::new();
        let mut texts: Vec<&'a str> = Vec::new();
        let mut kinds: Vec<Kind> = Vec::new();
        let mut modalities: Vec<Modality> = Vec::new();
        let mut lists: Vec<List> = Vec::new();
        let mut taken: Vec<&str> = Vec::new();
        for (item, within) in values::list_items(value.text) {
            let item_span = if value.verbatim {
                value.item_base + within.start..value.item_base + within.end
            } else {
                value.span.clone()
            };
            if item.is_empty() {
                self.reject(
                    "empty-field",
                    item_span,
                    (
                        format!("`{}` has an empty item", spec.name),
                        "remove the extra comma".into(),
                    ),
                );
                continue;
            }
            if taken.contains(&item) {
                self.reject(
                    "duplicate-item",
                    item_span,
                    (
                        format!("`{item}` is listed twice in `{}`", spec.name),
                        "list each value once".into(),
                    ),
                );
                continue;
            }
            taken.push(item);
            spans.push(item_span.clone());
            match spec.value {
                ValueKind::Kinds => {
                    match vocabulary_item(
                        item,
                        item_span,
                        "unknown-kind",
                        "kind",
                        Kind::ALL,
                        Kind::from_name,
                    ) {
                        Ok(kind) => kinds.push(kind),
                        Err(finding) => self.out.push(finding),
                    }
                }
                ValueKind::Modalities => match vocabulary_item(
                    item,
                    item_span,
                    "unknown-modality",
                    "modality",
                    Modality::ALL,
                    Modality::from_name,
                ) {
                    Ok(modality) => modalities.push(modality),
                    Err(finding) => self.out.push(finding),
                },
                ValueKind::Lists => match vocabulary_item(
                    item,
                    item_span,
                    "unknown-list",
                    "list",
                    List::ALL,
                    List::from_name,
                ) {
                    Ok(list) => lists.push(list),
                    Err(finding) => self.out.push(finding),
                },
                ValueKind::FieldNames if fields::field(item).is_none() => self.out.push(
                    Diagnostic::error(
                        "unknown-field",
                        item_span,
                        format!("`unknown` names `{item}`, which is not a field"),
                    )
                    .help(format!("name fields of this catalogue: {}", field_names())),
                ),
                _ => texts.push(self.arena.alloc_str(item)),
            }
        }
        if !spans.is_empty() {
            state.items.push((spec.field, spans));
        }
        Some(match spec.value {
            ValueKind::Kinds => Value::Kinds(self.arena.alloc_slice_copy(&kinds)),
            ValueKind::Modalities => Value::Modalities(self.arena.alloc_slice_copy(&modalities)),
            ValueKind::Lists => Value::Lists(self.arena.alloc_slice_copy(&lists)),
            _ => Value::Keys(self.arena.alloc_slice_copy(&texts)),
        })
    }
}

/// The value of a closed vocabulary (kinds, modalities) with this name, or
/// the finding that names the values there are.
fn vocabulary_item<T: Copy + std::fmt::Display>(
    item: &str,
    span: Range<usize>,
    code: &'static str,
    what: &str,
    all: &[T],
    from_name: fn(&str) -> Option<T>,
) -> Result<T, Diagnostic> {
    from_name(item).ok_or_else(|| {
        Diagnostic::error(code, span, format!("unknown {what} `{item}`"))
            .help(format!("use one of: {}", names(all)))
    })
}

/// Where a name comes from: `title`, `list:<list>` or an `http(s)://`
/// address.
fn name_source(text: &str) -> Result<(), values::Rejection> {
    if text == "title" || values::url(text).is_ok() {
        return Ok(());
    }
    if let Some(list) = text.strip_prefix("list:") {
        return match List::from_name(list.trim()) {
            Some(_) => Ok(()),
            None => Err((
                format!("`{list}` is no list the catalogue knows"),
                format!("name one of: {}", names(List::ALL)),
            )),
        };
    }
    Err((
        format!("`{text}` does not say where the names come from"),
        "write `title` (the title's own prefix), `list:<list>` (a list marks the name) or the address of the authors' code or paper".into(),
    ))
}

fn person_in<'a>(arena: &'a Bump, person: &biblatex::Person) -> Person<'a> {
    let part = |text: &str| {
        let text = super::collapse_whitespace(text);
        (!text.is_empty()).then(|| &*arena.alloc_str(&text))
    };
    Person {
        family: part(&person.name).unwrap_or(""),
        given: part(&person.given_name),
        prefix: part(&person.prefix),
        suffix: part(&person.suffix),
    }
}
