//! The results table: every ReXrank value as a measured score, compared with
//! the leaderboard's CSV files; rankings that never cross protocols; and
//! what every score must hold.

mod common;

use rrg_catalog::results::{
    self, EntryResults, LeaderboardError, Metric, Provenance, ScoreFilter, leaderboard,
    leaderboards,
};

/// The ReXrank files, with the split each one's rows are measured on.
const REXRANK: &[(&str, &str)] = &[
    ("result_mimic-cxr.csv", "rexrank-mimic-cxr-test"),
    ("result_mimic-cxr-valid.csv", "rexrank-mimic-cxr-validation"),
    ("result_iu_xray.csv", "rexrank-iu-xray-test"),
    ("result_iu_xray-valid.csv", "rexrank-iu-xray-validation"),
    (
        "result_chexpert_plus-valid.csv",
        "rexrank-chexpert-plus-validation",
    ),
];

/// What each ReXrank column measures (its `BLEU` is BLEU-2).
fn column_metric(column: &str) -> Metric {
    match column {
        "BLEU" => Metric::Bleu2,
        "BertScore" => Metric::BertScore,
        "SembScore" => Metric::SembScore,
        "RadGraph" => Metric::RadGraphF1,
        "RadCliQ-v0" => Metric::RadCliqV0,
        "RadCliQ-v1" => Metric::RadCliqV1,
        "FineRadScore" => Metric::FineRadScore,
        other => panic!("a ReXrank column the table does not map: {other}"),
    }
}

#[test]
fn every_rexrank_value_is_a_measured_score_with_its_exact_text() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let mut compared = 0;
    for (file, split) in REXRANK {
        let path = shared.join("data/lists/rexrank").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        for line in lines.filter(|line| !line.trim().is_empty()) {
            let cells: Vec<&str> = line.split(',').collect();
            let name = cells[2];
            for (column, value) in header.iter().zip(&cells).skip(5) {
                let metric = column_metric(column);
                let found: Vec<_> = results::all()
                    .iter()
                    .filter(|score| {
                        score.split.id == *split
                            && score.printed_name == name
                            && score.metric == metric
                    })
                    .collect();
                assert_eq!(found.len(), 1, "{file}: {name} {column}");
                let score = found[0];
                assert_eq!(score.value.text, *value, "{file}: {name} {column}");
                assert_eq!(score.provenance, Provenance::Measured);
                assert_eq!(score.via, Some("zhang-etal-2024-rexrank"));
                assert_eq!(score.quote, line, "the quote is the CSV row");
                assert_eq!(score.source.path, Some(format!("results/{file}").as_str()));
                compared += 1;
            }
        }
    }
    let measured = results::select(ScoreFilter::new().provenance(Provenance::Measured)).count();
    assert_eq!(compared, measured, "every measured score is one CSV value");
    assert!(compared >= 300, "{compared}");
}

#[test]
fn rexrank_marks_models_trained_on_mimic_cxr() {
    let test = results::select(ScoreFilter::new().split("rexrank-mimic-cxr-test"));
    for score in test {
        let starred = score.printed_name.ends_with('*');
        assert_eq!(
            score.trained_on_dataset,
            Some(starred),
            "{}",
            score.printed_name
        );
    }
    let gpt4v = rrg_catalog::by_name("GPT-4V").unwrap_or_else(|error| panic!("{error}"));
    assert!(
        gpt4v
            .results()
            .all(|score| score.trained_on_dataset != Some(true))
    );
}

