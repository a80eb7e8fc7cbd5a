//! Selecting entries: one filter type shared by the query helpers, the
//! exports and the command line.

use crate::{Entry, Evidence, Kind, List, Modality};

/// An inclusive range of years; either end may be open.
///
/// Parses from `2021`, `2021..2024` (both ends included), `2021..` and
/// `..2024`:
///
/// ```
/// use rrg_model::YearRange;
/// let range: YearRange = "2021..2024".parse().unwrap();
/// assert!(range.contains(Some(2024)));
/// assert!(!range.contains(Some(2020)));
/// assert!(!range.contains(None), "an unknown year is in no bounded range");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct YearRange {
    /// First year included, if bounded.
    pub from: Option<u16>,
    /// Last year included, if bounded.
    pub to: Option<u16>,
}

impl YearRange {
    /// Every year, and entries of unknown year too.
    pub const ANY: YearRange = YearRange {
        from: None,
        to: None,
    };

    /// Just one year.
    pub const fn only(year: u16) -> Self {
        YearRange {
            from: Some(year),
            to: Some(year),
        }
    }

    /// Whether the range is bounded at either end.
    pub const fn is_bounded(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether a year lies in the range. An unknown year lies only in the
    /// unbounded range.
    pub fn contains(&self, year: Option<u16>) -> bool {
        match year {
            None => !self.is_bounded(),
            Some(year) => {
                self.from.is_none_or(|from| year >= from) && self.to.is_none_or(|to| year <= to)
            }
        }
    }
}

/// A year range that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseYearRangeError;

impl core::fmt::Display for ParseYearRangeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("expected a year range such as 2021, 2021..2024, 2021.. or ..2024")
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseYearRangeError {}

impl core::str::FromStr for YearRange {
    type Err = ParseYearRangeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let year = |part: &str| -> Result<Option<u16>, ParseYearRangeError> {
            let part = part.trim();
            if part.is_empty() {
                return Ok(None);
            }
            if part.len() != 4 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ParseYearRangeError);
            }
            part.parse().map(Some).map_err(|_| ParseYearRangeError)
        };
        let range = match text.split_once("..") {
            None => {
                let only = year(text)?.ok_or(ParseYearRangeError)?;
                YearRange::only(only)
            }
            Some((from, to)) => YearRange {
                from: year(from)?,
                to: year(to)?,
            },
        };
        match (range.from, range.to) {
            (Some(from), Some(to)) if from > to => Err(ParseYearRangeError),
            _ => Ok(range),
        }
    }
}

/// A selection of entries: every condition set must hold.
///
/// ```
/// use rrg_model::{Filter, Kind};
/// // MICCAI papers with code since 2021
/// let filter = Filter::new().venue("MICCAI").kind(Kind::Paper).has_code().since(2021);
/// # let _ = filter;
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Filter<'q> {
    /// Years to keep.
    pub years: YearRange,
    /// Venue to keep, by its short name or its full title (case-insensitive,
    /// exact), e.g. `MICCAI`, `Nat. Med.` or `Nature Medicine`.
    pub venue: Option<&'q str>,
    /// Role to keep.
    pub kind: Option<Kind>,
    /// Modality to keep.
    pub modality: Option<Modality>,
    /// Keep only works with official code.
    pub has_code: bool,
    /// Keep only works that do (`Some(true)`) or do not (`Some(false)`)
    /// involve a large language model.
    pub llm: Option<bool>,
    /// Text that the title, short name or an author must contain
    /// (case-insensitive).
    pub text: Option<&'q str>,
    /// Where the facts must come from.
    pub evidence: Option<Evidence>,
    /// A public list that must name the work.
    pub listed_in: Option<List>,
}

impl<'q> Filter<'q> {
    /// The filter that keeps everything.
    pub const fn new() -> Self {
        Filter {
            years: YearRange::ANY,
            venue: None,
            kind: None,
            modality: None,
            has_code: false,
            llm: None,
            text: None,
            evidence: None,
            listed_in: None,
        }
    }

    /// Keep the years of `range`.
    pub const fn years(mut self, range: YearRange) -> Self {
        self.years = range;
        self
    }

    /// Keep one year.
    pub const fn year(self, year: u16) -> Self {
        self.years(YearRange::only(year))
    }

    /// Keep this year and later ones.
    pub const fn since(mut self, year: u16) -> Self {
        self.years.from = Some(year);
        self
    }

    /// Keep this year and earlier ones.
    pub const fn until(mut self, year: u16) -> Self {
        self.years.to = Some(year);
        self
    }

    /// Keep one venue, by its short name or its full title
    /// (case-insensitive): a journal is found by either.
    pub const fn venue(mut self, name: &'q str) -> Self {
        self.venue = Some(name);
        self
    }

    /// Keep one role.
    pub const fn kind(mut self, kind: Kind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Keep one modality.
    pub const fn modality(mut self, modality: Modality) -> Self {
        self.modality = Some(modality);
        self
    }

    /// Keep works with official code.
    pub const fn has_code(mut self) -> Self {
        self.has_code = true;
        self
    }

    /// Keep works that do (`true`) or do not (`false`) involve an LLM.
    pub const fn llm(mut self, involves_llm: bool) -> Self {
        self.llm = Some(involves_llm);
        self
    }

    /// Keep works whose title, short name or an author contains `text`.
    pub const fn search(mut self, text: &'q str) -> Self {
        self.text = Some(text);
        self
    }

    /// Keep works whose facts come from a record, or only from a list's label.
    pub const fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence = Some(evidence);
        self
    }

    /// Keep works that a public list names.
    pub const fn listed_in(mut self, list: List) -> Self {
        self.listed_in = Some(list);
        self
    }

    /// Whether an entry passes every condition.
    pub fn matches(&self, entry: &Entry<'_>) -> bool {
        self.years.contains(entry.year)
            && self.venue.is_none_or(|venue| entry.venue.is_named(venue))
            && self.kind.is_none_or(|kind| entry.is(kind))
            && self
                .modality
                .is_none_or(|modality| entry.has_modality(modality))
            && (!self.has_code || entry.has_code())
            && self.llm.is_none_or(|llm| entry.llm == llm)
            && self.text.is_none_or(|text| entry.mentions(text))
            && self
                .evidence
                .is_none_or(|evidence| entry.evidence == evidence)
            && self
                .listed_in
                .is_none_or(|list| entry.listed_in.contains(&list))
    }

    /// The entries of `entries` that pass, in their order.
    pub fn apply<'e, 'a>(
        self,
        entries: &'e [Entry<'a>],
    ) -> impl Iterator<Item = &'e Entry<'a>> + use<'e, 'a, 'q> {
        entries.iter().filter(move |entry| self.matches(entry))
    }
}
