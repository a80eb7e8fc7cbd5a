//! Turning one parsed entry into a checked [`Entry`], reporting every field
//! that is unknown, repeated, empty or malformed.

use std::collections::HashMap;
use std::ops::Range;

use biblatex::{Bibliography, ChunksExt, RawBibliography, RawChunk};
use bumpalo::Bump;
use rrg_model::{Entry, EntryType, Kind, Links, Modality, Person, Venue};

use crate::diagnostic::Diagnostic;
use crate::fields::{self, FieldSpec, ValueKind};
use crate::read::RawRecord;
use crate::values;

/// A checked entry and where its parts are in the source.
#[derive(Debug, Clone)]
pub struct Record<'a> {
    /// The entry.
    pub entry: Entry<'a>,
    /// The whole entry, from `@` to the closing brace.
    pub span: Range<usize>,
    /// The citation key.
    pub key_span: Range<usize>,
    fields: Vec<(&'static str, Range<usize>)>,
    items: Vec<(&'static str, Vec<Range<usize>>)>,
}

impl Record<'_> {
    /// Where a field's value is, or the key when the field is absent.
    pub fn field_span(&self, name: &str) -> Range<usize> {
        self.fields
            .iter()
            .find(|(field, _)| *field == name)
            .map_or(self.key_span.clone(), |(_, span)| span.clone())
    }

    /// Where the `index`-th item of a list field (`ids`, `related`, …) is.
    pub fn item_span(&self, name: &str, index: usize) -> Range<usize> {
        self.items
            .iter()
            .find(|(field, _)| *field == name)
            .and_then(|(_, spans)| spans.get(index).cloned())
            .unwrap_or_else(|| self.field_span(name))
    }
}

/// How strictly to read entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Enforce the catalogue's own conventions: key form, `kind` and
    /// `shortvenue` required, only known fields.
    pub catalogue: bool,
}

/// Fields the catalogue's conventions require of every entry.
const CATALOGUE_REQUIRED: &[&str] = &["kind", "shortvenue"];

/// Values of one entry as they are read, by field name.
#[derive(Default)]
struct Values<'a> {
    strings: HashMap<&'static str, &'a str>,
    lists: HashMap<&'static str, Vec<&'a str>>,
    people: HashMap<&'static str, Vec<Person<'a>>>,
    authors_truncated: bool,
    year: Option<u16>,
    month: Option<u8>,
    kinds: Vec<Kind>,
    modalities: Vec<Modality>,
    llm: bool,
}

pub(crate) struct Converter<'c, 'a> {
    pub arena: &'a Bump,
    pub abbreviations: &'c [biblatex::Pair<'a>],
    pub rules: Rules,
    pub out: &'c mut Vec<Diagnostic>,
}

