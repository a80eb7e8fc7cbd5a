//! Turning one parsed entry into a checked [`Entry`], reporting every field
//! that is unknown, repeated, empty or malformed.
//!
//! The reader keeps what it knows of the entry being read in an
//! [`EntryState`]; the steps live in modules of their own:
//!
//! - [`resolve`]: `@string` abbreviations and LaTeX, to plain text;
//! - [`value`]: one field's value into the entry, by its kind in the field table;
//! - [`required`]: required fields, `unknown`, fields that go together;
//! - [`user`]: what only a user's file may hold (BibTeX spellings, month
//!   macros, `date`, fields outside the catalogue's table).

mod required;
mod resolve;
mod user;
mod value;

use std::ops::Range;

use biblatex::{ChunksExt, RawChunk};
use bumpalo::Bump;
use rrg_model::fields::{self, Field, ValueKind};
use rrg_model::{Entry, EntryType};

use crate::diagnostic::Diagnostic;
use crate::read::RawRecord;
use crate::suggest;
use crate::values;

pub(crate) use resolve::collapse_whitespace;

/// A checked entry and where its parts are in the source.
#[derive(Debug, Clone)]
pub struct Record<'a> {
    /// The entry.
    pub entry: Entry<'a>,
    /// The whole entry, from `@` to the closing brace.
    pub span: Range<usize>,
    /// The citation key.
    pub key_span: Range<usize>,
    fields: Vec<(Field, Range<usize>)>,
    items: Vec<(Field, Vec<Range<usize>>)>,
}

impl Record<'_> {
    /// Where a field's value is, or the key when the field is absent.
    pub fn field_span(&self, field: Field) -> Range<usize> {
        self.fields
            .iter()
            .find(|(given, _)| *given == field)
            .map_or(self.key_span.clone(), |(_, span)| span.clone())
    }

    /// Where the `index`-th item of a list field (`ids`, `related`, …) is.
    pub fn item_span(&self, field: Field, index: usize) -> Range<usize> {
        self.items
            .iter()
            .find(|(given, _)| *given == field)
            .and_then(|(_, spans)| spans.get(index).cloned())
            .unwrap_or_else(|| self.field_span(field))
    }
}

/// How strictly to read entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Enforce the catalogue's own conventions: key form, `kind` and
    /// `shortvenue` required, only known fields, months as numbers, only
    /// arXiv eprints. Without them (a user's own file) the reader accepts
    /// what biblatex and BibTeX accept: BibTeX spellings (`journal`,
    /// `address`, `month = jun`, `date`), every entry type of their data
    /// models with its required fields, and fields it does not know.
    pub catalogue: bool,
}

/// What the reader knows of the entry it is reading.
struct EntryState<'a> {
    /// The entry as far as it is read.
    entry: Entry<'a>,
    /// The entry type as written, in lower case: a user's file may use a
    /// type the model does not have, which biblatex's data model knows.
    type_name: String,
    key_span: Range<usize>,
    /// The entry with abbreviations and LaTeX resolved, if that worked.
    resolved: Option<biblatex::Entry>,
    /// Fields of the table given, with where their values are.
    seen: Vec<(Field, Range<usize>)>,
    /// Fields outside the table (a user's file), by biblatex name.
    others: Vec<(String, Range<usize>)>,
    /// Where the items of list fields are.
    items: Vec<(Field, Vec<Range<usize>>)>,
}

impl EntryState<'_> {
    /// Whether the entry gives a field of this name, in the table or not.
    fn gives(&self, name: &str) -> bool {
        self.seen.iter().any(|(field, _)| field.name() == name)
            || self.others.iter().any(|(field, _)| field == name)
    }
}

