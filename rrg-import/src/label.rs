//! Venue and year labels as lists write them: `[TMI 2024]`, `(**ACL'25**)`,
//! `**Nature'26**`, `arXiv'2401` (arXiv, January 2024), `AAAI-25`,
//! `ICASSP2025`, `NeurIPS24`, `CIKM '23`, `[MICCAI 2025, arXiv:2507.06992]`,
//! year headings (`### 2024`, `Year 2024`) and venue headings (`**ACL**`).

use crate::links;

/// What a label says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Label {
    /// The venue as written, without the year (`TMI`, `Nature`, `arXiv`).
    pub venue: Option<String>,
    /// The year.
    pub year: Option<u16>,
    /// The month, from an `arXiv'YYMM` label or an arXiv id.
    pub month: Option<u8>,
    /// An arXiv id the label names (`arXiv:2507.06992`).
    pub arxiv: Option<String>,
}

/// Plausible years for a work of the field.
const YEARS: std::ops::RangeInclusive<u16> = 1950..=2100;

/// Reads a label: its comma-separated parts each give a venue, a year, or
/// an arXiv id. `None` if no part gives any.
///
/// ```
/// use rrg_import::label::parse;
/// let label = parse("arXiv'2401").unwrap();
/// assert_eq!((label.venue.as_deref(), label.year, label.month), (Some("arXiv"), Some(2024), Some(1)));
/// let label = parse("MICCAI 2025, arXiv:2507.06992").unwrap();
/// assert_eq!((label.venue.as_deref(), label.year, label.arxiv.as_deref()), (Some("MICCAI"), Some(2025), Some("2507.06992")));
/// assert_eq!(parse("Year 2021").unwrap().venue, None);
/// ```
pub fn parse(text: &str) -> Option<Label> {
    let mut label = Label::default();
    for part in text.split([',', ';', '|']) {
        let part = clean(part);
        if part.is_empty() {
            continue;
        }
        if let Some(id) = arxiv_part(part) {
            label.arxiv.get_or_insert(id.clone());
            label.venue.get_or_insert_with(|| "arXiv".to_owned());
            if let Some((year, month)) = links::arxiv_date(&id) {
                label.year.get_or_insert(year);
                label.month.get_or_insert(month);
            }
            continue;
        }
        let (venue, year, month) = split_year(part);
        if let Some(year) = year {
            label.year = Some(year);
            if month.is_some() {
                label.month = month;
            }
        }
        let venue = strip_year_words(venue);
        if !venue.is_empty() && label.venue.is_none() {
            label.venue = Some(venue.to_owned());
        }
    }
    (label.venue.is_some() || label.year.is_some() || label.arxiv.is_some()).then_some(label)
}

/// Whether a label without a year or an identifier names a venue rather than
/// a work: it is a known venue or has a word venues have (see
/// [`VENUES`] and [`VENUE_WORDS`]).
pub fn is_venue(text: &str) -> bool {
    let text = clean(text);
    let lower = text.to_lowercase();
    let without_ieee = lower
        .strip_prefix("ieee ")
        .or_else(|| lower.strip_prefix("acm "))
        .unwrap_or(&lower);
    if VENUES
        .iter()
        .any(|venue| venue.eq_ignore_ascii_case(without_ieee))
    {
        return true;
    }
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .any(|word| VENUE_WORDS.contains(&word))
}

/// Whether a label has a year or an arXiv id, so that it is a label
/// whatever its words.
pub fn is_dated(text: &str) -> bool {
    parse(text).is_some_and(|label| label.year.is_some() || label.arxiv.is_some())
}

/// Short venue names the field's lists use without a year.
pub const VENUES: &[&str] = &[
    "aaai",
    "aacl",
    "acl",
    "acm mm",
    "acmmm",
    "accv",
    "arxiv",
    "bibm",
    "bionlp",
    "bmvc",
    "bspc",
    "cbm",
    "chil",
    "cikm",
    "coling",
    "cvpr",
    "eacl",
    "eccv",
    "emnlp",
    "iccv",
    "icassp",
    "icbb",
    "iclr",
    "icme",
    "icml",
    "icip",
    "ijcai",
    "isbi",
    "jamia",
    "jbhi",
    "kais",
    "kbs",
    "lrec",
    "mia",
    "media",
    "miccai",
    "midl",
    "ml4h",
    "naacl",
    "nature",
    "neurips",
    "nips",
    "pmlr",
    "radiology",
    "sigir",
    "tmi",
    "tmm",
    "tpami",
    "tnnls",
    "tip",
    "tbme",
    "wacv",
    "www",
    "medrxiv",
    "biorxiv",
    "eswa",
    "eaai",
    "ami",
    "cmig",
];

/// Words that make a label a venue (journals and proceedings are named
/// with them).
pub const VENUE_WORDS: &[&str] = &[
    "journal",
    "transactions",
    "trans.",
    "conference",
    "proceedings",
    "proc.",
    "workshop",
    "workshops",
    "symposium",
    "letters",
    "review",
    "reviews",
    "medicine",
    "radiology",
    "intelligence",
    "systems",
    "data",
    "imaging",
    "informatics",
    "analysis",
    "computing",
    "engineering",
    "science",
    "sciences",
    "nature",
    "findings",
    "assoc.",
    "association",
    "applications",
    "communications",
    "neurocomputing",
    "fusion",
    "networks",
    "recognition",
    "preprint",
    "arxiv",
    "medical",
    "biomedical",
    "healthcare",
    "health",
    "magazine",
    "neurips",
    "miccai",
];