impl<'a> Converter<'_, 'a> {
    pub fn convert(&mut self, record: &RawRecord<'a>) -> Record<'a> {
        let base = record.base;
        let at = |span: &Range<usize>| base + span.start..base + span.end;
        let raw = &record.raw.v;
        let key_span = at(&raw.key.span);

        let entry_type = fields::entry_type(raw.kind.v).unwrap_or_else(|| {
            self.out.push(
                Diagnostic::error(
                    "unknown-entry-type",
                    at(&raw.kind.span),
                    format!("unknown entry type `@{}`", raw.kind.v),
                )
                .help(format!("use one of: {}", names(EntryType::ALL))),
            );
            EntryType::Misc
        });
        if self.rules.catalogue && !follows_key_convention(raw.key.v) {
            self.out.push(
                Diagnostic::error(
                    "key-convention",
                    key_span.clone(),
                    format!("key `{}` does not follow the catalogue's key convention", raw.key.v),
                )
                .help("keys are lowercase ASCII words and numbers joined by hyphens, e.g. `chen-etal-2020-generating`; keep other keys as aliases in `ids`"),
            );
        }

        // The abbreviations are only looked up, so an entry that uses none
        // is resolved without copying them.
        let uses_abbreviations = raw.fields.iter().any(|pair| {
            pair.value
                .v
                .iter()
                .any(|chunk| matches!(chunk.v, RawChunk::Abbreviation(_)))
        });
        let resolved = Bibliography::from_raw(RawBibliography {
            preamble: String::new(),
            entries: vec![record.raw.clone()],
            abbreviations: if uses_abbreviations {
                self.abbreviations.to_vec()
            } else {
                Vec::new()
            },
        });
        let resolved = match resolved {
            Ok(bibliography) => bibliography.into_vec().pop(),
            Err(error) => {
                self.out.push(
                    Diagnostic::error("syntax", at(&error.span), format!("cannot read this entry: {}", error.kind))
                        .help("define every `@string` abbreviation before it is used, and check the LaTeX of the value"),
                );
                None
            }
        };

        let mut values = Values::default();
        let mut seen: Vec<(&'static str, Range<usize>)> = Vec::new();
        let mut items: Vec<(&'static str, Vec<Range<usize>>)> = Vec::new();
        for pair in &raw.fields {
            let name = pair.key.v.to_ascii_lowercase();
            let name_span = at(&pair.key.span);
            let chunks = &pair.value.v;
            let value_span = match (chunks.first(), chunks.last()) {
                (Some(first), Some(last)) => at(&(first.span.start..last.span.end)),
                _ => at(&pair.value.span),
            };
            let Some(spec) = fields::field(&name) else {
                self.out.push(unknown_field(&name, name_span));
                continue;
            };
            if let Some((_, first)) = seen.iter().find(|(seen, _)| *seen == spec.name) {
                self.out.push(
                    Diagnostic::error(
                        "duplicate-field",
                        name_span,
                        format!("field `{}` is given twice in this entry", spec.name),
                    )
                    .note("first given", first.clone())
                    .help("keep one value: biblatex would silently use the last one"),
                );
                continue;
            }
            seen.push((spec.name, value_span.clone()));

            // The value as written, when it is one plain chunk: links and
            // identifiers are taken verbatim, and list items keep positions.
            let verbatim = match chunks.as_slice() {
                [only] => match only.v {
                    RawChunk::Normal(text) => Some(text),
                    RawChunk::Abbreviation(_) => None,
                },
                _ => None,
            };
            let resolved_text = resolved
                .as_ref()
                .and_then(|entry| entry.get(spec.name))
                .map(|chunks| chunks.format_verbatim())
                .unwrap_or_default();
            let text = match spec.value {
                ValueKind::Text | ValueKind::Names => collapse_whitespace(&resolved_text),
                _ => verbatim
                    .map_or(resolved_text.clone(), str::to_owned)
                    .trim()
                    .to_owned(),
            };
            if text.is_empty() {
                self.out.push(
                    Diagnostic::error("empty-field", value_span, format!("field `{}` is empty", spec.name))
                        .help("remove the field; if the fact is required but unknown, name it in `unknown = {…}`"),
                );
                continue;
            }
            let item_base = match verbatim {
                Some(raw_text) => value_span.start + (raw_text.len() - raw_text.trim_start().len()),
                None => value_span.start,
            };
            let spans = self.read_value(
                spec,
                &text,
                value_span.clone(),
                item_base,
                verbatim.is_some(),
                resolved.as_ref(),
                &mut values,
            );
            if !spans.is_empty() {
                items.push((spec.name, spans));
            }
        }

        self.check_required(entry_type, &seen, &values, &items, &key_span);
        let entry = self.build(raw.key.v, entry_type, values);
        Record {
            entry,
            span: at(&record.raw.span),
            key_span,
            fields: seen,
            items,
        }
    }

    /// Reads one value into `values`; returns the spans of list items.
    #[allow(clippy::too_many_arguments)]
    fn read_value(
        &mut self,
        spec: &FieldSpec,
        text: &str,
        span: Range<usize>,
        item_base: usize,
        exact_positions: bool,
        resolved: Option<&biblatex::Entry>,
        values: &mut Values<'a>,
    ) -> Vec<Range<usize>> {
        let arena = self.arena;
        match spec.value {
            ValueKind::Text => {
                values.strings.insert(spec.name, arena.alloc_str(text));
            }
            ValueKind::Url | ValueKind::Doi | ValueKind::Eprint => {
                let checked = match spec.value {
                    ValueKind::Url => values::url(text).map_err(|r| ("malformed-url", r)),
                    ValueKind::Doi => values::doi(text).map_err(|r| ("malformed-doi", r)),
                    _ => values::arxiv(text).map_err(|r| ("malformed-arxiv-id", r)),
                };
                match checked {
                    Ok(()) => {
                        values.strings.insert(spec.name, arena.alloc_str(text));
                    }
                    Err((code, rejection)) => self.reject(code, span, rejection),
                }
            }
            ValueKind::EprintType => {
                if text.eq_ignore_ascii_case("arxiv") {
                    values.strings.insert(spec.name, "arxiv");
                } else {
                    self.reject(
                        "unknown-eprint-type",
                        span,
                        (
                            format!("eprint type `{text}` is not supported"),
                            "only arXiv eprints are known: `eprinttype = {arxiv}`".into(),
                        ),
                    );
                }
            }
            ValueKind::Year => match values::year(text) {
                Ok(year) => values.year = Some(year),
                Err(rejection) => self.reject("implausible-year", span, rejection),
            },
            ValueKind::Month => match values::month(text) {
                Ok(month) => values.month = Some(month),
                Err(rejection) => self.reject("malformed-month", span, rejection),
            },
            ValueKind::Bool => match text {
                "true" => values.llm = true,
                "false" => values.llm = false,
                _ => self.reject(
                    "malformed-flag",
                    span,
                    (
                        format!("`{text}` is not a flag value"),
                        format!("write `{} = {{true}}` or leave the field out", spec.name),
                    ),
                ),
            },
            ValueKind::Names => {
                let people = resolved
                    .and_then(|entry| entry.get_as::<Vec<biblatex::Person>>(spec.name).ok())
                    .unwrap_or_default();
                let count = people.len();
                let mut list = Vec::with_capacity(count);
                for (index, person) in people.into_iter().enumerate() {
                    let is_others = person.name == "others" && person.given_name.is_empty();
                    if is_others && index + 1 == count && spec.name == "author" {
                        values.authors_truncated = true;
                    } else if is_others || person.name.trim().is_empty() {
                        self.reject(
                            "malformed-name",
                            span.clone(),
                            (format!("name {} of `{}` is not a person", index + 1, spec.name), "write names as `Family, Given` joined by ` and `; `and others` may only end the author list".into()),
                        );
                    } else {
                        list.push(person_in(arena, &person));
                    }
                }
                values.people.insert(spec.name, list);
            }
            ValueKind::Keys | ValueKind::Kinds | ValueKind::Modalities | ValueKind::FieldNames => {
                let mut spans = Vec::new();
                let mut taken: Vec<&str> = Vec::new();
                for (item, within) in values::list_items(text) {
                    let item_span = if exact_positions {
                        item_base + within.start..item_base + within.end
                    } else {
                        span.clone()
                    };
                    if item.is_empty() {
                        self.reject(
                            "empty-field",
                            item_span.clone(),
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
                            item_span.clone(),
                            (
                                format!("`{item}` is listed twice in `{}`", spec.name),
                                "list each value once".into(),
                            ),
                        );
                        continue;
                    }
                    taken.push(item);
                    spans.push(item_span.clone());
                    self.read_item(spec, item, item_span, values);
                }
                return spans;
            }
        }
        Vec::new()
    }

    fn reject(
        &mut self,
        code: &'static str,
        span: Range<usize>,
        (message, help): values::Rejection,
    ) {
        self.out
            .push(Diagnostic::error(code, span, message).help(help));
    }

    fn read_item(
        &mut self,
        spec: &FieldSpec,
        item: &str,
        span: Range<usize>,
        values: &mut Values<'a>,
    ) {
        match spec.value {
            ValueKind::Kinds => match Kind::from_name(item) {
                Some(kind) => values.kinds.push(kind),
                None => self.out.push(
                    Diagnostic::error("unknown-kind", span, format!("unknown kind `{item}`"))
                        .help(format!("use one of: {}", names(Kind::ALL))),
                ),
            },
            ValueKind::Modalities => match Modality::from_name(item) {
                Some(modality) => values.modalities.push(modality),
                None => self.out.push(
                    Diagnostic::error(
                        "unknown-modality",
                        span,
                        format!("unknown modality `{item}`"),
                    )
                    .help(format!("use one of: {}", names(Modality::ALL))),
                ),
            },
            ValueKind::FieldNames if fields::field(item).is_none() => self.out.push(
                Diagnostic::error(
                    "unknown-field",
                    span,
                    format!("`unknown` names `{item}`, which is not a field"),
                )
                .help(format!("name fields of this catalogue: {}", field_names())),
            ),
            _ => values
                .lists
                .entry(spec.name)
                .or_default()
                .push(self.arena.alloc_str(item)),
        }
    }

    fn check_required(
        &mut self,
        entry_type: EntryType,
        seen: &[(&'static str, Range<usize>)],
        values: &Values<'a>,
        items: &[(&'static str, Vec<Range<usize>>)],
        key_span: &Range<usize>,
    ) {
        let present = |name: &str| seen.iter().any(|(field, _)| *field == name);
        let unknown = values
            .lists
            .get("unknown")
            .map(Vec::as_slice)
            .unwrap_or_default();
        let strict: &[&str] = if self.rules.catalogue {
            CATALOGUE_REQUIRED
        } else {
            &[]
        };
        for &name in fields::required_fields(entry_type).iter().chain(strict) {
            if !present(name) && !unknown.contains(&name) {
                self.out.push(
                    Diagnostic::error(
                        "missing-field",
                        key_span.clone(),
                        format!("`@{entry_type}` entry lacks required field `{name}`"),
                    )
                    .help(format!("add `{name} = {{…}}`; if no source gives it, declare it with `unknown = {{{name}}}`")),
                );
            }
        }
        let unknown_spans = items
            .iter()
            .find(|(field, _)| *field == "unknown")
            .map(|(_, spans)| spans.as_slice())
            .unwrap_or_default();
        for (name, span) in unknown.iter().zip(unknown_spans) {
            if present(name) {
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
        if present("journaltitle") && present("booktitle") {
            self.out.push(
                Diagnostic::error("conflicting-fields", key_span.clone(), "entry has both `journaltitle` and `booktitle`")
                    .help("an article appears in a journal (`journaltitle`), a paper in proceedings (`booktitle`): keep the one that fits the entry type"),
            );
        }
        if present("eprint") != present("eprinttype") {
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

    fn build(&self, key: &str, entry_type: EntryType, mut values: Values<'a>) -> Entry<'a> {
        let arena = self.arena;
        let text = |name: &str| values.strings.get(name).copied();
        let mut list = |name: &str| -> &'a [&'a str] {
            arena.alloc_slice_copy(&values.lists.remove(name).unwrap_or_default())
        };
        let aliases = list("ids");
        let related = list("related");
        let unknown = list("unknown");
        let mut people = |name: &str| -> &'a [Person<'a>] {
            arena.alloc_slice_copy(&values.people.remove(name).unwrap_or_default())
        };
        let authors = people("author");
        let editors = people("editor");
        Entry {
            key: arena.alloc_str(key),
            aliases,
            entry_type,
            kinds: arena.alloc_slice_copy(&values.kinds),
            title: text("title").unwrap_or(""),
            short_name: text("shortname"),
            authors,
            authors_truncated: values.authors_truncated,
            editors,
            year: values.year,
            month: values.month,
            venue: Venue {
                short: text("shortvenue").unwrap_or(""),
                full: text("journaltitle").or(text("booktitle")),
            },
            pages: text("pages"),
            volume: text("volume"),
            number: text("number"),
            series: text("series"),
            publisher: text("publisher"),
            location: text("location"),
            organization: text("organization"),
            isbn: text("isbn"),
            issn: text("issn"),
            doi: text("doi"),
            arxiv: text("eprint"),
            links: Links {
                paper: text("url"),
                code: text("code"),
                reproduction: text("reproduction"),
                project: text("project"),
                dataset: text("dataset"),
            },
            modalities: arena.alloc_slice_copy(&values.modalities),
            llm: values.llm,
            related,
            unknown,
        }
    }
}

fn person_in<'a>(arena: &'a Bump, person: &biblatex::Person) -> Person<'a> {
    let part = |text: &str| {
        let text = collapse_whitespace(text);
        (!text.is_empty()).then(|| &*arena.alloc_str(&text))
    };
    Person {
        family: part(&person.name).unwrap_or(""),
        given: part(&person.given_name),
        prefix: part(&person.prefix),
        suffix: part(&person.suffix),
    }
}

fn unknown_field(name: &str, span: Range<usize>) -> Diagnostic {
    let diagnostic = Diagnostic::error("unknown-field", span, format!("unknown field `{name}`"));
    if let Some(preferred) = fields::preferred_name(name) {
        return diagnostic.help(format!("this catalogue spells it `{preferred}`"));
    }
    let nearest = fields::FIELDS
        .iter()
        .map(|spec| (strsim::jaro_winkler(name, spec.name), spec.name))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match nearest {
        Some((_, field)) => diagnostic.help(format!("did you mean `{field}`?")),
        None => diagnostic.help(format!("known fields: {}", field_names())),
    }
}

/// Whether a key is lowercase ASCII words and numbers joined by hyphens.
pub fn follows_key_convention(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn collapse_whitespace(text: &str) -> String {
    if is_collapsed(text) {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` is non-empty and its only whitespace is single spaces
/// between words, so that collapsing it changes nothing. Conservative: any
/// control character, and any lead byte of a non-ASCII whitespace character
/// (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000), answers no.
fn is_collapsed(text: &str) -> bool {
    let mut after_space = true;
    for &byte in text.as_bytes() {
        match byte {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            0..=0x1f | 0x7f | 0xc2 | 0xe1 | 0xe2 | 0xe3 => return false,
            _ => after_space = false,
        }
    }
    !after_space
}

fn names<T: std::fmt::Display>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn field_names() -> String {
    fields::FIELDS
        .iter()
        .map(|spec| spec.name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapsing_whitespace_is_splitting_and_joining() {
        let reference = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        for text in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\u{b}b",
            "a\u{a0}b",
            "a\u{2003}b",
            "a\u{3000}b",
            "a\u{85}b",
            "Müller – Søgaard",
            "Öztürk and García",
        ] {
            assert_eq!(collapse_whitespace(text), reference(text), "{text:?}");
        }
        assert!(is_collapsed("Müller and Öztürk"));
        assert!(!is_collapsed("a\u{a0}b"));
    }
}
