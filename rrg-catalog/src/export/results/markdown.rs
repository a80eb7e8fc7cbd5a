//! The results as a Markdown page of leaderboards: one table per dataset,
//! split, target section and protocol, never one across them. Each row is
//! a work (and variant, or one reproduction of it), each value links to
//! its source, and rows are ranked by one metric the heading names. A value
//! whose sources disagree is marked ‡ (the build reports each such
//! conflict); ᶜ marks a value cited from another work's table.

use core::fmt::{self, Write};

use crate::results::{Leaderboard, Metric, ResultSource, Score, Standing, known_as, leaderboards};

/// The metric a table is ranked by: the first of these it has, else its
/// first metric. RadCliQ-v1 is the one ReXrank ranks by; BLEU-4 the one
/// papers lead with; CE F1 the one clinical efficacy tables lead with.
const RANKED_BY: &[Metric] = &[Metric::RadCliqV1, Metric::Bleu4, Metric::CeF1];

/// Writes one section per dataset, split, target and protocol of `scores`,
/// in the order of [`crate::results::all`].
///
/// # Errors
///
/// Only those of `out`.
pub fn write<'s>(scores: impl IntoIterator<Item = &'s Score>, out: &mut impl Write) -> fmt::Result {
    let scores: Vec<&Score> = scores.into_iter().collect();
    let mut groups: Vec<&Score> = Vec::new();
    for score in &scores {
        if !groups.iter().any(|first| same_group(first, score)) {
            groups.push(score);
        }
    }
    for first in groups {
        let metrics: Vec<Metric> = Metric::ALL
            .iter()
            .copied()
            .filter(|metric| {
                scores
                    .iter()
                    .any(|s| same_group(first, s) && s.metric == *metric)
            })
            .collect();
        let boards: Vec<Leaderboard> = metrics
            .iter()
            .filter_map(|metric| {
                leaderboards(first.dataset, first.split.id, *metric)
                    .into_iter()
                    .find(|board| {
                        board.protocol.id == first.protocol.id && board.target == first.target
                    })
            })
            .collect();
        section(first, &boards, out)?;
    }
    Ok(())
}

/// The scores as a Markdown page.
pub fn to_string<'s>(scores: impl IntoIterator<Item = &'s Score>) -> String {
    let mut text = String::new();
    write(scores, &mut text).expect("writing to a String cannot fail");
    text
}

fn same_group(a: &Score, b: &Score) -> bool {
    a.dataset == b.dataset
        && a.split.id == b.split.id
        && a.target == b.target
        && a.protocol.id == b.protocol.id
}

fn section(first: &Score, boards: &[Leaderboard], out: &mut impl Write) -> fmt::Result {
    let Some(ranking) = RANKED_BY
        .iter()
        .find_map(|metric| boards.iter().find(|board| board.metric == *metric))
        .or(boards.first())
    else {
        return Ok(());
    };
    let split = first.split;
    let target = first
        .target
        .map_or("section unstated", |target| target.as_str());
    writeln!(
        out,
        "## {} — `{}` ({target}) — protocol `{}`\n",
        known_as(first.dataset),
        split.id,
        first.protocol.id
    )?;
    let size = split.size.map_or_else(
        || "size unstated".to_owned(),
        |size| format!("{size} studies"),
    );
    writeln!(out, "- Split: {} ({size}).", split.description)?;
    writeln!(out, "- Protocol: {}.", first.protocol.description)?;
    let order = if ranking.metric.lower_is_better() {
        "lower is better"
    } else {
        "higher is better"
    };
    writeln!(out, "- Ranked by {} ({order}).\n", ranking.metric.label())?;
    out.write_str("| # | Work | Variant |")?;
    for board in boards {
        let arrow = if board.metric.lower_is_better() {
            " ↓"
        } else {
            ""
        };
        write!(out, " {}{arrow} |", board.metric.label())?;
    }
    out.write_str("\n|---|---|---|")?;
    for _ in boards {
        out.write_str("---|")?;
    }
    out.write_char('\n')?;
    let mut rows: Vec<&Standing> = ranking.standings.iter().collect();
    // Works the ranking metric does not cover come last, in key order.
    let mut others: Vec<&Standing> = boards
        .iter()
        .flat_map(|board| &board.standings)
        .filter(|standing| !rows.iter().any(|row| same_method(row, standing)))
        .collect();
    others.sort_by_key(|standing| {
        (
            standing.score.work,
            standing.score.variant,
            standing.reproduced_by(),
        )
    });
    others.dedup_by(|a, b| same_method(a, b));
    rows.extend(others);
    let mut sources: Vec<&ResultSource> = Vec::new();
    for row in rows {
        let rank = ranking
            .standings
            .iter()
            .find(|standing| same_method(standing, row))
            .map_or_else(|| "–".to_owned(), |standing| standing.rank.to_string());
        let score = row.score;
        let mut variant = score.variant.unwrap_or("").to_owned();
        if let Some(by) = row.reproduced_by() {
            if !variant.is_empty() {
                variant.push_str("; ");
            }
            variant.push_str("reproduced by ");
            variant.push_str(known_as(by));
        }
        write!(
            out,
            "| {rank} | {} (`{}`) | {} |",
            cell_text(known_as(score.work)),
            score.work,
            cell_text(&variant)
        )?;
        for board in boards {
            let Some(standing) = board
                .standings
                .iter()
                .find(|standing| same_method(standing, row))
            else {
                out.write_str(" |")?;
                continue;
            };
            let source = standing.score.source;
            if !sources.iter().any(|known| known.id == source.id) {
                sources.push(source);
            }
            write!(
                out,
                " [{}][{}]{}",
                standing.score.value.text,
                source.id,
                marker(standing.score)
            )?;
            if standing.disputed() {
                out.write_str(" ‡")?;
            }
            out.write_str(" |")?;
        }
        out.write_char('\n')?;
    }
    out.write_char('\n')?;
    for source in sources {
        writeln!(
            out,
            "[{}]: {} \"{}\"",
            source.id,
            source.url,
            link_title(source)
        )?;
    }
    out.write_char('\n')
}

/// The title of a source's link: whose table it is and which.
fn link_title(source: &ResultSource) -> String {
    format!("{}, {}", known_as(source.work), source.table).replace('"', "'")
}

fn same_method(a: &Standing, b: &Standing) -> bool {
    a.score.work == b.score.work
        && a.score.variant == b.score.variant
        && a.reproduced_by() == b.reproduced_by()
}

/// How a value came to be known, when it is not the work's own or a
/// leaderboard's measurement.
fn marker(score: &Score) -> &'static str {
    use crate::results::Provenance;
    match score.provenance {
        Provenance::Measured | Provenance::Reported => "",
        Provenance::Cited => " ᶜ",
        Provenance::Reproduced => " ʳ",
    }
}

/// Text safe inside a table cell.
fn cell_text(text: &str) -> String {
    text.replace('|', "\\|")
}
