//! The reference incident of issue 7, as claims built in code: the December
//! 2025 intrusion into the French Ministry of the Interior's email servers.
//!
//! The claims paraphrase what was reported; no sentence is quoted from an
//! article. Spans are left empty: reconciliation never looks at text.

use corroborate::reconcile::{Reason, Reconciler, Stance, Verdict};
use corroborate::{
    Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Report, Source, Unit, Value,
};

const MINISTRY: &str = "French Ministry of the Interior";
const OTHER: &str = "Acme Retail";

fn indra() -> Claimant {
    Claimant::new(PartyKind::Attacker).named("Indra")
}

fn ministry() -> Claimant {
    Claimant::new(PartyKind::Official).named("Ministry of the Interior")
}

fn minister() -> Claimant {
    Claimant::new(PartyKind::Official).named("Laurent Nuñez")
}

fn prosecutor() -> Claimant {
    Claimant::new(PartyKind::Official).named("Paris prosecutor")
}

fn outlet() -> Claimant {
    Claimant::new(PartyKind::Media)
}

fn persons(q: Quantity) -> Value {
    q.with_unit(Unit::Persons).into()
}

fn records(q: Quantity) -> Value {
    q.with_unit(Unit::Records).into()
}

fn nearly_70_million() -> Quantity {
    Quantity::between(69_000_000, 69_999_999).unwrap()
}

fn claim(
    source: &str,
    subject: &str,
    predicate: Predicate,
    value: impl Into<Value>,
    claimant: Claimant,
    modality: Modality,
) -> Claim {
    Claim::new(subject, predicate, value)
        .with_source(source)
        .with_claimant(claimant)
        .with_modality(modality)
}

fn sources() -> Vec<Source> {
    vec![
        Source::new("indra-post", PartyKind::Attacker).with_name("BreachForums"),
        Source::new("ministry-release", PartyKind::Official).with_name("Ministry of the Interior"),
        Source::new("radio-interview", PartyKind::Media).with_name("Radio Une"),
        Source::new("outlet-fr-1", PartyKind::Media).with_name("Le Quotidien"),
        Source::new("outlet-fr-2", PartyKind::Media).with_name("L'Hebdo"),
        Source::new("outlet-fr-3", PartyKind::Media)
            .with_name("Le Relais")
            .derived_from("indra-post"),
        Source::new("outlet-en-1", PartyKind::Media).with_name("The Daily Wire Service"),
        Source::new("outlet-ja-1", PartyKind::Media).with_name("Tokyo Tech News"),
        Source::new("roundup", PartyKind::Media).with_name("Weekly Breach Round-up"),
        Source::new("retail-outlet", PartyKind::Media).with_name("Shop Talk"),
    ]
}

