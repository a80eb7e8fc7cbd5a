//! Compile-time checked citations of the
//! [rrg-catalog](https://crates.io/crates/rrg-catalog) literature.
//!
//! **Use these macros through rrg-catalog**, as `rrg_catalog::cite!` and
//! `rrg_catalog::bibliography!`; there they are documented with examples.
//! This crate is their procedural half: rrg-catalog's `macro_rules!`
//! wrappers pass their `$crate` path in front of the keys (`$crate; "key",
//! …`), so the expansion names rrg-catalog correctly even when a user renames
//! the dependency, and users never depend on this crate themselves.
//!
//! The macros check keys against the catalogue rrg-catalog compiles: its
//! code generator writes, from the same `data/reference.bib`, a table of
//! every entry's key, names, year and BibTeX (rrg-catalog's
//! `src/generated/keys.rs`), which is compiled into this crate, so nothing
//! is read or parsed while macros expand. A key that is
//! neither a key nor an alias of the catalogue is a compile error at the
//! string literal, with the nearest keys as a did-you-mean help.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod catalogue;
mod error;
mod input;
mod literal;

use crate::error::Error;
use crate::input::{Input, Key};
use proc_macro::TokenStream;
use proc_macro2::{Ident, Literal, TokenStream as TokenStream2};
use quote::{ToTokens, quote};
use catalogue::Row;

/// `$crate; "key"` → `$crate::entries::KEY`, an `&'static Entry`;
/// `$crate; "a", "b", …` → an `&'static [&'static Entry]` in the order
/// written. See `rrg_catalog::cite!`.
#[proc_macro]
pub fn cite(input: TokenStream) -> TokenStream {
    expand(input.into(), "cite", expand_cite).into()
}

/// `$crate; "a", "b", …` → an `&'static str` holding the BibTeX of those
/// entries in the order written. See `rrg_catalog::bibliography!`.
#[proc_macro]
pub fn bibliography(input: TokenStream) -> TokenStream {
    expand(input.into(), "bibliography", expand_bibliography).into()
}

/// `$crate;` → the SHA-256 of the catalogue source the macros check
/// against, as a string literal; rrg-catalog's tests compare it with the
/// source its constants were generated from.
#[doc(hidden)]
#[proc_macro]
pub fn catalogue_sha256(_input: TokenStream) -> TokenStream {
    Literal::string(catalogue::SOURCE_SHA256)
        .into_token_stream()
        .into()
}

type Expansion = fn(&Input, Vec<&Row>) -> TokenStream2;

/// Parses the input, resolves every key, and expands; or returns every
/// error found as `compile_error!` invocations at the offending tokens.
fn expand(input: TokenStream2, mac: &str, expansion: Expansion) -> TokenStream2 {
    let result = input::parse(input, mac).and_then(|input| {
        let entries = resolve(&input.keys)?;
        Ok(expansion(&input, entries))
    });
    result.unwrap_or_else(compile_errors)
}

/// Every error as a `compile_error!` at its own span. Several are wrapped in
/// a block, since the macros expand to one expression.
fn compile_errors(error: Error) -> TokenStream2 {
    let mut errors = error.to_compile_errors();
    let last = errors.pop();
    if errors.is_empty() {
        return last.unwrap_or_default();
    }
    quote!({ #(#errors;)* #last })
}

fn expand_cite(input: &Input, entries: Vec<&Row>) -> TokenStream2 {
    let krate = &input.krate;
    let paths = entries.iter().zip(&input.keys).map(|(entry, key)| {
        // The constant is named after the entry's own key, also when the
        // literal is an alias; its span is the literal's, so that anything
        // the compiler has to say about it points there.
        let name = Ident::new(&rrg_model::const_name(entry.key), key.span);
        quote!(#krate::entries::#name)
    });
    if let [_] = entries.as_slice() {
        return quote!(#(#paths)*);
    }
    // A constant item makes the slice `'static` in every context, also in a
    // `let` of a function where a bare `&[…]` would be a temporary.
    quote!({
        const CITED: &[&#krate::Entry] = &[#(#paths),*];
        CITED
    })
}

fn expand_bibliography(_: &Input, entries: Vec<&Row>) -> TokenStream2 {
    let text: String = entries.iter().map(|row| row.bibtex).collect();
    Literal::string(&text).into_token_stream()
}

/// The entry of every key, or every error: unknown keys with suggestions,
/// and entries named twice.
fn resolve(keys: &[Key]) -> Result<Vec<&'static Row>, Error> {
    let mut entries: Vec<&Row> = Vec::with_capacity(keys.len());
    let mut errors: Option<Error> = None;
    for (index, key) in keys.iter().enumerate() {
        let error = match catalogue::find(&key.text) {
            None => unknown_key(key),
            Some(entry) => match entries.iter().position(|seen| seen.key == entry.key) {
                None => {
                    entries.push(entry);
                    continue;
                }
                Some(_) => repeated_key(&keys[..index], key, entry),
            },
        };
        match &mut errors {
            Some(errors) => errors.combine(error),
            None => errors = Some(error),
        }
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(entries),
    }
}

fn unknown_key(key: &Key) -> Error {
    let mut message = format!("unknown catalogue key {:?}", key.text);
    // A name is not a key (names are not unique, keys are stable), but it
    // says which key was meant.
    let named = catalogue::named(&key.text);
    for entry in &named {
        let name = entry
            .names
            .iter()
            .find(|name| rrg_model::same_name(name, &key.text));
        let name = name.copied().unwrap_or(&key.text);
        message.push_str(&format!("\n= help: {name} is {:?}", entry.key));
        if named.len() > 1 {
            if let Some(year) = entry.year {
                message.push_str(&format!(" ({year})"));
            }
        }
    }
    if !named.is_empty() {
        return Error::new(key.span, message);
    }
    let suggestions = catalogue::suggestions(&key.text);
    if suggestions.is_empty() {
        message.push_str(
            "\n= help: every key and alias of the catalogue is listed in \
             rrg_catalog::entries, one constant per entry",
        );
    }
    for (i, suggestion) in suggestions.iter().enumerate() {
        let ask = if i == 0 { "did you mean" } else { "or" };
        message.push_str(&format!("\n= help: {ask} {:?}?", suggestion.name));
        if let Some(key) = suggestion.alias_of {
            message.push_str(&format!(" (an alias of {key:?})"));
        }
    }
    Error::new(key.span, message)
}

fn repeated_key(before: &[Key], key: &Key, entry: &Row) -> Error {
    let first = before
        .iter()
        .find(|earlier| catalogue::find(&earlier.text).is_some_and(|row| row.key == entry.key))
        .map_or(entry.key, |earlier| earlier.text.as_str());
    let this = key.text.as_str();
    let canonical = entry.key;
    let message = if first == this {
        format!("{this:?} is cited twice in this list")
    } else if this == canonical {
        format!("{this:?} is already cited in this list, through its alias {first:?}")
    } else if first == canonical {
        format!("{this:?} is an alias of {canonical:?}, which this list already cites")
    } else {
        format!(
            "{this:?} and {first:?} are both aliases of {canonical:?}, which this list already cites"
        )
    };
    Error::new(key.span, format!("{message}\n= help: cite each entry once"))
}
