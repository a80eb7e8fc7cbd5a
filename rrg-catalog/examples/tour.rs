//! A tour of the catalogue: what is in it, by year, venue and kind, how much
//! has code, which works involve LLMs, the results table and its rankings
//! (each within one protocol), and what facts are still unknown.
//!
//! Run with `cargo run -p rrg-catalog --example tour`.

use std::collections::BTreeMap;

use rrg_catalog::results::{self, Metric, Provenance};
use rrg_catalog::{Filter, Kind, Modality, entries};

fn main() {
    let all = entries();
    println!(
        "rrg-catalog: {} works on radiology report generation",
        all.len()
    );
    println!("(source sha256 {})\n", &rrg_catalog::SOURCE_SHA256[..16]);

    section("Works per year");
    let mut per_year: BTreeMap<Option<u16>, usize> = BTreeMap::new();
    for entry in all {
        *per_year.entry(entry.year).or_default() += 1;
    }
    for (year, count) in per_year.iter().rev() {
        let year = year.map_or_else(|| "unknown".to_owned(), |y| y.to_string());
        println!("  {year:>7}  {count:>3}  {}", "#".repeat(*count));
    }

    section("Works per venue (two or more)");
    let mut per_venue: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in all {
        *per_venue.entry(entry.venue.short).or_default() += 1;
    }
    let mut venues: Vec<_> = per_venue.into_iter().collect();
    venues.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let singles = venues.iter().filter(|(_, n)| *n == 1).count();
    for (venue, count) in venues.iter().filter(|(_, n)| *n > 1) {
        println!("  {venue:<34} {count:>3}");
    }
    println!("  … and {singles} venues with one work each");

    section("Works per kind (a work may have several)");
    for kind in Kind::ALL {
        println!(
            "  {:<10} {:>3}",
            kind.as_str(),
            rrg_catalog::of_kind(*kind).count()
        );
    }

    section("Code, LLMs and modalities");
    let papers = rrg_catalog::of_kind(Kind::Paper).count();
    let with_code = rrg_catalog::select(Filter::new().kind(Kind::Paper).has_code()).count();
    println!(
        "  papers with official code   {with_code:>3} of {papers} ({:.0}%)",
        100.0 * with_code as f64 / papers as f64
    );
    for modality in Modality::ALL {
        let count = rrg_catalog::about_modality(*modality).count();
        if count > 0 {
            println!("  modality {:<18} {count:>3}", modality.as_str());
        }
    }
    println!(
        "  works involving an LLM      {:>3}:",
        rrg_catalog::involving_llm().count()
    );
    for entry in rrg_catalog::involving_llm() {
        let name = entry
            .short_name
            .filter(|name| !entry.title.starts_with(name))
            .map_or_else(String::new, |name| format!("{name}: "));
        println!(
            "    [{} {}] {name}{}",
            entry.venue.short,
            year(entry),
            entry.title
        );
    }

    section("A lookup, by key, by upstream alias and by name");
    let r2gen = rrg_catalog::entries::CHEN_ETAL_2020_GENERATING;
    let authors: Vec<String> = r2gen.authors.iter().map(ToString::to_string).collect();
    println!("  {}: {}", r2gen.key, r2gen.title);
    println!(
        "    {} — {} {}",
        authors.join(", "),
        r2gen.venue.short,
        year(r2gen)
    );
    if let Some(code) = r2gen.links.code {
        println!("    code: {code}");
    }
    if let Some((alias, key)) = rrg_catalog::aliases().next() {
        println!("  alias {alias} → {key}");
    }
    for name in ["R2Gen", "promptmrg", "KiUT", "MIMIC-CXR"] {
        match rrg_catalog::by_name(name) {
            Ok(entry) => println!("  name {name} → {} ({})", entry.key, year(entry)),
            Err(error) => println!("  name {name}: {error}"),
        }
    }
    let named = all
        .iter()
        .filter(|entry| entry.short_name.is_some())
        .count();
    println!("  {named} of {} works have a name", all.len());

    section("Results, ranked only within one protocol");
    let scores = rrg_catalog::results();
    println!(
        "  {} scores from {} source tables, on {} splits under {} protocols",
        scores.len(),
        results::sources().len(),
        results::splits().len(),
        results::protocols().len()
    );
    for provenance in Provenance::ALL {
        let count = scores
            .iter()
            .filter(|s| s.provenance == *provenance)
            .count();
        println!("    {:<11} {count:>4}", provenance.as_str());
    }
    for (dataset, split, metric) in [
        ("MIMIC-CXR", "rexrank-mimic-cxr-test", Metric::RadCliqV1),
        ("IU X-Ray", "iu-xray-r2gen-test", Metric::Bleu4),
    ] {
        match results::leaderboard(dataset, split, metric) {
            Ok(board) => {
                let order = if metric.lower_is_better() {
                    "lower"
                } else {
                    "higher"
                };
                println!(
                    "  {} on {split}, protocol {} ({order} is better):",
                    metric.label(),
                    board.protocol.id
                );
                for standing in board.standings.iter().take(5) {
                    let score = standing.score;
                    let name = results::known_as(score.work);
                    let mark = if standing.disputed() {
                        " (sources disagree)"
                    } else {
                        ""
                    };
                    println!(
                        "    {:>2}. {:<18} {:>6}  {}{mark}",
                        standing.rank, name, score.value.text, score.provenance
                    );
                }
            }
            Err(error) => println!("  {} on {split}: {error}", metric.label()),
        }
    }
    // Two protocols for one metric: no single ranking.
    if let Err(error) =
        results::leaderboard("MIMIC-CXR", "mimic-cxr-chest-imagenome-test", Metric::CeF1)
    {
        println!("  CE F1 on mimic-cxr-chest-imagenome-test: {error}");
    }

    section("Completeness (unknown facts are never guessed)");
    let report = rrg_catalog::completeness();
    for (what, count) in report.rows() {
        println!("  {what:<28} {count:>3} of {}", report.entries);
    }
    for entry in all.iter().filter(|entry| !entry.unknown.is_empty()) {
        println!("    {} — unknown: {}", entry.key, entry.unknown.join(", "));
    }
}

fn section(title: &str) {
    println!("\n{title}\n{}", "-".repeat(title.chars().count()));
}

fn year(entry: &rrg_catalog::Entry) -> String {
    entry
        .year
        .map_or_else(|| "n.d.".to_owned(), |y| y.to_string())
}
