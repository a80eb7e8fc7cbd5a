//! Settings shared by the benchmarks: short runs, so that the whole
//! `cargo bench -p rrg-catalog --all-features` takes a few minutes on two
//! cores.
#![allow(dead_code)] // each benchmark uses a part

use std::fmt;
use std::time::Duration;

use criterion::Criterion;

/// Criterion with short warm-up and measurement times.
pub fn quick() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50)
        .configure_from_args()
}

/// A `fmt::Write` that keeps nothing and counts the bytes written, so that
/// an export is measured without the cost of growing a buffer.
#[derive(Default)]
pub struct Sink {
    /// Bytes written.
    pub bytes: usize,
}

impl fmt::Write for Sink {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.bytes += text.len();
        Ok(())
    }
}
