// Several keys give a `&'static [&'static Entry]` in the order written.
use rrg_catalog::{Entry, cite};

const BASELINES: &[&Entry] = cite![
    "chen-etal-2021-cross-modal",
    "chen-etal-2020-generating",
    "mimic-cxr",
];
static DATASETS: &[&Entry] = cite!("mimic-cxr", "iu-xray");

fn cited_in_a_function() -> &'static [&'static Entry] {
    let list = cite!["chen-etal-2020-generating", "chen-etal-2021-cross-modal"];
    list
}

fn main() {
    let keys: Vec<&str> = BASELINES.iter().map(|entry| entry.key).collect();
    assert_eq!(
        keys,
        [
            "chen-etal-2021-cross-modal",
            "chen-etal-2020-generating",
            "johnson-etal-2019-mimic-cxr-de-identified",
        ]
    );
    assert_eq!(DATASETS.len(), 2);
    assert_eq!(DATASETS[1].key, "demner-fushman-etal-2016-preparing");
    assert_eq!(cited_in_a_function().len(), 2);
    assert_eq!(cited_in_a_function()[0], BASELINES[1]);

    // One key with a trailing comma is still one entry.
    let one: &'static Entry = cite!("iu-xray",);
    assert_eq!(one, DATASETS[1]);
}
