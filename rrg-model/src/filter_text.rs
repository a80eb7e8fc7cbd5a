//! A [`Filter`] written as text: the form `RRG_CATALOG_FILTER` takes.

use crate::filter::ParseYearRangeError;
use crate::{Evidence, Filter, Kind, List, Modality, ParseEnumError, YearRange};

/// Why a filter could not be read: the condition, and what is wrong with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseFilterError<'t> {
    /// The condition as written, e.g. `year=20x1`.
    pub condition: &'t str,
    /// What is wrong with it.
    pub reason: FilterErrorReason,
}

/// What is wrong with a condition of a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterErrorReason {
    /// No condition has this name, or it needs a value it was not given.
    Unknown,
    /// The years are not a year range.
    Years(ParseYearRangeError),
    /// The value is not one of a closed vocabulary's.
    Value(ParseEnumError),
}

/// The conditions a filter text may hold, for error messages and help.
pub const FILTER_CONDITIONS: &str = "year=2021..2024, venue=MICCAI, kind=dataset, \
     modality=chest-xray, code, llm=true, text=memory, evidence=record, list=synlp-rrg-review";

impl core::fmt::Display for ParseFilterError<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "`{}`: ", self.condition)?;
        match self.reason {
            FilterErrorReason::Unknown => write!(
                f,
                "not a condition; conditions are comma-separated: {FILTER_CONDITIONS}"
            ),
            FilterErrorReason::Years(error) => write!(f, "{error}"),
            FilterErrorReason::Value(error) => write!(f, "{error}"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseFilterError<'_> {}

impl<'t> Filter<'t> {
    /// Reads a filter: comma-separated conditions, all of which must hold.
    /// An empty text keeps everything. The venue and text conditions borrow
    /// from `text`.
    ///
    /// | condition | keeps |
    /// |---|---|
    /// | `year=2021`, `year=2021..2024`, `year=2021..`, `year=..2024` | those years |
    /// | `venue=MICCAI` | one venue, by short name (case-insensitive) |
    /// | `kind=dataset` | one role: paper, dataset, toolkit, survey |
    /// | `modality=chest-xray` | one modality |
    /// | `code` (or `code=true`) | works with official code |
    /// | `llm=true`, `llm=false` | works that do or do not involve an LLM |
    /// | `text=memory` | title, short name or an author contains the text |
    /// | `evidence=record`, `evidence=label` | facts from a record, or only a list's label |
    /// | `list=synlp-rrg-review` | works a public list names |
    ///
    /// ```
    /// use rrg_model::{Filter, Kind, YearRange};
    ///
    /// let filter = Filter::parse("kind=dataset, year=2021..2024").unwrap();
    /// assert_eq!(filter, Filter::new().kind(Kind::Dataset).years("2021..2024".parse().unwrap()));
    /// let error = Filter::parse("kind=dataset,colour=red").unwrap_err();
    /// assert_eq!(error.condition, "colour=red");
    /// ```
    ///
    /// # Errors
    ///
    /// [`ParseFilterError`] names the first condition that cannot be read.
    pub fn parse(text: &'t str) -> Result<Filter<'t>, ParseFilterError<'t>> {
        let mut filter = Filter::new();
        for condition in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let error = |reason| ParseFilterError { condition, reason };
            let (name, value) = match condition.split_once('=') {
                Some((name, value)) => (name.trim(), value.trim()),
                None => (condition, ""),
            };
            filter = match (name, value) {
                ("year" | "years", value) => filter.years(
                    value
                        .parse::<YearRange>()
                        .map_err(|e| error(FilterErrorReason::Years(e)))?,
                ),
                ("venue", value) if !value.is_empty() => filter.venue(value),
                ("kind", value) => filter.kind(
                    value
                        .parse::<Kind>()
                        .map_err(|e| error(FilterErrorReason::Value(e)))?,
                ),
                ("modality", value) => filter.modality(
                    value
                        .parse::<Modality>()
                        .map_err(|e| error(FilterErrorReason::Value(e)))?,
                ),
                ("code", "" | "true") => filter.has_code(),
                ("llm", "true") => filter.llm(true),
                ("llm", "false") => filter.llm(false),
                ("text", value) if !value.is_empty() => filter.search(value),
                ("evidence", value) => filter.evidence(
                    value
                        .parse::<Evidence>()
                        .map_err(|e| error(FilterErrorReason::Value(e)))?,
                ),
                ("list", value) => filter.listed_in(
                    value
                        .parse::<List>()
                        .map_err(|e| error(FilterErrorReason::Value(e)))?,
                ),
                _ => return Err(error(FilterErrorReason::Unknown)),
            };
        }
        Ok(filter)
    }
}

impl<'t> TryFrom<&'t str> for Filter<'t> {
    type Error = ParseFilterError<'t>;

    fn try_from(text: &'t str) -> Result<Self, Self::Error> {
        Filter::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Filter<'_> {
        Filter::parse(text).unwrap_or_else(|error| panic!("{text:?}: {error:?}"))
    }

    fn reason(text: &str) -> (&str, FilterErrorReason) {
        let error = Filter::parse(text).expect_err(text);
        (error.condition, error.reason)
    }

    #[test]
    fn every_condition() {
        assert_eq!(parsed(""), Filter::new());
        assert_eq!(parsed(" , ,"), Filter::new());
        assert_eq!(
            parsed("year=2021"),
            Filter::new().years(YearRange::only(2021))
        );
        assert_eq!(parsed("years=2021.."), Filter::new().since(2021));
        assert_eq!(
            parsed("year=..2024").years,
            YearRange {
                from: None,
                to: Some(2024)
            }
        );
        assert_eq!(parsed("venue = MICCAI"), Filter::new().venue("MICCAI"));
        assert_eq!(parsed("kind=toolkit"), Filter::new().kind(Kind::Toolkit));
        assert_eq!(
            parsed("modality=chest-xray"),
            Filter::new().modality(Modality::ChestXray)
        );
        assert_eq!(parsed("code"), Filter::new().has_code());
        assert_eq!(parsed("code=true"), Filter::new().has_code());
        assert_eq!(parsed("llm=true"), Filter::new().llm(true));
        assert_eq!(parsed("llm=false"), Filter::new().llm(false));
        assert_eq!(parsed("text=memory"), Filter::new().search("memory"));
        assert_eq!(
            parsed("evidence=label"),
            Filter::new().evidence(Evidence::Label)
        );
        assert_eq!(
            parsed("list=mk-runner-awesome-rrg"),
            Filter::new().listed_in(List::MkRunnerAwesomeRrg)
        );
        assert_eq!(
            parsed("kind=paper,code,year=2021..2024,text=x"),
            Filter::new()
                .kind(Kind::Paper)
                .has_code()
                .years("2021..2024".parse().unwrap())
                .search("x")
        );
    }

    #[test]
    fn every_malformed_condition_is_named() {
        for text in [
            "colour=red",
            "venue=",
            "venue",
            "text=",
            "code=false",
            "code=yes",
            "llm",
            "llm=maybe",
            "=2021",
        ] {
            assert_eq!(reason(text), (text, FilterErrorReason::Unknown), "{text}");
        }
        for text in ["year=20x1", "year=", "year=2024..2021", "year=21", "years"] {
            assert!(
                matches!(reason(text), (c, FilterErrorReason::Years(_)) if c == text),
                "{text}"
            );
        }
        for text in [
            "kind=article",
            "kind=",
            "modality=x-ray",
            "modality",
            "evidence=guess",
            "list=awesome",
        ] {
            assert!(
                matches!(reason(text), (c, FilterErrorReason::Value(_)) if c == text),
                "{text}"
            );
        }
        // The first bad condition is the one named.
        assert_eq!(reason("kind=paper, llm=no, colour").0, "llm=no");
        let message = Filter::parse("colour=red").unwrap_err().to_string();
        assert!(
            message.starts_with("`colour=red`: not a condition"),
            "{message}"
        );
    }
}
