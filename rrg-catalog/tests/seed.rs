//! Every paper, dataset and toolkit line of the survey's README (the seed)
//! maps to a catalogue entry: by title, by the name of a data set or toolkit,
//! by its paper link, or by the arXiv id in that link.

mod common;

use rrg_catalog::Entry;

/// One listed work: `[Label] Title [[paper]](url) …`.
struct SeedLine<'s> {
    number: usize,
    title: &'s str,
    paper_link: Option<&'s str>,
}

/// The lines under `## Papers`, `## Datasets` and `## Toolkits` that list a
/// work. A line that starts with `[` inside those sections but cannot be read
/// fails the test instead of being skipped.
fn seed_lines(text: &str) -> Vec<SeedLine<'_>> {
    let mut in_list = false;
    let mut lines = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if let Some(heading) = line.strip_prefix("## ") {
            in_list = matches!(heading.trim(), "Papers" | "Datasets" | "Toolkits");
            continue;
        }
        if !in_list || !line.starts_with('[') {
            continue;
        }
        let rest = line
            .split_once("] ")
            .map(|(_, rest)| rest)
            .unwrap_or_else(|| panic!("seed line {}: no `[Label] ` prefix: {line}", index + 1));
        let title = rest
            .split_once(" [[")
            .map(|(title, _)| title.trim())
            .unwrap_or_else(|| panic!("seed line {}: no links: {line}", index + 1));
        let paper_link = rest.split_once("[[paper").and_then(|(_, after)| {
            let start = after.find("(http")? + 1;
            let end = start + after[start..].find(')')?;
            Some(&after[start..end])
        });
        lines.push(SeedLine {
            number: index + 1,
            title,
            paper_link,
        });
    }
    lines
}

fn arxiv_id(link: &str) -> Option<&str> {
    let rest = link.split_once("arxiv.org/")?.1;
    let id = rest.trim_start_matches("abs/").trim_start_matches("pdf/");
    Some(id.trim_end_matches(".pdf"))
}

fn entry_for(line: &SeedLine<'_>) -> Option<&'static Entry> {
    let title = common::normalised(line.title);
    rrg_catalog::entries().iter().find(|entry| {
        common::normalised(entry.title) == title
            || entry
                .short_name
                .is_some_and(|name| common::normalised(name) == title)
            || line.paper_link.is_some_and(|link| {
                entry.links.paper == Some(link)
                    || arxiv_id(link).is_some_and(|id| entry.arxiv == Some(id))
            })
    })
}

#[test]
fn every_work_listed_in_the_seed_maps_to_an_entry() {
    let Some(dir) = common::shared_dir() else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(dir.join("seed"))
        .expect("the seed folder is readable")
        .map(|file| file.unwrap().path())
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "the seed folder holds the survey's README"
    );

    let mut unmatched = Vec::new();
    let mut listed = 0;
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for line in seed_lines(&text) {
            listed += 1;
            if entry_for(&line).is_none() {
                unmatched.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    line.number,
                    line.title
                ));
            }
        }
    }
    // The README lists 96 paper lines, 7 data sets and 4 toolkits.
    assert_eq!(listed, 107, "lines listing a work in the seed");
    assert!(
        unmatched.is_empty(),
        "seed lines with no catalogue entry:\n{}",
        unmatched.join("\n")
    );
}

#[test]
fn the_seed_line_reader_reads_both_link_styles() {
    let text = "## Papers\n[ACL 2018] A Title [[paper]](https://x.org/a) [[code]](https://c)\n\
                [arXiv 2024] B [[paper](https://arxiv.org/abs/2402.12844)]\n## Other\n[x] not listed [[y]](z)\n";
    let lines = seed_lines(text);
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (lines[0].number, lines[0].title, lines[0].paper_link),
        (2, "A Title", Some("https://x.org/a"))
    );
    assert_eq!(lines[1].paper_link.and_then(arxiv_id), Some("2402.12844"));
}
