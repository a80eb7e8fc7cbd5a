//! Comparing titles: the normalised form, the forms with and without a
//! short-name prefix, and the fuzzy score.
//!
//! **Normalised title**: lowercase letters and digits only
//! ([`rrg_bib::normalised_title`]), so that case, punctuation, spacing and
//! hyphenation do not hide a repeat.
//!
//! **Fuzzy score**: the normalised Levenshtein similarity of two normalised
//! titles, `1 - distance / max(len)`, from 0 to 1 ([`score`]). Titles of
//! very different length, or that share few letter pairs, are not compared
//! (their score is 0): the length bound is exact (Levenshtein is at least
//! the difference in length); the letter-pair bound ([`PAIRS`]) skips
//! pairs that share less than 70 % of their letter pairs, which in the
//! field's lists are never near [`AMBIGUOUS`].

/// A fuzzy score from which two titles are taken to be one work's
/// (rewordings of case, punctuation, a word or two: `Mix-up` and `Mixup`,
/// `Trust It or Not` and `Trust it or not`, an added `A`).
pub const SAME: f64 = 0.90;

/// A fuzzy score from which two titles may be one work's and a person must
/// decide (`ambiguous`); below it they are different works.
pub const AMBIGUOUS: f64 = 0.80;

/// The share of letter pairs (Dice coefficient of the normalised titles'
/// distinct letter pairs) below which two titles are not compared: titles
/// at [`AMBIGUOUS`] or above share far more (rewordings keep most pairs).
pub const PAIRS: f64 = 0.7;

/// A title prepared for comparison: its normalised forms and the letter
/// pairs of the first.
#[derive(Debug, Clone)]
pub struct Title {
    /// The normalised forms: the title, and the title without or with its
    /// short-name prefix.
    pub forms: Vec<String>,
    /// The normalised short names: the one given and a `Name:` prefix of
    /// at most three words.
    pub names: Vec<String>,
    /// Whether the title is only a name (one or two words, no colon), as
    /// `RadGraph` or `CheXpert` in a list of toolkits: it equals a title
    /// with that short name.
    pub bare: bool,
    pairs: Pairs,
}

impl Title {
    /// A title and, if known, its short name: both `Name: Title` and
    /// `Title` are forms of it; a title that starts with `X:` (a short
    /// prefix of at most four words) has its rest as a form too.
    pub fn new(title: &str, name: Option<&str>) -> Self {
        let mut forms = vec![rrg_bib::normalised_title(title)];
        if let Some(name) = name {
            let with = rrg_bib::normalised_title(&format!("{name} {title}"));
            if !forms[0].starts_with(&rrg_bib::normalised_title(name)) {
                forms.push(with);
            }
        }
        if let Some((prefix, rest)) = title.split_once(':') {
            if prefix.split_whitespace().count() <= 4 && rest.split_whitespace().count() >= 3 {
                forms.push(rrg_bib::normalised_title(rest));
            }
        }
        forms.retain(|form| !form.is_empty());
        forms.dedup();
        let mut names: Vec<String> = name.map(rrg_bib::normalised_title).into_iter().collect();
        if let Some((prefix, _)) = title.split_once(':') {
            if prefix.split_whitespace().count() <= 3 {
                names.push(rrg_bib::normalised_title(prefix));
            }
        }
        names.retain(|name| !name.is_empty());
        let bare = !title.contains(':') && (1..=2).contains(&title.split_whitespace().count());
        let pairs = forms.first().map_or([0; 16], |form| pairs(form));
        Title {
            forms,
            names,
            bare,
            pairs,
        }
    }

    /// Whether any normalised form equals one of `other`'s.
    pub fn equals(&self, other: &Title) -> bool {
        let named = |bare: &Title, named: &Title| {
            bare.bare
                && bare
                    .forms
                    .first()
                    .is_some_and(|form| named.names.contains(form))
        };
        self.forms
            .iter()
            .any(|form| other.forms.iter().any(|theirs| theirs == form))
            || named(self, other)
            || named(other, self)
    }

    /// The best fuzzy score between a form of each (0 when the cheap bounds
    /// show it is below [`AMBIGUOUS`]).
    pub fn score(&self, other: &Title) -> f64 {
        if self.equals(other) {
            return 1.0;
        }
        if dice(&self.pairs, &other.pairs) < PAIRS {
            return 0.0;
        }
        let mut best: f64 = 0.0;
        for mine in &self.forms {
            for theirs in &other.forms {
                best = best.max(score(mine, theirs));
            }
        }
        best
    }
}

/// The normalised Levenshtein similarity of two normalised titles; 0 when
/// their lengths alone put it below [`AMBIGUOUS`].
///
/// ```
/// use rrg_import::titles::score;
/// assert_eq!(score("abc", "abc"), 1.0);
/// assert!(score("iconimprovingmixup", "iconimprovingmixupp") > 0.9);
/// assert_eq!(score("short", "averymuchlongertitle"), 0.0);
/// ```
pub fn score(a: &str, b: &str) -> f64 {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let longest = la.max(lb);
    if longest == 0 {
        return 1.0;
    }
    if 1.0 - (la.abs_diff(lb) as f64) / (longest as f64) < AMBIGUOUS {
        return 0.0;
    }
    strsim::normalized_levenshtein(a, b)
}

/// A set of letter pairs: each pair hashed to one of 1,024 bits.
type Pairs = [u64; 16];

/// The letter pairs of a text.
fn pairs(text: &str) -> Pairs {
    let mut set = [0u64; 16];
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = previous {
            let hash = (p as u32).wrapping_mul(0x9E37_79B1) ^ (c as u32).wrapping_mul(0x85EB_CA6B);
            let bit = (hash >> 22) as usize; // 0..1024
            set[bit / 64] |= 1 << (bit % 64);
        }
        previous = Some(c);
    }
    set
}

/// The Dice coefficient of two sets. Two pairs that hash to one bit count
/// as shared, so the value is never below the exact one: a bound that
/// only lets more pairs through.
fn dice(a: &Pairs, b: &Pairs) -> f64 {
    let count = |set: &Pairs| set.iter().map(|w| w.count_ones()).sum::<u32>();
    let (na, nb) = (count(a), count(b));
    if na + nb == 0 {
        return 1.0;
    }
    let shared: u32 = a.iter().zip(b).map(|(x, y)| (x & y).count_ones()).sum();
    2.0 * f64::from(shared) / f64::from(na + nb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_with_and_without_the_short_name() {
        let listed = Title::new(
            "Observation-Guided Radiology Report Generation via Tree Reasoning",
            Some("ORGAN"),
        );
        let entry = Title::new(
            "ORGAN: Observation-Guided Radiology Report Generation via Tree Reasoning",
            None,
        );
        assert!(listed.equals(&entry));
        let plain = Title::new(
            "ORGAN: Observation-Guided Radiology Report Generation via Tree Reasoning",
            Some("ORGAN"),
        );
        assert_eq!(plain.forms.len(), 2, "{:?}", plain.forms);
    }

    #[test]
    fn near_titles_score_high_and_others_low() {
        let a = Title::new(
            "ICON: Improving Inter-Report Consistency of Radiology Report Generation via Lesion-aware Mix-up Augmentation",
            None,
        );
        let b = Title::new(
            "ICON: Improving Inter-Report Consistency in Radiology Report Generation via Lesion-aware Mixup Augmentation",
            None,
        );
        assert!(a.score(&b) >= SAME, "{}", a.score(&b));
        let c = Title::new(
            "Generating Radiology Reports via Memory-driven Transformer",
            None,
        );
        assert!(a.score(&c) < AMBIGUOUS);
    }
}
