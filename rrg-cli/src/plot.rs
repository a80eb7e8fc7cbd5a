//! Works per year, stacked by role, as an SVG drawn with plotters.
//!
//! Only plotters' SVG backend is used, with its built-in text layout: text
//! is written as SVG `<text>` for the viewer to render, so drawing needs no
//! font files and no fontconfig or freetype.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use rrg_catalog::{Entry, Kind};

/// Width and height of the plot in pixels.
pub const SIZE: (u32, u32) = (860, 440);

/// The colours of every plot: Okabe–Ito's, told apart with colour
/// blindness too.
pub const PALETTE: [RGBColor; 6] = [
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(213, 94, 0),
    RGBColor(86, 180, 233),
];

/// One colour per role, in the order of [`Kind::ALL`].
const COLOURS: [RGBColor; 4] = [PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3]];

/// The role a work is counted under: its first in the order of
/// [`Kind::ALL`] (paper, dataset, toolkit, survey), so that each work
/// counts once and a bar's height is the number of works of its year.
pub fn counted_role(entry: &Entry) -> Option<Kind> {
    Kind::ALL.iter().copied().find(|kind| entry.is(*kind))
}

/// The columns of the plot: a label (a year, every year from the first to
/// the last, or `unknown`) and the number of works of each role.
pub fn columns(entries: &[Entry]) -> Vec<(String, [u32; 4])> {
    let years = entries.iter().filter_map(|entry| entry.year);
    let (Some(first), Some(last)) = (years.clone().min(), years.max()) else {
        return Vec::new();
    };
    let mut columns: Vec<(String, [u32; 4])> = (first..=last)
        .map(|year| (year.to_string(), [0; 4]))
        .collect();
    if entries.iter().any(|entry| entry.year.is_none()) {
        columns.push(("unknown".to_owned(), [0; 4]));
    }
    let unknown = columns.len() - 1;
    for entry in entries {
        let Some(kind) = counted_role(entry) else {
            continue;
        };
        let column = entry.year.map_or(unknown, |year| usize::from(year - first));
        let role = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        columns[column].1[role] += 1;
    }
    columns
}

/// The SVG: one stacked bar per year. `note`, if given, is the drawing's
/// `<desc>`, its first child.
pub fn works_per_year(entries: &[Entry], note: Option<&str>) -> String {
    let columns = columns(entries);
    let highest = columns
        .iter()
        .map(|(_, counts)| counts.iter().sum::<u32>())
        .max()
        .unwrap_or(0);
    let mut svg = String::new();
    draw(&columns, highest, &mut svg).expect("drawing into a string cannot fail");
    match note {
        Some(note) => described(svg, note),
        None => svg,
    }
}

/// The SVG with `note` as its description, the first element after the
/// root: where the generated-file note goes.
pub fn described(svg: String, note: &str) -> String {
    let note = note
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    match svg.split_once('\n') {
        Some((root, drawing)) if root.starts_with("<svg") => {
            format!("{root}\n<desc>{note}</desc>\n{drawing}")
        }
        _ => svg,
    }
}

type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn draw(columns: &[(String, [u32; 4])], highest: u32, svg: &mut String) -> DrawResult {
    let root = SVGBackend::with_string(svg, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let count = columns.len() as u32;
    // Room above the highest bar for the legend.
    let top = highest + highest / 3 + 2;
    let mut chart = ChartBuilder::on(&root)
        .caption("rrg-catalog: works per year, by role", ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(48)
        // A segmented range `0..n` has a segment for each of 0 to n.
        .build_cartesian_2d((0..count.saturating_sub(1)).into_segmented(), 0..top)?;
    let label = |value: &SegmentValue<u32>| match value {
        SegmentValue::CenterOf(index) => columns
            .get(*index as usize)
            .map(|(label, _)| label.clone())
            .unwrap_or_default(),
        _ => String::new(),
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(columns.len())
        .x_label_formatter(&label)
        .y_desc("works")
        .label_style(("sans-serif", 14))
        .draw()?;

    for (role, kind) in Kind::ALL.iter().enumerate() {
        let colour = COLOURS[role % COLOURS.len()];
        let bars = columns
            .iter()
            .enumerate()
            .filter_map(|(index, (_, counts))| {
                let below: u32 = counts[..role].iter().sum();
                let index = index as u32;
                (counts[role] > 0).then(|| {
                    let mut bar = Rectangle::new(
                        [
                            (SegmentValue::Exact(index), below),
                            (SegmentValue::Exact(index + 1), below + counts[role]),
                        ],
                        colour.filled(),
                    );
                    bar.set_margin(0, 0, 5, 5);
                    bar
                })
            });
        chart
            .draw_series(bars)?
            .label(kind.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], colour.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .label_font(("sans-serif", 14))
        .background_style(WHITE)
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_work_counts_once_and_every_year_has_a_column() {
        let entries = rrg_catalog::entries();
        let columns = columns(entries);
        let total: u32 = columns.iter().flat_map(|(_, counts)| counts).sum();
        assert_eq!(total as usize, entries.len());
        let years: Vec<&str> = columns.iter().map(|(label, _)| label.as_str()).collect();
        assert!(years.windows(2).all(|pair| {
            pair[1] == "unknown"
                || pair[1].parse::<u16>().unwrap() == pair[0].parse::<u16>().unwrap() + 1
        }));
    }

    #[test]
    fn the_svg_has_a_bar_per_year_and_role_and_a_legend() {
        let svg = works_per_year(rrg_catalog::entries(), Some("a <note> -- & more"));
        assert!(svg.starts_with("<svg "));
        assert_eq!(
            svg.lines().nth(1),
            Some("<desc>a &lt;note&gt; -- &amp; more</desc>")
        );
        let texts: Vec<&str> = svg.lines().map(str::trim).collect();
        for kind in Kind::ALL {
            assert!(texts.contains(&kind.as_str()), "legend for {kind}");
        }
        assert!(texts.contains(&"2020") && texts.contains(&"unknown"));
        // One bar for each year and role with works.
        let bars: usize = columns(rrg_catalog::entries())
            .iter()
            .map(|(_, counts)| counts.iter().filter(|count| **count > 0).count())
            .sum();
        let filled = |colour: &RGBColor| {
            let fill = format!("fill=\"#{:02X}{:02X}{:02X}\"", colour.0, colour.1, colour.2);
            svg.lines()
                .filter(|line| line.starts_with("<rect") && line.contains(&fill))
                .count()
        };
        // Each colour also fills one legend mark.
        assert_eq!(
            COLOURS.iter().map(filled).sum::<usize>(),
            bars + COLOURS.len()
        );
    }
}
