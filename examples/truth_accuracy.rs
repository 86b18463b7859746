//! Accuracy of every truth-discovery algorithm on the public Book-Author and
//! Population data sets and on synthetic data, printed as a Markdown table.
//!
//! ```text
//! cargo run --release --example truth_accuracy
//! cargo run --release --example truth_accuracy -- --seeds
//! ```
//!
//! With `--seeds` it prints instead, for the copier and numeric sets on
//! seeds 1 to 5 (100,000 claims each), the best compatibility algorithm
//! against CRH and AccuCopy: whether a win holds beyond one seed.
//!
//! With `--ablations` both tables gain AccuCopy with one of its parts off:
//! rows `accu_copy, no popularity` (`AccuCopy::false_value_popularity`)
//! and `accu_copy, no two-party records` (`AccuCopy::two_party_records`),
//! and the seed table a column for each.
//!
//! The real data sets are read from `$CORROBORATE_SHARED/datasets/truth-discovery/`
//! (default `../shared` from the crate root); without them those columns
//! are skipped. The synthetic sets are made in memory by the port of the
//! shared `gen_dataset.py` (100,000 claims each: `--copiers 20 --seed 21`,
//! `--numeric --seed 22`, plain `--seed 23`).
//!
//! - Book-Author: a value is an author list, compared as the set of last
//!   names with case and punctuation folded ("Knuth, Donald E." and
//!   "Donald E. Knuth" are both `knuth`); "Not Available" and empty lists
//!   are not claims. Accuracy is the share of the gold books (with claims)
//!   whose chosen set equals the gold set.
//! - Population: the object is (ObjectID, PropertyID), the source the
//!   editor; an editor's first value for an object is kept. Accuracy is
//!   exact equality on the gold objects with claims; the table also gives
//!   the share within 1% of the gold figure.
//! - Synthetic: the oracle's measure, the share of all objects right.
//!
//! CRH and AccuCopy compare numbers with [`Numeric`] on Population and on
//! the numeric synthetic set, and exact strings elsewhere.

#[path = "support/gen_dataset.rs"]
mod gen_dataset;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use corroborate::truth::{
    AccuCopy, Algorithm, Crh, Dataset, Duplicates, Method, Numeric, TruthResult,
};

fn shared_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("CORROBORATE_SHARED") {
        return Some(PathBuf::from(dir));
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.exists().then_some(dir)
}

/// The algorithms in table order, with their row labels; `numeric` picks
/// the similarity of the better methods. The last row is AccuCopy without
/// its numeric noise model (numbers vote like labels), for comparison;
/// with `--ablations` one more row per part of AccuCopy turned off.
fn algorithms(numeric: bool) -> Vec<(&'static str, Box<dyn Algorithm>)> {
    let mut algs: Vec<(&'static str, Box<dyn Algorithm>)> = Method::COMPATIBLE
        .iter()
        .map(|m| (m.name(), m.algorithm(None)))
        .collect();
    if numeric {
        algs.push(("crh", Box::new(Crh::new().similarity(Numeric::new()))));
        algs.push((
            "accu_copy",
            Box::new(AccuCopy::new().similarity(Numeric::new())),
        ));
        algs.push((
            "accu_copy, no numeric model",
            Box::new(
                AccuCopy::new()
                    .similarity(Numeric::new())
                    .numeric_model(false),
            ),
        ));
    } else {
        algs.push(("crh", Box::new(Crh::new())));
        algs.push(("accu_copy", Box::new(AccuCopy::new())));
        algs.push((
            "accu_copy, no numeric model",
            Box::new(AccuCopy::new().numeric_model(false)),
        ));
    }
    if ablations() {
        let parts = [
            (
                "accu_copy, no popularity",
                AccuCopy::new().false_value_popularity(false),
            ),
            (
                "accu_copy, no two-party records",
                AccuCopy::new().two_party_records(false),
            ),
        ];
        for (label, accu) in parts {
            let accu: Box<dyn Algorithm> = if numeric {
                Box::new(accu.similarity(Numeric::new()))
            } else {
                Box::new(accu)
            };
            algs.push((label, accu));
        }
    }
    algs
}

/// Whether `--ablations` was given.
fn ablations() -> bool {
    std::env::args().any(|a| a == "--ablations")
}

/// One column of the table: accuracy per algorithm name.
struct Column {
    title: String,
    scores: HashMap<&'static str, String>,
}

fn run_all(
    data: &Dataset,
    numeric: bool,
    score: impl Fn(&TruthResult) -> String,
) -> HashMap<&'static str, String> {
    algorithms(numeric)
        .iter()
        .map(|(label, alg)| (*label, score(&alg.run(data))))
        .collect()
}

