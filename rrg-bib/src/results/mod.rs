//! The results file (`data/results.toml`): reading it into typed scores
//! checked against the catalogue, and writing them as Rust constants.
//!
//! The file holds `[[split]]`, `[[protocol]]` and `[[table]]` tables; each
//! table is one table of one source (a leaderboard's file, a paper's
//! table), gives the dataset, split, target, protocol and scale its rows
//! share, and holds its rows as `[[table.row]]`, each with the quoted row
//! and its values by metric. docs/results.md describes every field.

mod check;
pub mod codes;
mod compare;
mod file;

use bumpalo::Bump;
use rrg_model::results::{Protocol, ResultSource, Score, Split};
use rrg_model::tokens::Code;

use crate::generate::Provenance;
use crate::{Catalog, Diagnostic, Report, Source};

/// The name the shipped results file goes by in generated headers: its
/// path in the rrg-catalog package.
pub const SHIPPED_RESULTS: &str = "data/results.toml";

/// What a results file holds, checked.
#[derive(Debug, Clone, Default)]
pub struct Results<'a> {
    /// Every split, in file order.
    pub splits: Vec<&'a Split<'a>>,
    /// Every protocol, in file order.
    pub protocols: Vec<&'a Protocol<'a>>,
    /// Every accepted source table, in file order.
    pub sources: Vec<&'a ResultSource<'a>>,
    /// The scores of accepted tables, sorted by dataset, split, target,
    /// metric, protocol, work, variant and source.
    pub scores: Vec<Score<'a>>,
    /// The values of tables that are not accepted (claims checked against
    /// the scores, never scores themselves), in the same order.
    pub claims: Vec<Score<'a>>,
}

/// The order of scores: by what they measure, then by whose and where.
fn order<'s>(
    score: &Score<'s>,
) -> (
    &'s str,
    &'s str,
    Option<rrg_model::results::Target>,
    rrg_model::results::Metric,
    &'s str,
    &'s str,
    Option<&'s str>,
    &'s str,
) {
    (
        score.dataset,
        score.split.id,
        score.target,
        score.metric,
        score.protocol.id,
        score.work,
        score.variant,
        score.source.id,
    )
}

impl Results<'_> {
    fn sort(&mut self) {
        self.scores.sort_by(|a, b| order(a).cmp(&order(b)));
        self.claims.sort_by(|a, b| order(a).cmp(&order(b)));
    }

    /// Leaves out the scores of works or datasets `keep` does not keep (a
    /// subset catalogue).
    pub fn retain_keys(&mut self, keep: impl Fn(&str) -> bool) {
        self.scores
            .retain(|score| keep(score.work) && keep(score.dataset));
        self.claims
            .retain(|score| keep(score.work) && keep(score.dataset));
    }
}

/// Reads and checks a results file against `catalog`. The report holds
/// every finding, warnings (conflicts between sources) included; the
/// results are only complete if it has no error.
pub fn read<'a>(
    source: Source<'a>,
    catalog: &Catalog<'_>,
    arena: &'a Bump,
) -> (Results<'a>, Report<'a>) {
    let file: file::ResultsFile = match toml::from_str(source.text) {
        Ok(file) => file,
        Err(error) => {
            let span = error.span().unwrap_or(0..0);
            let diagnostic = Diagnostic::error(codes::SYNTAX, span, error.message().to_owned())
                .help("docs/results.md describes the results file");
            return (Results::default(), Report::new(source, vec![diagnostic]));
        }
    };
    let mut checker = check::Checker::new(arena, catalog);
    let results = checker.check(&file);
    (results, Report::new(source, checker.finish()))
}

/// The results as Rust source, deterministic, meant to be `include!`d in a
/// module of rrg-catalog: `RESULTS_SHA256`, `SPLITS`, `PROTOCOLS`,
/// `SOURCES` and `SCORES`, and a private module of the values they share.
pub fn generate(
    results: &Results<'_>,
    sha256: &str,
    name: &str,
    provenance: Provenance<'_>,
) -> String {
    const SHARED: &str = "shared";
    const IMPORTS: &str = "use ::rrg_model::results::{Averaging, Labeler, Metric, Part, Printed, Protocol, Provenance, ResultSource, Scale, Score, Split, Target, Uncertain};";
    let mut code = Code::sharing();
    code.raw("/// SHA-256 of the results file these constants were generated from.\n");
    code.raw("pub const RESULTS_SHA256: &str = ");
    code.str(sha256);
    code.raw(";\n\n");
    array(
        &mut code,
        "Every split, in the results file's order.",
        "SPLITS",
        "Split<'static>",
        &results.splits,
        |code, split| code.value(*split),
    );
    array(
        &mut code,
        "Every protocol, in the results file's order.",
        "PROTOCOLS",
        "Protocol<'static>",
        &results.protocols,
        |code, protocol| code.value(*protocol),
    );
    array(
        &mut code,
        "Every accepted source table, in the results file's order.",
        "SOURCES",
        "ResultSource<'static>",
        &results.sources,
        |code, source| code.value(*source),
    );
    array(
        &mut code,
        "Every score, sorted by dataset, split, target, metric, protocol, work, variant and source.",
        "SCORES",
        "Score<'static>",
        &results.scores,
        |code, score| code.value(score),
    );
    let (text, shared) = code.finish(SHARED);
    // Statics, not constants: each reference to a constant is a copy of its
    // value, to a static one address, which builds faster.
    let mut module = format!(
        "/// Values that several scores share, each written once.\nmod {SHARED} {{\n    #[allow(unused_imports)]\n    use super::*;\n"
    );
    for value in &shared {
        module.push_str(&format!(
            "    pub(super) static {}: {} = {};\n",
            value.name, value.ty, value.value
        ));
    }
    module.push_str("}\n");
    let code = format!("#[allow(unused_imports)]\n{IMPORTS}\n\n{text}{module}");
    let file = syn::parse_file(&code).expect("generated code is a valid Rust file");
    let line = |text: &str| text.replace(['\n', '\r'], " ");
    format!(
        "// @generated by {} from {} (sha256 {}).\n\
         // {} scores, {} sources. DO NOT EDIT: edit the results file instead and run\n\
         // `{}` to regenerate.\n\n{}",
        line(provenance.generator),
        line(name),
        sha256,
        results.scores.len(),
        results.sources.len(),
        line(provenance.command),
        prettyplease::unparse(&file)
    )
}

/// `pub static NAME: [TYPE; N] = [...];` with its doc line.
fn array<T>(
    code: &mut Code,
    doc: &str,
    name: &str,
    ty: &str,
    items: &[T],
    write: impl Fn(&mut Code, &T),
) {
    code.raw("/// ");
    code.raw(doc);
    code.raw("\npub static ");
    code.raw(name);
    code.raw(": [");
    code.raw(ty);
    code.raw("; ");
    code.int(items.len() as u64);
    code.raw("] = [\n");
    for item in items {
        write(code, item);
        code.raw(",\n");
    }
    code.raw("];\n\n");
}
