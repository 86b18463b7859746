//! Limits on untrusted input (issue 8): each has a documented default a
//! caller can raise, and going past one is an error of kind `Limit` naming
//! it, with the message asserted in full. The infallible functions keep
//! working past a limit as their docs say.

use corroborate::recognize::{DEFAULT_MAX_DIGITS, QuantityRecognizer};
use corroborate::reconcile::Reconciler;
use corroborate::{
    Claim, DEFAULT_MAX_CLAIMS, DEFAULT_MAX_DOCUMENT_BYTES, Document, ErrorKind, Extractor,
    Language, Limit, Limits, PartyKind, Predicate, Source,
};

#[test]
fn defaults_are_as_documented() {
    let limits = Limits::default();
    assert_eq!(limits, Limits::new());
    assert_eq!(limits.max_document_bytes(), 16 * 1024 * 1024);
    assert_eq!(limits.max_document_bytes(), DEFAULT_MAX_DOCUMENT_BYTES);
    assert_eq!(limits.max_claims(), 1_000_000);
    assert_eq!(limits.max_claims(), DEFAULT_MAX_CLAIMS);
    assert_eq!(limits.max_digits(), 30);
    assert_eq!(limits.max_digits(), DEFAULT_MAX_DIGITS);
    assert_eq!(Limits::new().with_max_digits(0).max_digits(), 1);
    assert_eq!(Limits::none().max_claims(), usize::MAX);
    assert_eq!(Extractor::new().limits(), &limits);
    assert_eq!(Reconciler::new().limits(), &limits);
}

#[test]
fn limit_names_table() {
    for (limit, name) in [
        (Limit::DocumentBytes, "max_document_bytes"),
        (Limit::Claims, "max_claims"),
        (Limit::Digits, "max_digits"),
    ] {
        assert_eq!(limit.name(), name);
        assert_eq!(limit.to_string(), name);
    }
}

#[test]
fn a_document_over_the_size_limit_is_refused_by_name() {
    let bytes = vec![b'x'; 101];
    let limits = Limits::new().with_max_document_bytes(100);
    let err = Document::parse_with_limits("dump.txt", &bytes, &limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert_eq!(err.limit(), Some(Limit::DocumentBytes));
    assert_eq!(err.offset(), Some(100));
    assert_eq!(
        err.to_string(),
        "dump.txt: expected a document of at most 100 bytes (limit `max_document_bytes`), found 101 bytes"
    );
    // Exactly at the limit is fine; raising it reads the file.
    assert!(Document::parse_with_limits("dump.txt", &bytes[..100], &limits).is_ok());
    let raised = limits.with_max_document_bytes(101);
    assert_eq!(
        Document::parse_with_limits("dump.txt", &bytes, &raised)
            .unwrap()
            .text()
            .len(),
        101
    );
    // The size is checked before decoding: invalid UTF-8 over the limit
    // is a limit error.
    let bad = vec![0xff; 101];
    let err = Document::parse_with_limits("dump.txt", &bad, &limits).unwrap_err();
    assert_eq!(err.limit(), Some(Limit::DocumentBytes));
}

#[test]
fn document_parse_applies_the_default_size_limit() {
    let bytes = vec![b'a'; DEFAULT_MAX_DOCUMENT_BYTES + 1];
    let err = Document::parse("huge.md", &bytes).unwrap_err();
    assert_eq!(
        err.to_string(),
        "huge.md: expected a document of at most 16777216 bytes (limit `max_document_bytes`), found 16777217 bytes"
    );
    let doc = Document::parse_with_limits(
        "huge.md",
        &bytes,
        &Limits::new().with_max_document_bytes(32 << 20),
    )
    .unwrap();
    assert_eq!(doc.body().len(), bytes.len());
}

fn english(text: &str) -> Document {
    Document::new(
        Source::new("wire", PartyKind::Media).with_language(Language::English),
        text,
    )
}

#[test]
fn try_extract_refuses_a_document_over_the_size_limit() {
    let doc = english("The Interior Ministry confirmed that hackers accessed some files.");
    let small = Extractor::builder()
        .limits(Limits::new().with_max_document_bytes(10))
        .build()
        .unwrap();
    let err = small.try_extract(&doc).unwrap_err();
    assert_eq!(err.limit(), Some(Limit::DocumentBytes));
    assert_eq!(
        err.to_string(),
        "wire: expected a document of at most 10 bytes (limit `max_document_bytes`), found 65 bytes"
    );
    // The infallible form reads it all.
    assert!(!small.extract(&doc).is_empty());
    assert_eq!(
        Extractor::new().try_extract(&doc).unwrap(),
        small.extract(&doc)
    );
}

#[test]
fn try_extract_refuses_a_numeral_over_the_digit_limit() {
    let digits = "4".repeat(31);
    let text = format!(
        "---\nsource: forum\nlang: en\n---\nThe hacker said data on {digits} people was stolen from the Interior Ministry."
    );
    let doc = Document::parse("forum.md", text.as_bytes()).unwrap();
    let at = text.find(&digits).unwrap();
    let err = Extractor::new().try_extract(&doc).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert_eq!(err.limit(), Some(Limit::Digits));
    assert_eq!(err.offset(), Some(at), "an offset into the whole text");
    assert_eq!(
        err.to_string(),
        "expected a number of at most 30 digits (limit `max_digits`), found 31 digits"
    );
    // extract skips the numeral: no persons_affected claim for it.
    let claims = Extractor::new().extract(&doc);
    assert!(
        claims
            .iter()
            .all(|c| *c.predicate() != Predicate::PersonsAffected)
    );
    // Raised, the number is read into a claim.
    let wide = Extractor::builder()
        .limits(Limits::new().with_max_digits(40))
        .build()
        .unwrap();
    let claims = wide.try_extract(&doc).unwrap();
    assert!(
        claims
            .iter()
            .any(|c| *c.predicate() == Predicate::PersonsAffected),
        "{claims:?}"
    );
}

#[test]
fn numerals_at_the_digit_limit_and_in_other_scripts() {
    for (text, limited) in [
        (format!("data on {} people", "1".repeat(30)), false),
        (format!("data on {} people", "1".repeat(31)), true),
        // Grouped digits count together.
        (format!("data on 1{} people", ",000".repeat(10)), true),
        (format!("data on 1{} people", ",000".repeat(9)), false),
        // Full-width digits are digits.
        (format!("data on {} people", "１".repeat(31)), true),
        // Words between short numbers do not join them.
        (
            "1234567890 and 1234567890 and 1234567890 and 1234567890".to_owned(),
            false,
        ),
    ] {
        let doc = Document::new(
            Source::new("d", PartyKind::Media).with_language(Language::English),
            format!("The Interior Ministry was hacked; {text}."),
        );
        let result = Extractor::new().try_extract(&doc);
        assert_eq!(result.is_err(), limited, "{text}: {result:?}");
    }
}

#[test]
fn the_quantity_recognizer_reports_the_digit_limit_the_same_way() {
    let recognizer = QuantityRecognizer::builder()
        .language(Language::French)
        .max_digits(5)
        .build();
    let (found, rejected) = recognizer.find_with_rejections("123456 personnes et 12345 euros");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "12345 euros");
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].limit(), Some(Limit::Digits));
    assert_eq!(rejected[0].offset(), Some(0));
    assert_eq!(
        rejected[0].to_string(),
        "expected a number of at most 5 digits (limit `max_digits`), found 6 digits"
    );
}

