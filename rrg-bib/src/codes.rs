//! Every class of finding: its stable code, what it means, and its default
//! level for a user's own `.bib` file and for the catalogue.
//!
//! The codes are stable: tools may match on them (`rrg lint --format
//! json`), and a configuration names them to raise or lower their level.
//! `docs/lints.md` explains each with an example and the reason for it.

use crate::diagnostic::Level;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// The file cannot be read as entries: braces, commas, stray text,
    /// encoding.
    Syntax,
    /// Citation keys and aliases.
    Keys,
    /// One value of one field.
    Fields,
    /// Facts of an entry that contradict each other or another entry.
    Consistency,
    /// LaTeX in a value.
    Latex,
    /// The catalogue's own conventions (`--catalogue`).
    Catalogue,
}

impl Group {
    /// The group's name as `docs/lints.md` titles it.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Syntax => "syntax",
            Group::Keys => "keys",
            Group::Fields => "fields",
            Group::Consistency => "consistency",
            Group::Latex => "LaTeX",
            Group::Catalogue => "catalogue conventions",
        }
    }
}

/// One class of finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lint {
    /// The stable code, e.g. `duplicate-key`.
    pub code: &'static str,
    /// What it is about.
    pub group: Group,
    /// Its level when linting a user's own file; `None`: not reported
    /// unless a configuration asks for it.
    pub user: Option<Level>,
    /// Its level under the catalogue's rules (the build script and
    /// `rrg lint --catalogue`); `None`: not reported unless asked for.
    pub catalogue: Option<Level>,
    /// One line on what it finds.
    pub summary: &'static str,
}

impl Lint {
    /// The default level under the given rule set.
    pub fn default_level(&self, catalogue: bool) -> Option<Level> {
        if catalogue { self.catalogue } else { self.user }
    }
}

const E: Option<Level> = Some(Level::Error);
const W: Option<Level> = Some(Level::Warning);
const N: Option<Level> = Some(Level::Note);
const OFF: Option<Level> = None;

const fn lint(
    code: &'static str,
    group: Group,
    user: Option<Level>,
    catalogue: Option<Level>,
    summary: &'static str,
) -> Lint {
    Lint {
        code,
        group,
        user,
        catalogue,
        summary,
    }
}

