//! Counts over a selection: by year, venue and role, the share with code,
//! the LLM works, the modalities, and how complete the facts are.

use std::collections::BTreeMap;
use std::fmt::{self, Write};

use rrg_catalog::{Completeness, Entry, Kind, Modality};

/// Writes the statistics of `entries` as plain text.
pub fn write(entries: &[&Entry], out: &mut impl Write) -> fmt::Result {
    writeln!(out, "{} works", entries.len())?;
    if entries.is_empty() {
        return Ok(());
    }

    writeln!(out, "\nby year")?;
    let mut years: BTreeMap<Option<u16>, usize> = BTreeMap::new();
    for entry in entries {
        *years.entry(entry.year).or_default() += 1;
    }
    for (year, count) in years.iter().rev() {
        let year = year.map_or_else(|| "unknown".to_owned(), |year| year.to_string());
        writeln!(out, "  {year:<8} {count:>4}")?;
    }

    writeln!(out, "\nby venue")?;
    let mut venues: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in entries {
        *venues.entry(entry.venue.short).or_default() += 1;
    }
    let mut venues: Vec<(&str, usize)> = venues.into_iter().collect();
    venues.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let width = venues
        .iter()
        .map(|(venue, _)| venue.chars().count())
        .max()
        .unwrap_or(0);
    for (venue, count) in &venues {
        writeln!(out, "  {venue:<width$} {count:>4}")?;
    }

    writeln!(out, "\nby kind (a work may have several)")?;
    for kind in Kind::ALL {
        let count = entries.iter().filter(|entry| entry.is(*kind)).count();
        writeln!(out, "  {:<10} {count:>4}", kind.as_str())?;
    }

    writeln!(out, "\ncode, LLMs and modalities")?;
    let with_code = entries.iter().filter(|entry| entry.has_code()).count();
    writeln!(
        out,
        "  with official code     {with_code:>4} of {} ({}%)",
        entries.len(),
        percent(with_code, entries.len())
    )?;
    let llm = entries.iter().filter(|entry| entry.llm).count();
    writeln!(
        out,
        "  involving an LLM       {llm:>4} of {} ({}%)",
        entries.len(),
        percent(llm, entries.len())
    )?;
    for modality in Modality::ALL {
        let count = entries
            .iter()
            .filter(|entry| entry.has_modality(*modality))
            .count();
        if count > 0 {
            writeln!(out, "  modality {:<13} {count:>4}", modality.as_str())?;
        }
    }

    let completeness = Completeness::of(entries.iter().copied());
    writeln!(
        out,
        "\ncompleteness (works lacking a fact; unknown facts are never guessed)"
    )?;
    for (label, count) in completeness.rows() {
        writeln!(out, "  {label:<28} {count:>4}")?;
    }
    Ok(())
}

/// `part` of `whole` in whole percent, rounded half up.
fn percent(part: usize, whole: usize) -> usize {
    if whole == 0 {
        0
    } else {
        (200 * part + whole) / (2 * whole)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_half_up() {
        assert_eq!(percent(1, 2), 50);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 8), 13);
        assert_eq!(percent(0, 0), 0);
    }

    #[test]
    fn every_section_is_there() {
        let entries: Vec<&Entry> = rrg_catalog::entries().iter().collect();
        let mut text = String::new();
        write(&entries, &mut text).unwrap();
        assert!(text.starts_with(&format!("{} works\n", entries.len())));
        for section in [
            "by year",
            "by venue",
            "by kind",
            "with official code",
            "involving an LLM",
            "completeness",
        ] {
            assert!(text.contains(section), "{section} missing:\n{text}");
        }
    }
}
