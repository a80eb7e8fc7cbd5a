//! Reading a `.bib` file: split it into entries, parse each with the
//! `biblatex` crate, and keep going after a syntax error so that one run
//! reports every problem.

use std::ops::Range;

use biblatex::{ParseErrorKind, RawBibliography, RawEntry, Spanned, Token};
use bumpalo::Bump;

use crate::diagnostic::Diagnostic;
use crate::source::Source;

/// One parsed entry and the offset of the piece of text it was parsed from
/// (spans inside `raw` are relative to that piece).
pub(crate) struct RawRecord<'s> {
    pub raw: Spanned<RawEntry<'s>>,
    pub base: usize,
}

/// The `@string` abbreviations of the whole file, which any entry may use.
/// Only the pieces that mention `@string` are parsed for them.
pub(crate) fn abbreviations<'s>(source: &Source<'s>, arena: &'s Bump) -> Vec<biblatex::Pair<'s>> {
    let text = source.text;
    let starts = piece_starts(text);
    let mut abbreviations = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let piece = with_braces(&text[start..end], arena);
        if mentions_string(piece) {
            if let Ok(raw) = RawBibliography::parse(piece) {
                abbreviations.extend(raw.abbreviations);
            }
        }
    }
    abbreviations
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

/// Splits `source` into pieces that each start at an `@` opening a line, and
/// parses each on its own: a broken entry costs only itself. Each entry is
/// handed to `each` as soon as its piece is read, so that the raw entries of
/// a large file are never all held at once.
pub(crate) fn parse_each<'s>(
    source: &Source<'s>,
    arena: &'s Bump,
    diagnostics: &mut Vec<Diagnostic>,
    mut each: impl FnMut(RawRecord<'s>, &mut Vec<Diagnostic>),
) {
    let text = source.text;
    let starts = piece_starts(text);
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let piece = with_braces(&text[start..end], arena);
        match RawBibliography::parse(piece) {
            Ok(raw) => {
                // Text before an entry that starts in the middle of a line.
                let mut from = 0;
                for entry in &raw.entries {
                    report_text_before(piece, from..entry.span.start, start, diagnostics);
                    from = closing_end(piece, entry.span.end);
                }
                let covered = raw
                    .entries
                    .last()
                    .map_or(0, |entry| closing_end(piece, entry.span.end));
                let is_command = raw.entries.is_empty() && piece.trim_start().starts_with('@');
                if !is_command {
                    report_stray_text(piece, covered, start, diagnostics);
                }
                for raw in raw.entries {
                    each(RawRecord { raw, base: start }, diagnostics);
                }
            }
            Err(error) => diagnostics.push(syntax_error(source, piece, start, error)),
        }
    }
}

/// The piece with an entry written in parentheses, `@type(key, …)`, as
/// BibTeX allows, turned into `@type{key, …}` for the parser, which reads
/// only braces. Both delimiters are one byte, so every offset stays the
/// same. A piece without such an entry, or whose `(` is never closed, is
/// returned as it is (the parser then reports it).
fn with_braces<'s>(piece: &'s str, arena: &'s Bump) -> &'s str {
    let Some((open, close)) = parenthesised_entry(piece) else {
        return piece;
    };
    let mut text = String::with_capacity(piece.len());
    text.push_str(&piece[..open]);
    text.push('{');
    text.push_str(&piece[open + 1..close]);
    text.push('}');
    text.push_str(&piece[close + 1..]);
    arena.alloc_str(&text)
}

/// The offsets of the `(` and `)` around the piece's first entry, if it is
/// written in parentheses: `@`, a name, blanks, `(`, then the `)` outside
/// every brace and quote.
fn parenthesised_entry(piece: &str) -> Option<(usize, usize)> {
    let at = piece.len() - piece.trim_start().len();
    let after_at = piece[at..].strip_prefix('@')?;
    let name = after_at.len()
        - after_at
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let rest = &after_at[name..];
    let open = at + 1 + name + (rest.len() - rest.trim_start().len());
    if name == 0 || !piece[open..].starts_with('(') {
        return None;
    }
    let (mut depth, mut quoted) = (0_usize, false);
    for (offset, byte) in piece.bytes().enumerate().skip(open + 1) {
        match byte {
            b'{' => depth += 1,
            b'}' => depth = depth.checked_sub(1)?,
            b'"' if depth == 0 => quoted = !quoted,
            b')' if depth == 0 && !quoted => return Some((open, offset)),
            _ => {}
        }
    }
    None
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
    if let Some(finding) = stray_text(piece, covered..piece.len(), base, "stray-text") {
        out.push(finding);
    }
}

