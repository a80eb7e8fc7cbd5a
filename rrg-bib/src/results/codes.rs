//! The classes of findings in a results file.

/// The file is not valid TOML, or has a field the format does not know.
pub const SYNTAX: &str = "results-syntax";
/// A work or dataset key the catalogue does not have.
pub const UNKNOWN_KEY: &str = "unknown-key";
/// An alias where the entry's key belongs.
pub const ALIAS_KEY: &str = "alias-key";
/// A dataset key whose entry is not a dataset.
pub const NOT_A_DATASET: &str = "not-a-dataset";
/// A split, protocol or table identifier used twice, or never defined.
pub const ID: &str = "results-id";
/// A name outside its vocabulary (metric, part, labeler, …).
pub const VOCABULARY: &str = "unknown-name";
/// A field neither given nor declared unknown, or both.
pub const UNDECLARED: &str = "undeclared-unknown";
/// A value that is not a decimal number as printed.
pub const VALUE_SYNTAX: &str = "value-syntax";
/// A value outside what its metric can take.
pub const OUT_OF_RANGE: &str = "value-out-of-range";
/// A value the quoted row does not print.
pub const NOT_QUOTED: &str = "value-not-quoted";
/// The same cell twice in one source.
pub const DUPLICATE_CELL: &str = "duplicate-cell";
/// A table whose dataset is not its split's.
pub const SPLIT_DATASET: &str = "split-dataset";
/// Two accepted sources give one cell different values.
pub const CONFLICT: &str = "conflicting-values";
/// A claim (a source not accepted) disagrees with an accepted value.
pub const DISPUTED: &str = "disputed-claim";
/// A claim no accepted source supports.
pub const UNSUPPORTED: &str = "unsupported-claim";
