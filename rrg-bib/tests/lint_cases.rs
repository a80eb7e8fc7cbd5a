//! The minimal reproductions of what real `.bib` files showed, kept beside
//! the repository in `data/lint-cases` (see `common::shared_dir`): each
//! case gives the right answer — no finding where the file is valid, the
//! finding where it is not — with its exact headline.
//!
//! `B*` files are valid input the reader must read, `F*` valid input on
//! which an error was wrong, `M*` defects BibTeX or biber report, `N*` a
//! defect already found.

mod common;

use rrg_bib::{Level, LintOptions, LintedFile, decode, lint_bibliography};

/// Lints the cases named, as one bibliography in this order, and returns
/// each file's headlines and entry count. `None`: the cases are absent
/// (the test is skipped).
fn lint_cases(names: &[&str]) -> Option<Vec<(Vec<String>, usize)>> {
    let dir = common::shared_dir()?.join("data/lint-cases");
    let bytes: Vec<Vec<u8>> = names
        .iter()
        .map(|name| std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect();
    let decoded: Vec<_> = bytes.iter().map(|b| decode(b)).collect();
    let files: Vec<(&str, &rrg_bib::Decoded<'_>)> =
        names.iter().copied().zip(decoded.iter()).collect();
    let linted: Vec<LintedFile<'_>> = lint_bibliography(&files, &LintOptions::user());
    Some(
        linted
            .iter()
            .map(|file| (file.report.headlines(), file.entries))
            .collect(),
    )
}

/// Lints one case and checks its headlines and how many entries were read.
fn case(name: &str, entries: usize, expected: &[&str]) {
    let Some(mut linted) = lint_cases(&[name]) else {
        return;
    };
    let (headlines, read) = linted.pop().unwrap();
    assert_eq!(headlines, expected, "{name}");
    assert_eq!(read, entries, "{name}: entries read");
}

/// No finding in the case is an error.
fn no_error(name: &str) {
    let Some(dir) = common::shared_dir() else {
        return;
    };
    let bytes = std::fs::read(dir.join("data/lint-cases").join(name)).unwrap();
    let decoded = decode(&bytes);
    let report = rrg_bib::lint_decoded(name, &decoded, &LintOptions::user());
    assert!(
        report.diagnostics.iter().all(|d| d.level != Level::Error),
        "{report}"
    );
}

#[test]
fn b1_consecutive_comment_lines_inside_an_entry_are_read() {
    case(
        "B1-consecutive-percent-lines.bib",
        1,
        &[
            "B1-consecutive-percent-lines.bib:1:7: error[missing-field]: `@book` entry lacks required field `author`",
        ],
    );
}

#[test]
fn b2_a_preamble_concatenated_with_hash_is_read() {
    case("B2-preamble-concatenation.bib", 1, &[]);
}

#[test]
fn b3_a_braced_preamble_is_read() {
    case("B3-preamble-braced.bib", 1, &[]);
}

#[test]
fn f1_specials_in_fields_never_typeset_are_no_finding() {
    // `and others` is worth its own warning; the `%`, `#` and `&` are not.
    case(
        "F1-unescaped-special-nontypeset.bib",
        1,
        &[
            "F1-unescaped-special-nontypeset.bib:2:19: warning[truncated-authors]: the author list is cut short with `and others`",
        ],
    );
}

#[test]
fn f2_one_title_two_works_is_a_note() {
    case(
        "F2-same-work-title-only.bib",
        2,
        &[
            "F2-same-work-title-only.bib:9:14: note[same-title]: `LeCun2015` has the title of `Goodfellow2016`, but another year",
        ],
    );
}

#[test]
fn f3_fields_inherited_from_the_crossref_parent_count() {
    case("F3-crossref-same-file.bib", 2, &[]);
}

#[test]
fn f4_misc_online_manual_and_software_need_no_author() {
    case("F4-author-required-misc-online.bib", 3, &[]);
}

#[test]
fn f5_short_dois_and_dx_doi_org_forms_are_dois() {
    case(
        "F5-doi-forms.bib",
        2,
        &[
            "F5-doi-forms.bib:13:14: warning[doi-prefix]: DOI `http://dx.doi.org/10.1007/s00779-005-0347-6` carries a resolver prefix",
        ],
    );
}

#[test]
fn f6_years_before_1800_and_before_the_common_era() {
    case("F6-historical-years.bib", 2, &[]);
}

#[test]
fn f7_edtf_dates_with_unspecified_digits() {
    case("F7-edtf-unspecified.bib", 2, &[]);
}

#[test]
fn f8_an_undefined_month_macro_once_and_month_idioms_as_warnings() {
    case(
        "F8-month-macro-and-idioms.bib",
        3,
        &[
            "F8-month-macro-and-idioms.bib:7:15: error[unknown-abbreviation]: `ccs96month` is no `@string` abbreviation defined in this file",
            "F8-month-macro-and-idioms.bib:14:16: warning[month-form]: month `\"10~\" # jan` holds more than the month",
            "F8-month-macro-and-idioms.bib:21:15: warning[month-form]: month `may # \" 2 - \" # may # \" 7\"` holds more than the month",
        ],
    );
}

#[test]
fn f9_a_dblp_key_names_no_year() {
    case(
        "F9-dblp-corr-key.bib",
        1,
        &[
            "F9-dblp-corr-key.bib:4:14: note[arxiv-preprint]: `CoRR` names a preprint server: this `@article` is a preprint",
        ],
    );
}

#[test]
fn f10_journals_named_proceedings_are_journals() {
    case("F10-proceedings-journals.bib", 2, &[]);
}

#[test]
fn f11_location_and_address_warn_and_a_repeated_eprinttype_stays_an_error() {
    case(
        "F11-acm-location-address.bib",
        2,
        &[
            "F11-acm-location-address.bib:8:3: warning[location-and-address]: both `location` and `address` are given; biblatex reads `address` as `location` and keeps one",
            "F11-acm-location-address.bib:17:3: error[duplicate-field]: field `eprinttype` is given twice in this entry",
        ],
    );
}

#[test]
fn f12_ftp_links_are_links() {
    case("F12-ftp-url.bib", 1, &[]);
}

#[test]
fn f13_an_r_package_and_its_book_are_two_works() {
    case(
        "F13-knitr-write-bib.bib",
        2,
        &[
            "F13-knitr-write-bib.bib:9:12: note[same-title]: `bookdown2016` has the title of `R-bookdown`, but another year",
        ],
    );
    no_error("F13-knitr-write-bib.bib");
}

#[test]
fn f14_jr_after_the_family_name() {
    case("F14-name-jr.bib", 3, &[]);
}

#[test]
fn f15_upper_case_and_separates_names() {
    case(
        "F15-uppercase-AND.bib",
        1,
        &[
            "F15-uppercase-AND.bib:1:7: error[missing-field]: `@book` entry lacks required field `author`",
        ],
    );
}

#[test]
fn m1_a_crossref_to_no_entry() {
    case(
        "M1-dangling-crossref.bib",
        1,
        &[
            "M1-dangling-crossref.bib:6:16: error[unknown-crossref]: `crossref` names `nosuchparent`, which is no entry of the bibliography",
        ],
    );
}

#[test]
fn m2_a_string_used_before_its_definition() {
    case(
        "M2-string-after-use.bib",
        1,
        &[
            "M2-string-after-use.bib:4:13: error[late-abbreviation]: `myjrnl` is used before its `@string` definition",
        ],
    );
}

#[test]
fn m3_a_key_with_a_backslash() {
    case(
        "M3-key-with-backslash.bib",
        2,
        &[
            "M3-key-with-backslash.bib:1:19: error[malformed-key]: key `Zhang2021\\CDBTune\\\\^\\+` holds `\\`, which BibTeX and biber do not read in a key",
        ],
    );
}

#[test]
fn m4_malformed_urldate_eventdate_and_origdate() {
    case(
        "M4-other-dates.bib",
        1,
        &[
            "M4-other-dates.bib:6:16: error[malformed-date]: urldate `1.5.1998` is not an ISO 8601 date",
            "M4-other-dates.bib:7:16: error[malformed-date]: eventdate `1996-10-35` is not an ISO 8601 date",
            "M4-other-dates.bib:8:16: error[malformed-date]: origdate `1985-1030` is not an ISO 8601 date",
        ],
    );
}

#[test]
fn m5_companion_files_linted_together_share_strings_and_parents() {
    let Some(linted) = lint_cases(&["M5-abbrv.bib", "M5-crossref.bib", "M5-literatur.bib"]) else {
        return;
    };
    let found: Vec<(Vec<String>, usize)> = linted;
    assert_eq!(
        found,
        [(vec![], 0), (vec![], 1), (vec![], 2)],
        "no unknown abbreviation, no dangling crossref, nothing missing"
    );
}

#[test]
fn m5_companion_files_each_alone() {
    case("M5-abbrv.bib", 0, &[]);
    case("M5-crossref.bib", 1, &[]);
    case(
        "M5-literatur.bib",
        2,
        &[
            "M5-literatur.bib:4:13: error[unknown-abbreviation]: `jair` is no `@string` abbreviation defined in this file",
            "M5-literatur.bib:8:16: error[missing-field]: `@inproceedings` entry lacks required field `booktitle`",
            "M5-literatur.bib:8:16: error[missing-field]: `@inproceedings` entry lacks required field `year`",
            "M5-literatur.bib:11:15: error[unknown-crossref]: `crossref` names `icaps2020`, which is no entry of the bibliography",
        ],
    );
}

#[test]
fn m5_in_another_order_the_strings_come_too_late() {
    let Some(linted) = lint_cases(&["M5-literatur.bib", "M5-abbrv.bib", "M5-crossref.bib"]) else {
        return;
    };
    assert_eq!(
        linted[0].0,
        [
            "M5-literatur.bib:4:13: error[late-abbreviation]: `jair` is used before its `@string` definition, which is in M5-abbrv.bib, read later"
        ],
        "a crossref parent may be in any file; a @string must come first"
    );
}

#[test]
fn n1_a_duplicate_key_stays_an_error() {
    case(
        "N1-dupkey-and-help.bib",
        2,
        &[
            "N1-dupkey-and-help.bib:6:14: warning[empty-field]: field `number` is empty",
            "N1-dupkey-and-help.bib:8:16: error[duplicate-key]: duplicate key `ishihara2012`",
        ],
    );
}
