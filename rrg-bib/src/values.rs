//! Checks of single values: years, months, links and identifiers.
//!
//! Each check returns `Err` with a message and a hint on how to fix it.

use std::ops::Range;

/// A rejected value: what is wrong and how to fix it.
pub type Rejection = (String, String);

/// The oldest and newest year accepted as plausible: the model's
/// [`FIRST_YEAR`](rrg_model::FIRST_YEAR) to [`LAST_YEAR`](rrg_model::LAST_YEAR),
/// which the JSON Schema states too.
pub const PLAUSIBLE_YEARS: Range<u16> = rrg_model::FIRST_YEAR..rrg_model::LAST_YEAR + 1;

/// A four-digit year in [`PLAUSIBLE_YEARS`].
pub fn year(text: &str) -> Result<u16, Rejection> {
    let reject = || {
        (
            format!("year `{text}` is not a plausible four-digit year"),
            format!(
                "write the year of publication as four digits between {} and {}",
                PLAUSIBLE_YEARS.start,
                PLAUSIBLE_YEARS.end - 1
            ),
        )
    };
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(reject());
    }
    let year: u16 = text.parse().map_err(|_| reject())?;
    if PLAUSIBLE_YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(reject())
    }
}

/// A month number from 1 to 12.
pub fn month(text: &str) -> Result<u8, Rejection> {
    match text.parse::<u8>() {
        Ok(month @ 1..=12) if text.bytes().all(|b| b.is_ascii_digit()) => Ok(month),
        _ => Err((
            format!("month `{text}` is not a month number"),
            "write the month as a number from 1 to 12, e.g. `month = {6}`".into(),
        )),
    }
}

/// The number of a month written as its English name or the first three
/// letters of it (`June`, `jun`, `Jun.`), as BibTeX's month macros are.
pub fn month_name(text: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = text.trim().trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|name| *name == word || (word.len() == 3 && name.starts_with(&word)))
        .map(|index| index as u8 + 1)
}

/// Pages: a page, a range or a comma-separated list of them. A page is
/// letters, digits, `.` and `:` (`12`, `e1004`, `S12`, `xiv`, `12:1`),
/// optionally followed by `f`, `ff` or `+`; a range joins two pages with
/// `-`, `--` (read as `–`) or `—`.
pub fn pages(text: &str) -> Result<(), Rejection> {
    let page = |part: &str| {
        let part = part.trim();
        let part = part
            .strip_suffix("ff")
            .or_else(|| part.strip_suffix('+'))
            .unwrap_or(part);
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == ':')
            && part.chars().any(|c| c.is_alphanumeric())
    };
    let item_ok = |item: &str| {
        let parts: Vec<&str> = item.split(['-', '–', '—']).collect();
        match parts.as_slice() {
            [one] => page(one),
            [from, to] => page(from) && page(to),
            // `--` read verbatim, or `---`.
            [from, middle @ .., to] => {
                middle.iter().all(|part| part.is_empty()) && page(from) && page(to)
            }
            [] => false,
        }
    };
    if text.split(',').all(item_ok) {
        Ok(())
    } else {
        Err((
            format!("pages `{text}` are neither a page, a range nor a list of them"),
            "write a page (`12`, `e1004`) or a range `12--19`, without `pp.`".into(),
        ))
    }
}

