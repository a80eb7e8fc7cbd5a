//! The `@string` abbreviations of a bibliography: every definition in the
//! order BibTeX reads them, file by file and top to bottom, so that an
//! entry sees only the definitions before it and a use before the
//! definition can be told from a name defined nowhere.
//!
//! Names are compared without regard to case, as BibTeX and biber compare
//! them (`@string{JAIR = …}` defines `jair`). A definition's value may use
//! the definitions before it, and is expanded when it is read, as BibTeX
//! expands it: so no definition can refer to itself, however it is
//! written, when the parser resolves an entry.

use std::ops::Range;

use biblatex::{Pair, RawBibliography, RawChunk, Spanned};
use bumpalo::Bump;

use super::pieces;
use crate::diagnostic::Diagnostic;
use crate::source::Source;

/// The month macros BibTeX predefines, and what they stand for.
const MONTHS: [(&str, &str); 12] = [
    ("jan", "January"),
    ("feb", "February"),
    ("mar", "March"),
    ("apr", "April"),
    ("may", "May"),
    ("jun", "June"),
    ("jul", "July"),
    ("aug", "August"),
    ("sep", "September"),
    ("oct", "October"),
    ("nov", "November"),
    ("dec", "December"),
];

/// Every `@string` definition of the files read so far, in order.
#[derive(Default)]
pub(crate) struct Abbreviations<'s> {
    /// The definitions as the parser gives them, names in lower case.
    pairs: Vec<Pair<'s>>,
    /// Where each is: the file, in the order the files were read, and
    /// where the name is written in it.
    places: Vec<(usize, Range<usize>)>,
    files: Vec<&'s str>,
    /// Abbreviations used in a definition before they are defined: the
    /// file, where, and the name.
    undefined: Vec<(usize, Range<usize>, String)>,
}

/// Where an abbreviation that is used too early is defined.
struct LaterDefinition<'a> {
    /// The file, when it is another one than the use's.
    pub other_file: Option<&'a str>,
    /// Where the name is written in that file.
    pub name_span: Range<usize>,
}

impl<'s> Abbreviations<'s> {
    /// Reads the definitions of the next file. Only the pieces that
    /// mention `@string` are parsed.
    pub fn read(&mut self, source: &Source<'s>, arena: &'s Bump) {
        let file = self.files.len();
        self.files.push(source.name);
        for (start, piece) in pieces(source.text, arena) {
            if !mentions_string(piece) {
                continue;
            }
            let Ok(raw) = RawBibliography::parse(piece) else {
                continue;
            };
            for mut pair in raw.abbreviations {
                pair.key.v = lower_case(pair.key.v, arena);
                lower_case_uses(&mut pair.value.v, arena);
                pair.value.v = self.expand(file, start, &pair.value.v);
                self.places
                    .push((file, start + pair.key.span.start..start + pair.key.span.end));
                self.pairs.push(pair);
            }
        }
    }

    /// A definition's value with the abbreviations it uses replaced by
    /// what they stand for at this point; one not defined yet stands for
    /// nothing (and is kept for [`Abbreviations::findings`]).
    fn expand(
        &mut self,
        file: usize,
        piece_start: usize,
        value: &[Spanned<RawChunk<'s>>],
    ) -> Vec<Spanned<RawChunk<'s>>> {
        let mut expanded = Vec::with_capacity(value.len());
        for chunk in value {
            let RawChunk::Abbreviation(name) = chunk.v else {
                expanded.push(chunk.clone());
                continue;
            };
            if let Some(earlier) = self.pairs.iter().rev().find(|pair| pair.key.v == name) {
                expanded.extend(
                    earlier
                        .value
                        .v
                        .iter()
                        .map(|part| Spanned::new(part.v.clone(), chunk.span.clone())),
                );
            } else if let Some((_, month)) = MONTHS.iter().find(|(short, _)| *short == name) {
                expanded.push(Spanned::new(RawChunk::Normal(month), chunk.span.clone()));
            } else {
                let span = piece_start + chunk.span.start..piece_start + chunk.span.end;
                self.undefined.push((file, span, name.to_owned()));
            }
        }
        expanded
    }

