//! Property tests of the crate's promises across the pipeline (issue 8),
//! on arbitrary text and on generated news-like text in the three
//! languages. Promises already held by other suites are not repeated:
//!
//! - reconciliation over synthetic claim sets (order of claims and
//!   sources, adding claims later, duplicated sources, official
//!   confirmations and denials, scores in [0, 1], verdicts in
//!   `Verdict::ALL`, every claim in one proposition):
//!   `tests/reconcile_properties.rs`;
//! - quantity spans on arbitrary and numeric text, and round trips of
//!   formatted integers: `tests/quantities_robustness.rs`;
//! - extraction spans on arbitrary fragments: `tests/extraction_robustness.rs`;
//! - JSON round trips and interval laws: `tests/model.rs`.
//!
//! Here: spans of quantities and times on news-like text (sorted, not
//! overlapping, `text == &input[span]`, the value span inside the span);
//! extraction deterministic and independent of the order documents come
//! in; and the reconciliation promises held end to end on *extracted*
//! claims: order of documents, a verbatim copy of a document, scores and
//! verdicts, every claim in exactly one proposition.
//!
//! Case counts are small so `cargo test` stays fast (32 by default);
//! `PROPTEST_CASES=2000 cargo test --test properties` runs a long session.
//! (`ProptestConfig::default()` reads `PROPTEST_CASES` itself, but
//! `with_cases` overrides it, so the variable is read here.)

use std::sync::LazyLock;

use chrono::DateTime;
use corroborate::recognize::{Anchor, QuantityRecognizer, TimeRecognizer};
use corroborate::reconcile::{Reconciler, Verdict};
use corroborate::{Claim, Document, Extractor, Language, PartyKind, Report, Source};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(32);
    ProptestConfig::with_cases(cases)
}

/// One extractor for every case: building one compiles the lexicons.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);
/// A second one built separately, to check that nothing depends on the
/// instance.
static OTHER_EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

const LANGUAGES: [Language; 3] = [Language::English, Language::French, Language::Japanese];

/// Pieces of breach news, per language: subjects, speakers, cues,
/// figures, dates, quotes and junk, written for these tests.
fn pieces(language: Language) -> Vec<&'static str> {
    match language {
        Language::English => vec![
            "The French Interior Ministry ",
            "the ministry ",
            "Jaguar Land Rover ",
            "A hacker calling himself Indra ",
            "a spokesperson said ",
            "according to Reuters, ",
            "confirmed that ",
            "denied that ",
            "allegedly ",
            "it is not yet known whether ",
            "hackers accessed some files ",
            "data was stolen ",
            "data on 16,444,373 people ",
            "more than 16 million people ",
            "nearly 70 million records ",
            "between 10 and 12 million customers ",
            "$4.5 million ",
            "1.5 TB ",
            "on December 12, 2025 ",
            "last Thursday ",
            "between December 11 and 12 ",
            "in 2023 ",
            "\u{201c}We are investigating,\u{201d} ",
            ". ",
            ".\n\n",
            "; but ",
            "\n# Update\n",
        ],
        Language::French => vec![
            "Le ministère de l'Intérieur ",
            "Place Beauvau ",
            "un pirate se faisant appeler Indra ",
            "a déclaré le ministre ",
            "selon Le Parisien, ",
            "a reconnu que ",
            "dément que ",
            "des données auraient été dérobées ",
            "des fichiers ont été consultés ",
            "plus de 16 millions de Français ",
            "16\u{202f}444\u{202f}373 personnes ",
            "près de 70 millions de données ",
            "4,5 millions d'euros ",
            "jusqu'à 30 % ",
            "le 12 décembre 2025 ",
            "jeudi soir ",
            "du 11 au 12 décembre ",
            "« Il n'y a pas de trace de compromission grave », ",
            "en cours d'analyse ",
            ". ",
            ".\n\n",
            " ; mais ",
        ],
        _ => vec![
            "フランス内務省は",
            "ハッカー「Indra」は",
            "関係者によると、",
            "一部のファイルにアクセスされたことを認めた",
            "データを盗んだと主張している",
            "流出の痕跡はない",
            "1644万4373人分の",
            "約1600万件",
            "一千六百万人以上",
            "１６，４４４，３７３人",
            "12月12日",
            "先週の木曜日",
            "12月11日夜から12日の間",
            "犯人は不明だ",
            "。",
            "。\n\n",
            "■",
            "「",
            "」",
        ],
    }
}

