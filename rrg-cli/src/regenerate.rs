//! The generated files committed to the repository, and writing or checking
//! them: what `rrg regenerate` does.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use rrg_bib::generate;
use rrg_catalog::Filter;
use rrg_catalog::export;

/// The command that regenerates every file listed by [`files`], from the
/// repository root.
pub const COMMAND: &str = "cargo run -p rrg-cli -- regenerate";

/// The catalogue source, relative to the repository root.
pub const SOURCE: &str = "rrg-catalog/data/reference.bib";

/// A file generated from the catalogue: where it lives, relative to the
/// repository root, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the repository root, with `/` separators.
    pub path: &'static str,
    /// The whole content.
    pub contents: String,
}

/// Every generated file, computed in memory: the catalogue's Rust source
/// from `source` (the text of [`SOURCE`]) by the one generate function the
/// build script uses too ([`generate::crate_sources`]), and the exports from
/// the catalogue compiled into this program,
/// which [`check_root`] has checked was built from the same text.
pub fn files(source: &str) -> Result<Vec<GeneratedFile>, String> {
    let [catalog, lookup] = generate::crate_sources(
        generate::SHIPPED_SOURCE,
        source,
        &Filter::new(),
        generate::SHIPPED,
    )?;
    let entries = rrg_catalog::entries();
    let mut files = vec![
        GeneratedFile {
            path: "rrg-catalog/src/generated/catalog.rs",
            contents: catalog.contents,
        },
        GeneratedFile {
            path: "rrg-catalog/src/generated/lookup.rs",
            contents: lookup.contents,
        },
    ];
    files.extend([
        GeneratedFile {
            path: "schema/catalog.schema.json",
            contents: export::schema::to_string(),
        },
        GeneratedFile {
            path: "schema/catalog.json",
            contents: export::json::to_string(entries),
        },
        GeneratedFile {
            path: "docs/papers.md",
            contents: papers_markdown(entries),
        },
        GeneratedFile {
            path: "docs/works-per-year.svg",
            contents: crate::plot::works_per_year(entries, Some(&generated_note())),
        },
    ]);
    Ok(files)
}

/// The note every generated file that can hold a comment starts with.
fn generated_note() -> String {
    format!(
        "generated from {SOURCE} (sha256 {}) — do not edit; regenerate with `{COMMAND}`",
        rrg_catalog::SOURCE_SHA256
    )
}

/// The survey's list with a heading and the generated-file note.
fn papers_markdown(entries: &[rrg_catalog::Entry]) -> String {
    let mut text = String::new();
    writeln!(text, "<!-- {} -->\n", generated_note()).unwrap();
    text.push_str("# Radiology report generation: papers, datasets and toolkits\n\n");
    writeln!(
        text,
        "The {} works of the catalogue. Keys, venues and every fact are those of \
         `{SOURCE}`; JSON, CSL-JSON and BibTeX of the same works come from `rrg export`.\n",
        entries.len()
    )
    .unwrap();
    export::markdown::write(entries, &mut text).unwrap();
    text
}

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The file was written with new content.
    Written,
    /// The file already held the generated content.
    Unchanged,
}

/// Checks that `root` is the repository root and that its catalogue source
/// is the one this program was built from, so that a stale build never
/// overwrites newer files; returns the source's text.
pub fn check_root(root: &Path) -> Result<String, String> {
    let source = root.join(SOURCE);
    let text = std::fs::read_to_string(&source).map_err(|error| {
        format!(
            "{} is not the repository root: cannot read {}: {error}\n\
             help: run from the repository root, or pass it with --root",
            root.display(),
            source.display()
        )
    })?;
    let digest = rrg_bib::sha256_hex(&text);
    if digest != rrg_catalog::SOURCE_SHA256 {
        return Err(format!(
            "{} has changed since this program was built (sha256 {digest}, built from {})\n\
             help: rebuild and run again: `{COMMAND}`",
            source.display(),
            rrg_catalog::SOURCE_SHA256
        ));
    }
    Ok(text)
}

/// Writes every generated file under `root` whose content differs.
pub fn write_all(root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<(&'static str, Outcome)>> {
    let mut outcomes = Vec::new();
    for file in files {
        let path = root.join(file.path);
        if std::fs::read(&path).is_ok_and(|old| old == file.contents.as_bytes()) {
            outcomes.push((file.path, Outcome::Unchanged));
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &file.contents)?;
        outcomes.push((file.path, Outcome::Written));
    }
    Ok(outcomes)
}

/// The generated files under `root` that are missing or differ from what
/// the catalogue gives.
pub fn out_of_date(root: &Path, files: &[GeneratedFile]) -> Vec<&'static str> {
    files
        .iter()
        .filter(|file| {
            std::fs::read(root.join(file.path)).map_or(true, |old| old != file.contents.as_bytes())
        })
        .map(|file| file.path)
        .collect()
}
