//! Results: the scores works report and leaderboards measure, each typed,
//! sourced, and tied to the protocol it was measured under.
//!
//! A [`Score`] is one value: one metric of one work (and variant) on one
//! split of one dataset, for one target section, under one [`Protocol`],
//! with its [`Provenance`] and the [`ResultSource`] it was read from. Two
//! scores are comparable only when dataset, split, target, metric and
//! protocol all agree; rankings never cross that line.

model_enum! {
    /// What a score measures. The name is the one the results file and
    /// every export use.
    pub enum Metric {
        /// BLEU with n-grams up to 1.
        Bleu1 = "bleu-1",
        /// BLEU with n-grams up to 2.
        Bleu2 = "bleu-2",
        /// BLEU with n-grams up to 3.
        Bleu3 = "bleu-3",
        /// BLEU with n-grams up to 4.
        Bleu4 = "bleu-4",
        /// METEOR.
        Meteor = "meteor",
        /// ROUGE-L.
        RougeL = "rouge-l",
        /// CIDEr (CIDEr-D as the COCO caption scorer computes it).
        Cider = "cider",
        /// BERTScore (F1); negative values occur when it is rescaled with a
        /// baseline.
        BertScore = "bertscore",
        /// SembScore: cosine similarity of CheXbert embeddings.
        SembScore = "sembscore",
        /// RadGraph F1: overlap of entities and relations RadGraph extracts.
        RadGraphF1 = "radgraph-f1",
        /// RadCliQ, first version: a combination of the metrics above fitted
        /// to radiologists' error counts; lower is better.
        RadCliqV0 = "radcliq-v0",
        /// RadCliQ, second version; lower is better.
        RadCliqV1 = "radcliq-v1",
        /// FineRadScore: clinically significant errors per report, as an
        /// LLM judges them; lower is better.
        FineRadScore = "fineradscore",
        /// Clinical efficacy precision over the labels a labeler extracts.
        CePrecision = "ce-precision",
        /// Clinical efficacy recall.
        CeRecall = "ce-recall",
        /// Clinical efficacy F1.
        CeF1 = "ce-f1",
    }
}

impl Metric {
    /// Whether a smaller value is the better one.
    pub const fn lower_is_better(self) -> bool {
        matches!(
            self,
            Metric::RadCliqV0 | Metric::RadCliqV1 | Metric::FineRadScore
        )
    }

    /// Whether the metric is a clinical efficacy score, computed from the
    /// labels a labeler extracts, so that its protocol must say which
    /// labeler, averaging, label set and uncertain-label policy.
    pub const fn is_clinical_efficacy(self) -> bool {
        matches!(self, Metric::CePrecision | Metric::CeRecall | Metric::CeF1)
    }

    /// The values the metric can take on the 0–1 scale, inclusive, or
    /// `None` where it has no fixed bounds (RadCliQ, FineRadScore).
    pub const fn unit_range(self) -> Option<(f64, f64)> {
        match self {
            Metric::BertScore => Some((-1.0, 1.0)),
            Metric::Cider => Some((0.0, 10.0)),
            Metric::RadCliqV0 | Metric::RadCliqV1 | Metric::FineRadScore => None,
            _ => Some((0.0, 1.0)),
        }
    }

    /// The name people print in tables, e.g. `BLEU-4`.
    pub const fn label(self) -> &'static str {
        match self {
            Metric::Bleu1 => "BLEU-1",
            Metric::Bleu2 => "BLEU-2",
            Metric::Bleu3 => "BLEU-3",
            Metric::Bleu4 => "BLEU-4",
            Metric::Meteor => "METEOR",
            Metric::RougeL => "ROUGE-L",
            Metric::Cider => "CIDEr",
            Metric::BertScore => "BERTScore",
            Metric::SembScore => "SembScore",
            Metric::RadGraphF1 => "RadGraph F1",
            Metric::RadCliqV0 => "RadCliQ-v0",
            Metric::RadCliqV1 => "RadCliQ-v1",
            Metric::FineRadScore => "FineRadScore",
            Metric::CePrecision => "CE precision",
            Metric::CeRecall => "CE recall",
            Metric::CeF1 => "CE F1",
        }
    }
}

model_enum! {
    /// The scale a value is printed on.
    pub enum Scale {
        /// As the metric is defined (BLEU 0–1, RadCliQ unbounded).
        Unit = "unit",
        /// Multiplied by 100 (BLEU 0–100).
        Percent = "percent",
    }
}

impl Scale {
    /// What a value on this scale is multiplied by to be on the unit scale.
    pub const fn to_unit(self) -> f64 {
        match self {
            Scale::Unit => 1.0,
            Scale::Percent => 0.01,
        }
    }
}

model_enum! {
    /// Which report section the generated text is compared with.
    pub enum Target {
        /// The findings section.
        Findings = "findings",
        /// The impression section.
        Impression = "impression",
        /// Findings and impression together.
        FindingsImpression = "findings+impression",
    }
}

