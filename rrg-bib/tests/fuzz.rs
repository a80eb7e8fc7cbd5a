//! Property tests: whatever bytes it is given, the reader, the validator
//! and the linter return findings — no panic, no hang — and every finding
//! points inside the text and renders.
//!
//! Three kinds of input: arbitrary bytes, BibTeX-like token soup, and real
//! entries of the catalogue cut, spliced and garbled. The normal test run
//! tries a few thousand inputs (`RRG_FUZZ_CASES` per kind, default 1,000).
//! The long run is ignored by default:
//!
//! ```sh
//! RRG_FUZZ_CASES=1000000 RRG_FUZZ_SECONDS=3600 \
//!     cargo test -p rrg-bib --release --test fuzz -- --ignored --nocapture
//! ```
//!
//! It runs the three kinds in turn in batches of 10,000 with fixed seeds
//! until it has tried `RRG_FUZZ_CASES` inputs or `RRG_FUZZ_SECONDS` have
//! passed, and prints how many it tried and how long it took.

use std::time::{Duration, Instant};

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use rrg_bib::bumpalo::Bump;
use rrg_bib::{LintOptions, Rules, Source, decode, lint_decoded, load};

const REFERENCE: &str = include_str!("../../rrg-catalog/data/reference.bib");

/// Pieces of BibTeX syntax and text that parsers and LaTeX treat specially.
const TOKENS: &[&str] = &[
    "@",
    "@article",
    "@string",
    "@comment",
    "@preamble",
    "{",
    "}",
    "(",
    ")",
    "\"",
    ",",
    "=",
    "#",
    "%",
    "\\",
    "\\\"",
    "\\{",
    "\\}",
    "{\\\"u}",
    "\\'",
    "\\c{c}",
    "$",
    "$x^2$",
    "~",
    "^",
    "_",
    "&",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "and",
    " and ",
    "others",
    "and others",
    "{and}",
    "--",
    "-",
    "title",
    "author",
    "year",
    "month",
    "jun",
    "June",
    "date",
    "pages",
    "doi",
    "10.1000/x",
    "eprint",
    "2010.16056",
    "url",
    "https://",
    "ids",
    "related",
    "unknown",
    "kind",
    "journal",
    "booktitle",
    "2021",
    "20211",
    "0",
    "é",
    "ß",
    "漢字",
    "🦀",
    "\u{200f}",
    "\u{202e}",
    "\u{feff}",
    "\u{0}",
    "\u{7f}",
    "\u{1b}",
    "*/",
    "/*",
    "r#\"",
    "\"#",
    "\\\\",
    "{{{{",
    "}}}}",
];

/// The entries of the catalogue's source, each from its `@` to the next.
fn real_entries() -> Vec<&'static str> {
    let mut starts: Vec<usize> = REFERENCE
        .match_indices("\n@")
        .map(|(at, _)| at + 1)
        .collect();
    starts.push(REFERENCE.len());
    starts.windows(2).map(|w| &REFERENCE[w[0]..w[1]]).collect()
}

/// Reads, validates and lints `bytes` under both rule sets; checks that
/// every finding lies within the text and renders, and that a catalogue
/// that loads generates code.
fn exercise(bytes: &[u8]) -> Result<(), TestCaseError> {
    let started = Instant::now();
    let decoded = decode(bytes);
    prop_assert_eq!(decoded.text.len(), bytes.len(), "offsets stay the file's");
    for options in [LintOptions::user(), LintOptions::catalogue()] {
        let report = lint_decoded("fuzz.bib", &decoded, &options);
        for finding in &report.diagnostics {
            prop_assert!(finding.span.start <= finding.span.end, "{:?}", finding);
            prop_assert!(finding.span.end <= decoded.text.len(), "{:?}", finding);
            for (_, span) in &finding.notes {
                prop_assert!(span.end <= decoded.text.len(), "{:?}", finding);
            }
            let rendered = finding.render(&report.source);
            prop_assert!(rendered.contains(finding.code));
            let json = finding.to_json(&report.source);
            let braced = json.starts_with('{') && json.ends_with('}');
            prop_assert!(braced, "{}", json);
        }
        let _ = report.to_string();
    }
    let arena = Bump::new();
    if let Ok(catalog) = load(
        Source::new("fuzz.bib", &decoded.text),
        &arena,
        Rules { catalogue: true },
    ) {
        let code = rrg_bib::generate::generate(
            &catalog,
            rrg_bib::generate::Provenance {
                generator: "fuzz",
                command: "fuzz",
            },
        );
        prop_assert!(code.contains("ENTRIES"));
    }
    prop_assert!(
        started.elapsed() < Duration::from_secs(10),
        "one input took {:?}",
        started.elapsed()
    );
    Ok(())
}

fn arbitrary_bytes() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 0..1024)
}

fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    vec(
        prop_oneof![
            4 => proptest::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
            1 => "[a-z0-9 .:/-]{0,12}".prop_map(String::into_bytes),
            1 => vec(any::<u8>(), 0..4),
        ],
        0..96,
    )
    .prop_map(|pieces| pieces.concat())
}

/// One edit of a text: where (a fraction of its length), what, how much.
#[derive(Debug, Clone)]
enum Edit {
    Insert(f64, &'static str),
    Delete(f64, usize),
    Byte(f64, u8),
    Repeat(f64, usize),
    Swap(f64, f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0.0..1.0f64;
    prop_oneof![
        (at.clone(), proptest::sample::select(TOKENS)).prop_map(|(a, t)| Edit::Insert(a, t)),
        (at.clone(), 1..40usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        (at.clone(), any::<u8>()).prop_map(|(a, b)| Edit::Byte(a, b)),
        (at.clone(), 1..80usize).prop_map(|(a, n)| Edit::Repeat(a, n)),
        (at.clone(), at).prop_map(|(a, b)| Edit::Swap(a, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let place = |fraction: f64, len: usize| ((fraction * len as f64) as usize).min(len);
    match *edit {
        Edit::Insert(at, token) => {
            let at = place(at, bytes.len());
            bytes.splice(at..at, token.bytes());
        }
        Edit::Delete(at, n) => {
            let at = place(at, bytes.len());
            let end = (at + n).min(bytes.len());
            bytes.drain(at..end);
        }
        Edit::Byte(at, byte) => {
            let at = place(at, bytes.len());
            if at < bytes.len() {
                bytes[at] = byte;
            }
        }
        Edit::Repeat(at, n) => {
            let at = place(at, bytes.len());
            let end = (at + n).min(bytes.len());
            let copy = bytes[at..end].to_vec();
            bytes.splice(end..end, copy);
        }
        Edit::Swap(a, b) => {
            let (a, b) = (place(a, bytes.len()), place(b, bytes.len()));
            if a < bytes.len() && b < bytes.len() {
                bytes.swap(a, b);
            }
        }
    }
}

fn mutated_entries() -> impl Strategy<Value = Vec<u8>> {
    let count = real_entries().len();
    (vec(0..count, 1..4), vec(edit(), 0..12)).prop_map(|(picked, edits)| {
        let entries = real_entries();
        let mut bytes: Vec<u8> = picked.iter().flat_map(|&i| entries[i].bytes()).collect();
        for edit in &edits {
            apply(&mut bytes, edit);
        }
        bytes
    })
}

fn cases() -> u32 {
    std::env::var("RRG_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000)
}

fn runner(cases: u32, seed: u64) -> TestRunner {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    TestRunner::new_with_rng(
        Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &key),
    )
}

fn check<S: Strategy<Value = Vec<u8>>>(strategy: S, seed: u64, cases: u32) {
    if let Err(failure) = runner(cases, seed).run(&strategy, |bytes| exercise(&bytes)) {
        panic!("{failure}");
    }
}

#[test]
fn arbitrary_bytes_never_break_the_linter() {
    check(arbitrary_bytes(), 1, cases());
}

#[test]
fn bibtex_like_token_soup_never_breaks_the_linter() {
    check(token_soup(), 2, cases());
}

#[test]
fn garbled_real_entries_never_break_the_linter() {
    check(mutated_entries(), 3, cases());
}

/// The unedited catalogue lints without an error under both rule sets.
#[test]
fn the_real_entries_survive_unedited() {
    exercise(REFERENCE.as_bytes()).unwrap();
}

#[test]
#[ignore = "the long run: minutes to hours, see the module documentation"]
fn long_run() {
    let total: u64 = std::env::var("RRG_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let limit = Duration::from_secs(
        std::env::var("RRG_FUZZ_SECONDS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(3600),
    );
    const BATCH: u32 = 10_000;
    let started = Instant::now();
    let mut tried = [0u64; 3];
    let mut batch = 0u64;
    while tried.iter().sum::<u64>() < total && started.elapsed() < limit {
        let kind = (batch % 3) as usize;
        let seed = 1_000 + batch;
        match kind {
            0 => check(arbitrary_bytes(), seed, BATCH),
            1 => check(token_soup(), seed, BATCH),
            _ => check(mutated_entries(), seed, BATCH),
        }
        tried[kind] += u64::from(BATCH);
        batch += 1;
        if batch % 10 == 0 {
            eprintln!(
                "{} inputs in {:.0?}",
                tried.iter().sum::<u64>(),
                started.elapsed()
            );
        }
    }
    println!(
        "fuzz long run: {} inputs ({} arbitrary bytes, {} token soup, {} garbled real entries) in {:.1?}, no failure",
        tried.iter().sum::<u64>(),
        tried[0],
        tried[1],
        tried[2],
        started.elapsed()
    );
}
