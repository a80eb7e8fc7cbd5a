//! Checks across the entries of a bibliography, after each entry is read:
//! keys and aliases ([`keys`]), the names works go by ([`names`]), one work
//! recorded twice ([`same_work`]), paper links that point at another work
//! ([`links`]), facts that contradict each other ([`facts`]), one short name
//! for each journal ([`venues`]), the entries named to inherit from
//! ([`parents`]) and, for a user's file, the fields biblatex's data model
//! requires ([`required`]).

mod facts;
mod keys;
mod links;
mod names;
mod parents;
mod required;
mod same_work;
mod venues;

pub use same_work::{SIMILAR_TITLE_THRESHOLD, normalised_title};

use crate::convert::{Record, Rules};
use crate::diagnostic::Diagnostic;

/// Every check across entries.
pub(crate) fn check(records: &[Record<'_>], rules: Rules, out: &mut Vec<Diagnostic>) {
    keys::check(records, out);
    names::check(records, out);
    same_work::check(records, rules, out);
    links::check(records, out);
    facts::check(records, out);
    venues::check(records, out);
    if !rules.catalogue {
        let keys = parents::Keys::new(records);
        parents::check(records, &keys, out);
        required::check(records, &keys, out);
    }
}
