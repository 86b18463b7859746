//! Extraction on hostile and degenerate input: no panic, no blow-up, and
//! every claim's evidence is exactly the text at its span.
//!
//! Size checks are ratios of output to input, never timings (speed is
//! measured by `benches/extract.rs`).

use corroborate::{Claim, Document, Extractor, Language, PartyKind, Source};
use proptest::prelude::*;

/// One extractor for the property tests: building the lexicon automata
/// is the expensive part and is not what they test.
fn shared() -> &'static Extractor {
    static EXTRACTOR: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn doc(lang: Option<Language>, text: &str) -> Document {
    let mut source = Source::new("t", PartyKind::Media);
    if let Some(l) = lang {
        source = source.with_language(l);
    }
    Document::new(source, text)
}

fn check_spans(claims: &[Claim], text: &str) {
    for c in claims {
        let span = c.span();
        assert!(span.start <= span.end && span.end <= text.len(), "{span}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(c.text(), &text[span.start..span.end]);
    }
}

const ARTICLE: &str = "The French Interior Ministry confirmed that hackers accessed some files. \
    The ministry has not said whether any data was stolen. ";

#[test]
fn empty_and_blank_input_give_nothing() {
    let x = Extractor::new();
    for text in ["", " ", "\n\n\n", "---\n---\n", "。。。", "« » 「」"] {
        for lang in [
            None,
            Some(Language::English),
            Some(Language::French),
            Some(Language::Japanese),
        ] {
            assert!(x.extract(&doc(lang, text)).is_empty(), "{text:?} {lang:?}");
        }
    }
}

#[test]
fn unsupported_language_gives_nothing() {
    let x = Extractor::new();
    for text in [
        "Das Innenministerium bestätigte den Angriff; Daten wurden gestohlen.",
        "Министерство внутренних дел подтвердило атаку.",
        "12345 67890 !!!",
    ] {
        assert!(x.extract(&doc(None, text)).is_empty(), "{text}");
    }
}

#[test]
fn ten_megabytes_without_a_sentence_break() {
    let x = Extractor::new();
    let mut text = String::from("The Interior Ministry was hacked and data was stolen ");
    while text.len() < 10_000_000 {
        text.push_str("and the hackers accessed files ");
    }
    let claims = x.extract(&doc(Some(Language::English), &text));
    check_spans(&claims, &text);
    // Sentences are cut at a bounded length, so evidence stays small.
    assert!(claims.iter().all(|c| c.span().len() <= 4_000));
    assert!(!claims.is_empty());
}

#[test]
fn a_hundred_thousand_quotes() {
    let x = Extractor::new();
    for (lang, unit) in [
        (Language::French, "« "),
        (Language::English, "\" "),
        (Language::Japanese, "「"),
        (Language::English, "» “"),
    ] {
        let mut text = unit.repeat(100_000);
        text.push_str(ARTICLE);
        let claims = x.extract(&doc(Some(lang), &text));
        check_spans(&claims, &text);
        // Output stays proportional to the article, not to the junk.
        assert!(claims.len() <= 20, "{lang}: {}", claims.len());
    }
}

#[test]
fn html_and_navigation_junk_around_an_article() {
    let x = Extractor::new();
    let mut text = String::new();
    for i in 0..2_000 {
        text.push_str(&format!(
            "<li><a href=\"/news/{i}\">Home</a> | <a href=\"/tag/{i}\">Tags</a></li>\n"
        ));
    }
    text.push_str("<p>");
    text.push_str(ARTICLE);
    text.push_str("</p>\n<script>var x = \"a.b.c\"; if (x < 3) { y(); }</script>\n");
    let claims = x.extract(&doc(Some(Language::English), &text));
    check_spans(&claims, &text);
    assert!(
        claims
            .iter()
            .any(|c| c.predicate().as_str() == "unauthorized_access"),
        "{claims:?}"
    );
    assert!(claims.len() <= 20);
}

#[test]
fn output_grows_linearly_with_input() {
    // The same article repeated: claims per copy stay constant.
    let x = Extractor::new();
    let one = x.extract(&doc(Some(Language::English), ARTICLE)).len();
    let text = format!("{ARTICLE}\n\n").repeat(1_000);
    let many = x.extract(&doc(Some(Language::English), &text));
    check_spans(&many, &text);
    assert_eq!(many.len(), one * 1_000);
}

#[test]
fn extraction_is_deterministic() {
    let x = Extractor::new();
    let d = doc(None, &ARTICLE.repeat(20));
    let a: Vec<String> = x.extract(&d).iter().map(Claim::to_json).collect();
    let b: Vec<String> = Extractor::new()
        .extract(&d)
        .iter()
        .map(Claim::to_json)
        .collect();
    assert_eq!(a, b);
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("The Interior Ministry ".to_owned()),
        Just("ministère de l'Intérieur ".to_owned()),
        Just("フランス内務省は".to_owned()),
        Just("JLR".to_owned()),
        Just("said ".to_owned()),
        Just("a déclaré ".to_owned()),
        Just("と述べた。".to_owned()),
        Just("hackers stole data ".to_owned()),
        Just("not confirmed ".to_owned()),
        Just("aurait été dérobé".to_owned()),
        Just("不明".to_owned()),
        Just("calling himself ".to_owned()),
        Just("「Indra」を名乗る".to_owned()),
        Just("16,444,373 people ".to_owned()),
        Just(". ".to_owned()),
        Just("\n\n# ".to_owned()),
        Just("■".to_owned()),
        Just("« ".to_owned()),
        Just(" »".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\u{2019}".to_owned()),
        Just("; mais ".to_owned()),
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_in_bounds_on_boundaries_and_match_text(
        pieces in proptest::collection::vec(piece(), 0..40),
        lang in prop_oneof![
            Just(None),
            Just(Some(Language::English)),
            Just(Some(Language::French)),
            Just(Some(Language::Japanese)),
        ],
        front in any::<bool>(),
    ) {
        let body: String = pieces.concat();
        let text = if front {
            format!("---\nsource: p\nkind: media\n---\n{body}")
        } else {
            body
        };
        let mut d = Document::parse("p.md", text.as_bytes()).unwrap();
        if let Some(l) = lang {
            d = d.with_source(Source::new("p", PartyKind::Media).with_language(l));
        }
        let claims = shared().extract(&d);
        for c in &claims {
            let span = c.span();
            prop_assert!(span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert_eq!(c.text(), &text[span.start..span.end]);
            prop_assert!(span.start >= d.body_span().start);
        }
    }

    #[test]
    fn document_parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = Document::parse("x.md", &bytes);
    }
}
