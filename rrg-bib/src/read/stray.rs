//! Text outside of every entry: words between entries, an entry without
//! its `@`, fields after an entry that a `}` too many closed early.

use std::ops::Range;

use crate::diagnostic::Diagnostic;

/// Text after the last entry of a piece that is neither blank nor a comment.
pub(super) fn report_stray_text(
    piece: &str,
    covered: usize,
    base: usize,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(finding) = stray_text(piece, covered..piece.len(), base, "stray-text") {
        out.push(finding);
    }
}

/// Text before an entry within a piece: the entry does not start a line,
/// and what is before it is no comment. (Its own class: the catalogue's
/// reader did not report it before the linter existed, and only warns.)
pub(super) fn report_text_before(
    piece: &str,
    gap: Range<usize>,
    base: usize,
    out: &mut Vec<Diagnostic>,
) {
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
pub(super) fn starts_with_field(line: &str) -> bool {
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
