//! The hash table of keys and aliases that `rrg_catalog::get` probes.
//!
//! The code generator builds the table with [`hash`] and [`table_len`], and
//! [`find`] probes it, for the catalogue and for its macros alike. The table is open
//! addressing with linear probing, at most half full: a slot holds 0 when
//! empty, or one more than a name's number, where names `0..n` are the keys
//! of the `n` entries and the names after them the aliases, in the order of
//! the alias table.

use crate::Entry;

/// What has a key that [`find`] can compare.
pub trait Keyed {
    /// The key.
    fn key(&self) -> &str;
}

impl Keyed for Entry<'_> {
    fn key(&self) -> &str {
        self.key
    }
}

/// What the catalogue's macros need of an entry (generated as `KEYS`):
/// its key, names and year, and its BibTeX for biber, without its other
/// facts as Rust values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRow<'a> {
    /// The key.
    pub key: &'a str,
    /// The names the work is known by, the main one first.
    pub names: &'a [&'a str],
    /// The year of publication.
    pub year: Option<u16>,
    /// The entry as BibTeX for biber ([`crate::bibtex::Style::Portable`]).
    pub bibtex: &'a str,
}

impl Keyed for KeyRow<'_> {
    fn key(&self) -> &str {
        self.key
    }
}

/// The hash of a key or alias: eight bytes at a time, multiply and rotate.
/// Not for untrusted input (it is not keyed); the names it hashes are fixed
/// at build time.
#[inline]
pub fn hash(key: &str) -> u64 {
    const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes = key.as_bytes();
    let mix = |state: u64, word: u64| (state ^ word).wrapping_mul(MULTIPLIER).rotate_left(31);
    let word = |eight: &[u8]| {
        let mut word = [0; 8];
        word.copy_from_slice(eight);
        u64::from_le_bytes(word)
    };
    let mut state = bytes.len() as u64;
    if bytes.len() < 8 {
        let mut short = 0;
        for (at, byte) in bytes.iter().enumerate() {
            short |= u64::from(*byte) << (8 * at);
        }
        state = mix(state, short);
    } else {
        let mut words = bytes.chunks_exact(8);
        for eight in &mut words {
            state = mix(state, word(eight));
        }
        if !words.remainder().is_empty() {
            // The last eight bytes, overlapping the last whole word.
            state = mix(state, word(&bytes[bytes.len() - 8..]));
        }
    }
    state ^ (state >> 29)
}

/// The number of slots for `names` keys and aliases: a power of two, at
/// least twice as many.
pub fn table_len(names: usize) -> usize {
    (names * 2).next_power_of_two().max(8)
}

/// The entry whose key or alias is `key`, in generated tables: `entries`
/// (names `0..n`), `aliases` (each alias with the index of its entry in
/// `entries`) and `slots`, the hash table over both. One or two names are
/// compared, since the table is at most half full.
#[inline]
pub fn find<'e, T: Keyed>(
    entries: &'e [T],
    aliases: &[(&str, u32)],
    slots: &[u32],
    key: &str,
) -> Option<&'e T> {
    let mask = slots.len() - 1;
    let mut at = hash(key) as usize & mask;
    loop {
        let number = slots[at].checked_sub(1)? as usize;
        let (name, index) = match entries.get(number) {
            Some(entry) => (entry.key(), number),
            None => {
                let (alias, index) = aliases[number - entries.len()];
                (alias, index as usize)
            }
        };
        if name == key {
            return Some(&entries[index]);
        }
        at = (at + 1) & mask;
    }
}
