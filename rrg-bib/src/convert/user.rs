//! What only a user's file may hold: fields outside the catalogue's table,
//! month macros and month names, dates, the entries it inherits from, and
//! eprints of other archives; and what no key may hold.

use std::ops::Range;

use biblatex::RawChunk;

use super::{Converter, EntryState, Parent, duplicate_field, resolve};
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

/// The date fields of biblatex's data model.
const DATE_FIELDS: &[&str] = &["date", "urldate", "eventdate", "origdate"];

/// The fields that name other entries to inherit from or refer to: one key,
/// or (`xdata`, `entryset`) a comma-separated list.
const PARENT_FIELDS: &[&str] = &["crossref", "xdata", "xref", "entryset"];

/// Characters that no key may hold: BibTeX and biber stop at them (white
/// space, `,`, `}`, `{`, `#`, `%`, `"`, `(`, `)`, `=`), and a backslash is
/// read as a LaTeX command, by biber as by `\cite`.
const NOT_IN_KEYS: &[char] = &['\\', '{', '}', ',', '#', '%', '"', '(', ')', '='];

/// A key with a character that breaks it.
pub(super) fn malformed_key(key: &str, span: &Range<usize>) -> Option<Diagnostic> {
    let (at, c) = key
        .char_indices()
        .find(|(_, c)| c.is_whitespace() || NOT_IN_KEYS.contains(c))?;
    let start = span.start + at;
    Some(
        Diagnostic::error(
            "malformed-key",
            start..start + c.len_utf8(),
            format!("key `{key}` holds `{c}`, which BibTeX and biber do not read in a key"),
        )
        .help("keep to letters, digits and `-_:./+` in keys: biber stops reading the file at such a key, and `\\cite` cannot name it"),
    )
}

/// A field of the table given twice. `location` and `address` both given
/// (publishers' exports do it: the venue and the publisher's city) are two
/// facts of which biblatex keeps one: a warning.
pub(super) fn repeated_field(
    name: &str,
    written: &str,
    raw: &biblatex::RawEntry<'_>,
    span: Range<usize>,
    first: Range<usize>,
) -> Diagnostic {
    let first_written = raw
        .fields
        .iter()
        .map(|pair| pair.key.v.to_ascii_lowercase())
        .find(|given| biblatex_name(given) == name)
        .unwrap_or_default();
    if name == "location" && first_written != written {
        return Diagnostic::warning(
            "location-and-address",
            span,
            "both `location` and `address` are given; biblatex reads `address` as `location` and keeps one",
        )
        .note(format!("`{first_written}` is given"), first)
        .help("keep the one to print: `location` for where the event took place or the work was published (biblatex), `address` for the publisher's city (BibTeX)");
    }
    duplicate_field(name, written, span, first)
}

impl<'a> Converter<'_, 'a> {
    /// A field outside the catalogue's table, in a user's file: checked for
    /// repetition and emptiness, a date for its form, an entry named to
    /// inherit from kept for the checks across entries, and reported only
    /// if its name looks like a misspelt common field.
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
        if DATE_FIELDS.contains(&name) {
            self.user_date(state, name, text.trim(), value_span);
        } else if let Some(field) = PARENT_FIELDS.iter().find(|field| **field == name) {
            for (key, within) in values::list_items(&text) {
                if key.is_empty() {
                    continue;
                }
                // Items of a value in one piece have places of their own.
                let span = match chunks {
                    [_] => value_span.start + within.start..value_span.start + within.end,
                    _ => value_span.clone(),
                };
                state.parents.push(Parent {
                    field,
                    key: self.arena.alloc_str(key),
                    span,
                });
                if !matches!(*field, "xdata" | "entryset") {
                    break;
                }
            }
        }
    }

    /// A date field: its form, and the year of `date`.
    fn user_date(
        &mut self,
        state: &mut EntryState<'a>,
        name: &str,
        text: &str,
        span: Range<usize>,
    ) {
        match values::date(text) {
            Ok(Some(year)) if name == "date" => {
                if year > i32::from(values::PLAUSIBLE_YEARS.end - 1) {
                    self.reject(
                        "implausible-year",
                        span,
                        values::any_year(&year.to_string())
                            .err()
                            .unwrap_or_default(),
                    );
                    return;
                }
                state.year.get_or_insert(year);
                if state.entry.year.is_none() {
                    state.entry.year = u16::try_from(year)
                        .ok()
                        .filter(|y| values::PLAUSIBLE_YEARS.contains(y));
                }
            }
            Ok(_) => {}
            Err((message, help)) => {
                let message = if name == "date" {
                    message
                } else {
                    message.replacen("date", name, 1)
                };
                self.reject("malformed-date", span, (message, help));
            }
        }
    }

    /// A month in a user's file: the macros `jan` … `dec` and the numbers
    /// 1 to 12 are what biber reads; a name in braces is printed as it is
    /// by BibTeX but not understood by biber, and neither is a day or a
    /// range joined to a macro (`"10~" # jan`, `may # " 2 - " # may`), a
    /// BibTeX idiom. An abbreviation defined nowhere is reported as such,
    /// not again here.
    pub(super) fn user_month(
        &mut self,
        state: &mut EntryState<'a>,
        chunks: &[biblatex::Spanned<RawChunk<'a>>],
        text: &str,
        span: Range<usize>,
    ) {
        let macro_month = |chunk: &biblatex::Spanned<RawChunk<'_>>| match chunk.v {
            RawChunk::Abbreviation(name) if name.len() == 3 => values::month_name(name),
            _ => None,
        };
        let undefined = chunks.iter().any(|chunk| {
            matches!(chunk.v, RawChunk::Abbreviation(name)
                if state.undefined.iter().any(|known| known.eq_ignore_ascii_case(name)))
        });
        if undefined {
            return;
        }
        if let [only] = chunks {
            if let Some(month) = macro_month(only) {
                state.entry.month = Some(month);
                return;
            }
        }
        if let Ok(month) = values::month(text) {
            state.entry.month = Some(month);
            return;
        }
        if let (true, Some(month)) = (chunks.len() > 1, chunks.iter().find_map(macro_month)) {
            state.entry.month = Some(month);
            let written = chunks
                .iter()
                .map(|chunk| match chunk.v {
                    RawChunk::Normal(text) => format!("\"{text}\""),
                    RawChunk::Abbreviation(name) => name.to_owned(),
                })
                .collect::<Vec<_>>()
                .join(" # ");
            let macro_name = &MONTH_MACROS[usize::from(month) - 1];
            self.out.push(
                Diagnostic::warning("month-form", span, format!("month `{written}` holds more than the month"))
                    .help(format!("BibTeX prints it, but biber reads only `month = {macro_name}` or a number and ignores the rest; a day or a range belongs in `date` or `eventdate`")),
            );
            return;
        }
        match values::month_name(text) {
            Some(month) => {
                state.entry.month = Some(month);
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
