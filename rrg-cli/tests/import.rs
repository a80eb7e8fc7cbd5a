//! `rrg import` as a user runs it: exit statuses, the JSON report, the
//! candidate file, the schema, and `rrg export --format csv`.

mod common;

use common::{rrg, scratch};

const LIST: &str = "## 2020\n\n- Generating Radiology Reports via Memory-driven Transformer (**EMNLP'20**) [[paper](https://arxiv.org/abs/2010.16056)]\n- An Invented Work on Report Drafting (**MICCAI'25**) [[paper](https://example.org/a.pdf)][[code]]\n- Another Invented Work With the Same Link (**MICCAI'25**) [[paper](https://example.org/a.pdf)]\n";

#[test]
fn a_list_with_an_error_exits_with_1_and_reports_in_json() {
    let dir = scratch("import-json");
    let list = dir.join("list.md");
    std::fs::write(&list, LIST).unwrap();
    let output = rrg(&["import", "--format", "json", list.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let statuses: Vec<&str> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["matched", "new", "new"]);
    assert_eq!(report["items"][0]["key"], "chen-etal-2020-generating");
    let codes: Vec<&str> = report["defects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|defect| defect["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["empty-link", "shared-paper-link"]);
}

#[test]
fn write_gives_candidates_that_lint_clean_under_the_catalogue_s_rules() {
    let dir = scratch("import-write");
    let list = dir.join("list.md");
    let out = dir.join("candidates.bib");
    std::fs::write(&list, LIST).unwrap();
    let output = rrg(&[
        "import",
        "--write",
        out.to_str().unwrap(),
        list.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("wrote 2 candidate entries"));
    let human = String::from_utf8_lossy(&output.stdout);
    assert!(
        human.contains("list.md: 3 items (markdown): 1 matched, 2 new, 0 ambiguous, 0 excluded"),
        "{human}"
    );
    let lint = rrg(&["lint", "--catalogue", out.to_str().unwrap()]);
    assert_eq!(
        lint.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&lint.stdout)
    );
}

#[test]
fn unreadable_files_exit_with_2_and_the_schema_prints() {
    let dir = scratch("import-unreadable");
    let output = rrg(&["import", dir.join("missing.md").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let output = rrg(&["import", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "a folder is no list");
    let schema = rrg(&["import", "--schema"]);
    assert_eq!(schema.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&schema.stdout),
        rrg_import::schema::to_string()
    );
}

#[test]
fn export_as_csv_has_a_row_per_work() {
    let output = rrg(&["export", "--format", "csv"]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        text,
        rrg_catalog::export::csv::to_string(rrg_catalog::entries())
    );
}
