//! Reading a `.bib` file: split it into entries, parse each with the
//! `biblatex` crate, and keep going after a syntax error so that one run
//! reports every problem.
//!
//! - [`view`]: the text the parser reads (comments inside entries,
//!   parentheses and preambles it would misread);
//! - [`abbreviations`]: the `@string` definitions of a bibliography, in
//!   order;
//! - [`syntax`]: parse errors told as what is wrong and how to fix it;
//! - [`stray`]: text outside of every entry.

mod abbreviations;
mod stray;
mod syntax;
mod view;

pub(crate) use abbreviations::{Abbreviations, lower_case_uses};

use biblatex::{RawBibliography, RawEntry, Spanned};
use bumpalo::Bump;

use crate::diagnostic::Diagnostic;
use crate::source::Source;

/// One parsed entry and the offset of the piece of text it was parsed from
/// (spans inside `raw` are relative to that piece).
pub(crate) struct RawRecord<'s> {
    pub raw: Spanned<RawEntry<'s>>,
    pub base: usize,
}

impl RawRecord<'_> {
    /// Where the entry starts in its file.
    pub fn start(&self) -> usize {
        self.base + self.raw.span.start
    }
}

/// The pieces of `text`, each as the parser reads it, with its offset.
fn pieces<'s>(text: &'s str, arena: &'s Bump) -> impl Iterator<Item = (usize, &'s str)> + 's {
    let starts = piece_starts(text);
    (0..starts.len()).map(move |i| {
        let start = starts[i];
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        (start, view::parser_view(&text[start..end], arena))
    })
}

/// Splits `source` into pieces that each start at an `@` opening a line, and
/// parses each on its own: a broken entry costs only itself. Under the
/// catalogue's rules (`catalogue`) no text may stand outside entries. Each entry is
/// handed to `each` as soon as its piece is read, so that the raw entries of
/// a large file are never all held at once.
pub(crate) fn parse_each<'s>(
    source: &Source<'s>,
    arena: &'s Bump,
    catalogue: bool,
    diagnostics: &mut Vec<Diagnostic>,
    mut each: impl FnMut(RawRecord<'s>, &mut Vec<Diagnostic>),
) {
    let text = source.text;
    for (start, piece) in pieces(text, arena) {
        match RawBibliography::parse(piece) {
            Ok(raw) => {
                // Text before an entry that starts in the middle of a line.
                let mut from = 0;
                for entry in &raw.entries {
                    stray::report_text_before(
                        piece,
                        from..entry.span.start,
                        start,
                        catalogue,
                        diagnostics,
                    );
                    from = closing_end(piece, entry.span.end);
                }
                let covered = raw
                    .entries
                    .last()
                    .map_or(0, |entry| closing_end(piece, entry.span.end));
                let is_command = raw.entries.is_empty() && piece.trim_start().starts_with('@');
                if !is_command {
                    stray::report_stray_text(piece, covered, start, catalogue, diagnostics);
                }
                for raw in raw.entries {
                    each(RawRecord { raw, base: start }, diagnostics);
                }
            }
            Err(error) => diagnostics.push(syntax::syntax_error(source, piece, start, error)),
        }
    }
}

/// Offsets of the pieces: the start of the file, then every line whose first
/// non-blank character is `@`.
fn piece_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let at = line_start + (line.len() - line.trim_start().len());
        if line.trim_start().starts_with('@') && at > 0 {
            starts.push(at);
        }
        line_start += line.len();
    }
    starts
}

/// The end of an entry including its closing delimiter: the parser's span
/// for an entry stops just before it.
fn closing_end(piece: &str, span_end: usize) -> usize {
    let rest = &piece[span_end..];
    let trimmed = rest.trim_start();
    match trimmed.chars().next() {
        Some(close @ ('}' | ')')) => span_end + (rest.len() - trimmed.len()) + close.len_utf8(),
        _ => span_end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_start_at_each_entry() {
        let text = "% c\n@a{x,}\n  @b{y,}\n";
        assert_eq!(piece_starts(text), [0, 4, 13]);
        assert_eq!(piece_starts("@a{x,}\n@b{y,}\n"), [0, 7]);
    }
}
