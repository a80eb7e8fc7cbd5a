//! The linter on a user's own files: every class of finding that only the
//! linter reports, checked against small fixtures (`tests/fixtures/lint/`)
//! with the exact headline, as `diagnostics.rs` checks the catalogue's.
//!
//! Lines and columns are counted by hand from the fixtures; columns count
//! characters, not bytes.

use rrg_bib::bumpalo::Bump;
use rrg_bib::{
    Level, LintLevel, LintOptions, Report, Rules, Source, decode, lint, lint_decoded, load,
};

macro_rules! fixture {
    ($name:literal) => {
        Source::new(
            concat!($name, ".bib"),
            include_str!(concat!("fixtures/lint/", $name, ".bib")),
        )
    };
}

/// Lints `source` with `options`; every finding has a help and renders with
/// its headline, line, caret and help.
fn run<'s>(source: Source<'s>, options: &LintOptions) -> Report<'s> {
    let report = lint(source, options);
    for (diagnostic, rendered) in report.diagnostics.iter().zip(report.rendered()) {
        let help = diagnostic.help.as_deref().unwrap_or_default();
        assert!(
            !help.is_empty(),
            "no help for {}",
            diagnostic.headline(&source)
        );
        assert!(
            rendered.starts_with(&diagnostic.headline(&source)),
            "{rendered}"
        );
        assert!(rendered.contains('^') && rendered.ends_with(&format!("= help: {help}\n")));
    }
    report
}

fn expect<'s>(source: Source<'s>, expected: &[&str]) -> Report<'s> {
    let report = run(source, &LintOptions::user());
    assert_eq!(report.headlines(), expected, "\n{report}");
    report
}

fn notes(report: &Report<'_>, index: usize) -> Vec<String> {
    report.diagnostics[index]
        .notes
        .iter()
        .map(|(message, span)| {
            let at = report.source.position(span.start);
            format!("{message} at {}:{}", at.line, at.column)
        })
        .collect()
}

fn help<'r>(report: &'r Report<'_>, index: usize) -> &'r str {
    report.diagnostics[index]
        .help
        .as_deref()
        .unwrap_or_default()
}

#[test]
fn exports_of_dblp_scholar_the_acl_anthology_and_zotero_are_clean() {
    expect(fixture!("bibtex-exports"), &[]);
}

#[test]
fn syntax_errors_each_reported_and_reading_goes_on() {
    let report = expect(
        fixture!("syntax"),
        &[
            "syntax.bib:3:18: error[syntax]: expected a comma",
            "syntax.bib:8:10: error[missing-key]: this entry has no key: its first field `title` comes where the key belongs",
            "syntax.bib:14:10: error[missing-key]: this entry has no key",
            "syntax.bib:29:9: error[syntax]: expected `=` after the field name",
            "syntax.bib:33:1: error[unclosed]: this entry is never closed: a brace or quote opened in it has no match",
            "syntax.bib:39:1: error[unclosed]: this entry is never closed: a brace or quote opened in it has no match",
            "syntax.bib:46:7: error[missing-field]: `@misc` entry lacks required field `year`",
            "syntax.bib:48:18: error[stray-text]: text after the end of the entry: a `}` before it closed the entry early",
            "syntax.bib:56:1: error[stray-text]: an entry without its `@`",
            "syntax.bib:65:1: error[text-before-entry]: text before an entry, outside of any entry",
        ],
    );
    // An unclosed entry names the quote or brace that was never closed.
    assert!(
        help(&report, 4).starts_with("the `\"` at line 35, column 11 is never closed"),
        "{}",
        help(&report, 4)
    );
    assert!(help(&report, 5).starts_with("the `{` at line 42, column 10 is never closed"));
    assert_eq!(notes(&report, 5), ["the text ends without it at 44:2"]);
}

#[test]
fn entries_in_parentheses_read_as_with_braces() {
    let parentheses = "@string(jr = {Journal of Radiology})\n\
                       @article(doe-2020-study,\n  author = {Doe, Jane},\n  \
                       title = \"A (Study) of {Things)}\",\n  journaltitle = jr,\n  date = {2020}\n)\n";
    let braces = "@string{jr = {Journal of Radiology}}\n\
                  @article{doe-2020-study,\n  author = {Doe, Jane},\n  \
                  title = \"A (Study) of {Things)}\",\n  journaltitle = jr,\n  date = {2020}\n}\n";
    expect(Source::new("parentheses.bib", parentheses), &[]);
    let entries = |text| {
        let arena = Bump::new();
        let catalog = load(
            Source::new("x.bib", text),
            &arena,
            Rules { catalogue: false },
        )
        .unwrap_or_else(|report| panic!("{report}"));
        format!(
            "{:?}",
            catalog
                .records
                .iter()
                .map(|record| &record.entry)
                .collect::<Vec<_>>()
        )
    };
    let read = entries(parentheses);
    assert_eq!(read, entries(braces));
    assert!(
        read.contains("Journal of Radiology") && read.contains("A (Study) of Things)"),
        "{read}"
    );
}

