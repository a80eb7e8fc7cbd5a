//! Case-insensitive text matching without allocation.

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
    haystack
        .char_indices()
        .any(|(start, _)| starts_with_ignore_case(&haystack[start..], needle))
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    let mut text = text.chars().flat_map(char::to_lowercase);
    prefix
        .chars()
        .flat_map(char::to_lowercase)
        .all(|wanted| text.next() == Some(wanted))
}
