//! Writing the catalogue as Rust source, and the one function that makes
//! every Rust file rrg-catalog compiles from a `.bib` file:
//! [`crate_sources`], which its build script (with the `reader` feature),
//! `rrg regenerate` and the drift tests all call.
//!
//! The catalogue is one key-sorted static array of
//! entries, a sorted alias table, one named constant per entry, and the
//! values that several entries share.
//!
//! The shape is chosen for compile time, which grows with the amount of code
//! in constant initialisers. Each entry is written once, as a named constant,
//! and the array copies them (one big array initialiser takes rustc
//! quadratic time, and so does a constant that points into the array). A
//! person, venue, list of kinds or empty list that occurs more than once is
//! a shared constant that entries name instead of repeating it.

use std::io;
use std::path::Path;

use rrg_model::Filter;
use rrg_model::lookup;
use rrg_model::tokens::{Code, SharedConst, StaticTokens};

use crate::{Catalog, Rules, Source};
use rrg_model::const_name;

/// Catalogues of up to this many entries are pretty-printed. Larger ones are
/// written one item per line: pretty-printing ten thousand entries takes
/// longer than compiling them.
pub const PRETTY_LIMIT: usize = 1000;

/// The module the shared values are written in.
const SHARED: &str = "shared";

/// What the generated file's header says about how to regenerate it.
#[derive(Debug, Clone, Copy)]
pub struct Provenance<'p> {
    /// The generator, e.g. `rrg-bib, the code generator of rrg-catalog,`.
    pub generator: &'p str,
    /// The command that regenerates the file.
    pub command: &'p str,
}

/// The provenance written into the catalogue that rrg-catalog ships
/// (`rrg-catalog/src/generated/`), and into the build script's output,
/// which is the same text.
pub const SHIPPED: Provenance<'static> = Provenance {
    generator: "rrg-bib, the code generator of rrg-catalog,",
    command: "cargo run -p rrg-cli -- regenerate",
};

/// The name the shipped catalogue's source goes by in the generated
/// headers: its path in the rrg-catalog package.
pub const SHIPPED_SOURCE: &str = "data/reference.bib";

/// One Rust file that rrg-catalog compiles: its name in `src/generated/`
/// (and in the build script's `OUT_DIR`) and its whole text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The file name, e.g. `catalog.rs`.
    pub name: &'static str,
    /// The whole content.
    pub contents: String,
}

/// What the generated files are made from: the catalogue's `.bib` file and,
/// if it has one, its results file (`data/results.toml`), each with the
/// name that diagnostics and generated headers give it.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'i> {
    /// The `.bib` file.
    pub bib: Source<'i>,
    /// The results file; `None` generates an empty results table.
    pub results: Option<Source<'i>>,
}

/// The generated files, and the warnings the results file raised
/// (conflicts between sources, claims no accepted source supports).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// `catalog.rs`, `lookup.rs`, `keys.rs` and `results.rs`.
    pub files: [GeneratedFile; 4],
    /// Each warning of the results file, rendered with its position.
    pub warnings: Vec<String>,
}

/// Every Rust file rrg-catalog compiles: the constants (`catalog.rs`, see
/// [`generate`]), the lookup table of keys and aliases (`lookup.rs`, see
/// [`lookup_table`]), what the macros need of them (`keys.rs`, see
/// [`key_table`]) and the results (`results.rs`, see
/// [`crate::results::generate`]). Both files are validated first; `filter`
/// then only leaves entries out (and with them their aliases, named
/// constants and scores).
///
/// # Errors
///
/// Every problem in either file, rendered as the linter renders it, each
/// with its line and column.
pub fn crate_sources(
    inputs: Inputs<'_>,
    filter: &Filter<'_>,
    provenance: Provenance<'_>,
) -> Result<Generated, String> {
    let arena = bumpalo::Bump::new();
    let mut catalog = crate::load(inputs.bib, &arena, Rules { catalogue: true })
        .map_err(|report| report.to_string())?;
    let (mut results, results_name, results_sha) = match inputs.results {
        Some(source) => {
            let (results, report) = crate::results::read(source, &catalog, &arena);
            if report.error_count() > 0 {
                return Err(report.to_string());
            }
            let warnings: Vec<String> = report.rendered().collect();
            (
                Some((results, warnings)),
                source.name,
                crate::sha256_hex(source.text),
            )
        }
        None => (None, "no results file", crate::sha256_hex("")),
    };
    catalog
        .records
        .retain(|record| filter.matches(&record.entry));
    let (results, warnings) = results.take().unwrap_or_default();
    let mut results = results;
    results.retain_keys(|key| catalog.records.iter().any(|record| record.entry.key == key));
    Ok(Generated {
        files: [
            GeneratedFile {
                name: "catalog.rs",
                contents: generate(&catalog, provenance),
            },
            GeneratedFile {
                name: "lookup.rs",
                contents: lookup_table(&catalog, provenance),
            },
            GeneratedFile {
                name: "keys.rs",
                contents: key_table(&catalog, provenance),
            },
            GeneratedFile {
                name: "results.rs",
                contents: crate::results::generate(
                    &results,
                    &results_sha,
                    results_name,
                    provenance,
                ),
            },
        ],
        warnings,
    })
}

