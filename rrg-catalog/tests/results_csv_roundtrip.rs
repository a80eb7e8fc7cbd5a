//! The results CSV read back with the `csv` crate: every field of every
//! score as the table has it.

mod common;

use rrg_catalog::export::results::csv::{COLUMNS, to_string};

#[test]
fn every_field_of_every_score_reads_back() {
    let scores = rrg_catalog::results();
    let text = to_string(scores);
    let rows = common::read_csv(&text, COLUMNS);
    assert_eq!(rows.len(), scores.len());
    for (row, score) in rows.iter().zip(scores) {
        let expected = [
            score.dataset,
            score.split.id,
            score.target.map_or("", |target| target.as_str()),
            score.metric.as_str(),
            score.protocol.id,
            score.work,
            score.printed_name,
            score.variant.unwrap_or(""),
            score.value.text,
            score.value.scale.as_str(),
            if score.metric.lower_is_better() {
                "true"
            } else {
                "false"
            },
            score.provenance.as_str(),
            score.via.unwrap_or(""),
            score.source.id,
            score.source.table,
            score.source.url,
            score.quote,
        ];
        let got: Vec<&str> = row.iter().collect();
        assert_eq!(got, expected);
    }
}
