//! The JSON and CSL-JSON exports of the whole catalogue, written to a sink
//! that keeps nothing (needs the `json` feature).

use std::hint::black_box;
use std::io;

use criterion::{Criterion, criterion_group, criterion_main};
use rrg_catalog::export::{csl, json};

mod common;
use common::quick;

fn json_exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    group.bench_function("json", |b| {
        b.iter(|| json::write(black_box(rrg_catalog::entries()), io::sink()).expect("a sink"))
    });
    group.bench_function("csl_json", |b| {
        b.iter(|| csl::write(black_box(rrg_catalog::entries()), io::sink()).expect("a sink"))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = quick();
    targets = json_exports
}
criterion_main!(benches);
