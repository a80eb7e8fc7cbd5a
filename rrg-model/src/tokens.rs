//! Turning model values back into Rust expressions (feature `codegen`).
//!
//! Every string becomes a literal token built by `proc_macro2::Literal`, never
//! pasted source text, so a title holding `"`, `\`, `#` or `}` cannot change
//! the generated program.
//!
//! Values are written as source text into a [`Code`] buffer rather than
//! built as token trees: a catalogue of ten thousand entries is tens of
//! megabytes of code, and building it token by token costs seconds. A
//! buffer made with [`Code::sharing`] also writes a value that occurs more
//! than once (a venue, a person, an empty list) as one shared constant, which
//! is what keeps the generated catalogue cheap to compile.

use std::collections::HashMap;
use std::fmt::Write as _;

use proc_macro2::Literal;

/// A value that can be written as a Rust constant expression of its own type
/// with `'static` lifetime.
pub trait StaticTokens {
    /// Whether the value is a leaf for sharing: a string, a number, a flag,
    /// an enum value or an `Option` of one. Only values made of leaves are
    /// ever shared, so shared values never nest.
    const LEAF: bool = true;

    /// Writes the expression, e.g. `Kind::Paper` or `&["a", "b"]`, naming
    /// the model's types as [`Code::IMPORTS`] imports them.
    fn write_static(&self, code: &mut Code);

    /// Writes the type of the expression, e.g. `Person<'static>`.
    fn write_type(code: &mut Code);

    /// Whether this value may be written once as a shared constant: a
    /// struct or a list made only of leaves, or an empty list.
    fn shareable(&self) -> bool {
        false
    }
}

/// Marks a shared value's index in a buffer's text until [`Code::finish`].
/// Never part of written code: string literals escape it.
const MARK: char = '\0';

/// A buffer of generated Rust source.
#[derive(Debug, Default)]
pub struct Code {
    text: String,
    shared: Option<Shared>,
}

/// The values a sharing buffer has seen, by their type and code.
#[derive(Debug, Default)]
struct Shared {
    index: HashMap<(&'static str, String), usize>,
    values: Vec<SharedValue>,
}

#[derive(Debug)]
struct SharedValue {
    ty: String,
    code: String,
    uses: usize,
}

/// A value written once as a constant because it occurs more than once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedConst {
    /// The constant's name, e.g. `VENUE_3`: its type's name and a number.
    pub name: String,
    /// Its type, e.g. `Venue<'static>`.
    pub ty: String,
    /// Its value.
    pub value: String,
}

impl Code {
    /// The `use` item that generated code needs: it names the model's
    /// types without a path, and `Option`'s variants from the prelude.
    pub const IMPORTS: &'static str = "use ::rrg_model::{Entry, EntryType, Evidence, Kind, Links, List, Modality, Person, Venue};";

    /// An empty buffer that writes every value in place.
    pub fn new() -> Self {
        Code::default()
    }

    /// An empty buffer that notes every [shareable](StaticTokens::shareable)
    /// value, so that [`Code::finish`] can write those that occur more than
    /// once as shared constants.
    pub fn sharing() -> Self {
        Code {
            shared: Some(Shared::default()),
            ..Code::new()
        }
    }

    /// Appends fixed syntax: punctuation, keywords, identifiers. Never text
    /// from data; that goes through [`Code::str`] or [`Code::value`].
    pub fn raw(&mut self, syntax: &str) {
        debug_assert!(!syntax.contains(MARK));
        self.text.push_str(syntax);
    }

    /// Appends a string literal token.
    pub fn str(&mut self, value: &str) {
        write!(self.text, "{}", Literal::string(value)).expect("writing to a String");
    }

    /// Appends an unsuffixed integer literal token.
    pub fn int(&mut self, value: u64) {
        write!(self.text, "{}", Literal::u64_unsuffixed(value)).expect("writing to a String");
    }

    /// Appends a model type or value by its path, e.g. `Kind::Paper`.
    pub fn model_path(&mut self, path: &str) {
        self.text.push_str(path);
    }

    /// Appends one of `Option`'s variants or the type: `Some`, `None` or
    /// `Option`.
    pub fn option_path(&mut self, name: &str) {
        self.text.push_str(name);
    }

