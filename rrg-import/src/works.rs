//! Which items of one run are the same work: items that share a DOI or an
//! arXiv id and whose titles agree (a fuzzy score of at least
//! [`AMBIGUOUS`](crate::titles::AMBIGUOUS)), that have an equal normalised
//! title, or whose titles score at least [`SAME`](crate::titles::SAME)
//! and share their first or last twelve letters.

use std::collections::HashMap;

use crate::titles::{self, Title};

/// Union-find over item indices.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The earlier item stays the root, so works keep list order.
            let (low, high) = if a < b { (a, b) } else { (b, a) };
            self.parent[high] = low;
        }
    }
}

/// What grouping needs of an item.
pub(crate) struct Keys<'a> {
    pub title: &'a Title,
    pub arxiv: Option<&'a str>,
    pub doi: Option<&'a str>,
}

/// The work of each item, numbered from 0 in order of first listing.
pub(crate) fn group(items: &[Keys<'_>]) -> Vec<usize> {
    let mut sets = Sets {
        parent: (0..items.len()).collect(),
    };
    let mut by_form: HashMap<&str, usize> = HashMap::new();
    let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
    let mut blocks: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        for form in &item.title.forms {
            match by_form.get(form.as_str()) {
                Some(&first) => sets.union(first, i),
                None => {
                    by_form.insert(form, i);
                }
            }
        }
        let ids = item
            .arxiv
            .map(|id| format!("arxiv:{id}"))
            .into_iter()
            .chain(
                item.doi
                    .map(|doi| format!("doi:{}", doi.to_ascii_lowercase())),
            );
        for id in ids {
            let seen = by_id.entry(id).or_default();
            for &other in seen.iter() {
                if items[other].title.score(item.title) >= titles::AMBIGUOUS {
                    sets.union(other, i);
                }
            }
            seen.push(i);
        }
        if let Some(form) = item.title.forms.first() {
            let head = form.get(..12.min(form.len())).unwrap_or(form);
            let tail = form.get(form.len().saturating_sub(12)..).unwrap_or(form);
            for block in [head, tail] {
                let members = blocks.entry(block).or_default();
                // Bounded: a block of many titles compares the newest few.
                for &other in members.iter().rev().take(32) {
                    if sets.find(other) != sets.find(i)
                        && items[other].title.score(item.title) >= titles::SAME
                    {
                        sets.union(other, i);
                    }
                }
                members.push(i);
            }
        }
    }
    let mut numbers: HashMap<usize, usize> = HashMap::new();
    (0..items.len())
        .map(|i| {
            let root = sets.find(i);
            let next = numbers.len();
            *numbers.entry(root).or_insert(next)
        })
        .collect()
}
