//! Lookups and the Markdown list in whatever catalogue this build compiled:
//! the shipped one, or a large synthetic one built with the `reader`
//! feature and `RRG_CATALOG_BIB` (see `scripts/scale.sh`). Each lookup
//! measurement looks up every key (or every alias, or a miss for every key)
//! in key order, so the time per element is the mean time of one `get` over
//! the whole table, cache misses included.
//!
//! `list/markdown` writes the whole Markdown list in the order the build
//! script computed (`LIST_ORDER`); `list/order_at_run_time` is what sorting
//! the entries when the list is written would add to it instead.
//!
//! ```sh
//! cargo bench -p rrg-catalog --bench lookup_any
//! RRG_CATALOG_BIB=target/scale/synthetic-50000.bib \
//!     cargo bench -p rrg-catalog --features reader --bench lookup_any
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::quick;

fn lookups(c: &mut Criterion) {
    let keys: Vec<&str> = rrg_catalog::entries()
        .iter()
        .map(|entry| entry.key)
        .collect();
    let aliases: Vec<&str> = rrg_catalog::aliases().map(|(alias, _)| alias).collect();
    // A key with one character changed at the end is not in the catalogue
    // (keys end in a letter or digit; `~` is neither).
    let misses: Vec<String> = keys.iter().map(|key| format!("{key}~")).collect();
    assert!(keys.iter().all(|key| rrg_catalog::get(key).is_some()));
    assert!(misses.iter().all(|key| rrg_catalog::get(key).is_none()));

    let mut group = c.benchmark_group(format!("get of every name, {} entries", keys.len()));
    let mut each = |name: &str, names: &[&str], found: bool| {
        group.throughput(Throughput::Elements(names.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let hits = names
                    .iter()
                    .filter(|name| rrg_catalog::get(black_box(name)).is_some())
                    .count();
                assert_eq!(hits == names.len(), found);
            })
        });
    };
    each("key", &keys, true);
    if !aliases.is_empty() {
        each("alias", &aliases, true);
    }
    let misses: Vec<&str> = misses.iter().map(String::as_str).collect();
    each("miss", &misses, false);
    group.finish();
}

fn list(c: &mut Criterion) {
    let mut group = c.benchmark_group("list");
    group.throughput(Throughput::Elements(rrg_catalog::entries().len() as u64));
    group.bench_function("markdown", |b| {
        b.iter(|| {
            let mut text = String::with_capacity(1 << 20);
            rrg_catalog::export::markdown::write(rrg_catalog::entries(), &mut text)
                .expect("writing to a String");
            text.len()
        })
    });
    group.bench_function("order_at_run_time", |b| {
        b.iter(|| {
            let mut list: Vec<&rrg_catalog::Entry> =
                black_box(rrg_catalog::entries()).iter().collect();
            list.sort_by(|a, b| a.cmp_for_list(b));
            list.dedup_by(|a, b| a == b);
            list.len()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = quick();
    targets = lookups, list
}
criterion_main!(benches);
