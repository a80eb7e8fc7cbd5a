//! Finding a work by the name researchers call it (`R2Gen`, `MAIRA-2`).
//!
//! Names are compared as researchers write them loosely: case is ignored,
//! Latin letters with diacritics count as their base letter (`é` as `e`),
//! and spaces, hyphens, underscores, dots and apostrophes are skipped, so
//! `maira2`, `MAIRA 2` and `MAIRA-2` are one name. Every other character
//! counts: `SGT++` is not `SGT`.

use core::fmt;

use crate::Entry;

/// Whether two names are the same name (see the module's documentation).
///
/// ```
/// use rrg_model::same_name;
/// assert!(same_name("R2Gen", "r2gen"));
/// assert!(same_name("MAIRA-2", "maira 2"));
/// assert!(same_name("Médecin", "medecin"));
/// assert!(!same_name("SGT++", "SGT"));
/// assert!(!same_name("R2Gen", "R2GenCMN"));
/// ```
pub fn same_name(a: &str, b: &str) -> bool {
    folded_name(a).eq(folded_name(b))
}

/// The characters of a name that count, folded: two names are the
/// [same](same_name) when these are equal, so they can key a map of names.
///
/// ```
/// assert_eq!(rrg_model::folded_name("MAIRA-2").collect::<String>(), "maira2");
/// ```
pub fn folded_name(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|c| {
            !matches!(
                c,
                ' ' | '-' | '_' | '.' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}'
            )
        })
        .map(|c| base_letter(c).to_ascii_lowercase())
        .flat_map(char::to_lowercase)
}

/// The base letter of a Latin letter with a diacritic, or the character.
fn base_letter(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'Ì'..='Ï' | 'Ī' | 'Į' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' | 'Ÿ' => 'Y',
        'ś' | 'š' => 's',
        'Ś' | 'Š' => 'S',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        _ => c,
    }
}

impl Entry<'_> {
    /// Whether the work goes by this name (see [`same_name`]).
    pub fn is_named(&self, name: &str) -> bool {
        self.names().any(|own| same_name(own, name))
    }
}

/// Every entry of `entries` that goes by `name`, in their order.
pub fn named<'c, 'n>(
    entries: &'c [Entry<'c>],
    name: &'n str,
) -> impl Iterator<Item = &'c Entry<'c>> + Clone + 'n
where
    'c: 'n,
{
    entries.iter().filter(move |entry| entry.is_named(name))
}

/// The one entry of `entries` that goes by `name`.
///
/// ```
/// use rrg_model::{Entry, EntryType, NameError, by_name};
///
/// let works = [
///     Entry { short_name: Some("Alpha"), ..Entry::new("a-2020-x", EntryType::Misc, "Alpha: X") },
///     Entry { short_name: Some("Beta"), ..Entry::new("b-2021-y", EntryType::Misc, "Beta: Y") },
///     Entry { year: Some(2022), other_names: &["BETA"], ..Entry::new("c-2022-z", EntryType::Misc, "Z") },
/// ];
/// assert_eq!(by_name(&works, "alpha").unwrap().key, "a-2020-x");
/// let error = by_name(&works, "beta").unwrap_err();
/// assert!(matches!(error, NameError::Ambiguous { .. }));
/// let keys: Vec<&str> = error.candidates().map(|entry| entry.key).collect();
/// assert_eq!(keys, ["b-2021-y", "c-2022-z"]);
/// assert_eq!(
///     error.to_string(),
///     "the name `beta` names several works: b-2021-y (n.d.), c-2022-z (2022)"
/// );
/// let unknown = by_name(&works, "gamma").unwrap_err();
/// assert_eq!(unknown.to_string(), "no work goes by the name `gamma`");
/// assert_eq!(unknown.candidates().count(), 0);
/// ```
///
/// # Errors
///
/// [`NameError::Unknown`] when no entry goes by the name,
/// [`NameError::Ambiguous`] when several do.
pub fn by_name<'c, 'n>(
    entries: &'c [Entry<'c>],
    name: &'n str,
) -> Result<&'c Entry<'c>, NameError<'c, 'n>> {
    let mut found = entries.iter().filter(|entry| entry.is_named(name));
    match (found.next(), found.next()) {
        (Some(entry), None) => Ok(entry),
        (None, _) => Err(NameError::Unknown { name }),
        (Some(_), Some(_)) => Err(NameError::Ambiguous { name, entries }),
    }
}

/// Why a name does not resolve to one work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError<'c, 'n> {
    /// No work goes by the name.
    Unknown {
        /// The name asked for.
        name: &'n str,
    },
    /// Several works go by the name.
    Ambiguous {
        /// The name asked for.
        name: &'n str,
        /// The entries that were searched.
        entries: &'c [Entry<'c>],
    },
}

impl<'c, 'n> NameError<'c, 'n> {
    /// The works that go by the name: none for [`NameError::Unknown`].
    pub fn candidates(&self) -> impl Iterator<Item = &'c Entry<'c>> + Clone + 'n
    where
        'c: 'n,
    {
        let (entries, name): (&'c [Entry<'c>], &'n str) = match *self {
            NameError::Unknown { name } => (&[], name),
            NameError::Ambiguous { name, entries } => (entries, name),
        };
        named(entries, name)
    }
}

impl fmt::Display for NameError<'_, '_> {
    /// `no work goes by the name `X``, or `the name `X` names several works:
    /// key (year), key (year)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            NameError::Unknown { name } => write!(f, "no work goes by the name `{name}`"),
            NameError::Ambiguous { name, entries } => {
                write!(f, "the name `{name}` names several works:")?;
                for (i, entry) in named(entries, name).enumerate() {
                    f.write_str(if i == 0 { " " } else { ", " })?;
                    match entry.year {
                        Some(year) => write!(f, "{} ({year})", entry.key)?,
                        None => write!(f, "{} (n.d.)", entry.key)?,
                    }
                }
                Ok(())
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for NameError<'_, '_> {}
