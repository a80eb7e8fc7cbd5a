//! Mapping citation keys to Rust identifiers.

/// The constant name of a key: ASCII uppercase, every other character
/// `_`, and a leading `_` if it would start with a digit.
///
/// ```
/// assert_eq!(rrg_model::const_name("chen-etal-2020-generating"), "CHEN_ETAL_2020_GENERATING");
/// assert_eq!(rrg_model::const_name("10356722"), "_10356722");
/// ```
pub fn const_name(key: &str) -> String {
    let mut name: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) || name.is_empty() {
        name.insert(0, '_');
    }
    name
}