/// A date in biblatex's form (ISO 8601 with the EDTF extensions biblatex
/// reads): `2021`, `2021-06`, `2021-06-15`, an optional time, a trailing
/// `?`, `~` or `%` for uncertain or approximate dates, years before the
/// common era (`-0335`), unspecified digits (`199X`, `19XX`,
/// `1999-XX-XX`), and ranges `2020/2021` (either end may be open, `/..`).
/// Returns the year of the start, if it has one (none for unspecified
/// digits).
pub fn date(text: &str) -> Result<Option<i32>, Rejection> {
    let reject = || {
        (
            format!("date `{text}` is not an ISO 8601 date"),
            "write `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a range `YYYY-MM-DD/YYYY-MM-DD`".into(),
        )
    };
    let one = |part: &str| -> Result<Option<i32>, Rejection> {
        if part.is_empty() || part == ".." {
            return Ok(None); // an open end of a range
        }
        let part = part.trim_end_matches(['?', '~', '%']);
        let (day, time) = part.split_once('T').unwrap_or((part, ""));
        let (sign, digits) = match day.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, day),
        };
        let mut pieces = digits.split('-');
        let year = pieces.next().unwrap_or("");
        // EDTF's unspecified digits: `199X`, `19XX` (and then no month or
        // day but unspecified ones).
        let unspecified = year.bytes().rev().take_while(|&b| b == b'X').count();
        if year.len() != 4
            || unspecified > 2
            || !year[..4 - unspecified].bytes().all(|b| b.is_ascii_digit())
        {
            return Err(reject());
        }
        let bounded = |piece: Option<&str>, max: u8| {
            piece.is_none_or(|p| {
                p == "XX"
                    || (p.len() == 2
                        && p.bytes().all(|b| b.is_ascii_digit())
                        && p.parse::<u8>().is_ok_and(|n| (1..=max).contains(&n)))
            })
        };
        let month = pieces.next();
        // 21 to 24 are seasons in biblatex's extended dates.
        let month_ok =
            bounded(month, 12) || month.is_some_and(|m| matches!(m, "21" | "22" | "23" | "24"));
        let day = pieces.next();
        // A day only with a month, and an unspecified month only with an
        // unspecified day (`1999-XX-XX`, not `1999-XX-05`).
        let day_ok = bounded(day, 31)
            && !(month == Some("XX") && day.is_some_and(|d| d != "XX"))
            && !(unspecified > 0
                && (month.is_some_and(|m| m != "XX") || day.is_some_and(|d| d != "XX")));
        let time_ok = time
            .split([':', 'Z', '+'])
            .all(|p| p.is_empty() || p.bytes().all(|b| b.is_ascii_digit()));
        if !month_ok || !day_ok || pieces.next().is_some() || !time_ok {
            return Err(reject());
        }
        if unspecified > 0 {
            return Ok(None);
        }
        Ok(year.parse::<i32>().ok().map(|year| sign * year))
    };
    let mut ends = text.trim().split('/');
    let start = one(ends.next().unwrap_or(""))?;
    if let Some(end) = ends.next() {
        one(end)?;
    }
    if ends.next().is_some() || text.trim().is_empty() || text.trim() == "/" {
        return Err(reject());
    }
    Ok(start)
}

/// An absolute `http` or `https` address without white space.
pub fn url(text: &str) -> Result<(), Rejection> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    let host_ok = rest.is_some_and(|rest| {
        rest.split(['/', '?', '#'])
            .next()
            .is_some_and(|host| !host.is_empty() && !host.starts_with('.'))
    });
    if !host_ok || text.chars().any(char::is_whitespace) {
        return Err((
            format!("`{text}` is not a web address"),
            "write an absolute http:// or https:// address without spaces".into(),
        ));
    }
    Ok(())
}

/// A bare DOI: `10.` + registrant digits + `/` + suffix.
pub fn doi(text: &str) -> Result<(), Rejection> {
    for prefix in [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "doi:",
    ] {
        if let Some(bare) = text.strip_prefix(prefix) {
            return Err((
                format!("DOI `{text}` carries a resolver prefix"),
                format!("write the bare DOI: `{bare}`"),
            ));
        }
    }
    let valid = text
        .strip_prefix("10.")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(registrant, suffix)| {
            let digits = registrant.split('.').next().unwrap_or("");
            (4..=9).contains(&digits.len())
                && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && !suffix.is_empty()
        });
    if !valid || text.chars().any(char::is_whitespace) {
        return Err((
            format!("`{text}` is not a DOI"),
            "a DOI looks like `10.18653/v1/2020.emnlp-main.112`".into(),
        ));
    }
    Ok(())
}

/// An arXiv identifier: `2010.16056` (optionally `v2`) or `cs/0112017`.
pub fn arxiv(text: &str) -> Result<(), Rejection> {
    // A trailing version (`v2`) is allowed.
    let id = match text.rsplit_once('v') {
        Some((id, version))
            if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) =>
        {
            id
        }
        _ => text,
    };
    let digits =
        |s: &str, n: Range<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // New-style ids have four digits after the dot until 2014, five since.
    let new_style = id.split_once('.').is_some_and(|(yymm, number)| {
        let month_ok = yymm
            .get(2..)
            .and_then(|mm| mm.parse::<u8>().ok())
            .is_some_and(|mm| (1..=12).contains(&mm));
        let width = if yymm >= "1501" { 5..6 } else { 4..5 };
        digits(yymm, 4..5) && month_ok && digits(number, width)
    });
    let old_style = id.split_once('/').is_some_and(|(archive, number)| {
        !archive.is_empty()
            && archive
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'.')
            && digits(number, 7..8)
    });
    if new_style || old_style {
        Ok(())
    } else {
        Err((
            format!("`{text}` is not an arXiv identifier"),
            "write the bare identifier, e.g. `2010.16056` or `cs/0112017`, without `arXiv:` or a URL".into(),
        ))
    }
}

