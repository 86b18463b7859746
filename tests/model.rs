//! The data model's promises: JSON round trips, malformed JSON rejected with
//! an error naming the field, and the interval semantics.

use chrono::{NaiveDate, NaiveDateTime};
use corroborate::{
    Claim, Claimant, ErrorKind, Granularity, Modality, Number, PartyKind, Predicate, Quantity,
    Span, TimeSpan, Unit, Value, Vocabulary,
};
use proptest::prelude::*;

/// The contract's example, byte for byte as the issue writes it.
const CONTRACT: &str = r#"{"source":"doc-1","subject":"French Ministry of the Interior","predicate":"persons_affected","value":{"type":"quantity","min":16444373,"max":16444373,"unit":"persons"},"claimant":{"kind":"attacker","name":"Indra"},"modality":"asserted","span":{"start":812,"end":861},"text":"..."}"#;

#[test]
fn contract_example_reads_and_writes_back_identically() {
    let claim = Claim::from_json(CONTRACT).unwrap();
    assert_eq!(claim.predicate(), &Predicate::PersonsAffected);
    assert_eq!(claim.claimant().name(), Some("Indra"));
    assert_eq!(
        claim.span(),
        Span {
            start: 812,
            end: 861
        }
    );
    let Value::Quantity(q) = claim.value() else {
        panic!("not a quantity")
    };
    assert_eq!(q.min().and_then(Number::as_i64), Some(16_444_373));
    assert_eq!(q.unit(), Some(&Unit::Persons));
    assert_eq!(claim.to_json(), CONTRACT);
}

#[test]
fn value_variants_read_as_documented() {
    for (json, kind) in [
        (
            r#"{"type":"time","from":"2025-12-11T18:00:00","to":"2025-12-12T00:00:00"}"#,
            "time",
        ),
        (r#"{"type":"flag","value":true}"#, "flag"),
        (r#"{"type":"entity","name":"Indra"}"#, "entity"),
        (r#"{"type":"text","text":"some files"}"#, "text"),
        (
            r#"{"type":"quantity","min":16000000,"max":null,"unit":"persons"}"#,
            "quantity",
        ),
        (
            r#"{"type":"quantity","unit":"GBP","min":680000000}"#,
            "quantity",
        ),
    ] {
        let value: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(value.kind(), kind, "{json}");
    }
}

fn with_field(field: &str, replacement: &str) -> String {
    let claim: serde_json::Value = serde_json::from_str(CONTRACT).unwrap();
    let mut map = claim.as_object().unwrap().clone();
    match replacement {
        "<absent>" => {
            map.remove(field);
        }
        r => {
            map.insert(field.to_owned(), serde_json::from_str(r).unwrap());
        }
    }
    serde_json::to_string(&map).unwrap()
}

#[test]
fn malformed_claims_are_rejected_with_an_error_naming_what_is_wrong() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "predicate",
            r#""persons_afected""#,
            "unknown predicate `persons_afected`",
        ),
        (
            "predicate",
            r#""Acme:Ransom""#,
            "expected a custom predicate written `namespace:name`",
        ),
        (
            "value",
            r#"{"type":"quantity","min":5,"max":3}"#,
            "quantity `min` (5) is greater than `max` (3)",
        ),
        (
            "value",
            r#"{"type":"time","from":"2025-12-12T00:00:00","to":"2025-12-11T00:00:00"}"#,
            "time `from` (2025-12-12 00:00:00) is after `to` (2025-12-11 00:00:00)",
        ),
        (
            "value",
            r#"{"type":"quantity","min":"many"}"#,
            "a finite number",
        ),
        (
            "value",
            r#"{"type":"quantity","unit":"Persons!"}"#,
            "expected a unit such as",
        ),
        (
            "value",
            r#"{"type":"colour","name":"red"}"#,
            "unknown variant `colour`",
        ),
        (
            "span",
            r#"{"start":9,"end":2}"#,
            "span start 9 is after its end 2",
        ),
        (
            "span",
            r#"{"start":-1,"end":2}"#,
            "invalid value: integer `-1`",
        ),
        ("modality", r#""certain""#, "unknown variant `certain`"),
        (
            "claimant",
            r#"{"kind":"hacker"}"#,
            "unknown variant `hacker`",
        ),
        ("source", "<absent>", "missing field `source`"),
        ("text", "<absent>", "missing field `text`"),
    ];
    for (field, replacement, expected) in cases {
        let json = with_field(field, replacement);
        let err = Claim::from_json(&json).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Json, "{field}={replacement}");
        let message = err.to_string();
        assert!(
            message.contains(expected),
            "{field}={replacement}: expected {expected:?} in {message:?}"
        );
        // serde_json places the error in the document.
        assert_eq!(err.line(), Some(1), "{message}");
        assert!(err.column().is_some(), "{message}");
    }
}

