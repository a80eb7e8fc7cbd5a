// Keys are separated by commas, and nothing follows the last one.
fn main() {
    let _ = rrg_catalog::cite!("chen-etal-2020-generating" "chen-etal-2021-cross-modal");
    let _ = rrg_catalog::cite!("chen-etal-2020-generating";);
    let _ = rrg_catalog::cite!("chen-etal-2020-generating" + 1);
}
