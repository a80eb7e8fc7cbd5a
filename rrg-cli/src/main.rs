//! `rrg`: the radiology report generation catalogue on the command line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use rrg_bib::{LintLevel, LintOptions};
use rrg_catalog::export::{self, bibtex::Style};
use rrg_catalog::results::{EntryResults, Metric, Provenance, ScoreFilter};
use rrg_catalog::{Entry, Evidence, Filter, Kind, List, Modality, YearRange};
use rrg_cli::lint;
use rrg_cli::regenerate::{self, Outcome};

const AFTER_HELP: &str = "\
Examples:
  rrg list --venue MICCAI --has-code --year 2021..
  rrg show chen-etal-2020-generating
  rrg export --format bibtex --venue MICCAI --kind paper --has-code --year 2021.. -o miccai.bib
  rrg export --format csl-json --llm -o llm.json
  rrg stats --modality chest-xray
  rrg regenerate
  rrg lint refs.bib
  rrg lint --format json --deny similar-title --allow truncated-authors refs.bib";

/// The radiology report generation literature (papers, datasets, toolkits,
/// surveys) from the rrg-catalog: list, show and export works, and
/// regenerate the catalogue's committed files.
#[derive(Debug, Parser)]
#[command(name = "rrg", version, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the selected works, one line each: key, venue and year, title.
    #[command(visible_alias = "ls")]
    List {
        #[command(flatten)]
        filters: Filters,
    },
    /// Print every field of one work, as JSON (unknown values are null).
    #[command(visible_alias = "get")]
    Show {
        /// The work's key, one of its aliases (upstream keys), or the name
        /// it is known by (`R2Gen`, case-insensitive) when only one work has it.
        key: String,
        /// Print the work as BibTeX for biber instead (the `bibtex` export).
        #[arg(long, conflicts_with = "rrg_bib")]
        bibtex: bool,
        /// Print the work in the catalogue's own biblatex form instead (the
        /// `rrg-bib` export).
        #[arg(long)]
        rrg_bib: bool,
    },
    /// Write the selected works in a format for other tools.
    Export {
        /// The format to write.
        #[arg(long, short, value_enum)]
        format: Format,
        #[command(flatten)]
        filters: Filters,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Count the selected works by year, venue and kind; code, LLMs,
    /// modalities and how complete their facts are.
    Stats {
        #[command(flatten)]
        filters: Filters,
    },
    /// Check .bib files (yours or the catalogue's) and report every problem
    /// at once, each with its line, column and a hint. Exits with 0 when no
    /// finding is an error, 1 when one is, 2 when a file cannot be read.
    #[command(after_help = LINT_HELP)]
    Lint {
        /// The .bib files to check (`-` reads standard input).
        #[arg(value_name = "FILE", required_unless_present = "list")]
        files: Vec<PathBuf>,
        /// How to print the findings.
        #[arg(long, value_enum, default_value = "human")]
        format: LintFormat,
        /// A TOML file of levels: `[lints]` then `code = "deny"` (or
        /// "warn", "note", "allow") lines. Flags override it.
        #[arg(long, value_name = "FILE.toml")]
        config: Option<PathBuf>,
        /// Report findings of this class as errors (`warnings`: every
        /// warning). Repeatable.
        #[arg(long, short = 'D', value_name = "CODE")]
        deny: Vec<String>,
        /// Report findings of this class as warnings. Repeatable.
        #[arg(long, short = 'W', value_name = "CODE")]
        warn: Vec<String>,
        /// Do not report findings of this class. Repeatable.
        #[arg(long, short = 'A', value_name = "CODE")]
        allow: Vec<String>,
        /// Apply the catalogue's own conventions too (what its build
        /// script checks).
        #[arg(long)]
        catalogue: bool,
        /// Lint each file on its own. By default several files are one
        /// bibliography, read in the order given: `@string`s and crossref
        /// parents of one serve the others, and a key in two is a
        /// duplicate.
        #[arg(long)]
        separately: bool,
        /// List every code with its level and what it finds, and exit.
        #[arg(long)]
        list: bool,
    },
    /// Read paper lists (Markdown, .bib), match every work they name against
    /// the catalogue, and report each (matched, new, ambiguous, excluded)
    /// with its differences, and the lists' defects. Exits with 0, 1 when a
    /// defect is an error, 2 when a file cannot be read.
    Import {
        /// The lists (`-` reads standard input).
        #[arg(value_name = "FILE", required_unless_present = "schema")]
        files: Vec<PathBuf>,
        /// How to print the report.
        #[arg(long, value_enum, default_value = "human")]
        format: LintFormat,
        /// Write every new work as a candidate entry to this .bib file.
        #[arg(long, value_name = "FILE.bib")]
        write: Option<PathBuf>,
        /// Use this exclusion list instead of the catalogue's.
        #[arg(long, value_name = "FILE.toml")]
        exclusions: Option<PathBuf>,
        /// Print the JSON Schema of the JSON report, and exit.
        #[arg(long)]
        schema: bool,
    },
    /// Print the scores of the results table that meet every condition
    /// given: values exactly as printed, grouped so that only values
    /// measured the same way (dataset, split, target, metric, protocol)
    /// stand together.
    #[command(after_help = RESULTS_HELP)]
    Results {
        /// Scores on this dataset (key, alias or name: `MIMIC-CXR`).
        #[arg(long, value_name = "DATASET")]
        dataset: Option<String>,
        /// Scores on this split (its identifier, e.g. `rexrank-mimic-cxr-test`).
        #[arg(long, value_name = "SPLIT")]
        split: Option<String>,
        /// Scores of this metric.
        #[arg(long, value_parser = vocabulary_parser(Metric::ALL, Metric::as_str))]
        metric: Option<Metric>,
        /// Scores of this work (key, alias or name: `R2Gen`).
        #[arg(long, value_name = "KEY")]
        work: Option<String>,
        /// Scores of this provenance.
        #[arg(long, value_parser = vocabulary_parser(Provenance::ALL, Provenance::as_str))]
        provenance: Option<Provenance>,
        /// How to print them.
        #[arg(long, value_enum, default_value = "text")]
        format: ResultsFormat,
        /// Rank the works by `--metric` on `--dataset` and `--split`, one
        /// ranking per protocol and target section.
        #[arg(long, requires_all = ["dataset", "split", "metric"])]
        rank: bool,
        /// Check this results file against the catalogue instead, and
        /// report every finding (exit 1 on an error).
        #[arg(long, value_name = "FILE.toml", conflicts_with_all = ["rank", "dataset", "split", "metric", "work", "provenance"])]
        check: Option<PathBuf>,
    },
    /// Write every generated file of the repository from the catalogue:
    /// schema/catalog.schema.json, schema/catalog.json, docs/papers.md and
    /// docs/works-per-year.svg.
    Regenerate {
        /// The repository root.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Change nothing; fail if a file is missing or out of date.
        #[arg(long)]
        check: bool,
    },
}

