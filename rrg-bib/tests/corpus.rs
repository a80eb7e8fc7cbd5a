//! The linter on a corpus of `.bib` files in the styles of the tools
//! people use (Zotero and Better BibTeX, JabRef, Mendeley, BibDesk, dblp,
//! the ACL Anthology, INSPIRE, ADS, Google Scholar, IEEE Xplore, the ACM
//! Digital Library, arXiv, knitr, BibTeX's and biblatex's own examples, a
//! hand-kept file), each compared with the whole output `rrg lint` gives
//! it, in `<name>.expected`.
//!
//! A `.bib` file in `tests/corpus/` is linted alone; a folder's `.bib`
//! files are linted together, in name order, as one bibliography (a
//! thesis's companion files). `RRG_BLESS=1` writes the expected files from
//! what the linter gives now: read every change before committing it.

use std::path::{Path, PathBuf};

use rrg_bib::{Decoded, LintOptions, decode, lint_bibliography};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// A file as it is reported, and its bytes.
type File = (String, Vec<u8>);

/// The bibliographies of the corpus: a name, and the files (named as they
/// are reported) with their bytes.
fn bibliographies() -> Vec<(String, Vec<File>)> {
    let dir = corpus();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    let read = |path: &Path, name: String| (name, std::fs::read(path).unwrap());
    let mut found = Vec::new();
    for path in entries {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .filter(|file| file.extension().is_some_and(|ext| ext == "bib"))
                .collect();
            files.sort();
            let files = files
                .iter()
                .map(|file| {
                    let name = format!("{stem}/{}", file.file_name().unwrap().to_string_lossy());
                    read(file, name)
                })
                .collect();
            found.push((stem, files));
        } else if path.extension().is_some_and(|ext| ext == "bib") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            found.push((stem, vec![read(&path, name)]));
        }
    }
    found
}

/// What `rrg lint` prints for these files, linted together.
fn output(files: &[File]) -> String {
    let decoded: Vec<Decoded<'_>> = files.iter().map(|(_, bytes)| decode(bytes)).collect();
    let named: Vec<(&str, &Decoded<'_>)> = files
        .iter()
        .map(|(name, _)| name.as_str())
        .zip(&decoded)
        .collect();
    let mut out = String::new();
    for file in lint_bibliography(&named, &LintOptions::user()) {
        out.push_str(&format!("{}\n", file.report));
    }
    out
}

#[test]
fn every_file_of_the_corpus_gives_exactly_its_expected_output() {
    let bless = std::env::var_os("RRG_BLESS").is_some_and(|v| v == "1");
    let bibliographies = bibliographies();
    let files: usize = bibliographies.iter().map(|(_, files)| files.len()).sum();
    assert!(files >= 20, "the corpus has {files} files");
    let mut differ = Vec::new();
    for (name, files) in &bibliographies {
        let path = corpus().join(format!("{name}.expected"));
        let got = output(files);
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (RRG_BLESS=1 writes it)", path.display()));
        if got != expected {
            differ.push(format!("--- {name}.expected\n{expected}\n+++ now\n{got}"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

/// Every error in the corpus is of a class that BibTeX or biber also
/// reports (or a duplicate): what the corpus shows of the linter's errors.
#[test]
fn the_corpus_errors_are_what_bibtex_or_biber_report_too() {
    const REPORTED_TOO: &[&str] = &[
        "syntax",
        "non-utf8",
        "unknown-abbreviation",
        "late-abbreviation",
        "duplicate-key",
        "missing-field",
        "implausible-year",
        "malformed-name",
        "unknown-crossref",
        "same-work",
    ];
    for (name, files) in bibliographies() {
        let decoded: Vec<Decoded<'_>> = files.iter().map(|(_, bytes)| decode(bytes)).collect();
        let named: Vec<(&str, &Decoded<'_>)> = files
            .iter()
            .map(|(name, _)| name.as_str())
            .zip(&decoded)
            .collect();
        for file in lint_bibliography(&named, &LintOptions::user()) {
            for finding in &file.report.diagnostics {
                if finding.level == rrg_bib::Level::Error {
                    assert!(
                        REPORTED_TOO.contains(&finding.code),
                        "{name}: {}",
                        finding.headline(&file.report.source)
                    );
                }
            }
        }
    }
}
