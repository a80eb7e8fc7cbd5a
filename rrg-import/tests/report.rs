//! The JSON report: its committed schema is up to date, the report
//! validates against it, and `--write` gives entries that the catalogue's
//! linter accepts (their missing facts declared in `unknown`).

mod common;

use std::path::Path;

use common::{fixture, import};

const SCHEMA: &str = "schema/import-report.schema.json";

#[test]
fn the_committed_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(SCHEMA);
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{SCHEMA}: {e}"));
    assert!(
        committed == rrg_import::schema::to_string(),
        "{SCHEMA} is out of date: run `cargo run -p rrg-cli -- regenerate` from the repository root"
    );
}

fn sample() -> rrg_import::Report {
    import(&[
        fixture("styles/table.md"),
        fixture("styles/venue-headings.md"),
        fixture("styles/bracket-paragraphs.md"),
        fixture("defects/links.md"),
        fixture("defects/braced.bib"),
    ])
}

/// With Python's jsonschema (installed by CI's consumer checks) the report
/// is validated against the schema; without it the check is skipped with a
/// printed line, unless `RRG_REQUIRE_JSONSCHEMA=1`.
#[test]
fn the_report_validates_against_its_schema() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-report");
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("report.json");
    std::fs::write(&report, rrg_import::schema::report_json(&sample())).unwrap();
    let schema = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(SCHEMA);
    let script = "import json,sys\nfrom jsonschema import Draft202012Validator as V\ns=json.load(open(sys.argv[1]))\nV.check_schema(s)\nerrors=list(V(s).iter_errors(json.load(open(sys.argv[2]))))\nfor e in errors: print(e.message)\nsys.exit(1 if errors else 0)\n";
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&schema)
        .arg(&report)
        .output();
    match output {
        Ok(output) if output.status.success() => {}
        Ok(output) if String::from_utf8_lossy(&output.stderr).contains("No module named") => skip(),
        Ok(output) => panic!(
            "the report does not validate:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(_) => skip(),
    }
}

fn skip() {
    assert!(
        std::env::var_os("RRG_REQUIRE_JSONSCHEMA").is_none_or(|v| v != "1"),
        "RRG_REQUIRE_JSONSCHEMA=1 but python3 with jsonschema is not available"
    );
    eprintln!("skipped: python3 with jsonschema is not available to validate the report");
}

#[test]
fn candidates_pass_the_catalogue_s_linter() {
    let report = sample();
    let taken = rrg_catalog::entries().iter().map(|entry| entry.key);
    let text = rrg_import::write::candidates(&report, taken);
    let new_works: std::collections::BTreeSet<usize> = report
        .items
        .iter()
        .filter(|item| item.status == rrg_import::Status::New)
        .map(|item| item.work)
        .collect();
    assert_eq!(text.matches("\n@").count(), new_works.len());
    // Without authors: the venue a list gives (`arxiv-2024-…`), else `anon`;
    // a title word more only where keys would collide.
    assert!(text.contains("@misc{arxiv-2024-third,"), "{text}");
    assert!(text.contains("@misc{anon-2024-third,"), "{text}");
    assert!(text.contains("  evidence     = {label},"), "{text}");
    let findings = rrg_bib::lint(
        rrg_bib::Source::new("candidates.bib", &text),
        &rrg_bib::LintOptions::catalogue(),
    );
    let errors: Vec<String> = findings
        .diagnostics
        .iter()
        .filter(|d| d.level == rrg_bib::Level::Error)
        .map(|d| d.headline(&findings.source))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{text}");
}