const RESULTS_HELP: &str = "\
Examples:
  rrg results --work R2Gen
  rrg results --dataset MIMIC-CXR --split rexrank-mimic-cxr-test --metric radcliq-v1 --rank
  rrg results --provenance measured --format csv > rexrank.csv
  rrg results --check my-results.toml

docs/results.md explains the fields and the results file.";

const LINT_HELP: &str = "\
Levels: a code's default level can be changed by --config, then by the flags
(--allow, then --warn, then --deny, so that the strictest wins). `rrg lint
--list` shows every code; docs/lints.md explains each.

Examples:
  rrg lint strings.bib refs.bib      # one bibliography, in this order
  rrg lint --separately a.bib b.bib  # each file on its own
  rrg lint --deny warnings refs.bib
  rrg lint --format json --config lint.toml refs.bib > findings.json";

/// How `rrg lint` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LintFormat {
    /// rustc-style: `file:line:col: level[code]: message`, the line, a
    /// caret and a hint.
    Human,
    /// One JSON document (fields documented in docs/lints.md).
    Json,
}

/// How `rrg results` prints the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ResultsFormat {
    /// A table, grouped by what may be compared.
    Text,
    /// JSON, valid against schema/results.schema.json.
    Json,
    /// CSV (RFC 4180), one row per score.
    Csv,
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The catalogue as JSON, valid against schema/catalog.schema.json.
    Json,
    /// CSL-JSON for Zotero, pandoc and citeproc.
    CslJson,
    /// BibTeX for biber and biblatex (or BibTeX): only what biblatex's data
    /// model knows, so that `biber --validate-datamodel` has nothing to say.
    Bibtex,
    /// The catalogue's own biblatex form, custom fields included (kind,
    /// shortvenue, code, …): it reads back into the catalogue.
    RrgBib,
    /// Deprecated: the old name of `bibtex`; it will be removed in 0.3.
    #[value(hide = true)]
    BiblatexPortable,
    /// The survey's Markdown list: papers by year, datasets, toolkits.
    Markdown,
    /// CSV (RFC 4180), one row per work; columns documented in
    /// rrg_catalog::export::csv.
    Csv,
}