model_enum! {
    /// The part of a dataset a split is.
    pub enum Part {
        /// A test set.
        Test = "test",
        /// A validation set.
        Validation = "validation",
    }
}

model_enum! {
    /// The labeler that turns reports into the labels clinical efficacy
    /// scores compare.
    pub enum Labeler {
        /// The rule-based CheXpert labeler (Irvin et al. 2019).
        Chexpert = "chexpert",
        /// CheXbert, the BERT labeler trained on CheXpert labels (Smit et al. 2020).
        Chexbert = "chexbert",
    }
}

model_enum! {
    /// How per-label or per-report scores are averaged.
    pub enum Averaging {
        /// Counts pooled over all labels, then one score.
        Micro = "micro",
        /// One score per label, then their mean.
        Macro = "macro",
        /// One score per report, then their mean.
        Example = "example",
        /// One score per label, weighted by its support.
        Weighted = "weighted",
    }
}

model_enum! {
    /// What an "uncertain" label counts as.
    pub enum Uncertain {
        /// As positive.
        Positive = "positive",
        /// As negative.
        Negative = "negative",
        /// As a class of its own.
        Own = "own-class",
    }
}

model_enum! {
    /// How a score came to be known.
    pub enum Provenance {
        /// Measured by a leaderboard that ran the work's model itself.
        Measured = "measured",
        /// Reported by the work's authors in their own paper or repository.
        Reported = "reported",
        /// Cited from the work in another work's comparison table.
        Cited = "cited",
        /// Reproduced: another work ran the method again and printed its own
        /// value.
        Reproduced = "reproduced",
    }
}

model_struct! {
    /// A test or validation set that scores are measured on.
    pub struct Split<'a> {
        /// The split's identifier in the results file, e.g.
        /// `mimic-cxr-official-test`.
        pub id: &'a str,
        /// The catalogue key of the dataset it is drawn from.
        pub dataset: &'a str,
        /// Test or validation.
        pub part: Part,
        /// The catalogue key of the work that defines it: the dataset itself
        /// for an official split, a leaderboard, or the work that first drew
        /// it.
        pub defined_by: &'a str,
        /// The number of studies it holds, or `None` where no source states
        /// it (declared unknown in the results file).
        pub size: Option<u32>,
        /// What it is, in a sentence.
        pub description: &'a str,
    }
}

model_struct! {
    /// How scores were computed: the facts that must agree for two values
    /// to be compared. `None` is a fact the sources leave unstated (the
    /// results file declares each one unknown), or, for the clinical
    /// efficacy fields, a protocol without clinical efficacy scores
    /// (`clinical_efficacy` is then `false`).
    pub struct Protocol<'a> {
        /// The protocol's identifier in the results file, e.g. `rexrank`.
        pub id: &'a str,
        /// What it is, in a sentence.
        pub description: &'a str,
        /// The catalogue key of the work that defines it (a leaderboard, or
        /// the work whose evaluation code others reuse).
        pub defined_by: &'a str,
        /// The code that computed the text-overlap metrics, e.g. the COCO
        /// caption evaluation toolkit.
        pub scorer: Option<&'a str>,
        /// Whether the protocol has clinical efficacy scores at all.
        pub clinical_efficacy: bool,
        /// The clinical efficacy labeler.
        pub labeler: Option<Labeler>,
        /// The clinical efficacy averaging.
        pub averaging: Option<Averaging>,
        /// The labels clinical efficacy is computed over, e.g. the 14
        /// CheXpert observations.
        pub label_set: Option<&'a str>,
        /// What an uncertain label counts as.
        pub uncertain: Option<Uncertain>,
        /// The sentence of a source that states the protocol, quoted.
        pub evidence: &'a str,
    }
}

model_struct! {
    /// Where scores were read: a table of a paper, a leaderboard's file, an
    /// authors' README.
    pub struct ResultSource<'a> {
        /// The source's identifier in the results file.
        pub id: &'a str,
        /// The catalogue key of the work the table belongs to: the paper, or
        /// the leaderboard.
        pub work: &'a str,
        /// The table's label in the source, e.g. `Table 3`, or the file name.
        pub table: &'a str,
        /// Where it can be read.
        pub url: &'a str,
        /// How the table was read, where not as text: e.g. transcribed from
        /// an image, or from a full-text copy of the paper.
        pub read_from: Option<&'a str>,
        /// For a file in a repository: `owner/name`.
        pub repository: Option<&'a str>,
        /// The file's path in that repository.
        pub path: Option<&'a str>,
        /// The commit the file was read at.
        pub commit: Option<&'a str>,
        /// The table's column header, as printed.
        pub header: &'a str,
    }
}

