//! The `@string` abbreviations of a bibliography: every definition in the
//! order BibTeX reads them, file by file and top to bottom, so that an
//! entry sees only the definitions before it and a use before the
//! definition can be told from a name defined nowhere.
//!
//! Names are compared without regard to case, as BibTeX and biber compare
//! them (`@string{JAIR = …}` defines `jair`).

use std::ops::Range;

use biblatex::{Pair, RawBibliography, RawChunk, Spanned};
use bumpalo::Bump;

use super::pieces;
use crate::source::Source;

/// Every `@string` definition of the files read so far, in order.
#[derive(Default)]
pub(crate) struct Abbreviations<'s> {
    /// The definitions as the parser gives them, names in lower case.
    pairs: Vec<Pair<'s>>,
    /// Where each is: the file, in the order the files were read, and
    /// where the name is written in it.
    places: Vec<(usize, Range<usize>)>,
    files: Vec<&'s str>,
}

/// Where an abbreviation that is used too early is defined.
pub(crate) struct LaterDefinition<'a> {
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
                self.places
                    .push((file, start + pair.key.span.start..start + pair.key.span.end));
                self.pairs.push(pair);
            }
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
    pub fn later(&self, name: &str, file: usize, at: usize) -> Option<LaterDefinition<'_>> {
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
