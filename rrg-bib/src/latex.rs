//! Checks of entries as written, before any LaTeX is resolved: an empty key,
//! braces that do not pair up inside a quoted value, and characters that
//! LaTeX reads as markup (`&`, `%`, `#`) left unescaped in text.

use biblatex::RawChunk;
use rrg_model::fields::{Field, ValueKind};

use crate::diagnostic::Diagnostic;
use crate::read::RawRecord;
use crate::source::Source;

/// Fields outside the catalogue's table whose value is taken verbatim or is
/// no printed text: links, identifiers, key lists, file names, and free
/// text that styles do not typeset (abstracts, annotations). Of the
/// table's fields, only text and names are typeset ([`is_typeset`]).
const NOT_TYPESET: &[&str] = &[
    "urlraw",
    "file",
    "pdf",
    "verba",
    "verbb",
    "verbc",
    "crossref",
    "xref",
    "xdata",
    "entryset",
    "keywords",
    "abstract",
    "annote",
    "annotation",
];

/// Whether a field's value is printed, so that LaTeX reads its markup.
fn is_typeset(name: &str) -> bool {
    match rrg_model::fields::field(name) {
        Some(spec) => {
            matches!(spec.value, ValueKind::Text | ValueKind::Names)
                && !matches!(spec.field, Field::Isbn | Field::Issn)
        }
        None => !NOT_TYPESET.contains(&name),
    }
}

pub(crate) fn check(source: &Source<'_>, record: &RawRecord<'_>, out: &mut Vec<Diagnostic>) {
    {
        let base = record.base;
        let raw = &record.raw.v;
        if raw.key.v.trim().is_empty() {
            let at = base + raw.key.span.start;
            out.push(
                Diagnostic::error(
                    "missing-key",
                    at..at + raw.key.v.len(),
                    "this entry has no key",
                )
                .help("give every entry a citation key: `@article{doe-2021-study, …}`"),
            );
        }
        for pair in &raw.fields {
            let name = pair.key.v.to_ascii_lowercase();
            for chunk in &pair.value.v {
                let RawChunk::Normal(text) = chunk.v else {
                    continue;
                };
                let start = base + chunk.span.start;
                let quoted = start > 0 && source.text.as_bytes().get(start - 1) == Some(&b'"');
                if quoted {
                    if let Some(finding) = unbalanced(text, start, &name) {
                        out.push(finding);
                    }
                }
                if is_typeset(&name) {
                    if let Some(finding) = unescaped(text, start, &name) {
                        out.push(finding);
                    }
                }
            }
        }
    }
}

/// A brace in a quoted value that closes nothing, or the first of those
/// that stay open.
fn unbalanced(text: &str, start: usize, field: &str) -> Option<Diagnostic> {
    let mut open: Vec<usize> = Vec::new();
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => open.push(at),
            b'}' if open.pop().is_none() => {
                return Some(
                    Diagnostic::error(
                        "unbalanced-braces",
                        start + at..start + at + 1,
                        format!("this `}}` in `{field}` closes no brace"),
                    )
                    .help("remove it, or open its group with `{`; a literal brace is `\\}`, and needs its `\\{` too"),
                );
            }
            _ => {}
        }
    }
    let first = *open.first()?;
    Some(
        Diagnostic::error(
            "unbalanced-braces",
            start + first..start + first + 1,
            format!("this `{{` in `{field}` is never closed"),
        )
        .help("close it with `}` before the value ends; BibTeX and biber reject a value whose braces do not pair up"),
    )
}

/// The first `&`, `%` or `#` not escaped by a backslash.
fn unescaped(text: &str, start: usize, field: &str) -> Option<Diagnostic> {
    let bytes = text.as_bytes();
    let mut backslashes = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if byte == b'\\' {
            backslashes += 1;
            continue;
        }
        let escaped = backslashes % 2 == 1;
        backslashes = 0;
        let what = match byte {
            b'&' => "an alignment tab",
            b'%' => "the start of a comment, which hides the rest of the line",
            b'#' => "a macro parameter",
            _ => continue,
        };
        if escaped {
            continue;
        }
        let c = byte as char;
        return Some(
            Diagnostic::warning(
                "unescaped-special",
                start + at..start + at + 1,
                format!("unescaped `{c}` in `{field}`: LaTeX reads it as {what}"),
            )
            .help(format!("write `\\{c}` to print the character")),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_counted() {
        assert!(unescaped(r"A \& B", 0, "title").is_none());
        assert_eq!(unescaped(r"A \\& B", 0, "title").unwrap().span, 4..5);
        assert_eq!(unescaped("50% better", 10, "title").unwrap().span, 12..13);
        assert!(unescaped("C\\# and F\\#", 0, "title").is_none());
    }

    #[test]
    fn braces_in_quoted_values() {
        assert!(unbalanced("A {B} C", 0, "title").is_none());
        assert_eq!(unbalanced("A {B C", 5, "title").unwrap().span, 7..8);
        assert_eq!(unbalanced("A }B{", 0, "title").unwrap().span, 2..3);
    }
}
