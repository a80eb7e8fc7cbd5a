//! Ranking works by one metric, within one protocol only.

use std::fmt;

use rrg_model::results::preferred;

use super::{Metric, Protocol, Score, Split, Target, all, resolve};

/// Works ranked by one metric on one split, all measured under one protocol
/// for one target section.
#[derive(Debug, Clone, PartialEq)]
pub struct Leaderboard {
    /// The dataset's key.
    pub dataset: &'static str,
    /// The split.
    pub split: &'static Split,
    /// The report section compared with (`None`: unstated by the sources).
    pub target: Option<Target>,
    /// The metric ranked by.
    pub metric: Metric,
    /// The protocol every value was measured under.
    pub protocol: &'static Protocol,
    /// Best first; equal values share a rank.
    pub standings: Vec<Standing>,
}

/// One work's place on a [`Leaderboard`]: the work (and variant) as its
/// authors or a leaderboard measured it, or one reproduction of it by
/// another work, which stands on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    /// 1 for the best; equal values share a rank (1, 2, 2, 4).
    pub rank: usize,
    /// The score ranked: the work's own (reported or measured) value before
    /// a cited one, and among those the value most sources give, then the
    /// first in source order.
    pub score: &'static Score,
    /// Every score of this standing, the ranked one included: the same
    /// value as several sources give it, or values that disagree.
    pub scores: Vec<&'static Score>,
}

impl Standing {
    /// Whether the sources of this standing give different values (the
    /// build reports each such conflict, naming both sources).
    pub fn disputed(&self) -> bool {
        self.scores
            .iter()
            .any(|score| !score.value.same_value(&self.score.value))
    }

    /// The work that reproduced this standing's value, if it is a
    /// reproduction.
    pub fn reproduced_by(&self) -> Option<&'static str> {
        self.score.reproduced_by()
    }
}

/// Why [`leaderboard`] gives no ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaderboardError {
    /// No score of that metric on that split: the dataset, split or metric
    /// may be misnamed.
    NoScores,
    /// The scores were measured under more than one protocol or target
    /// section; each is listed (protocol id, target), and
    /// [`leaderboards`] gives one ranking for each.
    MixedProtocols(Vec<(&'static str, Option<Target>)>),
}

impl fmt::Display for LeaderboardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LeaderboardError::NoScores => f.write_str("no scores of that metric on that split"),
            LeaderboardError::MixedProtocols(groups) => {
                f.write_str(
                    "the scores were measured in different ways, which are never ranked together: ",
                )?;
                for (i, (protocol, target)) in groups.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "protocol `{protocol}`")?;
                    match target {
                        Some(target) => write!(f, " on {target}")?,
                        None => f.write_str(" on an unstated section")?,
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LeaderboardError {}

/// The one ranking of `metric` on a split of a dataset, if all its scores
/// were measured under one protocol for one target section.
///
/// `dataset` is a key, alias or name; `split` a split's identifier.
///
/// # Errors
///
/// [`LeaderboardError::MixedProtocols`] when the scores fall into several
/// protocols or sections (rank each with [`leaderboards`]), and
/// [`LeaderboardError::NoScores`] when there are none.
///
/// ```
/// use rrg_catalog::results::{leaderboard, Metric};
///
/// let board = leaderboard("MIMIC-CXR", "rexrank-mimic-cxr-test", Metric::RadCliqV1).unwrap();
/// assert_eq!(board.protocol.id, "rexrank");
/// // RadCliQ: lower is better, so the best value comes first.
/// let values: Vec<f64> = board.standings.iter().map(|s| s.score.value.unit_value()).collect();
/// assert!(values.windows(2).all(|pair| pair[0] <= pair[1]));
/// ```
pub fn leaderboard(
    dataset: &str,
    split: &str,
    metric: Metric,
) -> Result<Leaderboard, LeaderboardError> {
    let mut boards = leaderboards(dataset, split, metric);
    match boards.len() {
        0 => Err(LeaderboardError::NoScores),
        1 => Ok(boards.pop().expect("one board")),
        _ => Err(LeaderboardError::MixedProtocols(
            boards
                .iter()
                .map(|board| (board.protocol.id, board.target))
                .collect(),
        )),
    }
}

/// One ranking per protocol and target section of `metric` on a split of
/// a dataset, in the order of their protocol's identifier.
pub fn leaderboards(dataset: &str, split: &str, metric: Metric) -> Vec<Leaderboard> {
    let Some(dataset) = resolve(dataset) else {
        return Vec::new();
    };
    let mut boards: Vec<Leaderboard> = Vec::new();
    for score in all().iter().filter(|score| {
        score.dataset == dataset && score.split.id == split && score.metric == metric
    }) {
        // A board holds the scores measured the way its first one was.
        let board = match boards.iter_mut().find(|board| {
            board
                .standings
                .first()
                .is_some_and(|standing| standing.score.comparable(score))
        }) {
            Some(board) => board,
            None => {
                boards.push(Leaderboard {
                    dataset,
                    split: score.split,
                    target: score.target,
                    metric,
                    protocol: score.protocol,
                    standings: Vec::new(),
                });
                boards.last_mut().expect("just pushed")
            }
        };
        board.add(score);
    }
    for board in &mut boards {
        board.choose();
        board.rank();
    }
    boards.sort_by(|a, b| (a.protocol.id, a.target).cmp(&(b.protocol.id, b.target)));
    boards
}

/// Whether two scores are one standing: the same work and variant, and
/// either both the work's own or cited values, or one work's reproduction.
fn same_standing(a: &Score, b: &Score) -> bool {
    a.work == b.work && a.variant == b.variant && a.reproduced_by() == b.reproduced_by()
}

impl Leaderboard {
    /// Adds a score: a new standing for a new work and variant, or another
    /// source of one already there.
    fn add(&mut self, score: &'static Score) {
        match self
            .standings
            .iter_mut()
            .find(|standing| same_standing(standing.score, score))
        {
            Some(standing) => standing.scores.push(score),
            None => self.standings.push(Standing {
                rank: 0,
                score,
                scores: vec![score],
            }),
        }
    }

    /// Picks each standing's ranked score among its sources.
    fn choose(&mut self) {
        for standing in &mut self.standings {
            standing.score =
                preferred(&standing.scores, |score| score).expect("a standing has a score");
        }
    }

    /// Orders the standings, best first, and numbers them.
    fn rank(&mut self) {
        let lower_is_better = self.metric.lower_is_better();
        self.standings.sort_by(|a, b| {
            let (a_value, b_value) = (a.score.value.unit_value(), b.score.value.unit_value());
            let order = if lower_is_better {
                a_value.total_cmp(&b_value)
            } else {
                b_value.total_cmp(&a_value)
            };
            order.then_with(|| {
                (a.score.work, a.score.variant, a.reproduced_by()).cmp(&(
                    b.score.work,
                    b.score.variant,
                    b.reproduced_by(),
                ))
            })
        });
        let mut previous: Option<(f64, usize)> = None;
        for (index, standing) in self.standings.iter_mut().enumerate() {
            let value = standing.score.value.unit_value();
            standing.rank = match previous {
                Some((last, rank)) if last == value => rank,
                _ => index + 1,
            };
            previous = Some((value, standing.rank));
        }
    }
}