/// A year in a user's file: a whole number of at most four digits, before
/// the common era with `-` (`1610`, `-335`), up to the last plausible year.
pub fn any_year(text: &str) -> Result<i32, Rejection> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let year =
        (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<i32>().ok())
            .flatten()
            .filter(|year| *year <= i32::from(PLAUSIBLE_YEARS.end - 1));
    year.ok_or_else(|| {
        (
            format!("year `{text}` is not a plausible four-digit year"),
            format!(
                "write the year of publication as a number of up to four digits, at most {} (`-0335` before the common era)",
                PLAUSIBLE_YEARS.end - 1
            ),
        )
    })
}

/// The resolver prefixes a DOI may be written with.
const DOI_PREFIXES: &[&str] = &[
    "https://doi.org/",
    "http://doi.org/",
    "https://dx.doi.org/",
    "http://dx.doi.org/",
    "https://www.doi.org/",
    "doi:",
    "DOI:",
    "doi: ",
];

/// A DOI as a user's file may write it: `10.NNNN/…`, a short DOI
/// `10/abcd`, either after a resolver prefix (`https://doi.org/`,
/// `http://dx.doi.org/`, `doi:`). Returns the DOI without the prefix and
/// whether there was one.
pub fn user_doi(text: &str) -> Result<(&str, bool), Rejection> {
    let (bare, prefixed) = DOI_PREFIXES
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .map_or((text, false), |bare| (bare, true));
    let short = bare
        .strip_prefix("10/")
        .is_some_and(|code| !code.is_empty() && code.bytes().all(|b| b.is_ascii_alphanumeric()));
    if short || doi(bare).is_ok() {
        Ok((bare, prefixed))
    } else {
        Err((
            format!("`{text}` is not a DOI"),
            "a DOI looks like `10.18653/v1/2020.emnlp-main.112`, a short DOI like `10/dvzd5z`"
                .into(),
        ))
    }
}

/// A link in a user's file: an absolute `http`, `https` or `ftp` address
/// without white space.
pub fn user_url(text: &str) -> Result<(), Rejection> {
    let web = ["ftp://", "ftps://"]
        .iter()
        .find_map(|scheme| text.strip_prefix(scheme))
        .map_or_else(|| text.to_owned(), |rest| format!("https://{rest}"));
    url(&web).map_err(|_| {
        (
            format!("`{text}` is not a web address"),
            "write an absolute http://, https:// or ftp:// address without spaces".into(),
        )
    })
}

/// An ISBN: ten digits (the last may be `X`) or thirteen starting 978 or
/// 979, hyphens and spaces allowed, with a right check digit. Several,
/// separated by commas or semicolons, are each checked.
pub fn isbn(text: &str) -> Result<(), Rejection> {
    for item in text.split([',', ';']).map(str::trim) {
        let digits: Vec<u8> = item.bytes().filter(|b| !matches!(b, b'-' | b' ')).collect();
        let valid_chars = digits.iter().enumerate().all(|(i, b)| {
            b.is_ascii_digit() || (i == 9 && digits.len() == 10 && matches!(b, b'X' | b'x'))
        });
        let value = |b: &u8| u32::from(if b.is_ascii_digit() { b - b'0' } else { 10 });
        let ok = valid_chars
            && match digits.len() {
                10 => {
                    digits
                        .iter()
                        .enumerate()
                        .map(|(i, b)| (10 - i as u32) * value(b))
                        .sum::<u32>()
                        % 11
                        == 0
                }
                13 => {
                    (digits.starts_with(b"978") || digits.starts_with(b"979"))
                        && digits
                            .iter()
                            .enumerate()
                            .map(|(i, b)| if i % 2 == 0 { 1 } else { 3 } * value(b))
                            .sum::<u32>()
                            % 10
                            == 0
                }
                _ => false,
            };
        if !ok {
            let what = if valid_chars && matches!(digits.len(), 10 | 13) {
                "its check digit is wrong"
            } else {
                "it is not ten or thirteen digits"
            };
            return Err((
                format!("`{item}` is not an ISBN: {what}"),
                "copy the ISBN again from the book or its record; one digit is usually mistyped"
                    .into(),
            ));
        }
    }
    Ok(())
}

