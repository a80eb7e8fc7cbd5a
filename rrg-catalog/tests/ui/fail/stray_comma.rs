// A comma with no key before it.
fn main() {
    let _ = rrg_catalog::cite!(,);
    let _ = rrg_catalog::cite!("chen-etal-2020-generating",, "chen-etal-2021-cross-modal");
}
