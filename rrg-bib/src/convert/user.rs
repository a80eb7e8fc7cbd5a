//! What only a user's file may hold: fields outside the catalogue's table,
//! month macros and month names, `date`, and eprints of other archives.

use std::ops::Range;

use biblatex::RawChunk;
use rrg_model::Entry;

use super::{Converter, EntryState, duplicate_field, resolve};
use crate::datamodel::misspelt;
pub(super) use crate::datamodel::{biblatex_name, entry_type, required_of};
use crate::diagnostic::Diagnostic;
use crate::values;

/// Which archive an `eprint` is from (`eprinttype` or BibTeX's
/// `archiveprefix`), in lower case.
pub(super) fn eprint_archive(raw: &biblatex::RawEntry<'_>) -> Option<String> {
    raw.fields
        .iter()
        .find(|pair| {
            let name = pair.key.v.to_ascii_lowercase();
            name == "eprinttype" || name == "archiveprefix"
        })
        .map(|pair| resolve::raw_text(&pair.value.v).trim().to_ascii_lowercase())
}

const MONTH_MACROS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

impl<'a> Converter<'_, 'a> {
    /// A field outside the catalogue's table, in a user's file: checked for
    /// repetition, emptiness and (a `date`) its form, and reported only if
    /// its name looks like a misspelt common field.
    pub(super) fn other_field(
        &mut self,
        state: &mut EntryState<'a>,
        written: &str,
        name: &str,
        name_span: Range<usize>,
        value_span: Range<usize>,
        chunks: &[biblatex::Spanned<RawChunk<'a>>],
    ) {
        if let Some((_, first)) = state.others.iter().find(|(seen, _)| seen == name) {
            self.out
                .push(duplicate_field(name, written, name_span, first.clone()));
            return;
        }
        state.others.push((name.to_owned(), value_span.clone()));
        if let Some(meant) = misspelt(name) {
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
        let text = resolve::raw_text(chunks);
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
                Ok(Some(year)) if state.entry.year.is_none() => {
                    match u16::try_from(year)
                        .ok()
                        .filter(|y| values::PLAUSIBLE_YEARS.contains(y))
                    {
                        Some(year) => state.entry.year = Some(year),
                        None => self.reject(
                            "implausible-year",
                            value_span,
                            values::year(&year.to_string()).err().unwrap_or_default(),
                        ),
                    }
                }
                Ok(_) => {}
                Err(rejection) => self.reject("malformed-date", value_span, rejection),
            }
        }
    }

    /// A month in a user's file: the macros `jan` … `dec` and the numbers
    /// 1 to 12 are what biber reads; a name in braces is printed as it is
    /// by BibTeX but not understood by biber.
    pub(super) fn user_month(
        &mut self,
        entry: &mut Entry<'a>,
        chunks: &[biblatex::Spanned<RawChunk<'a>>],
        text: &str,
        span: Range<usize>,
    ) {
        if let [only] = chunks {
            if let RawChunk::Abbreviation(name) = only.v {
                if let Some(month) = values::month_name(name).filter(|_| name.len() == 3) {
                    entry.month = Some(month);
                    return;
                }
            }
        }
        if let Ok(month) = values::month(text) {
            entry.month = Some(month);
            return;
        }
        match values::month_name(text) {
            Some(month) => {
                entry.month = Some(month);
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
}