/// An ISSN: `NNNN-NNNC` (the hyphen optional, `C` a digit or `X`) with a
/// right check digit. Several, separated by commas or semicolons, are each
/// checked.
pub fn issn(text: &str) -> Result<(), Rejection> {
    for item in text.split([',', ';']).map(str::trim) {
        let digits: Vec<u8> = item.bytes().filter(|b| *b != b'-').collect();
        let shape = digits.len() == 8
            && (item.len() == 8 || item.as_bytes().get(4) == Some(&b'-'))
            && digits
                .iter()
                .enumerate()
                .all(|(i, b)| b.is_ascii_digit() || (i == 7 && matches!(b, b'X' | b'x')));
        let value = |b: &u8| u32::from(if b.is_ascii_digit() { b - b'0' } else { 10 });
        let ok = shape
            && digits
                .iter()
                .enumerate()
                .map(|(i, b)| (8 - i as u32) * value(b))
                .sum::<u32>()
                % 11
                == 0;
        if !ok {
            let what = if shape {
                "its check digit is wrong"
            } else {
                "it is not `NNNN-NNNN`"
            };
            return Err((
                format!("`{item}` is not an ISSN: {what}"),
                "copy the ISSN again from the journal's record; one digit is usually mistyped"
                    .into(),
            ));
        }
    }
    Ok(())
}

