//! Hostile and random input: no panic, no overflow, spans in bounds and on
//! character boundaries; and formatting an integer in each language's
//! style, then recognizing it, gives it back.

use corroborate::recognize::{QuantityRecognizer, numbers, quantities, quantities_auto};
use corroborate::{ErrorKind, Language, Number};
use proptest::prelude::*;

const LANGUAGES: [Language; 3] = [Language::English, Language::French, Language::Japanese];

fn check_spans(text: &str) {
    for lang in LANGUAGES {
        for m in quantities(text, lang) {
            assert!(m.span.start <= m.span.end && m.span.end <= text.len());
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            assert_eq!(m.text, &text[m.span.start..m.span.end]);
        }
        for n in numbers(text, lang) {
            assert!(n.span.end <= text.len());
            assert!(text.is_char_boundary(n.span.start) && text.is_char_boundary(n.span.end));
        }
    }
    for m in quantities_auto(text) {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
}

#[test]
fn hostile_inputs_do_not_panic() {
    let long_digits = "9".repeat(400);
    let separators = format!("1{}", ",000".repeat(5000));
    let commas = ",".repeat(10_000);
    let spaces = "1 ".repeat(5000);
    // Each of these once made some loop walk to the end of the text from
    // every position (quadratic); at this size they would take minutes.
    let articles = "a ".repeat(50_000);
    let comma_list = "1,".repeat(50_000);
    let french_and = "un et ".repeat(20_000);
    let kana = "に".repeat(10_000) + &"きゅうじゅう".repeat(2_000);
    let mixed = "16,444,373人分 plus de 16 millions ＦＦ \u{FFFD}\u{FFFD} 一千六百万 9\u{FFFD}9 約"
        .repeat(100);
    let cases: Vec<&str> = vec![
        &long_digits,
        "999999999999 billion",
        "999999999999999999 billion trillion",
        "九千九百九十九京九千九百九十九兆",
        &separators,
        &commas,
        &spaces,
        "\u{FFFD}\u{FFFD}\u{FFFD}1\u{FFFD}",
        &mixed,
        "-",
        "+",
        "1e999999",
        "0.0000000000000000000000000000001",
        "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４",
        "between and and and 3",
        "quatre-vingt-quatre-vingt-quatre-vingt",
        "a a a a a million million",
        "万万万億億兆",
        "5分の",
        &kana,
        &articles,
        &comma_list,
        &french_and,
        "5と",
        "マイナス",
        "1と3分の",
    ];
    for text in cases {
        check_spans(text);
    }
}

/// One long line full of numerals: each numeral used to look back to the
/// start of its line (a section-number check), so this took minutes; it
/// must finish with every numeral read. Speed itself is measured by the
/// bench, not here.
#[test]
fn a_long_line_of_numbers() {
    let text = "7 ".repeat(200_000);
    let found = quantities(&text, Language::English);
    assert_eq!(found.len(), 200_000);
    assert_eq!(found[199_999].span.start, 399_998);
}

#[test]
fn too_long_numbers_are_rejected_with_an_error() {
    let recognizer = QuantityRecognizer::new(Language::English);
    let text = format!("id {} and 16 million people", "7".repeat(400));
    let (found, rejected) = recognizer.find_with_rejections(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "16 million people");
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].kind(), ErrorKind::Limit);
    assert_eq!(rejected[0].limit(), Some(corroborate::Limit::Digits));
    assert_eq!(rejected[0].offset(), Some(3));
    assert_eq!(
        rejected[0].to_string(),
        "expected a number of at most 30 digits (limit `max_digits`), found 400 digits"
    );
}

#[test]
fn values_beyond_i64_become_floats() {
    let found = quantities("999999999999 billion", Language::English);
    assert_eq!(found.len(), 1);
    let min = found[0].quantity.min().unwrap();
    assert!(!min.is_integer());
    assert_eq!(min.as_f64(), 999_999_999_999e9);
}

/// `n` grouped in threes with `sep`.
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// `n` in Japanese style: 万/億/兆 groups of ASCII digits (1644万4373).
fn japanese(n: u64) -> String {
    let mut groups = Vec::new();
    let mut rest = n;
    for unit in ["", "万", "億", "兆", "京"] {
        let g = rest % 10_000;
        if g > 0 {
            groups.push(format!("{g}{unit}"));
        }
        rest /= 10_000;
        if rest == 0 {
            break;
        }
    }
    if groups.is_empty() {
        return "0".into();
    }
    groups.reverse();
    groups.concat()
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' | ',' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            c => c,
        })
        .collect()
}

fn value_of(text: &str, lang: Language) -> Option<Number> {
    let found = quantities(text, lang);
    assert!(found.len() <= 1, "{text:?}: {found:?}");
    let m = found.into_iter().next()?;
    assert_eq!(m.span.start, 0, "{text:?}");
    assert_eq!(m.span.end, text.len(), "{text:?}");
    m.quantity.min()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_in_bounds_and_on_char_boundaries(text in "\\PC{0,80}") {
        check_spans(&text);
    }

    #[test]
    fn spans_hold_on_numeric_soup(text in "[0-9０-９,.  \u{202F}\u{a0}%万億千百十一二三約超以上人件a-z€$ -]{0,60}") {
        check_spans(&text);
    }

    #[test]
    fn english_grouping_round_trips(n in 10_000u64..1_000_000_000_000) {
        let text = format!("{} people", grouped(n, ","));
        prop_assert_eq!(value_of(&text, Language::English), Some(Number::from(n as i64)));
    }

    #[test]
    fn french_grouping_round_trips(n in 10_000u64..1_000_000_000_000, nnbsp in any::<bool>()) {
        let sep = if nnbsp { "\u{202F}" } else { "\u{A0}" };
        let text = format!("{} personnes", grouped(n, sep));
        prop_assert_eq!(value_of(&text, Language::French), Some(Number::from(n as i64)));
    }

    #[test]
    fn japanese_grouping_round_trips(n in 10_000u64..10_000_000_000_000_000, wide in any::<bool>()) {
        let plain = format!("{}人", japanese(n));
        let text = if wide { full_width(&plain) } else { plain };
        prop_assert_eq!(value_of(&text, Language::Japanese), Some(Number::from(n as i64)));
    }

    #[test]
    fn japanese_full_width_grouping_round_trips(n in 10_000u64..1_000_000_000_000) {
        let text = full_width(&format!("{}件", grouped(n, ",")));
        prop_assert_eq!(value_of(&text, Language::Japanese), Some(Number::from(n as i64)));
    }
}
