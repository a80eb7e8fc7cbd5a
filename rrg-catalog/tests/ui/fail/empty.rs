// A citation needs a key.
fn main() {
    let _ = rrg_catalog::cite!();
    let _ = rrg_catalog::cite![];
}
