//! Finding a work by the name researchers call it: `R2Gen`, `PromptMRG`,
//! `MAIRA-2`. Names are not keys: two works may share one, so a name
//! resolves only when it names exactly one work.

use crate::{Entry, entries};

pub use rrg_model::NameError;

/// Every work that goes by `name` (case-insensitive, ASCII-folded; see
/// [`rrg_model::same_name`]), in key order.
///
/// ```
/// let r2gen: Vec<_> = rrg_catalog::named("r2gen").collect();
/// assert_eq!(r2gen.len(), 1);
/// assert_eq!(r2gen[0].key, "chen-etal-2020-generating");
/// ```
pub fn named(name: &str) -> impl Iterator<Item = &'static Entry> + Clone + '_ {
    rrg_model::named(entries(), name)
}

/// The one work that goes by `name`.
///
/// ```
/// let kiut = rrg_catalog::by_name("KiUT").unwrap();
/// assert_eq!(kiut.key, "huang-etal-2023-kiut");
/// assert!(rrg_catalog::by_name("no such method").is_err());
/// ```
///
/// # Errors
///
/// [`NameError::Unknown`] when no work goes by the name,
/// [`NameError::Ambiguous`] when several do; its
/// [`candidates`](NameError::candidates) are those works.
pub fn by_name(name: &str) -> Result<&'static Entry, NameError<'static, '_>> {
    rrg_model::by_name(entries(), name)
}
