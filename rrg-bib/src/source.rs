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
        // Count characters by their first bytes, so that an offset in the
        // middle of a character still counts that character once.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
            + 1;
        Position { line, column }
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
}
