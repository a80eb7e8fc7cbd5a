//! Turning the results file into typed scores, checking every fact on the
//! way: keys against the catalogue, names against the vocabularies, values
//! against their metric's range and against the quoted row. Each cell is
//! then compared across sources ([`super::compare`]).

use std::collections::HashMap;
use std::ops::Range;
use std::str::FromStr;

use bumpalo::Bump;
use rrg_model::results::{
    Averaging, Labeler, Metric, Part, Printed, Protocol, Provenance, ResultSource, Scale, Score,
    Split, Target, Uncertain,
};
use rrg_model::{Kind, ParseEnumError};

use super::Results;
use super::codes;
use super::compare::{Cell, cell};
use super::file::{ProtocolItem, ResultsFile, RowItem, SplitItem, TableItem, Text};
use crate::{Catalog, Diagnostic};

/// A score with where its value was written.
pub(super) struct Placed<'a> {
    pub(super) score: Score<'a>,
    /// Where the value is written.
    pub(super) span: Range<usize>,
    /// Where its row's quote is written: findings about a row point there.
    pub(super) row: Range<usize>,
}

pub(super) struct Checker<'a, 'c> {
    arena: &'a Bump,
    catalog: &'c Catalog<'c>,
    pub(super) diagnostics: Vec<Diagnostic>,
    splits: Vec<(&'a str, &'a Split<'a>)>,
    protocols: Vec<(&'a str, &'a Protocol<'a>)>,
}

impl<'a, 'c> Checker<'a, 'c> {
    pub(super) fn new(arena: &'a Bump, catalog: &'c Catalog<'c>) -> Self {
        Checker {
            arena,
            catalog,
            diagnostics: Vec::new(),
            splits: Vec::new(),
            protocols: Vec::new(),
        }
    }

    pub(super) fn finish(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    fn text(&self, text: &Text) -> &'a str {
        self.arena.alloc_str(text.get_ref())
    }

    fn optional(&self, text: Option<&Text>) -> Option<&'a str> {
        text.map(|text| self.text(text))
    }

    fn error(
        &mut self,
        code: &'static str,
        span: Range<usize>,
        message: String,
    ) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::error(code, span, message));
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// A catalogue key: the entry's own key, of a work of `kind` if given.
    fn key(&mut self, text: &Text, kind: Option<Kind>) -> &'a str {
        let key = text.get_ref().as_str();
        let span = text.span();
        match self.catalog.get(key) {
            Some(record) if record.entry.key != key => {
                let canonical = record.entry.key;
                self.error(
                    codes::ALIAS_KEY,
                    span,
                    format!("`{key}` is an alias of `{canonical}`"),
                )
                .help = Some(format!("write the entry's key: `{canonical}`"));
            }
            Some(record) => {
                let missing = kind.filter(|kind| !record.entry.kinds.contains(kind));
                if let Some(kind) = missing {
                    self.error(
                        codes::NOT_A_DATASET,
                        span,
                        format!("`{key}` is not a {kind} in the catalogue"),
                    )
                    .help = Some(format!("name an entry whose `kind` includes `{kind}`"));
                }
            }
            None => {
                let keys = self.catalog.records.iter().map(|record| record.entry.key);
                let help = match crate::suggest::nearest(key, keys) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "name a key of data/reference.bib (`rrg list --search TEXT` finds one)"
                        .to_owned(),
                };
                self.error(
                    codes::UNKNOWN_KEY,
                    span,
                    format!("no entry of the catalogue has the key `{key}`"),
                )
                .help = Some(help);
            }
        }
        self.arena.alloc_str(key)
    }

    /// A name of one of the model's vocabularies.
    fn name<T: FromStr<Err = ParseEnumError>>(&mut self, text: &Text) -> Option<T> {
        match text.get_ref().parse::<T>() {
            Ok(value) => Some(value),
            Err(error) => {
                let near = crate::suggest::nearest(text.get_ref(), error.expected.iter().copied());
                let diagnostic = self.error(
                    codes::VOCABULARY,
                    text.span(),
                    format!("`{}` is {error}", text.get_ref()),
                );
                if let Some(near) = near {
                    diagnostic.help = Some(format!("did you mean `{near}`?"));
                }
                None
            }
        }
    }

    /// An optional field: given, or named in `unknown`, never both and never
    /// neither. `field_span` is where the item starts, for a missing field.
    fn declared<T>(
        &mut self,
        field: &str,
        value: Option<T>,
        unknown: &[Text],
        item: Range<usize>,
    ) -> Option<T> {
        let declared = unknown.iter().find(|name| name.get_ref() == field);
        match (&value, declared) {
            (Some(_), Some(name)) => {
                self.error(
                    codes::UNDECLARED,
                    name.span(),
                    format!("`{field}` is given and also declared unknown"),
                )
                .help = Some(format!("remove `{field}` from `unknown`"));
            }
            (None, None) => {
                self.error(
                    codes::UNDECLARED,
                    item,
                    format!("`{field}` is neither given nor declared unknown"),
                )
                .help = Some(format!(
                    "give `{field}` from a source, or add \"{field}\" to `unknown`"
                ));
            }
            _ => {}
        }
        value
    }

    /// Names in `unknown` that are not fields which may be unknown.
    fn check_unknown_names(&mut self, unknown: &[Text], allowed: &[&str]) {
        for name in unknown {
            if !allowed.contains(&name.get_ref().as_str()) {
                self.error(
                    codes::VOCABULARY,
                    name.span(),
                    format!(
                        "`{}` is not a field that may be unknown here",
                        name.get_ref()
                    ),
                )
                .help = Some(format!("one of: {}", allowed.join(", ")));
            }
        }
    }

    fn split(&mut self, item: &SplitItem) -> &'a Split<'a> {
        self.check_unknown_names(&item.unknown, &["size"]);
        let size = item.size.as_ref().map(|size| *size.get_ref());
        let size = self.declared("size", size, &item.unknown, item.id.span());
        let part = self.name::<Part>(&item.part).unwrap_or(Part::Test);
        let split = Split {
            id: self.text(&item.id),
            dataset: self.key(&item.dataset, Some(Kind::Dataset)),
            part,
            defined_by: self.key(&item.defined_by, None),
            size,
            description: self.text(&item.description),
        };
        self.arena.alloc(split)
    }

    fn protocol(&mut self, item: &ProtocolItem) -> &'a Protocol<'a> {
        const CLINICAL_EFFICACY: [&str; 4] = ["labeler", "averaging", "label-set", "uncertain"];
        let clinical_efficacy = item
            .clinical_efficacy
            .as_ref()
            .is_none_or(|flag| *flag.get_ref());
        let may_be_unknown: &[&str] = if clinical_efficacy {
            &["scorer", "labeler", "averaging", "label-set", "uncertain"]
        } else {
            &["scorer"]
        };
        self.check_unknown_names(&item.unknown, may_be_unknown);
        let at = item.id.span();
        let scorer = self.optional(item.scorer.as_ref());
        let scorer = self.declared("scorer", scorer, &item.unknown, at.clone());
        let labeler = item
            .labeler
            .as_ref()
            .and_then(|text| self.name::<Labeler>(text));
        let averaging = item
            .averaging
            .as_ref()
            .and_then(|text| self.name::<Averaging>(text));
        let label_set = self.optional(item.label_set.as_ref());
        let uncertain = item
            .uncertain
            .as_ref()
            .and_then(|text| self.name::<Uncertain>(text));
        let mut protocol = Protocol {
            id: self.text(&item.id),
            description: self.text(&item.description),
            defined_by: self.key(&item.defined_by, None),
            scorer,
            clinical_efficacy,
            labeler,
            averaging,
            label_set,
            uncertain,
            evidence: self.text(&item.evidence),
        };
        if clinical_efficacy {
            protocol.labeler = self.declared("labeler", labeler, &item.unknown, at.clone());
            protocol.averaging = self.declared("averaging", averaging, &item.unknown, at.clone());
            protocol.label_set = self.declared("label-set", label_set, &item.unknown, at.clone());
            protocol.uncertain = self.declared("uncertain", uncertain, &item.unknown, at);
        } else {
            let given = [
                &item.labeler,
                &item.averaging,
                &item.label_set,
                &item.uncertain,
            ];
            for (field, text) in CLINICAL_EFFICACY.iter().zip(given) {
                if let Some(text) = text {
                    self.error(
                        codes::UNDECLARED,
                        text.span(),
                        format!(
                            "`{field}` is given for a protocol with `clinical-efficacy = false`"
                        ),
                    )
                    .help = Some(format!("remove `{field}`, or the `clinical-efficacy` line"));
                }
            }
        }
        self.arena.alloc(protocol)
    }

    fn source(&mut self, item: &TableItem) -> &'a ResultSource<'a> {
        let source = ResultSource {
            id: self.text(&item.id),
            work: match &item.work {
                Some(work) => self.key(work, None),
                None => "",
            },
            table: self.text(&item.table),
            url: item.url.as_ref().map_or("", |url| self.text(url)),
            read_from: self.optional(item.read_from.as_ref()),
            repository: self.optional(item.repository.as_ref()),
            path: self.optional(item.path.as_ref()),
            commit: self.optional(item.commit.as_ref()),
            header: self.text(&item.header),
        };
        self.arena.alloc(source)
    }

    /// An identifier defined once among `items`; the later definitions are
    /// errors.
    fn unique_ids<'i>(&mut self, what: &str, ids: impl Iterator<Item = &'i Text>) {
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        for id in ids {
            if let Some(first) = seen.get(id.get_ref().as_str()) {
                let first = first.clone();
                let diagnostic = self.error(
                    codes::ID,
                    id.span(),
                    format!("{what} `{}` is defined twice", id.get_ref()),
                );
                diagnostic
                    .notes
                    .push(("first defined here".to_owned(), first));
                diagnostic.help = Some(format!("give each {what} its own `id`"));
            } else {
                seen.insert(id.get_ref(), id.span());
            }
        }
    }

    /// The item with this id, or an error at `text`.
    fn find<'t, T>(&mut self, what: &str, text: &Text, items: &'t [(&'a str, T)]) -> Option<&'t T> {
        let wanted = text.get_ref().as_str();
        if let Some((_, item)) = items.iter().find(|(id, _)| *id == wanted) {
            return Some(item);
        }
        let near = crate::suggest::nearest(wanted, items.iter().map(|(id, _)| *id));
        let diagnostic = self.error(
            codes::ID,
            text.span(),
            format!("no {what} has the id `{wanted}`"),
        );
        diagnostic.help = Some(match near {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("define it in a `[[{what}]]` table"),
        });
        None
    }

    /// Reads the whole file into scores and claims, and checks every value.
    pub(super) fn check(&mut self, file: &ResultsFile) -> Results<'a> {
        self.unique_ids("split", file.split.iter().map(|item| &item.id));
        self.unique_ids("protocol", file.protocol.iter().map(|item| &item.id));
        self.unique_ids("table", file.table.iter().map(|item| &item.id));
        for item in &file.split {
            let split = self.split(item);
            self.splits.push((split.id, split));
        }
        for item in &file.protocol {
            let protocol = self.protocol(item);
            self.protocols.push((protocol.id, protocol));
        }
        let mut results = Results {
            splits: self.splits.iter().map(|(_, split)| *split).collect(),
            protocols: self
                .protocols
                .iter()
                .map(|(_, protocol)| *protocol)
                .collect(),
            sources: Vec::new(),
            scores: Vec::new(),
            claims: Vec::new(),
        };
        let mut accepted: Vec<Placed<'a>> = Vec::new();
        let mut claims: Vec<Placed<'a>> = Vec::new();
        for table in &file.table {
            let Some(context) = self.context(table) else {
                continue;
            };
            let is_accepted = self.acceptance(table);
            if is_accepted {
                results.sources.push(context.source);
            }
            let mut cells: HashMap<Cell<'a>, Range<usize>> = HashMap::new();
            for row in &table.row {
                for placed in self.row(&context, row) {
                    let key = cell(&placed.score);
                    if let Some(first) = cells.get(&key) {
                        let first = first.clone();
                        let diagnostic = self.error(
                            codes::DUPLICATE_CELL,
                            placed.span.clone(),
                            format!(
                                "table `{}` gives {} of `{}` twice",
                                context.source.id,
                                placed.score.metric.label(),
                                placed.score.work
                            ),
                        );
                        diagnostic
                            .notes
                            .push(("first given here".to_owned(), first));
                        diagnostic.help = Some(
                            "a table gives a cell once; a variant of the method needs its own `variant`"
                                .to_owned(),
                        );
                        continue;
                    }
                    cells.insert(key, placed.span.clone());
                    if is_accepted {
                        accepted.push(placed);
                    } else {
                        claims.push(placed);
                    }
                }
            }
        }
        self.compare(&accepted, &claims);
        results.scores = accepted.into_iter().map(|placed| placed.score).collect();
        results.claims = claims.into_iter().map(|placed| placed.score).collect();
        results.sort();
        results
    }

    /// Whether a table's values are results (`accepted`, the default) or
    /// claims to check; a claim's table says why.
    fn acceptance(&mut self, table: &TableItem) -> bool {
        let accepted = table.accepted.as_ref().is_none_or(|flag| *flag.get_ref());
        for (field, missing) in [("url", table.url.is_none()), ("work", table.work.is_none())] {
            if accepted && missing {
                self.error(
                    codes::UNDECLARED,
                    table.id.span(),
                    format!("table `{}` has no `{field}`", table.id.get_ref()),
                )
                .help =
                    Some("an accepted table says whose it is and where it can be read".to_owned());
            }
        }
        match (accepted, &table.reason) {
            (false, None) => {
                self.error(
                    codes::UNDECLARED,
                    table.id.span(),
                    format!(
                        "table `{}` is not accepted but gives no `reason`",
                        table.id.get_ref()
                    ),
                )
                .help =
                    Some("say why its values are only claims (a note, a transcription)".to_owned());
            }
            (true, Some(reason)) => {
                self.error(
                    codes::UNDECLARED,
                    reason.span(),
                    "only a table with `accepted = false` gives a `reason`".to_owned(),
                );
            }
            _ => {}
        }
        accepted
    }

    /// The split with this id, of `dataset`.
    fn split_of(&mut self, text: &Text, dataset: &str) -> Option<&'a Split<'a>> {
        let splits = std::mem::take(&mut self.splits);
        let split = self.find("split", text, &splits).copied();
        self.splits = splits;
        if let Some(split) = split.filter(|split| split.dataset != dataset) {
            self.error(
                codes::SPLIT_DATASET,
                text.span(),
                format!(
                    "split `{}` is of `{}`, not of `{dataset}`",
                    split.id, split.dataset
                ),
            )
            .help = Some("name a split of the table's dataset".to_owned());
        }
        split
    }

    fn protocol_named(&mut self, text: &Text) -> Option<&'a Protocol<'a>> {
        let protocols = std::mem::take(&mut self.protocols);
        let protocol = self.find("protocol", text, &protocols).copied();
        self.protocols = protocols;
        protocol
    }

    fn context(&mut self, table: &TableItem) -> Option<Context<'a>> {
        self.check_unknown_names(&table.unknown, &["target"]);
        let source = self.source(table);
        let dataset = self.key(&table.dataset, Some(Kind::Dataset));
        let split = self.split_of(&table.split, dataset);
        let protocol = self.protocol_named(&table.protocol);
        let target = table
            .target
            .as_ref()
            .and_then(|text| self.name::<Target>(text));
        let target = self.declared("target", target, &table.unknown, table.id.span());
        let kind = self.name::<TableKind>(&table.kind);
        let scale = self.name::<Scale>(&table.scale);
        Some(Context {
            source,
            dataset,
            split: split?,
            target,
            protocol: protocol?,
            kind: kind?,
            scale: scale?,
        })
    }

    /// The scores of one row, each value checked.
    fn row(&mut self, context: &Context<'a>, row: &RowItem) -> Vec<Placed<'a>> {
        let work = self.key(&row.work, None);
        let variant = self.optional(row.variant.as_ref());
        let quote = self.text(&row.quote);
        let printed_name = self.text(&row.name);
        if !quote.contains(printed_name) {
            self.error(
                codes::NOT_QUOTED,
                row.name.span(),
                format!("the quoted row does not print the name `{printed_name}`"),
            )
            .help = Some("give the method's name exactly as the row prints it".to_owned());
        }
        let table_work = Some(context.source.work).filter(|work| !work.is_empty());
        let (provenance, via) = match context.kind {
            TableKind::Leaderboard => (Provenance::Measured, table_work),
            TableKind::Paper if row.reproduced => (Provenance::Reproduced, table_work),
            TableKind::Paper if work == context.source.work => (Provenance::Reported, None),
            TableKind::Paper => (Provenance::Cited, table_work),
        };
        if row.reproduced && context.kind == TableKind::Leaderboard {
            self.error(
                codes::VOCABULARY,
                row.work.span(),
                "a leaderboard's rows are measured, not reproduced".to_owned(),
            );
        }
        if row.values.get_ref().is_empty() {
            self.error(
                codes::VALUE_SYNTAX,
                row.values.span(),
                "a row gives no values".to_owned(),
            );
        }
        let split = match &row.split {
            Some(text) => self.split_of(text, context.dataset),
            None => Some(context.split),
        };
        let protocol = match &row.protocol {
            Some(text) => self.protocol_named(text),
            None => Some(context.protocol),
        };
        let (Some(split), Some(protocol)) = (split, protocol) else {
            return Vec::new();
        };
        let mut scores = Vec::new();
        for (metric_name, value) in row.values.get_ref() {
            let Some(metric) = self.name::<Metric>(metric_name) else {
                continue;
            };
            if metric.is_clinical_efficacy() && !protocol.clinical_efficacy {
                self.error(
                    codes::UNDECLARED,
                    metric_name.span(),
                    format!("protocol `{}` has no clinical efficacy scores", protocol.id),
                )
                .help = Some(
                    "give the row a `protocol` that states its labeler and averaging".to_owned(),
                );
                continue;
            }
            if !self.value(metric, context.scale, value, quote) {
                continue;
            }
            scores.push(Placed {
                score: Score {
                    work,
                    printed_name,
                    variant,
                    dataset: context.dataset,
                    split,
                    trained_on_dataset: row.trained_on_dataset,
                    target: context.target,
                    metric,
                    value: Printed {
                        text: self.text(value),
                        scale: context.scale,
                    },
                    protocol,
                    provenance,
                    via,
                    source: context.source,
                    quote,
                },
                span: value.span(),
                row: row.quote.span(),
            });
        }
        scores
    }

    /// Whether a printed value is a decimal number its metric can take on
    /// its scale, and the quoted row prints it.
    fn value(&mut self, metric: Metric, scale: Scale, value: &Text, quote: &str) -> bool {
        let text = value.get_ref().as_str();
        let span = value.span();
        if !is_decimal(text) {
            self.error(
                codes::VALUE_SYNTAX,
                span,
                format!("`{text}` is not a decimal number as printed"),
            )
            .help = Some(
                "write the value's digits exactly as the source prints them, e.g. \"0.470\""
                    .to_owned(),
            );
            return false;
        }
        let number: f64 = text.parse().expect("a decimal parses");
        match (metric.unit_range(), scale) {
            (None, Scale::Percent) => {
                self.error(
                    codes::OUT_OF_RANGE,
                    span,
                    format!("{} has no percent scale", metric.label()),
                )
                .help = Some("give the table `scale = \"unit\"`".to_owned());
                return false;
            }
            (Some((low, high)), _) => {
                let factor = 1.0 / scale.to_unit();
                if number < low * factor || number > high * factor {
                    self.error(
                        codes::OUT_OF_RANGE,
                        span,
                        format!(
                            "{text} is outside {}'s range {}–{} on the {scale} scale",
                            metric.label(),
                            low * factor,
                            high * factor
                        ),
                    )
                    .help = Some(
                        "check the value, and the table's `scale` (`unit` or `percent`)".to_owned(),
                    );
                    return false;
                }
            }
            (None, Scale::Unit) => {}
        }
        if !quoted_numbers(quote).any(|number| number == text) {
            self.error(
                codes::NOT_QUOTED,
                span,
                format!("the quoted row does not print `{text}`"),
            )
            .help = Some(
                "copy the value from the row as printed, or quote the row it is in".to_owned(),
            );
            return false;
        }
        true
    }
}

