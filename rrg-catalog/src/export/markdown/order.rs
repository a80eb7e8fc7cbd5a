//! The order of the Markdown list, computed by the build script.
//!
//! The list is ordered newest first, then by venue, title and key
//! ([`Entry::cmp_for_list`]). Sorting the entries when the list is written
//! would cost about half as much again as writing it: at 1,000 entries,
//! 0.52 ms to collect, sort and deduplicate them against 1.06 ms to write
//! the whole list (criterion medians, `cargo bench -p rrg-catalog --bench
//! lookup_any -- list` on a synthetic catalogue of 1,000 entries). So the
//! build script writes the order once (`LIST_ORDER`), a selection of the
//! catalogue's entries is marked in a set of bits on the stack, and writing
//! the list of catalogue entries allocates nothing. Entries made by hand
//! are sorted here and merged in.

use crate::Entry;

/// The entries to list, each once, in the list's order
/// ([`Entry::cmp_for_list`]).
///
/// Entries of the catalogue are marked in a set of bits on the stack and
/// come out in `LIST_ORDER`, which the build script sorted, so listing
/// them allocates nothing. Entries from elsewhere (built by hand) are
/// sorted here, in a vector, and merged in.
pub(super) struct List<'e> {
    chosen: [u64; WORDS],
    others: Vec<&'e Entry>,
}

const WORDS: usize = crate::generated::ENTRY_COUNT.div_ceil(64);

impl<'e> List<'e> {
    pub(super) fn of(entries: impl IntoIterator<Item = &'e Entry>) -> Self {
        let mut list = List {
            chosen: [0; WORDS],
            others: Vec::new(),
        };
        for entry in entries {
            match crate::index_of(entry) {
                Some(index) => list.chosen[index / 64] |= 1 << (index % 64),
                None => list.others.push(entry),
            }
        }
        list.others.sort_by(|a, b| a.cmp_for_list(b));
        list.others.dedup_by(|a, b| a == b);
        list
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = &'e Entry> + '_ {
        let all = crate::entries();
        let catalogue = crate::generated::LIST_ORDER
            .iter()
            .map(|&index| index as usize)
            .filter(|index| self.chosen[index / 64] & (1 << (index % 64)) != 0)
            .map(move |index| &all[index]);
        Merge {
            a: catalogue.peekable(),
            b: self.others.iter().copied().peekable(),
        }
    }
}

/// Two iterators sorted in the list's order, merged into one.
struct Merge<A: Iterator, B: Iterator> {
    a: core::iter::Peekable<A>,
    b: core::iter::Peekable<B>,
}

impl<'e, A, B> Iterator for Merge<A, B>
where
    A: Iterator<Item = &'e Entry>,
    B: Iterator<Item = &'e Entry>,
{
    type Item = &'e Entry;

    fn next(&mut self) -> Option<&'e Entry> {
        match (self.a.peek(), self.b.peek()) {
            (Some(a), Some(b)) if b.cmp_for_list(a).is_lt() => self.b.next(),
            (Some(_), _) => self.a.next(),
            (None, _) => self.b.next(),
        }
    }
}
