//! The results file: every class of finding at its place, conflicts
//! between sources as warnings naming both, and a clean file read into
//! scores with their provenance.

use rrg_bib::model::results::{Metric, Provenance, Target};
use rrg_bib::results::{Results, codes, read};
use rrg_bib::{Catalog, Rules, Source, load};

const CATALOGUE: &str = "\
@inproceedings{chen-etal-2020-generating,
  kind = {paper},
  author = {Chen, Zhihong},
  title = {Generating Radiology Reports via Memory-driven Transformer},
  booktitle = {EMNLP},
  year = {2020},
}
@inproceedings{chen-etal-2021-cross-modal,
  ids = {chen-2021-cmn},
  kind = {paper},
  author = {Chen, Zhihong},
  title = {Cross-modal Memory Networks for Radiology Report Generation},
  booktitle = {ACL},
  year = {2021},
}
@article{johnson-etal-2019-mimic-cxr,
  kind = {dataset},
  author = {Johnson, Alistair},
  title = {MIMIC-CXR},
  journal = {Scientific Data},
  year = {2019},
}
";

const HEAD: &str = r#"
[[split]]
id = "mimic-test"
dataset = "johnson-etal-2019-mimic-cxr"
part = "test"
defined-by = "johnson-etal-2019-mimic-cxr"
size = 3858
description = "The official test split."

[[protocol]]
id = "coco"
description = "COCO caption scorer."
defined-by = "chen-etal-2020-generating"
scorer = "pycocoevalcap"
labeler = "chexpert"
averaging = "micro"
label-set = "14 CheXpert observations"
uncertain = "negative"
evidence = "We use the COCO scorer."
"#;

fn table(id: &str, work: &str, rows: &str) -> String {
    format!(
        r#"
[[table]]
id = "{id}"
kind = "paper"
work = "{work}"
table = "Table 2"
url = "https://example.org/{id}"
header = "Method BL-4 F1"
dataset = "johnson-etal-2019-mimic-cxr"
split = "mimic-test"
target = "findings"
protocol = "coco"
scale = "unit"
{rows}"#
    )
}

fn row(work: &str, name: &str, quote: &str, values: &str) -> String {
    format!(
        "\n[[table.row]]\nwork = \"{work}\"\nname = \"{name}\"\nquote = \"{quote}\"\nvalues = {{ {values} }}\n"
    )
}