/// Writes generated files into `dir`, leaving a file whose content is
/// already the same untouched (so that its time stamp does not change).
///
/// # Errors
///
/// The first file that cannot be written, with its path.
pub fn write_into(dir: &Path, files: &[GeneratedFile]) -> io::Result<()> {
    for file in files {
        let path = dir.join(file.name);
        if std::fs::read(&path).is_ok_and(|old| old == file.contents.as_bytes()) {
            continue;
        }
        std::fs::write(&path, &file.contents).map_err(|error| {
            io::Error::new(error.kind(), format!("{}: {error}", path.display()))
        })?;
    }
    Ok(())
}

/// How the generated source is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Formatted by prettyplease.
    Pretty,
    /// One item (or array element) per line.
    Lines,
}

/// The generated Rust source, deterministic for a given catalogue, and
/// formatted if the catalogue has at most [`PRETTY_LIMIT`] entries.
///
/// It is meant to be `include!`d inside a module: it defines `ENTRIES`,
/// `ALIASES`, `SOURCE_SHA256`, a submodule `entries` of named constants,
/// and a private submodule of the values entries share.
pub fn generate(catalog: &Catalog<'_>, provenance: Provenance<'_>) -> String {
    let layout = if catalog.records.len() <= PRETTY_LIMIT {
        Layout::Pretty
    } else {
        Layout::Lines
    };
    generate_with(catalog, provenance, layout)
}

fn generate_with(catalog: &Catalog<'_>, provenance: Provenance<'_>, layout: Layout) -> String {
    let code = source(catalog);
    let header = header(catalog, provenance);
    match layout {
        Layout::Pretty => {
            let file = syn::parse_file(&code).expect("generated code is a valid Rust file");
            format!("{header}\n{}", prettyplease::unparse(&file))
        }
        Layout::Lines => format!("{header}\n{code}"),
    }
}

fn header(catalog: &Catalog<'_>, provenance: Provenance<'_>) -> String {
    // Comments end at a line break, so none may come from outside.
    let line = |text: &str| text.replace(['\n', '\r'], " ");
    format!(
        "// @generated by {} from {} (sha256 {}).\n\
         // {} entries, {} aliases. DO NOT EDIT: edit the .bib file instead and run\n\
         // `{}` to regenerate.\n",
        line(provenance.generator),
        line(catalog.source.name),
        catalog.sha256,
        catalog.records.len(),
        catalog.alias_count(),
        line(provenance.command),
    )
}

