//! What an address names: the arXiv id or DOI it holds, and the form two
//! spellings of one address share. The catalogue's checks and `rrg import`
//! read addresses the same way, through this module.
//!
//! | address | identifier |
//! |---|---|
//! | `arxiv.org/abs/ID`, `/pdf/ID`, `/pdf/ID.pdf`, `/html/ID`, with or without `vN`; `www.`/`export.` hosts; `arxiv.org/ftp/arxiv/papers/YYMM/ID.pdf`; `huggingface.co/papers/ID` | arXiv id (without version) |
//! | `doi.org/10.…`, `dx.doi.org/10.…` | DOI |
//! | a path with `/doi/` (`/doi/abs/`, `/doi/full/`, `/doi/epdf/`, …) then `10.…` (ACM, RSNA, Wiley, NEJM, OUP) | DOI |
//! | `link.springer.com/chapter/10.…`, `/article/10.…` | DOI |
//! | `nature.com/articles/ID` | DOI `10.1038/ID` |
//! | `aclanthology.org/ID` (`ID.pdf`, `ID/`) for ids of 2016 on (`P18-1240`, `2020.emnlp-main.112`) | DOI `10.18653/v1/ID` |

/// The host of an address, lowercase and without `www.`, if it has one.
pub fn host(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    (!host.is_empty()).then_some(host)
}

/// The path of an address (after the host), without query or fragment.
pub fn path(url: &str) -> &str {
    let Some((_, rest)) = url.trim().split_once("://") else {
        return "";
    };
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    match rest.find('/') {
        Some(at) => &rest[at..],
        None => "",
    }
}

/// Whether a string is a new-style arXiv id (`2010.16056`, `2010.16056v2`,
/// `1901.07042`), returning it without its version.
pub fn arxiv_id(text: &str) -> Option<String> {
    let text = text.trim();
    let (base, _) = match text.rsplit_once('v') {
        Some((base, version))
            if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) =>
        {
            (base, Some(version))
        }
        _ => (text, None),
    };
    let (yymm, number) = base.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let month: u8 = yymm.get(2..)?.parse().ok()?;
    (yymm.len() == 4
        && digits(yymm)
        && (1..=12).contains(&month)
        && (number.len() == 4 || number.len() == 5)
        && digits(number))
    .then(|| base.to_owned())
}

/// The year (and month) an arXiv id was given in: `2401.01234` is January
/// 2024.
pub fn arxiv_date(id: &str) -> Option<(u16, u8)> {
    let yy: u16 = id.get(0..2)?.parse().ok()?;
    let mm: u8 = id.get(2..4)?.parse().ok()?;
    Some((2000 + yy, mm))
}

/// The arXiv id an address names.
pub fn arxiv_of_url(url: &str) -> Option<String> {
    let host = host(url)?;
    let path = path(url);
    let id = if host == "arxiv.org" || host == "export.arxiv.org" {
        ["/abs/", "/pdf/", "/html/", "/format/"]
            .iter()
            .find_map(|prefix| path.strip_prefix(prefix))
            .or_else(|| {
                // arxiv.org/ftp/arxiv/papers/2211/2211.13465.pdf
                path.strip_prefix("/ftp/arxiv/papers/")
                    .and_then(|rest| rest.split_once('/').map(|(_, file)| file))
            })?
    } else if host == "huggingface.co" {
        path.strip_prefix("/papers/")?
    } else if host == "alphaxiv.org" {
        path.strip_prefix("/abs/")?
    } else {
        return None;
    };
    let id = id.trim_end_matches('/');
    let id = id.strip_suffix(".pdf").unwrap_or(id);
    arxiv_id(id)
}

/// A DOI as written in text or a `.bib` field, without resolver prefix, if
/// it looks like one (`10.` then digits, `/`, a suffix).
pub fn doi(text: &str) -> Option<String> {
    let text = text.trim();
    let text = [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "http://dx.doi.org/",
        "doi:",
    ]
    .iter()
    .find_map(|prefix| text.strip_prefix(prefix))
    .unwrap_or(text);
    let (prefix, suffix) = text.split_once('/')?;
    let registrant = prefix.strip_prefix("10.")?;
    let suffix = suffix.trim_end_matches(['/', '.']);
    (!registrant.is_empty()
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty()
        && !suffix.contains(char::is_whitespace))
    .then(|| format!("{prefix}/{suffix}"))
}

/// The DOI an address names (see the module's table).
pub fn doi_of_url(url: &str) -> Option<String> {
    let host = host(url)?;
    let path = path(url);
    if host == "doi.org" || host == "dx.doi.org" {
        return doi(path.trim_start_matches('/'));
    }
    if let Some(at) = path.find("/doi/") {
        let rest = &path[at + 5..];
        let rest = [
            "abs/",
            "full/",
            "pdf/",
            "epdf/",
            "epub/",
            "fullhtml/",
            "book/",
        ]
        .iter()
        .find_map(|kind| rest.strip_prefix(kind))
        .unwrap_or(rest);
        return doi(rest);
    }
    if host == "link.springer.com" {
        let rest = ["/chapter/", "/article/", "/content/pdf/"]
            .iter()
            .find_map(|prefix| path.strip_prefix(prefix))?;
        return doi(rest.trim_end_matches(".pdf"));
    }
    if host == "nature.com" {
        let id = path.strip_prefix("/articles/")?;
        let id = id.split('/').next()?;
        let id = id.strip_suffix(".pdf").unwrap_or(id);
        let id = id.strip_suffix("_reference").unwrap_or(id);
        return (id.starts_with('s') && id.contains('-')).then(|| format!("10.1038/{id}"));
    }
    if host == "aclanthology.org" {
        let id = path.trim_matches('/');
        let id = id.strip_suffix(".pdf").unwrap_or(id);
        return anthology_doi(id);
    }
    None
}

