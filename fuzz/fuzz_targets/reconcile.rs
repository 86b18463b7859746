//! Reconciliation of arbitrary claim sets: never panics; every claim lands
//! in exactly one proposition; scores are finite and in [0, 1]; the order
//! of the claims does not change the report.
#![no_main]

use corroborate::reconcile::Reconciler;
use corroborate::{Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Source, Unit, Value};
use libfuzzer_sys::fuzz_target;

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

/// Eight bytes make one claim: source, subject, predicate, value shape and
/// size, claimant kind and name, modality.
fn claim(b: &[u8]) -> Claim {
    let predicate = Predicate::BUILT_IN[usize::from(b[2]) % Predicate::BUILT_IN.len()].clone();
    let n = i64::from(b[4]) * 1_000_000;
    let value: Value = match b[3] % 6 {
        0 => Value::Flag { value: b[4] % 2 == 0 },
        1 => Quantity::exact(n).with_unit(Unit::Persons).into(),
        2 => Quantity::at_least(n).with_unit(Unit::Persons).into(),
        3 => Quantity::exact(n).with_unit(Unit::Records).into(),
        4 => Value::Entity { name: format!("actor{}", b[4] % 4) },
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
}

fuzz_target!(|data: &[u8]| {
    let claims: Vec<Claim> = data.chunks_exact(8).take(200).map(claim).collect();
    let sources: Vec<Source> = (0..8)
        .map(|i| {
            let s = Source::new(format!("s{i}"), KINDS[i % 5]);
            if i % 3 == 2 { s.derived_from(format!("s{}", i - 1)) } else { s }
        })
        .collect();
    let reconciler = Reconciler::new();
    let report = reconciler.reconcile(&sources, &claims);
    let mut seen = 0;
    for p in &report.propositions {
        for score in [p.agreement, p.contradiction, p.conflict] {
            assert!(score.is_finite() && (0.0..=1.0).contains(&score), "{score}");
        }
        assert!(p.sources_for + p.sources_against <= p.independent_sources);
        seen += p.claims().count();
    }
    assert_eq!(seen, claims.len(), "every claim in exactly one proposition");
    let mut reversed = claims.clone();
    reversed.reverse();
    let again = reconciler.reconcile(&sources, &reversed);
    assert_eq!(
        serde_json::to_string(&again).unwrap(),
        serde_json::to_string(&report).unwrap(),
        "order of claims does not matter"
    );
});
