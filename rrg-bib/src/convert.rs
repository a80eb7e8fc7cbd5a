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
    /// `shortvenue` required, only known fields, months as numbers, only
    /// arXiv eprints. Without them (a user's own file) the reader accepts
    /// what biblatex and BibTeX accept: BibTeX spellings (`journal`,
    /// `address`, `month = jun`, `date`), every entry type of their data
    /// models with its required fields, and fields it does not know.
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

        let type_name = raw.kind.v.to_ascii_lowercase();
        let user_type = !self.rules.catalogue && fields::user_required(&type_name).is_some();
        let entry_type = match fields::entry_type(raw.kind.v) {
            Some(entry_type) => entry_type,
            None if user_type => EntryType::Misc,
            None => {
                let known = if self.rules.catalogue {
                    names(EntryType::ALL)
                } else {
                    "article, book, inbook, incollection, inproceedings, proceedings, online, report, thesis, dataset, software, misc, … (biblatex's types and BibTeX's)".to_owned()
                };
                self.out.push(
                    Diagnostic::error(
                        "unknown-entry-type",
                        at(&raw.kind.span),
                        format!("unknown entry type `@{}`", raw.kind.v),
                    )
                    .help(format!("use one of: {known}")),
                );
                EntryType::Misc
            }
        };
        if self.rules.catalogue && !raw.key.v.is_empty() && !follows_key_convention(raw.key.v) {
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
        let resolved = self.resolve(record, uses_abbreviations);
        // Under the user's rules, which archive an `eprint` is from.
        let eprint_archive = raw
            .fields
            .iter()
            .find(|pair| {
                let name = pair.key.v.to_ascii_lowercase();
                name == "eprinttype" || name == "archiveprefix"
            })
            .map(|pair| {
                pair.value
                    .v
                    .iter()
                    .map(|chunk| match chunk.v {
                        RawChunk::Normal(text) | RawChunk::Abbreviation(text) => text,
                    })
                    .collect::<String>()
                    .trim()
                    .to_ascii_lowercase()
            });
        let mut others: Vec<(String, Range<usize>)> = Vec::new();

        let mut values = Values::default();
        let mut seen: Vec<(&'static str, Range<usize>)> = Vec::new();
        let mut items: Vec<(&'static str, Vec<Range<usize>>)> = Vec::new();
        for pair in &raw.fields {
            let written = pair.key.v.to_ascii_lowercase();
            // A user's file may spell fields the BibTeX way.
            let name = if self.rules.catalogue {
                written.clone()
            } else {
                fields::biblatex_name(&written).to_owned()
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
                    self.other_field(
                        &written,
                        &name,
                        name_span,
                        value_span,
                        chunks,
                        &mut others,
                        &mut values,
                    );
                }
                continue;
            };
            if let Some((_, first)) = seen.iter().find(|(seen, _)| *seen == spec.name) {
                let message = if written == spec.name {
                    format!("field `{}` is given twice in this entry", spec.name)
                } else {
                    format!(
                        "field `{}` (`{written}`) is given twice in this entry",
                        spec.name
                    )
                };
                self.out.push(
                    Diagnostic::error("duplicate-field", name_span, message)
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
            let resolved_text = match &resolved {
                Some(entry) => entry
                    .fields
                    .iter()
                    .find(|(field, _)| field.eq_ignore_ascii_case(pair.key.v))
                    .map(|(_, chunks)| chunks.format_verbatim())
                    .unwrap_or_default(),
                // The entry could not be resolved (reported): read the value
                // as written rather than report it empty.
                None => raw_text(chunks),
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
                        self.user_month(chunks, &text, value_span, &mut values);
                        continue;
                    }
                    // Only an arXiv eprint has a form to check.
                    ValueKind::Eprint if eprint_archive.as_deref() != Some("arxiv") => continue,
                    _ => {}
                }
            }
            if spec.name == "pages" {
                if let Err(rejection) = values::pages(&text) {
                    self.reject("malformed-pages", value_span.clone(), rejection);
                }
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

        self.check_required(
            entry_type, &type_name, &seen, &others, &values, &items, &key_span,
        );
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
            ValueKind::Kinds => {
                match vocabulary_item(
                    item,
                    span,
                    "unknown-kind",
                    "kind",
                    Kind::ALL,
                    Kind::from_name,
                ) {
                    Ok(kind) => values.kinds.push(kind),
                    Err(finding) => self.out.push(finding),
                }
            }
            ValueKind::Modalities => match vocabulary_item(
                item,
                span,
                "unknown-modality",
                "modality",
                Modality::ALL,
                Modality::from_name,
            ) {
                Ok(modality) => values.modalities.push(modality),
                Err(finding) => self.out.push(finding),
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

    #[allow(clippy::too_many_arguments)]
    fn check_required(
        &mut self,
        entry_type: EntryType,
        type_name: &str,
        seen: &[(&'static str, Range<usize>)],
        others: &[(String, Range<usize>)],
        values: &Values<'a>,
        items: &[(&'static str, Vec<Range<usize>>)],
        key_span: &Range<usize>,
    ) {
        let present = |name: &str| {
            seen.iter().any(|(field, _)| *field == name)
                || others.iter().any(|(field, _)| field == name)
        };
        let unknown = values
            .lists
            .get("unknown")
            .map(Vec::as_slice)
            .unwrap_or_default();
        if self.rules.catalogue {
            for &name in fields::required_fields(entry_type)
                .iter()
                .chain(CATALOGUE_REQUIRED)
            {
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
        } else {
            // biblatex's data model, where `year` may be a `date`.
            let groups = fields::user_required(type_name).unwrap_or_default();
            for group in groups {
                let satisfied = group
                    .iter()
                    .any(|name| present(name) || unknown.contains(name));
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
        if self.rules.catalogue && present("eprint") != present("eprinttype") {
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

    /// Resolves the entry's abbreviations and LaTeX. An abbreviation that is
    /// never defined is reported where it is used, and read as its name,
    /// so that the rest of the entry is still checked.
    fn resolve(
        &mut self,
        record: &RawRecord<'a>,
        uses_abbreviations: bool,
    ) -> Option<biblatex::Entry> {
        let base = record.base;
        let mut raw = record.raw.clone();
        // Each pass reports one unknown abbreviation; an entry has few.
        for _ in 0..=raw.v.fields.len() {
            let resolved = Bibliography::from_raw(RawBibliography {
                preamble: String::new(),
                entries: vec![raw.clone()],
                abbreviations: if uses_abbreviations {
                    self.abbreviations.to_vec()
                } else {
                    Vec::new()
                },
            });
            let error = match resolved {
                Ok(bibliography) => return bibliography.into_vec().pop(),
                Err(error) => error,
            };
            let span = base + error.span.start..base + error.span.end;
            match error.kind {
                biblatex::ParseErrorKind::UnknownAbbreviation(name) => {
                    self.out.push(
                        Diagnostic::error(
                            "unknown-abbreviation",
                            span,
                            format!("`{name}` is no `@string` abbreviation defined in this file"),
                        )
                        .help(format!("define it before its first use, `@string{{{name} = {{…}}}}`, or write the value in braces: `{{{name}}}`")),
                    );
                    for pair in &mut raw.v.fields {
                        for chunk in &mut pair.value.v {
                            if chunk.v == RawChunk::Abbreviation(&name) {
                                chunk.v = RawChunk::Normal(match chunk.v {
                                    RawChunk::Abbreviation(text) | RawChunk::Normal(text) => text,
                                });
                            }
                        }
                    }
                }
                // A `}` too many in a quoted value: reported as
                // `unbalanced-braces` by the LaTeX checks; under the
                // catalogue's rules it stays an error too.
                biblatex::ParseErrorKind::Unexpected(biblatex::Token::ClosingBrace)
                    if !self.rules.catalogue =>
                {
                    return None;
                }
                kind => {
                    self.out.push(
                        Diagnostic::error(
                            "syntax",
                            span,
                            format!("cannot read this entry: {kind}"),
                        )
                        .help("check the braces and the LaTeX of the value"),
                    );
                    return None;
                }
            }
        }
        None
    }

    /// A field outside the catalogue's table, in a user's file: checked for
    /// repetition, emptiness and (a `date`) its form, and reported only if
    /// its name looks like a misspelt common field.
    #[allow(clippy::too_many_arguments)]
    fn other_field(
        &mut self,
        written: &str,
        name: &str,
        name_span: Range<usize>,
        value_span: Range<usize>,
        chunks: &[biblatex::Spanned<RawChunk<'a>>],
        others: &mut Vec<(String, Range<usize>)>,
        values: &mut Values<'a>,
    ) {
        if let Some((_, first)) = others.iter().find(|(seen, _)| seen == name) {
            let message = if written == name {
                format!("field `{name}` is given twice in this entry")
            } else {
                format!("field `{name}` (`{written}`) is given twice in this entry")
            };
            self.out.push(
                Diagnostic::error("duplicate-field", name_span, message)
                    .note("first given", first.clone())
                    .help("keep one value: biblatex would silently use the last one"),
            );
            return;
        }
        others.push((name.to_owned(), value_span.clone()));
        if let Some(meant) = fields::misspelt(name) {
            self.out.push(
                Diagnostic::warning(
                    "unknown-field",
                    name_span,
                    format!("unknown field `{written}`"),
                )
                .help(format!(
                    "did you mean `{meant}`? biblatex ignores fields it does not know"
                )),
            );
            return;
        }
        let text = raw_text(chunks);
        if text.trim().is_empty() {
            self.out.push(
                Diagnostic::warning(
                    "empty-field",
                    value_span,
                    format!("field `{written}` is empty"),
                )
                .help("remove the field, or give it a value"),
            );
            return;
        }
        if name == "date" {
            match values::date(text.trim()) {
                Ok(Some(year)) => {
                    if values.year.is_none() {
                        match u16::try_from(year)
                            .ok()
                            .filter(|y| values::PLAUSIBLE_YEARS.contains(y))
                        {
                            Some(year) => values.year = Some(year),
                            None => self.reject(
                                "implausible-year",
                                value_span,
                                values::year(&year.to_string()).err().unwrap_or_default(),
                            ),
                        }
                    }
                }
                Ok(None) => {}
                Err(rejection) => self.reject("malformed-date", value_span, rejection),
            }
        }
    }

    /// A month in a user's file: the macros `jan` … `dec` and the numbers
    /// 1 to 12 are what biber reads; a name in braces is printed as it is
    /// by BibTeX but not understood by biber.
    fn user_month(
        &mut self,
        chunks: &[biblatex::Spanned<RawChunk<'a>>],
        text: &str,
        span: Range<usize>,
        values: &mut Values<'a>,
    ) {
        if let [only] = chunks {
            if let RawChunk::Abbreviation(name) = only.v {
                if let Some(month) = values::month_name(name).filter(|_| name.len() == 3) {
                    values.month = Some(month);
                    return;
                }
            }
        }
        if let Ok(month) = values::month(text) {
            values.month = Some(month);
            return;
        }
        match values::month_name(text) {
            Some(month) => {
                values.month = Some(month);
                let macro_name = &MONTH_MACROS[usize::from(month) - 1];
                self.out.push(
                    Diagnostic::warning("month-form", span, format!("month `{text}` is written as text"))
                        .help(format!("write `month = {macro_name}` (no braces) or `month = {{{month}}}`: biber reads only those")),
                );
            }
            None => self.reject(
                "malformed-month",
                span,
                (
                    format!("month `{text}` is not a month"),
                    "write the month as a macro `jan` … `dec` or a number from 1 to 12".into(),
                ),
            ),
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

const MONTH_MACROS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A value as written, its abbreviations by name.
fn raw_text(chunks: &[biblatex::Spanned<RawChunk<'_>>]) -> String {
    chunks
        .iter()
        .map(|chunk| match chunk.v {
            RawChunk::Normal(text) | RawChunk::Abbreviation(text) => text,
        })
        .collect()
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
