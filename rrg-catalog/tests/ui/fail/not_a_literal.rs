// Only string literals are keys: the check runs before any value exists.
const KEY: &str = "chen-etal-2020-generating";

fn main() {
    let _ = rrg_catalog::cite!(KEY);
    let _ = rrg_catalog::cite!(chen);
    let _ = rrg_catalog::cite!(r#chen);
    let _ = rrg_catalog::cite!(2020);
    let _ = rrg_catalog::cite!(b"chen-etal-2020-generating");
    let _ = rrg_catalog::cite!(concat!("chen-etal-2020-", "generating"));
    let _ = rrg_catalog::cite!("chen-etal-2020-generating", KEY);
}