fn claims() -> Vec<Claim> {
    use Modality::*;
    use Predicate::*;
    let m = MINISTRY;
    vec![
        // The attacker's post.
        claim("indra-post", m, Intrusion, true, indra(), Asserted),
        claim(
            "indra-post",
            m,
            PersonsAffected,
            persons(Quantity::exact(16_444_373)),
            indra(),
            Asserted,
        ),
        claim(
            "indra-post",
            m,
            RecordsAffected,
            records(nearly_70_million()),
            indra(),
            Asserted,
        ),
        claim("indra-post", m, DataExfiltration, true, indra(), Asserted),
        claim(
            "indra-post",
            m,
            Attribution,
            Value::Entity {
                name: "Indra".into(),
            },
            indra(),
            Asserted,
        ),
        // The ministry's statement.
        claim(
            "ministry-release",
            m,
            Intrusion,
            true,
            ministry(),
            Confirmed,
        ),
        claim(
            "ministry-release",
            m,
            UnauthorizedAccess,
            true,
            ministry(),
            Confirmed,
        ),
        claim(
            "ministry-release",
            m,
            Investigation,
            true,
            ministry(),
            Confirmed,
        ),
        claim(
            "ministry-release",
            m,
            DataExfiltration,
            true,
            ministry(),
            Unknown,
        ),
        claim(
            "ministry-release",
            m,
            Attribution,
            Value::Entity {
                name: "Indra".into(),
            },
            ministry(),
            Unknown,
        ),
        // The minister on the radio plays exfiltration down.
        claim("radio-interview", m, Intrusion, true, minister(), Confirmed),
        claim(
            "radio-interview",
            m,
            DataExfiltration,
            true,
            minister(),
            Denied,
        ),
        // Outlets echo the attacker's figure, as "more than 16 million".
        claim(
            "outlet-fr-1",
            m,
            PersonsAffected,
            persons(Quantity::at_least(16_000_000)),
            indra(),
            Asserted,
        ),
        claim(
            "outlet-fr-2",
            m,
            PersonsAffected,
            persons(Quantity::at_least(16_000_000)),
            indra(),
            Asserted,
        ),
        claim(
            "outlet-en-1",
            m,
            PersonsAffected,
            persons(Quantity::at_least(16_000_000)),
            indra(),
            Asserted,
        ),
        claim(
            "outlet-ja-1",
            m,
            PersonsAffected,
            persons(Quantity::exact(16_444_373)),
            indra(),
            Asserted,
        ),
        claim(
            "outlet-fr-2",
            m,
            RecordsAffected,
            records(nearly_70_million()),
            indra(),
            Asserted,
        ),
        claim(
            "outlet-fr-2",
            m,
            Attribution,
            Value::Entity {
                name: "Indra".into(),
            },
            indra(),
            Asserted,
        ),
        // An outlet that rewrites the post in its own voice is its echo.
        claim(
            "outlet-fr-3",
            m,
            PersonsAffected,
            persons(Quantity::at_least(16_000_000)),
            outlet(),
            Asserted,
        ),
        claim("outlet-fr-3", m, DataExfiltration, true, outlet(), Asserted),
        // Two outlets state the exfiltration themselves, one hedges it.
        claim("outlet-fr-1", m, DataExfiltration, true, outlet(), Asserted),
        claim("outlet-en-1", m, DataExfiltration, true, outlet(), Asserted),
        claim("outlet-ja-1", m, DataExfiltration, true, outlet(), Hedged),
        // An extraction slip: the 70 million figure under persons_affected,
        // but in records. It must not mix with the persons.
        claim(
            "outlet-en-1",
            m,
            PersonsAffected,
            records(nearly_70_million()),
            indra(),
            Asserted,
        ),
        // The investigation.
        claim(
            "outlet-en-1",
            m,
            Investigation,
            true,
            prosecutor(),
            Confirmed,
        ),
        claim("outlet-fr-1", m, Investigation, true, outlet(), Asserted),
        claim(
            "outlet-fr-1",
            m,
            UnauthorizedAccess,
            true,
            ministry(),
            Confirmed,
        ),
        // The round-up's unrelated company story.
        claim(
            "roundup",
            OTHER,
            PersonsAffected,
            persons(Quantity::exact(120_000)),
            outlet(),
            Asserted,
        ),
        claim(
            "retail-outlet",
            OTHER,
            PersonsAffected,
            persons(Quantity::at_least(100_000)),
            outlet(),
            Asserted,
        ),
    ]
}

/// subject, predicate, unit -> verdict, best value, independent sources,
/// attestations, independent sources for, against
type Row = (
    &'static str,
    Predicate,
    Option<Unit>,
    Verdict,
    Value,
    usize,
    usize,
    usize,
    usize,
);

fn report() -> Report<'static> {
    Reconciler::new()
        .reconcile(&sources(), &claims())
        .into_owned()
}

