//! The timed passes of the `quantities` and `times` examples' `--jsonl-input`
//! mode, whose `timing:` line `scripts/peers/compare.py` reads.

use std::time::Instant;

/// Calls `pass` with the pass number (0, 1, ...) at least `repeat` times and
/// until `min_seconds` of wall clock have passed; returns the line
/// `timing: sentences=N seconds=S[ cpu_seconds=C]` for `sentences` per pass.
pub fn timed_passes(
    sentences: usize,
    repeat: usize,
    min_seconds: f64,
    mut pass: impl FnMut(usize),
) -> String {
    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let mut passes = 0;
    while passes < repeat || start.elapsed().as_secs_f64() < min_seconds {
        pass(passes);
        passes += 1;
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu = cpu_start
        .zip(thread_cpu_seconds())
        .map(|(a, b)| format!(" cpu_seconds={:.9}", b - a))
        .unwrap_or_default();
    format!(
        "timing: sentences={} seconds={seconds:.9}{cpu}",
        sentences * passes
    )
}

/// CPU time this thread has run, in seconds, where the kernel says
/// (`/proc/thread-self/schedstat`, Linux): on a shared machine it does not
/// count the time other processes held the core.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
