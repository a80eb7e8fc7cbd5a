//! The Markdown list the survey keeps: papers by year, newest first, then
//! data sets, toolkits and surveys.
//!
//! ```text
//! Works involving large language models (LLMs) are in **bold**.
//!
//! ## Papers
//!
//! ### 2024
//!
//! [ACL 2024] Fine-Grained Image-Text Alignment … [[paper]](https://…)
//!
//! **[AAAI 2024] Bootstrapping Large Language Models for Radiology Report Generation** [[paper]](https://…) [[code]](https://…)
//! …
//! ## Datasets
//! …
//! ```
//!
//! - An entry appears in the section of each of its roles (RadGraph is both
//!   a data set and a toolkit), and a section without entries is left out.
//! - Papers are grouped by year, newest first, with papers of unknown year
//!   last; every other section is ordered by year the same way. Within a
//!   year, entries are ordered by venue, then title, then key, so the list
//!   depends only on which entries are given, not on their order (an entry
//!   given twice is listed once). For entries of the catalogue that order
//!   was computed by the build script: writing their list allocates
//!   nothing.
//! - Each line is `[Venue Year] Title` followed by the links the entry has:
//!   `[[paper]]` (the paper link, else the DOI, else the arXiv page),
//!   `[[code]]`, `[[reproduced code]]` (unofficial), `[[project]]`,
//!   `[[dataset]]`. A short name the title does not contain follows it in
//!   parentheses, e.g. `(MIRQI)`.
//! - Venues and titles are escaped: Markdown in a title is shown as typed
//!   and cannot make a link, an image, emphasis, code, HTML or an automatic
//!   link. Link targets have spaces, parentheses and angle brackets
//!   percent-encoded.

use core::fmt::{self, Write};

mod order;

use crate::{Entry, Kind};
use order::List;

/// Writes the list of `entries`.
///
/// ```
/// use rrg_catalog::{Filter, Kind};
///
/// let datasets = rrg_catalog::select(Filter::new().kind(Kind::Dataset));
/// let mut list = String::new();
/// rrg_catalog::export::markdown::write(datasets, &mut list)?;
/// assert!(list.contains("\n## Datasets\n"));
/// assert!(list.contains("[Scientific Data 2019] MIMIC-CXR"));
/// # Ok::<(), core::fmt::Error>(())
/// ```
pub fn write<'e>(
    entries: impl IntoIterator<Item = &'e Entry>,
    out: &mut impl Write,
) -> fmt::Result {
    let list = List::of(entries);
    let mut first_section = true;
    if list.iter().any(|entry| entry.llm) {
        out.write_str("Works involving large language models (LLMs) are in **bold**.\n")?;
        first_section = false;
    }
    for kind in Kind::ALL {
        let mut section = list.iter().filter(|entry| entry.is(*kind)).peekable();
        if section.peek().is_none() {
            continue;
        }
        if !first_section {
            out.write_char('\n')?;
        }
        first_section = false;
        writeln!(out, "## {}", heading(*kind))?;
        let mut year = None;
        for entry in section {
            if *kind == Kind::Paper && year != Some(entry.year) {
                year = Some(entry.year);
                match entry.year {
                    Some(number) => write!(out, "\n### {number}\n")?,
                    None => out.write_str("\n### Year unknown\n")?,
                }
            }
            out.write_char('\n')?;
            write_item(entry, out)?;
        }
    }
    Ok(())
}

/// The list of `entries`, as a string.
pub fn to_string<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> String {
    let mut text = String::new();
    write(entries, &mut text).expect("writing to a String cannot fail");
    text
}

fn heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Paper => "Papers",
        Kind::Dataset => "Datasets",
        Kind::Toolkit => "Toolkits",
        Kind::Survey => "Surveys",
    }
}