/// The whole file, one item or element per line.
fn source(catalog: &Catalog<'_>) -> String {
    let names: Vec<String> = catalog
        .records
        .iter()
        .map(|record| const_name(record.entry.key))
        .collect();

    // The named constants go first into a buffer that notes repeated
    // values, so that the shared ones are known before anything is written.
    let mut constants = Code::sharing();
    for (record, name) in catalog.records.iter().zip(&names) {
        constants.raw("    #[doc = ");
        constants.str(&constant_doc(&record.entry));
        constants.raw("]\n    pub const ");
        constants.raw(name);
        constants.raw(": &crate::Entry = &");
        record.entry.write_static(&mut constants);
        constants.raw(";\n");
    }
    let (constants, shared) = constants.finish(SHARED);

    let mut code = Code::new();
    code.raw("/// SHA-256 of the `.bib` source this catalogue was generated from.\n");
    code.raw("pub const SOURCE_SHA256: &str = ");
    code.str(&catalog.sha256);
    code.raw(";\n\n/// The number of entries.\npub const ENTRY_COUNT: usize = ");
    code.int(names.len() as u64);
    code.raw(";\n\n/// Every entry, sorted by key.\n");
    code.raw("pub static ENTRIES: [::rrg_model::Entry<'static>; ");
    code.int(names.len() as u64);
    code.raw("] = [\n");
    for name in &names {
        code.raw("    *entries::");
        code.raw(name);
        code.raw(",\n");
    }
    code.raw("];\n\n");
    alias_table(catalog, &mut code);
    list_order(catalog, &mut code);
    code.raw("/// One constant per entry, named after its key in upper case\n");
    code.raw("/// (`chen-etal-2020-generating` is `CHEN_ETAL_2020_GENERATING`).\n");
    code.raw("pub mod entries {\n");
    imports(&mut code);
    code.raw("    #[allow(unused_imports)]\n    use super::");
    code.raw(SHARED);
    code.raw(";\n\n");
    let (mut text, _) = code.finish(SHARED);
    text.push_str(&constants);
    text.push_str("}\n\n");
    text.push_str(&shared_module(&shared));
    text
}

/// `ALIASES`: every alias with the index of its entry, sorted by alias.
fn alias_table(catalog: &Catalog<'_>, code: &mut Code) {
    let mut aliases: Vec<(&str, usize)> = catalog
        .records
        .iter()
        .enumerate()
        .flat_map(|(index, record)| {
            record
                .entry
                .aliases
                .iter()
                .map(move |alias| (*alias, index))
        })
        .collect();
    aliases.sort_unstable();
    code.raw("/// Every alias with the index of its entry in `ENTRIES`, sorted by alias.\n");
    code.raw("pub static ALIASES: [(&str, u32); ");
    code.int(aliases.len() as u64);
    code.raw("] = [\n");
    for (alias, index) in &aliases {
        code.raw("    (");
        code.str(alias);
        code.raw(", ");
        code.int(*index as u64);
        code.raw("),\n");
    }
    code.raw("];\n\n");
}

/// What `cite!` and `bibliography!` need of the catalogue, as Rust source:
/// each entry's key, names, year and BibTeX for biber (`KEYS`, in the
/// order of `ENTRIES`), `ALIASES` and `SOURCE_SHA256`. The macros compile this instead of the whole
/// catalogue, which keeps a user's build short: they check keys and name
/// the key a name stands for, and need no other fact.
pub fn key_table(catalog: &Catalog<'_>, provenance: Provenance<'_>) -> String {
    let mut code = Code::new();
    code.raw("/// SHA-256 of the `.bib` source this catalogue was generated from.\n");
    code.raw("pub const SOURCE_SHA256: &str = ");
    code.str(&catalog.sha256);
    code.raw(";\n\n/// Every entry's key, names and year, sorted by key.\n");
    code.raw("pub static KEYS: [::rrg_model::lookup::KeyRow<'static>; ");
    code.int(catalog.records.len() as u64);
    code.raw("] = [\n");
    for record in &catalog.records {
        let entry = &record.entry;
        code.raw("    ::rrg_model::lookup::KeyRow { key: ");
        code.str(entry.key);
        code.raw(", names: &[");
        for (i, name) in entry.names().enumerate() {
            if i > 0 {
                code.raw(", ");
            }
            code.str(name);
        }
        code.raw("], year: ");
        match entry.year {
            Some(year) => {
                code.raw("Some(");
                code.int(year.into());
                code.raw(")");
            }
            None => code.raw("None"),
        }
        let mut bibtex = String::new();
        rrg_model::bibtex::write_entry_as(entry, rrg_model::bibtex::Style::Portable, &mut bibtex)
            .expect("writing to a String cannot fail");
        code.raw(", bibtex: ");
        code.str(&bibtex);
        code.raw(" },\n");
    }
    code.raw("];\n\n");
    alias_table(catalog, &mut code);
    let (text, _) = code.finish(SHARED);
    format!("{}\n{text}", header(catalog, provenance))
}

