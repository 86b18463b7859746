//! Time recognition speed on mixed news text (our own sentences, in the
//! style of breach reporting), per language.
//!
//! `cargo bench --bench times`; figures go to BENCHMARKS.md.
//!
//! The development machine is shared (two cores, several developers
//! compiling), so wall-clock time measures the neighbours as much as the
//! code. The group `times` therefore measures the CPU time of the
//! benchmark thread (from `/proc/thread-self/schedstat`, Linux), which is
//! what "MB/s on one core" means; `times-wall` keeps the wall clock for
//! comparison. Where schedstat is missing, both use the wall clock.

#[path = "support/thread_cpu.rs"]
mod thread_cpu;

use std::hint::black_box;
use std::time::Duration;

use chrono::DateTime;
use corroborate::Language;
use corroborate::recognize::{Anchor, TimeRecognizer};
use criterion::measurement::{Measurement, WallTime};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use thread_cpu::ThreadCpu;

const EN: &str = "The ministry said on Friday that intruders had reached its email servers \
between December 11 and 12, and that a suspect was arrested last Thursday. A group calling \
itself Indra claimed on a forum, two days ago, to hold data on 16,444,373 people, a figure the \
minister called unverified. Officials first noticed the intrusion Thursday night and filed a \
complaint on December 15, 2025. Since Monday, staff have been asked to change passwords; a \
report is due in January. The same servers were probed in 2023 and again in August, according \
to a researcher who tracked 1,200 attempts and $25,000 in ransom demands. ";

const FR: &str = "Le ministère de l'Intérieur a confirmé vendredi 12 décembre qu'une intrusion \
avait visé ses serveurs de messagerie du 11 au 12 décembre. Un suspect a été interpellé jeudi \
soir, selon le parquet. Le pirate affirme détenir les données de 16 444 373 personnes, un \
chiffre que le ministre juge invérifiable. Depuis jeudi, les agents doivent changer leur mot de \
passe ; une première alerte avait été donnée la semaine dernière et une autre en 2023. Le \
rapport publié le 15/12/2025 évoque 3,5 millions d'euros de dégâts. ";

const JA: &str = "フランス内務省は12月12日金曜日、メールサーバーへの不正アクセスを確認したと発表した。\
侵入は12月11日夜から12日の間に行われたとみられる。犯行グループは1644万4373人分のデータを保有していると\
主張しているが、内務相は確認できないとしている。先週の木曜日には容疑者が逮捕された。\
同省は2025年12月16日に報告書を公表し、2023年にも同様の攻撃があったと説明した。";

fn corpus(paragraph: &str) -> String {
    paragraph.repeat((64 * 1024) / paragraph.len() + 1)
}

fn run<M: Measurement>(c: &mut Criterion<M>, group_name: &str) {
    let published = DateTime::parse_from_rfc3339("2025-12-13T09:00:00+01:00").unwrap();
    let mut group = c.benchmark_group(group_name);
    group
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    for (name, language, paragraph) in [
        ("en", Language::English, EN),
        ("fr", Language::French, FR),
        ("ja", Language::Japanese, JA),
    ] {
        let text = corpus(paragraph);
        let anchor = Anchor::from_published(published, language);
        let recognizer = TimeRecognizer::new(language);
        assert!(!recognizer.find(&text, Some(&anchor)).is_empty());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| recognizer.find(black_box(&text), Some(&anchor)))
        });
    }
    group.finish();
}

fn cpu(c: &mut Criterion<ThreadCpu>) {
    run(c, "times");
}

fn wall(c: &mut Criterion) {
    run(c, "times-wall");
}

criterion_group! {
    name = on_cpu;
    config = Criterion::default().with_measurement(ThreadCpu(WallTime));
    targets = cpu
}
criterion_group!(on_wall, wall);
criterion_main!(on_cpu, on_wall);
