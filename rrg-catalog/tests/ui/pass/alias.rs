// An alias (an upstream key kept for compatibility) is the canonical entry.
use rrg_catalog::cite;

fn main() {
    let by_alias = cite!("li-2019-etal-knowledge");
    let by_key = cite!("li-etal-2019-knowledge-driven");
    assert_eq!(by_alias, by_key);
    assert_eq!(by_alias.key, "li-etal-2019-knowledge-driven");

    // Aliases that do not follow the key convention work the same.
    assert_eq!(
        cite!("mimic-cxr").key,
        "johnson-etal-2019-mimic-cxr-de-identified"
    );
    assert!(cite!("10.1007/978-3-031-16449-1_48").answers_to("10.1007/978-3-031-16449-1_48"));
    assert!(cite!("10356722").answers_to("10356722"));
    // Raw string literals are string literals.
    assert_eq!(cite!(r"iu-xray").key, "demner-fushman-etal-2016-preparing");
}
