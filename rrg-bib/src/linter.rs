//! The linter: every finding of a `.bib` file, at the level a configuration
//! gives each class, for any file, UTF-8 or not.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::codes::{self, LINTS};
use crate::diagnostic::{Diagnostic, Level, Report};
use crate::source::Source;

/// What to do with one class of finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LintLevel {
    /// Do not report it.
    Allow,
    /// Report it as a note.
    Note,
    /// Report it as a warning (does not fail).
    Warn,
    /// Report it as an error (fails: `rrg lint` exits with 1).
    Deny,
}

impl LintLevel {
    /// `allow`, `note`, `warn` or `deny`.
    pub fn as_str(self) -> &'static str {
        match self {
            LintLevel::Allow => "allow",
            LintLevel::Note => "note",
            LintLevel::Warn => "warn",
            LintLevel::Deny => "deny",
        }
    }

    fn of(level: Option<Level>) -> Self {
        match level {
            None => LintLevel::Allow,
            Some(Level::Note) => LintLevel::Note,
            Some(Level::Warning) => LintLevel::Warn,
            Some(Level::Error) => LintLevel::Deny,
        }
    }

    fn level(self) -> Option<Level> {
        match self {
            LintLevel::Allow => None,
            LintLevel::Note => Some(Level::Note),
            LintLevel::Warn => Some(Level::Warning),
            LintLevel::Deny => Some(Level::Error),
        }
    }
}

impl fmt::Display for LintLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for LintLevel {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "allow" => Ok(LintLevel::Allow),
            "note" => Ok(LintLevel::Note),
            "warn" => Ok(LintLevel::Warn),
            "deny" => Ok(LintLevel::Deny),
            _ => Err(format!(
                "`{text}` is not a lint level; use `deny`, `warn`, `note` or `allow`"
            )),
        }
    }
}

/// A code that names no class of finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode {
    /// The code as given.
    pub code: String,
    /// The known code most like it, if any.
    pub nearest: Option<&'static str>,
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a lint code", self.code)?;
        match self.nearest {
            Some(nearest) => write!(f, "; did you mean `{nearest}`?"),
            None => write!(f, "; `rrg lint --list` shows every code"),
        }
    }
}

impl std::error::Error for UnknownCode {}

/// Which rule set to apply and the level of each class of finding.
///
/// ```
/// use rrg_bib::{LintLevel, LintOptions};
///
/// let mut options = LintOptions::default(); // a user's own file
/// options.set("key-case", LintLevel::Deny).unwrap();
/// options.set("warnings", LintLevel::Deny).unwrap(); // every warning an error
/// assert_eq!(options.level("truncated-authors"), LintLevel::Deny);
/// assert_eq!(options.level("arxiv-preprint"), LintLevel::Note);
/// assert!(options.set("dupliate-key", LintLevel::Allow).is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintOptions {
    /// Apply the catalogue's conventions on top of the checks for any file
    /// (what the catalogue's build script does).
    pub catalogue: bool,
    levels: BTreeMap<&'static str, LintLevel>,
    warnings: Option<LintLevel>,
}

impl LintOptions {
    /// Options for a user's own file: every class at its default level.
    pub fn user() -> Self {
        LintOptions::default()
    }

    /// Options for the catalogue's rules.
    pub fn catalogue() -> Self {
        LintOptions {
            catalogue: true,
            ..LintOptions::default()
        }
    }

    /// Sets the level of one class of finding. The code `warnings` sets the
    /// level of every class whose level would be a warning.
    pub fn set(&mut self, code: &str, level: LintLevel) -> Result<(), UnknownCode> {
        if code == "warnings" {
            self.warnings = Some(level);
            return Ok(());
        }
        match codes::find(code) {
            Some(lint) => {
                self.levels.insert(lint.code, level);
                Ok(())
            }
            None => Err(UnknownCode {
                code: code.to_owned(),
                nearest: codes::nearest(code),
            }),
        }
    }

    /// The level findings of this class are reported at.
    pub fn level(&self, code: &str) -> LintLevel {
        self.level_or(code, None)
    }

    /// The level of a class; a code missing from the registry keeps the
    /// level it was found at.
    fn level_or(&self, code: &str, found_at: Option<Level>) -> LintLevel {
        if let Some(level) = self.levels.get(code) {
            return *level;
        }
        let default = LintLevel::of(match codes::find(code) {
            Some(lint) => lint.default_level(self.catalogue),
            None => found_at,
        });
        match (default, self.warnings) {
            (LintLevel::Warn, Some(level)) => level,
            _ => default,
        }
    }

    /// Gives each finding its level and drops the allowed ones.
    pub(crate) fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        diagnostics.retain_mut(|diagnostic| {
            match self
                .level_or(diagnostic.code, Some(diagnostic.level))
                .level()
            {
                Some(level) => {
                    diagnostic.level = level;
                    true
                }
                None => false,
            }
        });
    }
}

/// A file's text read from bytes that need not be UTF-8: every byte that
/// is not part of a UTF-8 character is replaced by `?`, so that byte offsets
/// in the text are the file's, and reported as a `non-utf8` finding.
#[derive(Debug, Clone)]
pub struct Decoded<'b> {
    /// The text.
    pub text: Cow<'b, str>,
    /// A `non-utf8` finding for each line that holds such bytes.
    pub findings: Vec<Diagnostic>,
}

