//! What the command-line tests share: running the binary and a scratch folder.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `rrg` with these arguments.
pub fn rrg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rrg"))
        .args(args)
        .output()
        .expect("the rrg binary runs")
}

/// An empty folder of its own under cargo's temporary folder for tests.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
