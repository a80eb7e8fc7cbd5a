//! Prints how many entries this build of the catalogue holds, and how many
//! of them are data sets of 2021 to 2024. Built with the `reader` feature
//! and `RRG_CATALOG_FILTER="kind=dataset,year=2021..2024"` the two are equal:
//!
//! ```sh
//! cargo run -p rrg-catalog --example subset
//! RRG_CATALOG_FILTER="kind=dataset,year=2021..2024" \
//!     cargo run -p rrg-catalog --features reader --example subset --target-dir target/subset
//! ```

use rrg_catalog::{Filter, Kind, YearRange};

fn main() {
    let years = YearRange {
        from: Some(2021),
        to: Some(2024),
    };
    for entry in rrg_catalog::entries() {
        assert_eq!(
            rrg_catalog::get(entry.key),
            Some(entry),
            "every key is found"
        );
    }
    for (alias, key) in rrg_catalog::aliases() {
        assert_eq!(
            rrg_catalog::canonical_key(alias),
            Some(key),
            "every alias is found"
        );
    }
    let datasets = rrg_catalog::select(Filter::new().kind(Kind::Dataset).years(years)).count();
    println!(
        "subset {} entries {} aliases {} datasets-2021-2024 {datasets}",
        rrg_catalog::SUBSET.unwrap_or("-"),
        rrg_catalog::entries().len(),
        rrg_catalog::aliases().len(),
    );
}
