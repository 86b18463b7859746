//! The README's first command, end to end: the `reconcile` example on the
//! bundled corpus, in every format, and the verdicts a reader expects of the
//! reference incident.

use std::path::PathBuf;
use std::process::Command;

use corroborate::export::ReportDocument;
use corroborate::reconcile::{Proposition, Verdict};
use corroborate::{Number, PartyKind, Predicate, Quantity, Unit, Value};

const MINISTRY: &str = "French Ministry of the Interior";

/// The example binary, built on demand when the test is run on its own
/// (`cargo test` builds examples; `cargo test --test` does not).
fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target profile directory");
    let path = dir
        .join("examples")
        .join(format!("reconcile{}", std::env::consts::EXE_SUFFIX));
    if !path.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "reconcile"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the reconcile example failed");
    }
    path
}

fn run(args: &[&str]) -> (String, String, i32) {
    let output = Command::new(binary())
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the example runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
        output.status.code().unwrap_or(-1),
    )
}

fn report() -> ReportDocument<'static> {
    let (stdout, stderr, code) = run(&["--format", "json"]);
    assert_eq!(code, 0, "stderr: {stderr}");
    ReportDocument::from_json(&stdout).expect("the JSON report reads back")
}

fn find<'d>(
    document: &'d ReportDocument<'static>,
    subject: &str,
    predicate: Predicate,
    unit: Option<Unit>,
) -> &'d Proposition<'static> {
    document
        .propositions()
        .find(|p| p.subject == subject && p.predicate == predicate && p.unit == unit)
        .unwrap_or_else(|| panic!("no proposition {subject} / {predicate} / {unit:?}"))
}

#[test]
fn officials_confirm_the_intrusion_the_access_and_the_investigation() {
    let document = report();
    for predicate in [
        Predicate::Intrusion,
        Predicate::UnauthorizedAccess,
        Predicate::Investigation,
    ] {
        let p = find(&document, MINISTRY, predicate.clone(), None);
        assert_eq!(p.verdict, Verdict::Confirmed, "{predicate}");
        assert_eq!(p.best, Value::Flag { value: true }, "{predicate}");
        assert!(
            p.claims()
                .any(|e| e.claim.claimant().kind() == PartyKind::Official),
            "{predicate}: an official speaks"
        );
    }
}

#[test]
fn the_persons_figure_is_the_attackers_claim_and_agrees_with_the_outlets() {
    let document = report();
    let p = find(
        &document,
        MINISTRY,
        Predicate::PersonsAffected,
        Some(Unit::Persons),
    );
    assert_eq!(p.verdict, Verdict::Claimed);
    let Value::Quantity(best) = &p.best else {
        panic!("best is {:?}", p.best)
    };
    assert!(
        best.contains_value(Number::from(16_444_373)),
        "best is {best}"
    );
    // The outlets' "more than 16 million" is in the same candidate.
    let more_than_16m = Quantity::at_least(16_000_000).with_unit(Unit::Persons);
    assert!(best.is_consistent_with(&more_than_16m));
    let values: Vec<&Value> = p.claims().map(|e| e.claim.value()).collect();
    assert!(
        values.iter().any(|v| matches!(v, Value::Quantity(q) if !q.is_exact() && q.contains_value(Number::from(16_444_373)))),
        "an outlet's rounded figure is among the claims: {values:?}"
    );
    assert!(
        p.claims()
            .all(|e| e.claim.claimant().kind() != PartyKind::Official
                || e.claim.modality() != corroborate::Modality::Confirmed),
        "no official confirms it"
    );
}

#[test]
fn the_70_million_data_items_are_records_not_persons() {
    let document = report();
    let p = find(
        &document,
        MINISTRY,
        Predicate::RecordsAffected,
        Some(Unit::Records),
    );
    let Value::Quantity(best) = &p.best else {
        panic!("best is {:?}", p.best)
    };
    assert!(
        !best.contains_value(Number::from(70_000_001)),
        "nearly 70 million: {best}"
    );
    assert!(
        best.contains_value(Number::from(69_000_000)),
        "nearly 70 million: {best}"
    );
    assert_ne!(p.verdict, Verdict::Confirmed);
}

#[test]
fn exfiltration_is_disputed() {
    let document = report();
    let p = find(&document, MINISTRY, Predicate::DataExfiltration, None);
    assert_eq!(
        p.verdict,
        Verdict::Disputed,
        "agreement {} contradiction {}",
        p.agreement,
        p.contradiction
    );
    assert!(
        p.claims()
            .any(|e| e.claim.claimant().kind() == PartyKind::Attacker)
    );
    assert!(
        p.claims()
            .any(|e| e.claim.claimant().kind() == PartyKind::Official)
    );
}