#[test]
fn a_leaderboard_ranks_within_one_protocol_only() {
    let board = leaderboard("MIMIC-CXR", "rexrank-mimic-cxr-test", Metric::RadCliqV1).unwrap();
    assert_eq!(board.protocol.id, "rexrank");
    assert!(
        board
            .standings
            .iter()
            .all(|standing| standing.score.protocol.id == "rexrank")
    );
    assert_eq!(board.standings[0].rank, 1);
    let values: Vec<f64> = board
        .standings
        .iter()
        .map(|standing| standing.score.value.unit_value())
        .collect();
    assert!(
        values.windows(2).all(|pair| pair[0] <= pair[1]),
        "lower is better: {values:?}"
    );

    // RGRG's clinical efficacy is printed under two protocols (mic-5, ex-14):
    // they are never merged into one ranking.
    let mixed = leaderboard("MIMIC-CXR", "mimic-cxr-chest-imagenome-test", Metric::CeF1);
    let Err(LeaderboardError::MixedProtocols(groups)) = mixed else {
        panic!("expected a refusal, got {mixed:?}");
    };
    let protocols: Vec<&str> = groups.iter().map(|(protocol, _)| *protocol).collect();
    assert_eq!(protocols, ["rgrg-ex-14", "rgrg-mic-5"]);
    let boards = leaderboards("MIMIC-CXR", "mimic-cxr-chest-imagenome-test", Metric::CeF1);
    assert_eq!(boards.len(), 2);
    for board in &boards {
        assert!(board.standings.iter().all(|standing| {
            standing
                .scores
                .iter()
                .all(|score| score.protocol.id == board.protocol.id)
        }));
    }

    assert_eq!(
        leaderboard("MIMIC-CXR", "no-such-split", Metric::Bleu4),
        Err(LeaderboardError::NoScores)
    );
}

#[test]
fn scores_of_one_standing_that_disagree_are_marked() {
    // CMM-RL on IU X-Ray: COMG's README prints R2GenCMN's row under its
    // name, UAR's Table 1 another; both stay, and the standing says so.
    let board = leaderboard("IU X-Ray", "iu-xray-r2gen-test", Metric::Bleu4).unwrap();
    let cmm = board
        .standings
        .iter()
        .find(|standing| standing.score.work == "qin-song-2022-reinforced")
        .unwrap();
    assert!(cmm.disputed());
    assert_eq!(cmm.scores.len(), 2);
    let r2gen = board
        .standings
        .iter()
        .find(|standing| standing.score.work == "chen-etal-2020-generating")
        .unwrap();
    assert_eq!(
        r2gen.score.provenance,
        Provenance::Reported,
        "the work's own value is ranked"
    );
    assert!(!r2gen.disputed());
    let reproduction = board
        .standings
        .iter()
        .find(|standing| standing.reproduced_by() == Some("li-etal-2023-unify"))
        .expect("UAR's re-run of R2GenCMN stands on its own");
    assert_eq!(reproduction.score.work, "chen-etal-2021-cross-modal");
}

#[test]
fn every_score_names_catalogue_entries_and_a_quoted_source() {
    for score in rrg_catalog::results() {
        let work = rrg_catalog::get(score.work).expect("the work is an entry");
        assert_eq!(work.key, score.work, "scores name keys, not aliases");
        let dataset = rrg_catalog::get(score.dataset).unwrap();
        assert!(dataset.is(rrg_catalog::Kind::Dataset), "{}", score.dataset);
        assert_eq!(score.split.dataset, score.dataset);
        assert!(score.quote.contains(score.value.text), "{score:?}");
        assert!(score.quote.contains(score.printed_name));
        assert!(!score.source.url.is_empty());
        match score.provenance {
            Provenance::Reported => assert_eq!(score.via, None),
            Provenance::Measured | Provenance::Cited | Provenance::Reproduced => {
                assert!(rrg_catalog::get(score.via.unwrap()).is_some())
            }
        }
        if score.metric.is_clinical_efficacy() {
            assert!(score.protocol.clinical_efficacy, "{}", score.protocol.id);
        }
    }
    let sorted = rrg_catalog::results().windows(2).all(|pair| {
        (
            pair[0].dataset,
            pair[0].split.id,
            pair[0].target,
            pair[0].metric,
        ) <= (
            pair[1].dataset,
            pair[1].split.id,
            pair[1].target,
            pair[1].metric,
        )
    });
    assert!(sorted);
}

#[test]
fn the_r2gen_lineage_has_reported_and_cited_values() {
    let r2gen = rrg_catalog::by_name("R2Gen").unwrap();
    let reported = r2gen
        .results()
        .filter(|score| score.provenance == Provenance::Reported)
        .count();
    assert_eq!(
        reported, 15,
        "R2Gen's Table 3: 6 values on IU X-Ray, 9 on MIMIC-CXR"
    );
    for name in [
        "R2GenCMN",
        "PPKED",
        "AlignTransformer",
        "R2GenRL",
        "KiUT",
        "METransformer",
        "PromptMRG",
    ] {
        let work = rrg_catalog::by_name(name).unwrap_or_else(|error| panic!("{error}"));
        assert!(
            work.results()
                .any(|score| score.provenance == Provenance::Cited),
            "{name} has a cited value"
        );
    }
}

