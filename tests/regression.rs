//! Regression inputs: every file in `tests/regression/` (see its
//! `README.md` for the naming) is fed to the API its prefix names, with
//! the invariants the fuzz target of that name asserts. The harness passes
//! with no input files.

use std::path::Path;

use chrono::DateTime;
use corroborate::recognize::{Anchor, quantities, times};
use corroborate::reconcile::Reconciler;
use corroborate::truth::{AccuCopy, Algorithm, Crh, Dataset, Duplicates, Method, Numeric};
use corroborate::{
    Claim, Claimant, Document, Extractor, Language, Modality, PartyKind, Predicate, Quantity,
    Source, Unit, Value,
};

const TARGETS: [&str; 7] = [
    "quantities",
    "times",
    "document",
    "extract",
    "claim_json",
    "reconcile",
    "truth",
];

fn language(selector: u8) -> Language {
    Language::ALL[usize::from(selector) % Language::ALL.len()]
}

fn check_quantities(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut last_end = 0;
    for m in quantities(text, language(selector)) {
        assert!(m.span.start >= last_end, "sorted and non-overlapping");
        last_end = m.span.end;
        assert_eq!(m.span.slice(text).expect("span fits the text"), m.text);
        if let (Some(lo), Some(hi)) = (m.quantity.min(), m.quantity.max()) {
            assert!(lo <= hi);
        }
    }
}

fn check_times(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let language = language(selector);
    let published = DateTime::parse_from_rfc3339("2025-12-13T10:00:00+01:00").unwrap();
    let anchor = Anchor::from_published(published, language);
    for anchor in [None, Some(&anchor)] {
        let mut last_end = 0;
        for m in times(text, language, anchor) {
            assert!(m.span.start >= last_end, "sorted and non-overlapping");
            last_end = m.span.end;
            assert_eq!(m.span.slice(text).expect("span fits the text"), m.text);
            if let Some((Some(a), Some(b))) = m.time.as_ref().map(|t| (t.from(), t.to())) {
                assert!(a <= b);
            }
        }
    }
}

fn check_document(data: &[u8]) {
    match Document::parse("fuzz.md", data) {
        Ok(d) => assert_eq!(d.body_span().slice(d.text()).unwrap(), d.body()),
        Err(e) => assert!(e.to_string().starts_with("fuzz.md"), "{e}"),
    }
}

fn check_extract(data: &[u8]) {
    let Ok(document) = Document::parse("fuzz.md", data) else {
        return;
    };
    let extractor = Extractor::new();
    let claims = extractor.extract(&document);
    for claim in &claims {
        claim.check_evidence(document.text()).unwrap();
    }
    assert_eq!(extractor.extract(&document), claims, "deterministic");
}

fn check_claim_json(data: &[u8]) {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(claim) = Claim::from_json(json) {
        assert_eq!(Claim::from_json(&claim.to_json()).unwrap(), claim);
    }
}

/// Eight bytes a claim, as `fuzz/fuzz_targets/reconcile.rs` reads them.
fn check_reconcile(data: &[u8]) {
    const KINDS: [PartyKind; 5] = [
        PartyKind::Media,
        PartyKind::Official,
        PartyKind::Attacker,
        PartyKind::Researcher,
        PartyKind::Unknown,
    ];
    const MODALITIES: [Modality; 5] = [
        Modality::Asserted,
        Modality::Confirmed,
        Modality::Denied,
        Modality::Hedged,
        Modality::Unknown,
    ];
    let claim = |b: &[u8]| {
        let predicate = Predicate::BUILT_IN[usize::from(b[2]) % Predicate::BUILT_IN.len()].clone();
        let n = i64::from(b[4]) * 1_000_000;
        let value: Value = match b[3] % 6 {
            0 => Value::Flag {
                value: b[4] % 2 == 0,
            },
            1 => Quantity::exact(n).with_unit(Unit::Persons).into(),
            2 => Quantity::at_least(n).with_unit(Unit::Persons).into(),
            3 => Quantity::exact(n).with_unit(Unit::Records).into(),
            4 => Value::Entity {
                name: format!("actor{}", b[4] % 4),
            },
            _ => Quantity::between(n, n + 5_000_000).unwrap().into(),
        };
        let mut claimant = Claimant::new(KINDS[usize::from(b[5]) % 5]);
        if b[6] % 3 == 0 {
            claimant = claimant.named(format!("name{}", b[6] % 4));
        }
        Claim::new(format!("subject{}", b[1] % 3), predicate, value)
            .with_source(format!("s{}", b[0] % 8))
            .with_claimant(claimant)
            .with_modality(MODALITIES[usize::from(b[7]) % 5])
    };
    let claims: Vec<Claim> = data.chunks_exact(8).take(200).map(claim).collect();
    let sources: Vec<Source> = (0..8)
        .map(|i| {
            let s = Source::new(format!("s{i}"), KINDS[i % 5]);
            if i % 3 == 2 {
                s.derived_from(format!("s{}", i - 1))
            } else {
                s
            }
        })
        .collect();
    let report = Reconciler::new().reconcile(&sources, &claims);
    let mut seen = 0;
    for p in &report.propositions {
        for score in [p.agreement, p.contradiction, p.conflict] {
            assert!(score.is_finite() && (0.0..=1.0).contains(&score));
        }
        seen += p.claims().count();
    }
    assert_eq!(seen, claims.len());
    let mut reversed = claims.clone();
    reversed.reverse();
    assert_eq!(Reconciler::new().reconcile(&sources, &reversed), report);
}

