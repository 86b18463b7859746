//! Property tests of the reconciler's promises (issue 8).
//!
//! Case counts stay modest so `cargo test` is fast; raise them for a long
//! local run with `PROPTEST_CASES=10000 cargo test --test reconcile_properties`.

use proptest::prelude::*;

use corroborate::reconcile::{Reconciler, Verdict};
use corroborate::{
    Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Report, Source, Unit, Value,
};

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(64);
    ProptestConfig::with_cases(cases)
}

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

fn source_strategy(n: usize) -> impl Strategy<Value = Vec<Source>> {
    let spec = (
        0..KINDS.len(),
        proptest::option::of(0..n),
        proptest::option::of(0..3usize),
    );
    proptest::collection::vec(spec, 1..=n).prop_map(|specs| {
        specs
            .iter()
            .enumerate()
            .map(|(i, &(kind, parent, name))| {
                let mut s = Source::new(format!("src-{i}"), KINDS[kind]);
                // Names that claimants also go by, so that parties are
                // linked to their own channels.
                if let Some(n) = name {
                    s = s.with_name(["Indra", "Nuñez", "Le Monde"][n]);
                }
                // Derivation only from earlier sources, sometimes.
                if let Some(p) = parent.filter(|&p| p < i) {
                    s = s.derived_from(format!("src-{p}"));
                }
                s
            })
            .collect()
    })
}

fn value(predicate: usize, choice: usize) -> (Predicate, Value) {
    let persons = |q: Quantity| Value::from(q.with_unit(Unit::Persons));
    match predicate {
        0 => (Predicate::Intrusion, (choice % 3 != 0).into()),
        1 => (Predicate::DataExfiltration, (choice % 2 == 0).into()),
        2 => (
            Predicate::PersonsAffected,
            match choice % 6 {
                0 => persons(Quantity::exact(100)),
                1 => persons(Quantity::exact(150)),
                2 => persons(Quantity::at_least(120)),
                3 => persons(Quantity::between(90, 160).unwrap()),
                4 => Quantity::exact(100).with_unit(Unit::Records).into(),
                _ => persons(Quantity::at_most(95)),
            },
        ),
        _ => (
            Predicate::Attribution,
            Value::Entity {
                name: ["Indra", "indra", "Other"][choice % 3].into(),
            },
        ),
    }
}

fn claim_strategy(n_sources: usize) -> impl Strategy<Value = Claim> {
    (
        0..n_sources + 1,
        0..2usize,
        0..4usize,
        0..6usize,
        0..KINDS.len(),
        proptest::option::of(0..3usize),
        0..MODALITIES.len(),
    )
        .prop_map(
            move |(src, subject, predicate, choice, kind, name, modality)| {
                let (predicate, value) = value(predicate, choice);
                let mut claimant = Claimant::new(KINDS[kind]);
                if let Some(n) = name {
                    claimant = claimant.named(["Indra", "Nuñez", "Le Monde"][n]);
                }
                // One id past the sources: a source nobody listed.
                let source = if src == n_sources {
                    "unlisted".to_owned()
                } else {
                    format!("src-{src}")
                };
                Claim::new(["Ministry", "Acme"][subject], predicate, value)
                    .with_source(source)
                    .with_claimant(claimant)
                    .with_modality(MODALITIES[modality])
            },
        )
}

fn input() -> impl Strategy<Value = (Vec<Source>, Vec<Claim>)> {
    source_strategy(6).prop_flat_map(|sources| {
        let n = sources.len();
        (
            Just(sources),
            proptest::collection::vec(claim_strategy(n), 0..30),
        )
    })
}

fn reconcile<'a>(sources: &[Source], claims: &'a [Claim]) -> Report<'a> {
    Reconciler::new().reconcile(sources, claims)
}

