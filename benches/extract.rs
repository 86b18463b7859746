//! Claim extraction end to end (reading front matter, language, lexicon
//! scan, segmentation, recognizers, claims) over mixed English, French and
//! Japanese news: the bundled corpus repeated to 1 MB and to 16 MB, so the
//! two figures show whether time grows linearly with input.
//!
//! `cargo bench --bench extract -- --measurement-time 10`

use corroborate::{Document, Extractor};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

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

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("extract");
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
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