    /// Appends a value: in place, or, in a sharing buffer and if the value
    /// is [shareable](StaticTokens::shareable), as a reference that
    /// [`Code::finish`] resolves.
    pub fn value<T: StaticTokens>(&mut self, value: &T) {
        if self.shared.is_none() || !value.shareable() {
            value.write_static(self);
            return;
        }
        let start = self.text.len();
        value.write_static(self);
        let code = self.text.split_off(start);
        debug_assert!(!code.contains(MARK), "shared values never nest");
        // The same code can be values of different types (`&[]`).
        let key = (std::any::type_name::<T>(), code);
        let shared = self.shared.as_mut().expect("a sharing buffer");
        let index = match shared.index.get(&key) {
            Some(&index) => index,
            None => {
                let mut ty = Code::new();
                T::write_type(&mut ty);
                let index = shared.values.len();
                shared.values.push(SharedValue {
                    ty: ty.text,
                    code: key.1.clone(),
                    uses: 0,
                });
                shared.index.insert(key, index);
                index
            }
        };
        shared.values[index].uses += 1;
        write!(self.text, "{MARK}{index}{MARK}").expect("writing to a String");
    }

    /// The finished code, and the shared constants it refers to as
    /// `{module}::{name}`: every shareable value that occurs more than once,
    /// numbered per type in order of first occurrence. A value that occurs
    /// once is written in place.
    pub fn finish(self, module: &str) -> (String, Vec<SharedConst>) {
        let Some(shared) = self.shared else {
            return (self.text, Vec::new());
        };
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut names: Vec<Option<String>> = Vec::with_capacity(shared.values.len());
        let mut consts = Vec::new();
        for value in &shared.values {
            if value.uses < 2 {
                names.push(None);
                continue;
            }
            let stem = type_stem(&value.ty);
            let number = counts.entry(stem.clone()).or_insert(0);
            let name = format!("{stem}_{number}");
            *number += 1;
            consts.push(SharedConst {
                name: name.clone(),
                ty: value.ty.clone(),
                value: value.code.clone(),
            });
            names.push(Some(name));
        }
        let mut text = String::with_capacity(self.text.len());
        for (i, piece) in self.text.split(MARK).enumerate() {
            if i % 2 == 0 {
                text.push_str(piece);
                continue;
            }
            let index: usize = piece.parse().expect("a shared value's index");
            match &names[index] {
                Some(name) => {
                    text.push_str(module);
                    text.push_str("::");
                    text.push_str(name);
                }
                None => text.push_str(&shared.values[index].code),
            }
        }
        (text, consts)
    }
}

/// `PERSON` for `Person<'static>`, `KIND_LIST` for `&'static [Kind]`, `STR`
/// for `&'static str`, in either path style.
fn type_stem(ty: &str) -> String {
    let ty = ty.trim();
    if let Some(element) = ty
        .strip_prefix("&'static [")
        .and_then(|rest| rest.strip_suffix(']'))
    {
        return format!("{}_LIST", type_stem(element));
    }
    let ty = ty.strip_prefix("&'static ").unwrap_or(ty);
    let name = ty.split('<').next().unwrap_or(ty);
    let name = name.rsplit("::").next().unwrap_or(name);
    let mut stem = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            stem.push('_');
        }
        stem.push(c.to_ascii_uppercase());
    }
    stem
}

impl StaticTokens for &str {
    fn write_static(&self, code: &mut Code) {
        code.str(self);
    }

    fn write_type(code: &mut Code) {
        code.raw("&'static str");
    }
}

impl StaticTokens for bool {
    fn write_static(&self, code: &mut Code) {
        code.raw(if *self { "true" } else { "false" });
    }

    fn write_type(code: &mut Code) {
        code.raw("bool");
    }
}

impl StaticTokens for u8 {
    fn write_static(&self, code: &mut Code) {
        code.int(u64::from(*self));
    }

    fn write_type(code: &mut Code) {
        code.raw("u8");
    }
}

impl StaticTokens for u16 {
    fn write_static(&self, code: &mut Code) {
        code.int(u64::from(*self));
    }

    fn write_type(code: &mut Code) {
        code.raw("u16");
    }
}

impl StaticTokens for u32 {
    fn write_static(&self, code: &mut Code) {
        code.int(u64::from(*self));
    }

