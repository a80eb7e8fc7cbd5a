//! Compile errors at the tokens they are about.
//!
//! Each error becomes `::core::compile_error! { "message" }` whose path
//! carries the span of the first token in question and whose braces carry
//! the span of the last, so that rustc underlines exactly those tokens.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// One or more compile errors.
#[derive(Debug)]
pub(crate) struct Error {
    messages: Vec<Message>,
}

#[derive(Debug)]
struct Message {
    start: Span,
    end: Span,
    text: String,
}

impl Error {
    /// An error about the tokens at `span`.
    pub(crate) fn new(span: Span, text: impl Into<String>) -> Self {
        Error {
            messages: vec![Message {
                start: span,
                end: span,
                text: text.into(),
            }],
        }
    }

    /// An error about `tokens`, from the first to the last.
    pub(crate) fn spanning(tokens: &[TokenTree], text: impl Into<String>) -> Self {
        let start = tokens.first().map_or_else(Span::call_site, TokenTree::span);
        let end = tokens.last().map_or(start, TokenTree::span);
        Error {
            messages: vec![Message {
                start,
                end,
                text: text.into(),
            }],
        }
    }

    /// Adds `other`'s errors after this one's.
    pub(crate) fn combine(&mut self, other: Error) {
        self.messages.extend(other.messages);
    }

    /// The messages, in order.
    #[cfg(test)]
    pub(crate) fn messages(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|message| message.text.as_str())
    }

    /// One `compile_error!` invocation for each message, in order.
    pub(crate) fn to_compile_errors(&self) -> Vec<TokenStream> {
        self.messages
            .iter()
            .map(Message::to_compile_error)
            .collect()
    }
}

impl Message {
    fn to_compile_error(&self) -> TokenStream {
        let punct = |c: char, spacing: Spacing| {
            let mut punct = Punct::new(c, spacing);
            punct.set_span(self.start);
            TokenTree::Punct(punct)
        };
        let mut text = Literal::string(&self.text);
        text.set_span(self.end);
        let mut body = Group::new(Delimiter::Brace, TokenTree::Literal(text).into());
        body.set_span(self.end);
        TokenStream::from_iter([
            punct(':', Spacing::Joint),
            punct(':', Spacing::Alone),
            TokenTree::Ident(Ident::new("core", self.start)),
            punct(':', Spacing::Joint),
            punct(':', Spacing::Alone),
            TokenTree::Ident(Ident::new("compile_error", self.start)),
            punct('!', Spacing::Alone),
            TokenTree::Group(body),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_message_is_one_compile_error_in_order() {
        let mut error = Error::new(Span::call_site(), "first");
        error.combine(Error::new(Span::call_site(), "second \"quoted\""));
        let tokens: Vec<String> = error
            .to_compile_errors()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            tokens,
            [
                ":: core :: compile_error ! { \"first\" }",
                ":: core :: compile_error ! { \"second \\\"quoted\\\"\" }"
            ]
        );
        assert!(error.messages().eq(["first", "second \"quoted\""]));
    }
}
