//! One metric over the publication year of the works, as an SVG: one
//! series per dataset, split, target and protocol, never one across them.

use plotters::prelude::*;
use rrg_catalog::results::{Leaderboard, Metric, leaderboards};

use crate::plot::{PALETTE, SIZE};

/// A series: its legend and its points (publication year, value on the
/// unit scale).
pub type Series = (String, Vec<(f64, f64)>);

/// Every ranking of `metric` there is, as series of (year, value).
pub fn series(metric: Metric) -> Vec<Series> {
    let mut groups: Vec<(&str, &str)> = rrg_catalog::results()
        .iter()
        .filter(|score| score.metric == metric)
        .map(|score| (score.dataset, score.split.id))
        .collect();
    groups.dedup();
    groups
        .into_iter()
        .flat_map(|(dataset, split)| leaderboards(dataset, split, metric))
        .map(|board| (legend(&board), points(&board)))
        .filter(|(_, points)| !points.is_empty())
        .collect()
}

fn legend(board: &Leaderboard) -> String {
    let dataset = rrg_catalog::results::known_as(board.dataset);
    format!("{dataset}, {} ({})", board.split.id, board.protocol.id)
}

fn points(board: &Leaderboard) -> Vec<(f64, f64)> {
    board
        .standings
        .iter()
        .filter_map(|standing| {
            let year = rrg_catalog::get(standing.score.work)?.year?;
            Some((f64::from(year), standing.score.value.unit_value()))
        })
        .collect()
}

/// The plot of `metric` over the years, with `note` as the SVG's
/// description.
pub fn metric_per_year(metric: Metric, note: &str) -> String {
    let series = series(metric);
    let mut svg = String::new();
    draw(metric, &series, &mut svg).expect("drawing into a string cannot fail");
    crate::plot::described(svg, note)
}

fn draw(
    metric: Metric,
    series: &[Series],
    svg: &mut String,
) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::with_string(svg, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let all = series.iter().flat_map(|(_, points)| points);
    let first = all
        .clone()
        .map(|(year, _)| *year)
        .fold(f64::INFINITY, f64::min);
    let last = all
        .clone()
        .map(|(year, _)| *year)
        .fold(f64::NEG_INFINITY, f64::max);
    let highest = all.map(|(_, value)| *value).fold(0.0, f64::max);
    let (first, last) = if first.is_finite() {
        (first, last)
    } else {
        (2020.0, 2026.0)
    };
    let top = if highest > 0.0 { highest * 1.6 } else { 1.0 };
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!(
                "{} by publication year (one series per split and protocol)",
                metric.label()
            ),
            ("sans-serif", 20),
        )
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d((first - 0.5)..(last + 0.5), 0.0..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels((last - first) as usize + 1)
        .x_label_formatter(&|year| format!("{year:.0}"))
        .y_desc(metric.label())
        .label_style(("sans-serif", 14))
        .draw()?;
    for (index, (legend, points)) in series.iter().enumerate() {
        let colour = PALETTE[index % PALETTE.len()];
        // Works of one year spread a little, so that points do not hide
        // each other.
        let spread = points.iter().enumerate().map(|(i, (year, value))| {
            let offset = ((i % 5) as f64 - 2.0) * 0.06;
            (*year + offset, *value)
        });
        chart
            .draw_series(spread.map(|point| Circle::new(point, 4, colour.filled())))?
            .label(legend.as_str())
            .legend(move |(x, y)| Circle::new((x + 6, y), 4, colour.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .label_font(("sans-serif", 13))
        .background_style(WHITE)
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
