//! Reading a Markdown list by its structure (pulldown-cmark): headings,
//! bold lines and list items that carry a year or a venue, and the items,
//! paragraphs and table rows that may name a work, each with its inline
//! content as tokens.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::label;

/// One piece of an item's inline content.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    /// Text, and whether it is bold.
    Text {
        text: String,
        strong: bool,
        at: usize,
    },
    /// A link with its text (images inside are left out), bold or not.
    Link {
        text: String,
        url: String,
        at: usize,
        strong: bool,
    },
    /// A line break inside the item.
    Break,
}

/// What the headings, bold lines and group items above an item say.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Context {
    pub venue: Option<String>,
    pub year: Option<u16>,
    pub month: Option<u8>,
    /// The labels that gave the venue or year, outermost first.
    pub labels: Vec<String>,
    /// The nearest heading that is neither a year nor a venue.
    pub section: Option<String>,
}

/// Where an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    ListItem,
    Paragraph,
    TableRow,
}

/// An item, paragraph or table row that may name a work.
#[derive(Debug, Clone)]
pub(crate) struct RawItem {
    pub at: usize,
    pub tokens: Vec<Tok>,
    pub context: Context,
    pub origin: Origin,
    /// A table row's cells, each with its column's heading.
    pub cells: Vec<(String, Vec<Tok>)>,
}

/// One level of context and the structure level it belongs to: headings
/// 1–6, a bold line 7, group items from 10 by depth.
#[derive(Debug, Clone)]
struct Frame {
    level: usize,
    venue: Option<String>,
    year: Option<u16>,
    month: Option<u8>,
    label: Option<String>,
    section: Option<String>,
}

const BOLD_LINE: usize = 7;
const GROUP: usize = 10;

#[derive(Default)]
struct ListItem {
    at: usize,
    tokens: Vec<Tok>,
    task: bool,
    /// Its own content was handled when a nested list started.
    done: bool,
}

struct OpenLink {
    url: String,
    text: String,
    at: usize,
    strong: bool,
}

#[derive(Default)]
struct Table {
    header: Vec<String>,
    in_head: bool,
    row: Vec<Vec<Tok>>,
    row_at: usize,
}

/// Reads `text` and returns every item that may name a work, in order.
pub(crate) fn read(text: &str) -> Vec<RawItem> {
    let mut reader = Reader::default();
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.event(event, range.start);
    }
    reader.items
}

#[derive(Default)]
struct Reader {
    items: Vec<RawItem>,
    frames: Vec<Frame>,
    heading: Option<(usize, String)>,
    paragraph: Option<(usize, Vec<Tok>)>,
    list_items: Vec<ListItem>,
    lists: usize,
    links: Vec<OpenLink>,
    strong: usize,
    image: usize,
    skip: usize,
    table: Option<Table>,
    cell: Option<Vec<Tok>>,
}

