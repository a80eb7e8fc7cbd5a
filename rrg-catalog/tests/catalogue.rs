//! Invariants of the compiled catalogue and of the data file behind it.

mod common;

use rrg_catalog::{Evidence, Kind, Modality, entries, get};

#[test]
fn entries_are_sorted_by_key_and_keys_follow_the_convention() {
    let keys: Vec<&str> = entries().iter().map(|entry| entry.key).collect();
    assert!(
        keys.windows(2).all(|pair| pair[0] < pair[1]),
        "strictly sorted, so unique"
    );
    for key in keys {
        assert!(rrg_bib::follows_key_convention(key), "{key}");
        // CURATION.md, Keys: unknown authors give a key a researcher
        // recognises (a name or the venue), never `anon`.
        assert!(!key.starts_with("anon-"), "{key}");
    }
    // One entry per work of the first curation (120) and of the public lists.
    let text = include_str!("../data/reference.bib");
    assert_eq!(entries().len(), text.matches("\n@").count());
    assert!(entries().len() > 600);
}

#[test]
fn every_key_and_alias_resolves_to_its_entry() {
    for entry in entries() {
        assert!(
            std::ptr::eq(get(entry.key).unwrap(), entry),
            "{}",
            entry.key
        );
        for alias in entry.aliases {
            assert_eq!(
                get(alias).map(|found| found.key),
                Some(entry.key),
                "alias {alias}"
            );
        }
    }
    let aliases: Vec<_> = rrg_catalog::aliases().collect();
    assert_eq!(
        aliases.len(),
        entries().iter().map(|e| e.aliases.len()).sum::<usize>()
    );
    assert!(
        aliases.windows(2).all(|pair| pair[0].0 < pair[1].0),
        "alias table is sorted"
    );
    for miss in ["", "Chen-etal-2020-generating", "chen-etal-2020", "zzz"] {
        assert!(get(miss).is_none(), "{miss:?}");
    }
}

#[test]
fn named_constants_are_the_entries_of_the_slice() {
    let r2gen = rrg_catalog::entries::CHEN_ETAL_2020_GENERATING;
    assert_eq!(r2gen.key, "chen-etal-2020-generating");
    assert_eq!(
        get(r2gen.key),
        Some(r2gen),
        "the constant equals the entry of the slice"
    );
}

#[test]
fn the_build_used_the_committed_data_file() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/reference.bib"))
        .unwrap();
    assert_eq!(rrg_catalog::SOURCE_SHA256, rrg_bib::sha256_hex(&text));
}

#[test]
fn generated_code_is_deterministic_and_says_how_to_regenerate() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/reference.bib");
    let text = std::fs::read_to_string(path).unwrap();
    let results_path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/results.toml");
    let results = std::fs::read_to_string(results_path).unwrap();
    use rrg_bib::Source;
    use rrg_bib::generate::{Inputs, SHIPPED, SHIPPED_SOURCE, crate_sources};
    use rrg_bib::results::SHIPPED_RESULTS;
    let generate = || {
        let inputs = Inputs {
            bib: Source::new(SHIPPED_SOURCE, &text),
            results: Some(Source::new(SHIPPED_RESULTS, &results)),
        };
        let generated = crate_sources(inputs, &rrg_catalog::Filter::new(), SHIPPED).unwrap();
        let [catalog, lookup, keys, results] = generated.files;
        assert_eq!(
            (catalog.name, lookup.name, keys.name, results.name),
            ("catalog.rs", "lookup.rs", "keys.rs", "results.rs")
        );
        (catalog.contents, lookup.contents, results.contents)
    };
    let (first, lookup, results_code) = generate();
    assert_eq!(
        (&first, &lookup, &results_code),
        (&generate().0, &generate().1, &generate().2),
        "two runs give the same code"
    );
    let shipped = include_str!("../src/generated/catalog.rs");
    assert!(
        shipped == first
            && include_str!("../src/generated/lookup.rs") == lookup
            && include_str!("../src/generated/results.rs") == results_code,
        "the shipped copy is out of date: run `cargo run -p rrg-cli -- regenerate`"
    );
    let header: Vec<&str> = first.lines().take(3).collect();
    assert!(
        header[0].starts_with("// @generated") && header[0].contains(rrg_catalog::SOURCE_SHA256)
    );
    assert!(
        header[1].contains("DO NOT EDIT")
            && header[2].contains("cargo run -p rrg-cli -- regenerate")
    );
}

