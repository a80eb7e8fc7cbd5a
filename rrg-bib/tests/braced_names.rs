//! `braced-name-list`: a name list in one pair of braces too many, which
//! BibTeX reads as one name; a single braced name is fine.

use rrg_bib::{LintOptions, Source, lint};

#[test]
fn a_braced_name_list_is_reported_where_its_brace_opens() {
    let source = Source::new(
        "braced-names.bib",
        include_str!("fixtures/lint/braced-names.bib"),
    );
    let report = lint(source, &LintOptions::user());
    let found: Vec<String> = report
        .headlines()
        .into_iter()
        .filter(|line| line.contains("braced-name-list"))
        .collect();
    assert_eq!(
        found,
        [
            "braced-names.bib:2:13: warning[braced-name-list]: the whole `author` list is in one pair of braces: BibTeX reads it as one name",
            "braced-names.bib:10:15: warning[braced-name-list]: the whole `author` list is in one pair of braces: BibTeX reads it as one name",
        ]
    );
    let catalogue = lint(source, &LintOptions::catalogue());
    assert!(
        catalogue
            .headlines()
            .iter()
            .any(|line| line.starts_with("braced-names.bib:2:13: error[braced-name-list]"))
    );
}