impl Reader {
    fn event(&mut self, event: Event<'_>, at: usize) {
        match event {
            Event::Start(tag) => self.start(tag, at),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text, at),
            Event::SoftBreak | Event::HardBreak => self.line_break(at),
            Event::TaskListMarker(_) => {
                if let Some(item) = self.list_items.last_mut() {
                    item.task = true;
                }
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, at: usize) {
        match tag {
            Tag::Heading { level, .. } => self.heading = Some((level as usize, String::new())),
            Tag::Paragraph if self.list_items.is_empty() && self.table.is_none() => {
                self.paragraph = Some((at, Vec::new()));
            }
            Tag::Paragraph => {
                // A second paragraph of a list item starts on a new line.
                if let Some(item) = self.list_items.last_mut() {
                    if !item.tokens.is_empty() {
                        item.tokens.push(Tok::Break);
                    }
                }
            }
            Tag::List(_) => {
                self.lists += 1;
                if let Some(index) = self.list_items.len().checked_sub(1) {
                    self.nested_list_in(index);
                }
            }
            Tag::Item => self.list_items.push(ListItem {
                at,
                ..ListItem::default()
            }),
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } => self.links.push(OpenLink {
                url: dest_url.to_string(),
                text: String::new(),
                at,
                strong: self.strong > 0,
            }),
            Tag::Image { .. } => self.image += 1,
            Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::MetadataBlock(_)
            | Tag::FootnoteDefinition(_) => {
                self.skip += 1;
            }
            Tag::Table(_) => self.table = Some(Table::default()),
            Tag::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_head = true;
                }
            }
            Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.row.clear();
                    table.row_at = at;
                }
            }
            Tag::TableCell => self.cell = Some(Vec::new()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                if let Some((level, text)) = self.heading.take() {
                    self.heading(level, &text);
                }
            }
            TagEnd::Paragraph => {
                if let Some((at, tokens)) = self.paragraph.take() {
                    self.paragraph(at, tokens);
                }
            }
            TagEnd::List(_) => self.lists = self.lists.saturating_sub(1),
            TagEnd::Item => {
                if let Some(item) = self.list_items.pop() {
                    let depth = self.list_items.len();
                    if !item.done && !item.task {
                        self.emit(item.at, item.tokens, Origin::ListItem, Vec::new());
                    }
                    self.frames.retain(|frame| frame.level < GROUP + depth);
                }
            }
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link => {
                if let Some(link) = self.links.pop() {
                    let token = Tok::Link {
                        text: link.text.trim().to_owned(),
                        url: link.url,
                        at: link.at,
                        strong: link.strong,
                    };
                    // A link inside a link (not CommonMark) keeps its text.
                    match self.links.last_mut() {
                        Some(outer) => {
                            if let Tok::Link { text, .. } = &token {
                                outer.text.push_str(text);
                            }
                        }
                        None => self.push(token),
                    }
                }
            }
            TagEnd::Image => self.image = self.image.saturating_sub(1),
            TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::MetadataBlock(_)
            | TagEnd::FootnoteDefinition => {
                self.skip = self.skip.saturating_sub(1);
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_head = false;
                    table.header = table.row.iter().map(|cell| plain(cell)).collect();
                    table.row.clear();
                }
            }
            TagEnd::TableCell => {
                if let (Some(cell), Some(table)) = (self.cell.take(), &mut self.table) {
                    table.row.push(cell);
                }
            }
            TagEnd::TableRow => {
                let row = self
                    .table
                    .as_mut()
                    .filter(|table| !table.in_head)
                    .map(|table| {
                        let cells = table
                            .header
                            .iter()
                            .cloned()
                            .chain(std::iter::repeat(String::new()))
                            .zip(table.row.drain(..))
                            .collect::<Vec<_>>();
                        (table.row_at, cells)
                    });
                if let Some((at, cells)) = row {
                    self.emit(at, Vec::new(), Origin::TableRow, cells);
                }
            }
            TagEnd::Table => self.table = None,
            _ => {}
        }
    }

    fn text(&mut self, text: &str, at: usize) {
        if self.skip > 0 || self.image > 0 {
            return;
        }
        if let Some(link) = self.links.last_mut() {
            link.text.push_str(text);
            return;
        }
        if let Some((_, heading)) = &mut self.heading {
            heading.push_str(text);
            return;
        }
        self.push(Tok::Text {
            text: text.to_owned(),
            strong: self.strong > 0,
            at,
        });
    }

    fn line_break(&mut self, at: usize) {
        if let Some(link) = self.links.last_mut() {
            link.text.push(' ');
        } else if let Some((_, heading)) = &mut self.heading {
            heading.push(' ');
        } else if self.cell.is_some() || self.list_items.is_empty() && self.paragraph.is_none() {
            self.text(" ", at);
        } else {
            self.push(Tok::Break);
        }
    }

    /// Where inline content goes: a table cell, the innermost list item,
    /// or the paragraph.
    fn push(&mut self, token: Tok) {
        if let Some(cell) = &mut self.cell {
            cell.push(token);
        } else if let Some(item) = self.list_items.last_mut() {
            if !item.done {
                item.tokens.push(token);
            }
        } else if let Some((_, tokens)) = &mut self.paragraph {
            tokens.push(token);
        }
    }

    /// A list starts inside the list item at `index`: the item's own
    /// content so far is a group label for the nested items (`Year 2024`,
    /// `**ACL**`) or names a work itself.
    fn nested_list_in(&mut self, index: usize) {
        let item = &mut self.list_items[index];
        if item.done {
            return;
        }
        item.done = true;
        let tokens = std::mem::take(&mut item.tokens);
        let (at, task) = (item.at, item.task);
        let has_link = tokens
            .iter()
            .any(|token| matches!(token, Tok::Link { url, .. } if !url.starts_with('#')));
        if !has_link {
            let text = plain(&tokens);
            self.frames.retain(|frame| frame.level < GROUP + index);
            self.frames.push(frame_of(GROUP + index, &text, true));
        } else if !task {
            self.emit(at, tokens, Origin::ListItem, Vec::new());
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.frames.retain(|frame| frame.level < level);
        self.frames.push(frame_of(level, text, false));
    }

    fn paragraph(&mut self, at: usize, tokens: Vec<Tok>) {
        let bold_only = !tokens.is_empty()
            && tokens.iter().all(|token| match token {
                Tok::Text { text, strong, .. } => *strong || text.trim().is_empty(),
                Tok::Break => true,
                Tok::Link { .. } => false,
            });
        if bold_only {
            let text = plain(&tokens);
            let frame = frame_of(BOLD_LINE, &text, true);
            if frame.venue.is_some() || frame.year.is_some() {
                self.frames.retain(|frame| frame.level < BOLD_LINE);
                self.frames.push(frame);
            }
            return;
        }
        self.emit(at, tokens, Origin::Paragraph, Vec::new());
    }

    fn emit(
        &mut self,
        at: usize,
        tokens: Vec<Tok>,
        origin: Origin,
        cells: Vec<(String, Vec<Tok>)>,
    ) {
        if tokens.is_empty() && cells.is_empty() {
            return;
        }
        self.items.push(RawItem {
            at,
            tokens,
            context: self.context(),
            origin,
            cells,
        });
    }

    fn context(&self) -> Context {
        let mut context = Context::default();
        for frame in self.frames.iter().rev() {
            if context.section.is_none() && frame.section.is_some() {
                context.section.clone_from(&frame.section);
            }
            if context.venue.is_none() && frame.venue.is_some() {
                context.venue.clone_from(&frame.venue);
            }
            if context.year.is_none() && frame.year.is_some() {
                context.year = frame.year;
                context.month = frame.month;
            }
        }
        context.labels = self
            .frames
            .iter()
            .filter_map(|frame| frame.label.clone())
            .collect();
        context
    }
}

