//! Precision and recall of claim extraction on the bundled corpus, per
//! language, against the hand-made gold annotations.
//!
//! Data: `examples/corpus/fr-interior-2025/*.md` and the gold file
//! `examples/corpus/fr-interior-2025.gold.jsonl`, one claim a careful
//! analyst would extract per line:
//!
//! ```json
//! {"source":"indra-forum-post","lang":"en","subject":"French Ministry of the Interior",
//!  "predicate":"persons_affected","value":{"type":"quantity","min":16444373,"max":16444373,"unit":"persons"},
//!  "claimant":"attacker","modality":"asserted"}
//! ```
//!
//! # Matching rule
//!
//! An extracted claim matches a gold claim when they have the same source,
//! subject, predicate, claimant kind and modality, and consistent values
//! ([`Value::is_consistent_with`]: equal flags, equal names and texts after
//! folding, overlapping intervals with comparable units). Evidence spans and
//! claimant names are not compared. Extracted claims are first reduced to
//! distinct propositions (the same claim read in a headline and in the body
//! counts once).
//!
//! - precision = distinct extracted propositions matching some gold claim /
//!   distinct extracted propositions;
//! - recall = gold claims matched by some extracted claim / gold claims.
//!
//! The floors in `tests/extraction_gold.floors` are a ratchet: the test
//! fails when a figure drops below its floor; raise a floor when the figure
//! improves. Run with `--nocapture` to see the report and every miss.

use std::collections::BTreeMap;
use std::path::Path;

use corroborate::{Claim, Document, Extractor, Value};
use serde::Deserialize;

#[derive(Deserialize, Debug)]
struct Gold {
    source: String,
    lang: String,
    subject: String,
    predicate: String,
    value: Value,
    claimant: String,
    modality: String,
}

fn matches(c: &Claim, g: &Gold) -> bool {
    c.source() == g.source
        && c.subject() == g.subject
        && c.predicate().as_str() == g.predicate
        && c.claimant().kind().as_str() == g.claimant
        && c.modality().as_str() == g.modality
        && c.value().is_consistent_with(&g.value)
}

fn describe(c: &Claim) -> String {
    format!(
        "{} | {} | {} | {} | {} | {} | {:?}",
        c.source(),
        c.subject(),
        c.predicate(),
        serde_json::to_string(c.value()).unwrap_or_default(),
        c.claimant().kind(),
        c.modality(),
        c.text()
    )
}

#[test]
fn extraction_gold_precision_recall() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let gold_text = std::fs::read_to_string(root.join("fr-interior-2025.gold.jsonl")).unwrap();
    let gold: Vec<Gold> = gold_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("gold line {l}: {e}")))
        .collect();

    let extractor = Extractor::new();
    let mut extracted: Vec<(String, Claim)> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join("fr-interior-2025"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
        .collect();
    files.sort();
    assert!(
        (8..=12).contains(&files.len()),
        "corpus size {}",
        files.len()
    );
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let doc = Document::parse(&path.display().to_string(), &bytes).unwrap();
        let lang = doc
            .source()
            .language()
            .expect("corpus files name their lang")
            .to_string();
        let mut seen: Vec<String> = Vec::new();
        for c in extractor.extract(&doc) {
            c.check_evidence(doc.text()).unwrap();
            // One proposition per distinct (subject, predicate, value,
            // claimant kind, modality) in a source.
            let key = format!(
                "{}|{}|{}|{}|{}",
                c.subject(),
                c.predicate(),
                serde_json::to_string(c.value()).unwrap(),
                c.claimant().kind(),
                c.modality()
            );
            if !seen.contains(&key) {
                seen.push(key);
                extracted.push((lang.clone(), c));
            }
        }
    }

    let floors: BTreeMap<String, f64> = include_str!("extraction_gold.floors")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l.rsplit_once(' ').unwrap();
            (k.trim().to_owned(), v.trim().parse().unwrap())
        })
        .collect();

    let mut failures = Vec::new();
    println!(
        "claim extraction on examples/corpus/fr-interior-2025 (gold: {} claims)",
        gold.len()
    );
    for lang in ["en", "fr", "ja"] {
        let ex: Vec<&Claim> = extracted
            .iter()
            .filter(|(l, _)| l == lang)
            .map(|(_, c)| c)
            .collect();
        let gd: Vec<&Gold> = gold.iter().filter(|g| g.lang == lang).collect();
        let correct = ex
            .iter()
            .filter(|c| gd.iter().any(|g| matches(c, g)))
            .count();
        let found = gd
            .iter()
            .filter(|g| ex.iter().any(|c| matches(c, g)))
            .count();
        let precision = if ex.is_empty() {
            0.0
        } else {
            correct as f64 / ex.len() as f64
        };
        let recall = if gd.is_empty() {
            0.0
        } else {
            found as f64 / gd.len() as f64
        };
        println!(
            "{lang}: precision {precision:.3} ({correct}/{}), recall {recall:.3} ({found}/{})",
            ex.len(),
            gd.len()
        );
        for c in ex.iter().filter(|c| !gd.iter().any(|g| matches(c, g))) {
            println!("  extra   {}", describe(c));
        }
        for g in gd.iter().filter(|g| !ex.iter().any(|c| matches(c, g))) {
            println!(
                "  missed  {} | {} | {} | {} | {} | {}",
                g.source,
                g.subject,
                g.predicate,
                serde_json::to_string(&g.value).unwrap(),
                g.claimant,
                g.modality
            );
        }
        for (name, value) in [("precision", precision), ("recall", recall)] {
            let key = format!("{lang} {name}");
            let floor = floors
                .get(&key)
                .copied()
                .unwrap_or_else(|| panic!("no floor for `{key}`"));
            if value + 1e-9 < floor {
                failures.push(format!("{key} {value:.3} is below its floor {floor:.3}"));
            } else if value > floor + 0.02 {
                println!("  note: {key} {value:.3} is above its floor {floor:.3}: raise the floor");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
