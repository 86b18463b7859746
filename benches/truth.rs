//! Truth discovery at 1M synthetic claims (generated in memory by the port
//! of the shared `gen_dataset.py`, `--claims 1000000 --seed 11`, the same
//! bytes as the script writes).
//!
//! `end_to_end/sums` is what the issue measures: read the CSV, build the
//! dataset, run 20 iterations and write the JSON (to a sink). The other
//! benchmarks time one stage or one algorithm on a built dataset.
//!
//! Times are the CPU time of the benchmark thread (Linux
//! `/proc/thread-self/schedstat`; the wall clock where it is missing):
//! the machine is shared, and CPU time is what "on one core" means.
//!
//! `cargo bench --bench truth`

#[path = "../examples/support/gen_dataset.rs"]
mod gen_dataset;

#[path = "support/thread_cpu.rs"]
mod thread_cpu;

use std::hint::black_box;
use std::time::Duration;

use corroborate::truth::{AccuCopy, Algorithm, Crh, Dataset, Method, write_json};
use criterion::measurement::WallTime;
use criterion::{Criterion, criterion_group, criterion_main};
use thread_cpu::ThreadCpu;

fn claims() -> String {
    gen_dataset::generate(&gen_dataset::Params::new(1_000_000, 11)).claims_csv
}

fn bench(c: &mut Criterion<ThreadCpu>) {
    let csv = claims();
    let mut group = c.benchmark_group("truth_1m");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));

    group.bench_function("end_to_end/sums", |b| {
        b.iter(|| {
            let data = Dataset::read_csv(csv.as_bytes()).unwrap();
            let result = Method::Sums.algorithm(Some(20)).run(&data);
            write_json(std::io::sink(), &data, &[(&result, None)]).unwrap();
            black_box(result.iterations())
        })
    });
    group.bench_function("read_and_build", |b| {
        b.iter(|| black_box(Dataset::read_csv(csv.as_bytes()).unwrap().num_candidates()))
    });

    let data = Dataset::read_csv(csv.as_bytes()).unwrap();
    for method in Method::COMPATIBLE {
        let alg = method.algorithm(Some(20));
        group.bench_function(format!("run/{method}"), |b| {
            b.iter(|| black_box(alg.run(&data).iterations()))
        });
    }
    let crh = Crh::new();
    group.bench_function("run/crh", |b| {
        b.iter(|| black_box(crh.run(&data).iterations()))
    });
    let accu = AccuCopy::new();
    group.bench_function("run/accu_copy", |b| {
        b.iter(|| black_box(accu.run(&data).iterations()))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(ThreadCpu(WallTime));
    targets = bench
}
criterion_main!(benches);