/// With the `reader` feature the build script generates the catalogue; for
/// the shipped `.bib` file it must write the shipped copy, byte for byte.
#[cfg(rrg_catalog_generated)]
#[test]
fn the_build_script_writes_the_shipped_copy() {
    // A build from another .bib file, or of a subset, is not the shipped
    // catalogue.
    let other_source = option_env!("RRG_CATALOG_BIB").is_some_and(|path| !path.is_empty());
    if other_source || rrg_catalog::SUBSET.is_some() {
        return;
    }
    for (built, shipped) in [
        (
            include_str!(concat!(env!("OUT_DIR"), "/catalog.rs")),
            include_str!("../src/generated/catalog.rs"),
        ),
        (
            include_str!(concat!(env!("OUT_DIR"), "/lookup.rs")),
            include_str!("../src/generated/lookup.rs"),
        ),
        (
            include_str!(concat!(env!("OUT_DIR"), "/results.rs")),
            include_str!("../src/generated/results.rs"),
        ),
    ] {
        assert!(
            built == shipped,
            "the build script wrote other code than the shipped copy: \
             run `cargo run -p rrg-cli -- regenerate`"
        );
    }
}

#[test]
fn every_entry_has_a_role_a_title_and_a_venue_and_declares_what_is_unknown() {
    for entry in entries() {
        assert!(
            !entry.kinds.is_empty() && !entry.title.is_empty() && !entry.venue.short.is_empty(),
            "{}",
            entry.key
        );
        for field in entry.unknown {
            let absent = match *field {
                "author" => entry.authors.is_empty(),
                "year" => entry.year.is_none(),
                "journaltitle" | "booktitle" => entry.venue.full.is_none(),
                other => panic!("{}: unexpected unknown field {other}", entry.key),
            };
            assert!(
                absent,
                "{}: {field} is declared unknown but present",
                entry.key
            );
        }
        if entry.authors.is_empty() {
            assert!(
                entry.unknown.contains(&"author"),
                "{}: missing authors are declared",
                entry.key
            );
        }
    }
}

/// CURATION.md rule 5, second clause: works whose title names no LLM but
/// whose record says they are built on one; CURATION.md names each record.
const LLM_BY_THE_RECORD: &[&str] = &[
    "jiang-etal-2024-med-moe",
    "luo-etal-2024-rexplain",
    "nguyen-etal-2023-pragmatic",
    "tu-etal-2024-generalist",
    "wu-etal-2023-generalist",
    "yan-etal-2023-style-aware",
];

/// CURATION.md rule 6: chest radiographs that the facts name where the title
/// does not.
const CHEST_XRAY_BY_THE_FACTS: &[&str] = &["demner-fushman-etal-2016-preparing"];

fn names_an_llm(title: &str) -> bool {
    let title = title.to_lowercase();
    title.contains("llm")
        || title.contains("large language model")
        || title.contains("large multimodal model")
        || title.contains("multimodal large")
        || title.contains("large vision-language model")
        || title.contains("chatgpt")
}