/// Folds an author list to its set of last names, `|`-joined.
fn author_key(authors: &str) -> String {
    let lower = authors.to_lowercase();
    let mut text = String::with_capacity(lower.len());
    let mut depth = 0;
    for ch in lower.chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ if depth == 0 => text.push(ch),
            _ => {}
        }
    }
    let text = text.replace(" and ", ";").replace(['&', '/'], ";");
    let clean = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '.')
            .map(clean)
            .filter(|w| {
                w.chars().count() > 1
                    && !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "phd" | "md" | "dr")
            })
            .collect()
    };
    let mut names = BTreeSet::new();
    let parts: Vec<&str> = text
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    for part in &parts {
        let pieces: Vec<&str> = part
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if pieces.len() >= 2 && (parts.len() > 1 || words(pieces[0]).len() == 1) {
            // "Last, First" (one author per `;` part, or a single
            // one-word piece before the comma): pairs of pieces.
            for pair in pieces.chunks(2) {
                if let Some(last) = words(pair[0]).last() {
                    names.insert(last.clone());
                }
            }
        } else {
            // "First Last", possibly several separated by commas.
            for piece in pieces {
                if let Some(last) = words(piece).last() {
                    names.insert(last.clone());
                }
            }
        }
    }
    names.into_iter().collect::<Vec<_>>().join("|")
}

fn book(dir: &Path) -> Result<Column, String> {
    let claims =
        std::fs::read_to_string(dir.join("book/book.txt")).map_err(|e| format!("book.txt: {e}"))?;
    let mut builder = Dataset::builder().duplicates(Duplicates::KeepFirst);
    for line in claims.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 4 {
            continue;
        }
        let key = author_key(fields[3]);
        if key.is_empty() || fields[3].trim().eq_ignore_ascii_case("not available") {
            continue;
        }
        builder.push(fields[0].trim(), fields[1].trim(), &key);
    }
    let data = builder.build().map_err(|e| e.to_string())?;
    let gold_text = std::fs::read_to_string(dir.join("book/book_golden.txt"))
        .map_err(|e| format!("book_golden.txt: {e}"))?;
    let gold: HashMap<&str, String> = gold_text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(isbn, authors)| (isbn.trim(), author_key(authors)))
        .collect();
    let objects: HashMap<&str, usize> = (0..data.num_objects())
        .map(|o| (data.object_name(o), o))
        .collect();
    let judged: Vec<(usize, &String)> = gold
        .iter()
        .filter_map(|(isbn, key)| objects.get(isbn).map(|&o| (o, key)))
        .collect();
    let scores = run_all(&data, false, |r| {
        let ok = judged
            .iter()
            .filter(|(o, key)| r.chosen_value(&data, *o) == key.as_str())
            .count();
        format!("{:.3}", ok as f64 / judged.len().max(1) as f64)
    });
    Ok(Column {
        title: format!("Book ({} gold)", judged.len()),
        scores,
    })
}

/// Splits a CSV line with double-quoted fields.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            _ => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

fn population(dir: &Path) -> Result<[Column; 2], String> {
    let claims = std::fs::read_to_string(dir.join("population/population_claims.csv"))
        .map_err(|e| format!("population_claims.csv: {e}"))?;
    let mut builder = Dataset::builder().duplicates(Duplicates::KeepFirst);
    for line in claims.lines().skip(1) {
        let f = csv_fields(line);
        if f.len() < 4 {
            continue;
        }
        builder.push(&f[3], &format!("{}|{}", f[0], f[1]), &f[2]);
    }
    let data = builder.build().map_err(|e| e.to_string())?;
    let truth_text = std::fs::read_to_string(dir.join("population/population_truth.csv"))
        .map_err(|e| format!("population_truth.csv: {e}"))?;
    let objects: HashMap<&str, usize> = (0..data.num_objects())
        .map(|o| (data.object_name(o), o))
        .collect();
    let mut judged: Vec<(usize, String)> = Vec::new();
    for line in truth_text.lines().skip(1) {
        let f = csv_fields(line);
        if f.len() >= 3 {
            if let Some(&o) = objects.get(format!("{}|{}", f[0], f[1]).as_str()) {
                judged.push((o, f[2].clone()));
            }
        }
    }
    let n = judged.len().max(1) as f64;
    let mut exact = HashMap::new();
    let mut close = HashMap::new();
    for (label, alg) in algorithms(true) {
        let r = alg.run(&data);
        let ok = judged
            .iter()
            .filter(|(o, v)| r.chosen_value(&data, *o) == v)
            .count();
        let near = judged
            .iter()
            .filter(
                |(o, v)| match (r.chosen_value(&data, *o).parse::<f64>(), v.parse::<f64>()) {
                    (Ok(a), Ok(b)) => (a - b).abs() <= 0.01 * b.abs(),
                    _ => false,
                },
            )
            .count();
        exact.insert(label, format!("{:.3}", ok as f64 / n));
        close.insert(label, format!("{:.3}", near as f64 / n));
    }
    Ok([
        Column {
            title: format!("Population ({} gold)", judged.len()),
            scores: exact,
        },
        Column {
            title: "Population within 1%".into(),
            scores: close,
        },
    ])
}

