//! Several files read as one bibliography, as biber reads several
//! resources and BibTeX several databases: file by file in the order given,
//! each `@string` definition visible to what comes after it (in its file
//! and in the files after), and the checks across entries (keys, `crossref`
//! parents, the same work twice) made over every file's entries together.
//!
//! Each file is read with its own offsets. For the checks across entries,
//! each file's entries are moved to a range of offsets of its own; each
//! finding then goes back to the file it is in, and a note that points
//! into another file names that file in the finding's message.

use bumpalo::Bump;

use crate::checks;
use crate::convert::{Converter, Record, Rules};
use crate::diagnostic::Diagnostic;
use crate::latex;
use crate::read::{self, Abbreviations};
use crate::source::Source;

/// One file of a bibliography, checked.
pub(crate) struct CheckedFile<'a> {
    /// Its entries, in the order they are written, with their places in
    /// the file.
    pub records: Vec<Record<'a>>,
    /// Every finding in the file, at the level it was found at.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads and checks `sources` as one bibliography, in their order.
pub(crate) fn check_files<'a>(
    sources: &[Source<'a>],
    arena: &'a Bump,
    rules: Rules,
) -> Vec<CheckedFile<'a>> {
    let mut abbreviations = Abbreviations::default();
    for source in sources {
        abbreviations.read(source, arena);
    }
    let mut files = Vec::with_capacity(sources.len());
    let mut all: Vec<Record<'a>> = Vec::new();
    let mut offsets = Vec::with_capacity(sources.len());
    let mut counts = Vec::with_capacity(sources.len());
    let mut offset = 0;
    for (file, source) in sources.iter().enumerate() {
        let mut diagnostics = abbreviations.findings(file);
        let mut records = Vec::new();
        read::parse_each(
            source,
            arena,
            rules.catalogue,
            &mut diagnostics,
            |raw, out| {
                latex::check(source, &raw, rules, out);
                crate::names::check(&raw, out);
                let mut converter = Converter {
                    arena,
                    abbreviations: &abbreviations,
                    file,
                    rules,
                    out,
                };
                records.push(converter.convert(&raw));
            },
        );
        offsets.push(offset);
        counts.push(records.len());
        // The first file keeps its offsets: its records move as they are
        // (a large file's records are not copied).
        if all.is_empty() && offset == 0 {
            all = records;
        } else {
            all.extend(
                records
                    .into_iter()
                    .map(|record| record.shifted(offset, true)),
            );
        }
        files.push(CheckedFile {
            records: Vec::new(),
            diagnostics,
        });
        // One byte between files, so that an empty span at the end of a
        // file is not taken for the start of the next.
        offset += source.text.len() + 1;
    }
    let mut across = Vec::new();
    checks::check(&all, rules, &mut across);
    for finding in across {
        let file = file_of(&offsets, finding.span.start);
        let local = localise(finding, file, &offsets, sources);
        files[file].diagnostics.push(local);
    }
    if let [only] = files.as_mut_slice() {
        only.records = all;
        return files;
    }
    let mut all = all.into_iter();
    for (file, count) in counts.into_iter().enumerate() {
        files[file].records = all
            .by_ref()
            .take(count)
            .map(|record| record.shifted(offsets[file], false))
            .collect();
    }
    files
}

/// The file whose range of offsets holds `offset`.
fn file_of(offsets: &[usize], offset: usize) -> usize {
    offsets
        .partition_point(|&start| start <= offset)
        .saturating_sub(1)
}

/// A finding of the checks across entries, with its places in its own
/// file; a note in another file is told in the message.
fn localise(
    mut finding: Diagnostic,
    file: usize,
    offsets: &[usize],
    sources: &[Source<'_>],
) -> Diagnostic {
    let by = offsets[file];
    finding.span = finding.span.start - by..finding.span.end - by;
    let notes = std::mem::take(&mut finding.notes);
    for (message, span) in notes {
        let in_file = file_of(offsets, span.start);
        let local = span.start - offsets[in_file]..span.end - offsets[in_file];
        if in_file == file {
            finding.notes.push((message, local));
        } else {
            let source = &sources[in_file];
            let at = source.position(local.start);
            finding.message = format!(
                "{} ({message} at {}:{}:{})",
                finding.message, source.name, at.line, at.column
            );
        }
    }
    finding
}
