//! The CSV export read back with the `csv` crate: every field of every
//! entry as the catalogue has it.

mod common;

use rrg_catalog::export::csv::{COLUMNS, to_string};

fn joined<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

#[test]
fn every_field_of_every_entry_reads_back() {
    let entries = rrg_catalog::entries();
    let text = to_string(entries);
    assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\r'));
    let rows = common::read_csv(&text, COLUMNS);
    assert_eq!(rows.len(), entries.len());
    for (row, entry) in rows.iter().zip(entries) {
        let text = |value: Option<&str>| value.unwrap_or("").to_owned();
        let mut authors: Vec<String> = entry
            .authors
            .iter()
            .map(|person| {
                let mut name = String::new();
                if let Some(prefix) = person.prefix {
                    name.push_str(prefix);
                    name.push(' ');
                }
                name.push_str(person.family);
                if let Some(suffix) = person.suffix {
                    name.push_str(", ");
                    name.push_str(suffix);
                }
                if let Some(given) = person.given {
                    name.push_str(", ");
                    name.push_str(given);
                }
                name
            })
            .collect();
        if entry.authors_truncated {
            authors.push("others".into());
        }
        let expected = [
            entry.key.to_owned(),
            entry.entry_type.as_str().to_owned(),
            joined(entry.kinds.iter().map(|kind| kind.as_str())),
            entry.title.to_owned(),
            text(entry.short_name),
            joined(entry.other_names.iter().copied()),
            text(entry.name_source),
            authors.join("; "),
            entry.year.map_or(String::new(), |year| year.to_string()),
            entry.month.map_or(String::new(), |month| month.to_string()),
            entry.venue.short.to_owned(),
            text(entry.venue.full),
            text(entry.volume),
            text(entry.number),
            text(entry.pages),
            text(entry.publisher),
            text(entry.doi),
            text(entry.arxiv),
            text(entry.links.paper),
            text(entry.links.code),
            text(entry.links.reproduction),
            text(entry.links.project),
            text(entry.links.dataset),
            joined(entry.modalities.iter().map(|modality| modality.as_str())),
            entry.llm.to_string(),
            joined(entry.listed_in.iter().map(|list| list.as_str())),
            entry.evidence.as_str().to_owned(),
            joined(entry.aliases.iter().copied()),
            joined(entry.unknown.iter().copied()),
        ];
        let got: Vec<&str> = row.iter().collect();
        assert_eq!(got, expected, "{}", entry.key);
    }
}

#[test]
fn quotes_commas_and_line_breaks_are_quoted() {
    let entry = rrg_catalog::Entry {
        title: "A \"quoted\", title\nacross lines ",
        ..rrg_catalog::Entry::new("doe-2021-x", rrg_catalog::EntryType::Misc, "")
    };
    let text = to_string([&entry]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[3], "A \"quoted\", title\nacross lines ");
    assert!(text.contains("\"A \"\"quoted\"\", title\nacross lines \""));
}
