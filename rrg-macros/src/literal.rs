//! The value of a string literal token, as rustc reads it.
//!
//! The token has passed rustc's lexer, so it is a well-formed literal; this
//! only has to tell string literals from the rest (byte and C strings,
//! characters, numbers, suffixed literals) and decode escapes.

/// The value of a plain or raw string literal without a suffix, given its
/// source text (`"chen\x2detal"`, `r#"a "b""#`); `None` for any other
/// literal.
pub(crate) fn string_value(source: &str) -> Option<String> {
    if let Some(raw) = source.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let fence = &raw[..hashes];
        let body = raw[hashes..].strip_prefix('"')?;
        let body = body.strip_suffix(fence)?.strip_suffix('"')?;
        return Some(body.to_owned());
    }
    let body = source.strip_prefix('"')?.strip_suffix('"')?;
    unescape(body)
}

/// The text of a non-raw string literal's body with its escapes decoded.
fn unescape(body: &str) -> Option<String> {
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next()? {
            'n' => value.push('\n'),
            'r' => value.push('\r'),
            't' => value.push('\t'),
            '\\' => value.push('\\'),
            '0' => value.push('\0'),
            '\'' => value.push('\''),
            '"' => value.push('"'),
            'x' => {
                let digits: String = [chars.next()?, chars.next()?].iter().collect();
                value.push(char::from(u8::from_str_radix(&digits, 16).ok()?));
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let mut digits = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        '_' => {}
                        digit => digits.push(digit),
                    }
                }
                value.push(char::from_u32(u32::from_str_radix(&digits, 16).ok()?)?);
            }
            // A line continuation: the line break and the whitespace after
            // it are not part of the value.
            '\n' => {
                while chars
                    .next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
                    .is_some()
                {}
            }
            '\r' if chars.next_if_eq(&'\n').is_some() => {
                while chars
                    .next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
                    .is_some()
                {}
            }
            _ => return None,
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use proc_macro2::Literal;
    use proptest::prelude::*;

    use super::*;

    /// The value syn gives the same literal: the reference.
    fn syn_value(source: &str) -> Option<String> {
        let literal: Literal = source.parse().ok()?;
        match syn::Lit::new(literal) {
            syn::Lit::Str(string) if string.suffix().is_empty() => Some(string.value()),
            _ => None,
        }
    }

    #[test]
    fn literals_read_as_syn_reads_them() {
        let sources = [
            r#""chen-etal-2020-generating""#,
            r#""""#,
            r#""tab\there, quote \" and \\ and \' and \0""#,
            r#""\x41\x7f\n\r""#,
            r#""\u{1F600}\u{e9}\u{0_0e9}""#,
            "\"line \\\n      continued\"",
            "\"line \\\n\n   twice\"",
            r#"r"raw \n stays""#,
            r###"r#"a "quoted" b"#"###,
            r###"r##"a "# b"##"###,
            r#"b"bytes""#,
            r#"c"c string""#,
            r#""suffixed"x"#,
            r###"r#"raw suffixed"#x"###,
            "'c'",
            "1",
            "1.5e3",
            "'\\n'",
        ];
        for source in sources {
            assert_eq!(string_value(source), syn_value(source), "{source}");
        }
    }

    proptest! {
        #[test]
        fn any_string_comes_back_from_its_literal(text in any::<String>()) {
            let source = Literal::string(&text).to_string();
            prop_assert_eq!(string_value(&source), Some(text));
        }
    }
}
