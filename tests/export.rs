//! The export module on claims built in code: the JSON report round-trips
//! and refuses other schemas, Markdown keeps its tables whole, and the STIX
//! bundle is deterministic and self-contained.

use chrono::DateTime;
use corroborate::export::{ReportDocument, SCHEMA, markdown, stix_bundle};
use corroborate::reconcile::Reconciler;
use corroborate::{
    Claim, Claimant, ErrorKind, Language, Modality, PartyKind, Predicate, Quantity, Source, Span,
    Unit,
};
use serde_json::Value as Json;

const VICTIM: &str = "Example Hospital";

fn sources() -> Vec<Source> {
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
    vec![
        Source::new("leak-site", PartyKind::Attacker)
            .with_name("Leak site")
            .with_language(Language::English)
            .with_published(at("2025-03-02T08:00:00+00:00")),
        Source::new("statement", PartyKind::Official)
            .with_language(Language::French)
            .with_url("https://hospital.example/statement")
            .with_published(at("2025-03-03T10:30:00+01:00")),
        Source::new("paper", PartyKind::Media).derived_from("leak-site"),
    ]
}

fn claims() -> Vec<Claim> {
    let post = "We took 1,200,000 patient records | all of them.";
    let persons = Quantity::exact(1_200_000).with_unit(Unit::Records);
    vec![
        Claim::new(VICTIM, Predicate::RecordsAffected, persons.clone())
            .with_source("leak-site")
            .with_claimant(Claimant::new(PartyKind::Attacker).named("GroupX"))
            .with_evidence(
                post,
                Span {
                    start: 0,
                    end: post.len(),
                },
            )
            .unwrap(),
        Claim::new(
            VICTIM,
            Predicate::RecordsAffected,
            Quantity::at_least(1_000_000).with_unit(Unit::Records),
        )
        .with_source("paper")
        .with_claimant(Claimant::new(PartyKind::Attacker).named("GroupX")),
        Claim::new(VICTIM, Predicate::Intrusion, true)
            .with_source("statement")
            .with_claimant(Claimant::new(PartyKind::Official))
            .with_modality(Modality::Confirmed),
        Claim::new(VICTIM, Predicate::DataExfiltration, true)
            .with_source("statement")
            .with_claimant(Claimant::new(PartyKind::Official))
            .with_modality(Modality::Denied),
    ]
}

#[test]
fn the_json_report_round_trips_and_names_its_schema() {
    let (sources, claims) = (sources(), claims());
    let document = ReportDocument::new(&sources, Reconciler::new().reconcile(&sources, &claims));
    let json = document.to_json();
    let back = ReportDocument::from_json(&json).unwrap();
    assert_eq!(back, document.clone().into_owned());
    assert_eq!(back.schema, SCHEMA);
    assert_eq!(back.sources.len(), 3);
    assert_eq!(back.incidents.len(), 1);
    assert_eq!(
        back.propositions().map(|p| p.attestations).sum::<usize>(),
        claims.len()
    );
    // Written twice, the same bytes.
    assert_eq!(back.to_json(), json);
}

#[test]
fn reports_of_other_schemas_are_refused_and_unknown_fields_tolerated() {
    let (sources, claims) = (sources(), claims());
    let document = ReportDocument::new(&sources, Reconciler::new().reconcile(&sources, &claims));
    let mut json: Json = serde_json::from_str(&document.to_json()).unwrap();

    json["generator"] = Json::from("a later corroborate");
    let extended = serde_json::to_string(&json).unwrap();
    assert!(
        ReportDocument::from_json(&extended).is_ok(),
        "an added field is tolerated"
    );

    for (schema, expected) in [
        (
            Json::from("corroborate.report/2"),
            "invalid `schema`: expected `corroborate.report/1`, found `corroborate.report/2`",
        ),
        (
            Json::Null,
            "invalid `schema`: missing; expected `corroborate.report/1`",
        ),
    ] {
        json["schema"] = schema;
        let err = ReportDocument::from_json(&serde_json::to_string(&json).unwrap()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidValue);
        assert_eq!(err.field(), Some("schema"));
        assert_eq!(err.to_string(), expected);
    }
    let err = ReportDocument::from_json("{\"schema\": ").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Json);
}