/// One line: `[Venue Year] Title (Short name) [[paper]](…) …`, in bold for
/// an LLM work.
fn write_item(entry: &Entry, out: &mut impl Write) -> fmt::Result {
    let bold = if entry.llm { "**" } else { "" };
    out.write_str(bold)?;
    out.write_char('[')?;
    match (entry.venue.short.is_empty(), entry.year) {
        (false, Some(year)) => {
            write_escaped(entry.venue.short, out)?;
            write!(out, " {year}")?;
        }
        (false, None) => write_escaped(entry.venue.short, out)?,
        (true, Some(year)) => write!(out, "{year}")?,
        (true, None) => out.write_str("venue unknown")?,
    }
    out.write_str("] ")?;
    write_escaped(entry.title, out)?;
    if let Some(name) = entry
        .short_name
        .filter(|name| !crate::contains_ignore_case(entry.title, name))
    {
        out.write_str(" (")?;
        write_escaped(name, out)?;
        out.write_char(')')?;
    }
    out.write_str(bold)?;

    let links = &entry.links;
    if let Some(paper) = links.paper {
        write_link("paper", ["", paper], out)?;
    } else if let Some(doi) = entry.doi {
        write_link("paper", ["https://doi.org/", doi], out)?;
    } else if let Some(arxiv) = entry.arxiv {
        write_link("paper", ["https://arxiv.org/abs/", arxiv], out)?;
    }
    let others = [
        ("code", links.code),
        ("reproduced code", links.reproduction),
        ("project", links.project),
        ("dataset", links.dataset),
    ];
    for (label, url) in others {
        if let Some(url) = url {
            write_link(label, ["", url], out)?;
        }
    }
    out.write_char('\n')
}

/// ` [[label]](url)`, the target (written in parts, so that a DOI or an
/// arXiv id needs no string built for it) percent-encoded where Markdown
/// would end or split it.
fn write_link(label: &str, url: [&str; 2], out: &mut impl Write) -> fmt::Result {
    write!(out, " [[{label}]](")?;
    for c in url.iter().flat_map(|part| part.chars()) {
        match c {
            ' ' | '(' | ')' | '<' | '>' | '\\' | '`' => write!(out, "%{:02X}", c as u32)?,
            c if c.is_control() || c.is_whitespace() => {
                let mut buffer = [0; 4];
                for byte in c.encode_utf8(&mut buffer).bytes() {
                    write!(out, "%{byte:02X}")?;
                }
            }
            c => out.write_char(c)?,
        }
    }
    out.write_char(')')
}

