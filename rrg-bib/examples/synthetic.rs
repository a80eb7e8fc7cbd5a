//! Writes a synthetic but realistic catalogue `.bib` of N entries to stdout,
//! for measuring the build at scale:
//!
//! ```sh
//! cargo run -p rrg-bib --example synthetic -- 10000 > /tmp/synthetic.bib
//! RRG_CATALOG_BIB=/tmp/synthetic.bib cargo build -p rrg-catalog --features reader
//! ```
//!
//! The output is deterministic for a given N. Entries have 1 to 12 authors
//! (some with non-ASCII names), a venue, links, some aliases, modalities and
//! LLM flags, and a few declared-unknown facts, like the real catalogue.

use std::fmt::Write as _;
use std::io::Write as _;

const FAMILIES: &[&str] = &[
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Müller",
    "García",
    "Nguyen",
    "Kim",
    "Søgaard",
    "Dalla Serra",
    "Öztürk",
    "Smith",
    "Rajpurkar",
    "Johnson",
    "Tanaka",
    "Kowalski",
    "Dubois",
];
const GIVENS: &[&str] = &[
    "Wei", "Anna", "José", "Yuki", "Björn", "Priya", "Chloé", "Omar", "Lena", "Hao",
];
const WORDS: &[&str] = &[
    "Knowledge",
    "Graph",
    "Contrastive",
    "Memory",
    "Transformer",
    "Chest",
    "Radiograph",
    "Alignment",
    "Prompt",
    "Diffusion",
    "Retrieval",
    "Curriculum",
    "Factual",
    "Clinical",
    "Semantic",
    "Hierarchical",
    "Multi-view",
    "Prior",
    "Reinforced",
    "Entity",
];
const VENUES: &[(&str, &str, bool)] = &[
    (
        "MICCAI",
        "Medical Image Computing and Computer Assisted Intervention",
        false,
    ),
    (
        "CVPR",
        "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition",
        false,
    ),
    (
        "ACL",
        "Proceedings of the Annual Meeting of the Association for Computational Linguistics",
        false,
    ),
    (
        "EMNLP",
        "Proceedings of the Conference on Empirical Methods in Natural Language Processing",
        false,
    ),
    ("TMI", "IEEE Transactions on Medical Imaging", true),
    ("MIA", "Medical Image Analysis", true),
];
const MODALITIES: &[&str] = &["chest-xray", "xray", "ct", "mri", "ffa", "surgical"];

/// A small deterministic generator (64-bit LCG), enough for test data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

fn main() {
    let count: usize = match std::env::args().nth(1).map(|n| n.parse()) {
        Some(Ok(count)) => count,
        _ => {
            eprintln!("usage: synthetic N   (writes N entries to stdout)");
            std::process::exit(2);
        }
    };
    let mut rng = Lcg(count as u64);
    let mut out = String::with_capacity(count * 700);
    out.push_str("% Synthetic catalogue for scale measurements; not real works.\n\n");
    for index in 0..count {
        write_entry(&mut out, index, &mut rng);
    }
    std::io::stdout()
        .write_all(out.as_bytes())
        .expect("stdout is writable");
}

fn write_entry(out: &mut String, index: usize, rng: &mut Lcg) {
    let year = 2015 + rng.next(10);
    let (short, full, journal) = VENUES[rng.next(VENUES.len())];
    let first = FAMILIES[rng.next(FAMILIES.len())];
    let word = WORDS[rng.next(WORDS.len())].to_lowercase();
    let key = format!("{}-etal-{year}-{word}-{index}", ascii_key(first));
    let authors: Vec<String> = (0..1 + rng.next(12))
        .map(|i| {
            let family = if i == 0 {
                first
            } else {
                FAMILIES[rng.next(FAMILIES.len())]
            };
            let family = if family.contains(' ') {
                format!("{{{family}}}")
            } else {
                family.to_owned()
            };
            format!("{family}, {}", GIVENS[rng.next(GIVENS.len())])
        })
        .collect();
    let title: Vec<&str> = (0..4 + rng.next(6))
        .map(|_| WORDS[rng.next(WORDS.len())])
        .collect();
    let (entry_type, venue_field) = if journal {
        ("article", "journaltitle")
    } else {
        ("inproceedings", "booktitle")
    };

    let _ = writeln!(out, "@{entry_type}{{{key},");
    if rng.next(5) == 0 {
        let _ = writeln!(
            out,
            "  ids          = {{upstream{index}, {}{year}{index}}},",
            ascii_key(first)
        );
    }
    let _ = writeln!(out, "  kind         = {{paper}},");
    let _ = writeln!(out, "  evidence     = {{record}},");
    let _ = writeln!(out, "  author       = {{{}}},", authors.join(" and "));
    let _ = writeln!(
        out,
        "  title        = {{{} for Radiology Report Generation: Study {index}}},",
        title.join(" ")
    );
    let _ = writeln!(out, "  {venue_field:<12} = {{{full}}},");
    let _ = writeln!(out, "  shortvenue   = {{{short}}},");
    let _ = writeln!(out, "  year         = {{{year}}},");
    let _ = writeln!(
        out,
        "  pages        = {{{}--{}}},",
        100 + index % 900,
        110 + index % 900
    );
    let _ = writeln!(out, "  doi          = {{10.5555/rrg.{index}}},");
    if rng.next(2) == 0 {
        let _ = writeln!(
            out,
            "  eprint       = {{{:02}{:02}.{:05}}},",
            year % 100,
            1 + rng.next(12),
            index % 100_000
        );
        let _ = writeln!(out, "  eprinttype   = {{arxiv}},");
    }
    let _ = writeln!(
        out,
        "  url          = {{https://example.org/papers/{index}}},"
    );
    if rng.next(3) == 0 {
        let _ = writeln!(
            out,
            "  code         = {{https://github.com/example/rrg-{index}}},"
        );
    }
    if rng.next(2) == 0 {
        let _ = writeln!(
            out,
            "  modality     = {{{}}},",
            MODALITIES[rng.next(MODALITIES.len())]
        );
    }
    if rng.next(8) == 0 {
        let _ = writeln!(out, "  llm          = {{true}},");
    }
    out.push_str("}\n\n");
}

fn ascii_key(family: &str) -> String {
    family
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ü' => 'u',
            'í' | 'ï' => 'i',
            'ø' | 'ö' => 'o',
            'á' => 'a',
            ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}