/// What a heading, bold line or group item says. A heading (`lenient`
/// false) is a venue only if its text is a known venue; a bold line or
/// group item also if it has a venue's word.
fn frame_of(level: usize, text: &str, lenient: bool) -> Frame {
    let text = text.trim();
    let parsed = label::parse(text);
    let dated = parsed.as_ref().is_some_and(|label| label.year.is_some());
    let venue_like = if lenient {
        label::is_venue(text)
    } else {
        label::VENUES
            .iter()
            .any(|venue| venue.eq_ignore_ascii_case(text.trim_matches('*').trim()))
    };
    match parsed {
        Some(label) if dated || venue_like => Frame {
            level,
            venue: label.venue,
            year: label.year,
            month: label.month,
            label: Some(text.trim_matches('*').trim().to_owned()),
            section: None,
        },
        _ => Frame {
            level,
            venue: None,
            year: None,
            month: None,
            label: None,
            section: (!text.is_empty()).then(|| text.to_owned()),
        },
    }
}

/// The text of tokens, links by their text, breaks as spaces, white space
/// collapsed.
pub(crate) fn plain(tokens: &[Tok]) -> String {
    let mut text = String::new();
    for token in tokens {
        match token {
            Tok::Text { text: t, .. } | Tok::Link { text: t, .. } => text.push_str(t),
            Tok::Break => text.push(' '),
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_bold_lines_and_group_items_give_context() {
        let text = "## Papers\n### 2024\n**Nature'26**\n- A Title [[paper](https://x.org/a)]\n\n## Datasets\n- <span>**Year 2023**</span>\n  - **ACL**\n    - Another Title [[Paper]](https://x.org/b)\n";
        let items = read(text);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].context.year, Some(2026));
        assert_eq!(items[0].context.venue.as_deref(), Some("Nature"));
        assert_eq!(items[0].context.section.as_deref(), Some("Papers"));
        assert_eq!(items[1].context.year, Some(2023));
        assert_eq!(items[1].context.venue.as_deref(), Some("ACL"));
        assert_eq!(items[1].context.section.as_deref(), Some("Datasets"));
    }

    #[test]
    fn code_blocks_and_images_are_not_content() {
        let items =
            read("```\n@misc{x, title={T}}\n```\n[![badge](https://img.x/b.svg)](https://x.org)\n");
        assert_eq!(items.len(), 1);
        assert!(matches!(&items[0].tokens[..], [Tok::Link { text, .. }] if text.is_empty()));
    }
}
