//! Hostile strings cannot break the generated code or any export.
//!
//! `tests/fixtures/injection.bib` holds titles, names, venues and links with
//! `"`, `\`, `#`, `"#`, `}`, `{`, `*/`, `/*`, `r#"`, line breaks, tabs,
//! control characters (U+0001, ESC, DEL, U+009B), right-to-left marks and
//! overrides, isolates, emoji and Markdown. The test builds a real catalogue
//! from it: a small program depending on this crate is compiled with
//! `RRG_CATALOG_BIB` pointing at the fixture (in its own target directory,
//! `target/injection-check`, so that the workspace's build is not disturbed)
//! and prints every string of every entry and every export. Each must be
//! the string the `.bib` expresses, byte for byte:
//!
//! - the constants, the JSON and the CSL-JSON export: exactly;
//! - the canonical BibTeX export: read back by `rrg_bib`, the same entries;
//! - the portable BibTeX export: read back as a user's file, the same titles,
//!   names and links;
//! - the Markdown list: escaped, so that unescaping gives the title back
//!   (with line breaks and control characters shown as spaces, as the list
//!   does by design), and no title or venue makes a link, an image or HTML.
//!
//! What the `.bib` form itself cannot carry: the reader collapses every run
//! of white space in text (line breaks and tabs included) to one space and
//! trims the ends; a link cannot contain white space, nor a `}` without its
//! `{`, nor end in `\`. Everything else here round-trips.

use std::path::{Path, PathBuf};
use std::process::Command;

use rrg_bib::bumpalo::Bump;
use rrg_bib::{Rules, Source, load};
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/injection.bib");

/// What the fixture expresses, written independently of the reader.
struct Expected {
    key: &'static str,
    title: &'static str,
    short_name: Option<&'static str>,
    venue: &'static str,
    authors: &'static [(&'static str, &'static str)],
    links: [Option<&'static str>; 5],
}

const EXPECTED: &[Expected] = &[
    Expected {
        key: "inject-2024-bidi",
        title: "Right-to-left \u{200f}mark, override \u{202e}txet \u{2066} isolate \u{2069} and emoji 🦀🩻👩\u{200d}⚕\u{fe0f}",
        short_name: None,
        venue: "arXiv",
        authors: &[("Levi \u{200f}", "Dana"), ("Müller 🦀", "Jürgen")],
        links: [
            None,
            None,
            None,
            None,
            Some("https://example.org/🦀/\u{202e}x"),
        ],
    },
    Expected {
        key: "inject-2024-comments",
        title: "Comment */ and /* and r#\" and #\" and \"## raw-string breakers",
        short_name: Some("*/ r#\""),
        venue: "arXiv",
        authors: &[("Star", "Slash")],
        links: [
            None,
            None,
            None,
            Some("https://example.org/%22%7D/{\"}?q=\"&r=#x"),
            None,
        ],
    },
    Expected {
        key: "inject-2024-control",
        title: "Line one line two tabbed, bell \u{1} escape \u{1b} delete \u{7f} csi \u{9b} end",
        short_name: None,
        venue: "arXiv",
        authors: &[("Tab", "Ulation")],
        links: [None; 5],
    },
    Expected {
        key: "inject-2024-markdown",
        title: "Click [here](https://evil.example) and <script>alert(1)</script> *bold* _it_ `code` @user #1 ![i](j) www.evil.example https://evil.example",
        short_name: None,
        venue: "[MD](x)",
        authors: &[("Mallory", "Eve")],
        links: [
            Some("https://example.org/a)b(c<d>e`f\\g"),
            None,
            None,
            None,
            None,
        ],
    },
    Expected {
        key: "inject-2024-quotes",
        title: "Quote \" and backslash \\ and hash # and \"# and brace } and { open",
        short_name: None,
        venue: "\"Quoted\" # Venue",
        authors: &[
            ("O\"Quote", "Jane"),
            ("Back\\slash", "Hash#"),
            ("Brace } Inc.", ""),
        ],
        links: [
            Some("https://example.org/a\"b#c*/d/*e"),
            Some("https://example.org/r#\"x\"#"),
            None,
            None,
            None,
        ],
    },
];

const CHECK_MAIN: &str = r#"
use rrg_catalog::export::{self, bibtex::Style};
use serde_json::json;

fn main() {
    let all = rrg_catalog::entries();
    let entries: Vec<_> = all
        .iter()
        .map(|e| {
            json!({
                "key": e.key,
                "title": e.title,
                "short_name": e.short_name,
                "venue": e.venue.short,
                "authors": e.authors.iter().map(|p| [p.family, p.given.unwrap_or("")]).collect::<Vec<_>>(),
                "links": [e.links.paper, e.links.code, e.links.reproduction, e.links.project, e.links.dataset],
            })
        })
        .collect();
    // Every named constant is its entry.
    assert_eq!(*rrg_catalog::entries::INJECT_2024_QUOTES, all[4]);
    assert_eq!(*rrg_catalog::entries::INJECT_2024_BIDI, all[0]);
    let mut json_export = Vec::new();
    export::json::write(all, &mut json_export).unwrap();
    let mut csl = Vec::new();
    export::csl::write(all, &mut csl).unwrap();
    let out = json!({
        "entries": entries,
        "json": String::from_utf8(json_export).unwrap(),
        "csl": String::from_utf8(csl).unwrap(),
        "bibtex": export::bibtex::to_string(all, Style::Canonical),
        "portable": export::bibtex::to_string(all, Style::Portable),
        "markdown": export::markdown::to_string(all),
    });
    println!("{out}");
}
"#;

fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/injection.bib")
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Builds and runs the check program against a catalogue generated from the
/// fixture; returns what it printed.
fn run_check_program() -> Value {
    let root = workspace();
    let dir = root.join("target/injection-check");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"injection-check\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nrrg-catalog = {{ path = {:?}, features = [\"json\", \"reader\"] }}\nserde_json = \"1\"\n\n[workspace]\n",
        root.join("rrg-catalog").display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("src/main.rs"), CHECK_MAIN).unwrap();
    // The workspace's lock file pins the same versions, all already fetched.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let fixture = fixture_path();
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("RRG_CATALOG_BIB", &fixture)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the check program failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the check program prints JSON")
}