/// The hash table of keys and aliases that `rrg_catalog::get` probes
/// ([`rrg_model::lookup`]), as Rust source: `SLOTS`, a static array. Names
/// are numbered as `get` reads them: the keys in the order of `ENTRIES`,
/// then the aliases in the order of `ALIASES` (sorted by alias).
pub fn lookup_table(catalog: &Catalog<'_>, provenance: Provenance<'_>) -> String {
    let records = &catalog.records;
    let mut aliases: Vec<&str> = records
        .iter()
        .flat_map(|record| record.entry.aliases.iter().copied())
        .collect();
    aliases.sort_unstable();
    let names = records.iter().map(|record| record.entry.key).chain(aliases);
    let len = lookup::table_len(names.clone().count());
    let mut slots = vec![0_u32; len];
    let mask = len - 1;
    for (number, name) in names.enumerate() {
        let mut at = lookup::hash(name) as usize & mask;
        while slots[at] != 0 {
            at = (at + 1) & mask;
        }
        slots[at] = u32::try_from(number + 1).expect("fewer than 2^32 names");
    }
    let mut code = header(catalog, provenance);
    code.push_str("\n/// The lookup table of keys and aliases (see `rrg_model::lookup`).\n");
    code.push_str(&format!("pub static SLOTS: [u32; {len}] = [\n"));
    for line in slots.chunks(16) {
        let line: Vec<String> = line.iter().map(u32::to_string).collect();
        code.push_str("    ");
        code.push_str(&line.join(", "));
        code.push_str(",\n");
    }
    code.push_str("];\n");
    code
}

/// `LIST_ORDER`: the index in `ENTRIES` of every entry, in the order of
/// the survey's list ([`rrg_model::Entry::cmp_for_list`]), so that the
/// Markdown export needs no sorting at run time.
fn list_order(catalog: &Catalog<'_>, code: &mut Code) {
    let mut order: Vec<usize> = (0..catalog.records.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&catalog.records[a].entry, &catalog.records[b].entry);
        a.cmp_for_list(b)
    });
    code.raw("/// The index in `ENTRIES` of every entry, in the order of the Markdown\n");
    code.raw("/// list: newest first, then by venue, title and key.\n");
    code.raw("pub static LIST_ORDER: [u32; ");
    code.int(order.len() as u64);
    code.raw("] = [\n");
    for index in order {
        code.raw("    ");
        code.int(index as u64);
        code.raw(",\n");
    }
    code.raw("];\n\n");
}

/// The private module of shared values.
fn shared_module(shared: &[SharedConst]) -> String {
    let mut code = Code::new();
    code.raw("/// Values that several entries share, each written once.\nmod ");
    code.raw(SHARED);
    code.raw(" {\n");
    imports(&mut code);
    for value in shared {
        code.raw("    pub(super) const ");
        code.raw(&value.name);
        code.raw(": ");
        code.raw(&value.ty);
        code.raw(" = ");
        code.raw(&value.value);
        code.raw(";\n");
    }
    code.raw("}\n");
    code.finish(SHARED).0
}

fn imports(code: &mut Code) {
    code.raw("    #[allow(unused_imports)]\n    ");
    code.raw(Code::IMPORTS);
    code.raw("\n");
}

/// `Title (Venue Year)` and the key, escaped so rustdoc reads it as text.
fn constant_doc(entry: &rrg_model::Entry<'_>) -> String {
    let year = entry
        .year
        .map_or_else(|| "year unknown".to_owned(), |year| year.to_string());
    let mut doc = format!(
        " {} ({} {year}).\n\n Key `{}`",
        escape_markdown(entry.title),
        escape_markdown(entry.venue.short),
        entry.key
    );
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry
            .aliases
            .iter()
            .map(|alias| format!("`{}`", alias.replace('`', "")))
            .collect();
        doc.push_str("; aliases ");
        doc.push_str(&aliases.join(", "));
    }
    doc.push('.');
    doc
}

/// Escapes the characters Markdown or rustdoc would treat as markup.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '{' | '}' | '('
            | ')' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            // rustc rejects characters that reorder text in comments (and
            // doc attributes become comments), and control characters have
            // no place in documentation: each is shown as U+FFFD.
            c if c.is_control() || is_bidi_control(c) => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
    out
}

/// The characters that change the direction of text: marks, embeddings,
/// overrides and isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Rules, Source, load};

    const BIB: &str = r#"
@string{miccai = {Medical Image Computing and Computer Assisted Intervention}}

