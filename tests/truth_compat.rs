//! The compatibility algorithms against the `truthdiscovery` 1.0.4 package.
//!
//! `tests/data/truth/` holds synthetic claims made by the shared
//! `gen_dataset.py` and the package's own output on them, both written by
//! `scripts/regen-truth-reference`. Every algorithm must choose the same
//! value for every object, give every source the same trust within 1e-9
//! (relative), run the same number of iterations and score the same
//! accuracy.

use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;

use corroborate::truth::{Dataset, Method, read_truth_csv};
use serde_json::Value;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/truth")
}

fn check(name: &str, reference: &str, iterations: Option<usize>) {
    let dir = data_dir();
    let file = File::open(dir.join(format!("{name}.claims.csv"))).unwrap();
    let data = Dataset::read_csv(BufReader::new(file)).unwrap();
    let truth: HashMap<String, String> = read_truth_csv(BufReader::new(
        File::open(dir.join(format!("{name}.truth.csv"))).unwrap(),
    ))
    .unwrap()
    .into_iter()
    .collect();
    let json: Value =
        serde_json::from_reader(BufReader::new(File::open(dir.join(reference)).unwrap())).unwrap();
    assert_eq!(json["num_claims"], data.num_claims());
    assert_eq!(json["num_sources"], data.num_sources());
    assert_eq!(json["num_objects"], data.num_objects());
    assert_eq!(json["num_distinct_values"], data.num_candidates());
    let results = json["results"].as_object().unwrap();
    assert_eq!(results.len(), 6, "{reference}: six algorithms");
    for method in Method::COMPATIBLE {
        let expected = &results[method.name()];
        let got = method.algorithm(iterations).run(&data);
        let what = format!("{reference}: {method}");

        assert_eq!(
            expected["iterations"].as_u64().map(|n| n as usize),
            got.iterations(),
            "{what}: iterations"
        );
        let chosen = expected["chosen"].as_object().unwrap();
        assert_eq!(chosen.len(), data.num_objects(), "{what}: objects");
        let mut differ = Vec::new();
        for o in 0..data.num_objects() {
            let want = chosen[data.object_name(o)].as_str().unwrap();
            if got.chosen_value(&data, o) != want {
                differ.push(data.object_name(o));
            }
        }
        assert!(
            differ.is_empty(),
            "{what}: chosen values differ for {differ:?}"
        );

        let trust = expected["trust"].as_object().unwrap();
        assert_eq!(trust.len(), data.num_sources(), "{what}: sources");
        for s in 0..data.num_sources() {
            let want = trust[data.source_name(s)].as_f64().unwrap();
            let have = got.trust()[s];
            let scale = want.abs().max(have.abs());
            assert!(
                want == have || (want - have).abs() <= 1e-9 * scale,
                "{what}: trust of {} is {have}, expected {want}",
                data.source_name(s)
            );
        }

        let accuracy = got.accuracy(&data, |o| truth.get(o).map(String::as_str));
        let want = expected["accuracy"].as_f64().unwrap();
        assert!(
            (accuracy - want).abs() < 1e-6,
            "{what}: accuracy {accuracy}, expected {want}"
        );
    }
}

#[test]
fn plain_data_matches_the_package_at_20_iterations() {
    check("plain", "plain.ref.json", Some(20));
}

#[test]
fn plain_data_matches_the_package_with_its_defaults() {
    check("plain", "plain.ref-default.json", None);
}

#[test]
fn copier_data_matches_the_package_at_20_iterations() {
    check("copiers", "copiers.ref.json", Some(20));
}

#[test]
fn copier_data_matches_the_package_with_its_defaults() {
    check("copiers", "copiers.ref-default.json", None);
}

#[test]
fn numeric_data_matches_the_package_at_20_iterations() {
    check("numeric", "numeric.ref.json", Some(20));
}

#[test]
fn numeric_data_matches_the_package_with_its_defaults() {
    check("numeric", "numeric.ref-default.json", None);
}