#[test]
fn reference_case_verdicts() {
    let report = report();
    use Predicate::*;
    // subject, predicate, unit -> verdict, best value, independent sources,
    // attestations, independent sources for, against
    let table: &[Row] = &[
        (
            MINISTRY,
            Intrusion,
            None,
            Verdict::Confirmed,
            true.into(),
            3,
            3,
            3,
            0,
        ),
        (
            MINISTRY,
            UnauthorizedAccess,
            None,
            Verdict::Confirmed,
            true.into(),
            1,
            2,
            1,
            0,
        ),
        (
            MINISTRY,
            Investigation,
            None,
            Verdict::Confirmed,
            true.into(),
            3,
            3,
            3,
            0,
        ),
        (
            MINISTRY,
            PersonsAffected,
            Some(Unit::Persons),
            Verdict::Claimed,
            persons(Quantity::exact(16_444_373)),
            1,
            6,
            1,
            0,
        ),
        (
            MINISTRY,
            PersonsAffected,
            Some(Unit::Records),
            Verdict::Claimed,
            records(nearly_70_million()),
            1,
            1,
            1,
            0,
        ),
        (
            MINISTRY,
            RecordsAffected,
            Some(Unit::Records),
            Verdict::Claimed,
            records(nearly_70_million()),
            1,
            2,
            1,
            0,
        ),
        // The attacker (with its echo outlet-fr-3), two outlets in their own
        // voice and a hedging one for; the minister against; the ministry
        // neutral.
        (
            MINISTRY,
            DataExfiltration,
            None,
            Verdict::Disputed,
            true.into(),
            6,
            7,
            4,
            1,
        ),
        (
            MINISTRY,
            Attribution,
            None,
            Verdict::Claimed,
            Value::Entity {
                name: "Indra".into(),
            },
            2,
            3,
            1,
            0,
        ),
        (
            OTHER,
            PersonsAffected,
            Some(Unit::Persons),
            Verdict::Corroborated,
            persons(Quantity::exact(120_000)),
            2,
            2,
            2,
            0,
        ),
    ];
    for (subject, predicate, unit, verdict, best, independent, attestations, for_, against) in table
    {
        let p = report
            .get(subject, predicate, unit.as_ref())
            .unwrap_or_else(|| panic!("no proposition for {subject} {predicate} {unit:?}"));
        let what = format!("{subject} {predicate} {unit:?}");
        assert_eq!(p.verdict, *verdict, "{what}: {p:#?}");
        assert_eq!(&p.best, best, "{what}");
        assert_eq!(
            p.independent_sources, *independent,
            "{what}: {:#?}",
            p.explanation
        );
        assert_eq!(p.attestations, *attestations, "{what}");
        assert_eq!(
            (p.sources_for, p.sources_against),
            (*for_, *against),
            "{what}: {:#?}",
            p.explanation
        );
    }
    assert_eq!(report.propositions.len(), table.len());
}

