// A typo in a key: an error at the literal with the nearest keys.
fn main() {
    let _ = rrg_catalog::cite!("chen-etal-2020-generatin");
}