/// A synthetic data set and its true value per object.
fn generated(params: &gen_dataset::Params) -> (Dataset, HashMap<String, String>) {
    let generated = gen_dataset::generate(params);
    let data =
        Dataset::read_csv(generated.claims_csv.as_bytes()).expect("generated data reads back");
    let truth = generated
        .truth_csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(','))
        .map(|(o, v)| (o.to_owned(), v.to_owned()))
        .collect();
    (data, truth)
}

fn synthetic(title: &str, params: gen_dataset::Params) -> Column {
    let (data, truth) = generated(&params);
    // Five decimals: on easy synthetic data methods differ by a few objects
    // (12,500 objects: one object is 0.00008).
    let scores = run_all(&data, params.numeric, |r| {
        format!(
            "{:.5}",
            r.accuracy(&data, |o| truth.get(o).map(String::as_str))
        )
    });
    Column {
        title: title.into(),
        scores,
    }
}

/// The robustness table: best compatible algorithm, CRH and AccuCopy on
/// the copier and numeric sets for seeds 1 to 5.
fn seeds() {
    if ablations() {
        println!(
            "| set | seed | best compatible | crh | accu_copy | no popularity | no two-party records |"
        );
        println!("|---|---:|---:|---:|---:|---:|---:|");
    } else {
        println!("| set | seed | best compatible | crh | accu_copy |");
        println!("|---|---:|---:|---:|---:|");
    }
    for numeric in [false, true] {
        for seed in 1..=5 {
            let params = gen_dataset::Params {
                copiers: if numeric { 0 } else { 20 },
                numeric,
                ..gen_dataset::Params::new(100_000, seed)
            };
            let (data, truth) = generated(&params);
            let score = |r: &TruthResult| r.accuracy(&data, |o| truth.get(o).map(String::as_str));
            let mut best = (f64::NEG_INFINITY, "");
            let mut better = Vec::new();
            for (label, alg) in algorithms(numeric) {
                let x = score(&alg.run(&data));
                if Method::COMPATIBLE.iter().any(|m| m.name() == label) {
                    if x > best.0 {
                        best = (x, label);
                    }
                } else if label != "accu_copy, no numeric model" {
                    better.push(format!(" {x:.5} |"));
                }
            }
            println!(
                "| {} | {seed} | {:.5} ({}) |{}",
                if numeric { "numeric" } else { "copiers" },
                best.0,
                best.1,
                better.concat()
            );
        }
    }
}

fn main() {
    if std::env::args().any(|a| a == "--seeds") {
        seeds();
        return;
    }
    let mut columns = Vec::new();
    match shared_dir().map(|d| d.join("datasets/truth-discovery")) {
        Some(dir) if dir.exists() => {
            match book(&dir) {
                Ok(c) => columns.push(c),
                Err(e) => eprintln!("skipped Book-Author: {e}"),
            }
            match population(&dir) {
                Ok(cs) => columns.extend(cs),
                Err(e) => eprintln!("skipped Population: {e}"),
            }
        }
        _ => eprintln!(
            "skipped: ../shared not found (set CORROBORATE_SHARED); real data sets left out"
        ),
    }
    use gen_dataset::Params;
    columns.push(synthetic(
        "Synthetic copiers",
        Params {
            copiers: 20,
            ..Params::new(100_000, 21)
        },
    ));
    columns.push(synthetic(
        "Synthetic numeric",
        Params {
            numeric: true,
            ..Params::new(100_000, 22)
        },
    ));
    columns.push(synthetic("Synthetic plain", Params::new(100_000, 23)));

    print!("| algorithm |");
    for c in &columns {
        print!(" {} |", c.title);
    }
    print!("\n|---|");
    for _ in &columns {
        print!("---:|");
    }
    println!();
    for (label, _) in algorithms(false) {
        print!("| {label} |");
        for c in &columns {
            print!(" {} |", c.scores.get(label).map_or("–", String::as_str));
        }
        println!();
    }
}