#[test]
fn an_entry_in_parentheses_that_is_never_closed_is_reported() {
    let text = "@article(roe-2021-open,\n  author = {Roe, Rick},\n  title = {Open (1)},\n  date = {2021},\n\n\
                @misc{ok-2022, author = {A, B}, title = {T}, year = {2022}}\n";
    expect(
        Source::new("open.bib", text),
        &["open.bib:1:9: error[syntax]: this entry in parentheses, `@type(…)`, is never closed"],
    );
}

#[test]
fn a_byte_order_mark_is_no_text() {
    let text = "\u{feff}@misc{x, title = {T}, author = {A}, year = {2020}}\n";
    expect(Source::new("bom.bib", text), &[]);
    let text = "\u{feff}note @misc{x, title = {T}, author = {A}, year = {2020}}\n";
    expect(
        Source::new("bom.bib", text),
        &["bom.bib:1:2: error[text-before-entry]: text before an entry, outside of any entry"],
    );
}

#[test]
fn field_values() {
    let report = expect(
        fixture!("fields"),
        &[
            "fields.bib:1:2: warning[unknown-entry-type]: unknown entry type `@artcle`",
            "fields.bib:2:13: warning[truncated-authors]: the author list is cut short with `and others`",
            "fields.bib:5:12: warning[month-form]: month `June` is written as text",
            "fields.bib:6:12: warning[malformed-pages]: pages `pp. 12-19` are neither a page, a range nor a list of them",
            "fields.bib:7:3: warning[unknown-field]: unknown field `titel`",
            "fields.bib:8:15: warning[empty-field]: field `abstract` is empty",
            "fields.bib:15:11: error[malformed-date]: date `2022-13-01` is not an ISO 8601 date",
            "fields.bib:16:12: error[malformed-month]: month `Juno` is not a month",
            "fields.bib:17:10: error[malformed-doi]: DOI `doi:10.1234/beta` carries a resolver prefix",
            "fields.bib:18:10: error[malformed-url]: `www.example.org/beta` is not a web address",
            "fields.bib:19:13: error[malformed-arxiv-id]: `2201.0001` is not an arXiv identifier",
            "fields.bib:23:9: error[missing-field]: `@report` entry lacks required field `type`",
            "fields.bib:23:9: error[missing-field]: `@report` entry lacks required field `institution`",
            "fields.bib:24:13: error[malformed-name]: name 2 of `author` is not a person",
            "fields.bib:26:11: error[implausible-year]: year `20231` is not a plausible four-digit year",
            "fields.bib:27:13: error[unknown-abbreviation]: `ieeetmi` is no `@string` abbreviation defined in this file",
            "fields.bib:29:3: error[duplicate-field]: field `publisher` is given twice in this entry",
        ],
    );
    assert_eq!(
        help(&report, 2),
        "write `month = jun` (no braces) or `month = {6}`: biber reads only those"
    );
    assert!(help(&report, 4).starts_with("did you mean `title`?"));
    assert_eq!(notes(&report, 16), ["first given at 28:16"]);
}

#[test]
fn facts_that_contradict_each_other() {
    let report = expect(
        fixture!("consistency"),
        &[
            "consistency.bib:4:14: warning[article-in-proceedings]: `Proceedings of the AAAI Conference on Artificial Intelligence` looks like a conference, not a journal",
            "consistency.bib:8:10: warning[key-case]: key `Doe2019Alpha` differs from `doe2019alpha` only in letter case",
            "consistency.bib:10:12: warning[similar-title]: `Doe2019Alpha` has nearly the title of `doe2019alpha` (98 % alike): the same work twice?",
            "consistency.bib:11:14: note[arxiv-preprint]: `CoRR` names a preprint server: this `@article` is a preprint",
            "consistency.bib:12:11: warning[key-year-mismatch]: the key `Doe2019Alpha` says 2019 but the year is 2021",
            "consistency.bib:28:10: error[same-work]: `roe-2020-beta-2` has the same DOI as `roe-2020-beta`: one work recorded twice",
            "consistency.bib:29:14: warning[unknown-related]: `related` names `nobody`, which is no key or alias here",
        ],
    );
    assert_eq!(notes(&report, 1), ["`doe2019alpha` is at 1:10"]);
    assert_eq!(notes(&report, 2), ["`doe2019alpha` has it at 3:12"]);
    assert_eq!(notes(&report, 4), ["the key is at 8:10"]);
    assert_eq!(notes(&report, 5), ["`roe-2020-beta` has it at 20:10"]);
}

#[test]
fn latex_in_values() {
    expect(
        fixture!("latex"),
        &[
            "latex.bib:3:18: warning[unescaped-special]: unescaped `&` in `title`: LaTeX reads it as an alignment tab",
            "latex.bib:10:18: error[unbalanced-braces]: this `{` in `author` is never closed",
            "latex.bib:11:16: error[unbalanced-braces]: this `}` in `title` closes no brace",
        ],
    );
}