/// A row of CURATION.md's table of tag records: key, tags, record.
type TagRecord = (&'static str, Vec<&'static str>, &'static str);

/// The table of CURATION.md that names the record behind each tag a title
/// does not explain, a row each.
fn tag_records() -> Vec<TagRecord> {
    let curation = include_str!("../data/CURATION.md");
    let section = curation
        .split("### Tags from abstracts and code READMEs")
        .nth(1)
        .expect("CURATION.md has the table of tag records");
    let section = section.split("\n#").next().unwrap_or_default();
    section
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|row| {
            let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 3, "a row of key, tags and record: {row}");
            let tags = cells[1]
                .split(", ")
                .map(|tag| tag.trim_matches('`'))
                .collect();
            (cells[0].trim_matches('`'), tags, cells[2])
        })
        .collect()
}

/// Whether the table's `records` name one that gives `entry` this tag.
fn tagged_by_a_record(records: &[TagRecord], entry: &rrg_catalog::Entry, tag: &str) -> bool {
    records
        .iter()
        .any(|(key, tags, _)| *key == entry.key && tags.contains(&tag))
}

/// Every row of the table names an entry that carries the row's tags, and a
/// record with an address.
#[test]
fn the_tag_records_table_agrees_with_the_entries() {
    let rows = tag_records();
    assert!(rows.len() >= 60, "{} rows", rows.len());
    for (key, tags, record) in rows {
        let entry = get(key).unwrap_or_else(|| panic!("{key} is no entry"));
        assert_eq!(entry.key, key, "the table names keys, not aliases");
        assert!(
            record.contains("<http"),
            "{key}: no record address in {record}"
        );
        for tag in tags {
            let carried = if tag == "llm" {
                entry.llm
            } else {
                let modality: Modality = tag
                    .parse()
                    .unwrap_or_else(|_| panic!("{key}: {tag} is no modality"));
                entry.has_modality(modality)
            };
            assert!(
                carried,
                "{key}: the table gives `{tag}`, the entry does not carry it"
            );
        }
    }
}

/// CURATION.md rule 5: the LLM flag follows the title (or the record), not
/// the seed's boldface. A title that names an LLM always flags the work; a
/// flag the title does not explain needs a record (`evidence = {record}`),
/// and for the works of the first curation CURATION.md names that record.
#[test]
fn the_llm_flag_follows_the_written_rule() {
    let records = tag_records();
    for key in LLM_BY_THE_RECORD {
        let entry = get(key).unwrap_or_else(|| panic!("{key} is no entry"));
        assert!(
            entry.key == *key && !names_an_llm(entry.title) && entry.llm,
            "{key}: the record, not the title, flags it"
        );
    }
    for entry in entries() {
        if names_an_llm(entry.title) {
            assert!(
                entry.llm,
                "{}: the title names an LLM: {}",
                entry.key, entry.title
            );
        } else if entry.llm {
            assert!(
                entry.evidence == Evidence::Record || tagged_by_a_record(&records, entry, "llm"),
                "{}: flagged without a record that says it is built on an LLM",
                entry.key
            );
        }
    }
    let surgical = rrg_catalog::about_modality(Modality::Surgical).collect::<Vec<_>>();
    assert!(
        surgical.len() >= 2 && surgical.iter().all(|e| !e.llm),
        "SGT and SGT++ are no LLM works"
    );
}

/// CURATION.md rule 6: a modality is set where the title names it; one the
/// title does not name needs the facts of a record.
#[test]
fn modalities_follow_the_title() {
    let records = tag_records();
    let says_chest = |title: &str| {
        let title = title.to_lowercase();
        ["chest x-ray", "cxr", "chest radiograph"]
            .iter()
            .any(|p| title.contains(p))
    };
    for key in CHEST_XRAY_BY_THE_FACTS {
        let entry = get(key).unwrap_or_else(|| panic!("{key} is no entry"));
        assert!(entry.key == *key && !says_chest(entry.title), "{key}");
    }
    for entry in entries() {
        let title = entry.title.to_lowercase();
        if says_chest(entry.title) {
            assert!(
                entry.has_modality(Modality::ChestXray),
                "{}: {}",
                entry.key,
                entry.title
            );
        } else if entry.has_modality(Modality::ChestXray) {
            assert!(
                entry.evidence == Evidence::Record
                    || CHEST_XRAY_BY_THE_FACTS.contains(&entry.key)
                    || tagged_by_a_record(&records, entry, "chest-xray"),
                "{}: chest X-rays that neither the title nor a record names",
                entry.key
            );
        }
        if title.contains(" ecg ") || title.contains("electrocardiogram") {
            assert!(entry.has_modality(Modality::Ecg), "{}", entry.key);
        }
        if title.contains("surgical") {
            assert!(entry.has_modality(Modality::Surgical), "{}", entry.key);
        }
        if title.contains(" ffa") || title.contains("angiography") && title.contains("fundus") {
            assert!(entry.has_modality(Modality::Ffa), "{}", entry.key);
        }
    }
}

