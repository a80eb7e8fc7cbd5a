// A cited entry in statics, and as a `&'static` value anywhere.
use rrg_catalog::{Entry, cite};

static R2GEN: &Entry = cite!("chen-etal-2020-generating");
static PAIR: [&Entry; 2] = [
    cite!("chen-etal-2020-generating"),
    cite!("chen-etal-2021-cross-modal"),
];

struct Experiment {
    name: &'static str,
    method: &'static Entry,
}

static EXPERIMENT: Experiment = Experiment {
    name: "baseline",
    method: cite!("chen-etal-2020-generating"),
};

fn keep_forever() -> &'static Entry {
    let entry = cite!("chen-etal-2021-cross-modal");
    entry
}

fn main() {
    assert_eq!(R2GEN.key, "chen-etal-2020-generating");
    assert_eq!(PAIR[0], R2GEN);
    assert_eq!(PAIR[1].key, "chen-etal-2021-cross-modal");
    assert_eq!(EXPERIMENT.name, "baseline");
    assert_eq!(EXPERIMENT.method, R2GEN);
    assert_eq!(keep_forever(), PAIR[1]);
}
