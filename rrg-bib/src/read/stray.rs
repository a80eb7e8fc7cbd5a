//! Text outside of every entry: words between entries, an entry without
//! its `@`, fields after an entry that a `}` too many closed early.

use std::ops::Range;

use crate::diagnostic::Diagnostic;

/// Text after the last entry of a piece that is neither blank nor a comment.
pub(super) fn report_stray_text(
    piece: &str,
    covered: usize,
    base: usize,
    catalogue: bool,
    out: &mut Vec<Diagnostic>,
) {
    stray_text(
        piece,
        covered..piece.len(),
        base,
        "stray-text",
        catalogue,
        out,
    );
}

/// Text before an entry within a piece: the entry does not start a line,
/// and what is before it is no comment. (Its own class: the catalogue's
/// reader did not report it before the linter existed, and only warns.)
pub(super) fn report_text_before(
    piece: &str,
    gap: Range<usize>,
    base: usize,
    catalogue: bool,
    out: &mut Vec<Diagnostic>,
) {
    stray_text(piece, gap, base, "text-before-entry", catalogue, out);
}

/// The lines of `piece[gap]` that are neither blank nor a comment, as
/// findings: text right after an entry that looks like a field means the
/// entry was closed early; a line like `article{key,` is an entry without
/// its `@`. Other text is what BibTeX and biber skip, as they skip every
/// comment: in a user's file it is `uncommented-text` (the header of a
/// Mendeley export, say), once, and the lines after it are still looked at;
/// the catalogue allows none, and reports the first line only.
fn stray_text(
    piece: &str,
    gap: Range<usize>,
    base: usize,
    code: &'static str,
    catalogue: bool,
    out: &mut Vec<Diagnostic>,
) {
    let before_entry = code == "text-before-entry";
    let mut offset = gap.start;
    let mut prose_told = false;
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
        if content.is_empty() || content.starts_with('%') {
            offset += line.len();
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let start = base + offset + lead;
        let span = start..start + content.len();
        // `title = {A}}, year = …`: a `}` too many ended the entry.
        let right_after = offset == gap.start && gap.start > 0;
        offset += line.len();
        if right_after && (content.starts_with(',') || starts_with_field(content)) {
            out.push(
                Diagnostic::error(
                    code,
                    span,
                    "text after the end of the entry: a `}` before it closed the entry early",
                )
                .help("remove the extra `}` before this text, so that its fields stay inside the entry"),
            );
            return;
        }
        if looks_like_an_entry(content) {
            out.push(
                Diagnostic::error(code, span, "an entry without its `@`")
                    .help("start every entry with `@`, e.g. `@article{key,`"),
            );
            return;
        }
        if before_entry {
            out.push(
                Diagnostic::error(code, span, "text before an entry, outside of any entry").help(
                    "start the entry on a line of its own, or make the text a comment with `%`",
                ),
            );
            return;
        }
        if catalogue {
            out.push(
                Diagnostic::error(code, span, "text outside of any entry")
                    .help("start an entry with `@type{key,`, or make the line a comment with `%`"),
            );
            return;
        }
        if !prose_told {
            prose_told = true;
            out.push(
                Diagnostic::error("uncommented-text", span, "text outside of any entry, which BibTeX and biber skip")
                    .help("fine as it is; start the line with `%` to make it a comment plainly, or with `@type{key,` if it was meant as an entry"),
            );
        }
    }
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
