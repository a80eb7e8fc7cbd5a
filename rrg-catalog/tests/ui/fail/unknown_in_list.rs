// Every unknown key of a list is reported, each at its own literal.
use rrg_catalog::{Entry, cite};

const CITED: &[&Entry] = cite![
    "chen-etal-2020-generating",
    "chen-etal-2021-crossmodal",
    "no-such-key"
];

fn main() {
    let _ = CITED;
}
