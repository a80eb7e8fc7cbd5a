//! BibTeX (biblatex) in the catalogue's canonical form, or in the portable
//! form that biber validates without a warning.
//!
//! Both come from [`rrg_model::bibtex`]: see there what each form writes.
//! The canonical form reads back, with `rrg-bib`, as the same entries.

use core::fmt;

pub use rrg_model::bibtex::Style;

use crate::Entry;

/// Writes `entries` in the given style, in the order given.
///
/// ```
/// use rrg_catalog::export::bibtex::{Style, write};
///
/// let r2gen = rrg_catalog::get("chen-etal-2020-generating").unwrap();
/// let mut bib = String::new();
/// write([r2gen], Style::Portable, &mut bib)?;
/// assert!(bib.contains("  keywords = {paper, chest-xray},\n"));
/// assert!(!bib.contains("code = {"), "the portable form has no custom fields");
/// # Ok::<(), core::fmt::Error>(())
/// ```
pub fn write<'e>(
    entries: impl IntoIterator<Item = &'e Entry>,
    style: Style,
    out: &mut impl fmt::Write,
) -> fmt::Result {
    rrg_model::bibtex::write_entries_as(entries, style, out)
}

/// The `entries` in the given style, as a string.
pub fn to_string<'e>(entries: impl IntoIterator<Item = &'e Entry>, style: Style) -> String {
    let mut text = String::new();
    write(entries, style, &mut text).expect("writing to a String cannot fail");
    text
}
