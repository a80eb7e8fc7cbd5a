//! Turning model values back into Rust expressions (feature `codegen`).
//!
//! Every string becomes a literal token built by `proc_macro2::Literal`, never
//! pasted source text, so a title holding `"`, `\`, `#` or `}` cannot change
//! the generated program.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

/// A value that can be written as a Rust constant expression of its own type
/// with `'static` lifetime.
pub trait StaticTokens {
    /// The expression, e.g. `::rrg_model::Kind::Paper` or `&["a", "b"]`.
    fn static_tokens(&self) -> TokenStream;
}

impl StaticTokens for &str {
    fn static_tokens(&self) -> TokenStream {
        Literal::string(self).into_token_stream()
    }
}

impl StaticTokens for bool {
    fn static_tokens(&self) -> TokenStream {
        self.into_token_stream()
    }
}

impl StaticTokens for u8 {
    fn static_tokens(&self) -> TokenStream {
        Literal::u8_unsuffixed(*self).into_token_stream()
    }
}

impl StaticTokens for u16 {
    fn static_tokens(&self) -> TokenStream {
        Literal::u16_unsuffixed(*self).into_token_stream()
    }
}

impl<T: StaticTokens> StaticTokens for Option<T> {
    fn static_tokens(&self) -> TokenStream {
        match self {
            None => quote!(::core::option::Option::None),
            Some(value) => {
                let value = value.static_tokens();
                quote!(::core::option::Option::Some(#value))
            }
        }
    }
}

impl<T: StaticTokens> StaticTokens for &[T] {
    fn static_tokens(&self) -> TokenStream {
        let items = self.iter().map(StaticTokens::static_tokens);
        quote!(&[#(#items),*])
    }
}
