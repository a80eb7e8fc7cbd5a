// A typo close to an alias: the suggestion says whose alias it is.
fn main() {
    let _ = rrg_catalog::cite!("mimic-cx");
}
