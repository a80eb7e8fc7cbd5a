//! The hash table of keys and aliases that `rrg_catalog::get` probes.
//!
//! The code generator builds the table with these functions and the
//! catalogue probes it with them, so both hash alike. The table is open
//! addressing with linear probing, at most half full: a slot holds 0 when
//! empty, or one more than a name's number, where names `0..n` are the keys
//! of the `n` entries and the names after them the aliases, in the order of
//! the alias table.

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
