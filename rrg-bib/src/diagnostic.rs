//! Problems found in a `.bib` file, reported all at once with positions.

use std::fmt::{self, Write as _};
use std::ops::Range;

use crate::source::Source;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Worth a look; does not fail a build.
    Warning,
    /// Must be fixed; fails the build.
    Error,
}

impl Level {
    /// `warning` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One finding: what is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub level: Level,
    /// A stable name for the class of problem, e.g. `duplicate-key`.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// Where, as a byte range of the source.
    pub span: Range<usize>,
    /// How to fix it.
    pub help: Option<String>,
    /// Other places that matter, e.g. where a duplicate key was first used.
    pub notes: Vec<(String, Range<usize>)>,
}

impl Diagnostic {
    /// An error of class `code` at `span`.
    pub fn error(code: &'static str, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Error,
            code,
            message: message.into(),
            span,
            help: None,
            notes: Vec::new(),
        }
    }

    /// Adds how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds another place that matters.
    pub fn note(mut self, message: impl Into<String>, span: Range<usize>) -> Self {
        self.notes.push((message.into(), span));
        self
    }

    /// The first line of the report: `file:line:col: error[code]: message`.
    pub fn headline(&self, source: &Source<'_>) -> String {
        let at = source.position(self.span.start);
        format!(
            "{}:{}:{}: {}[{}]: {}",
            source.name,
            at.line,
            at.column,
            self.level.as_str(),
            self.code,
            self.message
        )
    }

    /// The full report, rustc-style: the headline, the source line with a
    /// caret under the span, the notes and the help.
    pub fn render(&self, source: &Source<'_>) -> String {
        let mut out = self.headline(source);
        out.push('\n');
        // Notes and help line up with the gutter's `|`.
        let pad = " ".repeat(gutter_width(source, self.span.start));
        write_snippet(&mut out, source, self.span.clone());
        for (message, span) in &self.notes {
            let at = source.position(span.start);
            let _ = writeln!(
                out,
                "{pad} = note: {message} at {}:{}:{}",
                source.name, at.line, at.column
            );
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{pad} = help: {help}");
        }
        out
    }
}

fn gutter_width(source: &Source<'_>, offset: usize) -> usize {
    source.position(offset).line.to_string().len()
}

fn write_snippet(out: &mut String, source: &Source<'_>, span: Range<usize>) {
    let at = source.position(span.start);
    let (line, line_start) = source.line_of(span.start);
    let gutter = at.line.to_string();
    let pad = " ".repeat(gutter.len());
    // The caret runs under the span's characters on this line, at least one.
    let on_line = span.end.min(line_start + line.len()).max(span.start);
    let width = source.slice(span.start..on_line).chars().count().max(1);
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{gutter} | {}", line.replace('\t', " "));
    let _ = writeln!(
        out,
        "{pad} | {}{}",
        " ".repeat(at.column - 1),
        "^".repeat(width)
    );
}

/// Every finding of one file, in source order.
#[derive(Debug, Clone)]
pub struct Report<'s> {
    /// The file.
    pub source: Source<'s>,
    /// The findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'s> Report<'s> {
    /// A report over `source`; sorts the findings by position.
    pub fn new(source: Source<'s>, mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by(|a, b| (a.span.start, a.code).cmp(&(b.span.start, b.code)));
        Report {
            source,
            diagnostics,
        }
    }

    /// How many findings are errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.level == Level::Error)
            .count()
    }

    /// The headlines only, one a line (what tests compare).
    pub fn headlines(&self) -> Vec<String> {
        self.diagnostics
            .iter()
            .map(|d| d.headline(&self.source))
            .collect()
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in &self.diagnostics {
            writeln!(f, "{}", diagnostic.render(&self.source))?;
        }
        let errors = self.error_count();
        let warnings = self.diagnostics.len() - errors;
        write!(
            f,
            "{}: {errors} error(s), {warnings} warning(s)",
            self.source.name
        )
    }
}

impl std::error::Error for Report<'_> {}