/// Splits a comma-separated list into its trimmed items and their byte
/// ranges within `text`. Empty items are returned too, so that `a,,b` can be
/// reported.
pub fn list_items(text: &str) -> Vec<(&str, Range<usize>)> {
    let mut items = Vec::new();
    let mut start = 0;
    for part in text.split(',') {
        let lead = part.len() - part.trim_start().len();
        let item = part.trim();
        let from = start + lead;
        items.push((item, from..from + item.len()));
        start += part.len() + 1;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years() {
        assert_eq!(year("2020"), Ok(2020));
        for bad in ["20201", "202", "2O20", "1700", "2200", ""] {
            assert!(year(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn months() {
        assert_eq!(month("6"), Ok(6));
        assert_eq!(month("12"), Ok(12));
        for bad in ["0", "13", "June", "+6", ""] {
            assert!(month(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn month_names() {
        assert_eq!(month_name("June"), Some(6));
        assert_eq!(month_name("jun"), Some(6));
        assert_eq!(month_name("Sep."), Some(9));
        assert_eq!(month_name("Ju"), None);
        assert_eq!(month_name("Juno"), None);
    }

    #[test]
    fn page_ranges() {
        for good in [
            "12",
            "12–19",
            "12--19",
            "12-19",
            "e1004",
            "S12–S19",
            "xiv",
            "12:1–12:10",
            "1, 4–7",
            "12ff",
            "12+",
        ] {
            assert!(pages(good).is_ok(), "{good}");
        }
        for bad in ["pp. 12–19", "12–", "–12", "12 19", "1–2–3", "", "12,", "?"] {
            assert!(pages(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(date("2021"), Ok(Some(2021)));
        assert_eq!(date("2021-06-15"), Ok(Some(2021)));
        assert_eq!(date("2020/2021"), Ok(Some(2020)));
        assert_eq!(date("2020-01/"), Ok(Some(2020)));
        assert_eq!(date("/2020"), Ok(None));
        assert_eq!(date("2021?"), Ok(Some(2021)));
        assert_eq!(date("2021-06-15T10:30:00"), Ok(Some(2021)));
        for bad in [
            "June 2021",
            "21",
            "2021-13",
            "2021-06-32",
            "2021/2022/2023",
            "",
            "/",
            "2021-6",
            "1XXX",
            "199X-05",
            "1999-XX-05",
            "1.5.1998",
            "1996-10-35",
            "1985-1030",
        ] {
            assert!(date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn edtf_dates_biblatex_reads() {
        assert_eq!(date("-0335"), Ok(Some(-335)));
        assert_eq!(date("199X"), Ok(None));
        assert_eq!(date("19XX"), Ok(None));
        assert_eq!(date("1999-XX-XX"), Ok(Some(1999)));
        assert_eq!(date("1999-XX"), Ok(Some(1999)));
        assert_eq!(date("1999-12-XX"), Ok(Some(1999)));
        assert_eq!(date("1850/.."), Ok(Some(1850)));
        assert_eq!(date("../1850"), Ok(None));
        assert_eq!(date("2004-22"), Ok(Some(2004)));
    }

    #[test]
    fn years_of_any_era() {
        assert_eq!(any_year("1610"), Ok(1610));
        assert_eq!(any_year("-335"), Ok(-335));
        assert_eq!(any_year("800"), Ok(800));
        for bad in ["20231", "2O22", "", "-", "2101", "1999a"] {
            assert!(any_year(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn user_dois_short_and_prefixed() {
        assert_eq!(user_doi("10/dvzd5z"), Ok(("10/dvzd5z", false)));
        assert_eq!(
            user_doi("http://dx.doi.org/10.1007/s00779-005-0347-6"),
            Ok(("10.1007/s00779-005-0347-6", true))
        );
        assert_eq!(user_doi("doi:10.1234/beta"), Ok(("10.1234/beta", true)));
        for bad in ["10/", "10/a b", "11.1234/x", "https://doi.org/x"] {
            assert!(user_doi(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn user_links() {
        assert!(user_url("ftp://ibiblio.org/pub/docs/books/x.txt").is_ok());
        assert!(user_url("https://x.org").is_ok());
        for bad in ["ftp://", "www.example.org", "ftp:// x", "file:///x"] {
            assert!(user_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn isbn_and_issn_check_digits() {
        for good in [
            "0-306-40615-2",
            "978-0-306-40615-7",
            "9780306406157",
            "0-8044-2957-X",
            "978-0-262-03561-3, 0-306-40615-2",
        ] {
            assert!(isbn(good).is_ok(), "{good}");
        }
        for bad in [
            "0-306-40615-3",
            "978-0-306-40615-8",
            "12345",
            "977-0-306-40615-7",
        ] {
            assert!(isbn(bad).is_err(), "{bad}");
        }
        for good in [
            "0378-5955",
            "2950-1628",
            "0317-8471",
            "2049-3630",
            "1050-124X",
        ] {
            assert!(issn(good).is_ok(), "{good}");
        }
        for bad in ["0378-5956", "2950-162", "ABCD-EFGH", "03785-955"] {
            assert!(issn(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls() {
        assert!(url("https://github.com/cuhksz-nlp/R2Gen").is_ok());
        assert!(url("http://x.org").is_ok());
        for bad in [
            "github.com/x",
            "https://",
            "https:// x.org",
            "ftp://x.org",
            "https://a b",
        ] {
            assert!(url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dois() {
        assert!(doi("10.18653/v1/2020.emnlp-main.112").is_ok());
        assert!(doi("10.1007/978-3-031-16449-1_48").is_ok());
        let (message, help) = doi("https://doi.org/10.1/x").unwrap_err();
        assert!(message.contains("resolver prefix") && help.contains("10.1/x"));
        for bad in [
            "11.1234/x",
            "10.12/x",
            "10.1234/",
            "10.1234 /x",
            "10.abcd/x",
        ] {
            assert!(doi(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn arxiv_ids() {
        for good in [
            "2010.16056",
            "1901.07042",
            "2106.10887v3",
            "1412.6980",
            "cs/0112017",
            "math.GT/0309136",
        ] {
            assert!(arxiv(good).is_ok(), "{good}");
        }
        for bad in [
            "arXiv:2010.16056",
            "2010.1605",
            "1412.69801",
            "2013.16056",
            "201.16056",
            "https://arxiv.org/abs/2010.16056",
            "",
        ] {
            assert!(arxiv(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn list_items_keep_positions() {
        let text = "a, bb ,,c";
        let items = list_items(text);
        let found: Vec<_> = items
            .iter()
            .map(|(item, span)| (*item, &text[span.clone()]))
            .collect();
        assert_eq!(found, [("a", "a"), ("bb", "bb"), ("", ""), ("c", "c")]);
    }
}
