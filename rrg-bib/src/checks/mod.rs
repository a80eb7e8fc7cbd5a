//! Checks across the entries of a file, after each entry is read: keys and
//! aliases ([`keys`]), the names works go by ([`names`]), one work recorded
//! twice ([`same_work`]), and facts
//! that contradict each other ([`facts`]).

mod facts;
mod keys;
mod names;
mod same_work;

pub use same_work::{SIMILAR_TITLE_THRESHOLD, normalised_title};

use crate::convert::Record;
use crate::diagnostic::Diagnostic;

/// Every check across entries.
pub(crate) fn check(records: &[Record<'_>], out: &mut Vec<Diagnostic>) {
    keys::check(records, out);
    names::check(records, out);
    same_work::check(records, out);
    facts::check(records, out);
}