fn check_truth(data: &[u8]) {
    let Some((&mode, csv)) = data.split_first() else {
        return;
    };
    let duplicates = if mode & 1 == 0 {
        Duplicates::KeepFirst
    } else {
        Duplicates::Reject
    };
    let data = match Dataset::builder().duplicates(duplicates).read_csv(csv) {
        Ok(data) => data,
        Err(err) => {
            assert!(!err.to_string().is_empty());
            return;
        }
    };
    let rounds = usize::from(mode >> 1) % 4 + 1;
    let mut algorithms: Vec<Box<dyn Algorithm>> = Method::COMPATIBLE
        .iter()
        .map(|m| m.algorithm(Some(rounds)))
        .collect();
    algorithms.push(Box::new(Crh::new().iterations(rounds)));
    algorithms.push(Box::new(
        Crh::new().iterations(rounds).similarity(Numeric::new()),
    ));
    algorithms.push(Box::new(AccuCopy::new().iterations(rounds)));
    algorithms.push(Box::new(
        AccuCopy::new()
            .iterations(rounds)
            .similarity(Numeric::new())
            .leave_one_out(mode & 0x80 != 0),
    ));
    for alg in &algorithms {
        let result = alg.run(&data);
        assert_eq!(result.chosen().len(), data.num_objects());
        for (o, &c) in result.chosen().iter().enumerate() {
            assert!(data.candidates(o).contains(&(c as usize)), "{}", alg.name());
        }
        assert!(
            result.trust().iter().all(|t| t.is_finite()),
            "{}",
            alg.name()
        );
        assert!(
            result.belief().iter().all(|b| b.is_finite()),
            "{}",
            alg.name()
        );
        if alg.name() == "accu_copy" {
            assert!(result.trust().iter().all(|t| (0.0..=1.0).contains(t)));
            assert!(result.belief().iter().all(|b| (0.0..=1.0).contains(b)));
        }
    }
}

/// The fuzz target a file name starts with.
fn target_of(name: &str) -> Option<&'static str> {
    TARGETS.into_iter().find(|t| {
        name.strip_prefix(t)
            .is_some_and(|rest| rest.starts_with('-'))
    })
}

#[test]
fn regression_inputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regression");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/regression exists")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "README.md")
        .collect();
    names.sort();
    for name in &names {
        let Some(target) = target_of(name) else {
            panic!("{name}: expected a name starting with one of {TARGETS:?} and `-`");
        };
        let data = std::fs::read(dir.join(name)).unwrap();
        eprintln!("regression {name} ({} bytes)", data.len());
        match target {
            "quantities" => check_quantities(&data),
            "times" => check_times(&data),
            "document" => check_document(&data),
            "extract" => check_extract(&data),
            "claim_json" => check_claim_json(&data),
            "truth" => check_truth(&data),
            _ => check_reconcile(&data),
        }
    }
}

#[test]
fn names_select_their_target() {
    for (name, target) in [
        ("quantities-kanji-overflow.bin", Some("quantities")),
        ("claim_json-nested-depth.bin", Some("claim_json")),
        ("extract-unclosed-quote.bin", Some("extract")),
        ("quantitiesx.bin", None),
        ("README.md", None),
    ] {
        assert_eq!(target_of(name), target, "{name}");
    }
}
