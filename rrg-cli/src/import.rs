//! `rrg import`: read paper lists (Markdown, `.bib`), match every work
//! against the catalogue and report it, rustc-style or as JSON; write the
//! works the catalogue lacks as candidate entries.

use std::path::{Path, PathBuf};

use rrg_import::{Exclusions, Input, Report, Unreadable};

use crate::lint::{CLEAN, FINDINGS, UNREADABLE};

/// What `rrg import` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The lists.
    pub files: Vec<PathBuf>,
    /// JSON instead of the human form.
    pub json: bool,
    /// Where to write candidate entries of the `new` works.
    pub write: Option<PathBuf>,
    /// Another exclusion list than the catalogue's.
    pub exclusions: Option<PathBuf>,
}

/// The outcome: the text for standard output, messages for standard error,
/// and the exit status (0 clean, 1 a defect is an error, 2 a file could not
/// be read).
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// The exit status.
    pub status: u8,
}

/// Runs `rrg import`.
pub fn run(request: &Request) -> Outcome {
    let fail = |message: String| Outcome {
        stdout: String::new(),
        stderr: format!("error: {message}\n"),
        status: UNREADABLE,
    };
    let exclusions = match &request.exclusions {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => {
                Exclusions::from_toml(&text).map_err(|error| format!("{}: {error}", path.display()))
            }
            Err(error) => Err(format!("cannot read {}: {error}", path.display())),
        },
        None => Exclusions::from_toml(rrg_catalog::EXCLUDED)
            .map_err(|error| format!("the catalogue's exclusion list: {error}")),
    };
    let exclusions = match exclusions {
        Ok(exclusions) => exclusions,
        Err(message) => return fail(message),
    };
    let (inputs, unreadable) = read(&request.files);
    let mut report = rrg_import::import(&inputs, rrg_catalog::entries(), &exclusions);
    report.unreadable.extend(unreadable);
    let mut stderr = String::new();
    if let Some(path) = &request.write {
        let taken = rrg_catalog::entries()
            .iter()
            .map(|entry| entry.key)
            .chain(rrg_catalog::aliases().map(|(alias, _)| alias));
        let text = rrg_import::write::candidates(&report, taken);
        let count = text.matches("\n@").count();
        if let Err(error) = std::fs::write(path, text) {
            return fail(format!("cannot write {}: {error}", path.display()));
        }
        stderr.push_str(&format!(
            "wrote {count} candidate entries to {}\n",
            path.display()
        ));
    }
    if !request.json {
        for file in &report.unreadable {
            stderr.push_str(&format!(
                "error: cannot read {}: {}\n",
                file.file, file.error
            ));
        }
    }
    let stdout = if request.json {
        rrg_import::schema::report_json(&report)
    } else {
        rrg_import::render::human(&report)
    };
    Outcome {
        stdout,
        stderr,
        status: status(&report),
    }
}

/// 2 when a file could not be read, 1 when a defect is an error, else 0.
pub fn status(report: &Report) -> u8 {
    if !report.unreadable.is_empty() {
        UNREADABLE
    } else if report.error_count() > 0 {
        FINDINGS
    } else {
        CLEAN
    }
}

fn read(paths: &[PathBuf]) -> (Vec<Input>, Vec<Unreadable>) {
    let mut inputs = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        let bytes = if path == Path::new("-") {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
        } else {
            std::fs::read(path)
        };
        match bytes {
            Ok(bytes) => inputs.push(Input::new(
                if name == "-" { "<stdin>".into() } else { name },
                bytes,
            )),
            Err(error) => unreadable.push(Unreadable {
                file: name,
                error: error.to_string(),
            }),
        }
    }
    (inputs, unreadable)
}
