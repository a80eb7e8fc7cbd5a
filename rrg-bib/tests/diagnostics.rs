//! Every class of finding, checked against a small fixture file: the exact
//! headline (file, line, column, code and message), the help, and the notes
//! that point at another place.
//!
//! Lines and columns in the expectations are counted by hand from the
//! fixtures; columns count characters, not bytes.

use rrg_bib::bumpalo::Bump;
use rrg_bib::{Diagnostic, Report, Rules, Source, check, load};

const CATALOGUE: Rules = Rules { catalogue: true };
const PLAIN: Rules = Rules { catalogue: false };

/// The fixture `tests/fixtures/<name>.bib`, reported as `<name>.bib`.
macro_rules! fixture {
    ($name:literal) => {
        Source::new(
            concat!($name, ".bib"),
            include_str!(concat!("fixtures/", $name, ".bib")),
        )
    };
}

/// Checks `source` and returns the report. Every finding must say how to fix
/// it, and its rendered form must hold the headline, the source line, a
/// caret and the help.
fn run(source: Source<'static>, rules: Rules) -> Report<'static> {
    let arena = Bump::new();
    let (_, report) = check(source, &arena, rules);
    // The findings do not borrow the arena: rebuild the report without it.
    let report = Report::new(source, report.diagnostics);
    for diagnostic in &report.diagnostics {
        let headline = diagnostic.headline(&source);
        let help = diagnostic.help.as_deref().unwrap_or_default();
        assert!(!help.trim().is_empty(), "no help for {headline}");
        let rendered = diagnostic.render(&source);
        assert!(rendered.starts_with(&format!("{headline}\n")), "{rendered}");
        assert!(rendered.contains('^'), "no caret in {rendered}");
        assert!(
            rendered.ends_with(&format!("  = help: {help}\n")),
            "{rendered}"
        );
    }
    report
}

/// Checks `source` under the catalogue's rules and asserts its headlines.
fn expect(source: Source<'static>, expected: &[&str]) -> Report<'static> {
    let report = run(source, CATALOGUE);
    assert_eq!(report.headlines(), expected, "\n{report}");
    report
}

fn help(diagnostic: &Diagnostic) -> &str {
    diagnostic.help.as_deref().unwrap_or_default()
}

/// The notes of a finding as `message at file:line:col`.
fn notes(report: &Report<'_>, index: usize) -> Vec<String> {
    let source = report.source;
    report.diagnostics[index]
        .notes
        .iter()
        .map(|(message, span)| {
            let at = source.position(span.start);
            format!("{message} at {}:{}:{}", source.name, at.line, at.column)
        })
        .collect()
}

#[test]
fn duplicate_key_names_both_places() {
    let report = expect(
        fixture!("duplicate-key"),
        &["duplicate-key.bib:9:9: error[duplicate-key]: duplicate key `doe-2021-alpha`"],
    );
    assert_eq!(
        notes(&report, 0),
        ["first used as a key at duplicate-key.bib:1:9"]
    );
    assert_eq!(
        report.diagnostics[0].render(&report.source),
        "duplicate-key.bib:9:9: error[duplicate-key]: duplicate key `doe-2021-alpha`\n\
         \x20 |\n\
         9 | @online{doe-2021-alpha,\n\
         \x20 |         ^^^^^^^^^^^^^^\n\
         \x20 = note: first used as a key at duplicate-key.bib:1:9\n\
         \x20 = help: every key and alias must name exactly one entry: merge the entries or rename one\n"
    );
}

#[test]
fn duplicate_alias() {
    let report = expect(
        fixture!("duplicate-alias"),
        &[
            "duplicate-alias.bib:11:19: error[duplicate-alias]: alias `doe-2021-alpha` is already used",
            "duplicate-alias.bib:20:10: error[duplicate-alias]: alias `doe2021alpha` is already used",
            "duplicate-alias.bib:28:9: error[duplicate-alias]: key `doe2021alpha` is already an alias of another entry",
        ],
    );
    assert_eq!(
        notes(&report, 0),
        ["first used as a key at duplicate-alias.bib:1:9"]
    );
    assert_eq!(
        notes(&report, 1),
        ["first used as an alias at duplicate-alias.bib:2:10"]
    );
    assert_eq!(
        notes(&report, 2),
        ["first used as an alias at duplicate-alias.bib:2:10"]
    );
}

#[test]
fn key_and_alias_that_map_to_one_rust_name() {
    let report = expect(
        fixture!("ident-collision"),
        &[
            "ident-collision.bib:10:10: error[ident-collision]: `smith_2020_a` and `smith-2020-a` both map to the Rust name `SMITH_2020_A`",
        ],
    );
    assert_eq!(
        notes(&report, 0),
        ["`smith-2020-a` is at ident-collision.bib:1:9"]
    );
}

#[test]
fn missing_required_fields_and_the_unknown_escape_hatch() {
    let report = expect(
        fixture!("missing-field"),
        &[
            "missing-field.bib:1:10: error[missing-field]: `@article` entry lacks required field `journaltitle`",
            "missing-field.bib:9:16: error[missing-field]: `@inproceedings` entry lacks required field `booktitle`",
            "missing-field.bib:26:16: error[missing-field]: `@inproceedings` entry lacks required field `kind`",
            "missing-field.bib:26:16: error[missing-field]: `@inproceedings` entry lacks required field `shortvenue`",
            "missing-field.bib:26:16: error[missing-field]: `@inproceedings` entry lacks required field `evidence`",
        ],
    );
    assert!(help(&report.diagnostics[4]).contains("`evidence = {label}`"));
    assert!(help(&report.diagnostics[0]).contains("unknown = {journaltitle}"));
    assert!(help(&report.diagnostics[1]).contains("booktitle = {…}"));

    // Outside the catalogue's conventions, `kind`, `shortvenue` and `evidence` are optional.
    let plain = run(fixture!("missing-field"), PLAIN);
    assert_eq!(plain.headlines(), report.headlines()[..2]);
}

#[test]
fn unknown_naming_a_present_field_or_no_field() {
    let report = expect(
        fixture!("unknown"),
        &[
            "unknown.bib:7:14: error[unknown-but-present]: `author` is declared unknown but the entry gives it",
            "unknown.bib:7:22: error[unknown-but-present]: `year` is declared unknown but the entry gives it",
            "unknown.bib:10:9: error[missing-field]: `@online` entry lacks required field `author`",
            "unknown.bib:15:14: error[unknown-field]: `unknown` names `autor`, which is not a field",
        ],
    );
    assert_eq!(
        help(&report.diagnostics[0]),
        "remove `author` from `unknown`"
    );
}

#[test]
fn implausible_years() {
    let report = expect(
        fixture!("year"),
        &[
            "year.bib:6:11: error[implausible-year]: year `20211` is not a plausible four-digit year",
            "year.bib:14:11: error[implausible-year]: year `2O22` is not a plausible four-digit year",
            "year.bib:22:11: error[implausible-year]: year `1700` is not a plausible four-digit year",
        ],
    );
    assert_eq!(
        help(&report.diagnostics[0]),
        "write the year of publication as four digits between 1800 and 2100"
    );
}

#[test]
fn malformed_months() {
    expect(
        fixture!("month"),
        &[
            "month.bib:7:12: error[malformed-month]: month `June` is not a month number",
            "month.bib:16:12: error[malformed-month]: month `13` is not a month number",
        ],
    );
}

#[test]
fn malformed_urls() {
    expect(
        fixture!("url"),
        &[
            "url.bib:7:10: error[malformed-url]: `github.com/doe/alpha` is not a web address",
            "url.bib:8:11: error[malformed-url]: `https://github.com/doe/al pha` is not a web address",
        ],
    );
}

#[test]
fn malformed_dois() {
    let report = expect(
        fixture!("doi"),
        &[
            "doi.bib:7:10: error[malformed-doi]: DOI `https://doi.org/10.1234/alpha` carries a resolver prefix",
            "doi.bib:16:10: error[malformed-doi]: `10.12/beta` is not a DOI",
        ],
    );
    assert_eq!(
        help(&report.diagnostics[0]),
        "write the bare DOI: `10.1234/alpha`"
    );
}

#[test]
fn malformed_arxiv_ids() {
    expect(
        fixture!("arxiv"),
        &[
            "arxiv.bib:7:13: error[malformed-arxiv-id]: `arXiv:2010.16056` is not an arXiv identifier",
            "arxiv.bib:17:13: error[malformed-arxiv-id]: `2010.1605` is not an arXiv identifier",
        ],
    );
}

#[test]
fn unknown_kind() {
    let report = expect(
        fixture!("kind"),
        &[
            "kind.bib:2:18: error[unknown-kind]: unknown kind `artikel`",
            "kind.bib:2:27: error[duplicate-item]: `paper` is listed twice in `kind`",
        ],
    );
    assert_eq!(
        help(&report.diagnostics[0]),
        "use one of: paper, dataset, toolkit, survey"
    );
}

#[test]
fn unknown_modality() {
    let report = expect(
        fixture!("modality"),
        &["modality.bib:7:27: error[unknown-modality]: unknown modality `cxr`"],
    );
    assert!(help(&report.diagnostics[0]).contains("chest-xray"));
}

#[test]
fn malformed_llm_flag() {
    let report = expect(
        fixture!("llm"),
        &["llm.bib:7:10: error[malformed-flag]: `yes` is not a flag value"],
    );
    assert_eq!(
        help(&report.diagnostics[0]),
        "write `llm = {true}` or leave the field out"
    );
}

#[test]
fn empty_fields_and_empty_list_items() {
    expect(
        fixture!("empty"),
        &[
            "empty.bib:2:18: error[empty-field]: `ids` has an empty item",
            "empty.bib:5:12: error[empty-field]: field `title` is empty",
            "empty.bib:8:12: error[empty-field]: field `pages` is empty",
        ],
    );
}

#[test]
fn unknown_fields_with_suggestions() {
    let report = expect(
        fixture!("unknown-field"),
        &[
            "unknown-field.bib:1:9: error[missing-field]: `@online` entry lacks required field `title`",
            "unknown-field.bib:4:3: error[unknown-field]: unknown field `titel`",
            "unknown-field.bib:9:10: error[missing-field]: `@article` entry lacks required field `journaltitle`",
            "unknown-field.bib:13:3: error[unknown-field]: unknown field `journal`",
            "unknown-field.bib:24:3: error[unknown-field]: unknown field `abstract`",
        ],
    );
    assert_eq!(help(&report.diagnostics[1]), "did you mean `title`?");
    assert_eq!(
        help(&report.diagnostics[3]),
        "this catalogue spells it `journaltitle`"
    );
    assert!(
        help(&report.diagnostics[4]).starts_with("known fields: ids, kind, author, title,"),
        "{}",
        help(&report.diagnostics[4])
    );
}

#[test]
fn duplicate_field_in_one_entry() {
    let report = expect(
        fixture!("duplicate-field"),
        &[
            "duplicate-field.bib:7:3: error[duplicate-field]: field `year` is given twice in this entry",
        ],
    );
    assert_eq!(
        notes(&report, 0),
        ["first given at duplicate-field.bib:5:11"]
    );
}

#[test]
fn unknown_entry_type() {
    let report = expect(
        fixture!("entry-type"),
        &["entry-type.bib:1:2: error[unknown-entry-type]: unknown entry type `@artcle`"],
    );
    assert!(help(&report.diagnostics[0]).starts_with("use one of: article, inproceedings,"));
}

#[test]
fn keys_that_break_the_convention() {
    let report = expect(
        fixture!("key-convention"),
        &[
            "key-convention.bib:1:9: error[key-convention]: key `Doe2021Alpha` does not follow the catalogue's key convention",
            "key-convention.bib:9:9: error[key-convention]: key `roe_2022_beta` does not follow the catalogue's key convention",
        ],
    );
    assert!(help(&report.diagnostics[0]).contains("chen-etal-2020-generating"));
    // A user's file may have any key; biblatex's data model asks an
    // `@online` entry for a link, which these do not give.
    let plain = run(fixture!("key-convention"), PLAIN);
    assert_eq!(plain.diagnostics.len(), 2);
    assert!(
        plain
            .diagnostics
            .iter()
            .all(|d| d.code == "missing-field" && d.message.ends_with("field `url`")),
        "{plain}"
    );
}

#[test]
fn same_work_by_doi() {
    let report = expect(
        fixture!("same-work-doi"),
        &[
            "same-work-doi.bib:16:10: error[same-work]: `roe-2022-beta` has the same DOI as `doe-2021-alpha`: one work recorded twice",
        ],
    );
    assert_eq!(
        notes(&report, 0),
        ["`doe-2021-alpha` has it at same-work-doi.bib:7:10"]
    );
}

#[test]
fn same_work_by_arxiv_id_with_and_without_version() {
    let report = expect(
        fixture!("same-work-arxiv"),
        &[
            "same-work-arxiv.bib:17:13: error[same-work]: `roe-2022-beta` has the same arXiv id as `doe-2021-alpha`: one work recorded twice",
            "same-work-arxiv.bib:27:13: error[same-work]: `poe-2023-gamma` has the same arXiv id as `doe-2021-alpha`: one work recorded twice",
        ],
    );
    for index in 0..2 {
        assert_eq!(
            notes(&report, index),
            ["`doe-2021-alpha` has it at same-work-arxiv.bib:7:13"]
        );
    }
}

#[test]
fn same_work_by_normalised_title() {
    let report = expect(
        fixture!("same-work-title"),
        &[
            "same-work-title.bib:12:12: error[same-work]: `roe-2022-mixup` has the same title as `doe-2021-mix-up`: one work recorded twice",
            "same-work-title.bib:20:12: error[same-work]: `poe-2023-mixup` has the same title as `doe-2021-mix-up`: one work recorded twice",
        ],
    );
    for index in 0..2 {
        assert_eq!(
            notes(&report, index),
            ["`doe-2021-mix-up` has it at same-work-title.bib:4:12"]
        );
    }
}

#[test]
fn related_naming_an_unknown_key_or_the_entry_itself() {
    expect(
        fixture!("related"),
        &[
            "related.bib:8:29: error[unknown-related]: `related` names the entry itself (`doe2021`)",
            "related.bib:17:23: error[unknown-related]: `related` names `nobody-2020-x`, which is no key or alias here",
        ],
    );
}

#[test]
fn eprint_and_eprinttype_go_together() {
    let report = expect(
        fixture!("eprint"),
        &[
            "eprint.bib:1:9: error[missing-field]: `eprint` and `eprinttype` go together",
            "eprint.bib:10:9: error[missing-field]: `eprint` and `eprinttype` go together",
            "eprint.bib:26:17: error[unknown-eprint-type]: eprint type `pubmed` is not supported",
        ],
    );
    assert!(help(&report.diagnostics[0]).contains("eprinttype = {arxiv}"));
}

#[test]
fn both_journaltitle_and_booktitle() {
    expect(
        fixture!("conflicting-fields"),
        &[
            "conflicting-fields.bib:1:10: error[conflicting-fields]: entry has both `journaltitle` and `booktitle`",
        ],
    );
}

#[test]
fn unclosed_entry_points_at_its_at_sign() {
    let report = expect(
        fixture!("unclosed"),
        &[
            "unclosed.bib:2:1: error[unclosed]: this entry is never closed: a brace or quote opened in it has no match",
            "unclosed.bib:15:11: error[implausible-year]: year `20222` is not a plausible four-digit year",
            "unclosed.bib:18:1: error[unclosed]: this entry is never closed: a brace or quote opened in it has no match",
        ],
    );
    assert_eq!(
        notes(&report, 0),
        ["the text ends without it at unclosed.bib:8:2"]
    );
    assert_eq!(
        notes(&report, 2),
        ["the text ends without it at unclosed.bib:20:19"]
    );
}

#[test]
fn missing_comma_points_where_it_belongs() {
    let report = expect(
        fixture!("missing-comma"),
        &[
            "missing-comma.bib:3:23: error[syntax]: expected a comma",
            "missing-comma.bib:9:22: error[syntax]: expected a comma",
        ],
    );
    assert_eq!(
        report.diagnostics[0].render(&report.source),
        "missing-comma.bib:3:23: error[syntax]: expected a comma\n\
         \x20 |\n\
         3 |   author = {Doe, Jane}\n\
         \x20 |                       ^\n\
         \x20 = help: separate the key and every field with `,`, e.g. `title = {…},`\n"
    );
}

#[test]
fn stray_text_between_entries() {
    expect(
        fixture!("stray-text"),
        &[
            "stray-text.bib:1:1: error[stray-text]: text outside of any entry",
            "stray-text.bib:10:1: error[stray-text]: text outside of any entry",
            "stray-text.bib:18:3: error[stray-text]: text outside of any entry",
        ],
    );
}

#[test]
fn and_others_in_the_middle_of_an_author_list() {
    let report = expect(
        fixture!("others"),
        &["others.bib:3:13: error[malformed-name]: name 2 of `author` is not a person"],
    );
    assert!(help(&report.diagnostics[0]).contains("`and others` may only end the author list"));
}

#[test]
fn columns_count_characters_after_non_ascii_text() {
    let report = expect(
        fixture!("non-ascii"),
        &[
            "non-ascii.bib:3:38: error[implausible-year]: year `20x1` is not a plausible four-digit year",
            "non-ascii.bib:4:36: error[malformed-month]: month `Mai` is not a month number",
        ],
    );
    assert_eq!(
        report.diagnostics[0].render(&report.source),
        format!(
            "non-ascii.bib:3:38: error[implausible-year]: year `20x1` is not a plausible four-digit year\n\
             \x20 |\n\
             3 |   author = {{Müller, Jürgen}}, year = {{20x1}},\n\
             \x20 | {}^^^^\n\
             \x20 = help: write the year of publication as four digits between 1800 and 2100\n",
            " ".repeat(37)
        )
    );
}

const MANY_ERRORS: &[&str] = &[
    "many-errors.bib:8:11: error[implausible-year]: year `20211` is not a plausible four-digit year",
    "many-errors.bib:11:1: error[unclosed]: this entry is never closed: a brace or quote opened in it has no match",
    "many-errors.bib:20:11: error[unknown-kind]: unknown kind `papr`",
    "many-errors.bib:26:3: error[unknown-field]: unknown field `titel`",
    "many-errors.bib:27:10: error[malformed-url]: `www.example.org/gamma` is not a web address",
    "many-errors.bib:29:1: error[stray-text]: text outside of any entry",
    "many-errors.bib:31:9: error[duplicate-key]: duplicate key `doe-2021-alpha`",
    "many-errors.bib:37:14: error[unknown-related]: `related` names `nobody-2020-x`, which is no key or alias here",
];

#[test]
fn one_run_reports_every_problem() {
    let report = expect(fixture!("many-errors"), MANY_ERRORS);
    assert_eq!(
        notes(&report, 1),
        ["the text ends without it at many-errors.bib:17:2"]
    );
    assert_eq!(
        notes(&report, 6),
        ["first used as a key at many-errors.bib:2:10"]
    );
    // With a two-digit line number, notes and help line up with the gutter.
    assert_eq!(
        report.diagnostics[6].render(&report.source),
        "many-errors.bib:31:9: error[duplicate-key]: duplicate key `doe-2021-alpha`\n\
         \x20  |\n\
         31 | @online{doe-2021-alpha,\n\
         \x20  |         ^^^^^^^^^^^^^^\n\
         \x20  = note: first used as a key at many-errors.bib:2:10\n\
         \x20  = help: every key and alias must name exactly one entry: merge the entries or rename one\n"
    );
    assert!(
        report
            .to_string()
            .ends_with("many-errors.bib: 8 error(s), 0 warning(s)")
    );

    let arena = Bump::new();
    let failed = load(fixture!("many-errors"), &arena, CATALOGUE).unwrap_err();
    assert_eq!(failed.headlines(), MANY_ERRORS);
}

#[test]
fn crlf_line_endings_give_the_same_positions() {
    let lf = fixture!("many-errors");
    let crlf = fixture!("crlf");
    assert!(!lf.text.contains('\r'));
    assert_eq!(crlf.text, lf.text.replace('\n', "\r\n"), "fixture bytes");

    let lf_report = run(lf, CATALOGUE);
    let crlf_report = run(crlf, CATALOGUE);
    let expected: Vec<String> = MANY_ERRORS
        .iter()
        .map(|line| line.replacen("many-errors.bib", "crlf.bib", 1))
        .collect();
    assert_eq!(crlf_report.headlines(), expected, "\n{crlf_report}");
    for (lf, crlf) in lf_report.diagnostics.iter().zip(&crlf_report.diagnostics) {
        let rendered = crlf.render(&crlf_report.source);
        assert!(!rendered.contains('\r'), "{rendered}");
        assert_eq!(
            rendered,
            lf.render(&lf_report.source)
                .replace("many-errors.bib", "crlf.bib")
        );
    }
}

#[test]
fn valid_catalogue_loads_sorted_with_plain_text() {
    let arena = Bump::new();
    let catalog = match load(fixture!("valid"), &arena, CATALOGUE) {
        Ok(catalog) => catalog,
        Err(report) => panic!("valid.bib does not load:\n{report}"),
    };
    let keys: Vec<&str> = catalog.records.iter().map(|r| r.entry.key).collect();
    assert_eq!(
        keys,
        [
            "anon-nd-unknown",
            "chen-etal-2020-generating",
            "doe-etal-2021-alpha",
            "muller-2021-grune",
        ]
    );

    let muller = catalog.get("muller-2021-grune").unwrap();
    assert_eq!(muller.entry.title, "Grüne Reports & MIMIC-CXR Findings");
    assert_eq!(muller.entry.authors[0].family, "Müller");
    assert_eq!(muller.entry.authors[0].given, Some("Jürgen"));
    assert!(!muller.entry.authors_truncated);

    let doe = catalog.get("doe2021alpha").unwrap();
    assert_eq!(doe.entry.key, "doe-etal-2021-alpha");
    assert_eq!(doe.entry.title, "Alpha: Chest X-Ray Reports");
    assert!(doe.entry.authors_truncated);
    let families: Vec<&str> = doe.entry.authors.iter().map(|p| p.family).collect();
    assert_eq!(families, ["Doe", "Roe"]);
    assert_eq!(doe.entry.month, Some(6));
    assert!(doe.entry.llm);
    assert_eq!(doe.entry.modalities.len(), 2);

    let chen = catalog.get("chen-etal-2020-generating").unwrap();
    assert_eq!(
        chen.entry.venue.full,
        Some("Medical Image Computing and Computer Assisted Intervention")
    );
    assert_eq!(chen.entry.related, ["doe2021alpha"]);
    assert_eq!(chen.entry.arxiv, Some("2010.16056"));

    let anon = catalog.get("anon-nd-unknown").unwrap();
    assert_eq!(anon.entry.unknown, ["author", "year"]);
    assert_eq!(anon.entry.year, None);
    assert!(anon.entry.authors.is_empty());

    assert_eq!(catalog.alias_count(), 2);
    assert_eq!(catalog.sha256.len(), 64);
}

#[test]
fn a_name_needs_its_source() {
    let text = "\
@online{doe-2021-alpha,
  kind = {paper}, evidence = {record},
  author = {Doe, Jane},
  title = {Alpha: A Method},
  shortname = {Alpha},
  shortvenue = {arXiv},
  year = {2021},
}

@online{doe-2021-beta,
  kind = {paper}, evidence = {record},
  author = {Doe, Jane},
  title = {Beta},
  othernames = {B},
  namesource = {list:nowhere},
  shortvenue = {arXiv},
  year = {2021},
}

@online{doe-2021-gamma,
  kind = {paper}, evidence = {record},
  author = {Doe, Jane},
  title = {Gamma},
  namesource = {title},
  shortvenue = {arXiv},
  year = {2021},
}

@online{doe-2021-delta,
  kind = {paper}, evidence = {record},
  author = {Doe, Jane},
  title = {Delta-Net: A Method},
  shortname = {Delta},
  namesource = {title},
  shortvenue = {arXiv},
  year = {2021},
}
";
    expect(
        Source::new("names.bib", text),
        &[
            "names.bib:1:9: error[missing-field]: a named work lacks `namesource`",
            "names.bib:10:9: error[missing-field]: `othernames` without a main name in `shortname`",
            "names.bib:15:17: error[malformed-name-source]: `nowhere` is no list the catalogue knows",
            "names.bib:20:9: error[unknown-but-present]: `namesource` names the source of no name",
            "names.bib:29:9: error[malformed-name-source]: `namesource = {title}`, but the title does not start with `Delta:`",
        ],
    );
}

#[test]
fn shared_names_are_noted_and_names_that_are_keys_rejected() {
    let text = "\
@online{doe-2021-alpha,
  kind = {paper}, evidence = {record},
  author = {Doe, Jane},
  title = {Alpha},
  shortname = {Net-1}, namesource = {https://example.org/a},
  shortvenue = {arXiv},
  year = {2021},
}

@online{roe-2022-beta,
  kind = {paper}, evidence = {record},
  author = {Roe, Richard},
  title = {Beta},
  shortname = {net1}, namesource = {https://example.org/b},
  othernames = {doe-2021-alpha},
  shortvenue = {arXiv},
  year = {2022},
}
";
    let report = expect(
        Source::new("names.bib", text),
        &[
            "names.bib:14:16: note[shared-name]: `doe-2021-alpha` and `roe-2022-beta` both go by the name `net1`",
            "names.bib:15:17: error[name-is-key]: the name `doe-2021-alpha` is a key of another work, `doe-2021-alpha`",
        ],
    );
    assert_eq!(
        notes(&report, 0),
        ["`doe-2021-alpha` is named `Net-1` at names.bib:5:16"]
    );
}

#[test]
fn one_journal_goes_by_one_short_name() {
    // Two of three articles of one journal say `MedIA`; the third, whatever
    // its place in the file, is the one reported. A conference's short name
    // may differ across years' proceedings titles: only articles are compared.
    let article = |key: &str, short: &str, journal: &str| {
        format!(
            "@article{{{key},\n  kind = {{paper}}, evidence = {{record}},\n  author = {{Doe, Jane}},\n  title = {{Title of {key}}},\n  journaltitle = {{{journal}}},\n  shortvenue = {{{short}}},\n  year = {{2021}},\n}}\n\n"
        )
    };
    let text = [
        article("doe-2021-a", "MIA", "Medical Image Analysis"),
        article("doe-2021-b", "MedIA", "Medical Image Analysis"),
        article("doe-2021-c", "MedIA", "Medical  image analysis"),
        article("doe-2021-d", "TMI", "IEEE Transactions on Medical Imaging"),
    ]
    .concat();
    let text: &'static str = Box::leak(text.into_boxed_str());
    let report = expect(
        Source::new("venues.bib", text),
        &[
            "venues.bib:6:17: error[venue-short-name]: `Medical Image Analysis` is `MIA` here and `MedIA` in `doe-2021-b`",
        ],
    );
    assert_eq!(
        notes(&report, 0),
        ["`doe-2021-b` names it `MedIA` at venues.bib:15:17"]
    );
    assert!(
        help(&report.diagnostics[0])
            .starts_with("write `shortvenue = {MedIA}`, as 2 of its articles do")
    );
    // A user's own file is not held to the catalogue's short names.
    let plain = run(Source::new("venues.bib", text), PLAIN);
    assert!(
        plain
            .diagnostics
            .iter()
            .all(|finding| finding.code != "venue-short-name"),
        "{plain}"
    );
}

#[test]
fn paper_links_that_point_at_another_work() {
    let text = "\
@online{doe-2021-alpha,
  kind = {paper}, evidence = {record},
  author = {Doe, Jane},
  title = {Alpha},
  shortvenue = {arXiv},
  year = {2021},
  eprint = {2101.00001v2}, eprinttype = {arxiv},
  url = {https://arxiv.org/pdf/2101.00001v1},
}

@online{roe-2021-beta,
  kind = {paper}, evidence = {record},
  author = {Roe, Richard},
  title = {Beta},
  shortvenue = {arXiv},
  year = {2021},
  eprint = {2101.00002}, eprinttype = {arxiv},
  url = {http://www.arxiv.org/pdf/2101.00001v1/},
}

@article{poe-2021-gamma,
  kind = {paper}, evidence = {record},
  author = {Poe, Edgar},
  title = {Gamma},
  journaltitle = {Radiology}, shortvenue = {Radiology},
  year = {2021},
  doi = {10.1148/RADIOL.1},
  url = {https://pubs.rsna.org/doi/epdf/10.1148/radiol.1},
}

@article{moe-2021-delta,
  kind = {paper}, evidence = {record},
  author = {Moe, Anna},
  title = {Delta},
  journaltitle = {Radiology}, shortvenue = {Radiology},
  year = {2021},
  doi = {10.1148/radiol.2},
  url = {https://doi.org/10.1148/radiol.3},
}
";
    // Alpha's link is its own (versions aside) and Gamma's DOI matches its
    // link whatever the case; Beta links Alpha's paper, Delta another DOI.
    let report = expect(
        Source::new("links.bib", text),
        &[
            "links.bib:18:10: error[link-contradicts-identifier]: the paper link names arXiv id 2101.00001, but `roe-2021-beta` is arXiv id 2101.00002",
            "links.bib:18:10: error[shared-link]: `roe-2021-beta` has the paper link of `doe-2021-alpha`: one of them links another work's paper",
            "links.bib:38:10: error[link-contradicts-identifier]: the paper link names DOI 10.1148/radiol.3, but `moe-2021-delta` is DOI 10.1148/radiol.2",
        ],
    );
    assert_eq!(
        notes(&report, 1),
        ["`doe-2021-alpha` has it at links.bib:8:10"]
    );
    let plain = run(Source::new("links.bib", text), PLAIN);
    assert!(
        plain
            .diagnostics
            .iter()
            .all(|finding| !finding.code.contains("link")),
        "{plain}"
    );
}