fn junk() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\u{FFFD}".to_owned()),
        Just("<a href=\"/x\">Home</a> | ".to_owned()),
        Just("999999999999 billion ".to_owned()),
        Just("31 février ".to_owned()),
        Just("2月30日".to_owned()),
        Just("« « « ".to_owned()),
        Just("「「「".to_owned()),
        Just("1,,,,2....3 ".to_owned()),
        "\\PC{0,8}",
    ]
}

/// News-like text in a language: mostly its pieces, some junk.
fn news(language: Language) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        9 => proptest::sample::select(pieces(language)).prop_map(str::to_owned),
        1 => junk(),
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|p| p.concat())
}

fn any_language() -> impl Strategy<Value = Language> {
    proptest::sample::select(LANGUAGES.to_vec())
}

fn news_in_any_language() -> impl Strategy<Value = (Language, String)> {
    any_language().prop_flat_map(|l| (Just(l), news(l)))
}

fn anchor(language: Language) -> Anchor {
    let published = DateTime::parse_from_rfc3339("2025-12-13T09:00:00+01:00").unwrap();
    Anchor::from_published(published, language)
}

fn check_quantity_spans(text: &str, language: Language) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for m in QuantityRecognizer::new(language).find(text) {
        prop_assert!(m.span.start >= last_end, "sorted, not overlapping: {:?}", m);
        prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
        prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        prop_assert_eq!(&m.text, &text[m.span.start..m.span.end]);
        prop_assert!(m.span.start <= m.value_span.start && m.value_span.end <= m.span.end);
        prop_assert!(m.value_span.slice(text).is_ok());
        last_end = m.span.end;
    }
    Ok(())
}

fn check_time_spans(text: &str, language: Language) -> Result<(), TestCaseError> {
    let recognizer = TimeRecognizer::new(language);
    let anchor = anchor(language);
    for anchor in [None, Some(&anchor)] {
        let mut last_end = 0;
        for m in recognizer.find(text, anchor) {
            prop_assert!(m.span.start >= last_end, "sorted, not overlapping: {:?}", m);
            prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert_eq!(&m.text, &text[m.span.start..m.span.end]);
            if let Some(t) = &m.time {
                if let (Some(a), Some(b)) = (t.from(), t.to()) {
                    prop_assert!(a <= b);
                }
            }
            last_end = m.span.end;
        }
    }
    Ok(())
}

fn check_claim_spans(claims: &[Claim], doc: &Document) -> Result<(), TestCaseError> {
    let text = doc.text();
    for c in claims {
        let span = c.span();
        prop_assert!(span.start <= span.end && span.end <= text.len());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert_eq!(c.text(), &text[span.start..span.end]);
        prop_assert!(span.start >= doc.body_span().start, "evidence in the body");
        prop_assert_eq!(c.source(), doc.source().id());
    }
    Ok(())
}

const KINDS: [PartyKind; 5] = [
    PartyKind::Media,
    PartyKind::Official,
    PartyKind::Attacker,
    PartyKind::Researcher,
    PartyKind::Unknown,
];

/// A few news-like documents from sources of various kinds, some with
/// front matter, some in a language left to detection.
fn documents() -> impl Strategy<Value = Vec<Document>> {
    let one = (
        news_in_any_language(),
        proptest::sample::select(KINDS.to_vec()),
        any::<bool>(),
        any::<bool>(),
    );
    proptest::collection::vec(one, 1..6).prop_map(|specs| {
        specs
            .into_iter()
            .enumerate()
            .map(|(i, ((language, body), kind, front, detect))| {
                let id = format!("doc-{i}");
                if front {
                    let file = format!(
                        "---\nsource: {id}\nkind: {kind}\nlang: {}\n---\n{body}",
                        if detect { "auto" } else { language.code() }
                    );
                    Document::parse(&format!("{id}.md"), file.as_bytes()).unwrap()
                } else {
                    let mut source = Source::new(id, kind);
                    if !detect {
                        source = source.with_language(language);
                    }
                    Document::new(source, body)
                }
            })
            .collect()
    })
}

fn extract_all(docs: &[Document]) -> (Vec<Source>, Vec<Claim>) {
    let sources = docs.iter().map(|d| d.source().clone()).collect();
    let claims = docs.iter().flat_map(|d| EXTRACTOR.extract(d)).collect();
    (sources, claims)
}

