//! An item's text as it is cut into label, name, title and the rest: the
//! text with its bold parts marked and the file offset of each run.

use crate::extract::RawDefect;
use crate::links;
use crate::model::{Level, Link};

/// An item's text with the bold parts marked, as it is cut into label,
/// name, title and the rest.
#[derive(Default)]
pub(crate) struct Text {
    text: String,
    strong: Vec<bool>,
    /// Byte offset in the file of each text run: (position in `text`,
    /// offset in the file).
    runs: Vec<(usize, usize)>,
}

impl Text {
    pub(crate) fn push(&mut self, text: &str, strong: bool, at: usize) {
        if at > 0 {
            self.runs.push((self.text.len(), at));
        }
        self.text.push_str(text);
        self.strong.extend(std::iter::repeat_n(strong, text.len()));
    }

    /// The file offset of a position in the text, if known.
    pub(crate) fn offset(&self, position: usize) -> usize {
        let run = self.runs.partition_point(|(start, _)| *start <= position);
        match run.checked_sub(1).map(|i| self.runs[i]) {
            Some((start, at)) => at + (position - start),
            None => 0,
        }
    }

    pub(crate) fn cut(&mut self, range: std::ops::Range<usize>) {
        self.text.replace_range(range.clone(), "");
        self.strong.drain(range.clone());
        let removed = range.len();
        self.runs.retain(|(start, _)| {
            !(range.start..range.end).contains(start) || *start == range.start
        });
        for (start, at) in &mut self.runs {
            if *start >= range.end {
                *start -= removed;
            } else if *start == range.start {
                *at += removed;
            }
        }
    }

