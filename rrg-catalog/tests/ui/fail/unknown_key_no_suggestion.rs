// A key like no other gets no did-you-mean, only where to look.
fn main() {
    let _ = rrg_catalog::cite!("qwertyuiop");
}