/// Which works to select; every condition given must hold.
#[derive(Debug, Clone, Default, Args)]
struct Filters {
    /// Years: 2021, 2021..2024 (both included), 2021.. or ..2024.
    #[arg(long, value_name = "RANGE")]
    year: Option<YearRange>,
    /// Venue, by its short name or full title, e.g. MICCAI, TMI or "Nature
    /// Medicine" (case-insensitive).
    #[arg(long, value_name = "NAME")]
    venue: Option<String>,
    /// Role the work plays.
    #[arg(long, value_parser = vocabulary_parser(Kind::ALL, Kind::as_str))]
    kind: Option<Kind>,
    /// Imaging modality the work is about.
    #[arg(long, value_parser = vocabulary_parser(Modality::ALL, Modality::as_str))]
    modality: Option<Modality>,
    /// Only works with official code.
    #[arg(long)]
    has_code: bool,
    /// Only works that involve a large language model.
    #[arg(long, conflicts_with = "no_llm")]
    llm: bool,
    /// Only works that do not involve a large language model.
    #[arg(long)]
    no_llm: bool,
    /// Text in the title, a name of the work or an author's name
    /// (case-insensitive).
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// Only works whose facts come from a bibliographic record (`record`)
    /// or only from a list's label (`label`).
    #[arg(long, value_parser = vocabulary_parser(Evidence::ALL, Evidence::as_str))]
    evidence: Option<Evidence>,
    /// Only works that this public list names.
    #[arg(long, value_name = "LIST", value_parser = vocabulary_parser(List::ALL, List::as_str))]
    listed_in: Option<List>,
}

impl Filters {
    fn filter(&self) -> Filter<'_> {
        let mut filter = Filter::new();
        if let Some(years) = self.year {
            filter = filter.years(years);
        }
        if let Some(venue) = &self.venue {
            filter = filter.venue(venue);
        }
        if let Some(kind) = self.kind {
            filter = filter.kind(kind);
        }
        if let Some(modality) = self.modality {
            filter = filter.modality(modality);
        }
        if self.has_code {
            filter = filter.has_code();
        }
        if self.llm || self.no_llm {
            filter = filter.llm(self.llm);
        }
        if let Some(text) = &self.search {
            filter = filter.search(text);
        }
        if let Some(evidence) = self.evidence {
            filter = filter.evidence(evidence);
        }
        if let Some(list) = self.listed_in {
            filter = filter.listed_in(list);
        }
        filter
    }

    fn select(&self) -> Vec<&'static Entry> {
        rrg_catalog::select(self.filter()).collect()
    }
}

