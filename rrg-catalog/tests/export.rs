//! The exports: stable output, every entry present, and each format's own
//! rules (the JSON has every field of its schema, CSL-JSON only CSL's
//! variables, the portable biblatex no custom field).

mod common;

use rrg_catalog::export::bibtex::Style;
use rrg_catalog::export::{bibtex, markdown};
use rrg_catalog::{Kind, entries};

#[test]
fn every_export_is_byte_identical_from_run_to_run() {
    let all = entries();
    for style in [Style::Canonical, Style::Portable] {
        assert_eq!(bibtex::to_string(all, style), bibtex::to_string(all, style));
    }
    assert_eq!(markdown::to_string(all), markdown::to_string(all));
    #[cfg(feature = "json")]
    {
        use rrg_catalog::export::{csl, json};
        assert_eq!(json::to_string(all), json::to_string(all));
        assert_eq!(csl::to_string(all), csl::to_string(all));
    }
    #[cfg(feature = "schemars")]
    assert_eq!(
        rrg_catalog::export::schema::to_string(),
        rrg_catalog::export::schema::to_string()
    );
}

#[test]
fn the_markdown_list_has_each_work_once_per_role_and_years_newest_first() {
    let list = markdown::to_string(entries());
    let items = list
        .lines()
        .filter(|line| line.starts_with('[') || line.starts_with("**["))
        .count();
    let roles: usize = entries().iter().map(|entry| entry.kinds.len()).sum();
    assert_eq!(items, roles);
    let years: Vec<u16> = list
        .lines()
        .filter_map(|line| line.strip_prefix("### "))
        .filter_map(|year| year.parse().ok())
        .collect();
    assert!(years.windows(2).all(|pair| pair[0] > pair[1]), "{years:?}");
    for heading in ["## Papers", "## Datasets", "## Toolkits", "## Surveys"] {
        assert!(list.contains(&format!("\n{heading}\n")), "{heading}");
    }
    let llm = entries().iter().filter(|entry| entry.llm).count();
    assert_eq!(
        list.lines().filter(|line| line.starts_with("**[")).count(),
        llm
    );
}

#[test]
fn the_markdown_list_of_a_selection_has_only_its_sections() {
    // Data sets that play no other role and involve no LLM: the list has
    // their section only, and no note on bold lines.
    let datasets = rrg_catalog::select(rrg_catalog::Filter::new().kind(Kind::Dataset).llm(false))
        .filter(|entry| entry.kinds == [Kind::Dataset]);
    let list = markdown::to_string(datasets);
    assert!(list.starts_with("## Datasets\n"), "{list}");
    assert!(!list.contains("## Papers"));
}

#[test]
fn the_portable_biblatex_leaves_out_exactly_the_entries_with_unknown_facts() {
    let text = bibtex::to_string(entries(), Style::Portable);
    let complete = entries()
        .iter()
        .filter(|entry| entry.unknown.is_empty())
        .count();
    assert_eq!(
        text.lines().filter(|line| line.starts_with('@')).count(),
        complete
    );
    assert_eq!(
        text.lines().filter(|line| line.starts_with("% ")).count(),
        entries().len() - complete
    );
    let custom: Vec<&str> = rrg_model::fields::FIELDS
        .iter()
        .filter(|spec| spec.custom)
        .map(|spec| spec.name)
        .collect();
    for line in text.lines().filter(|line| line.starts_with("  ")) {
        let name = line.trim_start().split(" = ").next().unwrap();
        assert!(!custom.contains(&name), "custom field in: {line}");
    }
}

#[cfg(feature = "schemars")]
mod json {
    use serde_json::Value;

    use super::*;

