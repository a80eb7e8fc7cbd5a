//! BibTeX's rules for a list of names, for a user's file: the list is split
//! at `and` (in any case, as BibTeX and biber split it) between blanks and
//! outside braces, and each name is `First von Last`, `von Last, First` or
//! `von Last, Jr, First`, where the last name keeps at least one word
//! (`Hajic jr., Jan` is the family name `Hajic jr.`).
//!
//! It reads the value with its LaTeX resolved; a group in braces is one
//! unbreakable, caseless piece, as in BibTeX.

use biblatex::{Chunk, Spanned};

/// One character of the value and whether it stands inside braces.
type Char = (char, bool);

/// The parts of a name, as BibTeX splits it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Parts {
    pub first: String,
    pub von: String,
    pub last: String,
    pub jr: String,
}

/// Why a name of a list is no name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Problem {
    /// Nothing between two `and`s, or at an end.
    Empty,
    /// `others` before the end of the list.
    OthersInside,
    /// More than two commas: BibTeX's "too many commas".
    TooManyCommas,
    /// A comma with nothing before it.
    NoLastName,
}

/// A name list: each name's parts or what is wrong with it, and whether it
/// ends in `and others`.
#[derive(Debug, Default)]
pub(super) struct NameList {
    pub names: Vec<Result<Parts, Problem>>,
    pub others: bool,
}

/// Reads a name list from the resolved value.
pub(super) fn read(value: &[Spanned<Chunk>]) -> NameList {
    let chars: Vec<Char> = value
        .iter()
        .flat_map(|chunk| {
            let (text, braced) = match &chunk.v {
                Chunk::Normal(text) => (text.as_str(), false),
                Chunk::Verbatim(text) | Chunk::Math(text) => (text.as_str(), true),
            };
            text.chars().map(move |c| (c, braced))
        })
        .collect();
    let names = split_at_and(&chars);
    let count = names.len();
    let mut list = NameList::default();
    for (index, name) in names.into_iter().enumerate() {
        let name = trim(name);
        let text: String = name.iter().map(|(c, _)| c).collect();
        if text == "others" && name.iter().all(|(_, braced)| !braced) {
            if index + 1 == count {
                list.others = true;
            } else {
                list.names.push(Err(Problem::OthersInside));
            }
            continue;
        }
        list.names.push(parts(name));
    }
    list
}

/// The names of a list: split at `and` between blanks outside braces. A
/// list with nothing in it has no names.
fn split_at_and(chars: &[Char]) -> Vec<&[Char]> {
    if trim(chars).is_empty() {
        return Vec::new();
    }
    let blank = |i: usize| {
        chars
            .get(i)
            .is_some_and(|(c, braced)| !braced && c.is_whitespace())
    };
    let mut names = Vec::new();
    let mut start = 0;
    let mut at = 1;
    while at + 3 < chars.len() {
        let word = &chars[at..at + 3];
        let is_and = word.iter().all(|(_, braced)| !braced)
            && word
                .iter()
                .map(|(c, _)| c.to_ascii_lowercase())
                .eq("and".chars());
        if is_and && blank(at - 1) && blank(at + 3) {
            names.push(&chars[start..at - 1]);
            start = at + 3;
            // The blank after `and` may open the next `and`: `A and and B`.
            at += 3;
            continue;
        }
        at += 1;
    }
    names.push(&chars[start..]);
    names
}

fn trim(mut chars: &[Char]) -> &[Char] {
    while let [(c, false), rest @ ..] = chars {
        if !c.is_whitespace() {
            break;
        }
        chars = rest;
    }
    while let [rest @ .., (c, false)] = chars {
        if !c.is_whitespace() {
            break;
        }
        chars = rest;
    }
    chars
}

/// The words of a part of a name: runs between blanks outside braces.
fn words(chars: &[Char]) -> Vec<&[Char]> {
    chars
        .split(|(c, braced)| !braced && (c.is_whitespace() || *c == '~'))
        .filter(|word| !word.is_empty())
        .collect()
}

/// Whether a word starts in lower case: its first letter outside braces is
/// lower case (a group in braces is caseless, and so not lower case).
fn is_lower(word: &[Char]) -> bool {
    word.iter()
        .find(|(c, _)| c.is_alphabetic())
        .is_some_and(|(c, braced)| !braced && c.is_lowercase())
}

