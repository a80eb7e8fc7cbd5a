// A cited entry is a constant expression: usable in `const` items, in
// const fns and in array lengths.
use rrg_catalog::{Entry, cite};

const R2GEN: &Entry = cite!("chen-etal-2020-generating");
const TITLE: &str = cite!("chen-etal-2020-generating").title;
const TITLE_LEN: usize = cite!("chen-etal-2020-generating").title.len();

const fn year_of(entry: &Entry) -> u16 {
    match entry.year {
        Some(year) => year,
        None => 0,
    }
}

const YEAR: u16 = year_of(cite!("chen-etal-2020-generating"));

fn main() {
    let bytes = [0u8; TITLE_LEN];
    assert_eq!(bytes.len(), R2GEN.title.len());
    assert_eq!(
        TITLE,
        "Generating Radiology Reports via Memory-driven Transformer"
    );
    assert_eq!(YEAR, 2020);
    assert_eq!(R2GEN, rrg_catalog::entries::CHEN_ETAL_2020_GENERATING);
    assert_eq!(
        R2GEN,
        rrg_catalog::get("chen-etal-2020-generating").unwrap()
    );
}