    fn properties<'v>(schema: &'v Value, pointer: &str) -> Vec<&'v str> {
        let mut names: Vec<&str> = schema
            .pointer(pointer)
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("no {pointer} in the schema"))
            .keys()
            .map(String::as_str)
            .collect();
        names.sort_unstable();
        names
    }

    fn keys(value: &Value) -> Vec<&str> {
        let mut names: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_entry_has_every_property_of_the_schema_and_no_other() {
        let schema: Value =
            serde_json::from_str(&rrg_catalog::export::schema::to_string()).unwrap();
        let document: Value =
            serde_json::from_str(&rrg_catalog::export::json::to_string(entries())).unwrap();
        assert_eq!(keys(&document), properties(&schema, "/properties"));
        assert_eq!(document["count"], entries().len());
        assert_eq!(document["source_sha256"], rrg_catalog::SOURCE_SHA256);
        let entry_properties = properties(&schema, "/$defs/Entry/properties");
        for entry in document["entries"].as_array().unwrap() {
            assert_eq!(keys(entry), entry_properties, "{}", entry["key"]);
        }
    }

    #[test]
    fn every_property_has_a_title_and_a_description() {
        let schema: Value =
            serde_json::from_str(&rrg_catalog::export::schema::to_string()).unwrap();
        let mut objects = vec![&schema];
        objects.extend(schema["$defs"].as_object().unwrap().values());
        let mut seen = 0;
        for object in objects {
            for (name, property) in object["properties"].as_object().into_iter().flatten() {
                for key in ["title", "description"] {
                    assert!(
                        property[key].as_str().is_some_and(|text| !text.is_empty()),
                        "property {name} has no {key}"
                    );
                }
                seen += 1;
            }
        }
        assert!(seen > 40, "only {seen} properties");
    }

    #[test]
    fn unknown_values_are_explicit_nulls() {
        let document: Value =
            serde_json::from_str(&rrg_catalog::export::json::to_string(entries())).unwrap();
        let unknown_year = document["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["key"] == "cbm-nd-visual")
            .expect("an entry of unknown year");
        assert_eq!(unknown_year["year"], Value::Null);
        assert_eq!(unknown_year["authors"], serde_json::json!([]));
        assert_eq!(unknown_year["links"]["code"], Value::Null);
        assert_eq!(
            unknown_year["unknown"],
            serde_json::json!(["author", "year"])
        );
    }

    #[test]
    fn a_selection_is_its_entries_in_order() {
        let filter = rrg_catalog::Filter::new().venue("MICCAI").has_code();
        let document: Value = serde_json::from_str(&rrg_catalog::export::json::to_string(
            rrg_catalog::select(filter),
        ))
        .unwrap();
        let keys: Vec<&str> = document["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| entry["key"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = rrg_catalog::select(filter).map(|e| e.key).collect();
        assert_eq!(keys, expected);
        assert_eq!(document["count"], expected.len());
    }
}

#[cfg(feature = "json")]
mod csl {
    use rrg_catalog::export::csl;
    use serde_json::{Value, json};

    use super::*;

    fn items() -> Vec<Value> {
        serde_json::from_str(&csl::to_string(entries())).unwrap()
    }

    fn item(key: &str) -> Value {
        items()
            .into_iter()
            .find(|item| item["id"] == key)
            .unwrap_or_else(|| panic!("no item {key}"))
    }

    #[test]
    fn items_use_only_csl_variables_and_a_csl_type() {
        let Some(dir) = common::shared_dir() else {
            return;
        };
        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("data/csl-data.schema.json"))
                .expect("the CSL-JSON schema is readable"),
        )
        .unwrap();
        let variables = schema["items"]["properties"].as_object().unwrap();
        let types = schema["items"]["properties"]["type"]["enum"]
            .as_array()
            .unwrap();
        let items = items();
        assert_eq!(items.len(), entries().len());
        for item in &items {
            for name in item.as_object().unwrap().keys() {
                assert!(variables.contains_key(name), "{}: {name}", item["id"]);
            }
            assert!(
                types.contains(&item["type"]),
                "{}: {}",
                item["id"],
                item["type"]
            );
        }
    }

    #[test]
    fn a_conference_paper() {
        let r2gen = item("chen-etal-2020-generating");
        assert_eq!(r2gen["type"], "paper-conference");
        assert_eq!(r2gen["issued"], json!({"date-parts": [[2020, 11]]}));
        assert_eq!(
            r2gen["author"][0],
            json!({"family": "Chen", "given": "Zhihong"})
        );
        assert_eq!(r2gen["page"], "1439-1449");
        assert_eq!(r2gen["container-title-short"], "EMNLP");
        assert_eq!(r2gen["publisher-place"], "Online");
        assert_eq!(r2gen["keyword"], "paper, chest-xray");
        assert_eq!(
            r2gen["custom"]["code"],
            "https://github.com/cuhksz-nlp/R2Gen"
        );
    }

    #[test]
    fn a_preprint_is_an_article_numbered_by_its_arxiv_id() {
        let preprint = item("wang-etal-2023-can");
        assert_eq!(preprint["type"], "article");
        assert_eq!(preprint["number"], "arXiv:2308.16269");
        assert_eq!(preprint["publisher"], "arXiv");
        assert!(preprint.get("container-title-short").is_none());
    }

    #[test]
    fn names_particles_and_lists_cut_short() {
        let cut_short = rrg_catalog::entries()
            .iter()
            .find(|entry| entry.authors_truncated)
            .expect("an entry whose author list is cut short");
        let cut = item(cut_short.key);
        let authors = cut["author"].as_array().unwrap();
        assert_eq!(authors.last().unwrap(), &json!({"literal": "others"}));
        let ratchet = item("hou-etal-2021-ratchet");
        assert_eq!(
            ratchet["editor"][0],
            json!({"family": "Bruijne", "given": "Marleen", "non-dropping-particle": "de"})
        );
    }

    #[test]
    fn unknown_dates_are_left_out_and_every_type_is_set() {
        assert!(item("cbm-nd-visual").get("issued").is_none());
        for item in items() {
            assert!(
                !csl::item_type(rrg_catalog::get(item["id"].as_str().unwrap()).unwrap()).is_empty()
            );
        }
    }
}
