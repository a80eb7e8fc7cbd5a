//! The human form of a report, rustc-style: the counts per status for each
//! file, then each item (`file:line:col: status[key]: title`, with its
//! differences, candidates or reason), then each defect
//! (`file:line:col: level[code]: message`, with a hint).
//!
//! Control and bidirectional characters from the lists are shown as `�`,
//! so that a list cannot move the cursor or disguise text on a terminal.

use std::fmt::Write as _;

use crate::model::{Level, Report, Status};

/// The whole report as text.
pub fn human(report: &Report) -> String {
    let mut out = String::new();
    for file in &report.files {
        let _ = writeln!(
            out,
            "{}: {} items ({}): {} matched, {} new, {} ambiguous, {} excluded",
            shown(&file.file),
            file.items,
            file.format,
            file.matched,
            file.new,
            file.ambiguous,
            file.excluded
        );
    }
    for file in &report.unreadable {
        let _ = writeln!(
            out,
            "{}: not read: {}",
            shown(&file.file),
            shown(&file.error)
        );
    }
    let count = |status: Status| {
        report
            .items
            .iter()
            .filter(|item| item.status == status)
            .count()
    };
    let _ = writeln!(
        out,
        "total: {} items, {} works: {} matched, {} new, {} ambiguous, {} excluded\n",
        report.items.len(),
        report.works,
        count(Status::Matched),
        count(Status::New),
        count(Status::Ambiguous),
        count(Status::Excluded)
    );
    for item in &report.items {
        let status = match &item.key {
            Some(key) => format!("{}[{key}]", item.status.as_str()),
            None => item.status.as_str().to_owned(),
        };
        let label = match (&item.venue, item.year) {
            (Some(venue), Some(year)) => format!(" ({venue} {year})"),
            (Some(venue), None) => format!(" ({venue})"),
            (None, Some(year)) => format!(" ({year})"),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "{}:{}:{}: {status}: {}{label}",
            shown(&item.file),
            item.line,
            item.column,
            shown(&item.title)
        );
        if let Some(reason) = &item.reason {
            let _ = writeln!(out, "  = reason: {}", shown(reason));
        }
        for candidate in &item.candidates {
            let _ = writeln!(
                out,
                "  = candidate: {} (by {}, score {:.3}): {}",
                candidate.key,
                candidate.by,
                candidate.score,
                shown(&candidate.title)
            );
        }
        for difference in &item.differences {
            let catalogue = difference
                .catalogue
                .as_deref()
                .map_or("none".to_owned(), shown);
            let _ = writeln!(
                out,
                "  = {}: list `{}`, catalogue `{catalogue}`",
                difference.field,
                shown(&difference.list)
            );
        }
    }
    if !report.defects.is_empty() {
        out.push('\n');
    }
    for defect in &report.defects {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            shown(&defect.file),
            defect.line,
            defect.column,
            defect.level.as_str(),
            defect.code,
            shown(&defect.message)
        );
        if let Some(help) = &defect.help {
            let _ = writeln!(out, "  = help: {}", shown(help));
        }
    }
    let level = |level: Level| report.defects.iter().filter(|d| d.level == level).count();
    let _ = writeln!(
        out,
        "{} error(s), {} warning(s), {} note(s)",
        level(Level::Error),
        level(Level::Warning),
        level(Level::Note)
    );
    out
}

/// Text safe to print on a terminal.
fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
            {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}