/// Text with every character that Markdown (CommonMark, GitHub's and
/// pandoc's extensions) could read as markup escaped by a backslash, and
/// line breaks turned into spaces.
fn write_escaped(text: &str, out: &mut impl Write) -> fmt::Result {
    for (at, c) in text.char_indices() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' | '^' | '$' | '|' => true,
            // GitHub links `@name` and `#123` to people and issues.
            '@' | '#' => true,
            // Automatic links: `scheme://…` and `www.…`.
            ':' => text[at + 1..].starts_with("//"),
            '.' => text[..at]
                .get(at.saturating_sub(3)..)
                .is_some_and(|before| before.eq_ignore_ascii_case("www")),
            _ => false,
        };
        if escape {
            out.write_char('\\')?;
        }
        if c.is_whitespace() || c.is_control() {
            out.write_char(' ')?;
        } else {
            out.write_char(c)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EntryType, Links, Venue};

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        write_escaped(text, &mut out).unwrap();
        out
    }

    #[test]
    fn markup_in_titles_is_escaped() {
        assert_eq!(
            escaped("[click](https://evil.example) *x* _y_ `z` <b>&amp; ~~s~~ $m$ a|b ![i](j)"),
            r"\[click\](https\://evil.example) \*x\* \_y\_ \`z\` \<b\>\&amp; \~\~s\~\~ \$m\$ a\|b !\[i\](j)"
        );
        assert_eq!(escaped("see www.example.org"), r"see www\.example.org");
        assert_eq!(escaped("mail a@b.org"), r"mail a\@b.org");
        assert_eq!(escaped("D^2-Net: C# \\ #1"), r"D\^2-Net: C\# \\ \#1");
        assert_eq!(escaped("two\nlines\tand tab"), "two lines and tab");
        assert_eq!(
            escaped("Plain: Title, with-hyphens (and parentheses)."),
            "Plain: Title, with-hyphens (and parentheses)."
        );
    }

    #[test]
    fn link_targets_cannot_end_early() {
        let mut out = String::new();
        write_link("code", ["", "https://x.org/a (b)<c>"], &mut out).unwrap();
        assert_eq!(out, " [[code]](https://x.org/a%20%28b%29%3Cc%3E)");
    }

    const ENTRY: Entry = Entry {
        year: Some(2024),
        venue: Venue {
            short: "ACL",
            full: None,
        },
        kinds: &[Kind::Paper],
        ..Entry::new("doe-2024-title", EntryType::InProceedings, "A Title")
    };

    fn item(entry: &Entry) -> String {
        let mut out = String::new();
        write_item(entry, &mut out).unwrap();
        out
    }

    #[test]
    fn an_item_has_its_label_title_and_links() {
        assert_eq!(item(&ENTRY), "[ACL 2024] A Title\n");
        let linked = Entry {
            llm: true,
            short_name: Some("TOOL"),
            links: Links {
                paper: Some("https://p.org"),
                code: Some("https://c.org"),
                reproduction: Some("https://r.org"),
                project: Some("https://j.org"),
                dataset: Some("https://d.org"),
            },
            ..ENTRY
        };
        assert_eq!(
            item(&linked),
            "**[ACL 2024] A Title (TOOL)** [[paper]](https://p.org) [[code]](https://c.org) \
             [[reproduced code]](https://r.org) [[project]](https://j.org) [[dataset]](https://d.org)\n"
        );
    }

    #[test]
    fn the_paper_link_falls_back_to_the_doi_then_the_arxiv_page() {
        let doi = Entry {
            doi: Some("10.1/x"),
            arxiv: Some("2401.00001"),
            ..ENTRY
        };
        assert!(item(&doi).ends_with(" [[paper]](https://doi.org/10.1/x)\n"));
        let arxiv = Entry {
            arxiv: Some("2401.00001"),
            ..ENTRY
        };
        assert!(item(&arxiv).ends_with(" [[paper]](https://arxiv.org/abs/2401.00001)\n"));
    }

    #[test]
    fn unknown_year_and_venue_are_said() {
        let unknown = Entry {
            year: None,
            venue: Venue {
                short: "",
                full: None,
            },
            ..ENTRY
        };
        assert_eq!(item(&unknown), "[venue unknown] A Title\n");
        let no_year = Entry {
            year: None,
            ..ENTRY
        };
        assert_eq!(item(&no_year), "[ACL] A Title\n");
    }

    #[test]
    fn sections_years_and_order() {
        let older = Entry {
            key: "b-2023",
            year: Some(2023),
            ..ENTRY
        };
        let undated = Entry {
            key: "c-nd",
            year: None,
            ..ENTRY
        };
        let dataset = Entry {
            key: "d-2022",
            kinds: &[Kind::Dataset, Kind::Toolkit],
            year: Some(2022),
            title: "Data",
            ..ENTRY
        };
        let expected = "## Papers\n\n### 2024\n\n[ACL 2024] A Title\n\n### 2023\n\n[ACL 2023] A Title\n\
                        \n### Year unknown\n\n[ACL] A Title\n\
                        \n## Datasets\n\n[ACL 2022] Data\n\
                        \n## Toolkits\n\n[ACL 2022] Data\n";
        assert_eq!(to_string([&undated, &dataset, &older, &ENTRY]), expected);
        assert_eq!(to_string([&ENTRY, &older, &dataset, &undated]), expected);
        assert_eq!(to_string([]), "");
    }

    #[test]
    fn the_build_scripts_order_is_the_list_order() {
        let mut sorted: Vec<&Entry> = crate::entries().iter().collect();
        sorted.sort_by(|a, b| a.cmp_for_list(b));
        let listed: Vec<&Entry> = List::of(crate::entries().iter().rev()).iter().collect();
        assert_eq!(listed.len(), crate::entries().len());
        assert!(
            listed
                .iter()
                .zip(&sorted)
                .all(|(a, b)| core::ptr::eq(*a, *b))
        );
    }

    #[test]
    fn entries_from_elsewhere_are_merged_in_order_and_duplicates_listed_once() {
        let catalogue = crate::entries();
        let hand_made = [
            Entry {
                key: "zz-2021",
                year: Some(2021),
                ..ENTRY
            },
            Entry {
                key: "zz-nd",
                year: None,
                ..ENTRY
            },
            Entry {
                key: "zz-2030",
                year: Some(2030),
                ..ENTRY
            },
        ];
        let given: Vec<&Entry> = catalogue
            .iter()
            .step_by(7)
            .chain(&hand_made)
            .chain(catalogue.iter().step_by(7))
            .chain([crate::entries::CHEN_ETAL_2020_GENERATING])
            .collect();
        let mut expected: Vec<&Entry> = catalogue.iter().step_by(7).chain(&hand_made).collect();
        if !expected.contains(&crate::entries::CHEN_ETAL_2020_GENERATING) {
            expected.push(crate::entries::CHEN_ETAL_2020_GENERATING);
        }
        expected.sort_by(|a, b| a.cmp_for_list(b));
        let listed: Vec<&Entry> = List::of(given).iter().collect();
        assert_eq!(listed, expected);
        // A named constant is a copy; it is listed as the catalogue's entry.
        assert_eq!(
            crate::index_of(crate::entries::CHEN_ETAL_2020_GENERATING),
            catalogue
                .iter()
                .position(|entry| entry.key == "chen-etal-2020-generating")
        );
    }
}
