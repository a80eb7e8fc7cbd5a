//! `rrg lint` as a user runs it: rustc-style and JSON output, exit
//! statuses, levels from flags and from a TOML file.

mod common;

use common::{rrg, scratch};
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../rrg-bib/tests/fixtures/lint")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn findings_are_printed_rustc_style_and_errors_exit_with_1() {
    let file = fixture("fields.bib");
    let output = rrg(&["lint", &file]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let out = text(&output.stdout);
    let expected = format!(
        "{file}:26:11: error[implausible-year]: year `20231` is not a plausible four-digit year\n\
         \x20  |\n\
         26 |   year = {{20231}},\n\
         \x20  |           ^^^^^\n\
         \x20  = help: write the year of publication as a number of up to four digits, at most 2100 (`-0335` before the common era)\n"
    );
    assert!(out.contains(&expected), "{out}");
    assert!(
        out.ends_with(&format!("{file}: 10 error(s), 7 warning(s)\n")),
        "{out}"
    );
}

#[test]
fn warnings_alone_exit_with_0_and_a_clean_file_says_so() {
    let output = rrg(&["lint", &fixture("consistency.bib"), "--allow", "same-work"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    let clean = rrg(&["lint", &fixture("bibtex-exports.bib")]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(text(&clean.stdout).ends_with("bibtex-exports.bib: 0 error(s), 0 warning(s)\n"));
}

#[test]
fn an_unreadable_file_exits_with_2_after_the_others_are_linted() {
    let output = rrg(&["lint", "no-such-file.bib", &fixture("latex.bib")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("cannot read no-such-file.bib"));
    assert!(text(&output.stdout).contains("error[unbalanced-braces]"));
}

#[test]
fn bytes_that_are_not_utf8_are_a_finding_not_a_failure_to_read() {
    let output = rrg(&["lint", &fixture("latin1.bib")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stdout).contains("error[non-utf8]: byte 0xE9 at byte offset 18 is not UTF-8")
    );
}

#[test]
fn json_output_has_the_documented_fields() {
    let output = rrg(&[
        "lint",
        "--format",
        "json",
        &fixture("consistency.bib"),
        "missing.bib",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["files"][0]["entries"], 4);
    assert_eq!(json["files"][0]["errors"], 1);
    assert_eq!(json["files"][0]["warnings"], 5);
    assert_eq!(json["files"][0]["notes"], 1);
    assert_eq!(json["unreadable"][0]["file"], "missing.bib");
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 7);
    let fields: Vec<&str> = diagnostics[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "byte_start",
        "byte_end",
        "level",
        "code",
        "message",
        "help",
        "notes",
    ];
    expected.sort_unstable();
    let mut sorted = fields.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, expected);
    let same_work = &diagnostics[5];
    assert_eq!(same_work["code"], "same-work");
    assert_eq!(same_work["level"], "error");
    assert_eq!(
        (same_work["line"].as_u64(), same_work["column"].as_u64()),
        (Some(28), Some(10))
    );
    assert_eq!(same_work["notes"][0]["line"], 20);
}

#[test]
fn levels_come_from_flags_and_a_toml_file() {
    let dir = scratch("lint-config");
    let config = dir.join("lint.toml");
    std::fs::write(
        &config,
        "[lints]\nsame-work = \"warn\"\nsimilar-title = \"deny\"\n",
    )
    .unwrap();
    let config = config.display().to_string();
    let file = fixture("consistency.bib");

    let output = rrg(&["lint", "--config", &config, &file]);
    assert_eq!(output.status.code(), Some(1));
    let out = text(&output.stdout);
    assert!(
        out.contains("error[similar-title]") && out.contains("warning[same-work]"),
        "{out}"
    );

    // Flags override the file.
    let output = rrg(&["lint", "--config", &config, "-A", "similar-title", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    assert!(!text(&output.stdout).contains("similar-title"));

    let output = rrg(&[
        "lint",
        "--deny",
        "warnings",
        &fixture("bibtex-exports.bib"),
        &file,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("error[key-case]"));
    assert!(text(&output.stdout).contains("note[arxiv-preprint]"));
}

#[test]
fn unknown_codes_and_bad_configurations_exit_with_2() {
    let output = rrg(&["lint", "--deny", "similar-titel", &fixture("latex.bib")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("did you mean `similar-title`?"));

    let dir = scratch("lint-bad-config");
    let config = dir.join("lint.toml");
    std::fs::write(&config, "[lints]\nkey-case = \"forbid\"\n").unwrap();
    let output = rrg(&[
        "lint",
        "--config",
        config.to_str().unwrap(),
        &fixture("latex.bib"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("not a lint level"));

    let output = rrg(&["lint"]);
    assert_eq!(output.status.code(), Some(2), "a file is required");
}

#[test]
fn list_names_every_code_with_its_level() {
    let out = text(&rrg(&["lint", "--list"]).stdout);
    for lint in rrg_bib::codes::LINTS {
        assert!(out.contains(lint.code), "{}", lint.code);
    }
    assert!(
        out.contains("key-convention")
            && out
                .lines()
                .any(|l| l.starts_with("key-convention") && l.contains("allow"))
    );
    let catalogue = text(&rrg(&["lint", "--list", "--catalogue"]).stdout);
    assert!(
        catalogue
            .lines()
            .any(|l| l.starts_with("key-convention") && l.contains("deny"))
    );
}

#[test]
fn the_catalogue_passes_its_own_rules_and_stdin_is_read() {
    let reference = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rrg-catalog/data/reference.bib");
    let output = rrg(&["lint", "--catalogue", reference.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));

    let mut child = Command::new(env!("CARGO_BIN_EXE_rrg"))
        .args(["lint", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"@misc{x, title = {T}, author = {A}, year = {20x1}}\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).starts_with("<stdin>:1:45: error[implausible-year]"));
}

#[test]
fn several_files_are_one_bibliography_unless_linted_separately() {
    let dir = scratch("lint-together");
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let strings = write(
        "abbrv.bib",
        "@string{jair = {Journal of Artificial Intelligence Research}}\n",
    );
    let parents = write(
        "parents.bib",
        "@proceedings{icaps-2020, title = {Proceedings of ICAPS 2020}, year = {2020}}\n",
    );
    let papers = write(
        "papers.bib",
        "@article{helmert-2006,\n  author = {Helmert, Malte},\n  title = {The Fast Downward Planning System},\n  journal = jair,\n  year = {2006},\n}\n\
         @inproceedings{seipp-2020,\n  author = {Seipp, Jendrik},\n  title = {Saturated Post-hoc Optimization},\n  crossref = {icaps-2020},\n}\n",
    );

    let together = rrg(&["lint", &strings, &parents, &papers]);
    assert_eq!(
        together.status.code(),
        Some(0),
        "{}",
        text(&together.stdout)
    );
    assert!(text(&together.stdout).ends_with("3 files: 0 error(s), 0 warning(s), 0 note(s)\n"));

    let separately = rrg(&["lint", "--separately", &strings, &parents, &papers]);
    assert_eq!(separately.status.code(), Some(1));
    let out = text(&separately.stdout);
    assert!(
        out.contains("error[unknown-abbreviation]") && out.contains("error[unknown-crossref]"),
        "{out}"
    );

    let json = rrg(&["lint", "--format", "json", &strings, &parents, &papers]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    let entries: Vec<u64> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["entries"].as_u64().unwrap())
        .collect();
    assert_eq!(entries, [0, 1, 2]);

    let again = write(
        "again.bib",
        "@misc{helmert-2006, title = {Another}, year = {2007}}\n",
    );
    let duplicate = rrg(&["lint", &strings, &papers, &again, &parents]);
    assert_eq!(duplicate.status.code(), Some(1));
    assert!(
        text(&duplicate.stdout).contains(&format!(
            "{again}:1:7: error[duplicate-key]: duplicate key `helmert-2006` (first used as a key at {papers}:1:10)"
        )),
        "{}",
        text(&duplicate.stdout)
    );
}

/// The catalogue's link checks are off for a user's file, and `--warn`
/// turns them on.
#[test]
fn link_checks_can_be_turned_on_for_a_users_file() {
    let dir = scratch("lint-links");
    let bib = dir.join("links.bib");
    std::fs::write(
        &bib,
        "@article{a2020,\n  author = {Doe, Jane}, title = {One}, journal = {J}, year = {2020},\n  url = {https://example.org/paper.pdf},\n}\n\
         @article{b2021,\n  author = {Roe, Rick}, title = {Two}, journal = {J}, year = {2021},\n  url = {http://www.example.org/paper.pdf/}, doi = {10.1000/def},\n}\n",
    )
    .unwrap();
    let quiet = rrg(&["lint", bib.to_str().unwrap()]);
    assert_eq!(quiet.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&quiet.stdout).contains("shared-link"));
    let asked = rrg(&["lint", "--warn", "shared-link", bib.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&asked.stdout);
    assert!(
        text.contains(
            "links.bib:7:10: warning[shared-link]: `b2021` has the paper link of `a2020`"
        ),
        "{text}"
    );
}
