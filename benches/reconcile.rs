//! Claim reconciliation speed: 1M synthetic claims over 10,000 subjects.
//!
//! The claims are generated here, by a fixed-seed generator, so the bench
//! needs no data: 5 sources per subject plus 500 shared wire sources (a
//! tenth of outlets derive from an attacker post or an official
//! statement), 100 claims per subject over six predicates, with noisy
//! figures, vague bounds, denials, hedges and unknowns.
//!
//! Two groups: `reconcile` measures the CPU time of the benchmark thread
//! (from `/proc/thread-self/schedstat`, so the figure does not depend on
//! what the neighbours of a shared machine are doing), `reconcile-wall` the
//! wall clock of the same work. Both include dropping the report.
//!
//! Run with `cargo bench --bench reconcile`.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use corroborate::{
    Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Reconciler, Source, Unit, Value,
};

/// A small fixed-seed generator (SplitMix64): no extra dependency, same
/// data on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const SUBJECTS: u64 = 10_000;
const CLAIMS_PER_SUBJECT: u64 = 100;
const SOURCES_PER_SUBJECT: u64 = 5;
const WIRES: u64 = 500;

fn generate() -> (Vec<Source>, Vec<Claim>) {
    let mut rng = Rng(20_251_212);
    let mut sources = Vec::new();
    for w in 0..WIRES {
        sources.push(Source::new(format!("wire-{w}"), PartyKind::Media));
    }
    for s in 0..SUBJECTS {
        for k in 0..SOURCES_PER_SUBJECT {
            let id = format!("s{s}-{k}");
            let source = match k {
                0 => Source::new(id, PartyKind::Attacker),
                1 => Source::new(id, PartyKind::Official),
                _ if rng.below(10) == 0 => {
                    Source::new(id, PartyKind::Media).derived_from(format!("s{s}-{}", rng.below(2)))
                }
                _ => Source::new(id, PartyKind::Media),
            };
            sources.push(source);
        }
    }
    let actors = [
        "Indra",
        "ShinyHunters",
        "LockBit",
        "Scattered Spider",
        "Everest",
    ];
    let mut claims = Vec::with_capacity((SUBJECTS * CLAIMS_PER_SUBJECT) as usize);
    for s in 0..SUBJECTS {
        let subject = format!("victim {s}");
        let truth = 1_000 + rng.below(50_000_000) as i64;
        let attacker = Claimant::new(PartyKind::Attacker).named(actors[(s % 5) as usize]);
        for _ in 0..CLAIMS_PER_SUBJECT {
            let source = match rng.below(10) {
                0 => format!("wire-{}", rng.below(WIRES)),
                _ => format!("s{s}-{}", rng.below(SOURCES_PER_SUBJECT)),
            };
            let claimant = match rng.below(6) {
                0 | 1 => attacker.clone(),
                2 => Claimant::new(PartyKind::Official),
                3 => Claimant::new(PartyKind::Official).named(format!("spokesperson {}", s % 7)),
                _ => Claimant::new(PartyKind::Media),
            };
            let modality = match rng.below(20) {
                0..=11 => Modality::Asserted,
                12..=14 => Modality::Confirmed,
                15 | 16 => Modality::Hedged,
                17 | 18 => Modality::Denied,
                _ => Modality::Unknown,
            };
            let noisy = |rng: &mut Rng| truth + rng.below(3) as i64 * (truth / 10);
            let (predicate, value): (Predicate, Value) = match rng.below(6) {
                0 => (Predicate::Intrusion, (rng.below(10) != 0).into()),
                1 => (Predicate::DataExfiltration, (rng.below(3) != 0).into()),
                2 => (Predicate::Investigation, true.into()),
                3 => {
                    let q = match rng.below(3) {
                        0 => Quantity::at_least(truth / 2),
                        _ => Quantity::exact(noisy(&mut rng)),
                    };
                    (
                        Predicate::PersonsAffected,
                        q.with_unit(Unit::Persons).into(),
                    )
                }
                4 => {
                    let q = Quantity::exact(noisy(&mut rng) * 4).with_unit(Unit::Records);
                    (Predicate::RecordsAffected, q.into())
                }
                _ => {
                    let name = actors[((s + rng.below(2)) % 5) as usize];
                    (Predicate::Attribution, Value::Entity { name: name.into() })
                }
            };
            claims.push(
                Claim::new(subject.clone(), predicate, value)
                    .with_source(source)
                    .with_claimant(claimant)
                    .with_modality(modality),
            );
        }
    }
    (sources, claims)
}

/// The CPU time this thread has used, in nanoseconds; Linux only, and 0
/// elsewhere (the wall-clock group still measures).
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Criterion measurement of the benchmark thread's CPU time.
struct ThreadCpu;

struct Nanoseconds;

impl ValueFormatter for Nanoseconds {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = if typical < 1e3 {
            (1.0, "ns")
        } else if typical < 1e6 {
            (1e-3, "µs")
        } else if typical < 1e9 {
            (1e-6, "ms")
        } else {
            (1e-9, "s")
        };
        for v in values {
            *v *= factor;
        }
        unit
    }

    fn scale_throughputs(
        &self,
        typical: f64,
        throughput: &Throughput,
        values: &mut [f64],
    ) -> &'static str {
        let per = match *throughput {
            Throughput::Elements(n) | Throughput::Bytes(n) | Throughput::BytesDecimal(n) => {
                n as f64
            }
        };
        let _ = typical;
        for v in values {
            *v = per / (*v / 1e9);
        }
        "elem/s"
    }

    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

impl Measurement for ThreadCpu {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_cpu_ns()
    }

    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns().saturating_sub(start)
    }

    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }

    fn zero(&self) -> u64 {
        0
    }

    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        &Nanoseconds
    }
}

fn run<M: Measurement>(c: &mut Criterion<M>, name: &str, sources: &[Source], claims: &[Claim]) {
    let reconciler = Reconciler::new();
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    group.bench_function("1M claims, 10k subjects", |b| {
        b.iter(|| reconciler.reconcile(black_box(sources), black_box(claims)))
    });
    group.finish();
}

fn cpu(c: &mut Criterion<ThreadCpu>) {
    let (sources, claims) = generate();
    run(c, "reconcile", &sources, &claims);
}

fn wall(c: &mut Criterion<WallTime>) {
    let (sources, claims) = generate();
    run(c, "reconcile-wall", &sources, &claims);
}

criterion_group! {
    name = cpu_time;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = cpu
}
criterion_group!(wall_time, wall);
criterion_main!(cpu_time, wall_time);