/// What a table's rows share.
struct Context<'a> {
    source: &'a ResultSource<'a>,
    dataset: &'a str,
    split: &'a Split<'a>,
    target: Option<Target>,
    protocol: &'a Protocol<'a>,
    kind: TableKind,
    scale: Scale,
}

/// What kind of source a table is, which decides its rows' provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TableKind {
    /// A leaderboard that ran the models itself: its rows are `measured`.
    Leaderboard,
    /// A paper's (or its authors' README's) table: the work's own row is
    /// `reported`, other works' rows `cited` or, marked, `reproduced`.
    Paper,
}

impl FromStr for TableKind {
    type Err = ParseEnumError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name {
            "leaderboard" => Ok(TableKind::Leaderboard),
            "paper" => Ok(TableKind::Paper),
            _ => Err(ParseEnumError {
                what: "table kind",
                expected: &["leaderboard", "paper"],
            }),
        }
    }
}

/// `0.470`, `-0.056`, `12`, `3.5`: digits with at most one point, and an
/// optional minus.
fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|byte| byte.is_ascii_digit())
        && fraction.bytes().all(|byte| byte.is_ascii_digit())
}

/// The numbers a quoted row prints, whatever separates them (`|`, `,`,
/// HTML cells, spaces).
fn quoted_numbers(quote: &str) -> impl Iterator<Item = &str> {
    quote
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .map(|token| token.trim_matches('.'))
        .filter(|token| !token.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_digits_with_one_point() {
        for good in ["0.470", "-0.056", "12", "3.5"] {
            assert!(is_decimal(good), "{good}");
        }
        for bad in ["", ".5", "5.", "1e3", "0,47", "--1", "0.4.7", "NaN"] {
            assert!(!is_decimal(bad), "{bad}");
        }
    }

    #[test]
    fn numbers_are_found_whatever_separates_them() {
        let html = "<td>Ours</td><td>0.470</td><td>-</td>";
        assert_eq!(quoted_numbers(html).collect::<Vec<_>>(), ["0.470", "-"]);
        let csv = "1,2024,CheXagent*,Stanford,https://x.org/a,0.094,-0.056";
        assert!(quoted_numbers(csv).any(|n| n == "-0.056"));
        assert!(!quoted_numbers("| 0.4701 |").any(|n| n == "0.470"));
    }
}