#[test]
fn bytes_that_are_not_utf8_are_findings_with_their_offset() {
    let bytes = include_bytes!("fixtures/lint/latin1.bib");
    assert!(bytes.utf8_chunks().count() > 1, "the fixture is not UTF-8");
    let decoded = decode(bytes);
    let report = lint_decoded("latin1.bib", &decoded, &LintOptions::user());
    assert_eq!(
        report.headlines(),
        [
            "latin1.bib:1:19: error[non-utf8]: byte 0xE9 at byte offset 18 is not UTF-8",
            "latin1.bib:3:15: error[non-utf8]: byte 0xE9 at byte offset 59 is not UTF-8 (3 bytes on this line are not UTF-8)",
        ]
    );
    assert_eq!(bytes[18], 0xE9);
    assert_eq!(bytes[59], 0xE9);
    assert_eq!(report.diagnostics[1].span, 59..60);
    assert!(help(&report, 0).contains("`é`, which UTF-8 writes as 0xC3 0xA9"));
}

#[test]
fn crlf_files_give_the_same_positions() {
    let lf = fixture!("syntax");
    let crlf_text = lf.text.replace('\n', "\r\n");
    let crlf = Source::new("syntax.bib", &crlf_text);
    let (lf, crlf) = (
        run(lf, &LintOptions::user()),
        run(crlf, &LintOptions::user()),
    );
    assert_eq!(lf.headlines(), crlf.headlines());
    assert_eq!(
        lf.rendered().collect::<Vec<_>>(),
        crlf.rendered().collect::<Vec<_>>()
    );
}

#[test]
fn levels_can_be_raised_lowered_and_turned_off() {
    let mut options = LintOptions::user();
    options.set("similar-title", LintLevel::Deny).unwrap();
    options
        .set("article-in-proceedings", LintLevel::Allow)
        .unwrap();
    options.set("same-work", LintLevel::Warn).unwrap();
    options.set("warnings", LintLevel::Allow).unwrap();
    let report = run(fixture!("consistency"), &options);
    let found: Vec<(&str, Level)> = report
        .diagnostics
        .iter()
        .map(|d| (d.code, d.level))
        .collect();
    assert_eq!(
        found,
        [
            ("similar-title", Level::Error),
            ("arxiv-preprint", Level::Note),
            ("same-work", Level::Warning),
        ]
    );
    assert_eq!(report.error_count(), 1);
}

#[test]
fn the_catalogue_rules_add_the_catalogue_conventions() {
    let user = run(fixture!("bibtex-exports"), &LintOptions::user());
    assert!(user.diagnostics.is_empty());
    let catalogue = run(fixture!("bibtex-exports"), &LintOptions::catalogue());
    let codes: Vec<&str> = catalogue.diagnostics.iter().map(|d| d.code).collect();
    for code in ["key-convention", "unknown-field", "missing-field"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert!(catalogue.error_count() > 0);
}

#[test]
fn json_has_the_documented_fields() {
    let report = run(fixture!("consistency"), &LintOptions::user());
    let object = report.json_objects().nth(2).unwrap();
    assert!(
        object.starts_with(
            r#"{"file":"consistency.bib","line":10,"column":12,"end_line":10,"end_column":94,"byte_start":297,"byte_end":379,"#
        ),
        "{object}"
    );
    assert!(object.contains(r#""level":"warning","code":"similar-title","message":"#));
    assert!(
        object.contains(r#""notes":[{"message":"`doe2019alpha` has it","line":3,"column":12,"#)
    );
}

#[test]
fn control_and_bidirectional_characters_are_not_printed_raw() {
    let text = "@misc{x,\n  title = {A\u{1b}[31m\u{202e}B},\n  year = {20x1},\n}\n";
    let report = run(Source::new("t.bib", text), &LintOptions::user());
    let shown = report.to_string();
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
        "{shown}"
    );
    assert!(report.json_objects().all(|json| !json.contains('\u{1b}')));
}

/// `docs/lints.md` explains every code, with the default levels the
/// registry has, and no code that does not exist.
#[test]
fn the_documentation_explains_every_code_with_its_levels() {
    let docs = include_str!("../../docs/lints.md");
    let word = |level: Option<Level>| match level {
        None => "allow",
        Some(Level::Note) => "note",
        Some(Level::Warning) => "warning",
        Some(Level::Error) => "error",
    };
    let mut documented = Vec::new();
    let mut lines = docs.lines();
    while let Some(line) = lines.next() {
        let Some(code) = line
            .strip_prefix("#### `")
            .and_then(|rest| rest.strip_suffix('`'))
        else {
            continue;
        };
        documented.push(code);
        let lint = rrg_bib::codes::find(code).unwrap_or_else(|| panic!("{code} is no code"));
        let levels = lines.find(|line| !line.is_empty()).unwrap();
        let expected = format!("*{} / {}.*", word(lint.user), word(lint.catalogue));
        assert!(
            levels.starts_with(&expected),
            "{code}: {levels:?}, expected {expected:?}"
        );
    }
    let codes: Vec<&str> = rrg_bib::codes::LINTS.iter().map(|lint| lint.code).collect();
    assert_eq!(documented, codes, "documented in the registry's order");
}
