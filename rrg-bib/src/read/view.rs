//! The text the `biblatex` parser reads for one piece of a file.
//!
//! The view has the piece's length, and differs from it only where the
//! parser would misread valid BibTeX, so that every offset the parser
//! reports is still the file's:
//!
//! - an entry in parentheses, `@type(key, …)`, gets braces (the parser
//!   reads only braces; both delimiters are one byte);
//! - a comment inside an entry, `%` to the end of the line outside every
//!   value, becomes spaces (the parser skips one comment after a comma, so
//!   two comment lines in a row broke the entry; biber reads any number);
//! - a `@preamble` whose value is well formed becomes spaces (the parser
//!   reads only a single quoted string there, while BibTeX also takes
//!   braces and `#` concatenations; the preamble is never used).
//!
//! The scan follows the parser's own rules for where a value starts and
//! ends (a backslash escapes the next character; a quoted value ends at the
//! next unescaped `"`), so that what is blanked is what the parser would
//! have taken for a comment or a command.

use bumpalo::Bump;

/// The parser's view of `piece`: the piece itself when nothing needs
/// rewriting, else a rewritten copy of the same length in `arena`.
pub(super) fn parser_view<'s>(piece: &'s str, arena: &'s Bump) -> &'s str {
    let mut view = View {
        text: piece,
        bytes: piece.as_bytes(),
        edits: Vec::new(),
    };
    view.scan();
    if view.edits.is_empty() {
        return piece;
    }
    let mut bytes = piece.as_bytes().to_vec();
    for (at, byte) in view.edits {
        bytes[at] = byte;
    }
    // Whole lines' ends and whole values are blanked, and delimiters are
    // ASCII, so the result is still UTF-8.
    match String::from_utf8(bytes) {
        Ok(text) => arena.alloc_str(&text),
        Err(_) => piece,
    }
}

struct View<'s> {
    text: &'s str,
    bytes: &'s [u8],
    /// Bytes to replace, by offset.
    edits: Vec<(usize, u8)>,
}

/// What follows an entry's opening delimiter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    /// A key, then fields: every entry but the commands.
    Entry,
    /// Fields only: `@string`.
    Fields,
    /// Free text up to the first `}`: `@comment`, as the parser reads it.
    Comment,
    /// One value or a concatenation: `@preamble`.
    Preamble,
}

impl View<'_> {
    /// The parser's top level: `%` starts a comment, `@` an entry, and
    /// anything else is skipped.
    fn scan(&mut self) {
        let mut at = 0;
        while at < self.bytes.len() {
            at = match self.bytes[at] {
                b'%' => self.line_end(at),
                b'@' => self.entry(at),
                _ => at + 1,
            };
        }
    }

    /// The offset of the `\n` that ends the line holding `at`, or the end.
    fn line_end(&self, at: usize) -> usize {
        self.bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.bytes.len(), |i| at + i)
    }

    fn skip_blanks(&self, mut at: usize) -> usize {
        while at < self.bytes.len() && self.bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        at
    }

    /// An entry from its `@`; returns where scanning goes on.
    fn entry(&mut self, at: usize) -> usize {
        let name_start = at + 1;
        let name_end = identifier_end(self.text, name_start);
        if name_end == name_start {
            return name_start;
        }
        let open = self.skip_blanks(name_end);
        let close = match self.bytes.get(open) {
            Some(b'{') => b'}',
            Some(b'(') => b')',
            _ => return open,
        };
        let body = match self.text[name_start..name_end]
            .to_ascii_lowercase()
            .as_str()
        {
            "comment" => Body::Comment,
            "preamble" => Body::Preamble,
            "string" => Body::Fields,
            _ => Body::Entry,
        };
        if body == Body::Preamble {
            return self.preamble(at, open, close);
        }
        let mut edits = Vec::new();
        let end = self.body(open + 1, close, body, &mut edits);
        match end {
            Some(end) => {
                if close == b')' {
                    edits.push((open, b'{'));
                    edits.push((end - 1, b'}'));
                }
                self.edits.extend(edits);
                end
            }
            // Never closed: the parser reports it as it is.
            None => self.bytes.len(),
        }
    }

    /// The body of an entry from just after its opening delimiter: the
    /// offset just after its closing one, if it has one. Comments inside
    /// it are blanked into `edits`.
    fn body(
        &self,
        from: usize,
        close: u8,
        body: Body,
        edits: &mut Vec<(usize, u8)>,
    ) -> Option<usize> {
        let bytes = self.bytes;
        let mut at = from;
        if body == Body::Comment {
            return bytes[at..]
                .iter()
                .position(|&b| b == b'}' || b == close)
                .map(|i| at + i + 1);
        }
        if body == Body::Entry {
            // The key: `%` may be part of it, as the parser reads keys.
            at = self.skip_blanks(at);
            while at < bytes.len() && !matches!(bytes[at], b',' | b'}') && bytes[at] > b' ' {
                at += 1;
            }
        }
        while at < bytes.len() {
            match bytes[at] {
                b'%' => {
                    let end = self.line_end(at);
                    edits.extend((at..end).map(|i| (i, b' ')));
                    at = end;
                }
                b'{' => at = braced_end(bytes, at)?,
                b'"' => at = quoted_end(bytes, at)?,
                b'}' | b')' if bytes[at] == close || bytes[at] == b'}' => {
                    // A `}` closes a parenthesised entry early, as the
                    // parser would read it: no rewriting then.
                    if bytes[at] != close {
                        edits.clear();
                        return None;
                    }
                    return Some(at + 1);
                }
                _ => at += 1,
            }
        }
        None
    }

    /// A `@preamble` from its `@`: one value or several joined by `#`,
    /// each quoted, braced, a number or an abbreviation. A well-formed one
    /// is blanked; anything else is left for the parser to report.
    fn preamble(&mut self, at: usize, open: usize, close: u8) -> usize {
        let bytes = self.bytes;
        let mut cursor = self.skip_blanks(open + 1);
        loop {
            let value_end = match bytes.get(cursor) {
                Some(b'{') => braced_end(bytes, cursor),
                Some(b'"') => quoted_end(bytes, cursor),
                Some(b) if b.is_ascii_digit() => Some(
                    cursor
                        + bytes[cursor..]
                            .iter()
                            .take_while(|b| b.is_ascii_digit())
                            .count(),
                ),
                Some(_) => Some(identifier_end(self.text, cursor)).filter(|&end| end > cursor),
                None => None,
            };
            let Some(value_end) = value_end else {
                return open + 1;
            };
            cursor = self.skip_blanks(value_end);
            if bytes.get(cursor) == Some(&b'#') {
                cursor = self.skip_blanks(cursor + 1);
                continue;
            }
            break;
        }
        if bytes.get(cursor) != Some(&close) {
            return open + 1;
        }
        for (i, byte) in bytes.iter().enumerate().take(cursor + 1).skip(at) {
            if !matches!(byte, b'\n' | b'\r') {
                self.edits.push((i, b' '));
            }
        }
        cursor + 1
    }
}

