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
        /// Endoscopy (gastrointestinal, bronchoscopic, …).
        Endoscopy = "endoscopy",
        /// Positron emission tomography, alone or with CT.
        Pet = "pet",
        /// Mammography.
        Mammography = "mammography",
        /// Ophthalmic imaging other than angiography: fundus photographs,
        /// optical coherence tomography, slit lamp.
        Ophthalmology = "ophthalmology",
        /// Dermatology images: dermoscopy, clinical skin photographs.
        Dermatology = "dermatology",
        /// Electrocardiograms, as signals or as their printed traces: ECG
        /// report generation shares the task, its models and its metrics.
        Ecg = "ecg",
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

model_enum! {
    /// A public list of the field's works, read at one commit
    /// ([`List::repository`], [`List::commit`]); an entry names the lists
    /// that name it in [`Entry::listed_in`](crate::Entry::listed_in).
    pub enum List {
        /// The README of the survey *A Systematic Review of Deep
        /// Learning-based Research on Radiology Report Generation*.
        SynlpRrgReview = "synlp-rrg-review",
        /// A list by the survey's first author, with a `.bib` file.
        AlonzoAwesomeRrg = "alonzo-awesome-rrg",
        /// A list of report-generation papers by year, to 2026.
        MkRunnerAwesomeRrg = "mk-runner-awesome-rrg",
        /// A list of medical report generation papers, data sets and CT
        /// works, to 2026.
        EventAhuMedicalImageAnalysis = "event-ahu-mia",
    }
}

impl List {
    /// The repository the list lives in, as `owner/name` on GitHub.
    pub const fn repository(self) -> &'static str {
        match self {
            List::SynlpRrgReview => "synlp/RRG-Review",
            List::AlonzoAwesomeRrg => "AlonzoLeeeooo/awesome-radiology-report-generation",
            List::MkRunnerAwesomeRrg => "mk-runner/Awesome-Radiology-Report-Generation",
            List::EventAhuMedicalImageAnalysis => "Event-AHU/Medical_Image_Analysis",
        }
    }

    /// The commit the catalogue read the list at (abbreviated).
    pub const fn commit(self) -> &'static str {
        match self {
            List::SynlpRrgReview => "0ed7cd0",
            List::AlonzoAwesomeRrg => "f2e2621",
            List::MkRunnerAwesomeRrg => "373e70d",
            List::EventAhuMedicalImageAnalysis => "131e5ec",
        }
    }
}

model_enum! {
    /// Where an entry's bibliographic facts (authors, venue, year, pages,
    /// identifiers) come from.
    pub enum Evidence {
        /// A bibliographic record: a publisher's or the Anthology's page,
        /// an arXiv abstract, the authors' own BibTeX, a published
        /// reference list.
        Record = "record",
        /// Only the label a list gives (`MICCAI'24`): the venue and year are
        /// the list's word, not a checked fact.
        Label = "label",
    }
}

model_enum! {
    /// How serious a finding is, of the linter or of `rrg import`.
    pub enum Level {
        /// For information: nothing is wrong, but it is worth knowing (e.g.
        /// that an `@article` is an arXiv preprint).
        Note = "note",
        /// Worth a look; does not fail a build.
        Warning = "warning",
        /// Must be fixed; fails the build (and `rrg lint`, `rrg import`
        /// exit with 1).
        Error = "error",
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