/// A parser of one of a closed vocabulary's names (roles, modalities, …),
/// so that `--help` lists them and a typo gets clap's suggestion.
fn vocabulary_parser<T>(
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> impl TypedValueParser<Value = T>
where
    T: Copy + std::str::FromStr + Send + Sync + 'static,
{
    PossibleValuesParser::new(all.iter().map(move |value| name(*value))).try_map(|text| {
        text.parse::<T>()
            .map_err(|_| format!("not a value: {text}"))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        // A closed pipe (`rrg list | head`) is the reader's choice, not an error.
        Err(Failure::Io(error)) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(error)) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
        Err(Failure::Message(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    Io(io::Error),
    Message(String),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Io(error)
    }
}

fn run(command: Command) -> Result<ExitCode, Failure> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match command {
        Command::List { filters } => list(&filters.select(), &mut out)?,
        Command::Show {
            key,
            bibtex,
            rrg_bib,
        } => {
            let style = match (bibtex, rrg_bib) {
                (true, _) => Some(Style::Portable),
                (_, true) => Some(Style::Canonical),
                _ => None,
            };
            show(&key, style, &mut out)?
        }
        Command::Export {
            format,
            filters,
            output,
        } => {
            if format == Format::BiblatexPortable {
                eprintln!(
                    "warning: `--format biblatex-portable` is now called `--format bibtex`; \
                     the old name will be removed in 0.3"
                );
            }
            let entries = filters.select();
            match output {
                None => export(format, &entries, &mut out)?,
                Some(path) => {
                    let mut file = Vec::new();
                    export(format, &entries, &mut file)?;
                    std::fs::write(&path, file).map_err(|error| {
                        Failure::Message(format!("cannot write {}: {error}", path.display()))
                    })?;
                    eprintln!("wrote {} works to {}", entries.len(), path.display());
                }
            }
        }
        Command::Stats { filters } => {
            let mut text = String::new();
            rrg_cli::stats::write(&filters.select(), &mut text).expect("writing to a String");
            out.write_all(text.as_bytes())?;
        }
        Command::Regenerate { root, check } => return regenerate(&root, check),
        Command::Results {
            dataset,
            split,
            metric,
            work,
            provenance,
            format,
            rank,
            check,
        } => {
            if let Some(path) = check {
                let text = std::fs::read_to_string(&path).map_err(|error| {
                    Failure::Message(format!("cannot read {}: {error}", path.display()))
                })?;
                let (report, failed) = rrg_cli::results::check(&path.display().to_string(), &text);
                out.write_all(report.as_bytes())?;
                out.flush()?;
                return Ok(if failed {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                });
            }
            // A misnamed work or dataset is an error, not an empty answer.
            for key in [&dataset, &work].into_iter().flatten() {
                find(key)?;
            }
            let mut filter = ScoreFilter::new();
            if let Some(dataset) = &dataset {
                filter = filter.dataset(dataset);
            }
            if let Some(split) = &split {
                if rrg_catalog::results::split(split).is_none() {
                    let ids = rrg_catalog::results::splits().iter().map(|split| split.id);
                    let help = rrg_bib::suggest::nearest(split, ids.clone()).map_or_else(
                        || format!("one of: {}", ids.collect::<Vec<_>>().join(", ")),
                        |near| format!("did you mean `{near}`?"),
                    );
                    return Err(Failure::Message(format!(
                        "no split has the identifier `{split}`\nhelp: {help}"
                    )));
                }
                filter = filter.split(split);
            }
            if let Some(metric) = metric {
                filter = filter.metric(metric);
            }
            if let Some(work) = &work {
                filter = filter.work(work);
            }
            if let Some(provenance) = provenance {
                filter = filter.provenance(provenance);
            }
            let scores: Vec<_> = rrg_catalog::results::select(filter).collect();
            if rank {
                let (dataset, split, metric) = (
                    dataset.unwrap_or_default(),
                    split.unwrap_or_default(),
                    metric.expect("clap requires it"),
                );
                let boards = rrg_catalog::results::leaderboards(&dataset, &split, metric);
                let ranked: Vec<_> = boards
                    .iter()
                    .flat_map(|board| board.standings.iter().map(|standing| standing.score))
                    .collect();
                out.write_all(rrg_cli::results::table(&ranked).as_bytes())?;
            } else {
                match format {
                    ResultsFormat::Text => {
                        out.write_all(rrg_cli::results::table(&scores).as_bytes())?
                    }
                    ResultsFormat::Json => export::results::json::write(scores, &mut out)?,
                    ResultsFormat::Csv => {
                        out.write_all(export::results::csv::to_string(scores).as_bytes())?
                    }
                }
            }
        }
        Command::Import {
            files,
            format,
            write,
            exclusions,
            schema,
        } => {
            if schema {
                out.write_all(rrg_import::schema::to_string().as_bytes())?;
                out.flush()?;
                return Ok(ExitCode::SUCCESS);
            }
            let request = rrg_cli::import::Request {
                files,
                json: format == LintFormat::Json,
                write,
                exclusions,
            };
            let outcome = rrg_cli::import::run(&request);
            eprint!("{}", outcome.stderr);
            out.write_all(outcome.stdout.as_bytes())?;
            out.flush()?;
            return Ok(ExitCode::from(outcome.status));
        }
        Command::Lint {
            files,
            format,
            config,
            deny,
            warn,
            allow,
            catalogue,
            separately,
            list,
        } => {
            let flags = [
                (LintLevel::Allow, allow),
                (LintLevel::Warn, warn),
                (LintLevel::Deny, deny),
            ];
            let grouping = if separately {
                lint::Grouping::Separately
            } else {
                lint::Grouping::Together
            };
            return lint(
                &files,
                format,
                config.as_deref(),
                &flags,
                (catalogue, grouping),
                list,
            );
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn list(entries: &[&Entry], out: &mut impl Write) -> io::Result<()> {
    let width = entries
        .iter()
        .map(|entry| entry.key.len())
        .max()
        .unwrap_or(0);
    for entry in entries {
        let year = entry
            .year
            .map_or_else(|| "n.d.".to_owned(), |year| year.to_string());
        let name = entry
            .short_name
            .map_or_else(String::new, |name| format!("{name}: "));
        // A title that starts with the name already shows it.
        let name = if entry.title.starts_with(name.as_str()) {
            ""
        } else {
            &name
        };
        writeln!(
            out,
            "{:<width$}  [{} {year}] {name}{}",
            entry.key, entry.venue.short, entry.title
        )?;
    }
    Ok(())
}

/// The work a key, an alias or a name (`R2Gen`) names.
fn find(key: &str) -> Result<&'static Entry, Failure> {
    if let Some(entry) = rrg_catalog::get(key) {
        return Ok(entry);
    }
    match rrg_catalog::by_name(key) {
        Ok(entry) => Ok(entry),
        Err(error @ rrg_catalog::NameError::Ambiguous { .. }) => Err(Failure::Message(format!(
            "{error}\nhelp: name the work by its key: `rrg show KEY`"
        ))),
        Err(rrg_catalog::NameError::Unknown { .. }) => {
            let mut message = format!("no work has the key, alias or name `{key}`");
            if let Some(nearest) = nearest_key(key) {
                message.push_str(&format!("\nhelp: did you mean `{nearest}`?"));
            }
            message
                .push_str("\nhelp: `rrg list --search TEXT` finds works by title, name or author");
            Err(Failure::Message(message))
        }
    }
}

fn show(key: &str, bibtex: Option<Style>, out: &mut impl Write) -> Result<(), Failure> {
    let entry = find(key)?;
    if let Some(style) = bibtex {
        let text = export::bibtex::to_string([entry], style);
        out.write_all(text.as_bytes())?;
    } else {
        // The entry's fields, and its scores when it has any.
        let mut json = serde_json::to_value(entry).map_err(io::Error::from)?;
        let scores: Vec<_> = entry.results().collect();
        if let Some(object) = json.as_object_mut().filter(|_| !scores.is_empty()) {
            object.insert(
                "results".to_owned(),
                serde_json::to_value(scores).map_err(io::Error::from)?,
            );
        }
        serde_json::to_writer_pretty(&mut *out, &json).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The key or alias most like `key`, if one is close enough to be a typo.
fn nearest_key(key: &str) -> Option<&'static str> {
    let keys = rrg_catalog::entries().iter().map(|entry| entry.key);
    let aliases = rrg_catalog::aliases().map(|(alias, _)| alias);
    rrg_bib::suggest::nearest(key, keys.chain(aliases))
}

fn export(format: Format, entries: &[&Entry], out: &mut impl Write) -> io::Result<()> {
    let entries = entries.iter().copied();
    match format {
        Format::Json => export::json::write(entries, out),
        Format::CslJson => export::csl::write(entries, out),
        Format::Bibtex | Format::BiblatexPortable => {
            out.write_all(export::bibtex::to_string(entries, Style::Portable).as_bytes())
        }
        Format::RrgBib => {
            out.write_all(export::bibtex::to_string(entries, Style::Canonical).as_bytes())
        }
        Format::Markdown => out.write_all(export::markdown::to_string(entries).as_bytes()),
        Format::Csv => out.write_all(export::csv::to_string(entries).as_bytes()),
    }
}

fn lint(
    files: &[PathBuf],
    format: LintFormat,
    config: Option<&Path>,
    flags: &[(LintLevel, Vec<String>)],
    (catalogue, grouping): (bool, lint::Grouping),
    list: bool,
) -> Result<ExitCode, Failure> {
    let usage = |message: String| {
        eprintln!("error: {message}");
        Ok(ExitCode::from(lint::UNREADABLE))
    };
    let mut options = if catalogue {
        LintOptions::catalogue()
    } else {
        LintOptions::user()
    };
    if let Some(path) = config {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => return usage(format!("cannot read {}: {error}", path.display())),
        };
        if let Err(message) = lint::apply_config(&text, &mut options) {
            return usage(format!("{}: {message}", path.display()));
        }
    }
    for (level, codes) in flags {
        for code in codes {
            if let Err(error) = options.set(code, *level) {
                return usage(error.to_string());
            }
        }
    }
    let mut out = String::new();
    if list {
        lint::list(&options, &mut out);
        io::stdout().write_all(out.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let (inputs, unreadable) = lint::read_inputs(files);
    let totals = match format {
        LintFormat::Human => {
            for (file, error) in &unreadable {
                eprintln!("error: cannot read {file}: {error}");
            }
            lint::human(&inputs, grouping, &options, &mut out)
        }
        LintFormat::Json => lint::json(&inputs, &unreadable, grouping, &options, &mut out),
    };
    io::stdout().write_all(out.as_bytes())?;
    Ok(ExitCode::from(if !unreadable.is_empty() {
        lint::UNREADABLE
    } else if totals.errors > 0 {
        lint::FINDINGS
    } else {
        lint::CLEAN
    }))
}

fn regenerate(root: &Path, check: bool) -> Result<ExitCode, Failure> {
    let (source, results) = regenerate::check_root(root).map_err(Failure::Message)?;
    let files = regenerate::files(&source, &results).map_err(Failure::Message)?;
    if check {
        let stale = regenerate::out_of_date(root, &files);
        if stale.is_empty() {
            println!("every generated file is up to date");
            return Ok(ExitCode::SUCCESS);
        }
        for path in &stale {
            eprintln!("out of date: {path}");
        }
        eprintln!("run `{}` to regenerate them", regenerate::COMMAND);
        return Ok(ExitCode::FAILURE);
    }
    for (path, outcome) in regenerate::write_all(root, &files)? {
        match outcome {
            Outcome::Written => println!("wrote     {path}"),
            Outcome::Unchanged => println!("unchanged {path}"),
        }
    }
    Ok(ExitCode::SUCCESS)
}
