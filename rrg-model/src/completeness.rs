//! How complete the bibliographic facts of a set of entries are.

use crate::{Entry, Evidence};

/// Counts of entries that lack a fact. Unknown facts are never filled in by
/// guessing, so this is the honest measure of what is still missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Completeness {
    /// Entries counted.
    pub entries: usize,
    /// Entries with no known author.
    pub without_authors: usize,
    /// Entries whose author list is cut short ("and others").
    pub truncated_authors: usize,
    /// Entries of unknown year.
    pub without_year: usize,
    /// Entries without the full journal or proceedings title.
    pub without_venue_title: usize,
    /// Entries without pages or article number.
    pub without_pages: usize,
    /// Entries with neither a DOI nor an arXiv identifier.
    pub without_doi_or_arxiv: usize,
    /// Entries without a link to the paper.
    pub without_paper_link: usize,
    /// Entries that declare at least one required fact unknown.
    pub with_declared_unknowns: usize,
    /// Entries whose facts come only from a list's label, not a record.
    pub from_label_only: usize,
    /// Entries named in none of the public lists.
    pub in_no_list: usize,
    /// Entries with no imaging modality: neither their title nor a record
    /// read so far names one (CURATION.md, rule 6).
    pub without_modality: usize,
}

impl Completeness {
    /// Counts over `entries`.
    pub fn of<'e, 'a: 'e>(entries: impl IntoIterator<Item = &'e Entry<'a>>) -> Self {
        let mut counts = Completeness::default();
        for entry in entries {
            let mut count = |missing: bool, counter: fn(&mut Completeness) -> &mut usize| {
                if missing {
                    *counter(&mut counts) += 1;
                }
            };
            count(true, |c| &mut c.entries);
            count(entry.authors.is_empty(), |c| &mut c.without_authors);
            count(entry.authors_truncated, |c| &mut c.truncated_authors);
            count(entry.year.is_none(), |c| &mut c.without_year);
            count(entry.venue.full.is_none(), |c| &mut c.without_venue_title);
            count(entry.pages.is_none(), |c| &mut c.without_pages);
            count(entry.doi.is_none() && entry.arxiv.is_none(), |c| {
                &mut c.without_doi_or_arxiv
            });
            count(entry.links.paper.is_none(), |c| &mut c.without_paper_link);
            count(!entry.unknown.is_empty(), |c| &mut c.with_declared_unknowns);
            count(entry.evidence == Evidence::Label, |c| {
                &mut c.from_label_only
            });
            count(entry.listed_in.is_empty(), |c| &mut c.in_no_list);
            count(entry.modalities.is_empty(), |c| &mut c.without_modality);
        }
        counts
    }

    /// Each count with a label, for reports.
    pub fn rows(&self) -> [(&'static str, usize); 11] {
        [
            ("no known author", self.without_authors),
            ("author list cut short", self.truncated_authors),
            ("unknown year", self.without_year),
            ("no full venue title", self.without_venue_title),
            ("no pages or article number", self.without_pages),
            ("neither DOI nor arXiv id", self.without_doi_or_arxiv),
            ("no paper link", self.without_paper_link),
            ("facts declared unknown", self.with_declared_unknowns),
            ("facts from a list's label only", self.from_label_only),
            ("named in no public list", self.in_no_list),
            ("no modality", self.without_modality),
        ]
    }
}
