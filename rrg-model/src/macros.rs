//! The two macros that define every model type exactly once.
//!
//! A struct or enum written through them gets its Rust definition, its serde
//! names and JSON Schema (when those features are on) and its code-generation
//! impl from the same field list, so the model, the schema, the JSON export
//! and the generated catalogue can never disagree about which fields exist.
//! In the JSON Schema every property is titled after its field name (see
//! [`crate::schema::titles_from_names`]) and described by its doc comment.

/// Defines a model struct whose fields all borrow with lifetime `'a`.
macro_rules! model_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident<$lt:lifetime> {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
        #[cfg_attr(feature = "schemars", schemars(transform = $crate::schema::titles_from_names))]
        pub struct $name<$lt> {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        #[cfg(feature = "codegen")]
        impl<$lt> $crate::tokens::StaticTokens for $name<$lt> {
            const LEAF: bool = false;

            fn write_static(&self, code: &mut $crate::tokens::Code) {
                code.model_path(stringify!($name));
                code.raw(" {");
                let mut separator = " ";
                $(
                    code.raw(separator);
                    separator = ", ";
                    code.raw(concat!(stringify!($field), ": "));
                    code.value(&self.$field);
                )*
                let _ = separator;
                code.raw(" }");
            }

            fn write_type(code: &mut $crate::tokens::Code) {
                code.model_path(concat!(stringify!($name), "<'static>"));
            }

            fn shareable(&self) -> bool {
                true $(&& <$ty as $crate::tokens::StaticTokens>::LEAF)*
            }
        }
    };
}

/// Defines a field-less enum together with the name each value has in `.bib`
/// files and in every export.
macro_rules! model_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        pub enum $name {
            $( $(#[$vmeta])* #[cfg_attr(feature = "serde", serde(rename = $text))] $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The name this value has in `.bib` files and in every export.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            /// The value with this exact name, if there is one.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($text => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl core::str::FromStr for $name {
            type Err = $crate::ParseEnumError;

            fn from_str(name: &str) -> Result<Self, Self::Err> {
                Self::from_name(name).ok_or($crate::ParseEnumError {
                    what: stringify!($name),
                    expected: &[$($text),*],
                })
            }
        }

        #[cfg(feature = "codegen")]
        impl $crate::tokens::StaticTokens for $name {
            fn write_static(&self, code: &mut $crate::tokens::Code) {
                code.model_path(match self {
                    $($name::$variant => concat!(stringify!($name), "::", stringify!($variant)),)*
                });
            }

            fn write_type(code: &mut $crate::tokens::Code) {
                code.model_path(stringify!($name));
            }
        }
    };
}