/// The end of an identifier starting at `at`, as the parser reads one (no
/// white space, control characters or `@{}"#'(),=%\~`; not starting with
/// `:<->`); `at` itself when there is none.
fn identifier_end(text: &str, at: usize) -> usize {
    let Some(rest) = text.get(at..) else {
        return at;
    };
    let mut end = at;
    for (i, c) in rest.char_indices() {
        let continues = !matches!(
            c,
            '@' | '{' | '}' | '"' | '#' | '\'' | '(' | ')' | ',' | '=' | '%' | '\\' | '~'
        ) && !c.is_control()
            && !c.is_whitespace();
        let starts = continues && !matches!(c, ':' | '<' | '-' | '>');
        if !(continues && (i > 0 || starts)) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    end
}

/// The offset just after the `}` that closes the `{` at `open`; a backslash
/// escapes the next character, as the parser reads braced values.
fn braced_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0_usize;
    let mut at = open + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some(at + 1),
            b'}' => depth -= 1,
            b'\\' => at += 1,
            _ => {}
        }
        at += 1;
    }
    None
}

/// The offset just after the `"` that closes the `"` at `open`.
fn quoted_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut at = open + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => return Some(at + 1),
            b'\\' => at += 1,
            _ => {}
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(piece: &str) -> String {
        let arena = Bump::new();
        let view = parser_view(piece, &arena).to_owned();
        assert_eq!(view.len(), piece.len());
        view
    }

    #[test]
    fn comment_lines_inside_an_entry_are_blanked() {
        let piece = "@book{k,\n  title = {T},\n  % a = {1},\n  % b = {2},\n  year = {2000},\n}\n";
        let expected =
            "@book{k,\n  title = {T},\n            \n            \n  year = {2000},\n}\n";
        assert_eq!(view(piece), expected);
    }

    #[test]
    fn percent_signs_in_values_and_keys_stay() {
        for piece in [
            "@misc{k, title = {50% more}, note = \"10% less\"}",
            "@misc{a%b, title = {T}}",
            "% top-level comment\n@misc{k, title = {T}}",
        ] {
            assert_eq!(view(piece), piece);
        }
    }

    #[test]
    fn parentheses_become_braces() {
        assert_eq!(
            view("@article(k, title = \"A (B) {C)}\")\n"),
            "@article{k, title = \"A (B) {C)}\"}\n"
        );
        // Never closed: left for the parser to report.
        let open = "@article(k, title = {T},\n";
        assert_eq!(view(open), open);
    }

    #[test]
    fn preambles_in_every_form_are_blanked() {
        for piece in [
            "@preamble{ \"\\newcommand{\\a}{}\" # \"\\newcommand{\\b}[2]{#2#1}\" }\n",
            "@preamble{{\\newcommand{\\noopsort}[1]{}}}\n",
            "@PREAMBLE(\"x\")\n",
            "@preamble{ \"a\" # macro # {b} }",
        ] {
            assert!(view(piece).trim().is_empty(), "{piece}");
        }
        let broken = "@preamble{ \"a\" # }";
        assert_eq!(view(broken), broken);
    }

    #[test]
    fn identifiers_end_where_the_parser_ends_them() {
        assert_eq!(identifier_end("article{", 0), 7);
        assert_eq!(identifier_end("-x", 0), 0);
        assert_eq!(identifier_end("x-y z", 0), 3);
        assert_eq!(identifier_end("ünï{", 0), "ünï".len());
    }
}
