//! Reading a macro's input: the path to rrg-catalog, a `;`, then one or more
//! comma-separated string literals.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

use crate::error::Error;
use crate::literal::string_value;

/// What a macro was called with.
pub(crate) struct Input {
    /// The path to rrg-catalog as the calling `macro_rules!` macro knows it
    /// (its `$crate`), so the expansion works however the user named the
    /// dependency.
    pub krate: TokenStream,
    /// The keys in the order written.
    pub keys: Vec<Key>,
}

/// One key as written.
pub(crate) struct Key {
    /// The literal's value.
    pub text: String,
    /// The literal's span: errors about the key point at it.
    pub span: Span,
}

/// Splits `input` into the crate path and the keys. Every malformed key is
/// reported, not just the first.
pub(crate) fn parse(input: TokenStream, mac: &str) -> Result<Input, Error> {
    let mut tokens = input.into_iter();
    let mut krate = TokenStream::new();
    loop {
        match tokens.next() {
            Some(TokenTree::Punct(punct)) if punct.as_char() == ';' => break,
            Some(token) => krate.extend([token]),
            None => {
                return Err(Error::new(
                    Span::call_site(),
                    format!(
                        "this macro is internal: call rrg_catalog::{mac}! instead, e.g. {}",
                        example(mac)
                    ),
                ));
            }
        }
    }

    // Items between top-level commas, each with the comma that ends it.
    let mut items: Vec<(Vec<TokenTree>, Option<Span>)> = Vec::new();
    let mut item = Vec::new();
    for token in tokens {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                items.push((std::mem::take(&mut item), Some(punct.span())));
            }
            token => item.push(token),
        }
    }
    if !item.is_empty() {
        items.push((item, None));
    }
    if items.is_empty() {
        return Err(Error::new(
            Span::call_site(),
            format!(
                "{mac}! needs at least one catalogue key, e.g. {}",
                example(mac)
            ),
        ));
    }

    let mut keys = Vec::new();
    let mut errors: Option<Error> = None;
    let mut report = |error: Error| match &mut errors {
        Some(errors) => errors.combine(error),
        None => errors = Some(error),
    };
    for (item, comma) in items {
        let item = without_invisible_groups(item);
        let Some(first) = item.first() else {
            // `item` is empty only when a comma ends it.
            let span = comma.unwrap_or_else(Span::call_site);
            report(Error::new(
                span,
                format!(
                    "expected a string literal key before this comma, e.g. {}",
                    example(mac)
                ),
            ));
            continue;
        };
        let Some(key) = string_literal(first) else {
            report(Error::spanning(
                &item,
                format!("{mac}! needs a string literal key, e.g. {}", example(mac)),
            ));
            continue;
        };
        if let Some(extra) = item.get(1) {
            report(Error::spanning(
                &item[1..],
                format!(
                    "expected `,` or the end of the keys after \"{}\", found `{extra}`; \
                     separate keys with commas, e.g. {mac}![\"first-key\", \"second-key\"]",
                    key.text
                ),
            ));
            continue;
        }
        keys.push(key);
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(Input { krate, keys }),
    }
}

fn example(mac: &str) -> String {
    format!("{mac}!(\"chen-etal-2020-generating\")")
}

/// The tokens of an item, unwrapping the invisible groups that a
/// `macro_rules!` macro puts around an `$expr` or `$lit` it passes on.
fn without_invisible_groups(mut item: Vec<TokenTree>) -> Vec<TokenTree> {
    while let [TokenTree::Group(group)] = item.as_slice() {
        if group.delimiter() != Delimiter::None {
            break;
        }
        item = group.stream().into_iter().collect();
    }
    item
}

/// The key a token holds, if it is a plain string literal (raw strings
/// included, byte strings and suffixed literals not).
fn string_literal(token: &TokenTree) -> Option<Key> {
    let TokenTree::Literal(literal) = token else {
        return None;
    };
    Some(Key {
        text: string_value(&literal.to_string())?,
        span: literal.span(),
    })
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn keys(input: TokenStream) -> Result<Vec<String>, Vec<String>> {
        match parse(input, "cite") {
            Ok(input) => {
                assert_eq!(input.krate.to_string(), ":: rrg_catalog");
                Ok(input.keys.into_iter().map(|key| key.text).collect())
            }
            Err(error) => Err(error.messages().map(str::to_owned).collect()),
        }
    }

    #[test]
    fn keys_follow_the_crate_path() {
        assert_eq!(keys(quote!(::rrg_catalog; "a")), Ok(vec!["a".to_owned()]));
        assert_eq!(
            keys(quote!(::rrg_catalog; "a", r"b", "c",)),
            Ok(vec!["a".to_owned(), "b".to_owned(), "c".to_owned()])
        );
    }

    #[test]
    fn every_malformed_item_is_reported() {
        let errors = keys(quote!(::rrg_catalog; KEY, "a" "b", , 1)).unwrap_err();
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].starts_with("cite! needs a string literal key"));
        assert!(errors[1].starts_with("expected `,` or the end of the keys after \"a\""));
        assert!(errors[2].starts_with("expected a string literal key before this comma"));
        assert!(errors[3].starts_with("cite! needs a string literal key"));
    }

    #[test]
    fn empty_input_and_a_missing_crate_path_are_errors() {
        let empty = keys(quote!(::rrg_catalog;)).unwrap_err();
        assert!(empty[0].starts_with("cite! needs at least one catalogue key"));
        let internal = keys(quote!("a")).unwrap_err();
        assert!(internal[0].starts_with("this macro is internal"));
    }
}
