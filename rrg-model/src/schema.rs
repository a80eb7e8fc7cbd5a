//! What the JSON Schema of the model says beyond the types (feature
//! `schemars`): every property gets a title, derived from its name, so that
//! the field list is written once, in the type.

use schemars::Schema;
use serde_json::Value;

/// Words that are written in a fixed form in titles rather than capitalised.
const SPELLINGS: &[(&str, &str)] = &[
    ("arxiv", "arXiv"),
    ("doi", "DOI"),
    ("isbn", "ISBN"),
    ("issn", "ISSN"),
    ("llm", "LLM"),
    ("sha256", "SHA-256"),
    ("url", "URL"),
];

/// The title of a property named `name`: its words separated by spaces, the
/// first capitalised, abbreviations in their usual spelling.
///
/// ```
/// use rrg_model::schema::title;
/// assert_eq!(title("short_name"), "Short name");
/// assert_eq!(title("doi"), "DOI");
/// assert_eq!(title("source_sha256"), "Source SHA-256");
/// ```
pub fn title(name: &str) -> String {
    let mut title = String::with_capacity(name.len() + 4);
    for (i, word) in name.split('_').enumerate() {
        if i > 0 {
            title.push(' ');
        }
        if let Some((_, spelling)) = SPELLINGS.iter().find(|(plain, _)| *plain == word) {
            title.push_str(spelling);
        } else if i == 0 {
            let mut chars = word.chars();
            title.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            title.push_str(chars.as_str());
        } else {
            title.push_str(word);
        }
    }
    title
}

/// Gives every property of an object schema that has no title one derived
/// from its name with [`title`]. Applied to every model struct (and usable on
/// any other type with `#[schemars(transform = titles_from_names)]`).
pub fn titles_from_names(schema: &mut Schema) {
    let Some(Value::Object(properties)) = schema.get_mut("properties") else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        if let Value::Object(property) = property {
            property
                .entry("title")
                .or_insert_with(|| Value::String(title(name)));
        }
    }
}
