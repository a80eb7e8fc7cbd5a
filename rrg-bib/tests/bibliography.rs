//! Several files linted as one bibliography: `@string`s and `crossref`
//! parents shared in the order given, one key in two files a duplicate,
//! and each file's findings and entry count its own.

use rrg_bib::{Decoded, LintOptions, decode, lint_bibliography};

fn lint_together(files: &[(&str, &str)]) -> Vec<(Vec<String>, usize)> {
    let decoded: Vec<Decoded<'_>> = files
        .iter()
        .map(|(_, text)| decode(text.as_bytes()))
        .collect();
    let named: Vec<(&str, &Decoded<'_>)> =
        files.iter().map(|(name, _)| *name).zip(&decoded).collect();
    lint_bibliography(&named, &LintOptions::user())
        .into_iter()
        .map(|file| (file.report.headlines(), file.entries))
        .collect()
}

const STRINGS: &str = "@string{jair = {Journal of Artificial Intelligence Research}}\n";
const PARENTS: &str =
    "@proceedings{icaps-2020,\n  title = {Proceedings of ICAPS 2020},\n  year = {2020},\n}\n";
const PAPERS: &str = "@article{helmert-2006,\n  author = {Helmert, Malte},\n  title = {The Fast Downward Planning System},\n  journal = jair,\n  year = {2006},\n}\n@inproceedings{seipp-2020,\n  author = {Seipp, Jendrik},\n  title = {Saturated Post-hoc Optimization},\n  crossref = {icaps-2020},\n}\n";

#[test]
fn strings_and_parents_in_companion_files() {
    assert_eq!(
        lint_together(&[
            ("abbrv.bib", STRINGS),
            ("parents.bib", PARENTS),
            ("papers.bib", PAPERS)
        ]),
        [(vec![], 0), (vec![], 1), (vec![], 2)]
    );
}

#[test]
fn a_parent_may_come_later_but_a_string_may_not() {
    let linted = lint_together(&[
        ("papers.bib", PAPERS),
        ("parents.bib", PARENTS),
        ("abbrv.bib", STRINGS),
    ]);
    assert_eq!(
        linted[0].0,
        [
            "papers.bib:4:13: error[late-abbreviation]: `jair` is used before its `@string` definition, which is in abbrv.bib, read later"
        ]
    );
    assert!(linted[1].0.is_empty() && linted[2].0.is_empty());
}

#[test]
fn one_key_in_two_files_is_a_duplicate_named_in_both() {
    let first = "@misc{shared-key,\n  title = {One},\n  year = {2020},\n}\n";
    let second = "% another file\n@misc{shared-key,\n  title = {Two},\n  year = {2021},\n}\n";
    let linted = lint_together(&[("a.bib", first), ("b.bib", second)]);
    assert!(linted[0].0.is_empty());
    assert_eq!(
        linted[1].0,
        [
            "b.bib:2:7: error[duplicate-key]: duplicate key `shared-key` (first used as a key at a.bib:1:7)"
        ]
    );
}

#[test]
fn each_file_alone_is_a_bibliography_of_one() {
    let alone = lint_together(&[("papers.bib", PAPERS)]);
    assert_eq!(
        alone[0].0,
        [
            "papers.bib:4:13: error[unknown-abbreviation]: `jair` is no `@string` abbreviation defined in this file",
            "papers.bib:7:16: error[missing-field]: `@inproceedings` entry lacks required field `booktitle`",
            "papers.bib:7:16: error[missing-field]: `@inproceedings` entry lacks required field `year`",
            "papers.bib:10:15: error[unknown-crossref]: `crossref` names `icaps-2020`, which is no entry of the bibliography",
        ]
    );
    assert_eq!(alone[0].1, 2);
}

#[test]
fn positions_stay_each_files_own() {
    // A long first file must not move the second file's positions.
    let long = "% padding\n".repeat(500) + "@misc{x, title = {X}, year = {2000}}\n";
    let broken = "@misc{y, title = {Y}, year = {20000}}\n";
    let linted = lint_together(&[("long.bib", &long), ("broken.bib", broken)]);
    assert_eq!(
        linted[1].0,
        [
            "broken.bib:1:31: error[implausible-year]: year `20000` is not a plausible four-digit year"
        ]
    );
}
