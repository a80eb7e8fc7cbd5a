//! A parse error of the `biblatex` crate, told as what is wrong and how to
//! fix it: an entry never closed (and which brace or quote), a missing
//! comma, `=` or key.

use std::ops::Range;

use biblatex::{ParseErrorKind, Token};

use super::stray::starts_with_field;
use crate::diagnostic::Diagnostic;
use crate::source::Source;

/// Where the brace or quote that leaves an entry open was opened, and
/// which it is. A value still open when a line starts like a new field
/// (`name =`) or a new entry is the likely culprit; otherwise the
/// innermost group still open at the end.
fn unmatched_opening(piece: &str) -> Option<(usize, char)> {
    let entry_open = piece.find(['{', '('])?;
    let mut stack: Vec<(usize, char)> = vec![(entry_open, '{')];
    let bytes = piece.as_bytes();
    let mut quote: Option<usize> = None;
    let mut at = entry_open + 1;
    while at < bytes.len() {
        let byte = bytes[at];
        match byte {
            b'{' => stack.push((at, '{')),
            b'}' if stack.len() > 1 || quote.is_none() => {
                stack.pop();
                if stack.is_empty() {
                    return None;
                }
            }
            b'"' if stack.len() == 1 => {
                quote = match quote {
                    Some(_) => None,
                    None => Some(at),
                }
            }
            b'\n' if stack.len() > 1 || quote.is_some() => {
                let next = piece[at + 1..].trim_start_matches([' ', '\t', '\r']);
                if starts_with_field(next) || next.starts_with('@') {
                    return match quote {
                        Some(open) if stack.len() == 1 => Some((open, '"')),
                        _ => stack.last().copied(),
                    };
                }
            }
            _ => {}
        }
        at += 1;
    }
    match quote {
        Some(open) if stack.len() == 1 => Some((open, '"')),
        _ => stack.last().copied(),
    }
}

pub(super) fn syntax_error(
    source: &Source<'_>,
    piece: &str,
    base: usize,
    error: biblatex::ParseError,
) -> Diagnostic {
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
        let help = match unmatched_opening(&piece[..content_end]) {
            Some((open, c)) => {
                let at = source.position(base + open);
                let close = if c == '"' { '"' } else { '}' };
                format!(
                    "the `{c}` at line {}, column {} is never closed: close it with `{close}`, and balance the braces of every value",
                    at.line, at.column
                )
            }
            None => "balance the braces of every value and close the entry with `}`".to_owned(),
        };
        return Diagnostic::error(
            "unclosed",
            entry_start,
            "this entry is never closed: a brace or quote opened in it has no match",
        )
        .note("the text ends without it", end..end)
        .help(help);
    }
    match error.kind {
        // `@article{title = …`: the first name after `{` is followed by `=`.
        ParseErrorKind::Expected(Token::Comma)
            if piece[error.span.start..].starts_with('=')
                && piece[..error.span.start]
                    .rfind(['{', '('])
                    .is_some_and(|open| {
                        let name = piece[open + 1..error.span.start].trim();
                        !name.is_empty()
                            && !name.contains(',')
                            && piece[..open].trim_start().starts_with('@')
                            && !piece[..open].contains(['{', '('])
                    }) =>
        {
            let open = piece[..error.span.start].rfind(['{', '(']).unwrap_or(0);
            let name = piece[open + 1..error.span.start].trim();
            let name_start =
                base + open + 1 + (piece[open + 1..].len() - piece[open + 1..].trim_start().len());
            Diagnostic::error(
                "missing-key",
                name_start..name_start + name.len(),
                format!(
                    "this entry has no key: its first field `{name}` comes where the key belongs"
                ),
            )
            .help("give every entry a citation key: `@article{doe-2021-study, title = …}`")
        }
        ParseErrorKind::Expected(Token::OpeningBrace)
            if piece[error.span.start..].trim_start().starts_with('(') =>
        {
            Diagnostic::error(
                "syntax",
                at(error.span),
                "this entry in parentheses, `@type(…)`, is never closed",
            )
            .help("end the entry with `)` after its last field, outside every brace and quote")
        }
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
    fn the_unmatched_opening_is_found() {
        let piece = "@online{x,\n  title = {Alpha,\n  year = {2021},\n}\n";
        assert_eq!(unmatched_opening(piece), Some((21, '{')));
        let piece = "@online{x,\n  title = \"Alpha,\n  year = {2021},\n}\n";
        assert_eq!(unmatched_opening(piece), Some((21, '"')));
        assert_eq!(
            unmatched_opening("@online{x,\n  title = {A}"),
            Some((7, '{'))
        );
        assert_eq!(unmatched_opening("@online{x, title = {A}}"), None);
    }
}
