//! Properties every truth-discovery algorithm keeps on any claims, however
//! odd: a chosen value is one of the object's claimed values, trust and
//! belief are finite numbers (AccuCopy's beliefs are probabilities), the
//! same claims give the same result bit for bit, and the order of the rows
//! does not change which value is chosen, but between tied values.

use corroborate::truth::{
    AccuCopy, Algorithm, Crh, Dataset, Duplicates, Method, Numeric, TruthResult,
};
use proptest::prelude::*;

/// Claims as (source, object, value) over a few sources and objects, so
/// that objects are contested and sources meet often. Values mix a few
/// popular figures (wrong figures that repeat), any figure, numbers
/// written differently, labels and strings that are not numbers at all.
fn claims() -> impl Strategy<Value = Vec<(u8, u8, String)>> {
    let value = prop_oneof![
        (0u32..4).prop_map(|v| (1000 + v).to_string()),
        (0u32..2_000_000).prop_map(|v| v.to_string()),
        prop::sample::select(vec![
            "0",
            "-5",
            "1e308",
            "inf",
            "NaN",
            "",
            "a",
            "b",
            "16.4 million",
            "16,444,373",
            "16444373",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec((0u8..10, 0u8..12, value), 0..100)
}

fn build(rows: &[(u8, u8, String)]) -> Dataset {
    let mut data = Dataset::builder().duplicates(Duplicates::KeepFirst);
    for (s, o, v) in rows {
        data.push(&format!("s{s}"), &format!("o{o}"), v);
    }
    data.build().expect("small data builds")
}

/// Every algorithm, with the better methods both on exact strings and on
/// numbers, and AccuCopy with each of its parts switched.
fn algorithms() -> Vec<(String, Box<dyn Algorithm>)> {
    let mut algs: Vec<(String, Box<dyn Algorithm>)> = Method::ALL
        .iter()
        .map(|m| (m.name().to_string(), m.algorithm(None)))
        .collect();
    algs.push((
        "crh numeric".into(),
        Box::new(Crh::new().similarity(Numeric::new())),
    ));
    let accu = || AccuCopy::new().similarity(Numeric::new());
    algs.push(("accu_copy numeric".into(), Box::new(accu())));
    algs.push((
        "accu_copy leave-one-out".into(),
        Box::new(accu().leave_one_out(true)),
    ));
    algs.push((
        "accu_copy no popularity, no two-party records".into(),
        Box::new(
            accu()
                .false_value_popularity(false)
                .two_party_records(false),
        ),
    ));
    algs.push((
        "accu_copy point estimates".into(),
        Box::new(accu().confidence(None)),
    ));
    algs
}

/// An object's name, its chosen value and the belief of each claimed value.
type Choice = (String, String, Vec<(String, f64)>);

/// Per object, sorted by name, its [`Choice`].
fn choices(data: &Dataset, result: &TruthResult) -> Vec<Choice> {
    let mut values: Vec<_> = (0..data.num_objects())
        .map(|o| {
            let beliefs = data
                .candidates(o)
                .map(|c| (data.candidate_value(c).to_string(), result.belief()[c]))
                .collect();
            (
                data.object_name(o).to_string(),
                result.chosen_value(data, o).to_string(),
                beliefs,
            )
        })
        .collect();
    values.sort_by(|a, b| a.0.cmp(&b.0));
    values
}

/// Whether `a` and `b` are within a hair of the same belief in `beliefs`.
fn tied(beliefs: &[(String, f64)], a: &str, b: &str) -> bool {
    let of = |v: &str| beliefs.iter().find(|(x, _)| x == v).map(|(_, p)| *p);
    match (of(a), of(b)) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(y.abs()).max(1e-12),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn results_are_well_formed_and_deterministic(rows in claims()) {
        let data = build(&rows);
        for (name, alg) in algorithms() {
            let result = alg.run(&data);
            prop_assert_eq!(result.chosen().len(), data.num_objects(), "{}", name);
            for o in 0..data.num_objects() {
                let chosen = result.chosen()[o] as usize;
                prop_assert!(
                    data.candidates(o).contains(&chosen),
                    "{}: object {} chose candidate {} outside its own", name, o, chosen
                );
            }
            prop_assert!(result.trust().iter().all(|t| t.is_finite()), "{}: trust {:?}", name, result.trust());
            prop_assert!(result.belief().iter().all(|b| b.is_finite()), "{}: belief {:?}", name, result.belief());
            if name.starts_with("accu_copy") {
                prop_assert!(
                    result.belief().iter().all(|b| (0.0..=1.0).contains(b)),
                    "{}: belief {:?}", name, result.belief()
                );
                prop_assert!(
                    result.trust().iter().all(|t| (0.0..=1.0).contains(t)),
                    "{}: trust {:?}", name, result.trust()
                );
            }
            let again = alg.run(&data);
            prop_assert_eq!(result.chosen(), again.chosen(), "{}", name);
            prop_assert_eq!(
                result.trust().iter().map(|t| t.to_bits()).collect::<Vec<_>>(),
                again.trust().iter().map(|t| t.to_bits()).collect::<Vec<_>>(),
                "{}", name
            );
        }
    }

    #[test]
    fn row_order_does_not_change_the_choice(rows in claims()) {
        // Reversed rows with a source's first claim on an object kept in
        // both: drop later duplicates first.
        let mut seen = std::collections::BTreeSet::new();
        let rows: Vec<_> = rows.into_iter().filter(|(s, o, _)| seen.insert((*s, *o))).collect();
        let data = build(&rows);
        let reversed: Vec<_> = rows.iter().rev().cloned().collect();
        let other = build(&reversed);
        // A tie can be broken either way by the rounding of sums taken in
        // another order (and a two-party dispute with no third voice can
        // grow such a hair into a lead): the choice may differ only where
        // one of the two runs saw the two values tied.
        for (name, alg) in algorithms() {
            let (a, b) = (choices(&data, &alg.run(&data)), choices(&other, &alg.run(&other)));
            prop_assert_eq!(a.len(), b.len());
            for ((object, x, beliefs_a), (_, y, beliefs_b)) in a.iter().zip(&b) {
                prop_assert!(
                    x == y || tied(beliefs_a, x, y) || tied(beliefs_b, x, y),
                    "{}: {} chose {:?} and, rows reversed, {:?}: {:?} / {:?}",
                    name, object, x, y, beliefs_a, beliefs_b
                );
            }
        }
    }
}