@inproceedings{doe-etal-2021-first,
  ids        = {doe2021},
  kind       = {paper}, evidence = {record},
  author     = {Doe, Jane and Roe, Richard},
  title      = {A "Quoted" Title with \textbackslash{} and \{braces\}},
  booktitle  = miccai,
  shortvenue = {MICCAI},
  year       = {2021},
}

@inproceedings{doe-2022-second,
  kind       = {paper}, evidence = {record},
  author     = {Doe, Jane},
  title      = {Second},
  booktitle  = miccai,
  shortvenue = {MICCAI},
  year       = {2022},
}
"#;

    const PROVENANCE: Provenance<'static> = Provenance {
        generator: "a test",
        command: "cargo test",
    };

    fn with_catalog(check: impl FnOnce(&Catalog<'_>)) {
        let arena = bumpalo::Bump::new();
        let catalog = load(
            Source::new("test.bib", BIB),
            &arena,
            Rules { catalogue: true },
        )
        .unwrap_or_else(|report| panic!("{report}"));
        check(&catalog);
    }

    #[test]
    fn both_layouts_are_the_same_code() {
        with_catalog(|catalog| {
            let pretty = generate_with(catalog, PROVENANCE, Layout::Pretty);
            let lines = generate_with(catalog, PROVENANCE, Layout::Lines);
            assert_ne!(pretty, lines);
            let body = |text: &str| {
                let file = syn::parse_file(text).expect("valid Rust");
                prettyplease::unparse(&file)
            };
            assert_eq!(body(&pretty), body(&lines));
            assert_eq!(
                generate(catalog, PROVENANCE),
                pretty,
                "small catalogues are pretty"
            );
            assert_eq!(
                generate_with(catalog, PROVENANCE, Layout::Lines),
                lines,
                "deterministic"
            );
        });
    }

    #[test]
    fn repeated_values_are_written_once() {
        with_catalog(|catalog| {
            let code = generate_with(catalog, PROVENANCE, Layout::Lines);
            let line = |name: &str| {
                code.lines()
                    .find(|line| line.contains(&format!(" const {name}:")))
                    .unwrap_or_else(|| panic!("no constant {name} in\n{code}"))
            };
            // The venue and Jane Doe occur twice: shared. Richard Roe once: in place.
            assert!(line("VENUE_0").contains("short: \"MICCAI\""));
            assert!(line("PERSON_0").contains("family: \"Doe\""));
            let first = line("DOE_ETAL_2021_FIRST");
            assert!(first.contains("venue: shared::VENUE_0"));
            assert!(first.contains("authors: &[shared::PERSON_0, Person { family: \"Roe\""));
            assert!(first.contains("aliases: &[\"doe2021\"]"));
            assert!(line("DOE_2022_SECOND").contains("aliases: shared::STR_LIST_0"));
            assert!(
                code.contains(
                    "pub static ALIASES: [(&str, u32); 1] = [\n    (\"doe2021\", 1),\n];"
                )
            );
        });
    }

    #[test]
    fn strings_are_literal_tokens() {
        with_catalog(|catalog| {
            let code = generate_with(catalog, PROVENANCE, Layout::Lines);
            let title = catalog.records[1].entry.title;
            assert!(title.contains('"') && title.contains('\\') && title.contains('{'));
            let literal = proc_macro2::Literal::string(title).to_string();
            assert!(code.contains(&format!("title: {literal},")));
        });
    }

    #[test]
    fn docs_show_control_and_direction_characters_as_replacements() {
        assert_eq!(
            escape_markdown("a\u{202e}b\u{1}c\u{200f}d\te"),
            "a\u{fffd}b\u{fffd}c\u{fffd}d e"
        );
    }

    #[test]
    fn the_header_stays_a_comment() {
        let arena = bumpalo::Bump::new();
        let catalog = load(
            Source::new("odd\nname.bib", BIB),
            &arena,
            Rules { catalogue: true },
        )
        .unwrap_or_else(|report| panic!("{report}"));
        let code = generate(&catalog, PROVENANCE);
        let header: Vec<&str> = code.lines().take(3).collect();
        assert!(
            header.iter().all(|line| line.starts_with("// ")),
            "{header:?}"
        );
        assert!(header[0].contains("odd name.bib"));
    }
}
