// `bibliography!` checks its keys as `cite!` does.
const REFERENCES: &str =
    rrg_catalog::bibliography!("chen-etal-2020-generatin", "iu-xray", "mimic-cxr");
const NOTHING: &str = rrg_catalog::bibliography!();
const NOT_A_KEY: &str = rrg_catalog::bibliography!(REFERENCES);

fn main() {
    let _ = (REFERENCES, NOTHING, NOT_A_KEY);
}