/// Every class of finding, grouped, in the order `docs/lints.md` explains
/// them.
pub const LINTS: &[Lint] = &[
    // Syntax.
    lint(
        "syntax",
        Group::Syntax,
        E,
        E,
        "the text is not `@type{key, name = value, …}`: a missing comma or `=`, a missing name",
    ),
    lint(
        "unclosed",
        Group::Syntax,
        E,
        E,
        "an entry whose braces or quotes are never closed",
    ),
    lint(
        "stray-text",
        Group::Syntax,
        E,
        E,
        "text outside of any entry that is not a comment",
    ),
    lint(
        "uncommented-text",
        Group::Syntax,
        N,
        E,
        "text between entries that is no comment, which BibTeX and biber skip (an export's header)",
    ),
    lint(
        "text-before-entry",
        Group::Syntax,
        E,
        W,
        "text before an entry on the line where the entry starts",
    ),
    lint(
        "missing-key",
        Group::Syntax,
        E,
        E,
        "an entry without a citation key, or with an empty one",
    ),
    lint(
        "non-utf8",
        Group::Syntax,
        E,
        E,
        "bytes that are not UTF-8 (reported with their byte offset)",
    ),
    lint(
        "unknown-abbreviation",
        Group::Syntax,
        E,
        E,
        "a value uses an `@string` abbreviation that is never defined",
    ),
    lint(
        "late-abbreviation",
        Group::Syntax,
        E,
        E,
        "a value uses an `@string` abbreviation before the `@string` that defines it",
    ),
    // Keys.
    lint(
        "duplicate-key",
        Group::Keys,
        E,
        E,
        "two entries with one key",
    ),
    lint(
        "malformed-key",
        Group::Keys,
        E,
        E,
        "a key with white space, `\\`, `{`, `}`, `,`, `#`, `%`, `\"`, `(`, `)` or `=`",
    ),
    lint(
        "duplicate-alias",
        Group::Keys,
        E,
        E,
        "an alias (`ids`) that is already a key or another alias",
    ),
    lint(
        "name-is-key",
        Group::Keys,
        E,
        E,
        "a work's name that is another work's key or alias",
    ),
    lint(
        "shared-name",
        Group::Keys,
        N,
        N,
        "two works that go by the same name",
    ),
    lint(
        "key-case",
        Group::Keys,
        W,
        OFF,
        "two keys that differ only in letter case",
    ),
    // Fields.
    lint(
        "unknown-entry-type",
        Group::Fields,
        W,
        E,
        "an entry type that neither biblatex nor BibTeX knows",
    ),
    lint(
        "unknown-field",
        Group::Fields,
        W,
        E,
        "a field name that looks like a misspelt known field (catalogue: any field outside the catalogue's table)",
    ),
    lint(
        "duplicate-field",
        Group::Fields,
        E,
        E,
        "one field given twice in an entry (biblatex silently keeps the last)",
    ),
    lint(
        "location-and-address",
        Group::Fields,
        W,
        E,
        "both `location` and `address` given (biblatex keeps one)",
    ),
    lint(
        "empty-field",
        Group::Fields,
        W,
        E,
        "a field with an empty value, or an empty item in a list",
    ),
    lint(
        "duplicate-item",
        Group::Fields,
        E,
        E,
        "one item listed twice in a list field (`ids`, `related`, …)",
    ),
    lint(
        "missing-field",
        Group::Fields,
        E,
        E,
        "a field biblatex's data model requires of the entry type is missing (inherited ones count)",
    ),
    lint(
        "implausible-year",
        Group::Fields,
        E,
        E,
        "a year that is no number of up to four digits up to 2100 (catalogue: four digits from 1800)",
    ),
    lint(
        "malformed-date",
        Group::Fields,
        E,
        OFF,
        "a date (`date`, `urldate`, `eventdate`, `origdate`) that biblatex cannot read",
    ),
    lint(
        "malformed-month",
        Group::Fields,
        E,
        E,
        "a month that is no month at all",
    ),
    lint(
        "month-form",
        Group::Fields,
        W,
        OFF,
        "a month written as a string (`{June}`) instead of the macro `jun` or the number `6`",
    ),
    lint(
        "malformed-pages",
        Group::Fields,
        W,
        W,
        "pages that are neither a page, a range nor a list of them",
    ),
    lint(
        "malformed-doi",
        Group::Fields,
        E,
        E,
        "a DOI that is not `10.NNNN/…` (a user's file: or a short DOI `10/…`)",
    ),
    lint(
        "doi-prefix",
        Group::Fields,
        W,
        E,
        "a DOI written after a resolver (`https://doi.org/`, `http://dx.doi.org/`, `doi:`)",
    ),
    lint(
        "malformed-arxiv-id",
        Group::Fields,
        E,
        E,
        "an arXiv identifier that is not `YYMM.NNNNN` or `archive/NNNNNNN`",
    ),
    lint(
        "malformed-url",
        Group::Fields,
        E,
        E,
        "a link that is not an absolute http(s) (a user's file: or ftp) address without spaces",
    ),
    lint(
        "malformed-isbn",
        Group::Fields,
        W,
        W,
        "an ISBN that is not ten or thirteen digits, or whose check digit is wrong",
    ),
    lint(
        "malformed-issn",
        Group::Fields,
        W,
        W,
        "an ISSN that is not `NNNN-NNNC`, or whose check digit is wrong",
    ),
    lint(
        "malformed-name",
        Group::Fields,
        E,
        E,
        "a name list with an empty name, too many commas, or `and others` before its end",
    ),
    lint(
        "braced-name-list",
        Group::Fields,
        W,
        E,
        "a name list in one pair of braces too many, which BibTeX reads as one name",
    ),
    lint(
        "truncated-authors",
        Group::Fields,
        W,
        OFF,
        "an author list cut short with `and others`",
    ),
    // Consistency.
    lint(
        "same-work",
        Group::Consistency,
        E,
        E,
        "two entries with the same DOI, arXiv id or title (a user's file: title, year and first author)",
    ),
    lint(
        "same-title",
        Group::Consistency,
        N,
        N,
        "two entries with the same normalised title but another year, first author or type",
    ),
    lint(
        "similar-title",
        Group::Consistency,
        W,
        W,
        "two entries whose normalised titles are at least 95 % alike (Levenshtein)",
    ),
    lint(
        "key-year-mismatch",
        Group::Consistency,
        W,
        W,
        "the year in the key contradicts the `year` field",
    ),
    lint(
        "article-in-proceedings",
        Group::Consistency,
        W,
        W,
        "an `@article` whose journal is a conference, workshop or proceedings",
    ),
    lint(
        "arxiv-preprint",
        Group::Consistency,
        N,
        N,
        "an `@article` whose journal is arXiv or CoRR: a preprint",
    ),
    lint(
        "conflicting-fields",
        Group::Consistency,
        W,
        E,
        "an entry with both `journaltitle` and `booktitle`",
    ),
    lint(
        "unknown-related",
        Group::Consistency,
        W,
        E,
        "`related` names a key that is not in the file, or the entry itself",
    ),
    lint(
        "unknown-crossref",
        Group::Consistency,
        E,
        E,
        "`crossref`, `xdata`, `xref` or `entryset` names an entry that is not in the bibliography",
    ),
    // LaTeX.
    lint(
        "unbalanced-braces",
        Group::Latex,
        E,
        W,
        "a value whose braces do not pair up",
    ),
    lint(
        "unescaped-special",
        Group::Latex,
        W,
        W,
        "an unescaped `&`, `%` or `#` in a printed field, which LaTeX reads as markup",
    ),
    // The catalogue's conventions.
    lint(
        "key-convention",
        Group::Catalogue,
        OFF,
        E,
        "a key that is not lowercase words and numbers joined by hyphens",
    ),
    lint(
        "ident-collision",
        Group::Catalogue,
        OFF,
        E,
        "two keys or aliases that map to the same Rust constant name",
    ),
    lint(
        "unknown-eprint-type",
        Group::Catalogue,
        OFF,
        E,
        "an `eprinttype` other than `arxiv`",
    ),
    lint(
        "unknown-kind",
        Group::Catalogue,
        E,
        E,
        "a role in `kind` that is not paper, dataset, toolkit or survey",
    ),
    lint(
        "unknown-modality",
        Group::Catalogue,
        E,
        E,
        "a modality the catalogue does not know",
    ),
    lint(
        "unknown-list",
        Group::Catalogue,
        E,
        E,
        "a list in `listedin` that the catalogue does not know",
    ),
    lint(
        "unknown-evidence",
        Group::Catalogue,
        E,
        E,
        "an `evidence` other than record or label",
    ),
    lint(
        "malformed-name-source",
        Group::Catalogue,
        E,
        E,
        "a `namesource` that is not title, list:<list> or a link",
    ),
    lint(
        "malformed-flag",
        Group::Catalogue,
        E,
        E,
        "`llm` that is neither `true` nor `false`",
    ),
    lint(
        "shared-link",
        Group::Catalogue,
        OFF,
        E,
        "one paper link (`url`) in two entries",
    ),
    lint(
        "link-contradicts-identifier",
        Group::Catalogue,
        OFF,
        E,
        "a paper link whose address names another arXiv id or DOI than the entry's",
    ),
    lint(
        "venue-short-name",
        Group::Catalogue,
        OFF,
        E,
        "one journal written with two short names (`shortvenue`)",
    ),
    lint(
        "unknown-but-present",
        Group::Catalogue,
        E,
        E,
        "`unknown` names a field the entry gives",
    ),
];

