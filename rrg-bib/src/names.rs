//! A name list written in one pair of braces too many, `author =
//! {{Doe, Jane and Roe, Richard}}`: BibTeX and biber read a braced group as
//! one name, so the whole list becomes a single author.

use biblatex::RawChunk;

use crate::diagnostic::Diagnostic;
use crate::read::RawRecord;

/// Fields that hold name lists.
const NAME_FIELDS: &[&str] = &[
    "author",
    "editor",
    "translator",
    "bookauthor",
    "annotator",
    "commentator",
];

pub(crate) fn check(record: &RawRecord<'_>, out: &mut Vec<Diagnostic>) {
    for pair in &record.raw.v.fields {
        let name = pair.key.v.to_ascii_lowercase();
        if !NAME_FIELDS.contains(&name.as_str()) {
            continue;
        }
        let [only] = pair.value.v.as_slice() else {
            continue;
        };
        let RawChunk::Normal(text) = only.v else {
            continue;
        };
        if let Some(inner) = one_group(text) {
            if separates_names(inner) {
                let start = record.base + only.span.start + (text.len() - text.trim_start().len());
                out.push(
                    Diagnostic::error(
                        "braced-name-list",
                        start..start + 1,
                        format!("the whole `{name}` list is in one pair of braces: BibTeX reads it as one name"),
                    )
                    .help("remove the inner braces, `{Doe, Jane and Roe, Richard}`; brace a single name only to keep it whole, `{World Health Organization}`"),
                );
            }
        }
    }
}

/// The inside of `{…}` when the text is one brace group and nothing else.
fn one_group(text: &str) -> Option<&str> {
    let text = text.trim();
    let inner = text.strip_prefix('{')?.strip_suffix('}')?;
    // The first brace must close at the very end.
    let mut depth = 1usize;
    for byte in inner.bytes() {
        match byte {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return None;
                }
            }
            _ => {}
        }
    }
    Some(inner)
}

/// Whether ` and ` separates names at the top level of the group.
fn separates_names(inner: &str) -> bool {
    let mut depth = 0usize;
    let bytes = inner.as_bytes();
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'a' | b'A' if depth == 0 => {
                let word = inner
                    .get(at..at + 3)
                    .is_some_and(|w| w.eq_ignore_ascii_case("and"));
                let before = at > 0 && bytes[at - 1].is_ascii_whitespace();
                let after = bytes.get(at + 3).is_some_and(u8::is_ascii_whitespace);
                if word && before && after {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_group_of_several_names() {
        assert_eq!(
            one_group("{Doe, Jane and Roe, R}"),
            Some("Doe, Jane and Roe, R")
        );
        assert_eq!(one_group("{Doe} and {Roe}"), None);
        assert!(separates_names("Doe, Jane and\n  Roe, R"));
        assert!(!separates_names("World Health Organization"));
        assert!(!separates_names("{Barnes and Noble} Staff"));
    }
}
