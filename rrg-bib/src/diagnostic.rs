//! Problems found in a `.bib` file, reported all at once with positions.

use std::fmt::{self, Write as _};
use std::ops::Range;
use std::sync::OnceLock;

use crate::source::{Lines, Locate, Source};

pub use rrg_model::Level;

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

    /// A warning of class `code` at `span`.
    pub fn warning(code: &'static str, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Warning,
            ..Diagnostic::error(code, span, message)
        }
    }

    /// The same finding at another level.
    pub fn with_level(mut self, level: Level) -> Self {
        self.level = level;
        self
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
        self.headline_in(source)
    }

    fn headline_in(&self, at: &impl Locate) -> String {
        let position = at.position(self.span.start);
        format!(
            "{}:{}:{}: {}[{}]: {}",
            at.source().name,
            position.line,
            position.column,
            self.level.as_str(),
            self.code,
            self.message
        )
    }

    /// The full report, rustc-style: the headline, the source line with a
    /// caret under the span, the notes and the help.
    ///
    /// Control characters and the characters that reorder text
    /// (bidirectional overrides and isolates) are shown as `�` in the
    /// message and the source line, so that a file cannot move the cursor,
    /// change colours or disguise its text on the terminal the report is
    /// printed to. The JSON form keeps them, escaped.
    pub fn render(&self, source: &Source<'_>) -> String {
        self.render_in(source)
    }

    fn render_in(&self, at: &impl Locate) -> String {
        let source = at.source();
        let mut out = displayable(&self.headline_in(at));
        out.push('\n');
        // Notes and help line up with the gutter's `|`.
        let pad = " ".repeat(at.position(self.span.start).line.to_string().len());
        write_snippet(&mut out, at, self.span.clone());
        for (message, span) in &self.notes {
            let position = at.position(span.start);
            let _ = writeln!(
                out,
                "{pad} = note: {} at {}:{}:{}",
                displayable(message),
                displayable(source.name),
                position.line,
                position.column
            );
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{pad} = help: {}", displayable(help));
        }
        out
    }
}

/// Text safe to print on a terminal: control characters (a tab excepted,
/// shown as a space) and bidirectional controls replaced, one character
/// for one, so that columns stay as they are.
fn displayable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => ' ',
            '\n' => '\n',
            c if c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}') =>
            {
                '\u{fffd}'
            }
            c => c,
        })
        .collect()
}

impl Diagnostic {
    /// The finding as one JSON object with the fields that `rrg lint
    /// --format json` documents: `file`, `line`, `column`, `end_line`,
    /// `end_column` (1-based; columns count characters, the end is the
    /// position just after the span), `byte_start`, `byte_end`, `level`,
    /// `code`, `message`, `help` (a string or `null`) and `notes` (each
    /// with `message`, `line`, `column`, `byte_start`, `byte_end`).
    ///
    /// ```
    /// use rrg_bib::{Diagnostic, Source};
    ///
    /// let source = Source::new("a.bib", "@misc{x,\n  year = {20x1},\n}\n");
    /// let finding = Diagnostic::error("implausible-year", 19..23, "bad year").help("four digits");
    /// assert_eq!(
    ///     finding.to_json(&source),
    ///     r#"{"file":"a.bib","line":2,"column":11,"end_line":2,"end_column":15,"byte_start":19,"byte_end":23,"level":"error","code":"implausible-year","message":"bad year","help":"four digits","notes":[]}"#
    /// );
    /// ```
    pub fn to_json(&self, source: &Source<'_>) -> String {
        self.to_json_in(source)
    }

    fn to_json_in(&self, at: &impl Locate) -> String {
        let source = at.source();
        let start = at.position(self.span.start);
        let end = at.position(self.span.end.max(self.span.start));
        let mut out = String::from("{\"file\":");
        json_string(&mut out, source.name);
        let _ = write!(
            out,
            ",\"line\":{},\"column\":{},\"end_line\":{},\"end_column\":{},\"byte_start\":{},\"byte_end\":{},\"level\":\"{}\",\"code\":",
            start.line,
            start.column,
            end.line,
            end.column,
            self.span.start,
            self.span.end.max(self.span.start),
            self.level.as_str()
        );
        json_string(&mut out, self.code);
        out.push_str(",\"message\":");
        json_string(&mut out, &self.message);
        out.push_str(",\"help\":");
        match &self.help {
            Some(help) => json_string(&mut out, help),
            None => out.push_str("null"),
        }
        out.push_str(",\"notes\":[");
        for (i, (message, span)) in self.notes.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let position = at.position(span.start);
            out.push_str("{\"message\":");
            json_string(&mut out, message);
            let _ = write!(
                out,
                ",\"line\":{},\"column\":{},\"byte_start\":{},\"byte_end\":{}}}",
                position.line,
                position.column,
                span.start,
                span.end.max(span.start)
            );
        }
        out.push_str("]}");
        out
    }
}

/// Appends `text` as a JSON string: quotes, backslashes and every control
/// character escaped, everything else as it is (JSON text is UTF-8).
pub(crate) fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_snippet(out: &mut String, at: &impl Locate, span: Range<usize>) {
    let source = at.source();
    let position = at.position(span.start);
    let (line, line_start) = at.line_of(span.start);
    let gutter = position.line.to_string();
    let pad = " ".repeat(gutter.len());
    // The caret runs under the span's characters on this line, at least one.
    let on_line = span.end.min(line_start + line.len()).max(span.start);
    let width = source.slice(span.start..on_line).chars().count().max(1);
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{gutter} | {}", displayable(line));
    let _ = writeln!(
        out,
        "{pad} | {}{}",
        " ".repeat(position.column - 1),
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
    lines: OnceLock<Lines<'s>>,
}

impl<'s> Report<'s> {
    /// A report over `source`; sorts the findings by position.
    pub fn new(source: Source<'s>, mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by(|a, b| (a.span.start, a.code).cmp(&(b.span.start, b.code)));
        Report {
            source,
            diagnostics,
            lines: OnceLock::new(),
        }
    }

    /// The line index of the source, built on first use.
    fn lines(&self) -> &Lines<'s> {
        self.lines.get_or_init(|| Lines::new(self.source))
    }

    /// Each finding rendered rustc-style, as [`Diagnostic::render`] does,
    /// in time proportional to the file plus the findings.
    pub fn rendered(&self) -> impl Iterator<Item = String> + '_ {
        self.diagnostics
            .iter()
            .map(|diagnostic| diagnostic.render_in(self.lines()))
    }

    /// Each finding as a JSON object, as [`Diagnostic::to_json`] writes it.
    pub fn json_objects(&self) -> impl Iterator<Item = String> + '_ {
        self.diagnostics
            .iter()
            .map(|diagnostic| diagnostic.to_json_in(self.lines()))
    }

    /// How many findings are at `level`.
    pub fn count(&self, level: Level) -> usize {
        self.diagnostics.iter().filter(|d| d.level == level).count()
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
            .map(|d| d.headline_in(self.lines()))
            .collect()
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for rendered in self.rendered() {
            writeln!(f, "{rendered}")?;
        }
        let errors = self.error_count();
        let warnings = self.count(Level::Warning);
        write!(
            f,
            "{}: {errors} error(s), {warnings} warning(s)",
            self.source.name
        )?;
        match self.count(Level::Note) {
            0 => Ok(()),
            notes => write!(f, ", {notes} note(s)"),
        }
    }
}

impl std::error::Error for Report<'_> {}
