//! Reading a `.bib` file: split it into entries, parse each with the
//! `biblatex` crate, and keep going after a syntax error so that one run
//! reports every problem.

use std::ops::Range;

use biblatex::{ParseErrorKind, RawBibliography, RawEntry, Spanned, Token};

use crate::diagnostic::Diagnostic;
use crate::source::Source;

/// One parsed entry and the offset of the piece of text it was parsed from
/// (spans inside `raw` are relative to that piece).
pub(crate) struct RawRecord<'s> {
    pub raw: Spanned<RawEntry<'s>>,
    pub base: usize,
}

/// Everything the syntax pass found.
pub(crate) struct Parsed<'s> {
    pub entries: Vec<RawRecord<'s>>,
    pub abbreviations: Vec<biblatex::Pair<'s>>,
}

/// Splits `source` into pieces that each start at an `@` opening a line, and
/// parses each on its own: a broken entry costs only itself.
pub(crate) fn parse<'s>(source: &Source<'s>, diagnostics: &mut Vec<Diagnostic>) -> Parsed<'s> {
    let text = source.text;
    let mut parsed = Parsed {
        entries: Vec::new(),
        abbreviations: Vec::new(),
    };
    let starts = piece_starts(text);
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let piece = &text[start..end];
        match RawBibliography::parse(piece) {
            Ok(raw) => {
                let covered = raw
                    .entries
                    .last()
                    .map_or(0, |entry| closing_end(piece, entry.span.end));
                let is_command = raw.entries.is_empty() && piece.trim_start().starts_with('@');
                if !is_command {
                    report_stray_text(piece, covered, start, diagnostics);
                }
                parsed.abbreviations.extend(raw.abbreviations);
                parsed.entries.extend(
                    raw.entries
                        .into_iter()
                        .map(|raw| RawRecord { raw, base: start }),
                );
            }
            Err(error) => diagnostics.push(syntax_error(piece, start, error)),
        }
    }
    parsed
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

/// Text after the last entry of a piece that is neither blank nor a comment.
fn report_stray_text(piece: &str, covered: usize, base: usize, out: &mut Vec<Diagnostic>) {
    let mut offset = covered;
    for line in piece[covered..].split_inclusive('\n') {
        let content = line.trim();
        if !content.is_empty() && !content.starts_with('%') {
            let lead = line.len() - line.trim_start().len();
            let start = base + offset + lead;
            out.push(
                Diagnostic::error(
                    "stray-text",
                    start..start + content.len(),
                    "text outside of any entry",
                )
                .help("start an entry with `@type{key,`, or make the line a comment with `%`"),
            );
            break;
        }
        offset += line.len();
    }
}

fn syntax_error(piece: &str, base: usize, error: biblatex::ParseError) -> Diagnostic {
    let at = |span: Range<usize>| base + span.start..base + span.end.max(span.start);
    let piece_start = piece.len() - piece.trim_start().len();
    let entry_start = base + piece_start..base + piece_start + 1;
    // A brace opened in a value can swallow the entry's closing brace: the
    // parser then runs out of text, and whatever token it expected there,
    // the entry is unclosed. (A piece ends where the next entry starts.)
    let content_end = piece.trim_end().len();
    let unclosed = error.span.start >= content_end
        || matches!(
            error.kind,
            ParseErrorKind::UnexpectedEof | ParseErrorKind::Expected(Token::ClosingBrace)
        );
    if unclosed {
        let end = base + error.span.start.min(content_end);
        return Diagnostic::error(
            "unclosed",
            entry_start,
            "this entry is never closed: a brace or quote opened in it has no match",
        )
        .note("the text ends without it", end..end)
        .help("balance the braces of every value and close the entry with `}`");
    }
    match error.kind {
        ParseErrorKind::Expected(Token::Comma) => {
            // The parser stops at the next field; the comma belongs right
            // after the key or value before it.
            let missing = base + piece[..error.span.start].trim_end().len();
            Diagnostic::error("syntax", missing..missing, "expected a comma")
                .help("separate the key and every field with `,`, e.g. `title = {…},`")
        }
        ParseErrorKind::Expected(Token::Equals) => Diagnostic::error(
            "syntax",
            at(error.span),
            "expected `=` after the field name",
        )
        .help("write fields as `name = {value}`"),
        ParseErrorKind::Expected(Token::Identifier) => Diagnostic::error(
            "syntax",
            at(error.span),
            "expected a name (entry type, key or field name)",
        )
        .help("entries look like `@article{key, title = {…}}`"),
        kind => Diagnostic::error("syntax", at(error.span), format!("syntax error: {kind}"))
            .help("check the entry against `@type{key, name = {value}, …}`"),
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
