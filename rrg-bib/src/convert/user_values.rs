//! The forms of a value that a user's file may use beyond the catalogue's,
//! because BibTeX and biber read them: short DOIs and DOIs after a
//! resolver, `ftp://` links, years of any era, names as BibTeX splits them
//! (`Hajic jr., Jan`, `AND`, an editor list ending in `and others`).

use std::ops::Range;

use rrg_model::Person;
use rrg_model::fields::{Field, FieldSpec, Value, ValueKind};

use super::person::{self, Problem};
use super::{Converter, EntryState};
use crate::diagnostic::Diagnostic;
use crate::values;

impl<'a> Converter<'_, 'a> {
    /// Reads a value of a user's file that has a form of its own there.
    /// Returns whether it did (the value is then read, or reported).
    pub(super) fn user_value(
        &mut self,
        state: &mut EntryState<'a>,
        spec: &FieldSpec,
        text: &str,
        span: &Range<usize>,
    ) -> bool {
        let span = span.clone();
        match (spec.value, spec.field) {
            (ValueKind::Doi, _) => self.user_doi(state, text, span),
            (ValueKind::Url, _) => match values::user_url(text) {
                Ok(()) => self.set(state, spec.field, Value::Text(self.arena.alloc_str(text))),
                Err(rejection) => self.reject("malformed-url", span, rejection),
            },
            (ValueKind::Year, _) => match values::any_year(text) {
                Ok(year) => {
                    state.year = Some(year);
                    if let Some(year) = u16::try_from(year)
                        .ok()
                        .filter(|year| values::PLAUSIBLE_YEARS.contains(year))
                    {
                        self.set(state, Field::Year, Value::Number(year));
                    }
                }
                Err(rejection) => self.reject("implausible-year", span, rejection),
            },
            (ValueKind::Names, field) => self.user_names(state, spec, field, text, span),
            _ => return false,
        }
        true
    }

    fn set(&self, state: &mut EntryState<'a>, field: Field, value: Value<'a>) {
        let set = field.set(&mut state.entry, value);
        debug_assert!(set.is_ok(), "`{}` takes {value:?}", field.name());
    }

    /// A DOI: bare, short, or after a resolver, which is only worth a
    /// warning: biblatex puts `https://doi.org/` before it, so the link
    /// names the resolver twice.
    fn user_doi(&mut self, state: &mut EntryState<'a>, text: &str, span: Range<usize>) {
        match values::user_doi(text) {
            Ok((bare, prefixed)) => {
                if prefixed {
                    self.out.push(
                        Diagnostic::warning(
                            "doi-prefix",
                            span,
                            format!("DOI `{text}` carries a resolver prefix"),
                        )
                        .help(format!("write the bare DOI, `{bare}`: biblatex links it through https://doi.org/ itself")),
                    );
                }
                self.set(state, Field::Doi, Value::Text(self.arena.alloc_str(bare)));
            }
            Err(rejection) => self.reject("malformed-doi", span, rejection),
        }
    }

    /// A name list, split as BibTeX splits it.
    fn user_names(
        &mut self,
        state: &mut EntryState<'a>,
        spec: &FieldSpec,
        field: Field,
        text: &str,
        span: Range<usize>,
    ) {
        let written: Vec<biblatex::Spanned<biblatex::Chunk>>;
        let value = match state
            .resolved
            .as_ref()
            .and_then(|entry| entry.fields.get(spec.name))
        {
            Some(chunks) => chunks.as_slice(),
            None => {
                // Not resolved (reported): the value as written.
                written = vec![biblatex::Spanned::detached(biblatex::Chunk::Normal(
                    text.to_owned(),
                ))];
                &written
            }
        };
        let list = person::read(value);
        let mut people = Vec::with_capacity(list.names.len());
        for (index, name) in list.names.iter().enumerate() {
            match name {
                Ok(parts) => people.push(Person {
                    family: self.arena.alloc_str(&parts.last),
                    given: self.part(&parts.first),
                    prefix: self.part(&parts.von),
                    suffix: self.part(&parts.jr),
                }),
                Err(problem) => {
                    let why = match problem {
                        Problem::Empty | Problem::OthersInside => "is not a person",
                        Problem::TooManyCommas => "has more than two commas",
                        Problem::NoLastName => "has nothing before its comma",
                    };
                    self.reject(
                        "malformed-name",
                        span.clone(),
                        (
                            format!("name {} of `{}` {why}", index + 1, spec.name),
                            "write names as `Family, Given` (or `Family, Jr, Given`) joined by ` and `; `and others` may only end the list".into(),
                        ),
                    );
                }
            }
        }
        let people = self.arena.alloc_slice_copy(&people);
        let others = list.others && field == Field::Author;
        self.set(state, field, Value::Names { people, others });
    }

    fn part(&self, text: &str) -> Option<&'a str> {
        (!text.is_empty()).then(|| &*self.arena.alloc_str(text))
    }
}
