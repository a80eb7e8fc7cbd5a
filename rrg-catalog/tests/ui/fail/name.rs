// A work's name is not a key: the help names the key to cite.
const R2GEN: &rrg_catalog::Entry = rrg_catalog::cite!("R2Gen");

fn main() {
    let _ = R2GEN;
    let _ = rrg_catalog::cite!["chen-etal-2020-generating", "promptmrg"];
}
