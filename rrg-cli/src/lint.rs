//! `rrg lint`: the catalogue's validation for anyone's `.bib` files, with
//! the level of each class of finding set by flags or a TOML file.
//!
//! ```toml
//! # lint.toml
//! [lints]
//! similar-title = "deny"      # fail on nearly identical titles
//! truncated-authors = "allow" # `and others` is fine here
//! warnings = "deny"           # every other warning fails too
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rrg_bib::{Decoded, Level, LintLevel, LintOptions, Report};

/// The exit status when every file was read and no finding is an error.
pub const CLEAN: u8 = 0;
/// The exit status when a finding is an error.
pub const FINDINGS: u8 = 1;
/// The exit status when a file cannot be read (or the command is wrong).
pub const UNREADABLE: u8 = 2;

/// The version of the JSON output's layout.
pub const JSON_FORMAT_VERSION: u32 = 1;

/// Reads the levels of a TOML configuration: a `[lints]` table of
/// `code = "deny" | "warn" | "note" | "allow"`.
pub fn apply_config(text: &str, options: &mut LintOptions) -> Result<(), String> {
    let table: toml::Table = text.parse().map_err(|error: toml::de::Error| {
        let mut message = error.message().trim().to_owned();
        if let Some(span) = error.span() {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            message = format!("line {line}: {message}");
        }
        message
    })?;
    for (key, value) in &table {
        if key != "lints" {
            return Err(format!(
                "unknown table or key `{key}`; the configuration has one table, `[lints]`"
            ));
        }
        let lints = value
            .as_table()
            .ok_or("`lints` must be a table: `[lints]` followed by `code = \"level\"` lines")?;
        for (code, level) in lints {
            let level = level.as_str().ok_or_else(|| {
                format!("the level of `{code}` must be a string, e.g. `\"deny\"`")
            })?;
            let level: LintLevel = level.parse()?;
            options
                .set(code, level)
                .map_err(|error| error.to_string())?;
        }
    }
    Ok(())
}

/// A file as read for linting.
pub struct Input {
    /// The name findings are reported under.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// Reads the files to lint; `-` is standard input.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<(String, String)>) {
    let mut inputs = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        let read = if path == Path::new("-") {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
        } else {
            std::fs::read(path)
        };
        match read {
            Ok(bytes) => inputs.push(Input {
                name: if name == "-" { "<stdin>".into() } else { name },
                bytes,
            }),
            Err(error) => unreadable.push((name, error.to_string())),
        }
    }
    (inputs, unreadable)
}

/// The counts of one run, for the exit status and the summary.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    /// Findings at the error level.
    pub errors: usize,
    /// Findings at the warning level.
    pub warnings: usize,
    /// Notes.
    pub notes: usize,
}

impl Totals {
    fn add(&mut self, report: &Report<'_>) {
        self.errors += report.count(Level::Error);
        self.warnings += report.count(Level::Warning);
        self.notes += report.count(Level::Note);
    }
}

/// Lints every input and writes the findings, rustc-style: each finding,
/// then a summary line per file (and a total for several files).
pub fn human(inputs: &[Input], options: &LintOptions, out: &mut String) -> Totals {
    let mut totals = Totals::default();
    for input in inputs {
        let decoded: Decoded<'_> = rrg_bib::decode(&input.bytes);
        let report = rrg_bib::lint_decoded(&input.name, &decoded, options);
        totals.add(&report);
        let _ = writeln!(out, "{report}");
    }
    if inputs.len() > 1 {
        let _ = writeln!(
            out,
            "{} files: {} error(s), {} warning(s), {} note(s)",
            inputs.len(),
            totals.errors,
            totals.warnings,
            totals.notes
        );
    }
    totals
}

/// Lints every input and writes one JSON document:
///
/// ```json
/// {"format_version": 1,
///  "files": [{"file": "refs.bib", "errors": 1, "warnings": 0, "notes": 0}],
///  "unreadable": [{"file": "missing.bib", "error": "No such file or directory (os error 2)"}],
///  "diagnostics": [{"file": "refs.bib", "line": 3, "column": 11, …}]}
/// ```
pub fn json(
    inputs: &[Input],
    unreadable: &[(String, String)],
    options: &LintOptions,
    out: &mut String,
) -> Totals {
    let mut totals = Totals::default();
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for input in inputs {
        let decoded = rrg_bib::decode(&input.bytes);
        let report = rrg_bib::lint_decoded(&input.name, &decoded, options);
        totals.add(&report);
        files.push(serde_json::json!({
            "file": input.name,
            "errors": report.count(Level::Error),
            "warnings": report.count(Level::Warning),
            "notes": report.count(Level::Note),
        }));
        diagnostics.extend(report.json_objects());
    }
    let unreadable: Vec<_> = unreadable
        .iter()
        .map(|(file, error)| serde_json::json!({"file": file, "error": error}))
        .collect();
    let _ = write!(
        out,
        "{{\"format_version\":{JSON_FORMAT_VERSION},\"files\":{},\"unreadable\":{},\"diagnostics\":[",
        serde_json::Value::from(files),
        serde_json::Value::from(unreadable)
    );
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("\n  ");
        out.push_str(diagnostic);
    }
    out.push_str("\n]}\n");
    totals
}

/// Every code with its group, its level under `options` and what it finds.
pub fn list(options: &LintOptions, out: &mut String) {
    let width = rrg_bib::codes::LINTS
        .iter()
        .map(|lint| lint.code.len())
        .max()
        .unwrap_or(0);
    for (lint, level) in rrg_bib::levels(options) {
        let _ = writeln!(
            out,
            "{:<width$}  {:<5}  {:<11}  {}",
            lint.code,
            level.as_str(),
            lint.group.as_str(),
            lint.summary
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configuration_sets_levels_and_rejects_mistakes() {
        let mut options = LintOptions::user();
        apply_config(
            "[lints]\nsimilar-title = \"deny\"\nkey-case = \"allow\"\n",
            &mut options,
        )
        .unwrap();
        assert_eq!(options.level("similar-title"), LintLevel::Deny);
        assert_eq!(options.level("key-case"), LintLevel::Allow);

        let error = |text: &str| apply_config(text, &mut LintOptions::user()).unwrap_err();
        assert!(
            error("[lints]\nsimilar-titel = \"deny\"").contains("did you mean `similar-title`")
        );
        assert!(error("[lints]\nkey-case = \"forbid\"").contains("not a lint level"));
        assert!(error("[lint]\nkey-case = \"deny\"").contains("`[lints]`"));
        assert!(error("[lints]\nkey-case = 1").contains("must be a string"));
        assert!(error("[lints\n").starts_with("line 1:"));
    }
}