fn join(words: &[&[Char]]) -> String {
    words
        .iter()
        .map(|word| word.iter().map(|(c, _)| c).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits one name into its parts.
fn parts(name: &[Char]) -> Result<Parts, Problem> {
    if name.is_empty() {
        return Err(Problem::Empty);
    }
    let pieces: Vec<&[Char]> = name.split(|(c, braced)| !braced && *c == ',').collect();
    let (von_last, jr, first) = match pieces.as_slice() {
        [one] => return Ok(first_von_last(&words(one))),
        [von_last, first] => (*von_last, &[][..], *first),
        [von_last, jr, first] => (*von_last, *jr, *first),
        _ => return Err(Problem::TooManyCommas),
    };
    let von_last = words(von_last);
    if von_last.is_empty() {
        return Err(Problem::NoLastName);
    }
    // von: up to the last lower-case word before the last word.
    let von_end = von_last[..von_last.len() - 1]
        .iter()
        .rposition(|word| is_lower(word))
        .map_or(0, |i| i + 1);
    Ok(Parts {
        first: join(&words(first)),
        von: join(&von_last[..von_end]),
        last: join(&von_last[von_end..]),
        jr: join(&words(jr)),
    })
}

/// `First von Last`: von runs from the first lower-case word to the last
/// one before the last word; without one, the last word is the last name.
fn first_von_last(words: &[&[Char]]) -> Parts {
    let before_last = &words[..words.len().saturating_sub(1)];
    match before_last.iter().position(|word| is_lower(word)) {
        Some(von_start) => {
            let von_end = before_last
                .iter()
                .rposition(|word| is_lower(word))
                .map_or(von_start, |i| i + 1);
            Parts {
                first: join(&words[..von_start]),
                von: join(&words[von_start..von_end]),
                last: join(&words[von_end..]),
                jr: String::new(),
            }
        }
        None => Parts {
            first: join(before_last),
            von: String::new(),
            last: join(&words[before_last.len()..]),
            jr: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> NameList {
        read(&[Spanned::detached(Chunk::Normal(text.to_owned()))])
    }

    fn parts_of(first: &str, von: &str, last: &str, jr: &str) -> Result<Parts, Problem> {
        Ok(Parts {
            first: first.into(),
            von: von.into(),
            last: last.into(),
            jr: jr.into(),
        })
    }

    #[test]
    fn the_three_forms() {
        let names =
            list("Donald E. Knuth and van Leunen, Mary-Claire and Reagle, Jr., Joseph M.").names;
        assert_eq!(names[0], parts_of("Donald E.", "", "Knuth", ""));
        assert_eq!(names[1], parts_of("Mary-Claire", "van", "Leunen", ""));
        assert_eq!(names[2], parts_of("Joseph M.", "", "Reagle", "Jr."));
        assert_eq!(
            list("Ludwig van Beethoven").names[0],
            parts_of("Ludwig", "van", "Beethoven", "")
        );
    }

    #[test]
    fn the_last_name_keeps_its_last_word() {
        assert_eq!(
            list("Hajic jr., Jan").names[0],
            parts_of("Jan", "", "Hajic jr.", "")
        );
        assert_eq!(
            list("Aristotle").names[0],
            parts_of("", "", "Aristotle", "")
        );
    }

    #[test]
    fn and_in_any_case_separates_and_others_ends() {
        let names = list("Babu, B. V. and NAGAR, A. K. AND DEEP, K. and others");
        assert_eq!(names.names.len(), 3);
        assert!(names.others && names.names.iter().all(Result::is_ok));
        assert_eq!(list("Andersen, Anders and Sand, George").names.len(), 2);
    }

    #[test]
    fn broken_lists() {
        let names = list("Poe, Edgar and and Moe, Mo").names;
        assert_eq!(names[1], Err(Problem::Empty));
        assert_eq!(
            list("A and others and B").names[1],
            Err(Problem::OthersInside)
        );
        assert_eq!(list("a, b, c, d").names[0], Err(Problem::TooManyCommas));
        assert_eq!(list(", Jan").names[0], Err(Problem::NoLastName));
    }

    #[test]
    fn braces_protect_and_and_commas() {
        let value = [
            Spanned::detached(Chunk::Verbatim("Barnes and Noble, Inc.".into())),
            Spanned::detached(Chunk::Normal(" and Doe, Jane".into())),
        ];
        let names = read(&value).names;
        assert_eq!(names.len(), 2);
        assert_eq!(names[0], parts_of("", "", "Barnes and Noble, Inc.", ""));
    }
}
