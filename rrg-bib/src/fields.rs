//! What the reader needs to know about fields beyond the shared table in
//! [`rrg_model::fields`]: required fields per entry type, and the names other
//! tools use.

use rrg_model::EntryType;
pub use rrg_model::fields::{FIELDS, FieldSpec, ValueKind, field};

/// Common names of other tools for fields this catalogue spells otherwise.
pub fn preferred_name(name: &str) -> Option<&'static str> {
    match name {
        "journal" => Some("journaltitle"),
        "address" => Some("location"),
        "date" => Some("year"),
        "archiveprefix" => Some("eprinttype"),
        _ => None,
    }
}

/// The fields an entry of this type must have (or declare unknown).
///
/// A simplified form of the biblatex data model: every entry needs author,
/// title and year; contributions to a collection need the collection's title.
pub fn required_fields(entry_type: EntryType) -> &'static [&'static str] {
    match entry_type {
        EntryType::Article => &["author", "title", "journaltitle", "year"],
        EntryType::InProceedings | EntryType::InCollection | EntryType::InBook => {
            &["author", "title", "booktitle", "year"]
        }
        EntryType::Proceedings => &["title", "year"],
        _ => &["author", "title", "year"],
    }
}

/// Type names other tools use for the types this catalogue knows.
pub fn entry_type(name: &str) -> Option<EntryType> {
    let name = name.to_ascii_lowercase();
    EntryType::from_name(&name).or(match name.as_str() {
        "conference" => Some(EntryType::InProceedings),
        "techreport" => Some(EntryType::Report),
        "phdthesis" | "mastersthesis" => Some(EntryType::Thesis),
        "electronic" | "www" => Some(EntryType::Online),
        _ => None,
    })
}