fn reconcile<'a>(sources: &[Source], claims: &'a [Claim]) -> Report<'a> {
    Reconciler::new().reconcile(sources, claims)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn quantity_and_time_spans_hold_on_news_like_text((language, text) in news_in_any_language()) {
        check_quantity_spans(&text, language)?;
        check_time_spans(&text, language)?;
    }

    #[test]
    fn quantity_and_time_spans_hold_on_arbitrary_text(text in "\\PC{0,120}", language in any_language()) {
        check_quantity_spans(&text, language)?;
        check_time_spans(&text, language)?;
    }

    #[test]
    fn extraction_spans_hold_and_extraction_is_deterministic(docs in documents()) {
        for doc in &docs {
            let claims = EXTRACTOR.extract(doc);
            check_claim_spans(&claims, doc)?;
            // The same extractor again, and a fresh one, give the same.
            prop_assert_eq!(&EXTRACTOR.extract(doc), &claims);
            prop_assert_eq!(&OTHER_EXTRACTOR.extract(doc), &claims);
            // Within the limits, the checked form gives the same.
            prop_assert_eq!(&EXTRACTOR.try_extract(doc).unwrap(), &claims);
        }
    }

    #[test]
    fn extraction_and_reconciliation_do_not_depend_on_the_order_of_documents(
        (docs, order) in documents().prop_flat_map(|d| {
            let n = d.len();
            (Just(d), Just((0..n).collect::<Vec<_>>()).prop_shuffle())
        })
    ) {
        let shuffled: Vec<Document> = order.iter().map(|&i| docs[i].clone()).collect();
        // Each document's claims do not depend on what was read before.
        let per_doc: Vec<Vec<Claim>> = docs.iter().map(|d| EXTRACTOR.extract(d)).collect();
        for (&i, doc) in order.iter().zip(&shuffled) {
            prop_assert_eq!(&EXTRACTOR.extract(doc), &per_doc[i]);
        }
        let (sources, claims) = extract_all(&docs);
        let (sources2, claims2) = extract_all(&shuffled);
        prop_assert_eq!(reconcile(&sources, &claims), reconcile(&sources2, &claims2));
    }

    #[test]
    fn a_verbatim_copy_of_a_document_changes_no_count_nor_verdict(
        (docs, pick) in documents().prop_flat_map(|d| {
            let n = d.len();
            (Just(d), 0..n)
        })
    ) {
        let original = &docs[pick];
        // The same publisher's text under a new id: a mirror or a re-post.
        let mut source = Source::new("mirror-copy", original.source().kind());
        if let Some(l) = original.source().language() {
            source = source.with_language(l);
        }
        let copy = Document::new(source, original.text().to_owned());
        let mut more = docs.clone();
        more.push(copy);
        let (sources, claims) = extract_all(&docs);
        let (more_sources, more_claims) = extract_all(&more);
        let before = reconcile(&sources, &claims);
        let after = reconcile(&more_sources, &more_claims);
        prop_assert_eq!(before.propositions.len(), after.propositions.len());
        for (a, b) in before.propositions.iter().zip(&after.propositions) {
            prop_assert_eq!(&a.subject, &b.subject);
            prop_assert_eq!(a.verdict, b.verdict, "{}", a.predicate);
            prop_assert_eq!(a.independent_sources, b.independent_sources);
            prop_assert_eq!(a.agreement, b.agreement);
            prop_assert_eq!(a.contradiction, b.contradiction);
        }
    }

    #[test]
    fn reports_of_extracted_claims_keep_every_claim_once_with_scores_in_range(docs in documents()) {
        let (sources, claims) = extract_all(&docs);
        let report = reconcile(&sources, &claims);
        let mut seen: Vec<String> = Vec::new();
        for p in &report.propositions {
            for x in [p.agreement, p.contradiction, p.conflict,
                      p.opinion.belief, p.opinion.disbelief, p.opinion.uncertainty] {
                prop_assert!(x.is_finite() && (0.0..=1.0).contains(&x), "{} in {:?}", x, p);
            }
            prop_assert!(Verdict::ALL.contains(&p.verdict));
            seen.extend(p.claims().map(|e| e.claim.to_json()));
        }
        let mut given: Vec<String> = claims.iter().map(Claim::to_json).collect();
        seen.sort();
        given.sort();
        prop_assert_eq!(seen, given);
    }
}