/// Text before an entry within a piece: the entry does not start a line,
/// and what is before it is no comment. (Its own class: the catalogue's
/// reader did not report it before the linter existed, and only warns.)
fn report_text_before(piece: &str, gap: Range<usize>, base: usize, out: &mut Vec<Diagnostic>) {
    if let Some(finding) = stray_text(piece, gap, base, "text-before-entry") {
        out.push(finding);
    }
}

/// The first line of `piece[gap]` that is neither blank nor a comment, as a
/// finding: text right after an entry that looks like a field means the
/// entry was closed early; a line like `article{key,` is an entry without
/// its `@`.
fn stray_text(
    piece: &str,
    gap: Range<usize>,
    base: usize,
    code: &'static str,
) -> Option<Diagnostic> {
    let before_entry = code == "text-before-entry";
    let mut offset = gap.start;
    for line in piece[gap.clone()].split_inclusive('\n') {
        // A byte order mark may open the file.
        let line = match line.strip_prefix('\u{feff}') {
            Some(rest) if base + offset == 0 => {
                offset += '\u{feff}'.len_utf8();
                rest
            }
            _ => line,
        };
        let content = line.trim();
        if !content.is_empty() && !content.starts_with('%') {
            let lead = line.len() - line.trim_start().len();
            let start = base + offset + lead;
            let span = start..start + content.len();
            // `title = {A}}, year = …`: a `}` too many ended the entry.
            let right_after = offset == gap.start && gap.start > 0;
            let finding = if right_after && (content.starts_with(',') || starts_with_field(content))
            {
                Diagnostic::error(
                    code,
                    span,
                    "text after the end of the entry: a `}` before it closed the entry early",
                )
                .help("remove the extra `}` before this text, so that its fields stay inside the entry")
            } else if looks_like_an_entry(content) {
                Diagnostic::error(code, span, "an entry without its `@`")
                    .help("start every entry with `@`, e.g. `@article{key,`")
            } else if before_entry {
                Diagnostic::error(code, span, "text before an entry, outside of any entry").help(
                    "start the entry on a line of its own, or make the text a comment with `%`",
                )
            } else {
                Diagnostic::error(code, span, "text outside of any entry")
                    .help("start an entry with `@type{key,`, or make the line a comment with `%`")
            };
            return Some(finding);
        }
        offset += line.len();
    }
    None
}

/// Whether a line starts like a field: a name, then `=`.
fn starts_with_field(line: &str) -> bool {
    let name_end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    name_end > 0
        && line[..name_end].starts_with(|c: char| c.is_ascii_alphabetic())
        && line[name_end..].trim_start().starts_with('=')
}

/// Whether a line looks like `article{key,`: an entry that lost its `@`.
fn looks_like_an_entry(line: &str) -> bool {
    let name_end = line
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(line.len());
    name_end > 0
        && crate::datamodel::required_of(&line[..name_end].to_ascii_lowercase()).is_some()
        && line[name_end..].starts_with('{')
        && line.contains(',')
}

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

fn syntax_error(
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

    #[test]
    fn string_commands_are_found_in_any_case() {
        assert!(mentions_string("@string{a = {b}}"));
        assert!(mentions_string("x @ STRING{a = {b}}"));
        assert!(!mentions_string("@article{a, title = {strings}}"));
    }

    #[test]
    fn pieces_start_at_each_entry() {
        let text = "% c\n@a{x,}\n  @b{y,}\n";
        assert_eq!(piece_starts(text), [0, 4, 13]);
        assert_eq!(piece_starts("@a{x,}\n@b{y,}\n"), [0, 7]);
    }
}