/// The class of finding with this code.
///
/// ```
/// use rrg_bib::{Level, codes};
///
/// let lint = codes::find("duplicate-key").unwrap();
/// assert_eq!(lint.default_level(false), Some(Level::Error));
/// assert!(codes::find("no-such-code").is_none());
/// ```
pub fn find(code: &str) -> Option<&'static Lint> {
    LINTS.iter().find(|lint| lint.code == code)
}

/// The known code most like `code`, if one is close enough to be a typo
/// (by [`crate::suggest`]).
pub fn nearest(code: &str) -> Option<&'static str> {
    crate::suggest::nearest(code, LINTS.iter().map(|lint| lint.code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_kebab_case() {
        for (i, lint) in LINTS.iter().enumerate() {
            assert!(
                lint.code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                lint.code
            );
            assert!(
                LINTS[..i].iter().all(|other| other.code != lint.code),
                "{} twice",
                lint.code
            );
        }
        assert!(LINTS.len() >= 20);
    }

    #[test]
    fn the_catalogue_is_never_more_lenient_about_the_old_errors() {
        // A `date` is no field of the catalogue: `unknown-field` rejects it
        // there. An unbalanced brace in a quoted value and text before an
        // entry on its line were read silently before the linter existed;
        // the catalogue warns about them, so that it rejects what it did.
        for lint in LINTS {
            if lint.user == Some(Level::Error)
                && !["malformed-date", "unbalanced-braces", "text-before-entry"]
                    .contains(&lint.code)
            {
                assert_eq!(lint.catalogue, Some(Level::Error), "{}", lint.code);
            }
        }
    }
}
