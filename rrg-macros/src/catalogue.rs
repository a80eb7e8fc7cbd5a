//! The catalogue as the macros see it: the same `.bib` file, read by the same
//! reader and validator as rrg-catalog's build script, once per compiler
//! process.

use std::sync::OnceLock;

use rrg_bib::bumpalo::Bump;
use rrg_bib::{Catalog, Rules, Source, load};
use rrg_model::Entry;

/// The name the source is reported under.
const SOURCE_NAME: &str = "data/reference.bib";

/// The catalogue source. `include_str!` makes cargo rebuild the macros, and
/// so every crate that uses them, whenever the file changes.
const SOURCE_TEXT: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/reference.bib"));

/// The lowest Jaro-Winkler similarity at which a key is suggested for a
/// typo. Typos of one or two characters in a catalogue key score above
/// 0.9; unrelated words stay well below.
const SUGGESTION_THRESHOLD: f64 = 0.85;

/// How far below the best match a suggestion may score. Keys share long
/// prefixes (`chen-etal-2020-`), which Jaro-Winkler rewards, so a typo of
/// one key also scores above the threshold against its neighbours; only
/// those about as close as the best are worth naming.
const SUGGESTION_MARGIN: f64 = 0.05;

/// How many keys a did-you-mean help names at most.
const MAX_SUGGESTIONS: usize = 3;

/// The loaded catalogue, or the reader's report when the source is broken.
pub(crate) fn catalogue() -> Result<&'static Catalog<'static>, &'static str> {
    static CATALOGUE: OnceLock<Result<Catalog<'static>, String>> = OnceLock::new();
    CATALOGUE
        .get_or_init(|| {
            // The entries borrow from the arena for the rest of the compiler
            // process; leaking it once is what makes them `'static`.
            let arena: &'static Bump = Box::leak(Box::new(Bump::new()));
            load(
                Source::new(SOURCE_NAME, SOURCE_TEXT),
                arena,
                Rules { catalogue: true },
            )
            .map_err(|report| report.to_string())
        })
        .as_ref()
        .map_err(String::as_str)
}

/// The entry a key or alias names.
pub(crate) fn find<'c>(catalogue: &'c Catalog<'static>, key: &str) -> Option<&'c Entry<'static>> {
    catalogue.get(key).map(|record| &record.entry)
}

/// A key or alias close to a mistyped one.
pub(crate) struct Suggestion {
    /// The key or alias.
    pub name: &'static str,
    /// The entry's key, when `name` is an alias.
    pub alias_of: Option<&'static str>,
}

/// Up to [`MAX_SUGGESTIONS`] keys and aliases most like `typo`, best first,
/// at most one per entry.
pub(crate) fn suggestions(catalogue: &Catalog<'static>, typo: &str) -> Vec<Suggestion> {
    let typo = &typo.to_lowercase();
    let mut scored: Vec<(f64, &'static str, Suggestion)> = catalogue
        .records
        .iter()
        .flat_map(|record| {
            let key = record.entry.key;
            std::iter::once(Suggestion {
                name: key,
                alias_of: None,
            })
            .chain(record.entry.aliases.iter().map(move |alias| Suggestion {
                name: alias,
                alias_of: Some(key),
            }))
            .map(move |suggestion| (strsim::jaro_winkler(typo, suggestion.name), key, suggestion))
        })
        .filter(|(score, _, _)| *score >= SUGGESTION_THRESHOLD)
        .collect();
    scored.sort_by(|(a, _, x), (b, _, y)| b.total_cmp(a).then_with(|| x.name.cmp(y.name)));
    let best = scored.first().map_or(0.0, |(score, _, _)| *score);
    let mut entries = Vec::new();
    scored
        .into_iter()
        .filter(|(score, _, _)| *score >= best - SUGGESTION_MARGIN)
        .filter(|(_, key, _)| {
            let new = !entries.contains(key);
            entries.push(*key);
            new
        })
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, suggestion)| suggestion)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(typo: &str) -> Vec<&'static str> {
        let catalogue = catalogue().expect("the shipped catalogue loads");
        suggestions(catalogue, typo)
            .into_iter()
            .map(|suggestion| suggestion.name)
            .collect()
    }

    #[test]
    fn the_shipped_source_loads() {
        let catalogue = catalogue().expect("the shipped catalogue loads");
        assert!(catalogue.records.len() > 100);
        assert!(find(catalogue, "chen-etal-2020-generating").is_some());
        let alias = find(catalogue, "li-2019-etal-knowledge").expect("an alias resolves");
        assert_eq!(alias.key, "li-etal-2019-knowledge-driven");
        assert!(find(catalogue, "chen-etal-2020-generatin").is_none());
    }

    #[test]
    fn typos_get_the_nearest_keys_first() {
        assert_eq!(
            names("chen-etal-2020-generatin")[0],
            "chen-etal-2020-generating"
        );
        assert_eq!(
            names("Chen-etal-2020-Generating")[0],
            "chen-etal-2020-generating"
        );
        assert_eq!(names("mimic-cx")[0], "mimic-cxr");
        assert!(names("chen-etal-2020-generatin").len() <= MAX_SUGGESTIONS);
    }

    #[test]
    fn only_matches_about_as_close_as_the_best_are_named_once_per_entry() {
        assert_eq!(
            names("chen-etal-2020-generatin"),
            ["chen-etal-2020-generating"]
        );
        assert_eq!(
            names("chen-etal-2021-crossmodal"),
            ["chen-etal-2021-cross-modal", "chen-etal-2023-cross-modal"]
        );
        // The alias scores best; the key of the same entry is not repeated.
        assert_eq!(names("li-etal-2019-knowledge"), ["li-2019-etal-knowledge"]);
    }

    #[test]
    fn nonsense_gets_no_suggestion() {
        assert!(names("qwertyuiop").is_empty());
        assert!(names("").is_empty());
        assert!(names("x").is_empty());
    }

    #[test]
    fn aliases_are_suggested_with_their_key() {
        let catalogue = catalogue().unwrap();
        let found = suggestions(catalogue, "mimic-cx");
        assert_eq!(found[0].name, "mimic-cxr");
        assert!(found[0].alias_of.is_some());
    }
}
