//! `rrg results`: the scores, selected and printed as a table, JSON or CSV;
//! and checking a results file against the catalogue.

use std::fmt::Write as _;

use rrg_catalog::export::bibtex::Style;
use rrg_catalog::results::Score;

/// The scores as a text table: one line each, grouped as they sort (by
/// dataset, split, target, metric and protocol), so that values that may be
/// compared stand together, with a blank line between groups.
pub fn table(scores: &[&Score]) -> String {
    let mut text = String::new();
    let mut previous: Option<&Score> = None;
    for score in scores {
        if previous.is_none_or(|previous| !previous.comparable(score)) {
            if previous.is_some() {
                text.push('\n');
            }
            let target = score
                .target
                .map_or("section unstated", |target| target.as_str());
            writeln!(
                text,
                "{} on {} ({target}), protocol {}{}:",
                score.metric.label(),
                score.split.id,
                score.protocol.id,
                if score.metric.lower_is_better() {
                    ", lower is better"
                } else {
                    ""
                },
            )
            .expect("writing to a String");
        }
        let name = rrg_catalog::get(score.work)
            .and_then(|entry| entry.short_name)
            .unwrap_or("");
        let variant = score
            .variant
            .map_or_else(String::new, |variant| format!(" [{variant}]"));
        let via = score
            .via
            .map_or_else(String::new, |via| format!(" via {via}"));
        writeln!(
            text,
            "  {:>8}  {name:<16} {}{variant}  ({}{via}; {}, {})",
            score.value.text, score.work, score.provenance, score.source.id, score.source.table
        )
        .expect("writing to a String");
        previous = Some(score);
    }
    text
}

/// Checks a results file against the compiled catalogue: every finding,
/// rendered, and whether one is an error.
pub fn check(name: &str, text: &str) -> (String, bool) {
    // The catalogue's own biblatex form reads back into the same entries.
    let bib = rrg_catalog::export::bibtex::to_string(rrg_catalog::entries(), Style::Canonical);
    let arena = rrg_bib::bumpalo::Bump::new();
    let catalog = rrg_bib::load(
        rrg_bib::Source::new("the catalogue", &bib),
        &arena,
        rrg_bib::Rules { catalogue: true },
    )
    .expect("the compiled catalogue reads back");
    let (_, report) = rrg_bib::results::read(rrg_bib::Source::new(name, text), &catalog, &arena);
    (report.to_string(), report.error_count() > 0)
}
