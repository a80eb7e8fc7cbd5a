//! What the catalogue costs at run time: lookups, queries, a full pass,
//! the text exports and the results table's queries, on the real catalogue; and the time to a first answer
//! compared with parsing the same `.bib` at start-up.
//!
//! ```sh
//! cargo bench -p rrg-catalog --all-features
//! ```

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rrg_catalog::export::{bibtex, markdown};
use rrg_catalog::{Kind, Modality, YearRange};

mod common;
use common::{Sink, quick};

/// A key of the catalogue, an upstream alias, and a key it does not have.
const HIT: &str = "chen-etal-2020-generating";
const ALIAS: &str = "li-2019-etal-knowledge";
const MISS: &str = "chen-etal-2020-generatinh";

/// The catalogue's source, as a program that parses it at start-up would
/// read it (read from memory here, so that the file system is not timed).
const SOURCE: &str = include_str!("../data/reference.bib");

fn lookup(c: &mut Criterion) {
    assert!(rrg_catalog::get(HIT).is_some() && rrg_catalog::get(ALIAS).is_some());
    assert!(rrg_catalog::get(MISS).is_none());
    let mut group = c.benchmark_group("get");
    for (name, key) in [("hit", HIT), ("miss", MISS), ("alias", ALIAS)] {
        group.bench_function(name, |b| b.iter(|| rrg_catalog::get(black_box(key))));
    }
    group.finish();
}

fn queries(c: &mut Criterion) {
    let mut group = c.benchmark_group("query");
    let range: YearRange = "2021..2023".parse().expect("a valid range");
    group.bench_function("published_in", |b| {
        b.iter(|| rrg_catalog::published_in(black_box(2023)).count())
    });
    group.bench_function("published_between", |b| {
        b.iter(|| rrg_catalog::published_between(black_box(range)).count())
    });
    group.bench_function("at_venue", |b| {
        b.iter(|| rrg_catalog::at_venue(black_box("miccai")).count())
    });
    group.bench_function("of_kind", |b| {
        b.iter(|| rrg_catalog::of_kind(black_box(Kind::Dataset)).count())
    });
    group.bench_function("about_modality", |b| {
        b.iter(|| rrg_catalog::about_modality(black_box(Modality::ChestXray)).count())
    });
    group.bench_function("with_code", |b| b.iter(|| rrg_catalog::with_code().count()));
    group.bench_function("involving_llm", |b| {
        b.iter(|| rrg_catalog::involving_llm().count())
    });
    group.bench_function("search", |b| {
        b.iter(|| rrg_catalog::search(black_box("memory")).count())
    });
    group.bench_function("entries_all", |b| {
        b.iter(|| {
            black_box(rrg_catalog::entries())
                .iter()
                .map(|entry| entry.title.len())
                .sum::<usize>()
        })
    });
    group.bench_function("completeness", |b| b.iter(rrg_catalog::completeness));
    group.finish();
}

fn text_exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    for (name, style) in [
        ("bibtex_canonical", bibtex::Style::Canonical),
        ("bibtex_portable", bibtex::Style::Portable),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut sink = Sink::default();
                bibtex::write(rrg_catalog::entries(), style, &mut sink).expect("a sink");
                sink.bytes
            })
        });
    }
    group.bench_function("markdown", |b| {
        b.iter(|| {
            let mut sink = Sink::default();
            markdown::write(rrg_catalog::entries(), &mut sink).expect("a sink");
            sink.bytes
        })
    });
    group.finish();
}

/// What a program that parses the `.bib` when it starts does before its
/// first answer: parse, index by key, look one key up.
/// The results table: a selection by work (resolved through its name), a
/// ranking, and its refusal to rank across protocols.
fn results(c: &mut Criterion) {
    use rrg_catalog::results::{self, Metric, ScoreFilter};
    let mut group = c.benchmark_group("results");
    group.bench_function("select_work_by_name", |b| {
        b.iter(|| results::select(ScoreFilter::new().work(black_box("R2Gen"))).count())
    });
    group.bench_function("leaderboard", |b| {
        b.iter(|| {
            results::leaderboard(
                black_box("johnson-etal-2019-mimic-cxr-de-identified"),
                "rexrank-mimic-cxr-test",
                Metric::RadCliqV1,
            )
        })
    });
    group.bench_function("leaderboard_refused", |b| {
        b.iter(|| {
            results::leaderboard(
                black_box("johnson-etal-2019-mimic-cxr-de-identified"),
                "mimic-cxr-chest-imagenome-test",
                Metric::CeF1,
            )
        })
    });
    group.finish();
}

fn parse_at_startup(source: &str, key: &str) -> Option<usize> {
    let bibliography = biblatex::Bibliography::parse(source).expect("the catalogue parses");
    let index: HashMap<&str, &biblatex::Entry> = bibliography
        .iter()
        .map(|entry| (entry.key.as_str(), entry))
        .collect();
    index.get(key).map(|entry| entry.fields.len())
}

fn first_answer(c: &mut Criterion) {
    assert!(parse_at_startup(SOURCE, HIT).is_some());
    let mut group = c.benchmark_group("first_answer");
    group.bench_function("compiled", |b| {
        b.iter(|| rrg_catalog::get(black_box(HIT)).map(|entry| entry.title.len()))
    });
    group.bench_function("parse_at_startup", |b| {
        b.iter(|| parse_at_startup(black_box(SOURCE), black_box(HIT)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = quick();
    targets = lookup, queries, text_exports, results, first_answer
}
criterion_main!(benches);
