//! Reading and matching the public lists against the catalogue, as `rrg
//! import ../shared/data/lists/*.md ../shared/data/lists/*.bib` does
//! (files read from memory, so that the file system is not timed).
//!
//! ```sh
//! cargo bench -p rrg-import
//! ```
//!
//! Without the lists (`RRG_SHARED_DIR` or `../shared`) the benchmark says so
//! and measures nothing.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use rrg_import::{Exclusions, Input};

fn lists() -> Option<Vec<Input>> {
    let dir = std::env::var_os("RRG_SHARED_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
        PathBuf::from,
    );
    let mut inputs = Vec::new();
    for entry in std::fs::read_dir(dir.join("data/lists")).ok()? {
        let path = entry.ok()?.path();
        let is_list = path
            .extension()
            .is_some_and(|ext| ext == "md" || ext == "bib");
        if is_list {
            let name = path.file_name()?.to_string_lossy().into_owned();
            inputs.push(Input::new(name, std::fs::read(&path).ok()?));
        }
    }
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    Some(inputs)
}

fn import(c: &mut Criterion) {
    let Some(inputs) = lists() else {
        eprintln!("the public lists are not beside the repository: nothing measured");
        return;
    };
    let exclusions = Exclusions::from_toml(rrg_catalog::EXCLUDED).unwrap();
    let catalogue = rrg_catalog::entries();
    let mut group = c.benchmark_group("import");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("shared lists", |b| {
        b.iter(|| rrg_import::import(black_box(&inputs), catalogue, &exclusions))
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
