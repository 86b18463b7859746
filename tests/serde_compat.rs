//! Reading JSON from other versions (issue 8): reports of another schema
//! are refused with a message naming the schema expected; fields a later
//! version adds are ignored where that is forward-compatible; what an older
//! or foreign form lacks or changes is refused naming the field.
//!
//! Decision for claims: the claim contract has no version field, so it is
//! versioned by its fields. Unknown fields are tolerated and dropped (a
//! later version that only adds a field, say `confidence`, stays readable
//! and reads to the same claim); a missing field or an unknown variant
//! (a value `type`, a `modality` or a party `kind` from a later version)
//! is an error naming it, never a guess.

use corroborate::export::{ReportDocument, SCHEMA};
use corroborate::reconcile::Reconciler;
use corroborate::{Claim, Claimant, ErrorKind, Modality, PartyKind, Predicate, Source};

const CONTRACT: &str = r#"{"source":"doc-1","subject":"French Ministry of the Interior","predicate":"persons_affected","value":{"type":"quantity","min":16444373,"max":16444373,"unit":"persons"},"claimant":{"kind":"attacker","name":"Indra"},"modality":"asserted","span":{"start":812,"end":861},"text":"..."}"#;

fn edit(json: &str, f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    f(&mut v);
    serde_json::to_string(&v).unwrap()
}

#[test]
fn claims_with_added_fields_are_read_and_the_fields_dropped() {
    let plain = Claim::from_json(CONTRACT).unwrap();
    for json in [
        edit(CONTRACT, |v| v["confidence"] = 0.8.into()),
        edit(CONTRACT, |v| v["schema"] = "corroborate.claim/2".into()),
        edit(CONTRACT, |v| v["value"]["precision"] = "exact".into()),
        edit(CONTRACT, |v| v["claimant"]["role"] = "spokesperson".into()),
        edit(CONTRACT, |v| v["span"]["line"] = 3.into()),
    ] {
        let claim = Claim::from_json(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(claim, plain, "{json}");
        assert_eq!(claim.to_json(), CONTRACT);
    }
}

#[test]
fn claims_of_another_form_are_refused_naming_what_differs() {
    for (json, message) in [
        // An older form without a claimant or modality.
        (
            edit(CONTRACT, |v| {
                v.as_object_mut().unwrap().remove("claimant");
            }),
            "missing field `claimant` at line 1 column 234",
        ),
        // A value kind from a later version.
        (
            edit(CONTRACT, |v| {
                v["value"] = serde_json::json!({"type": "ratio", "of": 3, "to": 4})
            }),
            "unknown variant `ratio`, expected one of `quantity`, `time`, `flag`, `entity`, `text` at line 1 column 242",
        ),
        // A modality from a later version.
        (
            edit(CONTRACT, |v| v["modality"] = "retracted".into()),
            "unknown variant `retracted`, expected one of `asserted`, `confirmed`, `denied`, `hedged`, `unknown` at line 1 column 69",
        ),
        // Not a claim at all.
        (
            "null".to_owned(),
            "invalid type: null, expected struct Claim at line 1 column 4",
        ),
    ] {
        let err = Claim::from_json(&json).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Json, "{json}");
        assert_eq!(err.to_string(), message, "{json}");
    }
}

fn report_json() -> String {
    let sources = [Source::new("statement", PartyKind::Official)];
    let claims = [Claim::new(
        "French Ministry of the Interior",
        Predicate::Intrusion,
        true,
    )
    .with_source("statement")
    .with_claimant(Claimant::new(PartyKind::Official))
    .with_modality(Modality::Confirmed)];
    let report = Reconciler::new().reconcile(&sources, &claims);
    ReportDocument::new(&sources, report).to_json()
}

#[test]
fn reports_of_another_schema_are_refused_by_version() {
    let json = report_json();
    for (schema, message) in [
        (
            serde_json::json!("corroborate.report/0"),
            "invalid `schema`: expected `corroborate.report/1`, found `corroborate.report/0`",
        ),
        (
            serde_json::json!("corroborate.report/2"),
            "invalid `schema`: expected `corroborate.report/1`, found `corroborate.report/2`",
        ),
        (
            serde_json::json!("stix/2.1"),
            "invalid `schema`: expected `corroborate.report/1`, found `stix/2.1`",
        ),
    ] {
        // An older report may lack fields of this one: the schema is what
        // the reader names, not the first missing field.
        let other = edit(&json, |v| {
            v["schema"] = schema;
            v.as_object_mut().unwrap().remove("incidents");
        });
        let err = ReportDocument::from_json(&other).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidValue);
        assert_eq!(err.field(), Some("schema"));
        assert_eq!(err.to_string(), message);
    }
    let unversioned = edit(&json, |v| {
        v.as_object_mut().unwrap().remove("schema");
    });
    assert_eq!(
        ReportDocument::from_json(&unversioned)
            .unwrap_err()
            .to_string(),
        "invalid `schema`: missing; expected `corroborate.report/1`"
    );
    let numbered = edit(&json, |v| v["schema"] = 1.into());
    let err = ReportDocument::from_json(&numbered).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Json);
    assert!(
        err.to_string()
            .starts_with("invalid type: integer `1`, expected a string"),
        "{err}"
    );
}

#[test]
fn reports_with_added_fields_are_read() {
    let json = report_json();
    let plain = ReportDocument::from_json(&json).unwrap();
    assert_eq!(plain.schema, SCHEMA);
    let extended = edit(&json, |v| {
        v["generator"] = "corroborate 0.2".into();
        v["sources"][0]["trust"] = "A1".into();
        v["incidents"][0]["severity"] = "high".into();
        let p = &mut v["incidents"][0]["propositions"][0];
        p["calibrated"] = true.into();
        p["explanation"][0]["claims"][0]["claim"]["confidence"] = 0.9.into();
    });
    assert_ne!(extended, json);
    let read = ReportDocument::from_json(&extended).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, plain);
    // Written back, it is the current schema again, without the extras.
    assert_eq!(read.to_json(), json);
}

#[test]
fn a_report_missing_a_field_of_this_schema_is_refused_naming_it() {
    let json = edit(&report_json(), |v| {
        v["incidents"][0]["propositions"][0]
            .as_object_mut()
            .unwrap()
            .remove("verdict");
    });
    let err = ReportDocument::from_json(&json).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Json);
    assert!(
        err.to_string().starts_with("missing field `verdict`"),
        "{err}"
    );
    assert!(err.line().is_some());
}