fn with_catalogue<T>(f: impl FnOnce(&Catalog<'_>, &bumpalo::Bump) -> T) -> T {
    let arena = bumpalo::Bump::new();
    let catalog = load(
        Source::new("catalogue.bib", CATALOGUE),
        &arena,
        Rules { catalogue: false },
    )
    .expect("the test catalogue is valid");
    f(&catalog, &arena)
}

/// The headlines of every finding, and how many scores and claims were read.
fn check(text: &str) -> (Vec<String>, usize, usize) {
    with_catalogue(|catalog, _| {
        let arena = bumpalo::Bump::new();
        let (results, report) = read(Source::new("results.toml", text), catalog, &arena);
        (
            report.headlines(),
            results.scores.len(),
            results.claims.len(),
        )
    })
}

fn codes_of(headlines: &[String]) -> Vec<&str> {
    headlines
        .iter()
        .map(|line| {
            let start = line.find('[').unwrap() + 1;
            let end = line[start..].find(']').unwrap() + start;
            &line[start..end]
        })
        .collect()
}

fn r2gen_row() -> String {
    row(
        "chen-etal-2020-generating",
        "R2Gen",
        "| R2Gen | 0.103 | 0.276 |",
        r#"bleu-4 = "0.103", ce-f1 = "0.276""#,
    )
}

#[test]
fn a_clean_file_gives_scores_with_provenance() {
    let text = format!(
        "{HEAD}{}{}",
        table("r2gen-t2", "chen-etal-2020-generating", &r2gen_row()),
        table(
            "cmn-t2",
            "chen-etal-2021-cross-modal",
            &(row(
                "chen-etal-2021-cross-modal",
                "Ours",
                "| Ours | 0.106 | 0.278 |",
                r#"bleu-4 = "0.106""#
            ) + &row(
                "chen-etal-2020-generating",
                "R2Gen [5]",
                "| R2Gen [5] | 0.103 | - |",
                r#"bleu-4 = "0.103""#
            ))
        ),
    );
    with_catalogue(|catalog, _| {
        let arena = bumpalo::Bump::new();
        let (results, report): (Results<'_>, _) =
            read(Source::new("results.toml", &text), catalog, &arena);
        assert_eq!(report.headlines(), Vec::<String>::new());
        assert_eq!(results.scores.len(), 4);
        let cited = results
            .scores
            .iter()
            .find(|score| score.source.id == "cmn-t2" && score.work == "chen-etal-2020-generating")
            .unwrap();
        assert_eq!(cited.provenance, Provenance::Cited);
        assert_eq!(cited.via, Some("chen-etal-2021-cross-modal"));
        assert_eq!(cited.value.text, "0.103");
        assert_eq!(cited.target, Some(Target::Findings));
        let own = results
            .scores
            .iter()
            .find(|score| score.printed_name == "Ours")
            .unwrap();
        assert_eq!((own.provenance, own.via), (Provenance::Reported, None));
        assert_eq!(own.metric, Metric::Bleu4);
        assert_eq!(results.splits[0].size, Some(3858));
    });
}

#[test]
fn every_class_of_error_is_found_at_its_place() {
    // A file of R2Gen's own table with `rows`; and with `from` replaced by `to`.
    let base = |rows: &str| format!("{HEAD}{}", table("t", "chen-etal-2020-generating", rows));
    let file = |rows: &str, from: &str, to: &str| base(rows).replace(from, to);
    let one = |quote: &str, value: &str| {
        let values = format!("bleu-4 = \"{value}\"");
        file(
            &row("chen-etal-2020-generating", "R2Gen", quote, &values),
            "",
            "",
        )
    };
    let mimic = "dataset = \"johnson-etal-2019-mimic-cxr\"\nsplit";
    let cases: Vec<(String, &str)> = vec![
        (format!("{HEAD}[[table]\n"), codes::SYNTAX),
        (
            format!(
                "{HEAD}{}",
                table("t", "chen-etal-2020-generatin", &r2gen_row())
            ),
            codes::UNKNOWN_KEY,
        ),
        (
            format!("{HEAD}{}", table("t", "chen-2021-cmn", &r2gen_row())),
            codes::ALIAS_KEY,
        ),
        (
            file(
                &r2gen_row(),
                mimic,
                "dataset = \"chen-etal-2020-generating\"\nsplit",
            ),
            codes::NOT_A_DATASET,
        ),
        (
            file(
                &r2gen_row(),
                "split = \"mimic-test\"",
                "split = \"mimic-tst\"",
            ),
            codes::ID,
        ),
        (
            file(&r2gen_row(), "bleu-4 =", "bleu-5 ="),
            codes::VOCABULARY,
        ),
        (
            file(&r2gen_row(), "uncertain = \"negative\"\n", ""),
            codes::UNDECLARED,
        ),
        (one("| R2Gen | 1.103 |", "1.103"), codes::OUT_OF_RANGE),
        (one("| R2Gen | 0.103 |", "0.130"), codes::NOT_QUOTED),
        (one("| R2Gen | 0,103 |", "0,103"), codes::VALUE_SYNTAX),
        (base(&(r2gen_row() + &r2gen_row())), codes::DUPLICATE_CELL),
    ];
    for (text, code) in cases {
        let (headlines, _, _) = check(&text);
        assert!(
            codes_of(&headlines).contains(&code),
            "expected {code} in {headlines:#?}"
        );
        assert!(
            headlines
                .iter()
                .all(|line| line.starts_with("results.toml:")),
            "every finding has its file, line and column: {headlines:#?}"
        );
    }
}

#[test]
fn two_sources_that_disagree_are_a_warning_naming_both() {
    let text = format!(
        "{HEAD}{}{}",
        table("r2gen-t2", "chen-etal-2020-generating", &r2gen_row()),
        table(
            "cmn-t2",
            "chen-etal-2021-cross-modal",
            &row(
                "chen-etal-2020-generating",
                "R2Gen",
                "| R2Gen | 0.110 |",
                r#"bleu-4 = "0.110""#
            )
        ),
    );
    let (headlines, scores, _) = check(&text);
    assert_eq!(scores, 3, "both values stay, with their sources");
    assert_eq!(codes_of(&headlines), [codes::CONFLICT]);
    assert!(headlines[0].contains("warning"));
    assert!(
        headlines[0]
            .contains("`cmn-t2` gives other values than `r2gen-t2` (BLEU-4 0.110 vs 0.103)")
    );
}

#[test]
fn claims_are_checked_but_never_become_scores() {
    let claim = |value: &str, work: &str| {
        table(
            "note",
            "chen-etal-2021-cross-modal",
            &row(
                work,
                "X",
                &format!("| X | {value} |"),
                &format!("bleu-4 = \"{value}\""),
            ),
        )
        .replace(
            "scale = \"unit\"",
            "scale = \"unit\"\naccepted = false\nreason = \"a third-party note\"",
        )
    };
    let accepted = table("r2gen-t2", "chen-etal-2020-generating", &r2gen_row());
    let (headlines, scores, claims) = check(&format!(
        "{HEAD}{accepted}{}",
        claim("0.120", "chen-etal-2020-generating")
    ));
    assert_eq!((scores, claims), (2, 1));
    assert_eq!(codes_of(&headlines), [codes::DISPUTED]);
    assert!(
        headlines[0].contains("`note` claims other values than `r2gen-t2` (BLEU-4 0.120 vs 0.103)")
    );
    let (headlines, _, _) = check(&format!(
        "{HEAD}{accepted}{}",
        claim("0.090", "chen-etal-2021-cross-modal")
    ));
    assert_eq!(codes_of(&headlines), [codes::UNSUPPORTED]);
    let (headlines, _, _) = check(&format!(
        "{HEAD}{accepted}{}",
        claim("0.103", "chen-etal-2020-generating")
    ));
    assert_eq!(
        headlines,
        Vec::<String>::new(),
        "a claim that agrees is no finding"
    );
    let (headlines, _, _) = check(&format!(
        "{HEAD}{}",
        claim("0.103", "chen-etal-2020-generating")
            .replace("reason = \"a third-party note\"\n", "")
    ));
    assert!(codes_of(&headlines).contains(&codes::UNDECLARED));
}
