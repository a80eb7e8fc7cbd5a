//! CSV (RFC 4180): one row per score, quoted as [the catalogue's
//! CSV](crate::export::csv) is.
//!
//! | column | value |
//! |---|---|
//! | `dataset`, `split`, `target`, `metric`, `protocol` | what was measured, and how: scores are comparable only where all five agree |
//! | `work`, `name`, `variant` | the method: its catalogue key, its name as the source prints it, the variant |
//! | `value`, `scale` | the value exactly as printed, and `unit` or `percent` |
//! | `lower_is_better` | `true` for RadCliQ and FineRadScore |
//! | `provenance`, `via` | `measured`, `reported`, `cited` or `reproduced`, and the key of the leaderboard, citing or reproducing work |
//! | `source`, `table`, `url` | the source table's identifier, its label and address |
//! | `quote` | the source's row as printed |
//!
//! ```
//! let csv = rrg_catalog::export::results::csv::to_string(rrg_catalog::results());
//! assert!(csv.starts_with("dataset,split,target,metric,protocol,work,"));
//! assert_eq!(csv.lines().count(), rrg_catalog::results().len() + 1);
//! ```

use core::fmt::{self, Write};

use crate::export::csv::quoted;
use crate::results::Score;

/// The columns, in order.
pub const COLUMNS: &[&str] = &[
    "dataset",
    "split",
    "target",
    "metric",
    "protocol",
    "work",
    "name",
    "variant",
    "value",
    "scale",
    "lower_is_better",
    "provenance",
    "via",
    "source",
    "table",
    "url",
    "quote",
];

/// Writes the header and one row per score, in the order given.
///
/// # Errors
///
/// Only those of `out`.
pub fn write<'s>(scores: impl IntoIterator<Item = &'s Score>, out: &mut impl Write) -> fmt::Result {
    out.write_str(&COLUMNS.join(","))?;
    out.write_str("\r\n")?;
    for score in scores {
        let fields = [
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
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.write_char(',')?;
            }
            quoted(field, out)?;
        }
        out.write_str("\r\n")?;
    }
    Ok(())
}

/// The scores as CSV text.
pub fn to_string<'s>(scores: impl IntoIterator<Item = &'s Score>) -> String {
    let mut text = String::new();
    write(scores, &mut text).expect("writing to a String cannot fail");
    text
}
