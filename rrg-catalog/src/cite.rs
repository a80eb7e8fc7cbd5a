//! Compile-time checked citations: [`cite!`](crate::cite) and
//! [`bibliography!`](crate::bibliography).
//!
//! Both are thin `macro_rules!` wrappers that hand their `$crate` path to the
//! procedural macros of rrg-macros, so that the expansion names this crate
//! correctly however a user has named the dependency, and users never
//! depend on rrg-macros themselves.

/// The procedural halves of the macros. Not part of the public API: call
/// [`cite!`](crate::cite) and [`bibliography!`](crate::bibliography).
#[doc(hidden)]
pub mod __private {
    pub use rrg_macros::*;
}

/// A catalogue entry, checked at compile time: `cite!("key")` is the
/// `&'static Entry` with that key or alias, and a key the catalogue does not
/// have is a compile error at the literal.
///
/// ```
/// use rrg_catalog::{Entry, cite};
///
/// // In constants and statics: no lookup at run time.
/// const R2GEN: &Entry = cite!("chen-etal-2020-generating");
/// static MIMIC: &Entry = cite!("johnson-etal-2019-mimic-cxr-de-identified");
///
/// assert_eq!(R2GEN.title, "Generating Radiology Reports via Memory-driven Transformer");
/// assert_eq!(R2GEN, rrg_catalog::entries::CHEN_ETAL_2020_GENERATING);
///
/// // An alias (an upstream key kept for compatibility) names the same entry.
/// assert_eq!(cite!("mimic-cxr"), MIMIC);
/// ```
///
/// Two or more keys, comma-separated (a trailing comma is fine), give an
/// `&'static [&'static Entry]` in the order written; `cite![…]` reads well
/// for that:
///
/// ```
/// use rrg_catalog::{Entry, cite};
///
/// const BASELINES: &[&Entry] = cite![
///     "chen-etal-2020-generating",
///     "chen-etal-2021-cross-modal",
/// ];
/// assert_eq!(BASELINES[1].key, "chen-etal-2021-cross-modal");
///
/// fn datasets() -> &'static [&'static Entry] {
///     cite!("johnson-etal-2019-mimic-cxr-de-identified", "iu-xray")
/// }
/// assert_eq!(datasets().len(), 2);
/// ```
///
/// # Errors at compile time
///
/// Every key is a plain string literal; anything else (a variable, a
/// constant, `concat!`, a number) is an error, since the check happens
/// before any value exists. A key that is neither a key nor an alias of the
/// catalogue is an error at the literal, with the nearest keys as help:
///
/// ```compile_fail
/// let entry = rrg_catalog::cite!("chen-etal-2020-generatin");
/// ```
///
/// ```text
/// error: unknown catalogue key "chen-etal-2020-generatin"
///        = help: did you mean "chen-etal-2020-generating"?
///  --> src/main.rs:2:36
///   |
/// 2 |     let entry = rrg_catalog::cite!("chen-etal-2020-generatin");
///   |                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^
/// ```
///
/// Naming one entry twice in a list, by its key or an alias, is an error at
/// the second literal:
///
/// ```compile_fail
/// let entries = rrg_catalog::cite!["mimic-cxr", "johnson-etal-2019-mimic-cxr-de-identified"];
/// ```
///
/// So are an empty `cite!()` and anything but commas between the keys.
///
/// One key gives an entry, two or more a slice: for a slice of one entry,
/// write `&[cite!("key")]`.
#[macro_export]
macro_rules! cite {
    ($($keys:tt)*) => {
        $crate::__private::cite!($crate; $($keys)*)
    };
}

/// The BibTeX of catalogue entries, checked and written at compile time:
/// an `&'static str` with the entries of the keys given, in that order, as
/// BibTeX for biber: the form `rrg export --format bibtex` writes, with only
/// what biblatex's data model knows ([`Style::Portable`](rrg_model::bibtex::Style::Portable)).
///
/// An experiment can print exactly what its write-up must cite:
///
/// ```
/// const REFERENCES: &str = rrg_catalog::bibliography!(
///     "chen-etal-2020-generating",
///     "mimic-cxr",
/// );
///
/// assert!(REFERENCES.starts_with("@inproceedings{chen-etal-2020-generating,\n"));
/// // An alias is written as the entry it names, under the entry's own key.
/// assert!(REFERENCES.contains("@article{johnson-etal-2019-mimic-cxr-de-identified,\n"));
/// assert!(REFERENCES.contains("  keywords = {dataset"), "roles as keywords, for biber");
/// print!("{REFERENCES}");
/// ```
///
/// It takes keys as [`cite!`](crate::cite) does and rejects what `cite!`
/// rejects, at the offending literal:
///
/// ```compile_fail
/// const REFERENCES: &str = rrg_catalog::bibliography!("chen-etal-2020-generatin");
/// ```
#[macro_export]
macro_rules! bibliography {
    ($($keys:tt)*) => {
        $crate::__private::bibliography!($crate; $($keys)*)
    };
}

#[cfg(test)]
mod tests {
    use crate::Entry;

    const ONE: &Entry = cite!("chen-etal-2020-generating");
    const LIST: &[&Entry] = cite!["chen-etal-2020-generating", "mimic-cxr",];
    const BIB: &str = bibliography!("chen-etal-2020-generating");

    #[test]
    fn the_macros_work_inside_the_crate_too() {
        assert_eq!(ONE.key, "chen-etal-2020-generating");
        assert_eq!(LIST.len(), 2);
        assert_eq!(LIST[0], ONE);
        assert!(BIB.starts_with("@inproceedings{chen-etal-2020-generating,"));
    }

    #[test]
    fn the_macros_check_against_the_source_the_constants_come_from() {
        assert_eq!(
            super::__private::catalogue_sha256!(),
            crate::SOURCE_SHA256,
            "cite! checks keys against another catalogue than the constants were generated \
             from: after editing data/reference.bib run `cargo run -p rrg-cli -- regenerate` \
             (rrg-macros/src/generated/catalog.rs is a link to the shipped copy); cite! does \
             not follow RRG_CATALOG_BIB"
        );
    }
}