#[test]
fn completeness_counts_what_is_missing() {
    let report = rrg_catalog::completeness();
    let count =
        |missing: fn(&rrg_catalog::Entry) -> bool| entries().iter().filter(|e| missing(e)).count();
    assert_eq!(report.entries, entries().len());
    assert!(
        report.entries > 600,
        "the lists' works are in: {}",
        report.entries
    );
    assert_eq!(report.without_authors, count(|e| e.authors.is_empty()));
    assert_eq!(report.without_year, count(|e| e.year.is_none()));
    assert_eq!(report.without_modality, count(|e| e.modalities.is_empty()));
    assert_eq!(
        report.without_doi_or_arxiv,
        count(|e| e.doi.is_none() && e.arxiv.is_none())
    );
    assert!(
        report.without_authors >= 5,
        "five works have no known author"
    );
    println!(
        "completeness of the catalogue ({} entries):",
        report.entries
    );
    for (what, n) in report.rows() {
        println!("  {what:<28} {n:>4}");
    }
}

#[test]
fn queries_select_what_they_say() {
    use rrg_catalog::Filter;
    let miccai_code: Vec<_> =
        rrg_catalog::select(Filter::new().venue("MICCAI").has_code().since(2021)).collect();
    assert!(!miccai_code.is_empty());
    assert!(
        miccai_code
            .iter()
            .all(|e| e.venue.short == "MICCAI" && e.has_code() && e.year >= Some(2021))
    );
    let datasets = rrg_catalog::of_kind(Kind::Dataset).count();
    let toolkits = rrg_catalog::of_kind(Kind::Toolkit).count();
    assert!(
        datasets >= 8 && toolkits >= 4,
        "{datasets} datasets, {toolkits} toolkits"
    );
    assert!(
        rrg_catalog::of_kind(Kind::Dataset).any(|e| e.is(Kind::Toolkit)),
        "RadGraph plays both roles"
    );
    let total: usize = (2016..=2026)
        .map(|year| rrg_catalog::published_in(year).count())
        .sum();
    let known_year = entries().iter().filter(|e| e.year.is_some()).count();
    assert_eq!(total, known_year, "every known year is in 2016..=2026");
    assert!(rrg_catalog::search("radgraph").any(|e| e.short_name == Some("RadGraph")));
}

#[test]
fn every_key_ever_shipped_resolves_and_every_current_one_is_recorded() {
    let shipped: Vec<&str> = rrg_catalog::shipped_keys().collect();
    assert!(
        shipped.windows(2).all(|pair| pair[0] < pair[1]),
        "sorted, once each"
    );
    for key in &shipped {
        assert!(
            rrg_catalog::get(key).is_some(),
            "`{key}` was shipped and no longer resolves: keep it as an alias (`ids`) of its entry"
        );
    }
    let current = rrg_catalog::entries().iter().map(|entry| entry.key);
    for key in current.chain(rrg_catalog::aliases().map(|(alias, _)| alias)) {
        assert!(
            shipped.contains(&key),
            "`{key}` is not in data/shipped-keys.txt: run `cargo run -p rrg-cli -- regenerate`"
        );
    }
}
