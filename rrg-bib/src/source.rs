//! A source file and the mapping from byte offsets to lines and columns.

use std::ops::Range;

/// A `.bib` text with the name it is reported under.
#[derive(Debug, Clone, Copy)]
pub struct Source<'s> {
    /// How the file is named in diagnostics, e.g. `data/reference.bib`.
    pub name: &'s str,
    /// The text.
    pub text: &'s str,
}

/// The 1-based column that follows `line_prefix`, the bytes of a line
/// before an offset. Characters are counted by their first bytes, so that an
/// offset in the middle of a character still counts that character once.
fn column_after(line_prefix: &[u8]) -> usize {
    line_prefix.iter().filter(|&&b| (b & 0xC0) != 0x80).count() + 1
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl<'s> Source<'s> {
    /// A source named `name`.
    pub fn new(name: &'s str, text: &'s str) -> Self {
        Source { name, text }
    }

    /// The line and column of a byte offset. Offsets past the end map to the
    /// end; an offset inside a multi-byte character maps to that character.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let before = &self.text.as_bytes()[..offset];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        Position {
            line,
            column: column_after(&before[line_start..]),
        }
    }

    /// The whole line holding a byte offset, without its line ending, and
    /// the byte offset where that line starts.
    pub fn line_of(&self, offset: usize) -> (&'s str, usize) {
        let offset = offset.min(self.text.len());
        let start = self.text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        (self.text[start..end].trim_end_matches('\r'), start)
    }

    /// The text of a span, clamped to the source.
    pub fn slice(&self, span: Range<usize>) -> &'s str {
        let end = span.end.min(self.text.len());
        let start = span.start.min(end);
        self.text.get(start..end).unwrap_or("")
    }
}

/// The line starts of a source, for finding the line and column of many
/// offsets in a large file (each in time logarithmic in the number of
/// lines, plus the length of the line).
#[derive(Debug, Clone)]
pub struct Lines<'s> {
    source: Source<'s>,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    /// The line starts of `source`.
    pub fn new(source: Source<'s>) -> Self {
        let mut starts = vec![0];
        starts.extend(
            source
                .text
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { source, starts }
    }

    /// What [`Source::position`] gives, faster.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.source.text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line - 1];
        Position {
            line,
            column: column_after(&self.source.text.as_bytes()[line_start..offset]),
        }
    }

    /// What [`Source::line_of`] gives, faster.
    pub fn line_of(&self, offset: usize) -> (&'s str, usize) {
        let text = self.source.text;
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let end = self.starts.get(line).map_or(text.len(), |next| next - 1);
        // A line start is after a `\n`, so it is a character boundary; an
        // end before a `\n` too.
        (
            text.get(start..end).unwrap_or("").trim_end_matches('\r'),
            start,
        )
    }
}

/// Finding lines and columns: directly in a [`Source`], or through its
/// [`Lines`].
pub(crate) trait Locate {
    fn source(&self) -> &Source<'_>;
    fn position(&self, offset: usize) -> Position;
    fn line_of(&self, offset: usize) -> (&str, usize);
}

impl Locate for Source<'_> {
    fn source(&self) -> &Source<'_> {
        self
    }
    fn position(&self, offset: usize) -> Position {
        Source::position(self, offset)
    }
    fn line_of(&self, offset: usize) -> (&str, usize) {
        Source::line_of(self, offset)
    }
}

impl Locate for Lines<'_> {
    fn source(&self) -> &Source<'_> {
        &self.source
    }
    fn position(&self, offset: usize) -> Position {
        Lines::position(self, offset)
    }
    fn line_of(&self, offset: usize) -> (&str, usize) {
        Lines::line_of(self, offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_lines_count_newlines() {
        let source = Source::new("t.bib", "ab\r\nçé{x\n");
        assert_eq!(source.position(0), Position { line: 1, column: 1 });
        assert_eq!(source.position(4), Position { line: 2, column: 1 });
        // `{` is the third character of line 2 but its fifth byte.
        assert_eq!(source.position(8), Position { line: 2, column: 3 });
        assert_eq!(source.line_of(8), ("çé{x", 4));
        assert_eq!(source.line_of(1).0, "ab", "CR is not part of the line");
    }

    #[test]
    fn the_line_index_agrees_with_the_direct_count() {
        for text in ["", "a", "ab\r\nçé{x\n", "\n\n", "x\ny", "é\n漢字\r\n🦀 z"] {
            let source = Source::new("t.bib", text);
            let lines = Lines::new(source);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    lines.position(offset),
                    source.position(offset),
                    "{text:?} {offset}"
                );
                if text.is_char_boundary(offset.min(text.len())) {
                    assert_eq!(
                        lines.line_of(offset),
                        source.line_of(offset),
                        "{text:?} {offset}"
                    );
                }
            }
        }
    }
}
