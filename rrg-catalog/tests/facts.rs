//! The catalogue against the collected facts: every item represented exactly
//! once, every upstream key still resolving, and the facts carried over —
//! as the corrections of 2026-12 amend them, each applied or left open as
//! CURATION.md says.

mod common;

use std::collections::BTreeMap;

use rrg_catalog::Entry;
use serde_json::Value;

/// The fact files beside the repository and how many items each describes:
/// the first curation's, and the works the survey's README added later.
const FACT_FILES: &[(&str, usize)] = &[
    ("data/catalog-facts.json", 111),
    ("data/upstream-2025-facts.json", 11),
];

/// The corrections found after the first curation.
const CORRECTIONS: (&str, usize) = ("data/corrections-2026-12.json", 29);

/// Corrections marked `uncertain` that a bibliographic record confirmed, so
/// they are applied; CURATION.md ("Corrections of 2026-12") names the record.
/// Every other uncertain correction is left open and must not be applied.
const CONFIRMED_BY_A_RECORD: &[&str] = &["c012", "c013"];

/// Facts that the record behind an applied correction gives beyond its
/// `proposed` value, or instead of a part of it, applied with it
/// (CURATION.md names each). An author list is written as in `.bib`.
const ALSO_FROM_THE_RECORD: &[(&str, &str, &str)] = &[
    ("c003", "doi", "10.18653/v1/2020.findings-emnlp.176"),
    ("c012", "pages", "385--402"),
    ("c013", "year", "2023"),
    ("c013", "doi", "10.1109/TNNLS.2023.3343391"),
    (
        "c013",
        "author",
        "Xu, Zhenghua and Xu, Wenting and Wang, Ruizhi and Chen, Junyang and Qi, Chang and Lukasiewicz, Thomas",
    ),
    ("c025", "doi", "10.18653/v1/2023.findings-emnlp.977"),
];