/// Reads `bytes` as UTF-8, keeping going past bytes that are not.
///
/// A byte order mark at the start is kept (it is reported as stray text
/// by neither the reader nor the linter: it is skipped as white space
/// before the first entry would be).
///
/// ```
/// let decoded = rrg_bib::decode(b"@misc{x, title = {Caf\xe9}}\n");
/// assert_eq!(decoded.text, "@misc{x, title = {Caf?}}\n");
/// assert_eq!(decoded.findings[0].span, 21..22);
/// assert_eq!(
///     decoded.findings[0].message,
///     "byte 0xE9 at byte offset 21 is not UTF-8"
/// );
/// ```
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            findings: Vec::new(),
        };
    }
    let mut text = String::with_capacity(bytes.len());
    let mut invalid: Vec<std::ops::Range<usize>> = Vec::new();
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let start = text.len();
        for _ in chunk.invalid() {
            text.push('?');
        }
        if !chunk.invalid().is_empty() {
            invalid.push(start..text.len());
        }
    }
    // One finding per line, at the line's first bad byte.
    let mut findings: Vec<Diagnostic> = Vec::new();
    let mut last_line_end = 0;
    let mut current: Option<(Diagnostic, usize)> = None;
    for run in invalid {
        if run.start < last_line_end {
            if let Some((_, count)) = &mut current {
                *count += run.len();
            }
            continue;
        }
        if let Some((finding, count)) = current.take() {
            findings.push(with_count(finding, count));
        }
        last_line_end = bytes[run.start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| run.start + i);
        let first = bytes[run.start];
        let mut finding = Diagnostic::error(
            "non-utf8",
            run.clone(),
            format!(
                "byte 0x{first:02X} at byte offset {} is not UTF-8",
                run.start
            ),
        );
        let help = match first {
            0xA0..=0xFF => format!(
                "save the file as UTF-8: in Latin-1 (ISO 8859-1) this byte is `{}`, which UTF-8 writes as {}",
                char::from(first),
                utf8_bytes(char::from(first))
            ),
            _ => "save the file as UTF-8 (biber and biblatex read UTF-8; BibTeX only ASCII)"
                .to_owned(),
        };
        finding = finding.help(help);
        current = Some((finding, run.len()));
    }
    if let Some((finding, count)) = current {
        findings.push(with_count(finding, count));
    }
    Decoded {
        text: Cow::Owned(text),
        findings,
    }
}

fn with_count(mut finding: Diagnostic, count: usize) -> Diagnostic {
    if count > 1 {
        finding.message = format!(
            "{} ({count} bytes on this line are not UTF-8)",
            finding.message
        );
    }
    finding
}

fn utf8_bytes(c: char) -> String {
    let mut buffer = [0; 4];
    c.encode_utf8(&mut buffer)
        .bytes()
        .map(|b| format!("0x{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lints one `.bib` text: every finding of the reader and the validator,
/// each at the level `options` gives its class, sorted by position.
///
/// This is the same validation the catalogue's build script runs
/// ([`check`](crate::check)); `options.catalogue` adds the catalogue's
/// conventions.
///
/// ```
/// use rrg_bib::{LintOptions, Source, lint};
///
/// let text = "@article{doe2021,\n  author = {Doe, Jane and others},\n  title = {A Study},\n  journal = {Journal of Studies},\n  year = {2021},\n  month = {June},\n}\n";
/// let report = lint(Source::new("refs.bib", text), &LintOptions::default());
/// assert_eq!(
///     report.headlines(),
///     [
///         "refs.bib:2:13: warning[truncated-authors]: the author list is cut short with `and others`",
///         "refs.bib:6:12: warning[month-form]: month `June` is written as text",
///     ]
/// );
/// assert_eq!(report.error_count(), 0);
/// ```
pub fn lint<'s>(source: Source<'s>, options: &LintOptions) -> Report<'s> {
    lint_with(source, Vec::new(), options)
}

/// Lints a text read with [`decode`], its `non-utf8` findings included.
pub fn lint_decoded<'s>(
    name: &'s str,
    decoded: &'s Decoded<'_>,
    options: &LintOptions,
) -> Report<'s> {
    lint_with(
        Source::new(name, &decoded.text),
        decoded.findings.clone(),
        options,
    )
}

fn lint_with<'s>(
    source: Source<'s>,
    mut diagnostics: Vec<Diagnostic>,
    options: &LintOptions,
) -> Report<'s> {
    let arena = bumpalo::Bump::new();
    diagnostics.extend(crate::check_all(
        source,
        &arena,
        crate::Rules {
            catalogue: options.catalogue,
        },
    ));
    options.apply(&mut diagnostics);
    Report::new(source, diagnostics)
}

/// Every class of finding with its level under `options`, for `rrg lint
/// --list`.
pub fn levels(options: &LintOptions) -> Vec<(&'static codes::Lint, LintLevel)> {
    LINTS
        .iter()
        .map(|lint| (lint, options.level(lint.code)))
        .collect()
}
