// An entry cited twice in one list, by its key or through an alias: the
// error points at the repeat.
use rrg_catalog::{Entry, cite};

const TWICE: &[&Entry] = cite!["chen-etal-2020-generating", "chen-etal-2020-generating"];
const KEY_AFTER_ALIAS: &[&Entry] = cite![
    "mimic-cxr",
    "chen-etal-2020-generating",
    "johnson-etal-2019-mimic-cxr-de-identified"
];
const ALIAS_AFTER_KEY: &[&Entry] = cite!["demner-fushman-etal-2016-preparing", "iu-xray"];

fn main() {
    let _ = (TWICE, KEY_AFTER_ALIAS, ALIAS_AFTER_KEY);
}
