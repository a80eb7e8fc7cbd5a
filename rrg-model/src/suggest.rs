//! "Did you mean …?": the one place that decides which known name a
//! mistyped one was meant to be, for keys (`cite!`, the command line), lint
//! codes, field names and the values of closed vocabularies.
//!
//! Two names are alike when their Jaro–Winkler similarity is at least
//! [`THRESHOLD`]; when several are, those within [`MARGIN`] of the best are
//! offered, best first. Jaro–Winkler weighs a shared beginning, which is
//! what typos of keys (`chen-etal-2020-generatng`) and codes keep.

/// The least Jaro–Winkler similarity (0 to 1) at which a known name is
/// offered for a mistyped one.
pub const THRESHOLD: f64 = 0.85;

/// How far below the best similarity another name may be and still be
/// offered.
pub const MARGIN: f64 = 0.05;

/// Names shorter than this are not corrected: too little to go on.
pub const MIN_LEN: usize = 3;

/// The known names alike to `typo` (see the [module](self)), best first,
/// ties in the order given. `name` says what each candidate is called.
///
/// ```
/// use rrg_model::suggest;
///
/// let codes = ["duplicate-key", "duplicate-field", "empty-field"];
/// let found = suggest::ranked("duplicate-fild", codes, |code| code);
/// assert_eq!(found, ["duplicate-field"]);
/// assert!(suggest::ranked("xyz", codes, |code| code).is_empty());
/// ```
pub fn ranked<C>(
    typo: &str,
    candidates: impl IntoIterator<Item = C>,
    name: impl Fn(&C) -> &str,
) -> std::vec::Vec<C> {
    if typo.chars().count() < MIN_LEN {
        return std::vec::Vec::new();
    }
    let mut scored: std::vec::Vec<(f64, usize, C)> = candidates
        .into_iter()
        .enumerate()
        .map(|(order, candidate)| {
            (
                strsim::jaro_winkler(typo, name(&candidate)),
                order,
                candidate,
            )
        })
        .filter(|(score, _, _)| *score >= THRESHOLD)
        .collect();
    scored.sort_by(|(a, i, _), (b, j, _)| b.total_cmp(a).then(i.cmp(j)));
    let best = scored.first().map_or(0.0, |(score, _, _)| *score);
    scored
        .into_iter()
        .take_while(|(score, _, _)| *score >= best - MARGIN)
        .map(|(_, _, candidate)| candidate)
        .collect()
}

/// The known name most like `typo`, if one is alike (see the [module](self)).
///
/// ```
/// let fields = ["author", "title", "year"];
/// assert_eq!(rrg_model::suggest::nearest("titel", fields), Some("title"));
/// assert_eq!(rrg_model::suggest::nearest("publisher", fields), None);
/// ```
pub fn nearest<'c>(typo: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    ranked(typo, candidates, |name| name).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alike_names_best_first_and_within_the_margin() {
        let keys = [
            "chen-etal-2020-generating",
            "chen-etal-2021-cross-modal",
            "wang-2022-x",
        ];
        assert_eq!(
            ranked("chen-etal-2020-generatng", keys, |key| key),
            ["chen-etal-2020-generating"]
        );
        // Equal scores keep the order given.
        assert_eq!(
            ranked("abcd", ["abce", "abcf"], |name| name),
            ["abce", "abcf"]
        );
        assert_eq!(nearest("ab", ["ab", "abc"]), None, "too short to correct");
    }
}
