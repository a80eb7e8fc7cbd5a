//! Proof that the catalogue allocates nothing at run time: every lookup,
//! every query iterated to its end, `select` with every condition set,
//! `completeness()`, and every export (BibTeX, Markdown, JSON, CSL-JSON)
//! writing into a buffer that is already big enough.
//!
//! A counting global allocator is installed in this test binary only. It
//! counts the allocations of the thread that measures, so the test
//! harness's own threads do not interfere.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use rrg_catalog::export::bibtex::{self, Style};
use rrg_catalog::export::markdown;
use rrg_catalog::{Filter, Kind, Modality};

struct Counting;

thread_local! {
    /// Allocations (and reallocations) made by this thread while counting.
    static COUNT: Cell<usize> = const { Cell::new(0) };
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

fn note() {
    // `try_with`: the thread-locals may be gone while a thread exits.
    let _ = COUNTING.try_with(|counting| {
        if counting.get() {
            let _ = COUNT.try_with(|count| count.set(count.get() + 1));
        }
    });
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// bookkeeping touches only const-initialised thread-locals, which never
// allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `work` makes on this thread.
fn allocations<T>(work: impl FnOnce() -> T) -> usize {
    COUNT.with(|count| count.set(0));
    COUNTING.with(|counting| counting.set(true));
    black_box(work());
    COUNTING.with(|counting| counting.set(false));
    COUNT.with(Cell::get)
}

#[track_caller]
fn assert_none<T>(what: &str, work: impl FnOnce() -> T) {
    let count = allocations(work);
    assert_eq!(count, 0, "{what} allocated {count} times");
}

#[test]
fn the_counter_sees_allocations() {
    assert!(allocations(|| vec![1_u8; 16]) >= 1);
    assert!(allocations(|| String::from("not empty")) >= 1);
}

#[test]
fn lookups_allocate_nothing() {
    assert_none("a hit", || {
        rrg_catalog::get(black_box("chen-etal-2020-generating")).unwrap()
    });
    assert_none("an alias", || {
        rrg_catalog::get(black_box("li-2019-etal-knowledge")).unwrap()
    });
    assert_none("a miss", || {
        rrg_catalog::get(black_box("no-such-key")).is_none()
    });
    assert_none("a canonical key", || {
        rrg_catalog::canonical_key(black_box("wang-etal-2022-self")).unwrap()
    });
    assert_none("every alias", || rrg_catalog::aliases().count());
    let keys = rrg_catalog::entries().len();
    assert_none("every key", || {
        let found = rrg_catalog::entries()
            .iter()
            .filter(|entry| rrg_catalog::get(entry.key).is_some_and(|e| e.key == entry.key))
            .count();
        assert_eq!(found, keys);
    });
    assert_none("every alias", || {
        for (alias, key) in rrg_catalog::aliases() {
            assert_eq!(rrg_catalog::get(alias).map(|entry| entry.key), Some(key));
        }
    });
}

#[test]
fn queries_allocate_nothing() {
    let range = "2021..2023".parse().unwrap();
    assert_none("published_in", || {
        rrg_catalog::published_in(black_box(2023)).count()
    });
    assert_none("published_between", || {
        rrg_catalog::published_between(black_box(range)).count()
    });
    assert_none("at_venue", || {
        rrg_catalog::at_venue(black_box("miccai")).count()
    });
    assert_none("of_kind", || {
        rrg_catalog::of_kind(black_box(Kind::Dataset)).count()
    });
    assert_none("about_modality", || {
        rrg_catalog::about_modality(black_box(Modality::ChestXray)).count()
    });
    assert_none("with_code", || rrg_catalog::with_code().count());
    assert_none("involving_llm", || rrg_catalog::involving_llm().count());
    assert_none("search", || {
        rrg_catalog::search(black_box("MEMORY")).count()
    });
    assert_none("search with non-ASCII text", || {
        rrg_catalog::search(black_box("Müller")).count()
    });
    let full = Filter::new()
        .years(range)
        .venue("MICCAI")
        .kind(Kind::Paper)
        .modality(Modality::ChestXray)
        .has_code()
        .llm(false)
        .search("report");
    assert_none("select with a full filter", || {
        rrg_catalog::select(black_box(full)).count()
    });
    assert_none("every entry", || {
        rrg_catalog::entries()
            .iter()
            .map(|entry| entry.authors.len())
            .sum::<usize>()
    });
    assert_none("completeness", rrg_catalog::completeness);
}

#[test]
fn bibtex_into_a_big_enough_buffer_allocates_nothing() {
    for style in [Style::Canonical, Style::Portable] {
        let needed = bibtex::to_string(rrg_catalog::entries(), style).len();
        let mut out = String::with_capacity(needed);
        assert_none("a BibTeX export", || {
            bibtex::write(rrg_catalog::entries(), style, &mut out).unwrap()
        });
        assert_eq!(out.len(), needed);
    }
}

#[test]
fn markdown_into_a_big_enough_buffer_allocates_nothing() {
    let selections: [(&str, Vec<&rrg_catalog::Entry>); 3] = [
        (
            "the whole catalogue",
            rrg_catalog::entries().iter().collect(),
        ),
        ("a selection", rrg_catalog::with_code().collect()),
        (
            "named constants",
            vec![
                rrg_catalog::entries::CHEN_ETAL_2020_GENERATING,
                rrg_catalog::entries::JOHNSON_ETAL_2019_MIMIC_CXR_DE_IDENTIFIED,
            ],
        ),
    ];
    for (what, selection) in selections {
        let needed = markdown::to_string(selection.iter().copied()).len();
        let mut out = String::with_capacity(needed);
        assert_none(what, || {
            markdown::write(selection.iter().copied(), &mut out).unwrap()
        });
        assert_eq!(out.len(), needed, "{what}");
    }
}

#[cfg(feature = "json")]
#[test]
fn json_exports_into_a_big_enough_buffer_allocate_nothing() {
    use rrg_catalog::export::{csl, json};

    let needed = json::to_string(rrg_catalog::entries()).len();
    let mut out = Vec::with_capacity(needed);
    assert_none("the JSON export", || {
        json::write(rrg_catalog::entries(), &mut out).unwrap()
    });
    assert_eq!(out.len(), needed);

    let needed = csl::to_string(rrg_catalog::entries()).len();
    let mut out = Vec::with_capacity(needed);
    assert_none("the CSL-JSON export", || {
        csl::write(rrg_catalog::entries(), &mut out).unwrap()
    });
    assert_eq!(out.len(), needed);

    let selection = || rrg_catalog::search("memory");
    let needed = json::to_string(selection()).len();
    let mut out = Vec::with_capacity(needed);
    assert_none("the JSON export of a query", || {
        json::write(selection(), &mut out).unwrap()
    });
    assert_eq!(out.len(), needed);
}