#[test]
fn attribution_is_claimed_by_indra_while_officials_say_unknown() {
    let document = report();
    let p = find(&document, MINISTRY, Predicate::Attribution, None);
    assert_eq!(p.verdict, Verdict::Claimed);
    assert!(
        matches!(&p.best, Value::Entity { name } if name == "Indra"),
        "best is {:?}",
        p.best
    );
    assert!(
        p.claims()
            .any(|e| e.claim.claimant().kind() == PartyKind::Official
                && e.claim.modality() == corroborate::Modality::Unknown)
    );
}

#[test]
fn the_round_ups_other_story_is_a_separate_incident() {
    let document = report();
    let subjects: Vec<&str> = document
        .incidents
        .iter()
        .map(|i| i.subject.as_str())
        .collect();
    assert!(subjects.contains(&MINISTRY), "{subjects:?}");
    assert!(subjects.contains(&"Jaguar Land Rover"), "{subjects:?}");
    let jlr = document
        .incidents
        .iter()
        .find(|i| i.subject == "Jaguar Land Rover")
        .unwrap();
    // Nothing of the ministry's story leaks into it.
    for p in &jlr.propositions {
        for e in p.claims() {
            assert!(!e.claim.text().contains("Indra"), "{}", e.claim.text());
        }
    }
}

#[test]
fn every_format_renders_the_same_incidents() {
    let (table, _, code) = run(&[]);
    assert_eq!(code, 0);
    assert!(
        table.contains("== French Ministry of the Interior =="),
        "{table}"
    );
    assert!(table.contains("== Jaguar Land Rover =="), "{table}");
    assert!(!table.contains('\x1b'), "no colour when piped");

    let (markdown, _, code) = run(&["--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(markdown.contains("## French Ministry of the Interior"));
    assert!(
        markdown.contains("| intrusion | yes | confirmed |"),
        "{markdown}"
    );

    let (stix, _, code) = run(&["--format", "stix"]);
    assert_eq!(code, 0);
    let bundle: serde_json::Value = serde_json::from_str(&stix).expect("STIX is JSON");
    assert_eq!(bundle["type"], "bundle");
    let objects = bundle["objects"].as_array().unwrap();
    let count = |t: &str| objects.iter().filter(|o| o["type"] == t).count();
    assert_eq!(count("incident"), 2);
    assert_eq!(count("grouping"), 2);
    assert_eq!(count("extension-definition"), 1);
    assert!(count("note") > 10 && count("opinion") > 5 && count("report") >= 8);
    assert!(
        objects
            .iter()
            .any(|o| o["type"] == "threat-actor" && o["name"] == "Indra")
    );
    // Re-running gives the same bundle, byte for byte.
    assert_eq!(run(&["--format", "stix"]).0, stix);
}

#[test]
fn bad_files_are_reported_and_skipped_and_strict_stops() {
    let dir = std::env::temp_dir().join(format!("corroborate-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a-good.md"),
        "---\nsource: good\nkind: official\nlang: en\n---\nThe ministry confirmed an intrusion.\n",
    )
    .unwrap();
    std::fs::write(dir.join("b-bad-utf8.txt"), b"Indra \xff says").unwrap();
    std::fs::write(
        dir.join("c-bad-front.md"),
        "---\nkind official\n---\nText.\n",
    )
    .unwrap();
    std::fs::write(dir.join("ignored.csv"), "not read").unwrap();
    let dir_arg = dir.to_str().unwrap();

    let (stdout, stderr, code) = run(&[dir_arg]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("b-bad-utf8.txt: invalid UTF-8 at byte 6"),
        "{stderr}"
    );
    assert!(
        stderr.contains("c-bad-front.md:2: expected `key: value` in front matter"),
        "{stderr}"
    );
    assert!(stderr.contains("2 file(s) skipped"), "{stderr}");
    assert!(
        stdout.starts_with("1 sources,"),
        "the good file is still read: {stdout}"
    );

    let (stdout, stderr, code) = run(&[dir_arg, "--strict"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    let (_, stderr, code) = run(&["--format", "yaml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("expected `--format table|json|markdown|stix`, found `yaml`"));
    std::fs::remove_dir_all(&dir).ok();
}