    /// `[[code]]`, `[[Paper]]` written without an address: links with no
    /// URL. Each is taken out and reported.
    pub(crate) fn take_placeholders(&mut self, defects: &mut Vec<RawDefect>) -> Vec<(Link, usize)> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(start) = self.text[from..].find("[[").map(|i| from + i) {
            let Some(end) = self.text[start..].find("]]").map(|i| start + i + 2) else {
                break;
            };
            let inner = &self.text[start + 2..end - 2];
            let followed_by_url = self.text[end..].starts_with('(');
            match links::role_of_text(inner) {
                Some(role) if !followed_by_url && !inner.contains('[') => {
                    let at = self.offset(start);
                    defects.push(RawDefect {
                        at,
                        level: Level::Warning,
                        code: "empty-link",
                        message: format!("`{}` is a {} link with no address", &self.text[start..end], role.as_str()),
                        help: Some("give the link its address, `[[code](https://…)]`, or remove it until there is one".into()),
                    });
                    found.push((
                        Link {
                            role,
                            url: String::new(),
                        },
                        at,
                    ));
                    self.cut(start..end);
                    from = start;
                }
                _ => from = start + 2,
            }
        }
        found
    }

    /// Brackets and parentheses the links leave behind: `[]`, `[ ]`, `()`,
    /// and a lone `[` or `]` next to white space at the end.
    pub(crate) fn remove_link_leftovers(&mut self) {
        loop {
            let found = ["[]", "()", "[ ]", "[,]", "[ ,]"]
                .iter()
                .filter_map(|pair| self.text.find(pair).map(|at| at..at + pair.len()))
                .min_by_key(|range| range.start);
            match found {
                Some(range) => self.cut(range),
                None => break,
            }
        }
        // `or [[dataset]](…)`: a word left between links at the end.
        let trimmed = self.text.trim_end().len();
        self.cut(trimmed..self.text.len());
        while self.text.ends_with('[')
            || self.text.ends_with(']')
                && self.text.matches('[').count() < self.text.matches(']').count()
            || self.text.trim_end().ends_with(" or")
        {
            let end = self.text.trim_end().len();
            let cut_at = if self.text[..end].ends_with(" or") {
                end - 3
            } else {
                end - 1
            };
            self.cut(cut_at..self.text.len());
            let trimmed = self.text.trim_end().len();
            self.cut(trimmed..self.text.len());
        }
    }

    pub(crate) fn trim_start(&mut self) {
        let lead = self.text.len()
            - self
                .text
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '"' | '“' | '-' | '•')
                })
                .len();
        self.cut(0..lead);
    }

    /// `**Title **,` is no bold in CommonMark (a space before the closing
    /// `**`), but lists mean it as bold: pairs of literal `**` mark the
    /// text between as bold, and go.
    pub(crate) fn literal_bold(&mut self) {
        loop {
            let Some(open) = self.text.find("**") else {
                return;
            };
            let Some(close) = self.text[open + 2..].find("**").map(|i| open + 2 + i) else {
                return;
            };
            for flag in &mut self.strong[open + 2..close] {
                *flag = true;
            }
            self.cut(close..close + 2);
            self.cut(open..open + 2);
        }
    }

    /// A leading `[…]` group (brackets may nest), taken out.
    pub(crate) fn take_leading_bracket(&mut self) -> Option<String> {
        if !self.text.starts_with('[') {
            return None;
        }
        let mut depth = 0usize;
        for (at, c) in self.text.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        let inner = self.text[1..at].to_owned();
                        // `[Title](…)` leftovers are not labels: a label is short.
                        if inner.split_whitespace().count() > 12 {
                            return None;
                        }
                        self.cut(0..at + 1);
                        return Some(inner);
                    }
                }
                '\n' => return None,
                _ => {}
            }
        }
        None
    }

    /// The bold runs of the text: (start, end) with content.
    pub(crate) fn bold_runs(&self) -> Vec<(usize, usize)> {
        let mut runs = Vec::new();
        let mut start = None;
        for (at, &strong) in self.strong.iter().enumerate() {
            match (strong, start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => {
                    runs.push((s, at));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            runs.push((s, self.strong.len()));
        }
        runs.retain(|&(s, e)| {
            self.text.is_char_boundary(s)
                && self.text.is_char_boundary(e)
                && !self.text[s..e].trim().is_empty()
        });
        runs
    }

    /// `***Name:*** Title` or `**Name**: Title` (the name taken off the
    /// title), or `***Name***, Title` / `***Name*** - Title` (the name kept
    /// in it).
    pub(crate) fn name_prefix(&self) -> Option<(String, String, bool)> {
        let runs = self.bold_runs();
        let &(start, end) = runs.first()?;
        if !self.text[..start].trim().is_empty() {
            return None;
        }
        let bold = self.text[start..end].trim();
        let after = &self.text[end..];
        let rest_line = after.lines().next().unwrap_or("");
        if rest_line.split_whitespace().count() < 2 || bold.split_whitespace().count() > 5 {
            return None;
        }
        if let Some(name) = bold.strip_suffix(':') {
            return Some((name.trim().to_owned(), after.to_owned(), true));
        }
        if let Some(rest) = after.strip_prefix(':') {
            return Some((bold.to_owned(), rest.to_owned(), true));
        }
        let separated =
            after.starts_with(',') || after.starts_with(" -") || after.starts_with(" –");
        (separated && bold.split_whitespace().count() <= 2).then(|| {
            (
                bold.to_owned(),
                format!("{bold}{}", after.lines().next().unwrap_or("")),
                false,
            )
        })
    }

    /// The bold title of an item that sets its title in bold and its
    /// authors and venue in plain text: (text before, title, text after).
    /// The bold run must stand apart: followed by the end, a line break,
    /// punctuation, a quote or a bracket, not by more of a sentence.
    pub(crate) fn bold_title(&self) -> Option<(String, String, String)> {
        let runs = self.bold_runs();
        let &(start, end) = runs
            .iter()
            .max_by_key(|&&(s, e)| self.text[s..e].split_whitespace().count())?;
        let title = &self.text[start..end];
        if title.split_whitespace().count() < 2 && self.text.trim() != title.trim() {
            return None;
        }
        let after = &self.text[end..];
        let next = after.trim_start_matches([' ', '\t']).chars().next();
        let stands_apart = matches!(
            next,
            None | Some(
                '\n' | ','
                    | '.'
                    | ';'
                    | '"'
                    | '”'
                    | '['
                    | '('
                    | '，'
                    | ':'
                    | '。'
                    | '—'
                    | '–'
                    | '|'
            )
        ) || next.is_some_and(char::is_uppercase)
            || after.trim_start_matches([' ', '\t']).starts_with("- ");
        let before = &self.text[..start];
        let prev = before.trim_end_matches([' ', '\t']).chars().next_back();
        let starts_apart = matches!(
            prev,
            None | Some('\n' | '"' | '“' | ']' | '.' | ',' | ')' | ':')
        );
        (stands_apart && starts_apart)
            .then(|| (before.to_owned(), title.to_owned(), after.to_owned()))
    }

    /// The first line with text.
    pub(crate) fn first_line(&self) -> String {
        self.text
            .lines()
            .find(|line| !line.trim().is_empty())
            .unwrap_or("")
            .to_owned()
    }
}