    fn write_type(code: &mut Code) {
        code.raw("u32");
    }
}

/// A reference to a value: `&` and the value, which a sharing buffer may
/// write once as a shared constant.
impl<T: StaticTokens> StaticTokens for &T {
    const LEAF: bool = false;

    fn write_static(&self, code: &mut Code) {
        code.raw("&");
        code.value(*self);
    }

    fn write_type(code: &mut Code) {
        code.raw("&'static ");
        T::write_type(code);
    }
}

impl<T: StaticTokens> StaticTokens for Option<T> {
    const LEAF: bool = T::LEAF;

    fn write_static(&self, code: &mut Code) {
        match self {
            None => code.option_path("None"),
            Some(value) => {
                code.option_path("Some");
                code.raw("(");
                code.value(value);
                code.raw(")");
            }
        }
    }

    fn write_type(code: &mut Code) {
        code.option_path("Option");
        code.raw("<");
        T::write_type(code);
        code.raw(">");
    }
}

impl<T: StaticTokens> StaticTokens for &[T] {
    const LEAF: bool = false;

    fn write_static(&self, code: &mut Code) {
        code.raw("&[");
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                code.raw(", ");
            }
            code.value(item);
        }
        code.raw("]");
    }

    fn write_type(code: &mut Code) {
        code.raw("&'static [");
        T::write_type(code);
        code.raw("]");
    }

    fn shareable(&self) -> bool {
        T::LEAF || self.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Person, Venue};

    #[test]
    fn values_are_written_as_literals_and_model_paths() {
        let person = Person {
            family: "Doe \"the\" \\ }",
            given: None,
            prefix: None,
            suffix: None,
        };
        let mut code = Code::new();
        code.value(&person);
        let kinds: &[Kind] = &[Kind::Paper];
        code.raw("; ");
        code.value(&kinds);
        assert_eq!(
            code.finish("s").0,
            concat!(
                "Person { family: \"Doe \\\"the\\\" \\\\ }\", ",
                "given: None, prefix: None, suffix: None }; &[Kind::Paper]"
            )
        );
    }

    #[test]
    fn repeated_values_are_shared_and_single_ones_written_in_place() {
        let miccai = Venue {
            short: "MICCAI",
            full: None,
        };
        let tmi = Venue {
            short: "TMI",
            full: Some("IEEE Transactions on Medical Imaging"),
        };
        let empty: &[&str] = &[];
        let no_kinds: &[Kind] = &[];
        let mut code = Code::sharing();
        for venue in [&miccai, &tmi, &miccai] {
            code.value(venue);
            code.raw(";");
        }
        code.value(&empty);
        code.value(&no_kinds);
        code.value(&empty);
        let (text, shared) = code.finish("s");
        assert_eq!(
            text,
            "s::VENUE_0;Venue { short: \"TMI\", full: Some(\"IEEE Transactions on Medical Imaging\") };s::VENUE_0;s::STR_LIST_0&[]s::STR_LIST_0"
        );
        assert_eq!(
            shared,
            [
                SharedConst {
                    name: "VENUE_0".into(),
                    ty: "Venue<'static>".into(),
                    value: "Venue { short: \"MICCAI\", full: None }".into(),
                },
                SharedConst {
                    name: "STR_LIST_0".into(),
                    ty: "&'static [&'static str]".into(),
                    value: "&[]".into(),
                },
            ]
        );
    }

    #[test]
    fn only_values_made_of_leaves_are_shareable() {
        let person = Person {
            family: "Doe",
            given: None,
            prefix: None,
            suffix: None,
        };
        let people: &[Person<'_>] = &[person];
        let nobody: &[Person<'_>] = &[];
        assert!(person.shareable());
        assert!(!people.shareable());
        assert!(nobody.shareable());
        assert!(!Some("x").shareable());
    }

    #[test]
    fn type_stems() {
        assert_eq!(type_stem("Person<'static>"), "PERSON");
        assert_eq!(type_stem("::rrg_model::EntryType"), "ENTRY_TYPE");
        assert_eq!(type_stem("&'static [&'static [Kind]]"), "KIND_LIST_LIST");
        assert_eq!(type_stem("&'static str"), "STR");
    }
}