#[test]
fn markdown_tables_stay_whole_whatever_the_claim_text() {
    let (sources, claims) = (sources(), claims());
    let document = ReportDocument::new(&sources, Reconciler::new().reconcile(&sources, &claims));
    let md = markdown(&document);
    assert!(md.starts_with("## Example Hospital\n"), "{md}");
    assert!(md.contains("| intrusion | yes | confirmed |"), "{md}");
    assert!(
        md.contains("| records_affected | 1200000 records | claimed |"),
        "{md}"
    );
    // The evidence's `|` is escaped, so no table or list line breaks.
    assert!(
        md.contains("1,200,000 patient records \\| all of them."),
        "{md}"
    );
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        assert_eq!(
            line.matches(" | ").count() - line.matches("\\| ").count(),
            7,
            "{line}"
        );
    }
}

#[test]
fn the_stix_bundle_is_deterministic_and_refers_only_to_its_own_objects() {
    let (sources, claims) = (sources(), claims());
    let reconciler = Reconciler::new();
    let document = ReportDocument::new(&sources, reconciler.reconcile(&sources, &claims));
    let bundle = stix_bundle(&document, &reconciler);

    // Shuffled input, same bundle.
    let mut reversed_claims = claims.clone();
    reversed_claims.reverse();
    let mut reversed_sources = sources.clone();
    reversed_sources.reverse();
    let again = ReportDocument::new(
        &reversed_sources,
        reconciler.reconcile(&reversed_sources, &reversed_claims),
    );
    assert_eq!(stix_bundle(&again, &reconciler), bundle);

    let objects = bundle["objects"].as_array().unwrap();
    let ids: std::collections::BTreeSet<&str> =
        objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), objects.len(), "ids are unique");
    let timestamp = regex::Regex::new(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$").unwrap();
    for object in objects {
        let kind = object["type"].as_str().unwrap();
        let id = object["id"].as_str().unwrap();
        assert!(id.starts_with(&format!("{kind}--")), "{id}");
        assert_eq!(
            &id[kind.len() + 2 + 14..kind.len() + 2 + 15],
            "4",
            "version-4 shape: {id}"
        );
        for field in ["created", "modified"] {
            assert!(
                timestamp.is_match(object[field].as_str().unwrap()),
                "{object}"
            );
        }
        // The latest publication date, not the clock.
        assert_eq!(object["created"], "2025-03-03T09:30:00.000Z");
        let mut refs: Vec<&str> = object["object_refs"]
            .as_array()
            .map(|a| a.iter().filter_map(Json::as_str).collect())
            .unwrap_or_default();
        refs.extend(object["created_by_ref"].as_str());
        for r in refs {
            assert!(
                ids.contains(r),
                "{id} refers to {r}, which is not in the bundle"
            );
        }
    }
    let count = |t: &str| objects.iter().filter(|o| o["type"] == t).count();
    assert_eq!(count("report"), 3);
    assert_eq!(count("note"), claims.len());
    assert_eq!(count("incident"), 1);
    assert_eq!(count("grouping"), 1);
    assert_eq!(count("threat-actor"), 1);
    // One opinion per proposition: records, intrusion, exfiltration.
    assert_eq!(count("opinion"), 3);

    let opinion = |predicate: &str| {
        objects
            .iter()
            .find(|o| {
                o["type"] == "opinion" && o["explanation"].as_str().unwrap().starts_with(predicate)
            })
            .map(|o| o["opinion"].as_str().unwrap().to_owned())
            .unwrap()
    };
    assert_eq!(opinion("intrusion"), "strongly-agree");
    assert_eq!(opinion("records_affected"), "neutral");

    // The typed claim travels in the property extension.
    let note = objects
        .iter()
        .find(|o| o["type"] == "note" && o["abstract"] == "records_affected: 1200000 records")
        .unwrap();
    let extension = note["extensions"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap();
    assert_eq!(extension["extension_type"], "property-extension");
    assert_eq!(extension["value"]["min"], 1_200_000);
    assert_eq!(extension["claimant"]["name"], "GroupX");
    // The official source's prior grade A2 has credibility 2: 70 on the
    // Admiralty credibility scale of STIX 2.1's appendix.
    let statement = objects
        .iter()
        .find(|o| o["type"] == "report" && o["name"] == "statement")
        .unwrap();
    assert_eq!(statement["confidence"], 70);
    assert_eq!(statement["lang"], "fr");
}