fn in_unit(x: f64) -> bool {
    x.is_finite() && (0.0..=1.0).contains(&x)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn order_of_claims_and_sources_does_not_matter(
        (sources, claims, shuffled_sources, shuffled_claims) in input().prop_flat_map(|(s, c)| {
            (Just(s.clone()), Just(c.clone()), Just(s).prop_shuffle(), Just(c).prop_shuffle())
        })
    ) {
        prop_assert_eq!(
            reconcile(&sources, &claims),
            reconcile(&shuffled_sources, &shuffled_claims)
        );
    }

    #[test]
    fn adding_claims_later_gives_the_same_report(
        (sources, claims, cut) in input().prop_flat_map(|(s, c)| {
            let n = c.len();
            (Just(s), Just(c), 0..=n)
        })
    ) {
        let reconciler = Reconciler::new();
        let mut state = reconciler.start();
        let (first, later) = claims.split_at(cut);
        let (early_sources, late_sources) = sources.split_at(sources.len() / 2);
        state.add_sources(early_sources).add_claims(first);
        let _ = state.report();
        state.add_claims(later).add_sources(late_sources);
        prop_assert_eq!(state.report(), reconciler.reconcile(&sources, &claims));
    }

    #[test]
    fn duplicating_a_source_changes_no_count_of_sources_nor_verdict(
        (sources, claims, pick) in input().prop_flat_map(|(s, c)| {
            let n = s.len();
            (Just(s), Just(c), 0..n)
        })
    ) {
        let original = &sources[pick];
        let mut copy = Source::new("copy-of-a-source", original.kind());
        if let Some(name) = original.name() {
            copy = copy.with_name(name);
        }
        for p in original.derived_from_ids() {
            copy = copy.derived_from(p.clone());
        }
        let mut more_sources = sources.clone();
        more_sources.push(copy);
        let mut more_claims = claims.clone();
        more_claims.extend(
            claims
                .iter()
                .filter(|c| c.source() == original.id())
                .map(|c| c.clone().with_source("copy-of-a-source")),
        );
        let before = reconcile(&sources, &claims);
        let after = reconcile(&more_sources, &more_claims);
        prop_assert_eq!(before.propositions.len(), after.propositions.len());
        for (a, b) in before.propositions.iter().zip(&after.propositions) {
            prop_assert_eq!(a.verdict, b.verdict);
            prop_assert_eq!(a.independent_sources, b.independent_sources);
            prop_assert_eq!(a.sources_for, b.sources_for);
            prop_assert_eq!(a.sources_against, b.sources_against);
            prop_assert_eq!(a.agreement, b.agreement);
            prop_assert_eq!(a.contradiction, b.contradiction);
        }
    }

    #[test]
    fn an_official_confirmation_never_lowers_agreement(
        ((sources, claims), pick) in (input(), any::<prop::sample::Index>())
    ) {
        let before = reconcile(&sources, &claims);
        prop_assume!(!before.propositions.is_empty());
        let p = &before.propositions[pick.index(before.propositions.len())];
        // A value of the best candidate, confirmed by a new official.
        let value = p.claims().find(|e| e.candidate == 0).unwrap().claim.value().clone();
        let mut more = claims.clone();
        more.push(
            Claim::new(p.subject.clone(), p.predicate.clone(), value)
                .with_source("new-statement")
                .with_claimant(Claimant::new(PartyKind::Official).named("new official"))
                .with_modality(Modality::Confirmed),
        );
        let after = reconcile(&sources, &more);
        let q = after.get(&p.subject, &p.predicate, p.unit.as_ref()).unwrap();
        prop_assert_eq!(&q.best, &p.best);
        prop_assert!(q.agreement >= p.agreement, "{} < {}", q.agreement, p.agreement);
    }

    #[test]
    fn an_official_denial_never_lowers_contradiction(
        ((sources, claims), pick, which) in (input(), any::<prop::sample::Index>(), any::<prop::sample::Index>())
    ) {
        let before = reconcile(&sources, &claims);
        prop_assume!(!before.propositions.is_empty());
        let p = &before.propositions[pick.index(before.propositions.len())];
        // Any value of the proposition, denied by a new official.
        let values: Vec<&Value> = p.claims().map(|e| e.claim.value()).collect();
        let value = values[which.index(values.len())].clone();
        let mut more = claims.clone();
        more.push(
            Claim::new(p.subject.clone(), p.predicate.clone(), value)
                .with_source("new-statement")
                .with_claimant(Claimant::new(PartyKind::Official).named("new official"))
                .with_modality(Modality::Denied),
        );
        let after = reconcile(&sources, &more);
        let q = after.get(&p.subject, &p.predicate, p.unit.as_ref()).unwrap();
        prop_assert!(q.contradiction >= p.contradiction, "{} < {}", q.contradiction, p.contradiction);
    }

    #[test]
    fn scores_are_in_range_and_every_claim_is_in_one_proposition(
        (sources, claims) in input()
    ) {
        let report = reconcile(&sources, &claims);
        let mut seen: Vec<String> = Vec::new();
        for p in &report.propositions {
            for x in [p.agreement, p.contradiction, p.conflict, p.opinion.belief,
                      p.opinion.disbelief, p.opinion.uncertainty, p.opinion.base_rate] {
                prop_assert!(in_unit(x), "{x} out of [0, 1] in {p:?}");
            }
            let sum = p.opinion.belief + p.opinion.disbelief + p.opinion.uncertainty;
            prop_assert!((sum - 1.0).abs() < 1e-9);
            prop_assert!(Verdict::ALL.contains(&p.verdict));
            prop_assert_eq!(p.verdict.to_string().parse::<Verdict>().unwrap(), p.verdict);
            prop_assert!(p.sources_for + p.sources_against <= p.independent_sources);
            prop_assert!(p.independent_sources <= p.attestations);
            prop_assert_eq!(p.explanation.len(), p.independent_sources);
            prop_assert_eq!(p.claims().count(), p.attestations);
            prop_assert!(!p.candidates.is_empty());
            prop_assert_eq!(&p.best, &p.candidates[0].value);
            for e in p.claims() {
                prop_assert!(in_unit(e.weight));
                prop_assert!(e.candidate < p.candidates.len());
                prop_assert_eq!(e.claim.subject(), p.subject.as_str());
                prop_assert_eq!(e.claim.predicate(), &p.predicate);
                seen.push(e.claim.to_json());
            }
            for s in &p.explanation {
                prop_assert!(in_unit(s.support) && in_unit(s.opposition));
            }
        }
        let mut given: Vec<String> = claims.iter().map(Claim::to_json).collect();
        seen.sort();
        given.sort();
        prop_assert_eq!(seen, given);
    }
}