    /// The findings of file `file`'s definitions: abbreviations they use
    /// before those are defined, or that are defined nowhere. (Call it
    /// when every file is read.)
    pub fn findings(&self, file: usize) -> Vec<Diagnostic> {
        self.undefined
            .iter()
            .filter(|(in_file, _, _)| *in_file == file)
            .map(|(_, span, name)| self.undefined_here(name, span.clone(), file, span.start))
            .collect()
    }

    /// The finding for `name`, used at `span` of file `file` (where what is
    /// defined before offset `at` is known) and not defined by then:
    /// defined later (BibTeX reads the files once, top to bottom, and finds
    /// it undefined), or nowhere.
    pub fn undefined_here(
        &self,
        name: &str,
        span: Range<usize>,
        file: usize,
        at: usize,
    ) -> Diagnostic {
        match self.later(name, file, at) {
            Some(later) => {
                let finding = Diagnostic::error(
                    "late-abbreviation",
                    span,
                    match later.other_file {
                        Some(other) => format!("`{name}` is used before its `@string` definition, which is in {other}, read later"),
                        None => format!("`{name}` is used before its `@string` definition"),
                    },
                );
                let finding = match later.other_file {
                    Some(_) => finding,
                    None => finding.note("defined here", later.name_span),
                };
                finding.help(format!("BibTeX reads the file once, top to bottom, and finds `{name}` undefined here: move the `@string` above its first use (or its file before this one)"))
            }
            None => Diagnostic::error(
                "unknown-abbreviation",
                span,
                format!("`{name}` is no `@string` abbreviation defined in this file"),
            )
            .help(format!("define it before its first use, `@string{{{name} = {{…}}}}`, or write the value in braces: `{{{name}}}`")),
        }
    }

    /// The definitions BibTeX has read when it reaches offset `at` of file
    /// `file`, for the parser to resolve an entry with.
    pub fn before(&self, file: usize, at: usize) -> &[Pair<'s>] {
        let count = self
            .places
            .partition_point(|(in_file, span)| (*in_file, span.start) < (file, at));
        &self.pairs[..count]
    }

    /// Where `name` is defined after offset `at` of file `file`, if it is
    /// defined at all.
    fn later(&self, name: &str, file: usize, at: usize) -> Option<LaterDefinition<'_>> {
        let name = name.to_lowercase();
        self.pairs
            .iter()
            .zip(&self.places)
            .find(|(pair, (in_file, span))| {
                (*in_file, span.start) >= (file, at) && pair.key.v == name
            })
            .map(|(_, (in_file, span))| LaterDefinition {
                other_file: (*in_file != file).then(|| self.files[*in_file]),
                name_span: span.clone(),
            })
    }
}

/// Whether `@string` (in any case, white space allowed after `@`) occurs.
fn mentions_string(piece: &str) -> bool {
    piece.match_indices('@').any(|(at, _)| {
        piece[at + 1..]
            .trim_start()
            .get(..6)
            .is_some_and(|word| word.eq_ignore_ascii_case("string"))
    })
}

/// A name in lower case, copied only when it is not already.
pub(crate) fn lower_case<'s>(name: &'s str, arena: &'s Bump) -> &'s str {
    if name.chars().any(char::is_uppercase) {
        arena.alloc_str(&name.to_lowercase())
    } else {
        name
    }
}

/// The abbreviations a value uses, named in lower case.
pub(crate) fn lower_case_uses<'s>(value: &mut [Spanned<RawChunk<'s>>], arena: &'s Bump) {
    for chunk in value {
        if let RawChunk::Abbreviation(name) = chunk.v {
            chunk.v = RawChunk::Abbreviation(lower_case(name, arena));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_commands_are_found_in_any_case() {
        assert!(mentions_string("@string{a = {b}}"));
        assert!(mentions_string("x @ STRING{a = {b}}"));
        assert!(!mentions_string("@article{a, title = {strings}}"));
    }
}
