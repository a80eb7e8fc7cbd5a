//! The catalogue against the collected facts: every item represented exactly
//! once, every upstream key still resolving, and the facts carried over.

mod common;

use std::collections::BTreeMap;

use rrg_catalog::Entry;
use serde_json::Value;

struct Item<'v> {
    id: &'v str,
    json: &'v Value,
}

impl<'v> Item<'v> {
    fn str(&self, field: &str) -> Option<&'v str> {
        self.json.get(field).and_then(Value::as_str)
    }

    fn upstream_key(&self) -> Option<&'v str> {
        self.json.get("upstream_bib")?.get("key")?.as_str()
    }

    fn seed_links(&self, text: &'static str) -> Vec<&'v str> {
        let mut links = Vec::new();
        for line in self.json["seed_readme"].as_array().into_iter().flatten() {
            for link in line["links"].as_array().into_iter().flatten() {
                if link["text"].as_str() == Some(text) {
                    links.extend(link["url"].as_str());
                }
            }
        }
        links
    }

    /// The catalogue entries that share an identity with this item.
    fn matches(&self) -> Vec<&'static Entry> {
        let title = common::normalised(self.str("title").unwrap_or_default());
        let mut found: Vec<&'static Entry> = rrg_catalog::entries()
            .iter()
            .filter(|entry| {
                self.upstream_key().is_some_and(|key| entry.answers_to(key))
                    || self.str("arxiv").is_some_and(|id| entry.arxiv == Some(id))
                    || self
                        .str("doi")
                        .is_some_and(|doi| entry.doi.is_some_and(|d| d.eq_ignore_ascii_case(doi)))
                    || common::normalised(entry.title) == title
            })
            .collect();
        found.dedup_by_key(|entry| entry.key);
        found
    }
}

