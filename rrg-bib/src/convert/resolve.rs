//! Resolving an entry's `@string` abbreviations and LaTeX to plain text.

use biblatex::{Bibliography, RawBibliography, RawChunk};

use super::Converter;
use crate::diagnostic::Diagnostic;
use crate::read::RawRecord;

impl<'a> Converter<'_, 'a> {
    /// Resolves the entry's abbreviations and LaTeX. An abbreviation that is
    /// never defined is reported where it is used, and read as its name,
    /// so that the rest of the entry is still checked.
    pub(super) fn resolve(&mut self, record: &RawRecord<'a>) -> Option<biblatex::Entry> {
        let base = record.base;
        let mut raw = record.raw.clone();
        // The abbreviations are only looked up, so an entry that uses none
        // is resolved without copying them.
        let uses_abbreviations = raw.v.fields.iter().any(|pair| {
            pair.value
                .v
                .iter()
                .any(|chunk| matches!(chunk.v, RawChunk::Abbreviation(_)))
        });
        // Each pass reports one unknown abbreviation; an entry has few.
        for _ in 0..=raw.v.fields.len() {
            let resolved = Bibliography::from_raw(RawBibliography {
                preamble: String::new(),
                entries: vec![raw.clone()],
                abbreviations: if uses_abbreviations {
                    self.abbreviations.to_vec()
                } else {
                    Vec::new()
                },
            });
            let error = match resolved {
                Ok(bibliography) => return bibliography.into_vec().pop(),
                Err(error) => error,
            };
            let span = base + error.span.start..base + error.span.end;
            match error.kind {
                biblatex::ParseErrorKind::UnknownAbbreviation(name) => {
                    self.out.push(
                        Diagnostic::error(
                            "unknown-abbreviation",
                            span,
                            format!("`{name}` is no `@string` abbreviation defined in this file"),
                        )
                        .help(format!("define it before its first use, `@string{{{name} = {{…}}}}`, or write the value in braces: `{{{name}}}`")),
                    );
                    for pair in &mut raw.v.fields {
                        for chunk in &mut pair.value.v {
                            if chunk.v == RawChunk::Abbreviation(&name) {
                                chunk.v = RawChunk::Normal(match chunk.v {
                                    RawChunk::Abbreviation(text) | RawChunk::Normal(text) => text,
                                });
                            }
                        }
                    }
                }
                // A `}` too many in a quoted value: reported as
                // `unbalanced-braces` by the LaTeX checks; under the
                // catalogue's rules it stays an error too.
                biblatex::ParseErrorKind::Unexpected(biblatex::Token::ClosingBrace)
                    if !self.rules.catalogue =>
                {
                    return None;
                }
                kind => {
                    self.out.push(
                        Diagnostic::error(
                            "syntax",
                            span,
                            format!("cannot read this entry: {kind}"),
                        )
                        .help("check the braces and the LaTeX of the value"),
                    );
                    return None;
                }
            }
        }
        None
    }
}

/// A value as written, its abbreviations by name.
pub(super) fn raw_text(chunks: &[biblatex::Spanned<RawChunk<'_>>]) -> String {
    chunks
        .iter()
        .map(|chunk| match chunk.v {
            RawChunk::Normal(text) | RawChunk::Abbreviation(text) => text,
        })
        .collect()
}

/// The text with every run of white space made one space, and none at
/// either end.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    if is_collapsed(text) {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` is non-empty and its only whitespace is single spaces
/// between words, so that collapsing it changes nothing. Conservative: any
/// control character, and any lead byte of a non-ASCII whitespace character
/// (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000), answers no.
fn is_collapsed(text: &str) -> bool {
    let mut after_space = true;
    for &byte in text.as_bytes() {
        match byte {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            0..=0x1f | 0x7f | 0xc2 | 0xe1 | 0xe2 | 0xe3 => return false,
            _ => after_space = false,
        }
    }
    !after_space
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapsing_whitespace_is_splitting_and_joining() {
        let reference = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        for text in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\u{b}b",
            "a\u{a0}b",
            "a\u{2003}b",
            "a\u{3000}b",
            "a\u{85}b",
            "Müller – Søgaard",
            "Öztürk and García",
        ] {
            assert_eq!(collapse_whitespace(text), reference(text), "{text:?}");
        }
        assert!(is_collapsed("Müller and Öztürk"));
        assert!(!is_collapsed("a\u{a0}b"));
    }
}
