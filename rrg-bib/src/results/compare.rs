//! Comparing every cell across sources: accepted sources that disagree,
//! and claims that disagree with the accepted value or that none supports.
//! Findings are warnings, one per row and other source, naming both.

use std::collections::BTreeMap;

use rrg_model::results::{Metric, Score, Target, preferred};

use super::check::{Checker, Placed};
use super::codes;
use crate::Diagnostic;

/// What a cell is: the facts that make two values two measurements of the
/// same thing. A reproduction is a measurement of its own.
pub(super) type Cell<'a> = (
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    &'a str,
    &'a str,
    Option<Target>,
    Metric,
    &'a str,
);

pub(super) fn cell<'a>(score: &Score<'a>) -> Cell<'a> {
    (
        score.reproduced_by(),
        score.work,
        score.variant,
        score.dataset,
        score.split.id,
        score.target,
        score.metric,
        score.protocol.id,
    )
}

/// A finding's code, the value it is about and the value it disagrees with.
type Disagreement<'p, 'a> = (&'static str, &'p Placed<'a>, &'p Placed<'a>);

/// A value and the value it disagrees with.
type Pair<'p, 'a> = (&'p Placed<'a>, &'p Placed<'a>);

impl<'a> Checker<'a, '_> {
    /// Every cell given by two sources: accepted sources that disagree, and
    /// claims that disagree with every accepted value or that none supports.
    /// Findings are one per row and other source, listing each metric.
    pub(super) fn compare(&mut self, accepted: &[Placed<'a>], claims: &[Placed<'a>]) {
        let mut by_cell: BTreeMap<Cell<'a>, Vec<&Placed<'a>>> = BTreeMap::new();
        for placed in accepted {
            by_cell.entry(cell(&placed.score)).or_default().push(placed);
        }
        let mut disagreements: Vec<Disagreement<'_, 'a>> = Vec::new();
        let mut unsupported: Vec<&Placed<'a>> = Vec::new();
        for placed in by_cell.values() {
            let reference = reference(placed);
            for other in placed {
                if !reference.score.value.same_value(&other.score.value) {
                    disagreements.push((codes::CONFLICT, other, reference));
                }
            }
        }
        for claim in claims {
            match by_cell.get(&cell(&claim.score)) {
                Some(placed) => {
                    let reference = reference(placed);
                    if !reference.score.value.same_value(&claim.score.value) {
                        disagreements.push((codes::DISPUTED, claim, reference));
                    }
                }
                None => unsupported.push(claim),
            }
        }
        self.report_disagreements(&disagreements);
        self.report_unsupported(&unsupported, accepted);
    }

    /// One warning per row and source it disagrees with.
    fn report_disagreements(&mut self, found: &[Disagreement<'_, 'a>]) {
        let mut groups: BTreeMap<(usize, &str, &'static str), Vec<Pair<'_, 'a>>> = BTreeMap::new();
        for (code, at, against) in found {
            groups
                .entry((at.row.start, against.score.source.id, code))
                .or_default()
                .push((at, against));
        }
        for ((_, _, code), pairs) in groups {
            let (at, against) = pairs[0];
            let (score, other) = (&at.score, &against.score);
            let values: Vec<String> = pairs
                .iter()
                .map(|(at, against)| {
                    format!(
                        "{} {} vs {}",
                        at.score.metric.label(),
                        at.score.value.text,
                        against.score.value.text
                    )
                })
                .collect();
            let verb = if code == codes::DISPUTED {
                "claims"
            } else {
                "gives"
            };
            let mut diagnostic = Diagnostic::warning(
                code,
                at.row.clone(),
                format!(
                    "`{}` on `{}`: `{}` {verb} other values than `{}` ({})",
                    score.work,
                    score.split.id,
                    score.source.id,
                    other.source.id,
                    values.join(", ")
                ),
            )
            .note(
                format!("`{}` gives its row here", other.source.id),
                against.row.clone(),
            )
            .help("keep both and say which one a primary source confirms (CURATION.md, results)");
            if code == codes::DISPUTED {
                diagnostic = diagnostic
                    .help("a claim is never a score; keep it here only so that this disagreement stays visible");
            }
            self.diagnostics.push(diagnostic);
        }
    }

    /// One warning per claimed row no accepted source gives, naming the
    /// accepted sources of the same work, dataset and metric elsewhere.
    fn report_unsupported(&mut self, claims: &[&Placed<'a>], accepted: &[Placed<'a>]) {
        let mut rows: BTreeMap<usize, Vec<&Placed<'a>>> = BTreeMap::new();
        for claim in claims {
            rows.entry(claim.row.start).or_default().push(claim);
        }
        for placed in rows.values() {
            let score = &placed[0].score;
            let metrics: Vec<&str> = placed
                .iter()
                .map(|claim| claim.score.metric.label())
                .collect();
            let mut diagnostic = Diagnostic::warning(
                codes::UNSUPPORTED,
                placed[0].row.clone(),
                format!(
                    "`{}` claims {} for `{}` on `{}` under protocol `{}`; no accepted source gives them",
                    score.source.id,
                    metrics.join(", "),
                    score.work,
                    score.split.id,
                    score.protocol.id
                ),
            )
            .help("find the work's own table, or a published work's, before trusting the claim");
            let mut named: Vec<&str> = Vec::new();
            for other in accepted.iter().filter(|other| {
                other.score.work == score.work
                    && other.score.dataset == score.dataset
                    && placed
                        .iter()
                        .any(|claim| claim.score.metric == other.score.metric)
            }) {
                if named.contains(&other.score.source.id) {
                    continue;
                }
                named.push(other.score.source.id);
                diagnostic = diagnostic.note(
                    format!(
                        "`{}` gives this work on `{}` under protocol `{}`",
                        other.score.source.id, other.score.split.id, other.score.protocol.id
                    ),
                    other.row.clone(),
                );
            }
            self.diagnostics.push(diagnostic);
        }
    }
}

/// The value a cell's other values are checked against: the one that
/// stands for the cell ([`preferred`]).
fn reference<'p, 'a>(placed: &[&'p Placed<'a>]) -> &'p Placed<'a> {
    preferred(placed, |placed| &placed.score).expect("a cell has a value")
}