fn with_items(check: impl FnOnce(&[Item<'_>])) {
    let Some(dir) = common::shared_dir() else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("data/catalog-facts.json")).unwrap();
    let facts: Value = serde_json::from_str(&text).unwrap();
    let items: Vec<Item<'_>> = facts["items"]
        .as_array()
        .expect("facts hold an items array")
        .iter()
        .map(|json| Item {
            id: json["id"].as_str().expect("every item has an id"),
            json,
        })
        .collect();
    assert_eq!(items.len(), 111, "the facts describe 111 items");
    check(&items);
}

/// Which entry represents each item; fails unless it is exactly one.
fn representation<'v>(items: &[Item<'v>]) -> BTreeMap<&'v str, &'static Entry> {
    let mut problems = Vec::new();
    let mut map = BTreeMap::new();
    for item in items {
        match item.matches().as_slice() {
            [entry] => {
                map.insert(item.id, *entry);
            }
            [] => problems.push(format!("{}: no entry ({:?})", item.id, item.str("title"))),
            many => problems.push(format!(
                "{}: several entries {:?}",
                item.id,
                many.iter().map(|e| e.key).collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        problems.is_empty(),
        "items not represented exactly once:\n{}",
        problems.join("\n")
    );
    map
}

#[test]
fn every_item_is_represented_by_exactly_one_entry_and_every_entry_by_an_item() {
    with_items(|items| {
        let map = representation(items);
        let claimed: std::collections::BTreeSet<&str> = map.values().map(|e| e.key).collect();
        let unclaimed: Vec<&str> = rrg_catalog::entries()
            .iter()
            .map(|e| e.key)
            .filter(|key| !claimed.contains(key))
            .collect();
        assert!(
            unclaimed.is_empty(),
            "entries no fact item stands for: {unclaimed:?}"
        );
        // Items that share an entry are the merges CURATION.md documents.
        let merged = items.len() - claimed.len();
        assert_eq!(merged, 2, "two pairs of items are one work each");
    });
}

#[test]
fn every_upstream_key_still_resolves() {
    with_items(|items| {
        let map = representation(items);
        for item in items {
            if let Some(key) = item.upstream_key() {
                let entry = rrg_catalog::get(key)
                    .unwrap_or_else(|| panic!("upstream key {key} does not resolve"));
                assert_eq!(
                    entry.key, map[item.id].key,
                    "upstream key {key} resolves to another entry"
                );
            }
        }
    });
}

#[test]
fn facts_of_single_item_entries_are_carried_over_without_guessing() {
    with_items(|items| {
        let map = representation(items);
        let mut shares: BTreeMap<&str, usize> = BTreeMap::new();
        for entry in map.values() {
            *shares.entry(entry.key).or_default() += 1;
        }
        for item in items {
            let entry = map[item.id];
            if shares[entry.key] > 1 {
                continue; // merged works take the published record's facts
            }
            let year = item.json["year"].as_u64().map(|y| y as u16);
            assert_eq!(entry.year, year, "{}: year", entry.key);
            let names: Vec<&str> = item.json["authors"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let truncated = names.last() == Some(&"others");
            let authors = names.len() - usize::from(truncated);
            assert_eq!(
                entry.authors.len(),
                authors,
                "{}: number of authors",
                entry.key
            );
            assert_eq!(
                entry.authors_truncated, truncated,
                "{}: `and others`",
                entry.key
            );
            for (person, name) in entry.authors.iter().zip(&names) {
                let family = common::normalised(person.family);
                assert!(
                    common::normalised(name).contains(&family),
                    "{}: author {person} does not match the facts' {name:?}",
                    entry.key
                );
            }
            if authors == 0 {
                assert!(
                    entry.unknown.contains(&"author"),
                    "{}: unknown authors must be declared",
                    entry.key
                );
            }
            if year.is_none() {
                assert!(
                    entry.unknown.contains(&"year"),
                    "{}: unknown year must be declared",
                    entry.key
                );
            }
            assert_eq!(entry.arxiv, item.str("arxiv"), "{}: arXiv id", entry.key);
            assert_eq!(entry.doi, item.str("doi"), "{}: DOI", entry.key);
            // Ranges are written `--` (an en dash once read); the facts
            // sometimes give a plain hyphen.
            let dashes = |pages: &str| pages.replace("--", "-").replace('\u{2013}', "-");
            assert_eq!(
                entry.pages.map(dashes),
                item.str("pages").map(dashes),
                "{}: pages",
                entry.key
            );
            match item.str("volume") {
                // CoRR's `abs/<id>` volume is the arXiv id, kept as `eprint`.
                Some(corr) if corr.starts_with("abs/") => {
                    assert_eq!(entry.arxiv, corr.strip_prefix("abs/"))
                }
                volume => assert_eq!(entry.volume, volume, "{}: volume", entry.key),
            }
        }
    });
}

#[test]
fn every_code_and_dataset_link_of_the_seed_is_kept() {
    with_items(|items| {
        let map = representation(items);
        for item in items {
            let entry = map[item.id];
            for code in item
                .seed_links("code")
                .into_iter()
                .chain(item.seed_links("GitHub"))
            {
                let kept = [entry.links.code, entry.links.dataset].contains(&Some(code));
                assert!(kept, "{}: code link {code} is missing", entry.key);
            }
            for dataset in item.seed_links("dataset") {
                assert_eq!(
                    entry.links.dataset,
                    Some(dataset),
                    "{}: dataset link",
                    entry.key
                );
            }
            for project in item.seed_links("project") {
                assert_eq!(
                    entry.links.project,
                    Some(project),
                    "{}: project link",
                    entry.key
                );
            }
            for reproduction in item.seed_links("reproduced code") {
                assert_eq!(
                    entry.links.reproduction,
                    Some(reproduction),
                    "{}: reproduction",
                    entry.key
                );
            }
        }
    });
}

#[test]
fn roles_of_merged_items_are_united() {
    with_items(|items| {
        let map = representation(items);
        for item in items {
            let entry = map[item.id];
            for role in item.json["roles"].as_array().into_iter().flatten() {
                let kind: rrg_catalog::Kind = role.as_str().unwrap().parse().unwrap();
                assert!(
                    entry.is(kind),
                    "{}: role {kind} of item {} is lost",
                    entry.key,
                    item.id
                );
            }
        }
    });
}