#[test]
fn syntax_errors_give_line_and_column() {
    let err = Claim::from_json("{\n  \"source\": \"d\",\n  oops\n}").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Json);
    assert_eq!(err.line(), Some(3));
    assert_eq!(err.column(), Some(3));
}

#[test]
fn evidence_is_checked_against_the_original_text() {
    let original = "Le ministère confirme un accès à « quelques fichiers ».";
    let claim = |start, end, text: &str| {
        Claim::from_json(&with_field(
            "span",
            &format!(r#"{{"start":{start},"end":{end}}}"#),
        ))
        .unwrap()
        .to_json()
        .replace(
            r#""text":"...""#,
            &format!(r#""text":{}"#, serde_json::to_string(text).unwrap()),
        )
    };
    let vocabulary = Vocabulary::new();

    let ok = claim(0, 13, "Le ministère");
    assert!(vocabulary.claim_from_json(&ok, Some(original)).is_ok());

    for (json, expected, offset) in [
        (
            claim(0, 500, ""),
            "span end 500 is past the end of the text (60 bytes)",
            500,
        ),
        (
            claim(0, 10, ""),
            "span end 10 is not on a character boundary of the text",
            10,
        ),
        (
            claim(3, 13, "nistère!"),
            "evidence `text` differs from the text at span 3..13",
            3,
        ),
    ] {
        let err = vocabulary
            .claim_from_json(&json, Some(original))
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Span);
        assert_eq!(err.to_string(), expected);
        assert_eq!(err.field(), Some("span"));
        assert_eq!(err.offset(), Some(offset));
    }
}

#[test]
fn custom_predicates_need_registering_in_a_vocabulary() {
    let json = with_field("predicate", r#""acme:ransom_note""#);
    // Plain reading accepts a well-formed custom predicate...
    let claim = Claim::from_json(&json).unwrap();
    assert_eq!(claim.predicate().as_str(), "acme:ransom_note");
    // ...a vocabulary accepts only registered ones.
    let err = Vocabulary::new().claim_from_json(&json, None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownPredicate);
    assert_eq!(
        err.to_string(),
        "invalid `predicate`: custom predicate `acme:ransom_note` is not registered in the vocabulary"
    );
    let vocabulary = Vocabulary::new().with_custom("acme:ransom_note").unwrap();
    assert_eq!(vocabulary.claim_from_json(&json, None).unwrap(), claim);
}

#[test]
fn consistency_table() {
    let persons = |q: Quantity| q.with_unit(Unit::Persons);
    let exact = persons(Quantity::exact(16_444_373));
    for (other, consistent) in [
        (persons(Quantity::at_least(16_000_000)), true),
        (
            persons(Quantity::between(16_350_000, 16_450_000).unwrap()),
            true,
        ),
        (
            persons(Quantity::between(63_000_000, 69_999_999).unwrap()),
            false,
        ),
        (persons(Quantity::at_most(16_000_000)), false),
        (
            Quantity::at_least(16_000_000).with_unit(Unit::Records),
            false,
        ),
        (Quantity::at_least(16_000_000), true),
    ] {
        assert_eq!(
            exact.is_consistent_with(&other),
            consistent,
            "{exact} vs {other}"
        );
    }
    let near_70m = Quantity::between(63_000_000, 69_999_999).unwrap();
    assert!(!near_70m.contains_value(Number::from(70_000_001)));
    assert!(Quantity::at_least(16_000_000).contains_value(Number::from(16_444_373)));
    assert_eq!(
        Quantity::exact(16_000_000).distance(&Quantity::at_least(70_000_000)),
        54_000_000.0
    );
}

fn dt(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

#[test]
fn time_spans_compare_as_half_open_intervals() {
    let night = TimeSpan::new(Some(dt(2025, 12, 11, 18)), Some(dt(2025, 12, 12, 6)), None).unwrap();
    let friday = TimeSpan::day(NaiveDate::from_ymd_opt(2025, 12, 12).unwrap());
    let saturday = TimeSpan::day(NaiveDate::from_ymd_opt(2025, 12, 13).unwrap());
    assert!(night.overlaps(&friday));
    // Friday ends where Saturday starts: half-open, so they touch without overlapping.
    assert!(!friday.overlaps(&saturday));
    assert_eq!(friday.distance(&saturday), chrono::TimeDelta::zero());
    assert_eq!(night.distance(&saturday), chrono::TimeDelta::hours(18));
    assert!(TimeSpan::month(2025, 12).unwrap().contains(&night));
    assert!(TimeSpan::since(dt(2025, 12, 8, 0)).contains(&saturday));
    assert!(TimeSpan::month(2025, 2).is_some());
    assert!(TimeSpan::month(2025, 13).is_none());
    assert_eq!(friday.granularity(), Some(Granularity::Day));
}

// ---- property tests ----

fn number() -> impl Strategy<Value = Number> {
    prop_oneof![
        any::<i64>().prop_map(Number::from),
        (-1e15f64..1e15).prop_map(|f| Number::try_from(f).unwrap()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| Number::try_from(f).unwrap()),
    ]
}

fn unit() -> impl Strategy<Value = Option<Unit>> {
    prop_oneof![
        Just(None),
        Just(Some(Unit::Persons)),
        Just(Some(Unit::Records)),
        Just(Some(Unit::Bytes)),
        Just(Some(Unit::Percent)),
        "[A-Z]{3}".prop_map(|c| Some(Unit::currency(&c).unwrap())),
        "[a-z][a-z0-9]{0,8}".prop_map(|s| Some(s.parse().unwrap())),
    ]
}

fn quantity() -> impl Strategy<Value = Quantity> {
    (
        proptest::option::of(number()),
        proptest::option::of(number()),
        unit(),
    )
        .prop_map(|(a, b, unit)| {
            let (min, max) = match (a, b) {
                (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                other => other,
            };
            Quantity::new(min, max, unit).unwrap()
        })
}

fn datetime() -> impl Strategy<Value = NaiveDateTime> {
    // 1900 to 2100, to the second.
    (-2_208_988_800i64..4_102_444_800)
        .prop_map(|s| chrono::DateTime::from_timestamp(s, 0).unwrap().naive_utc())
}

fn time_span() -> impl Strategy<Value = TimeSpan> {
    let granularity = prop_oneof![
        Just(None),
        Just(Some(Granularity::Day)),
        Just(Some(Granularity::PartOfDay)),
        Just(Some(Granularity::Year)),
    ];
    (
        proptest::option::of(datetime()),
        proptest::option::of(datetime()),
        granularity,
    )
        .prop_map(|(a, b, g)| {
            let (from, to) = match (a, b) {
                (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                other => other,
            };
            TimeSpan::new(from, to, g).unwrap()
        })
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        quantity().prop_map(Value::Quantity),
        time_span().prop_map(Value::Time),
        any::<bool>().prop_map(|value| Value::Flag { value }),
        ".{0,20}".prop_map(|name| Value::Entity { name }),
        ".{0,40}".prop_map(|text| Value::Text { text }),
    ]
}

fn predicate() -> impl Strategy<Value = Predicate> {
    prop_oneof![
        proptest::sample::select(Predicate::BUILT_IN.to_vec()),
        "[a-z]{1,6}:[a-z]{1,4}(_[a-z0-9]{1,4}){0,2}".prop_map(|s| s.parse().unwrap()),
    ]
}

fn kind() -> impl Strategy<Value = PartyKind> {
    proptest::sample::select(vec![
        PartyKind::Media,
        PartyKind::Official,
        PartyKind::Attacker,
        PartyKind::Researcher,
        PartyKind::Unknown,
    ])
}

fn modality() -> impl Strategy<Value = Modality> {
    proptest::sample::select(vec![
        Modality::Asserted,
        Modality::Confirmed,
        Modality::Denied,
        Modality::Hedged,
        Modality::Unknown,
    ])
}

prop_compose! {
    fn claim()(
        source in ".{0,12}",
        subject in ".{0,30}",
        predicate in predicate(),
        value in value(),
        kind in kind(),
        name in proptest::option::of(".{0,16}"),
        modality in modality(),
        text in ".{0,60}",
        start in 0usize..100_000,
    ) -> Claim {
        let original = format!("{}{text}", " ".repeat(start));
        let claimant = match name {
            Some(n) => Claimant::new(kind).named(n),
            None => Claimant::new(kind),
        };
        Claim::new(subject, predicate, value)
            .with_source(source)
            .with_claimant(claimant)
            .with_modality(modality)
            .with_evidence(&original, Span { start, end: original.len() })
            .unwrap()
    }
}

proptest! {
    #[test]
    fn any_claim_survives_a_json_round_trip(claim in claim()) {
        let json = claim.to_json();
        let back = Claim::from_json(&json).unwrap();
        prop_assert_eq!(&back, &claim);
        // And the JSON itself is stable.
        prop_assert_eq!(back.to_json(), json);
    }

    #[test]
    fn quantity_overlap_is_symmetric(a in quantity(), b in quantity()) {
        prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
        prop_assert_eq!(a.is_consistent_with(&b), b.is_consistent_with(&a));
        prop_assert_eq!(a.distance(&b), b.distance(&a));
        prop_assert_eq!(a.distance(&b) == 0.0, a.overlaps(&b));
        let r = a.relative_distance(&b);
        prop_assert!((0.0..=1.0).contains(&r));
    }

    #[test]
    fn a_quantity_is_consistent_with_itself(a in quantity()) {
        prop_assert!(a.is_consistent_with(&a));
        prop_assert!(a.contains(&a));
        prop_assert_eq!(a.distance(&a), 0.0);
    }

    #[test]
    fn quantity_containment_implies_overlap(a in quantity(), b in quantity()) {
        if a.contains(&b) {
            prop_assert!(a.overlaps(&b));
        }
    }

    #[test]
    fn open_quantity_bounds_contain_everything_beyond(n in number(), m in number()) {
        prop_assert!(Quantity::new(None, None, None).unwrap().contains_value(m));
        prop_assert_eq!(Quantity::at_least(n).contains_value(m), m >= n);
        prop_assert_eq!(Quantity::at_most(n).contains_value(m), m <= n);
        prop_assert!(Quantity::at_least(n).overlaps(&Quantity::at_most(m)) == (n <= m));
    }

    #[test]
    fn time_overlap_is_symmetric(a in time_span(), b in time_span()) {
        prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
        prop_assert_eq!(a.distance(&b), b.distance(&a));
    }

    #[test]
    fn a_time_span_is_consistent_with_itself(a in time_span()) {
        prop_assert!(a.is_consistent_with(&a));
    }

    #[test]
    fn time_containment_implies_overlap(a in time_span(), b in time_span()) {
        if a.contains(&b) {
            prop_assert!(a.overlaps(&b));
        }
    }

    #[test]
    fn open_time_ends_behave(t in datetime(), u in datetime()) {
        prop_assert_eq!(TimeSpan::since(t).contains_instant(u), u >= t);
        prop_assert_eq!(TimeSpan::until(t).contains_instant(u), u < t);
        prop_assert!(TimeSpan::new(None, None, None).unwrap().contains_instant(u));
    }
}
