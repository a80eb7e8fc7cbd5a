// Keys handed on by the user's own macros, as literals or expressions.
macro_rules! cite_lit {
    ($key:literal) => {
        rrg_catalog::cite!($key)
    };
}

macro_rules! cite_expr {
    ($($key:expr),+) => {
        rrg_catalog::cite!($($key),+)
    };
}

fn main() {
    assert_eq!(
        cite_lit!("iu-xray").key,
        "demner-fushman-etal-2016-preparing"
    );
    assert_eq!(
        cite_expr!("iu-xray").key,
        "demner-fushman-etal-2016-preparing"
    );
    assert_eq!(cite_expr!("iu-xray", "mimic-cxr").len(), 2);
}
