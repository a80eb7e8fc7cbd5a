//! The catalogue as the macros see it: the key table and lookup table that
//! rrg-catalog's generator writes with its constants (`src/generated/`
//! holds links to the files rrg-catalog ships, which packaging turns into
//! copies), so nothing is read or parsed while macros expand.

use rrg_model::lookup::KeyRow;

/// An entry as the macros see it: key, names, year and BibTeX.
pub(crate) type Row = KeyRow<'static>;

#[allow(dead_code, missing_docs, clippy::all)]
mod generated {
    include!("generated/keys.rs");
}

#[allow(clippy::all)]
mod table {
    include!("generated/lookup.rs");
}

/// SHA-256 of the `.bib` source the constants were generated from.
pub(crate) const SOURCE_SHA256: &str = generated::SOURCE_SHA256;

/// How many keys a did-you-mean help names at most.
const MAX_SUGGESTIONS: usize = 3;

/// The works that go by a name (`R2Gen`): a name is no key, but the help
/// of an unknown key can say which key to use.
pub(crate) fn named(name: &str) -> Vec<&'static Row> {
    generated::KEYS
        .iter()
        .filter(|row| row.names.iter().any(|own| rrg_model::same_name(own, name)))
        .collect()
}

/// The entry a key or alias names.
pub(crate) fn find(key: &str) -> Option<&'static Row> {
    rrg_model::lookup::find(&generated::KEYS, &generated::ALIASES, &table::SLOTS, key)
}

/// A key or alias close to a mistyped one.
pub(crate) struct Suggestion {
    /// The key or alias.
    pub name: &'static str,
    /// The entry's key, when `name` is an alias.
    pub alias_of: Option<&'static str>,
}

/// Up to [`MAX_SUGGESTIONS`] keys and aliases most like `typo` (by
/// [`rrg_model::suggest`]), best first, at most one per entry.
pub(crate) fn suggestions(typo: &str) -> Vec<Suggestion> {
    let keys = generated::KEYS.iter().map(|row| Suggestion {
        name: row.key,
        alias_of: None,
    });
    let aliases = generated::ALIASES.iter().map(|&(alias, index)| Suggestion {
        name: alias,
        alias_of: Some(generated::KEYS[index as usize].key),
    });
    let candidates = keys.chain(aliases);
    let mut entries = Vec::new();
    rrg_model::suggest::ranked(&typo.to_lowercase(), candidates, |suggestion| {
        suggestion.name
    })
    .into_iter()
    .filter(|suggestion| {
        let key = suggestion.alias_of.unwrap_or(suggestion.name);
        let new = !entries.contains(&key);
        entries.push(key);
        new
    })
    .take(MAX_SUGGESTIONS)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(typo: &str) -> Vec<&'static str> {
        suggestions(typo)
            .into_iter()
            .map(|suggestion| suggestion.name)
            .collect()
    }

    #[test]
    fn keys_and_aliases_are_found() {
        assert!(generated::KEYS.len() > 100);
        assert!(find("chen-etal-2020-generating").is_some());
        let alias = find("li-2019-etal-knowledge").expect("an alias resolves");
        assert_eq!(alias.key, "li-etal-2019-knowledge-driven");
        assert!(find("chen-etal-2020-generatin").is_none());
        // Every key and alias is found through the hash table.
        for row in &generated::KEYS {
            assert_eq!(find(row.key).map(|found| found.key), Some(row.key));
        }
        for &(alias, index) in &generated::ALIASES {
            let key = generated::KEYS[index as usize].key;
            assert_eq!(find(alias).map(|found| found.key), Some(key));
        }
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
            ["chen-etal-2021-cross-modal", "chen-etal-2025-cross-modal"]
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
        let found = suggestions("mimic-cx");
        assert_eq!(found[0].name, "mimic-cxr");
        assert!(found[0].alias_of.is_some());
    }
}