/// The facts the record behind correction `id` gives, as JSON values.
fn from_the_record(id: &str) -> impl Iterator<Item = (&'static str, Value)> + '_ {
    ALSO_FROM_THE_RECORD
        .iter()
        .filter(move |(of, _, _)| *of == id)
        .map(|(_, field, text)| {
            let value = match *field {
                "year" => Value::from(text.parse::<u64>().expect("a year")),
                "author" => Value::from(text.split(" and ").collect::<Vec<_>>()),
                _ => Value::from(*text),
            };
            (*field, value)
        })
}

/// Parts of a proposed value that the catalogue settles otherwise, by a
/// written rule of CURATION.md: the AMIA Joint Summits proceedings, which
/// PubMed files as a journal, are `@inproceedings` like the other
/// proceedings papers a record types as articles.
const SETTLED_OTHERWISE: &[(&str, &str, &str)] = &[("c009", "entry_type", "inproceedings")];

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

fn read_json(dir: &std::path::Path, file: &str) -> Value {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{} cannot be read: {error}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn with_items(check: impl FnOnce(&[Item<'_>])) {
    let Some(dir) = common::shared_dir() else {
        return;
    };
    let files: Vec<(Value, usize)> = FACT_FILES
        .iter()
        .map(|(file, count)| (read_json(&dir, file), *count))
        .collect();
    let mut items = Vec::new();
    for ((file, _), (facts, count)) in FACT_FILES.iter().zip(&files) {
        let these = facts["items"]
            .as_array()
            .expect("facts hold an items array");
        assert_eq!(these.len(), *count, "{file} describes {count} items");
        items.extend(these.iter().map(|json| Item {
            id: json["id"].as_str().expect("every item has an id"),
            json,
        }));
    }
    check(&items);
}

/// One correction of 2026-12.
struct Correction<'v> {
    id: &'v str,
    key: &'v str,
    field: &'v str,
    json: &'v Value,
}

impl Correction<'_> {
    fn applied(&self) -> bool {
        self.json["confidence"] == "confirmed" || CONFIRMED_BY_A_RECORD.contains(&self.id)
    }

    /// The entry it corrects: the key it names resolves, as a key or as an
    /// alias once the key has changed.
    fn entry(&self) -> &'static Entry {
        rrg_catalog::get(self.key)
            .unwrap_or_else(|| panic!("{}: key {} no longer resolves", self.id, self.key))
    }

    /// What the entry must hold for `field`: the proposed value where the
    /// correction is applied, the current one where it is left open; with
    /// the settlements above.
    fn expected(&self, field: &str, value: &Value) -> Value {
        if !self.applied() {
            return value.clone();
        }
        SETTLED_OTHERWISE
            .iter()
            .find(|(id, name, _)| *id == self.id && *name == field)
            .map_or_else(|| value.clone(), |(_, _, settled)| Value::from(*settled))
    }
}

fn with_corrections(check: impl FnOnce(&[Correction<'_>])) {
    let Some(dir) = common::shared_dir() else {
        return;
    };
    let json = read_json(&dir, CORRECTIONS.0);
    let corrections: Vec<Correction<'_>> = json["corrections"]
        .as_array()
        .expect("the corrections are an array")
        .iter()
        .map(|json| Correction {
            id: json["id"].as_str().unwrap(),
            key: json["key"].as_str().unwrap(),
            field: json["field"].as_str().unwrap(),
            json,
        })
        .collect();
    assert_eq!(corrections.len(), CORRECTIONS.1, "{}", CORRECTIONS.0);
    for id in CONFIRMED_BY_A_RECORD {
        let found = corrections.iter().find(|c| c.id == *id).expect(id);
        assert_eq!(found.json["confidence"], "uncertain", "{id}");
    }
    check(&corrections);
}

/// Ranges are written `--` (an en dash once read); sources sometimes give a
/// plain hyphen.
fn dashes(pages: &str) -> String {
    pages.replace("--", "-").replace('\u{2013}', "-")
}

fn names_match(entry: &Entry, names: &[&str]) -> Result<(), String> {
    let truncated = names.last() == Some(&"others");
    let count = names.len() - usize::from(truncated);
    // A list the facts cut short may have been completed from a record
    // since (CURATION.md, *Author lists added*): every name the facts give
    // is then in it, in the same order.
    if truncated && !entry.authors_truncated && entry.authors.len() > count {
        let mut people = entry.authors.iter();
        for name in &names[..count] {
            let wanted = common::normalised(name);
            if !people.any(|person| wanted.contains(&common::normalised(person.family))) {
                return Err(format!(
                    "the completed list lacks {name:?}, or changes its order"
                ));
            }
        }
        return Ok(());
    }
    if entry.authors.len() != count || entry.authors_truncated != truncated {
        return Err(format!(
            "{} authors{}, expected {count}{}",
            entry.authors.len(),
            if entry.authors_truncated {
                " and others"
            } else {
                ""
            },
            if truncated { " and others" } else { "" }
        ));
    }
    for (person, name) in entry.authors.iter().zip(names) {
        let family = common::normalised(person.family);
        if !common::normalised(name).contains(&family) {
            return Err(format!("author {person} does not match {name:?}"));
        }
    }
    Ok(())
}

/// Whether `entry` holds `value` for a field as the corrections name it; a
/// `null` means the field is absent. An unknown field name fails, so no
/// part of a correction is skipped silently.
fn holds(entry: &Entry, field: &str, value: &Value) -> Result<(), String> {
    let text = |found: Option<&str>| -> Result<(), String> {
        let normal = |pages: Option<&str>| pages.map(dashes);
        let (found, wanted) = if field == "pages" {
            (normal(found), normal(value.as_str()))
        } else {
            (found.map(str::to_owned), value.as_str().map(str::to_owned))
        };
        if found == wanted {
            Ok(())
        } else {
            Err(format!("{field} is {found:?}, expected {wanted:?}"))
        }
    };
    match field {
        "author" => {
            let names: Vec<&str> = value
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            names_match(entry, &names)
        }
        "title" => text(Some(entry.title)),
        "year" => {
            let wanted = value.as_u64().map(|year| year as u16);
            (entry.year == wanted)
                .then_some(())
                .ok_or_else(|| format!("year is {:?}, expected {wanted:?}", entry.year))
        }
        "month" => {
            let wanted = value.as_str().and_then(|month| month.parse::<u8>().ok());
            (entry.month == wanted)
                .then_some(())
                .ok_or_else(|| format!("month is {:?}, expected {wanted:?}", entry.month))
        }
        "pages" => text(entry.pages),
        "volume" => text(entry.volume),
        "number" => text(entry.number),
        "series" => text(entry.series),
        "publisher" => text(entry.publisher),
        "doi" => text(entry.doi),
        "eprint" => text(entry.arxiv),
        "eprinttype" => (value == "arxiv" && entry.arxiv.is_some())
            .then_some(())
            .ok_or_else(|| "no arXiv eprint".to_owned()),
        "journaltitle" | "booktitle" => text(entry.venue.full),
        "shortvenue" => text(Some(entry.venue.short)),
        "entry_type" => text(Some(entry.entry_type.as_str())),
        "key" => text(Some(entry.key)),
        "ids_add" => entry
            .answers_to(value.as_str().unwrap())
            .then_some(())
            .ok_or_else(|| format!("{value} is no alias")),
        "code" => text(entry.links.code),
        "llm" => (Some(entry.llm) == value.as_bool().or(value.is_null().then_some(false)))
            .then_some(())
            .ok_or_else(|| format!("llm is {}", entry.llm)),
        "modality" => {
            let wanted: Vec<&str> = value
                .as_str()
                .map(|list| list.split(',').map(str::trim).collect())
                .unwrap_or_default();
            let found: Vec<&str> = entry.modalities.iter().map(|m| m.as_str()).collect();
            (found == wanted)
                .then_some(())
                .ok_or_else(|| format!("modality is {found:?}, expected {wanted:?}"))
        }
        other => Err(format!("the test does not know the field `{other}`")),
    }
}

/// Every part of a correction's value: a whole field, or the fields of a
/// published version (whose `null` parts were not read, so they are no
/// fact to check), and `record`, the address of the record read.
fn check_correction(correction: &Correction<'_>, value: &Value) -> Vec<String> {
    let entry = correction.entry();
    let mut problems = Vec::new();
    let mut check = |field: &str, value: &Value| {
        let value = correction.expected(field, value);
        if let Err(problem) = holds(entry, field, &value) {
            problems.push(format!(
                "{} {} ({field}): {problem}",
                correction.id, correction.key
            ));
        }
    };
    // What the record gives instead of a proposed part is checked as the
    // record gives it.
    let record: Vec<(&str, Value)> = if correction.applied() {
        from_the_record(correction.id).collect()
    } else {
        Vec::new()
    };
    let from_record = |field: &str| record.iter().any(|(given, _)| *given == field);
    match (correction.field, value) {
        ("venue", Value::Object(parts)) => {
            for (field, value) in parts {
                if !value.is_null() && field != "record" && !from_record(field) {
                    check(field, value);
                }
            }
        }
        (field, value) => check(field, value),
    }
    for (field, value) in &record {
        check(field, value);
    }
    problems
}

#[test]
fn each_correction_of_2026_12_is_applied_or_left_open() {
    with_corrections(|corrections| {
        let mut problems = Vec::new();
        for correction in corrections {
            let value = if correction.applied() {
                &correction.json["proposed"]
            } else {
                &correction.json["current"]
            };
            problems.extend(check_correction(correction, value));
        }
        assert!(
            problems.is_empty(),
            "corrections not as CURATION.md settles them:\n{}",
            problems.join("\n")
        );
    });
}

/// The facts an item's entry must carry: the item's, amended by the applied
/// corrections of the entry.
struct Facts<'v> {
    year: Option<u16>,
    authors: Vec<&'v str>,
    arxiv: Option<&'v str>,
    doi: Option<&'v str>,
    pages: Option<&'v str>,
    volume: Option<&'v str>,
}

fn facts<'v>(item: &Item<'v>, entry: &Entry, corrections: &[Correction<'v>]) -> Facts<'v> {
    let mut facts = Facts {
        year: item.json["year"].as_u64().map(|y| y as u16),
        authors: item.json["authors"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect(),
        arxiv: item.str("arxiv"),
        doi: item.str("doi"),
        pages: item.str("pages"),
        volume: match item.str("volume") {
            // CoRR's `abs/<id>` volume is the arXiv id, kept as `eprint`.
            Some(corr) if corr.starts_with("abs/") => None,
            volume => volume,
        },
    };
    for correction in corrections {
        if !correction.applied() || correction.entry().key != entry.key {
            continue;
        }
        let proposed: &'v Value = &correction.json["proposed"];
        let mut set = |field: &str, value: &'v Value| match field {
            "year" => facts.year = value.as_u64().map(|y| y as u16),
            "author" => {
                facts.authors = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
            }
            "eprint" => facts.arxiv = value.as_str(),
            "doi" => facts.doi = value.as_str(),
            "pages" => facts.pages = value.as_str(),
            "volume" => facts.volume = value.as_str(),
            _ => {}
        };
        match (correction.field, proposed) {
            ("venue", Value::Object(parts)) => {
                for (field, value) in parts {
                    if !value.is_null() {
                        set(field, value);
                    }
                }
            }
            (field, value) => set(field, value),
        }
        for (id, field, value) in ALSO_FROM_THE_RECORD {
            if *id == correction.id {
                match *field {
                    "doi" => facts.doi = Some(value),
                    "pages" => facts.pages = Some(value),
                    "year" => facts.year = value.parse().ok(),
                    "author" => facts.authors = value.split(" and ").collect(),
                    other => panic!("{id}: {other} is no fact of this test"),
                }
            }
        }
    }
    facts
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
        // The works added from the public lists (CURATION.md, *Coverage*)
        // stand for the lists' items instead: each names its lists. A work
        // added for the results table (CURATION.md, *Results*) is named by a
        // score or a source table.
        let in_results = |key: &str| {
            rrg_catalog::results().iter().any(|score| {
                score.work == key || score.via == Some(key) || score.source.work == key
            })
        };
        let unclaimed: Vec<&str> = rrg_catalog::entries()
            .iter()
            .filter(|e| !claimed.contains(e.key) && e.listed_in.is_empty() && !in_results(e.key))
            .map(|e| e.key)
            .collect();
        assert!(
            unclaimed.is_empty(),
            "entries that neither a fact item nor a public list stands for: {unclaimed:?}"
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
    with_corrections(|corrections| {
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
                let facts = facts(item, entry, corrections);
                assert_eq!(entry.year, facts.year, "{}: year", entry.key);
                if let Err(problem) = names_match(entry, &facts.authors) {
                    panic!("{}: {problem}", entry.key);
                }
                if facts.authors.is_empty() {
                    assert!(
                        entry.unknown.contains(&"author"),
                        "{}: unknown authors must be declared",
                        entry.key
                    );
                }
                if facts.year.is_none() {
                    assert!(
                        entry.unknown.contains(&"year"),
                        "{}: unknown year must be declared",
                        entry.key
                    );
                }
                assert_eq!(entry.arxiv, facts.arxiv, "{}: arXiv id", entry.key);
                assert_eq!(entry.doi, facts.doi, "{}: DOI", entry.key);
                assert_eq!(
                    entry.pages.map(dashes),
                    facts.pages.map(dashes),
                    "{}: pages",
                    entry.key
                );
                assert_eq!(entry.volume, facts.volume, "{}: volume", entry.key);
            }
        });
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

/// The survey README's later link changes: every link it added is held by
/// the work's entry or, where the field holds one address only, named in
/// CURATION.md.
#[test]
fn links_added_upstream_are_kept_or_listed_in_curation() {
    let Some(dir) = common::shared_dir() else {
        return;
    };
    let facts = read_json(&dir, FACT_FILES[1].0);
    let curation = include_str!("../data/CURATION.md");
    let mut added = 0;
    for change in facts["link_changes"].as_array().expect("link changes") {
        let title = common::normalised(change["title"].as_str().unwrap());
        let entry = rrg_catalog::entries()
            .iter()
            .find(|entry| common::normalised(entry.title) == title)
            .unwrap_or_else(|| panic!("no entry for the link change of {title}"));
        let links = &entry.links;
        let held = [
            links.paper,
            links.code,
            links.reproduction,
            links.project,
            links.dataset,
        ];
        for link in change["added"].as_array().into_iter().flatten() {
            let url = link["url"].as_str().unwrap();
            assert!(
                held.contains(&Some(url)) || curation.contains(url),
                "{}: the link {url} added upstream is neither kept nor listed in CURATION.md",
                entry.key
            );
            added += 1;
        }
    }
    assert_eq!(added, 2, "links added upstream");
}
