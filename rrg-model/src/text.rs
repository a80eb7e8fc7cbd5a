//! Case-insensitive text matching and ordering without allocation.
//!
//! Characters compare by their lowercase forms (`char::to_lowercase`, one
//! character at a time). Text that is all ASCII, as most titles and venues
//! are, takes a byte-wise path that gives the same answers faster.

use core::cmp::Ordering;

/// Whether `haystack` contains `needle`, comparing characters by their
/// lowercase forms. An empty needle is contained in every haystack.
///
/// ```
/// use rrg_model::contains_ignore_case;
/// assert!(contains_ignore_case("Generating Radiology Reports", "radiology"));
/// assert!(contains_ignore_case("Ünal", "ÜN"));
/// assert!(!contains_ignore_case("CheXpert", "mimic"));
/// ```
pub fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if haystack.is_ascii() && needle.is_ascii() {
        // Lowercasing ASCII is byte for byte, so a window of the haystack
        // matches exactly when its bytes match ignoring ASCII case.
        return haystack
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle.as_bytes()));
    }
    haystack
        .char_indices()
        .any(|(start, _)| starts_with_ignore_case(&haystack[start..], needle))
}

/// Whether `a` and `b` are equal, comparing characters by their lowercase
/// forms.
///
/// ```
/// use rrg_model::eq_ignore_case;
/// assert!(eq_ignore_case("MICCAI", "miccai"));
/// assert!(eq_ignore_case("Ünal", "ÜNAL"));
/// assert!(!eq_ignore_case("ACL", "EACL"));
/// ```
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    // Two different ASCII first letters settle it without reading the rest
    // (a filter compares one name with every entry's venue titles).
    if let (Some(x), Some(y)) = (a.as_bytes().first(), b.as_bytes().first()) {
        if x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(y) {
            return false;
        }
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    lowercase(a).eq(lowercase(b))
}

/// `a` against `b`, comparing characters by their lowercase forms: the
/// order of `a.to_lowercase().cmp(&b.to_lowercase())` without building
/// either string (it differs only for a final capital sigma, which
/// `str::to_lowercase` writes as `ς`).
///
/// ```
/// use core::cmp::Ordering;
/// use rrg_model::cmp_ignore_case;
/// assert_eq!(cmp_ignore_case("alpha", "Beta"), Ordering::Less);
/// assert_eq!(cmp_ignore_case("MICCAI", "miccai"), Ordering::Equal);
/// assert_eq!(cmp_ignore_case("Zürich", "zurich"), Ordering::Greater);
/// ```
pub fn cmp_ignore_case(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        let a = a.bytes().map(|byte| byte.to_ascii_lowercase());
        return a.cmp(b.bytes().map(|byte| byte.to_ascii_lowercase()));
    }
    lowercase(a).cmp(lowercase(b))
}

fn lowercase(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().flat_map(char::to_lowercase)
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    let mut text = lowercase(text);
    lowercase(prefix).all(|wanted| text.next() == Some(wanted))
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;

    /// Pairs of ASCII and non-ASCII text on which the fast paths and the
    /// character-wise paths must agree.
    const TEXTS: &[&str] = &[
        "",
        "a",
        "A",
        "MICCAI",
        "miccai",
        "Memory-driven Transformer",
        "memory",
        "Ünal",
        "ünal",
        "Zürich",
        "zurich",
        "KELVIN \u{212A}",
        "kelvin k",
        "İstanbul",
        "i\u{307}stanbul",
    ];

    #[test]
    fn fast_paths_agree_with_lowercased_strings() {
        for a in TEXTS {
            for b in TEXTS {
                let (lower_a, lower_b) = (a.to_lowercase(), b.to_lowercase());
                assert_eq!(
                    contains_ignore_case(a, b),
                    lower_a.contains(&lower_b),
                    "{a:?} contains {b:?}"
                );
                assert_eq!(eq_ignore_case(a, b), lower_a == lower_b, "{a:?} = {b:?}");
                assert_eq!(
                    cmp_ignore_case(a, b),
                    lower_a.cmp(&lower_b),
                    "{a:?} <> {b:?}"
                );
            }
        }
        // The cases the ASCII path must not take: a non-ASCII character that
        // lowercases to ASCII.
        assert!(contains_ignore_case("KELVIN \u{212A}", "kelvin k"));
    }
}