#[test]
fn reference_case_explanations() {
    let report = report();
    // The 16,444,373 figure and "more than 16 million" are one candidate,
    // one statement by Indra attested six times (five outlets and the post),
    // and weigh less than the confirmed intrusion.
    let persons = report
        .get(MINISTRY, &Predicate::PersonsAffected, Some(&Unit::Persons))
        .unwrap();
    assert_eq!(persons.candidates.len(), 1);
    assert_eq!(persons.explanation.len(), 1);
    let voice = &persons.explanation[0];
    assert_eq!(voice.label, "attacker (Indra)");
    assert_eq!(voice.kind, PartyKind::Attacker);
    assert_eq!(
        voice.sources,
        [
            "indra-post",
            "outlet-en-1",
            "outlet-fr-1",
            "outlet-fr-2",
            "outlet-fr-3",
            "outlet-ja-1"
        ]
    );
    assert!(voice.claims.iter().all(|e| e.stance == Stance::For));
    let intrusion = report.get(MINISTRY, &Predicate::Intrusion, None).unwrap();
    assert!(intrusion.agreement > persons.agreement);

    // Exfiltration: the minister's denial is against, the ministry's
    // "unknown" is recorded as not confirmed, the hedge counts for with
    // less weight.
    let exfiltration = report
        .get(MINISTRY, &Predicate::DataExfiltration, None)
        .unwrap();
    let reasons: Vec<(String, Reason)> = exfiltration
        .claims()
        .map(|e| (e.claim.source().to_owned(), e.reason))
        .collect();
    for expected in [
        ("radio-interview", Reason::Denies),
        ("ministry-release", Reason::NotConfirmed),
        ("outlet-ja-1", Reason::Hedges),
        ("outlet-fr-1", Reason::Asserts),
        ("indra-post", Reason::Asserts),
    ] {
        assert!(
            reasons.contains(&(expected.0.to_owned(), expected.1)),
            "{expected:?} in {reasons:?}"
        );
    }
    assert!(exfiltration.contradiction > 0.0 && exfiltration.conflict > 0.0);
    let hedge = exfiltration
        .claims()
        .find(|e| e.reason == Reason::Hedges)
        .unwrap();
    let assertion = exfiltration
        .claims()
        .find(|e| e.claim.source() == "outlet-fr-1")
        .unwrap();
    assert!(hedge.weight < assertion.weight);

    // Attribution: officials say unknown, which does not contradict.
    let attribution = report.get(MINISTRY, &Predicate::Attribution, None).unwrap();
    let official = attribution
        .explanation
        .iter()
        .find(|s| s.kind == PartyKind::Official)
        .unwrap();
    assert_eq!(official.stance, Stance::Neutral);
    assert_eq!(official.claims[0].reason, Reason::NotConfirmed);
    assert_eq!(attribution.contradiction, 0.0);
}

#[test]
fn every_claim_appears_once_and_the_report_round_trips() {
    let report = report();
    let mut seen: Vec<String> = report
        .propositions
        .iter()
        .flat_map(|p| p.claims())
        .map(|e| e.claim.to_json())
        .collect();
    let mut given: Vec<String> = claims().iter().map(Claim::to_json).collect();
    seen.sort();
    given.sort();
    assert_eq!(seen, given);

    let json = serde_json::to_string(&report).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}

#[test]
fn echoes_and_copies_do_not_add_independent_sources() {
    // Ten more outlets echo Indra's figure, and one outlet is duplicated
    // verbatim under a new id.
    let mut sources = sources();
    let mut claims = claims();
    for i in 0..10 {
        let id = format!("echo-{i}");
        sources.push(Source::new(&id, PartyKind::Media));
        claims.push(claim(
            &id,
            MINISTRY,
            Predicate::PersonsAffected,
            persons(Quantity::at_least(16_000_000)),
            indra(),
            Modality::Asserted,
        ));
    }
    let original = sources.iter().find(|s| s.id() == "outlet-fr-1").unwrap();
    let mut copy = Source::new("outlet-fr-1-copy", original.kind());
    if let Some(name) = original.name() {
        copy = copy.with_name(name);
    }
    sources.push(copy);
    let copied: Vec<Claim> = claims
        .iter()
        .filter(|c| c.source() == "outlet-fr-1")
        .map(|c| c.clone().with_source("outlet-fr-1-copy"))
        .collect();
    claims.extend(copied);

    let before = report();
    let after = Reconciler::new().reconcile(&sources, &claims);
    assert_eq!(before.propositions.len(), after.propositions.len());
    for (a, b) in before.propositions.iter().zip(&after.propositions) {
        assert_eq!(a.verdict, b.verdict, "{} {}", a.subject, a.predicate);
        assert_eq!(
            a.independent_sources, b.independent_sources,
            "{}",
            a.predicate
        );
        assert_eq!(
            (a.sources_for, a.sources_against),
            (b.sources_for, b.sources_against)
        );
        assert_eq!(a.agreement, b.agreement, "{}", a.predicate);
    }
    let persons = after
        .get(MINISTRY, &Predicate::PersonsAffected, Some(&Unit::Persons))
        .unwrap();
    assert_eq!((persons.attestations, persons.independent_sources), (17, 1));
}
