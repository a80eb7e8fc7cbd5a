//! Author lists as lists write them: `Given Family, Given Family`, with
//! `and`, `&`, `;` or `·` between names, footnote marks (`Liu1`, `Yang*`)
//! and `et al.`; and citation forms before a title (`Family, Given, et
//! al.`, `Family, G., Family, G.`, `Family G, Family G`).

/// The authors a piece of text names, and whether the list is cut short.
/// Reading stops at the first piece that is no name (a venue, a year, a
/// sentence), so text after the names is left out. Empty when the text
/// names nobody.
///
/// ```
/// use rrg_import::authors::parse;
/// let (names, cut) = parse("Tengfei Liu1, Jiapu Wang1, Yongli Hu1*, and Baocai Yin, arXiv:2412.11070");
/// assert_eq!(names, ["Tengfei Liu", "Jiapu Wang", "Yongli Hu", "Baocai Yin"]);
/// assert!(!cut);
/// let (names, cut) = parse("Sloan, Phillip, et al.");
/// assert_eq!((names, cut), (vec!["Phillip Sloan".to_owned()], true));
/// ```
pub fn parse(text: &str) -> (Vec<String>, bool) {
    let text = text.trim().trim_matches(|c: char| {
        matches!(c, ',' | '.' | '"' | '“' | '”' | '—' | '–' | '-') || c.is_whitespace()
    });
    let mut truncated = false;
    let mut pieces: Vec<String> = Vec::new();
    for piece in text.split([',', ';', '·', '，']) {
        for piece in split_and(piece) {
            let piece = piece.trim();
            let lower = piece.to_lowercase();
            if lower.starts_with("et al") || lower == "others" {
                truncated = true;
                break;
            }
            let (before_et_al, et_al) = match lower.find(" et al") {
                Some(at) => (&piece[..at], true),
                None => (piece, false),
            };
            let cleaned = clean(before_et_al);
            if !cleaned.is_empty() {
                pieces.push(cleaned);
            }
            if et_al {
                truncated = true;
            }
        }
        if truncated {
            break;
        }
    }
    let mut names = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let piece = &pieces[i];
        if !is_name(piece) {
            break;
        }
        // `Family, Given` (the first author of a citation) or `Family, G.`.
        let next = pieces.get(i + 1);
        let one_word = !piece.contains(' ');
        if one_word && next.is_some_and(|next| is_initials(next) || (i == 0 && is_name(next))) {
            names.push(format!("{} {piece}", pieces[i + 1]));
            i += 2;
            continue;
        }
        names.push(piece.clone());
        i += 1;
    }
    if names.len() == 1 && !names[0].contains(' ') && !truncated {
        // One word alone is no author list.
        names.clear();
    }
    let truncated = truncated && !names.is_empty();
    (names, truncated)
}

fn split_and(piece: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = piece;
    loop {
        let found = [" and ", " & ", "& ", "and "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|at| (at, sep.len())))
            .filter(|&(at, len)| at > 0 || len < 5)
            .min();
        match found {
            Some((at, len)) => {
                parts.push(&rest[..at]);
                rest = &rest[at + len..];
            }
            None => {
                parts.push(rest);
                return parts;
            }
        }
    }
}

/// A name without footnote marks (`Liu1`, `Yang*`, `Tu∗, ‡, 1`) and
/// surrounding punctuation.
fn clean(piece: &str) -> String {
    let words: Vec<String> = piece
        .split_whitespace()
        .map(|word| {
            if !word.chars().any(char::is_alphabetic) {
                // A number is no footnote mark: it stays, and stops the list.
                return word.to_owned();
            }
            word.trim_end_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, '*' | '∗' | '†' | '‡' | '§')
            })
            .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '(' | ')'))
            .to_owned()
        })
        .filter(|word| !word.is_empty())
        .collect();
    words.join(" ").trim_end_matches('.').to_owned()
}

/// Whether a piece reads as a person's name: one to five words, each
/// starting with a capital letter (or a lowercase particle), no digits,
/// not a venue word.
fn is_name(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || piece.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if piece.contains(':') || piece.contains('/') || piece.contains('(') {
        return false;
    }
    let particles = [
        "van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "dos", "al", "el",
        "bin", "ibn",
    ];
    let not_names = [
        "in",
        "proceedings",
        "conference",
        "journal",
        "transactions",
        "arxiv",
        "preprint",
        "vol",
        "pp",
        "medical",
        "the",
        "of",
        "for",
        "international",
        "workshop",
        "ieee",
        "acm",
        "springer",
        "pmlr",
        "association",
        "university",
    ];
    words.iter().all(|word| {
        let lower = word.to_lowercase();
        let lower = lower.trim_end_matches('.');
        !not_names.contains(&lower)
            && (word.chars().next().is_some_and(char::is_uppercase) || particles.contains(&lower))
    })
}

/// `G.`, `G. H.`, `GH`, `J.-B.`: given names as initials.
fn is_initials(piece: &str) -> bool {
    !piece.is_empty()
        && piece.split_whitespace().all(|word| {
            let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
            !letters.is_empty() && letters.len() <= 3 && letters.iter().all(|c| c.is_uppercase())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citation_forms() {
        assert_eq!(
            parse("Agrawal, Tejas Prakash.").0,
            ["Tejas Prakash Agrawal"]
        );
        assert_eq!(
            parse("Li M, Lin B, Chen Z, et al.").0,
            ["Li M", "Lin B", "Chen Z"]
        );
        assert_eq!(
            parse("Singhal, K., Azizi, S., Tu, T. et al.").0,
            ["K Singhal", "S Azizi", "T Tu"]
        );
        assert_eq!(
            parse("Fan, Yijian, Zhenbang Yang, Rui Liu, and Xiaojun Chang.").0,
            ["Yijian Fan", "Zhenbang Yang", "Rui Liu", "Xiaojun Chang"]
        );
        assert_eq!(
            parse("Qin Zhou · Guoyan Liang · Xindi Li").0,
            ["Qin Zhou", "Guoyan Liang", "Xindi Li"]
        );
    }

    #[test]
    fn text_that_names_nobody() {
        assert!(
            parse("In Findings of the Association for Computational Linguistics: EMNLP 2024")
                .0
                .is_empty()
        );
        assert!(parse("Medical Image Analysis, 103586.").0.is_empty());
        assert!(parse("").0.is_empty());
        assert_eq!(
            parse("Fuying Wang, Shenghui Du, Lequan Yu, ECCV 2024,").0,
            ["Fuying Wang", "Shenghui Du", "Lequan Yu"]
        );
    }
}
