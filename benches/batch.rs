//! `Extractor::extract_all` on one and on two rayon threads: the bundled
//! corpus cycled to about 4 MB (some 1,500 documents), parsed once outside
//! the measurement. Needs the `rayon` feature:
//!
//! `cargo bench --features rayon --bench batch -- --measurement-time 10`

use corroborate::{Document, Extractor};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn documents(size: usize) -> (Vec<Document>, usize) {
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
    let corpus: Vec<_> = files
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read(p).expect("readable")))
        .collect();
    let mut docs = Vec::new();
    let mut total = 0;
    for (name, bytes) in corpus.iter().cycle() {
        if total >= size {
            break;
        }
        total += bytes.len();
        docs.push(Document::parse(name, bytes).expect("corpus parses"));
    }
    (docs, total)
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let (docs, total) = documents(4 << 20);
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(total as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        group.bench_function(format!("{threads}-thread"), |b| {
            b.iter(|| {
                let all = pool.install(|| extractor.extract_all(&docs));
                all.iter().map(Vec::len).sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
