//! The closed vocabularies of the catalogue.

/// A name that is not one of an enum's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseEnumError {
    /// The enum that was asked for, e.g. `Kind`.
    pub what: &'static str,
    /// Every name it accepts.
    pub expected: &'static [&'static str],
}

impl core::fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "not a {}; expected one of: ", self.what)?;
        for (i, name) in self.expected.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(name)?;
        }
        Ok(())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseEnumError {}

model_enum! {
    /// What role a work plays in the literature. A work can have several
    /// (RadGraph is both a dataset and a toolkit).
    pub enum Kind {
        /// A research paper on report generation.
        Paper = "paper",
        /// A dataset (images with reports, annotations, benchmarks).
        Dataset = "dataset",
        /// A tool used by the field, e.g. a labeller or a metric.
        Toolkit = "toolkit",
        /// A survey or review of the field.
        Survey = "survey",
    }
}

model_enum! {
    /// The imaging modality a work is about, set only where its title or the
    /// bibliographic facts say so.
    pub enum Modality {
        /// Chest radiographs (chest X-ray, CXR).
        ChestXray = "chest-xray",
        /// X-ray images whose body part the work does not state.
        Xray = "xray",
        /// Computed tomography.
        Ct = "ct",
        /// Magnetic resonance imaging.
        Mri = "mri",
        /// Ophthalmic fundus fluorescein angiography.
        Ffa = "ffa",
        /// Surgical scenes and video.
        Surgical = "surgical",
        /// Histopathology.
        Pathology = "pathology",
        /// Ultrasound.
        Ultrasound = "ultrasound",
    }
}

model_enum! {
    /// The biblatex entry type.
    pub enum EntryType {
        /// A journal article (`@article`).
        Article = "article",
        /// A paper in conference or workshop proceedings (`@inproceedings`).
        InProceedings = "inproceedings",
        /// A part of a book with its own title (`@incollection`).
        InCollection = "incollection",
        /// A chapter of a book (`@inbook`).
        InBook = "inbook",
        /// A whole book (`@book`).
        Book = "book",
        /// A whole proceedings volume (`@proceedings`).
        Proceedings = "proceedings",
        /// A work published online only, such as a preprint (`@online`).
        Online = "online",
        /// A report, e.g. a technical report (`@report`).
        Report = "report",
        /// A thesis (`@thesis`).
        Thesis = "thesis",
        /// A data set (`@dataset`).
        Dataset = "dataset",
        /// Software (`@software`).
        Software = "software",
        /// Anything that fits no other type (`@misc`).
        Misc = "misc",
    }
}

impl EntryType {
    /// Whether a work of this type is part of a collection (a proceedings
    /// paper, a chapter), whose venue is a `booktitle` rather than a
    /// `journaltitle`.
    pub const fn is_contribution(self) -> bool {
        matches!(
            self,
            EntryType::InProceedings | EntryType::InCollection | EntryType::InBook
        )
    }
}