/// The code the build script wrote for the check program's catalogue (the
/// latest, if the directory has older builds).
fn built_code() -> String {
    let build = workspace().join("target/injection-check/target/debug/build");
    let newest = std::fs::read_dir(&build)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.ok()?.path().join("out/catalog.rs");
            let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
            Some((modified, path))
        })
        .max()
        .expect("the build script wrote catalog.rs");
    std::fs::read_to_string(newest.1).unwrap()
}

/// The code generated in this process from the fixture, named as the
/// build script names a source given by `RRG_CATALOG_BIB`.
fn generated_code() -> String {
    let arena = Bump::new();
    let name = fixture_path().display().to_string();
    let catalog = load(
        Source::new(&name, FIXTURE),
        &arena,
        Rules { catalogue: true },
    )
    .unwrap_or_else(|report| panic!("{report}"));
    rrg_bib::generate::generate(&catalog, rrg_bib::generate::SHIPPED)
}

#[test]
fn hostile_strings_come_back_byte_for_byte_from_constants_and_exports() {
    let printed = run_check_program();
    // Deterministic: the build wrote exactly what this process generates.
    assert!(
        built_code() == generated_code(),
        "the build script wrote other code than generate() gives"
    );

    // The constants.
    let entries = printed["entries"].as_array().unwrap();
    assert_eq!(entries.len(), EXPECTED.len());
    for (entry, expected) in entries.iter().zip(EXPECTED) {
        assert_eq!(entry["key"], expected.key);
        assert_eq!(entry["title"], expected.title, "{}", expected.key);
        assert_eq!(entry["short_name"].as_str(), expected.short_name);
        assert_eq!(entry["venue"], expected.venue);
        let authors: Vec<(String, String)> = entry["authors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pair| {
                (
                    pair[0].as_str().unwrap().to_owned(),
                    pair[1].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let wanted: Vec<(String, String)> = expected
            .authors
            .iter()
            .map(|(f, g)| (f.to_string(), g.to_string()))
            .collect();
        assert_eq!(authors, wanted, "{}", expected.key);
        let links: Vec<Option<&str>> = entry["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(Value::as_str)
            .collect();
        assert_eq!(links, expected.links, "{}", expected.key);
    }

    // The JSON export.
    let json: Value = serde_json::from_str(printed["json"].as_str().unwrap()).unwrap();
    for (entry, expected) in json["entries"].as_array().unwrap().iter().zip(EXPECTED) {
        assert_eq!(entry["title"], expected.title);
        assert_eq!(entry["venue"]["short"], expected.venue);
        assert_eq!(entry["authors"][0]["family"], expected.authors[0].0);
        assert_eq!(entry["links"]["paper"].as_str(), expected.links[0]);
        assert_eq!(entry["links"]["code"].as_str(), expected.links[1]);
        assert_eq!(entry["links"]["project"].as_str(), expected.links[3]);
        assert_eq!(entry["links"]["dataset"].as_str(), expected.links[4]);
    }

    // The CSL-JSON export.
    let csl: Value = serde_json::from_str(printed["csl"].as_str().unwrap()).unwrap();
    for (item, expected) in csl.as_array().unwrap().iter().zip(EXPECTED) {
        assert_eq!(item["id"], expected.key);
        assert_eq!(item["title"], expected.title);
        for (name, (family, given)) in item["author"]
            .as_array()
            .unwrap()
            .iter()
            .zip(expected.authors)
        {
            assert_eq!(name["family"], *family);
            if !given.is_empty() {
                assert_eq!(name["given"], *given);
            }
        }
        assert_eq!(item["URL"].as_str(), expected.links[0]);
    }

    // The canonical BibTeX export reads back as the same entries.
    let arena = Bump::new();
    let original = load(
        Source::new("injection.bib", FIXTURE),
        &arena,
        Rules { catalogue: true },
    )
    .unwrap_or_else(|report| panic!("{report}"));
    let bibtex = printed["bibtex"].as_str().unwrap();
    let again = load(
        Source::new("export.bib", bibtex),
        &arena,
        Rules { catalogue: true },
    )
    .unwrap_or_else(|report| panic!("{report}\n{bibtex}"));
    assert_eq!(again.records.len(), original.records.len());
    for (again, original) in again.records.iter().zip(&original.records) {
        assert_eq!(again.entry, original.entry);
    }

    // The portable form reads back, as a user's file, with the same strings.
    let portable = printed["portable"].as_str().unwrap();
    let again = load(
        Source::new("portable.bib", portable),
        &arena,
        Rules { catalogue: false },
    )
    .unwrap_or_else(|report| panic!("{report}\n{portable}"));
    for (record, expected) in again.records.iter().zip(EXPECTED) {
        assert_eq!(record.entry.key, expected.key);
        assert_eq!(record.entry.title, expected.title);
        assert_eq!(record.entry.authors[0].family, expected.authors[0].0);
        assert_eq!(record.entry.links.paper, expected.links[0]);
    }

    // The Markdown list: escaped, never markup.
    let markdown = printed["markdown"].as_str().unwrap();
    for expected in EXPECTED {
        let shown: String = expected
            .title
            .chars()
            .map(|c| {
                if c.is_whitespace() || c.is_control() {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let found = markdown.lines().any(|line| unescape(line).contains(&shown));
        assert!(found, "{shown:?} not in\n{markdown}");
    }
    for (at, _) in markdown.match_indices("](") {
        let before = &markdown[..at];
        // `[[paper]](…)` as written by the export, or `\](` escaped.
        assert!(
            before.ends_with(']') || before.ends_with('\\'),
            "a link that the export did not write, at byte {at}:\n{markdown}"
        );
    }
    for (at, _) in markdown.match_indices('<') {
        assert!(
            markdown[..at].ends_with('\\'),
            "raw HTML at byte {at}:\n{markdown}"
        );
    }
    assert_eq!(
        markdown.matches("[[").count(),
        markdown.matches("]](").count()
    );
}

/// Markdown text with its backslash escapes removed.
fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

#[test]
fn the_fixture_generates_the_same_code_twice() {
    let first = generated_code();
    assert_eq!(first, generated_code());
    assert!(first.contains("INJECT_2024_QUOTES"));
}
