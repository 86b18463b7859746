//! Claim extraction end to end (reading front matter, language, lexicon
//! scan, segmentation, recognizers, claims) over mixed English, French and
//! Japanese news: the bundled corpus repeated to 1 MB and to 16 MB, so the
//! two figures show whether time grows linearly with input.
//!
//! `cargo bench --bench extract -- --measurement-time 10`
//!
//! The development machine is shared, so, as in `benches/times.rs`, the
//! group `extract` measures the CPU time of the benchmark thread (from
//! `/proc/thread-self/schedstat` on Linux, the wall clock elsewhere): MB/s
//! on one core. `extract-wall` keeps the wall clock for comparison.

#[path = "support/thread_cpu.rs"]
mod thread_cpu;

use corroborate::{Document, Extractor};
use criterion::measurement::{Measurement, WallTime};
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use thread_cpu::ThreadCpu;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/corpus/fr-interior-2025"
    );
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the bundled corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read(&p).expect("readable"),
            )
        })
        .collect()
}

/// The corpus files, cycled until `size` bytes.
fn news(size: usize) -> (Vec<(String, Vec<u8>)>, usize) {
    let corpus = corpus();
    let mut out = Vec::new();
    let mut total = 0;
    for (name, bytes) in corpus.iter().cycle() {
        if total >= size {
            break;
        }
        total += bytes.len();
        out.push((name.clone(), bytes.clone()));
    }
    (out, total)
}

fn run<M: Measurement>(group: &mut BenchmarkGroup<'_, M>, extractor: &Extractor) {
    group.sample_size(10);
    for (label, size) in [("1MB", 1 << 20), ("16MB", 16 << 20)] {
        let (docs, total) = news(size);
        group.throughput(Throughput::Bytes(total as u64));
        group.bench_function(label, |b| {
            b.iter(|| {
                let mut claims = 0usize;
                for (name, bytes) in &docs {
                    let doc = Document::parse(name, bytes).expect("corpus parses");
                    claims += extractor.extract(&doc).len();
                }
                claims
            })
        });
    }
}

fn bench_cpu(c: &mut Criterion<ThreadCpu>) {
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("extract");
    run(&mut group, &extractor);
    group.finish();
}

fn bench_wall(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("extract-wall");
    run(&mut group, &extractor);
    group.finish();
}

criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpu(WallTime));
    targets = bench_cpu
}
criterion_group!(wall, bench_wall);
criterion_main!(cpu, wall);