model_struct! {
    /// A value exactly as printed: its decimal text and scale, never a
    /// rounded float.
    pub struct Printed<'a> {
        /// The decimal text, e.g. `0.470` (trailing zeros kept).
        pub text: &'a str,
        /// The scale it is printed on.
        pub scale: Scale,
    }
}

impl Printed<'_> {
    /// The value on the unit scale, for ordering; the printed text stays
    /// the value of record.
    pub fn unit_value(&self) -> f64 {
        self.text.parse::<f64>().unwrap_or(f64::NAN) * self.scale.to_unit()
    }

    /// Whether two printed values are the same number on the same scale
    /// (`0.47` and `0.470` are).
    pub fn same_value(&self, other: &Printed<'_>) -> bool {
        self.scale == other.scale && self.text.parse::<f64>().ok() == other.text.parse::<f64>().ok()
    }
}

model_struct! {
    /// One score: one metric of one work on one split, as a source printed it.
    pub struct Score<'a> {
        /// The catalogue key of the work (method) the score is of.
        pub work: &'a str,
        /// The method's name as the source's row prints it, markers
        /// included (`CheXagent*`, `R2Gen [5]`, `Ours`).
        pub printed_name: &'a str,
        /// The variant of the method the source names, e.g. a model trained
        /// on other data, or `None` for the method as published.
        pub variant: Option<&'a str>,
        /// The catalogue key of the dataset.
        pub dataset: &'a str,
        /// The split of that dataset (by its `id` in JSON).
        #[cfg_attr(feature = "serde", serde(serialize_with = "by_id"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        pub split: &'a Split<'a>,
        /// Whether the model was trained on this dataset's training set
        /// (in-domain), where the source says: ReXrank marks such models
        /// with `*`; a cross-dataset evaluation is `Some(false)`.
        pub trained_on_dataset: Option<bool>,
        /// The report section compared with, or `None` where the source
        /// does not say.
        pub target: Option<Target>,
        /// What was measured.
        pub metric: Metric,
        /// The value as printed.
        pub value: Printed<'a>,
        /// How it was computed (by its `id` in JSON).
        #[cfg_attr(feature = "serde", serde(serialize_with = "by_id"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        pub protocol: &'a Protocol<'a>,
        /// How it came to be known.
        pub provenance: Provenance,
        /// The catalogue key of the work that measured, cited or reproduced
        /// it (the leaderboard, the citing or the reproducing work); `None`
        /// for a reported score.
        pub via: Option<&'a str>,
        /// Where it was read (by its `id` in JSON).
        #[cfg_attr(feature = "serde", serde(serialize_with = "by_id"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        pub source: &'a ResultSource<'a>,
        /// The source's row, quoted as printed.
        pub quote: &'a str,
    }
}

impl<'a> Score<'a> {
    /// The work that re-ran the method, if this score is a reproduction: a
    /// reproduction is a measurement of its own, never merged with the
    /// work's own value.
    pub fn reproduced_by(&self) -> Option<&'a str> {
        (self.provenance == Provenance::Reproduced)
            .then_some(self.via)
            .flatten()
    }

    /// Whether this score and `other` were measured the same way, so that
    /// ranking them together means something: same dataset, split, target,
    /// metric and protocol.
    pub fn comparable(&self, other: &Score<'_>) -> bool {
        self.dataset == other.dataset
            && self.split.id == other.split.id
            && self.target == other.target
            && self.metric == other.metric
            && self.protocol.id == other.protocol.id
    }
}

/// A value that scores refer to by its identifier.
pub trait Identified {
    /// The identifier in the results file.
    fn id(&self) -> &str;
}

impl Identified for Split<'_> {
    fn id(&self) -> &str {
        self.id
    }
}

impl Identified for Protocol<'_> {
    fn id(&self) -> &str {
        self.id
    }
}

impl Identified for ResultSource<'_> {
    fn id(&self) -> &str {
        self.id
    }
}

/// Writes a reference to a split, protocol or source as its identifier,
/// so that the JSON export gives each once, not once per score.
#[cfg(feature = "serde")]
fn by_id<T: Identified, S: serde::Serializer>(
    value: &&T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.id())
}

/// The score that stands for several sources of one value (a cell of the
/// results file, a work's standing on a leaderboard): the work's own
/// (reported) or a leaderboard's (measured) value, else the value most
/// sources give, else the first in the order given. `score` reads the score
/// of an item.
pub fn preferred<T>(items: &[T], score: impl Fn(&T) -> &Score<'_>) -> Option<&T> {
    let own = |item: &&T| {
        matches!(
            score(item).provenance,
            Provenance::Reported | Provenance::Measured
        )
    };
    if let Some(item) = items.iter().find(own) {
        return Some(item);
    }
    let agreeing = |one: &T| {
        items
            .iter()
            .filter(|other| score(other).value.same_value(&score(one).value))
            .count()
    };
    let most = items.iter().map(agreeing).max()?;
    items.iter().find(|item| agreeing(item) == most)
}