#[test]
fn methods_evaluated_only_on_chest_radiographs_are_chest_xray_works() {
    // CURATION.md, rule 6: own or cited results all on chest radiograph data
    // sets make a method a chest X-ray work (a leaderboard's measurement does not).
    let chest = |key: &str| {
        rrg_catalog::get(key).is_some_and(|dataset| {
            dataset
                .modalities
                .contains(&rrg_catalog::Modality::ChestXray)
        })
    };
    for entry in rrg_catalog::entries() {
        let evaluated: Vec<_> = entry
            .results()
            .filter(|score| score.provenance != Provenance::Measured)
            .collect();
        if !evaluated.is_empty() && evaluated.iter().all(|score| chest(score.dataset)) {
            assert!(
                entry.modalities.contains(&rrg_catalog::Modality::ChestXray),
                "{} is evaluated only on chest radiographs",
                entry.key
            );
        }
    }
}

/// The build's validation of the shipped results file, as the build script
/// and `rrg regenerate` run it: the headlines of its findings.
fn validation_headlines() -> Vec<String> {
    let dir = env!("CARGO_MANIFEST_DIR");
    let bib = std::fs::read_to_string(format!("{dir}/data/reference.bib")).unwrap();
    let toml = std::fs::read_to_string(format!("{dir}/data/results.toml")).unwrap();
    let arena = rrg_bib::bumpalo::Bump::new();
    let catalog = rrg_bib::load(
        rrg_bib::Source::new("data/reference.bib", &bib),
        &arena,
        rrg_bib::Rules { catalogue: true },
    )
    .unwrap();
    let (_, report) = rrg_bib::results::read(
        rrg_bib::Source::new("data/results.toml", &toml),
        &catalog,
        &arena,
    );
    assert_eq!(report.error_count(), 0, "{report}");
    report.headlines()
}

#[test]
fn the_five_known_conflicts_are_reported_naming_both_sources() {
    let headlines = validation_headlines();
    let reported = |parts: &[&str]| {
        assert!(
            headlines
                .iter()
                .any(|line| parts.iter().all(|part| line.contains(part))),
            "no finding with {parts:?} in {headlines:#?}"
        )
    };
    // 1. CMM-RL's MIMIC-CXR row in an AI-written review is R2GenCMN's.
    reported(&[
        "warning[disputed-claim]",
        "`qin-song-2022-reinforced` on `mimic-cxr-official-test`",
        "`orid-review-table-1-mimic-cxr` claims other values than `uar-table-1-mimic-cxr`",
    ]);
    // 2. R2GenCMN* in that review is a re-run, not the reported values.
    reported(&[
        "warning[unsupported-claim]",
        "`orid-review-table-1-mimic-cxr` claims",
        "for `chen-etal-2021-cross-modal`",
    ]);
    // 3. PromptMRG on MIMIC-CXR in the DCAF README.
    reported(&[
        "warning[disputed-claim]",
        "`jin-etal-2024-promptmrg` on `mimic-cxr-official-test`",
        "`dcaf-readme-mimic-cxr` claims other values than `li-2026-table-1-mimic-cxr`",
    ]);
    // 4. PromptMRG on IU X-Ray there: PromptMRG reports it only cross-dataset.
    reported(&[
        "warning[unsupported-claim]",
        "`dcaf-readme-iu-xray` claims",
        "for `jin-etal-2024-promptmrg` on `iu-xray-r2gen-test`",
    ]);
    // 5. RGRG there, against RGRG's own tables.
    reported(&[
        "warning[disputed-claim]",
        "`tanida-etal-2023-interactive` on `mimic-cxr-chest-imagenome-test`",
        "`dcaf-readme-mimic-cxr` claims other values than `rgrg-readme-table-1`",
    ]);
    assert!(
        headlines.iter().all(|line| line.contains("warning[")),
        "{headlines:#?}"
    );
}
