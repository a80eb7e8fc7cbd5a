//! Links: their role, from the link's text or its host. What an address
//! names (its arXiv id or DOI, its normalised form) is read by
//! `rrg_bib::addresses`, which the catalogue's checks share.

pub use rrg_bib::addresses::{
    arxiv_date, arxiv_id, arxiv_of_url, doi, doi_of_url, host, normalised_url, path,
};

use crate::model::Role;

/// The role a link's text names, if it names one: `paper`, `pdf`, `code`,
/// `github`, `project`, `homepage`, `dataset`, `data`, `huggingface`, … in
/// any case, inside any brackets.
pub fn role_of_text(text: &str) -> Option<Role> {
    let word = text
        .trim()
        .trim_matches(|c: char| c == '[' || c == ']' || c == '*' || c == '_' || c.is_whitespace())
        .to_lowercase();
    let word = word.as_str();
    let role = match word {
        "paper" | "pdf" | "arxiv" | "link" | "article" | "preprint" | "publication" | "doi" => {
            Role::Paper
        }
        "code" | "github" | "gitlab" | "official code" | "source code" | "source" | "repo"
        | "repository" | "reproduced code" | "unofficial code" | "implementation" => Role::Code,
        "project" | "project page" | "homepage" | "home page" | "page" | "website" | "site"
        | "demo" | "blog" => Role::Project,
        "dataset" | "data" | "data set" | "benchmark" | "download" => Role::Dataset,
        "huggingface" | "hugging face" | "hf" | "model" | "models" | "weights" | "checkpoint"
        | "checkpoints" => Role::Huggingface,
        "leaderboard" | "pypi" | "slides" | "video" | "poster" | "talk" | "supplementary"
        | "bibtex" | "bib" => Role::Other,
        _ if word.starts_with("dataset") => Role::Dataset,
        _ if word.ends_with("-code") || word.ends_with(" code") || word.ends_with("(code)") => {
            Role::Code
        }
        _ => return None,
    };
    Some(role)
}

/// Hosts whose addresses hold source code.
pub const CODE_HOSTS: &[&str] = &[
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "gitee.com",
    "codeberg.org",
    "sourceforge.net",
    "huggingface.co",
    "pypi.org",
    "kaggle.com",
    "git.rwth-aachen.de",
];

/// Whether an address is on a code host: one of [`CODE_HOSTS`], a
/// subdomain of one, or a host whose name starts with `git.` or `gitlab.`.
pub fn is_code_host(url: &str) -> bool {
    let Some(host) = host(url) else { return false };
    host.starts_with("git.")
        || host.starts_with("gitlab.")
        || CODE_HOSTS
            .iter()
            .any(|code| host == *code || host.ends_with(&format!(".{code}")))
}

/// The role of a link that names none in its text: from its host.
pub fn role_of_url(url: &str) -> Role {
    match host(url).as_deref() {
        Some("huggingface.co") if path(url).starts_with("/papers/") => Role::Paper,
        Some("huggingface.co") => Role::Huggingface,
        Some("github.com" | "gitlab.com" | "bitbucket.org" | "gitee.com") => Role::Code,
        _ => Role::Paper,
    }
}

/// Whether a link's address is missing or a stand-in: empty, `#`, or a
/// word instead of an address.
pub fn is_placeholder(url: &str) -> bool {
    let url = url.trim();
    url.is_empty()
        || url == "#"
        || matches!(
            url.to_ascii_lowercase().as_str(),
            "tbd" | "todo" | "coming soon" | "soon" | "none" | "null" | "n/a" | "url" | "link"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_hosts() {
        assert_eq!(role_of_text("[Paper]"), Some(Role::Paper));
        assert_eq!(role_of_text("Reproduced Code"), Some(Role::Code));
        assert_eq!(role_of_text("R2GenCMN-Code"), Some(Role::Code));
        assert_eq!(role_of_text("dataset (the second QA)"), Some(Role::Dataset));
        assert_eq!(role_of_text("Hugging Face"), Some(Role::Huggingface));
        assert_eq!(role_of_text("A Study of Things"), None);
        assert!(is_code_host("https://github.com/a/b"));
        assert!(is_code_host("https://huggingface.co/a/b"));
        assert!(!is_code_host("https://arxiv.org/pdf/2412.11070"));
        assert!(!is_code_host("https://llava-vl.github.io/blog/"));
        assert!(is_placeholder("") && is_placeholder(" # ") && !is_placeholder("https://x.org"));
    }
}
