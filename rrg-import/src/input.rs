//! Reading one file: its bytes as text (bytes that are not UTF-8 reported
//! with their offsets), whether it is Markdown or BibTeX, and its items.

use rrg_bib::{Diagnostic, Level};

use crate::extract::{self, Listed, RawDefect};
use crate::{bib, markdown};

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A Markdown list.
    Markdown,
    /// A BibTeX or biblatex file.
    Bibtex,
}

impl Format {
    /// `markdown` or `bibtex`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Bibtex => "bibtex",
        }
    }
}

/// One file read: its text, its items and the defects found in it alone.
#[derive(Debug, Clone)]
pub struct FileRead {
    /// The name it is reported under.
    pub name: String,
    /// How it was read.
    pub format: Format,
    /// Its text (bytes that are not UTF-8 replaced by `?`, one for each).
    pub text: String,
    /// The works it lists.
    pub listed: Vec<Listed>,
    /// Its defects, at byte offsets.
    pub defects: Vec<RawDefect>,
}

/// Extensions of files that are neither Markdown nor BibTeX.
const OTHER_FORMATS: &[&str] = &[
    "json", "csv", "tsv", "xml", "html", "htm", "pdf", "png", "jpg", "jpeg", "gif", "svg", "zip",
    "gz", "tar", "yaml", "yml", "toml", "docx", "xlsx", "ris", "rs", "py",
];

/// Reads a file's bytes as a list.
///
/// The format comes from the extension (`.md`, `.markdown`, `.txt` are
/// Markdown; `.bib`, `.bibtex` BibTeX); without one it is BibTeX if the
/// first line that is not blank or a `%` comment starts with `@`, and
/// Markdown otherwise. Binary data (a NUL byte), JSON, XML or HTML, and
/// files with the extension of another format are refused with the reason.
pub fn read(name: &str, bytes: &[u8]) -> Result<FileRead, String> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!(
            "binary data (a NUL byte at byte offset {at}): neither Markdown nor BibTeX"
        ));
    }
    let extension = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if let Some(ext) = extension
        .as_deref()
        .filter(|ext| OTHER_FORMATS.contains(ext))
    {
        return Err(format!("a .{ext} file is neither Markdown nor BibTeX"));
    }
    let decoded = rrg_bib::decode(bytes);
    let text = decoded.text.as_ref();
    let format = match extension.as_deref() {
        Some("bib" | "bibtex") => Format::Bibtex,
        Some("md" | "markdown" | "mdown" | "mkd" | "txt") => Format::Markdown,
        _ => sniff(text)?,
    };
    let mut defects: Vec<RawDefect> = decoded.findings.iter().map(raw_defect).collect();
    let listed = match format {
        Format::Markdown => {
            let mut listed = Vec::new();
            for raw in markdown::read(text) {
                if let Some(item) = extract::extract(&raw, &mut defects) {
                    listed.push(item);
                }
            }
            listed
        }
        Format::Bibtex => bib::read(name, text, &mut defects),
    };
    if listed.is_empty() {
        defects.push(RawDefect {
            at: 0,
            level: Level::Warning,
            code: "no-works",
            message: format!("no item of this {} file names a work", format.as_str()),
            help: Some("a list names works in list items, table rows or paragraphs with `[[paper](…)]` links; see docs/import.md".into()),
        });
    }
    Ok(FileRead {
        name: name.to_owned(),
        format,
        text: decoded.text.into_owned(),
        listed,
        defects,
    })
}

/// The format of a file without a known extension.
fn sniff(text: &str) -> Result<Format, String> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    let first = trimmed
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('%'));
    if first.is_some_and(|line| line.starts_with('@')) {
        return Ok(Format::Bibtex);
    }
    let lower = trimmed
        .get(..trimmed.len().min(64))
        .unwrap_or("")
        .to_ascii_lowercase();
    if lower.starts_with("<?xml") || lower.starts_with("<!doctype") || lower.starts_with("<html") {
        return Err("XML or HTML: neither Markdown nor BibTeX".into());
    }
    if (trimmed.starts_with('{') && trimmed.ends_with('}')
        || trimmed.starts_with('[') && trimmed.ends_with(']'))
        && serde_json::from_str::<serde_json::Value>(trimmed).is_ok()
    {
        return Err("JSON: neither Markdown nor BibTeX".into());
    }
    Ok(Format::Markdown)
}

/// A finding of the `.bib` reader or linter as a defect.
pub(crate) fn raw_defect(diagnostic: &Diagnostic) -> RawDefect {
    RawDefect {
        at: diagnostic.span.start,
        level: diagnostic.level,
        code: diagnostic.code,
        message: diagnostic.message.clone(),
        help: diagnostic.help.clone(),
    }
}