/// One field's value as written, ready to be read by its kind.
struct Written<'t> {
    /// The value as text: resolved, and with white space collapsed where
    /// the field is text or names.
    text: &'t str,
    /// Where the value is.
    span: Range<usize>,
    /// Where the value's text starts, for the positions of list items.
    item_base: usize,
    /// Whether `text` is the value exactly as written, so that list items
    /// have exact positions.
    verbatim: bool,
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
        let entry_type = self.entry_type(raw.kind.v, at(&raw.kind.span));
        self.check_key(raw.key.v, &key_span);

        let mut state = EntryState {
            entry: Entry::new(self.arena.alloc_str(raw.key.v), entry_type, ""),
            type_name: raw.kind.v.to_ascii_lowercase(),
            key_span,
            resolved: self.resolve(record),
            seen: Vec::new(),
            others: Vec::new(),
            items: Vec::new(),
        };
        let eprint_archive = user::eprint_archive(raw);
        for pair in &raw.fields {
            let written = pair.key.v.to_ascii_lowercase();
            // A user's file may spell fields the BibTeX way.
            let name = if self.rules.catalogue {
                written.clone()
            } else {
                user::biblatex_name(&written).to_owned()
            };
            let name_span = at(&pair.key.span);
            let chunks = &pair.value.v;
            let value_span = match (chunks.first(), chunks.last()) {
                (Some(first), Some(last)) => at(&(first.span.start..last.span.end)),
                _ => at(&pair.value.span),
            };
            let Some(spec) = fields::field(&name) else {
                if self.rules.catalogue {
                    self.out.push(unknown_field(&name, name_span));
                } else {
                    self.other_field(&mut state, &written, &name, name_span, value_span, chunks);
                }
                continue;
            };
            if let Some((_, first)) = state.seen.iter().find(|(seen, _)| *seen == spec.field) {
                self.out.push(duplicate_field(
                    spec.name,
                    &written,
                    name_span,
                    first.clone(),
                ));
                continue;
            }
            state.seen.push((spec.field, value_span.clone()));

            // The value as written, when it is one plain chunk: links and
            // identifiers are taken verbatim, and list items keep positions.
            let verbatim = match chunks.as_slice() {
                [only] => match only.v {
                    RawChunk::Normal(text) => Some(text),
                    RawChunk::Abbreviation(_) => None,
                },
                _ => None,
            };
            let resolved_text = match &state.resolved {
                Some(entry) => entry
                    .fields
                    .iter()
                    .find(|(field, _)| field.eq_ignore_ascii_case(pair.key.v))
                    .map(|(_, chunks)| chunks.format_verbatim())
                    .unwrap_or_default(),
                // The entry could not be resolved (reported): read the value
                // as written rather than report it empty.
                None => resolve::raw_text(chunks),
            };
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
            if !self.rules.catalogue {
                match spec.value {
                    ValueKind::Month => {
                        self.user_month(&mut state.entry, chunks, &text, value_span);
                        continue;
                    }
                    // Only an arXiv eprint has a form to check.
                    ValueKind::Eprint if eprint_archive.as_deref() != Some("arxiv") => continue,
                    _ => {}
                }
            }
            if spec.field == Field::Pages {
                if let Err(rejection) = values::pages(&text) {
                    self.reject("malformed-pages", value_span.clone(), rejection);
                }
            }
            let item_base = match verbatim {
                Some(raw_text) => value_span.start + (raw_text.len() - raw_text.trim_start().len()),
                None => value_span.start,
            };
            let value = Written {
                text: &text,
                span: value_span,
                item_base,
                verbatim: verbatim.is_some(),
            };
            self.read_value(&mut state, spec, &value);
        }

        self.check_required(&state);
        Record {
            entry: state.entry,
            span: at(&record.raw.span),
            key_span: state.key_span,
            fields: state.seen,
            items: state.items,
        }
    }

    /// The entry type; an unknown one is reported and read as `@misc`.
    fn entry_type(&mut self, written: &str, span: Range<usize>) -> EntryType {
        let type_name = written.to_ascii_lowercase();
        if let Some(entry_type) = user::entry_type(&type_name) {
            return entry_type;
        }
        if !self.rules.catalogue && user::required_of(&type_name).is_some() {
            return EntryType::Misc;
        }
        let known = if self.rules.catalogue {
            names(EntryType::ALL)
        } else {
            "article, book, inbook, incollection, inproceedings, proceedings, online, report, thesis, dataset, software, misc, … (biblatex's types and BibTeX's)".to_owned()
        };
        self.out.push(
            Diagnostic::error(
                "unknown-entry-type",
                span,
                format!("unknown entry type `@{written}`"),
            )
            .help(format!("use one of: {known}")),
        );
        EntryType::Misc
    }

    /// Under the catalogue's rules, keys follow its convention.
    fn check_key(&mut self, key: &str, span: &Range<usize>) {
        if self.rules.catalogue && !key.is_empty() && !follows_key_convention(key) {
            self.out.push(
                Diagnostic::error(
                    "key-convention",
                    span.clone(),
                    format!("key `{key}` does not follow the catalogue's key convention"),
                )
                .help("keys are lowercase ASCII words and numbers joined by hyphens, e.g. `chen-etal-2020-generating`; keep other keys as aliases in `ids`"),
            );
        }
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
}

/// A field given a second time in one entry.
fn duplicate_field(
    name: &str,
    written: &str,
    span: Range<usize>,
    first: Range<usize>,
) -> Diagnostic {
    let message = if written == name {
        format!("field `{name}` is given twice in this entry")
    } else {
        format!("field `{name}` (`{written}`) is given twice in this entry")
    };
    Diagnostic::error("duplicate-field", span, message)
        .note("first given", first)
        .help("keep one value: biblatex would silently use the last one")
}

/// A field outside the table, under the catalogue's rules.
fn unknown_field(name: &str, span: Range<usize>) -> Diagnostic {
    let diagnostic = Diagnostic::error("unknown-field", span, format!("unknown field `{name}`"));
    if let Some(spec) = fields::FIELDS
        .iter()
        .find(|spec| spec.bibtex_name == Some(name))
    {
        return diagnostic.help(format!("this catalogue spells it `{}`", spec.name));
    }
    if name == "date" {
        return diagnostic.help("this catalogue spells it `year`");
    }
    match suggest::nearest(name, fields::FIELDS.iter().map(|spec| spec.name)) {
        Some(field) => diagnostic.help(format!("did you mean `{field}`?")),
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
