//! The verdict rules and the comparison table of the reconcile module docs,
//! as tables: claims about one proposition -> verdict, reasons.

use corroborate::reconcile::{Reason, Reconciler, Stance, Verdict};
use corroborate::{Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Source, Unit, Value};

use Modality::{Asserted, Confirmed, Denied, Hedged, Unknown};
use PartyKind::{Attacker, Media, Official, Researcher};

/// One claim: the source's id and kind, the claimant's kind and name
/// (`None` for the source's own voice), the modality and whether it says
/// `true`.
type Row = (
    &'static str,
    PartyKind,
    Option<(PartyKind, &'static str)>,
    Modality,
    bool,
);

fn reconcile_flags(rows: &[Row]) -> (Verdict, Vec<Reason>) {
    let sources: Vec<Source> = rows
        .iter()
        .map(|&(id, kind, ..)| Source::new(id, kind).with_name(id))
        .collect();
    let claims: Vec<Claim> = rows
        .iter()
        .map(|&(id, _, claimant, modality, value)| {
            let claimant = match claimant {
                Some((kind, name)) => Claimant::new(kind).named(name),
                None => Claimant::new(Media),
            };
            Claim::new("Victim", Predicate::DataExfiltration, value)
                .with_source(id)
                .with_claimant(claimant)
                .with_modality(modality)
        })
        .collect();
    let report = Reconciler::new().reconcile(&sources, &claims);
    assert_eq!(report.propositions.len(), 1);
    let p = &report.propositions[0];
    // Reasons in input order.
    let reasons = claims
        .iter()
        .map(|c| p.claims().find(|e| *e.claim == *c).unwrap().reason)
        .collect();
    (p.verdict, reasons)
}

const MINISTRY: Option<(PartyKind, &str)> = Some((Official, "ministry"));
const MINISTER: Option<(PartyKind, &str)> = Some((Official, "minister"));
const INDRA: Option<(PartyKind, &str)> = Some((Attacker, "Indra"));
const LAB: Option<(PartyKind, &str)> = Some((Researcher, "lab"));

#[test]
fn verdict_rules() {
    let cases: &[(&str, &[Row], Verdict)] = &[
        (
            "1: only hedges and unknowns",
            &[
                ("a", Media, None, Hedged, true),
                ("m", Official, MINISTRY, Unknown, true),
            ],
            Verdict::Unresolved,
        ),
        (
            "2: an official denial with nothing credible for",
            &[("m", Official, MINISTRY, Denied, true)],
            Verdict::Refuted,
        ),
        (
            "2: a researcher and the minister deny what one outlet says",
            &[
                ("a", Media, None, Asserted, true),
                ("l", Researcher, LAB, Denied, true),
                ("r", Media, MINISTER, Denied, true),
            ],
            Verdict::Refuted,
        ),
        (
            "3: three outlets say the opposite of one: the best value is theirs",
            &[
                ("a", Media, None, Asserted, true),
                ("b", Media, None, Asserted, false),
                ("c", Media, None, Asserted, false),
                ("d", Media, None, Asserted, false),
            ],
            Verdict::Disputed,
        ),
        (
            "3: the attacker claims it, the minister denies it",
            &[
                ("post", Attacker, INDRA, Asserted, true),
                ("r", Media, MINISTER, Denied, true),
            ],
            Verdict::Disputed,
        ),
        (
            "3: an official confirms, a researcher contradicts",
            &[
                ("m", Official, MINISTRY, Confirmed, true),
                ("l", Researcher, LAB, Asserted, false),
            ],
            Verdict::Disputed,
        ),
        (
            "4: an official confirms, the attacker contradicts (not credible)",
            &[
                ("m", Official, MINISTRY, Confirmed, true),
                ("post", Attacker, INDRA, Asserted, false),
            ],
            Verdict::Confirmed,
        ),
        (
            "5: two independent outlets, no official word",
            &[
                ("a", Media, None, Asserted, true),
                ("b", Media, None, Asserted, true),
            ],
            Verdict::Corroborated,
        ),
        (
            "6: only the attacker, echoed by two outlets",
            &[
                ("post", Attacker, INDRA, Asserted, true),
                ("a", Media, INDRA, Asserted, true),
                ("b", Media, INDRA, Asserted, true),
            ],
            Verdict::Claimed,
        ),
        (
            "6: one outlet alone",
            &[("a", Media, None, Asserted, true)],
            Verdict::Claimed,
        ),
        (
            "7: only the attacker denies",
            &[("post", Attacker, INDRA, Denied, true)],
            Verdict::Unresolved,
        ),
    ];
    for (name, rows, expected) in cases {
        let (verdict, _) = reconcile_flags(rows);
        assert_eq!(verdict, *expected, "{name}");
    }
}

#[test]
fn comparison_table() {
    // Against a best value of `true` asserted by two outlets.
    let base: [Row; 2] = [
        ("a", Media, None, Asserted, true),
        ("b", Media, None, Asserted, true),
    ];
    let cases: &[(Row, Reason, Stance)] = &[
        (
            ("m", Official, MINISTRY, Confirmed, true),
            Reason::Confirms,
            Stance::For,
        ),
        (
            ("c", Media, None, Asserted, true),
            Reason::Asserts,
            Stance::For,
        ),
        (
            ("c", Media, None, Hedged, true),
            Reason::Hedges,
            Stance::For,
        ),
        (
            ("c", Media, None, Asserted, false),
            Reason::ContradictsValue,
            Stance::Against,
        ),
        (
            ("c", Media, None, Hedged, false),
            Reason::HedgesOtherValue,
            Stance::Against,
        ),
        (
            ("m", Official, MINISTRY, Denied, true),
            Reason::Denies,
            Stance::Against,
        ),
        (
            ("m", Official, MINISTRY, Denied, false),
            Reason::DeniesOtherValue,
            Stance::Neutral,
        ),
        (
            ("m", Official, MINISTRY, Unknown, true),
            Reason::NotConfirmed,
            Stance::Neutral,
        ),
        (
            ("c", Media, None, Unknown, true),
            Reason::Undetermined,
            Stance::Neutral,
        ),
    ];
    for (row, reason, stance) in cases {
        let rows = [base[0], base[1], *row];
        let (_, reasons) = reconcile_flags(&rows);
        assert_eq!(reasons[2], *reason, "{row:?}");
        assert_eq!(reason.stance(), *stance);
    }
}

#[test]
fn persons_and_records_are_separate_propositions() {
    let claims = [
        Claim::new(
            "V",
            Predicate::PersonsAffected,
            Quantity::exact(16_444_373).with_unit(Unit::Persons),
        ),
        Claim::new(
            "V",
            Predicate::PersonsAffected,
            Quantity::at_least(70_000_000).with_unit(Unit::Records),
        ),
        Claim::new(
            "V",
            Predicate::RecordsAffected,
            Quantity::at_least(70_000_000).with_unit(Unit::Records),
        ),
        Claim::new(
            "V",
            Predicate::PersonsAffected,
            Value::Quantity(Quantity::at_least(16_000_000)),
        ),
    ];
    let report = Reconciler::new().reconcile(&[], &claims);
    let keys: Vec<(String, Option<Unit>)> = report
        .propositions
        .iter()
        .map(|p| (p.predicate.to_string(), p.unit.clone()))
        .collect();
    assert_eq!(
        keys,
        [
            ("persons_affected".to_owned(), None),
            ("persons_affected".to_owned(), Some(Unit::Persons)),
            ("persons_affected".to_owned(), Some(Unit::Records)),
            ("records_affected".to_owned(), Some(Unit::Records)),
        ]
    );
}

#[test]
fn an_unlisted_source_is_an_unknown_source_not_dropped() {
    let claims = [Claim::new("V", Predicate::Intrusion, true).with_source("nowhere")];
    let report = Reconciler::new().reconcile(&[], &claims);
    let p = &report.propositions[0];
    assert_eq!(p.attestations, 1);
    assert_eq!(p.explanation[0].kind, PartyKind::Unknown);
    assert_eq!(p.explanation[0].sources, ["nowhere"]);
    assert_eq!(p.explanation[0].label, "source nowhere");
}

#[test]
fn an_article_citing_both_sides_does_not_merge_them() {
    let sources = [
        Source::new("post", Attacker),
        Source::new("release", Official),
        Source::new("article", Media)
            .derived_from("post")
            .derived_from("release"),
    ];
    let claims = [
        Claim::new("V", Predicate::DataExfiltration, true)
            .with_source("post")
            .with_claimant(Claimant::new(Attacker).named("Indra")),
        Claim::new("V", Predicate::DataExfiltration, true)
            .with_source("release")
            .with_claimant(Claimant::new(Official).named("ministry"))
            .with_modality(Denied),
        Claim::new("V", Predicate::DataExfiltration, true).with_source("article"),
    ];
    let report = Reconciler::new().reconcile(&sources, &claims);
    let p = &report.propositions[0];
    assert_eq!(p.independent_sources, 3, "{:#?}", p.explanation);
    assert_eq!(p.verdict, Verdict::Disputed);
}

#[test]
fn many_distinct_values_each_have_a_candidate() {
    // More distinct values than are looked up linearly: they are hashed.
    let mut claims: Vec<Claim> = (0..20)
        .map(|n| {
            Claim::new(
                "V",
                Predicate::PersonsAffected,
                Quantity::exact(n * 1_000).with_unit(Unit::Persons),
            )
            .with_source(format!("outlet-{n}"))
        })
        .collect();
    claims.push(
        Claim::new(
            "V",
            Predicate::PersonsAffected,
            Quantity::exact(7_000).with_unit(Unit::Persons),
        )
        .with_source("another"),
    );
    // Named, so that the two outlets saying 7,000 are not taken for copies.
    let sources: Vec<Source> = claims
        .iter()
        .map(|c| Source::new(c.source(), Media).with_name(c.source()))
        .collect();
    let report = Reconciler::new().reconcile(&sources, &claims);
    let p = &report.propositions[0];
    assert_eq!(p.candidates.len(), 20);
    assert_eq!(
        p.best,
        Value::Quantity(Quantity::exact(7_000).with_unit(Unit::Persons))
    );
    assert_eq!(p.candidates[0].claims, 2);
    assert_eq!(p.sources_against, 19);
}

#[test]
fn members_of_a_multi_valued_predicate_do_not_contradict_each_other() {
    let sources = [
        Source::new("post", Attacker),
        Source::new("statement", Official),
    ];
    let entity = |name: &str| Value::Entity { name: name.into() };
    let indra = Claimant::new(Attacker).named("Indra");
    let claims = [
        Claim::new("Victim", Predicate::DataCategory, entity("TAJ"))
            .with_source("post")
            .with_claimant(indra.clone()),
        Claim::new("Victim", Predicate::DataCategory, entity("FPR"))
            .with_source("post")
            .with_claimant(indra),
        Claim::new("Victim", Predicate::DataCategory, entity("FPR"))
            .with_source("statement")
            .with_claimant(Claimant::new(Official))
            .with_modality(Denied),
    ];
    let report = Reconciler::new().reconcile(&sources, &claims);
    let by_value: Vec<(String, Verdict, usize)> = report
        .propositions
        .iter()
        .map(|p| (p.best.to_string(), p.verdict, p.sources_against))
        .collect();
    // Each category is its own proposition; the denial of the FPR says
    // nothing about the TAJ.
    assert_eq!(
        by_value,
        [
            ("FPR".to_owned(), Verdict::Disputed, 1),
            ("TAJ".to_owned(), Verdict::Claimed, 0),
        ]
    );
}