/// The DOI of an ACL Anthology id, for ids of 2016 on: old-style
/// `P18-1240` and new-style `2020.emnlp-main.112`.
fn anthology_doi(id: &str) -> Option<String> {
    if id.contains('/') || id.is_empty() {
        return None;
    }
    let bytes = id.as_bytes();
    let old_style = bytes.len() == 8
        && bytes[0].is_ascii_uppercase()
        && bytes[1..3].iter().all(u8::is_ascii_digit)
        && bytes[3] == b'-'
        && bytes[4..].iter().all(u8::is_ascii_digit)
        && id[1..3]
            .parse::<u8>()
            .is_ok_and(|year| (16..=19).contains(&year));
    let new_style = id
        .split_once('.')
        .is_some_and(|(year, rest)| year.len() == 4 && year >= "2020" && rest.contains('.'));
    (old_style || new_style).then(|| format!("10.18653/v1/{id}"))
}

/// An address with its scheme, `www.`, trailing slash, query and fragment
/// left out, lowercase: what two spellings of one link share.
pub fn normalised_url(url: &str) -> String {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split('#').next().unwrap_or(rest);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let rest = rest.trim_end_matches('?').trim_end_matches('/');
    rest.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arxiv_addresses_in_every_form() {
        for url in [
            "https://arxiv.org/abs/2311.14199",
            "https://arxiv.org/abs/2311.14199v3",
            "https://arxiv.org/pdf/2311.14199",
            "https://arxiv.org/pdf/2311.14199v2.pdf",
            "https://arxiv.org/pdf/2311.14199.pdf",
            "http://www.arxiv.org/pdf/2311.14199",
            "https://arxiv.org/html/2311.14199v1",
            "https://export.arxiv.org/abs/2311.14199",
            "https://arxiv.org/pdf/2311.14199?",
            "https://huggingface.co/papers/2311.14199",
        ] {
            assert_eq!(arxiv_of_url(url).as_deref(), Some("2311.14199"), "{url}");
        }
        assert_eq!(
            arxiv_of_url("https://arxiv.org/ftp/arxiv/papers/2211/2211.13465.pdf").as_deref(),
            Some("2211.13465")
        );
        assert_eq!(
            arxiv_of_url("https://arxiv.org/abs/1712.05898.pdf").as_deref(),
            Some("1712.05898")
        );
        assert_eq!(arxiv_of_url("https://github.com/x/2311.14199"), None);
        assert_eq!(arxiv_id("2413.00001"), None, "no 13th month");
        assert_eq!(arxiv_date("2401.00001"), Some((2024, 1)));
    }

    #[test]
    fn dois_from_resolvers_and_publishers() {
        let cases = [
            (
                "https://doi.org/10.1038/s41586-023-06291-2",
                "10.1038/s41586-023-06291-2",
            ),
            (
                "http://dx.doi.org/10.1109/TMI.2024.1/",
                "10.1109/TMI.2024.1",
            ),
            (
                "https://dl.acm.org/doi/10.1145/3664647.3681201",
                "10.1145/3664647.3681201",
            ),
            (
                "https://pubs.rsna.org/doi/epdf/10.1148/radiol.230725",
                "10.1148/radiol.230725",
            ),
            (
                "https://link.springer.com/chapter/10.1007/978-3-031-16452-1_56",
                "10.1007/978-3-031-16452-1_56",
            ),
            (
                "https://www.nature.com/articles/s41551-024-01246-y#peer-review",
                "10.1038/s41551-024-01246-y",
            ),
            (
                "https://www.nature.com/articles/s41746-026-02581-x_reference.pdf",
                "10.1038/s41746-026-02581-x",
            ),
            (
                "https://aclanthology.org/2020.emnlp-main.112/",
                "10.18653/v1/2020.emnlp-main.112",
            ),
            (
                "https://aclanthology.org/P19-1657.pdf",
                "10.18653/v1/P19-1657",
            ),
        ];
        for (url, expected) in cases {
            assert_eq!(doi_of_url(url).as_deref(), Some(expected), "{url}");
        }
        assert_eq!(
            doi_of_url("https://aclanthology.org/W10-1803.pdf"),
            None,
            "before 2016"
        );
        assert_eq!(
            doi_of_url("https://ieeexplore.ieee.org/document/10458706"),
            None
        );
        assert_eq!(doi("doi:10.1000/xyz"), Some("10.1000/xyz".into()));
        assert_eq!(doi("11.1000/xyz"), None);
    }

    #[test]
    fn spellings_of_one_address_share_a_form() {
        assert_eq!(normalised_url("https://www.X.org/a/?"), "x.org/a");
        assert_eq!(
            host("https://www.Arxiv.org/abs/1"),
            Some("arxiv.org".into())
        );
    }
}
