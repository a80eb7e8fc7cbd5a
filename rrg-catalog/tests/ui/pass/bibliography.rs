// `bibliography!` is the BibTeX for biber of the entries, in the order given.
use rrg_catalog::bibliography;

const REFERENCES: &str = bibliography!("mimic-cxr", "chen-etal-2020-generating");

fn main() {
    let mut expected = String::new();
    rrg_model::bibtex::write_entries_as(
        [
            rrg_catalog::get("mimic-cxr").unwrap(),
            rrg_catalog::get("chen-etal-2020-generating").unwrap(),
        ],
        rrg_model::bibtex::Style::Portable,
        &mut expected,
    )
    .unwrap();
    assert_eq!(REFERENCES, expected);
    assert!(REFERENCES.starts_with("@article{johnson-etal-2019-mimic-cxr-de-identified,\n"));

    let one: &'static str = bibliography!("chen-etal-2020-generating");
    assert!(one.starts_with("@inproceedings{chen-etal-2020-generating,\n"));
    assert!(one.ends_with("}\n\n"));
}