/// The label without surrounding markup: brackets, parentheses, emphasis,
/// quotes, white space.
fn clean(text: &str) -> &str {
    text.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '[' | ']' | '(' | ')' | '*' | '_' | '"' | '“' | '”' | '.')
    })
}

fn arxiv_part(part: &str) -> Option<String> {
    let lower = part.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("arxiv:")
        .or_else(|| lower.strip_prefix("arxiv "))
        .or_else(|| lower.strip_prefix("arxiv"))?;
    links::arxiv_id(rest.trim())
}

/// Splits a trailing year off a label: `TMI 2024`, `Nature'26`,
/// `arXiv'2401`, `AAAI-25`, `ICASSP2025`, `NeurIPS24`, `CIKM '23`. A label
/// that is only a year gives no venue.
fn split_year(part: &str) -> (&str, Option<u16>, Option<u8>) {
    let digits_start = part
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(at, _)| at);
    let Some(start) = digits_start else {
        return (part, None, None);
    };
    let digits = &part[start..];
    let before = &part[..start];
    let separator = before.chars().next_back();
    let venue = before.trim_end_matches(['\'', '’', '-', ' ', '_', '‘']);
    let year_month = match (digits.len(), separator) {
        (4, _) => digits.parse::<u16>().ok().map(|year| (year, None)),
        (2, Some('\'' | '’' | '‘')) => digits.parse::<u16>().ok().map(|yy| (2000 + yy, None)),
        // `AAAI-25`, or glued to letters, `NeurIPS24`: only after a venue,
        // so that `XRG-COVID-19` stays a name.
        (2, Some(c)) if (c == '-' || c.is_alphabetic()) && is_venue(venue) => {
            digits.parse::<u16>().ok().map(|yy| (2000 + yy, None))
        }
        _ => None,
    };
    // `arXiv'2401`, `arXiv 2311`: YYMM after an apostrophe or a space,
    // when as a year it would be implausible or the venue is arXiv.
    let yymm = (digits.len() == 4 && matches!(separator, Some('\'' | '’' | ' ')))
        .then(|| {
            let yy: u16 = digits[..2].parse().ok()?;
            let mm: u8 = digits[2..].parse().ok()?;
            let is_arxiv = venue.to_ascii_lowercase().contains("arxiv");
            let as_year: u16 = digits.parse().ok()?;
            ((is_arxiv || !YEARS.contains(&as_year)) && (1..=12).contains(&mm))
                .then_some((2000 + yy, Some(mm)))
        })
        .flatten();
    match yymm.or(year_month) {
        Some((year, month)) if YEARS.contains(&year) => (venue, Some(year), month),
        _ => (part, None, None),
    }
}

/// `Year 2024` → ``, `arXiv papers` → `arXiv`: words around a year that
/// name no venue.
fn strip_year_words(venue: &str) -> &str {
    let venue = venue.trim();
    let words = ["year", "papers", "paper", "in"];
    if words.iter().any(|word| venue.eq_ignore_ascii_case(word)) {
        return "";
    }
    match venue.rsplit_once(' ') {
        Some((head, last)) if words.iter().any(|word| last.eq_ignore_ascii_case(word)) => {
            head.trim()
        }
        _ => venue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn venue_year(text: &str) -> (Option<String>, Option<u16>) {
        parse(text).map_or((None, None), |label| (label.venue, label.year))
    }

    #[test]
    fn the_field_s_label_forms() {
        let cases = [
            ("TMI 2024", Some("TMI"), Some(2024)),
            ("Nature'26", Some("Nature"), Some(2026)),
            ("ACLW'24", Some("ACLW"), Some(2024)),
            ("AAAI-25", Some("AAAI"), Some(2025)),
            ("ICASSP2025", Some("ICASSP"), Some(2025)),
            ("NeurIPS24", Some("NeurIPS"), Some(2024)),
            ("CIKM '23", Some("CIKM"), Some(2023)),
            ("CVPR-2024", Some("CVPR"), Some(2024)),
            (
                "Expert Systems with Applications-2024",
                Some("Expert Systems with Applications"),
                Some(2024),
            ),
            ("arXiv 2311", Some("arXiv"), Some(2023)),
            ("arXiv papers'23", Some("arXiv"), Some(2023)),
            ("Year 2025", None, Some(2025)),
            ("2026", None, Some(2026)),
            (
                "**Nature Medicine'24**",
                Some("Nature Medicine"),
                Some(2024),
            ),
            ("ACL", Some("ACL"), None),
            ("ICCV 20025", Some("ICCV 20025"), None),
            ("arXiv:2509.03903", Some("arXiv"), Some(2025)),
        ];
        for (text, venue, year) in cases {
            assert_eq!(venue_year(text), (venue.map(str::to_owned), year), "{text}");
        }
        assert_eq!(parse("arXiv'2401").unwrap().month, Some(1));
    }

    #[test]
    fn venues_and_names() {
        for venue in [
            "ACL",
            "IEEE TMI",
            "Nature",
            "Medical Image Analysis",
            "Knowledge-Based Systems",
            "J. Am. Medical Informatics Assoc.",
            "Findings",
            "Workshop",
        ] {
            assert!(is_venue(venue), "{venue}");
        }
        for name in [
            "MIMIC-CXR",
            "MedVersa",
            "Med-PaLM 2",
            "CheXpert Plus",
            "XRG-COVID-19",
            "MedTrinity-25M",
        ] {
            assert!(!is_venue(name), "{name}");
        }
    }
}
