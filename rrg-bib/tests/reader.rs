//! The reader reads what BibTeX and biber read: comment lines anywhere
//! between fields (a property test: inserting them never changes what is
//! read), `@preamble` in every form, `@string` names in any case, and
//! entries in parentheses.

use proptest::prelude::*;
use rrg_bib::bumpalo::Bump;
use rrg_bib::{LintOptions, Rules, Source, check, lint};

/// What a text reads as: each entry, and each finding's code and message
/// (positions move when lines are inserted).
fn read(text: &str) -> (Vec<String>, Vec<(String, String)>) {
    let arena = Bump::new();
    let (records, report) = check(
        Source::new("t.bib", text),
        &arena,
        Rules { catalogue: false },
    );
    let entries = records
        .iter()
        .map(|record| format!("{:?}", record.entry))
        .collect();
    let findings = report
        .diagnostics
        .iter()
        .map(|d| (d.code.to_owned(), d.message.clone()))
        .collect();
    (entries, findings)
}

/// A field and a value in one of the forms BibTeX allows.
fn field() -> impl Strategy<Value = String> {
    let name = prop::sample::select(vec![
        "title",
        "author",
        "journal",
        "year",
        "note",
        "publisher",
        "pages",
        "volume",
        "doi",
        "url",
        "month",
        "keywords",
        "abstract",
        "editor",
        "booktitle",
    ]);
    let value = prop_oneof![
        "[A-Za-z ,.%&#]{1,16}".prop_map(|text| format!("{{{text}}}")),
        "[A-Za-z ,.{}]{0,12}".prop_map(|text| {
            // Braces inside a quoted value must pair up.
            let balanced = text.replace(['{', '}'], "");
            format!("\"{balanced}\"")
        }),
        "[0-9]{1,4}",
        prop::sample::select(vec!["jan", "jun", "dec"]).prop_map(str::to_owned),
        "[A-Za-z ]{1,8}".prop_map(|text| format!("{{{text}}} # \" and more\"")),
    ];
    (name, value).prop_map(|(name, value)| format!("{name} = {value}"))
}

/// A comment line: `%`, then anything but a line break, braces and quotes
/// included.
fn comment() -> impl Strategy<Value = String> {
    "[ A-Za-z0-9{}\",=@#%()]{0,24}".prop_map(|text| format!("% {text}"))
}

/// Comment lines to insert before the field of this index (the last index
/// is before the closing brace).
type Comments = Vec<(usize, Vec<String>)>;

/// An entry's type, its fields, and comment lines to insert among them.
fn entry_and_comments() -> impl Strategy<Value = (String, Vec<String>, Comments)> {
    (
        prop::sample::select(vec!["article", "book", "misc", "inproceedings", "online"]),
        prop::collection::vec(field(), 1..7),
    )
        .prop_flat_map(|(kind, fields)| {
            let slots = fields.len() + 1;
            let comments =
                prop::collection::vec((0..slots, prop::collection::vec(comment(), 1..4)), 1..4);
            (Just(kind.to_owned()), Just(fields), comments)
        })
}

fn render(kind: &str, fields: &[String], comments: &[(usize, Vec<String>)]) -> String {
    let mut text = format!("@{kind}{{key-1,\n");
    for slot in 0..=fields.len() {
        for (at, lines) in comments {
            if *at == slot {
                for line in lines {
                    text.push_str("  ");
                    text.push_str(line);
                    text.push('\n');
                }
            }
        }
        if let Some(field) = fields.get(slot) {
            text.push_str("  ");
            text.push_str(field);
            text.push_str(",\n");
        }
    }
    text.push_str("}\n@misc{after, title = {After}, year = {2020}}\n");
    text
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn comment_lines_between_fields_change_nothing_that_is_read(
        (kind, fields, comments) in entry_and_comments()
    ) {
        let plain = render(&kind, &fields, &[]);
        let commented = render(&kind, &fields, &comments);
        let (entries, findings) = read(&plain);
        prop_assert_eq!(entries.len(), 2, "{}", plain);
        prop_assert_eq!(read(&commented), (entries, findings), "{}", commented);
    }
}

#[test]
fn comments_after_a_value_and_before_the_closing_brace() {
    let plain = "@book{b,\n  title = {T},\n  author = {Doe, Ann},\n  publisher = {P},\n  year = {2000},\n}\n";
    let commented = "@book{b, % key\n  title = {T}, % one\n  % two\n  % three\n  author = {Doe, Ann} % four\n  ,\n  publisher = {P},\n  year = {2000}\n  % five\n  % six\n}\n";
    assert_eq!(read(plain), read(commented));
    assert_eq!(read(plain).1, []);
}

#[test]
fn a_percent_sign_inside_a_value_is_text() {
    let (entries, _) =
        read("@misc{m, title = {50% Better}, note = \"10% of % it\", year = {2000}}\n");
    assert!(entries[0].contains("50% Better"), "{entries:?}");
}

#[test]
fn preambles_in_every_form_bibtex_reads() {
    for preamble in [
        "@preamble{ \"\\newcommand{\\noopsort}[1]{}\" }",
        "@preamble{ \"\\newcommand{\\noopsort}[1]{}\"\n         # \"\\newcommand{\\switchargs}[2]{#2#1}\" }",
        "@preamble{{\\newcommand{\\noopsort}[1]{}}}",
        "@PREAMBLE( \"\\def\\x{}\" # {\\def\\y{}} )",
    ] {
        let text = format!(
            "{preamble}\n\n@book{{b1, author = {{Knuth, Donald E.}}, title = {{The Art of Computer Programming}}, publisher = {{Addison-Wesley}}, year = {{1968}}}}\n"
        );
        let report = lint(Source::new("p.bib", &text), &LintOptions::user());
        assert_eq!(report.headlines(), Vec::<String>::new(), "{text}");
        assert_eq!(read(&text).0.len(), 1);
    }
    // A preamble whose concatenation is cut short is still an error.
    let broken = lint(
        Source::new("p.bib", "@preamble{ \"a\" # }\n"),
        &LintOptions::user(),
    );
    assert_eq!(broken.error_count(), 1, "{broken}");
}

#[test]
fn string_names_in_any_case() {
    let text = "@string{JAIR = {Journal of Artificial Intelligence Research}}\n\
                @string{Full = jair # { (online)}}\n\
                @article{h, author = {Helmert, Malte}, title = {T}, journal = Jair, note = FULL, month = Jun, year = {2006}}\n";
    let (entries, findings) = read(text);
    assert_eq!(findings, []);
    assert!(
        entries[0].contains("Journal of Artificial Intelligence Research"),
        "{entries:?}"
    );
}

#[test]
fn strings_that_use_themselves_or_each_other_are_read_once() {
    // BibTeX expands a definition when it reads it: what it uses must be
    // defined before. (These used to overflow the parser's stack.)
    let text = "@string{a = a}\n@string{b = c}\n@string{c = b}\n@misc{x, title = {T} # a # b, year = {2000}}\n";
    let report = lint(Source::new("s.bib", text), &LintOptions::user());
    assert_eq!(
        report.headlines(),
        [
            "s.bib:1:13: error[unknown-abbreviation]: `a` is no `@string` abbreviation defined in this file",
            "s.bib:2:13: error[late-abbreviation]: `c` is used before its `@string` definition",
        ]
    );
}