/// Japanese forms that look ahead (5と…分の…, 三百と二ダース) once
/// reported a numeral over the limit once per look and once more when the
/// scan reached it.
#[test]
fn a_japanese_numeral_over_the_limit_is_reported_once() {
    let recognizer = QuantityRecognizer::builder()
        .language(Language::Japanese)
        .max_digits(5)
        .build();
    for (text, offset, found) in [
        ("5と123456人", 4, 1),
        ("五と123456分の1", 6, 1),
        ("5分の123456", 7, 0),
    ] {
        let (quantities, rejected) = recognizer.find_with_rejections(text);
        assert_eq!(quantities.len(), found, "{text}: {quantities:?}");
        let offsets: Vec<_> = rejected.iter().map(|e| e.offset()).collect();
        assert_eq!(offsets, [Some(offset)], "{text}");
    }
}

#[test]
fn try_reconcile_refuses_more_claims_than_the_limit() {
    let claims: Vec<Claim> = (0..5)
        .map(|i| Claim::new("S", Predicate::Intrusion, true).with_source(format!("s{i}")))
        .collect();
    let reconciler = Reconciler::builder()
        .limits(Limits::new().with_max_claims(4))
        .build()
        .unwrap();
    let err = reconciler.try_reconcile(&[], &claims).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert_eq!(err.limit(), Some(Limit::Claims));
    assert_eq!(err.offset(), None);
    assert_eq!(
        err.to_string(),
        "expected at most 4 claims in a report (limit `max_claims`), found 5"
    );
    // At the limit, and through the infallible form, all claims count.
    assert_eq!(
        reconciler
            .try_reconcile(&[], &claims[..4])
            .unwrap()
            .propositions[0]
            .attestations,
        4
    );
    assert_eq!(
        reconciler.reconcile(&[], &claims).propositions[0].attestations,
        5
    );

    // The incremental form checks the same limit.
    let mut state = reconciler.start();
    state.add_claims(&claims[..4]);
    assert!(state.try_report().is_ok());
    state.add_claims(&claims[4..]);
    assert_eq!(
        state.try_report().unwrap_err().to_string(),
        "expected at most 4 claims in a report (limit `max_claims`), found 5"
    );
    assert_eq!(state.report().propositions[0].attestations, 5);
}
