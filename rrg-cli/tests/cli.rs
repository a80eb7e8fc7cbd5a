//! The `rrg` binary as a user runs it: each subcommand, each filter, the
//! exit status of bad flags.

mod common;

use common::{rrg, scratch};
use std::path::{Path, PathBuf};
use std::process::Output;

use rrg_catalog::{Filter, Kind, Modality};

/// Standard output of a run that must succeed.
fn stdout(args: &[&str]) -> String {
    let output = rrg(args);
    assert!(
        output.status.success(),
        "rrg {args:?} failed with {}:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The keys `rrg list` prints, one per line, first column.
fn listed(args: &[&str]) -> Vec<String> {
    let mut full = vec!["list"];
    full.extend_from_slice(args);
    stdout(&full)
        .lines()
        .map(|line| line.split_whitespace().next().unwrap().to_owned())
        .collect()
}

fn selected(filter: Filter<'_>) -> Vec<String> {
    rrg_catalog::select(filter)
        .map(|entry| entry.key.to_owned())
        .collect()
}

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

#[test]
fn help_names_every_subcommand_and_an_example() {
    let help = stdout(&["--help"]);
    for command in ["list", "show", "export", "stats", "regenerate", "lint"] {
        assert!(help.contains(command), "{command} missing from:\n{help}");
    }
    assert!(help.contains("Examples:"));
    let export = stdout(&["export", "--help"]);
    for format in ["json", "csl-json", "bibtex", "rrg-bib", "markdown"] {
        assert!(export.contains(format), "{format} missing from:\n{export}");
    }
}

#[test]
fn list_prints_one_line_per_entry_in_key_order() {
    let all = stdout(&["list"]);
    assert_eq!(all.lines().count(), rrg_catalog::entries().len());
    assert!(all.contains("chen-etal-2020-generating"));
    assert!(all.contains(
        "[EMNLP 2020] R2Gen: Generating Radiology Reports via Memory-driven Transformer"
    ));
    assert_eq!(listed(&[]), selected(Filter::new()));
    assert_eq!(stdout(&["ls"]), all, "ls is list");
}

#[test]
fn each_filter_selects_what_the_library_selects() {
    let cases: Vec<(Vec<&str>, Filter<'_>)> = vec![
        (
            vec!["--year", "2021..2024"],
            Filter::new().since(2021).until(2024),
        ),
        (vec!["--year", "2022"], Filter::new().year(2022)),
        (vec!["--year", "..2019"], Filter::new().until(2019)),
        (vec!["--venue", "miccai"], Filter::new().venue("MICCAI")),
        (vec!["--kind", "dataset"], Filter::new().kind(Kind::Dataset)),
        (vec!["--kind", "toolkit"], Filter::new().kind(Kind::Toolkit)),
        (vec!["--has-code"], Filter::new().has_code()),
        (vec!["--llm"], Filter::new().llm(true)),
        (vec!["--no-llm"], Filter::new().llm(false)),
        (
            vec!["--modality", "chest-xray"],
            Filter::new().modality(Modality::ChestXray),
        ),
        (vec!["--search", "memory"], Filter::new().search("memory")),
        (
            vec![
                "--venue",
                "MICCAI",
                "--kind",
                "paper",
                "--has-code",
                "--year",
                "2021..",
            ],
            Filter::new()
                .venue("MICCAI")
                .kind(Kind::Paper)
                .has_code()
                .since(2021),
        ),
    ];
    for (args, filter) in cases {
        let keys = listed(&args);
        assert!(!keys.is_empty(), "{args:?} lists nothing");
        assert_eq!(keys, selected(filter), "{args:?}");
        assert!(
            keys.len() < rrg_catalog::entries().len(),
            "{args:?} filters nothing"
        );
    }
    assert!(listed(&["--search", "no such words anywhere"]).is_empty());
}

#[test]
fn show_prints_every_field_by_key_or_alias() {
    let shown: serde_json::Value =
        serde_json::from_str(&stdout(&["show", "chen-etal-2020-generating"])).unwrap();
    assert_eq!(shown["key"], "chen-etal-2020-generating");
    assert_eq!(
        shown["links"]["code"],
        "https://github.com/cuhksz-nlp/R2Gen"
    );
    assert_eq!(
        shown["doi"],
        serde_json::Value::Null,
        "unknown values are shown as null"
    );
    let schema = rrg_catalog::export::schema::schema();
    let properties = schema
        .pointer("/$defs/Entry/properties")
        .and_then(|properties| properties.as_object())
        .unwrap();
    // Every field of Entry, and the work's results after them.
    let fields: Vec<&String> = shown
        .as_object()
        .unwrap()
        .keys()
        .filter(|field| *field != "results")
        .collect();
    assert_eq!(fields.len(), properties.len(), "every field of Entry");
    assert!(fields.iter().all(|field| properties.contains_key(*field)));
    let results = shown["results"].as_array().expect("R2Gen has results");
    assert!(results.iter().any(|score| {
        score["provenance"] == "reported"
            && score["quote"]
                .as_str()
                .unwrap()
                .contains(score["value"]["text"].as_str().unwrap())
    }));

    let by_alias: serde_json::Value =
        serde_json::from_str(&stdout(&["show", "mimic-cxr"])).unwrap();
    assert_eq!(by_alias["key"], "johnson-etal-2019-mimic-cxr-de-identified");
    assert_eq!(
        stdout(&["get", "mimic-cxr"]),
        stdout(&["show", "mimic-cxr"]),
        "get is show"
    );

    let bib = stdout(&["show", "--bibtex", "iu-xray"]);
    assert!(
        bib.starts_with("@article{demner-fushman-etal-2016-preparing,\n"),
        "{bib}"
    );
    assert!(
        bib.contains("  keywords = {dataset"),
        "the biber form: {bib}"
    );
    let own = stdout(&["show", "--rrg-bib", "iu-xray"]);
    assert!(
        own.contains("  kind = {dataset"),
        "the catalogue's form: {own}"
    );
}

#[test]
fn show_finds_a_work_by_its_name() {
    for (name, key) in [
        ("r2gen", "chen-etal-2020-generating"),
        ("promptmrg", "jin-etal-2024-promptmrg"),
        ("R2GenCMN", "chen-etal-2021-cross-modal"),
        ("maira-1", "hyland-etal-2023-maira-1"),
    ] {
        let shown: serde_json::Value = serde_json::from_str(&stdout(&["show", name])).unwrap();
        assert_eq!(shown["key"], key, "{name}");
    }
    let listed = stdout(&["list", "--search", "r2gen"]);
    assert!(listed.contains("chen-etal-2020-generating"), "{listed}");
}

#[test]
fn show_of_an_unknown_key_fails_with_a_suggestion() {
    let output = rrg(&["show", "chen-etal-2020-generatin"]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("no work has the key, alias or name `chen-etal-2020-generatin`"));
    assert!(
        message.contains("did you mean `chen-etal-2020-generating`?"),
        "{message}"
    );
}

#[test]
fn export_writes_each_format_to_stdout_or_a_file() {
    use rrg_catalog::export::{self, bibtex::Style};
    let filter = Filter::new()
        .venue("MICCAI")
        .kind(Kind::Paper)
        .has_code()
        .since(2021);
    let selection = || rrg_catalog::select(filter);
    let expected = [
        ("json", export::json::to_string(selection())),
        ("csl-json", export::csl::to_string(selection())),
        (
            "bibtex",
            export::bibtex::to_string(selection(), Style::Portable),
        ),
        (
            "rrg-bib",
            export::bibtex::to_string(selection(), Style::Canonical),
        ),
        // The old name of `bibtex`, kept for one release.
        (
            "biblatex-portable",
            export::bibtex::to_string(selection(), Style::Portable),
        ),
        ("markdown", export::markdown::to_string(selection())),
    ];
    let dir = scratch("export");
    for (format, text) in expected {
        let args = [
            "export",
            "--format",
            format,
            "--venue",
            "MICCAI",
            "--kind",
            "paper",
            "--has-code",
            "--year",
            "2021..",
        ];
        assert_eq!(stdout(&args), text, "{format} on standard output");
        let file = dir.join(format!("out.{format}"));
        let mut with_file = args.to_vec();
        with_file.extend(["-o", file.to_str().unwrap()]);
        let output = rrg(&with_file);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(
            output.stdout.is_empty(),
            "nothing on standard output with -o"
        );
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            text,
            "{format} to a file"
        );
        assert_eq!(
            stderr(&output).contains("is now called `--format bibtex`"),
            format == "biblatex-portable",
            "only the old name is deprecated: {format}"
        );
    }
    let everything = stdout(&["export", "-f", "json"]);
    assert_eq!(everything, export::json::to_string(rrg_catalog::entries()));
}

#[test]
fn stats_counts_the_selection() {
    let all = stdout(&["stats"]);
    assert!(all.starts_with(&format!("{} works\n", rrg_catalog::entries().len())));
    for section in [
        "by year",
        "by venue",
        "by kind",
        "with official code",
        "involving an LLM",
        "completeness",
    ] {
        assert!(all.contains(section), "{section} missing:\n{all}");
    }
    let llm = stdout(&["stats", "--llm"]);
    let count = rrg_catalog::involving_llm().count();
    assert!(llm.starts_with(&format!("{count} works\n")), "{llm}");
    assert!(llm.contains(&format!(
        "involving an LLM       {count:>4} of {count} (100%)"
    )));
}

#[test]
fn regenerate_checks_the_repository_and_writes_a_copy() {
    let root = repository_root();
    let check = rrg(&["regenerate", "--check", "--root", root.to_str().unwrap()]);
    assert!(
        check.status.success(),
        "the committed files are out of date:\n{}",
        stderr(&check)
    );

    let copy = scratch("regenerate");
    std::fs::create_dir_all(copy.join("rrg-catalog/data")).unwrap();
    for data in ["reference.bib", "results.toml"] {
        std::fs::copy(
            root.join("rrg-catalog/data").join(data),
            copy.join("rrg-catalog/data").join(data),
        )
        .unwrap();
    }
    let stale = rrg(&["regenerate", "--check", "--root", copy.to_str().unwrap()]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(stderr(&stale).contains("out of date: schema/catalog.json"));

    let written = stdout(&["regenerate", "--root", copy.to_str().unwrap()]);
    let source = std::fs::read_to_string(root.join("rrg-catalog/data/reference.bib")).unwrap();
    let results = std::fs::read_to_string(root.join("rrg-catalog/data/results.toml")).unwrap();
    let files = rrg_cli::regenerate::files(&source, &results).unwrap();
    assert_eq!(written.matches("wrote ").count(), files.len(), "{written}");
    for file in &files {
        assert_eq!(
            std::fs::read(copy.join(file.path)).unwrap(),
            std::fs::read(root.join(file.path)).unwrap(),
            "{}",
            file.path
        );
    }
    let again = stdout(&["regenerate", "--root", copy.to_str().unwrap()]);
    assert_eq!(again.matches("unchanged ").count(), files.len(), "{again}");
}

#[test]
fn regenerate_refuses_a_folder_that_is_not_the_repository() {
    let empty = scratch("not-a-repository");
    let output = rrg(&["regenerate", "--root", empty.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("is not the repository root"),
        "{}",
        stderr(&output)
    );
    assert!(
        std::fs::read_dir(&empty).unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn bad_flags_exit_with_status_2_and_say_what_is_wrong() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["list", "--kind", "poem"],
            "invalid value 'poem' for '--kind <KIND>'",
        ),
        (
            &["list", "--modality", "x-ray-vision"],
            "invalid value 'x-ray-vision'",
        ),
        (
            &["list", "--year", "20x1"],
            "expected a year range such as 2021, 2021..2024",
        ),
        (&["list", "--year", "2024..2021"], "expected a year range"),
        (&["list", "--bogus"], "unexpected argument '--bogus'"),
        (&["list", "--llm", "--no-llm"], "cannot be used with"),
        (&["export"], "--format <FORMAT>"),
        (&["export", "--format", "yaml"], "invalid value 'yaml'"),
        (&["show"], "<KEY>"),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (&[], "Usage: rrg <COMMAND>"),
    ];
    for (args, message) in cases {
        let output = rrg(args);
        assert_eq!(output.status.code(), Some(2), "rrg {args:?}");
        assert!(output.stdout.is_empty(), "rrg {args:?} printed to stdout");
        let error = stderr(&output);
        assert!(error.contains(message), "rrg {args:?}: {error}");
    }
}

#[test]
fn results_are_selected_grouped_and_exported() {
    let text = stdout(&["results", "--work", "R2Gen", "--metric", "bleu-4"]);
    assert!(
        text.contains("BLEU-4 on mimic-cxr-official-test (section unstated), protocol r2gen:"),
        "{text}"
    );
    assert!(
        text.contains(
            "0.103  R2Gen            chen-etal-2020-generating  (reported; r2gen-table-3-mimic-cxr, Table 3)"
        ),
        "{text}"
    );
    assert!(text.contains("(cited via li-etal-2023-unify;"), "{text}");

    let json: serde_json::Value = serde_json::from_str(&stdout(&[
        "results",
        "--provenance",
        "measured",
        "--format",
        "json",
    ]))
    .unwrap();
    let scores = json["scores"].as_array().unwrap();
    assert_eq!(json["count"], scores.len());
    assert!(scores.iter().all(|score| score["provenance"] == "measured"));
    assert!(
        json["protocols"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == "rexrank")
    );

    let csv = stdout(&["results", "--dataset", "IU X-Ray", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("dataset,split,target,metric,protocol,work,name,")
    );
    assert!(lines.all(|line| line.starts_with("demner-fushman-etal-2016-preparing,")));
}

#[test]
fn results_rank_within_one_protocol() {
    let args = [
        "results",
        "--dataset",
        "MIMIC-CXR",
        "--split",
        "rexrank-mimic-cxr-test",
        "--metric",
        "radcliq-v1",
        "--rank",
    ];
    let text = stdout(&args);
    let values: Vec<f64> = text
        .lines()
        .skip(1)
        .map(|line| line.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(text.starts_with("RadCliQ-v1 on rexrank-mimic-cxr-test (findings+impression), protocol rexrank, lower is better:"));
    assert_eq!(values.len(), 10);
    assert!(
        values.windows(2).all(|pair| pair[0] <= pair[1]),
        "{values:?}"
    );

    let unknown = rrg(&["results", "--split", "rexrank-mimic-test"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("did you mean `rexrank-mimic-cxr-test`?"));
    let no_work = rrg(&["results", "--work", "R2Gem"]);
    assert_eq!(no_work.status.code(), Some(1));
}

#[test]
fn results_check_reports_every_finding_of_a_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let shipped = root.join("rrg-catalog/data/results.toml");
    let output = rrg(&["results", "--check", shipped.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = String::from_utf8(output.stdout).unwrap();
    // The known conflicts are warnings that name both sources.
    assert!(report.contains("warning[disputed-claim]"), "{report}");
    assert!(
        report.contains(
            "`dcaf-readme-mimic-cxr` claims other values than `li-2026-table-1-mimic-cxr`"
        )
    );

    let dir = scratch("results-check");
    let bad = dir.join("bad.toml");
    let text = std::fs::read_to_string(&shipped).unwrap().replacen(
        "bleu-2 = \"0.094\"",
        "bleu-2 = \"0.940\"",
        1,
    );
    std::fs::write(&bad, text).unwrap();
    let output = rrg(&["results", "--check", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(
        report.contains("error[value-not-quoted]: the quoted row does not print `0.940`"),
        "{report}"
    );
    assert!(report.contains(&format!("{}:", bad.display())), "{report}");
}
