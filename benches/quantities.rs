//! Throughput of quantity recognition over mixed English, French and
//! Japanese news text generated here (deterministic, no I/O): 1 MB and
//! 16 MB of dense figures and of prose, to show that time grows linearly
//! with input.
//!
//! `cargo bench --bench quantities`
//!
//! Times are the CPU time of the benchmark thread
//! (`/proc/thread-self/schedstat`, Linux; the wall clock where it is
//! missing): the development machine is shared, and CPU time is what "MB/s
//! on one core" means.

#[path = "support/thread_cpu.rs"]
mod thread_cpu;

use std::hint::black_box;
use std::time::Duration;

use corroborate::Language;
use corroborate::recognize::QuantityRecognizer;
use criterion::measurement::WallTime;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use thread_cpu::ThreadCpu;

const EN: &[&str] = &[
    "The ministry said more than 16 million people were affected, and the attacker claimed 16,444,373 records.",
    "Investigators found nearly 70 million rows in a 1.5 TB archive; about 4.5 million customers were notified in 2025.",
    "Between 10 and 12 million accounts were exposed, the company said on 12 December, up to 30% of its users.",
    "A ransom of $2.5 million was demanded from the 3 hospitals, according to section 4 of the report.",
];
const FR: &[&str] = &[
    "Plus de 16 millions de Français seraient concernés, selon le ministère, qui évoque 16\u{202F}444\u{202F}373 fiches.",
    "Près de soixante-dix millions de données ont été dérobées le 12 décembre, soit environ 4,5 millions d'euros.",
    "Entre 10 et 12 millions de personnes, jusqu'à 30 % des agents, et au moins 1,5 To de fichiers.",
    "Le pirate affirme détenir 70 millions d'enregistrements ; la CNIL a reçu 2 000 plaintes en 2024.",
];
const JA: &[&str] = &[
    "内務省によると、1644万4373人分の個人情報が流出した可能性があり、約1600万件のデータが含まれる。",
    "攻撃者は７０００万件近くのデータを保有していると主張し、被害額は最大6億8,000万円に上る。",
    "12月12日に発覚した不正アクセスでは、一千六百万人以上が影響を受け、10万〜12万人に通知された。",
    "同社は３０％の顧客に連絡し、1.5TBのファイルが盗まれたと発表した。",
];

/// Prose with a realistic density of figures: one sentence in four has one.
const PROSE: &[&str] = &[
    "The ministry said that investigators were still assessing the scope of the intrusion into its messaging systems and would inform the people concerned.",
    "Le ministère a indiqué que les enquêteurs évaluaient encore l'ampleur de l'intrusion dans ses messageries et informeraient les personnes concernées.",
    "The attacker claimed data on 16,444,373 people, while officials spoke of a few dozen files.",
    "内務省は、メールサーバーへの不正アクセスについて調査を続けており、影響を受けた人々に通知するとしている。",
    "Les autorités estiment que plus de 16 millions de Français pourraient être concernés par la fuite.",
    "攻撃者は約1600万件のデータを保有していると主張している。",
];

/// About `bytes` of paragraphs cycling through the three languages.
fn corpus(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 1024);
    let mut i = 0usize;
    while text.len() < bytes {
        let set = [EN, FR, JA][i % 3];
        text.push_str(set[(i / 3) % set.len()]);
        text.push('\n');
        i += 1;
    }
    text
}

/// About `bytes` of prose lines cycling through [`PROSE`].
fn prose(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 1024);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(PROSE[i % PROSE.len()]);
        text.push('\n');
        i += 1;
    }
    text
}

fn bench(c: &mut Criterion<ThreadCpu>) {
    let auto = QuantityRecognizer::builder().auto_detect().build();
    let mut group = c.benchmark_group("quantities");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for mb in [1usize, 16] {
        let text = corpus(mb << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("auto_mixed_{mb}MB"), |b| {
            b.iter(|| auto.find(black_box(&text)))
        });
    }
    for mb in [1usize, 16] {
        let prose = prose(mb << 20);
        group.throughput(Throughput::Bytes(prose.len() as u64));
        group.bench_function(format!("auto_prose_{mb}MB"), |b| {
            b.iter(|| auto.find(black_box(&prose)))
        });
    }
    // One language at a time, without detection.
    for (name, lang, set) in [
        ("en", Language::English, EN),
        ("fr", Language::French, FR),
        ("ja", Language::Japanese, JA),
    ] {
        let mut text = String::new();
        while text.len() < 1 << 20 {
            for line in set {
                text.push_str(line);
                text.push('\n');
            }
        }
        let recognizer = QuantityRecognizer::new(lang);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{name}_1MB"), |b| {
            b.iter(|| recognizer.find(black_box(&text)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(ThreadCpu(WallTime));
    targets = bench
}
criterion_main!(benches);
