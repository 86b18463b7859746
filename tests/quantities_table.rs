//! Quantity recognition, one table per language: input → what is found.
//!
//! Each row gives the text found, the interval (`None` is open) and the
//! unit; an empty list means nothing must be found.

use corroborate::recognize::{Bound, numbers, quantities};
use corroborate::{Language, Number, Unit};

type Row = (
    &'static str,
    &'static [(&'static str, Option<i64>, Option<i64>, Option<&'static str>)],
);

fn run(language: Language, rows: &[Row]) {
    for (input, expected) in rows {
        let found = quantities(input, language);
        let got: Vec<_> = found
            .iter()
            .map(|m| {
                (
                    m.text.as_str(),
                    m.quantity.min().and_then(Number::as_i64),
                    m.quantity.max().and_then(Number::as_i64),
                    m.quantity.unit().map(Unit::to_string),
                )
            })
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|&(t, lo, hi, u)| (t, lo, hi, u.map(str::to_owned)))
            .collect();
        assert_eq!(got, want, "{input:?}");
    }
}

#[test]
fn english() {
    run(
        Language::English,
        &[
            (
                "16,444,373 people",
                &[(
                    "16,444,373 people",
                    Some(16_444_373),
                    Some(16_444_373),
                    Some("persons"),
                )],
            ),
            (
                "more than 16 million",
                &[("more than 16 million", Some(16_000_001), None, None)],
            ),
            (
                "nearly 70 million records",
                &[(
                    "nearly 70 million records",
                    Some(63_000_000),
                    Some(69_999_999),
                    Some("records"),
                )],
            ),
            (
                "about 4.5 million users",
                &[(
                    "about 4.5 million users",
                    Some(4_050_000),
                    Some(4_950_000),
                    Some("persons"),
                )],
            ),
            (
                "at least 1,000 customers",
                &[(
                    "at least 1,000 customers",
                    Some(1000),
                    None,
                    Some("persons"),
                )],
            ),
            ("up to 700 workers", &[("up to 700", None, Some(700), None)]),
            (
                "fewer than 20 firms",
                &[("fewer than 20 firms", None, Some(19), Some("organizations"))],
            ),
            (
                "roughly 30% of them",
                &[("roughly 30%", Some(27), Some(33), Some("percent"))],
            ),
            (
                "some 16 million French citizens",
                &[(
                    "some 16 million French citizens",
                    Some(14_400_000),
                    Some(17_600_000),
                    Some("persons"),
                )],
            ),
            (
                "between 10 and 12 million",
                &[(
                    "between 10 and 12 million",
                    Some(10_000_000),
                    Some(12_000_000),
                    None,
                )],
            ),
            (
                "a $2.5 million ransom",
                &[(
                    "$2.5 million",
                    Some(2_500_000),
                    Some(2_500_000),
                    Some("USD"),
                )],
            ),
            (
                "a ransom of 75 USD million, then 12 MEUR and 40 bitcoins",
                &[
                    (
                        "75 USD million",
                        Some(75_000_000),
                        Some(75_000_000),
                        Some("USD"),
                    ),
                    ("12 MEUR", Some(12_000_000), Some(12_000_000), Some("EUR")),
                    ("40 bitcoins", Some(40), Some(40), Some("BTC")),
                ],
            ),
            (
                "a loan of 12,34,567 rupees",
                &[(
                    "12,34,567 rupees",
                    Some(1_234_567),
                    Some(1_234_567),
                    Some("INR"),
                )],
            ),
            (
                "a 12-cent dividend and its one-yen bid",
                &[
                    ("12-cent", Some(12), Some(12), Some("cents")),
                    ("one-yen", Some(1), Some(1), Some("JPY")),
                ],
            ),
            // A share is a fraction (no quantity without a cue); 12 out of
            // 10 is no share.
            (
                "one out of three, 12 out of 10",
                &[
                    ("12", Some(12), Some(12), None),
                    ("10", Some(10), Some(10), None),
                ],
            ),
            (
                "a score of 200 or greater than",
                &[("200 or greater than", Some(200), None, None)],
            ),
            (
                "10 $ 30 $",
                &[
                    ("10 $", Some(10), Some(10), Some("USD")),
                    ("30 $", Some(30), Some(30), Some("USD")),
                ],
            ),
            (
                "a 1.5 TB archive",
                &[(
                    "1.5 TB",
                    Some(1_500_000_000_000),
                    Some(1_500_000_000_000),
                    Some("bytes"),
                )],
            ),
            (
                "sixteen million people",
                &[(
                    "sixteen million people",
                    Some(16_000_000),
                    Some(16_000_000),
                    Some("persons"),
                )],
            ),
            (
                "16'444'373 records",
                &[(
                    "16'444'373 records",
                    Some(16_444_373),
                    Some(16_444_373),
                    Some("records"),
                )],
            ),
            (
                "16.444.373 records",
                &[(
                    "16.444.373 records",
                    Some(16_444_373),
                    Some(16_444_373),
                    Some("records"),
                )],
            ),
            (
                "a 1.2bn fine",
                &[("1.2bn", Some(1_200_000_000), Some(1_200_000_000), None)],
            ),
            (
                "10k users",
                &[("10k users", Some(10_000), Some(10_000), Some("persons"))],
            ),
            (
                "-5% in a year",
                &[("-5%", Some(-5), Some(-5), Some("percent"))],
            ),
            (
                "more than half of the users",
                &[("more than half", None, None, None)],
            ),
            ("3/4 of them", &[]),
            (
                "equal to 5000 or less than 6000",
                &[
                    ("equal to 5000", Some(5000), Some(5000), None),
                    ("less than 6000", None, Some(5999), None),
                ],
            ),
            (
                "30 percent of 10 million users",
                &[
                    ("30 percent", Some(30), Some(30), Some("percent")),
                    (
                        "10 million users",
                        Some(10_000_000),
                        Some(10_000_000),
                        Some("persons"),
                    ),
                ],
            ),
            (
                "500+ victims",
                &[("500+ victims", Some(500), None, Some("persons"))],
            ),
            // A fraction of a scale or a dozen.
            (
                "half a million users",
                &[(
                    "half a million users",
                    Some(500_000),
                    Some(500_000),
                    Some("persons"),
                )],
            ),
            (
                "two thirds of a million records",
                &[(
                    "two thirds of a million records",
                    None,
                    None,
                    Some("records"),
                )],
            ),
            (
                "half a dozen firms",
                &[(
                    "half a dozen firms",
                    Some(6),
                    Some(6),
                    Some("organizations"),
                )],
            ),
            // Dozens after "and" multiply only what follows it.
            (
                "three hundred and two dozen",
                &[("three hundred and two dozen", Some(324), Some(324), None)],
            ),
            // A scale right after a smaller one multiplies.
            (
                "three lakh crore",
                &[(
                    "three lakh crore",
                    Some(3_000_000_000_000),
                    Some(3_000_000_000_000),
                    None,
                )],
            ),
            (
                "a thousand million",
                &[(
                    "a thousand million",
                    Some(1_000_000_000),
                    Some(1_000_000_000),
                    None,
                )],
            ),
            // "and one" joins unless "of" makes it a pronoun.
            (
                "3 hundred and one people",
                &[(
                    "3 hundred and one people",
                    Some(301),
                    Some(301),
                    Some("persons"),
                )],
            ),
            (
                "5 million and one of them",
                &[("5 million", Some(5_000_000), Some(5_000_000), None)],
            ),
            // The other convention's marks, both written: 1.111,11 is 1111.11.
            ("a 1.234,50 fee", &[("1.234,50", None, None, None)]),
            // Not quantities.
            ("in 2023 the ministry", &[]),
            ("on 12 December", &[]),
            ("December 12, the 4th attack", &[]),
            ("see section 3 and version 1.2.3", &[]),
            ("call +33 1 23 45 67 89", &[]),
            ("the A320 and COVID-19", &[]),
            ("Which one do you prefer?", &[]),
            ("2. Scope of the breach", &[]),
            (
                "up 30% over 2023",
                &[("30%", Some(30), Some(30), Some("percent"))],
            ),
            ("taken within 3 days", &[]),
            (
                "more than thirty years",
                &[("more than thirty", Some(31), None, None)],
            ),
        ],
    );
}

#[test]
fn french() {
    run(
        Language::French,
        &[
            // After digits, "cents" is money, not hundreds.
            (
                "en baisse de 34 cents",
                &[("34 cents", Some(34), Some(34), Some("cents"))],
            ),
            // "cent" multiplies 2 to 19 only: after 20 and more, "cents"
            // is money, also as the minor part of an amount in words.
            (
                "quarante-cinq cents",
                &[("quarante-cinq cents", Some(45), Some(45), Some("cents"))],
            ),
            (
                "douze cents personnes",
                &[(
                    "douze cents personnes",
                    Some(1200),
                    Some(1200),
                    Some("persons"),
                )],
            ),
            (
                "deux cents personnes",
                &[(
                    "deux cents personnes",
                    Some(200),
                    Some(200),
                    Some("persons"),
                )],
            ),
            (
                "plus de 16 millions de Français",
                &[(
                    "plus de 16 millions de Français",
                    Some(16_000_001),
                    None,
                    Some("persons"),
                )],
            ),
            (
                "près de 70 millions de données",
                &[(
                    "près de 70 millions de données",
                    Some(63_000_000),
                    Some(69_999_999),
                    Some("records"),
                )],
            ),
            (
                "16\u{202F}444\u{202F}373 personnes",
                &[(
                    "16\u{202F}444\u{202F}373 personnes",
                    Some(16_444_373),
                    Some(16_444_373),
                    Some("persons"),
                )],
            ),
            (
                "16.444.373 fiches",
                &[(
                    "16.444.373 fiches",
                    Some(16_444_373),
                    Some(16_444_373),
                    Some("records"),
                )],
            ),
            (
                "4,5 millions d'euros",
                &[(
                    "4,5 millions d'euros",
                    Some(4_500_000),
                    Some(4_500_000),
                    Some("EUR"),
                )],
            ),
            (
                "soixante-dix millions",
                &[(
                    "soixante-dix millions",
                    Some(70_000_000),
                    Some(70_000_000),
                    None,
                )],
            ),
            // "et" in tens and units, with spaces or hyphens (the 1990
            // spelling reform hyphenates every compound numeral).
            (
                "vingt et une fiches",
                &[("vingt et une fiches", Some(21), Some(21), Some("records"))],
            ),
            (
                "vingt-et-une fiches",
                &[("vingt-et-une fiches", Some(21), Some(21), Some("records"))],
            ),
            (
                "soixante-et-onze clients",
                &[(
                    "soixante-et-onze clients",
                    Some(71),
                    Some(71),
                    Some("persons"),
                )],
            ),
            (
                "cinquante-et-un mille personnes",
                &[(
                    "cinquante-et-un mille personnes",
                    Some(51_000),
                    Some(51_000),
                    Some("persons"),
                )],
            ),
            (
                "sept cent quarante-et-un comptes",
                &[("sept cent quarante-et-un", Some(741), Some(741), None)],
            ),
            (
                "seize millions de clients",
                &[(
                    "seize millions de clients",
                    Some(16_000_000),
                    Some(16_000_000),
                    Some("persons"),
                )],
            ),
            (
                "30\u{a0}%",
                &[("30\u{a0}%", Some(30), Some(30), Some("percent"))],
            ),
            (
                "2 milliards d'euros",
                &[(
                    "2 milliards d'euros",
                    Some(2_000_000_000),
                    Some(2_000_000_000),
                    Some("EUR"),
                )],
            ),
            (
                "quatre-vingt-dix-neuf clients",
                &[(
                    "quatre-vingt-dix-neuf clients",
                    Some(99),
                    Some(99),
                    Some("persons"),
                )],
            ),
            (
                "au moins 1 500 agents",
                &[("au moins 1 500 agents", Some(1500), None, Some("persons"))],
            ),
            (
                "environ 30 %",
                &[("environ 30 %", Some(27), Some(33), Some("percent"))],
            ),
            (
                "quelque 2 000 entreprises",
                &[(
                    "quelque 2 000 entreprises",
                    Some(1800),
                    Some(2200),
                    Some("organizations"),
                )],
            ),
            (
                "jusqu'à 1,5 To",
                &[(
                    "jusqu'à 1,5 To",
                    None,
                    Some(1_500_000_000_000),
                    Some("bytes"),
                )],
            ),
            (
                "moins de 10 victimes",
                &[("moins de 10 victimes", None, Some(9), Some("persons"))],
            ),
            (
                "de 10 à 12 millions",
                &[(
                    "de 10 à 12 millions",
                    Some(10_000_000),
                    Some(12_000_000),
                    None,
                )],
            ),
            // Not quantities.
            ("le 12 décembre 2025", &[]),
            ("en 2023", &[]),
            ("le 1er ministre", &[]),
            ("- 1 Les enjeux", &[]),
            ("appelez le 01 23 45 67 89", &[]),
            ("une attaque", &[]),
            ("pendant 3 jours", &[]),
        ],
    );
}

#[test]
fn french_minor_amount_in_words() {
    // "cents" after "quarante-cinq" is the minor unit, not a hundred.
    for (input, want) in [
        ("treize euros et quarante-cinq cents", 13.45),
        ("treize euros et cinquante centimes", 13.5),
        ("3 euros et 50 cents", 3.5),
    ] {
        let found = quantities(input, Language::French);
        assert_eq!(found.len(), 1, "{input:?}: {found:?}");
        assert_eq!(found[0].text, input);
        assert_eq!(found[0].quantity.min().map(Number::as_f64), Some(want));
        assert_eq!(
            found[0].quantity.unit(),
            Some(&Unit::currency("EUR").unwrap())
        );
    }
}

#[test]
fn japanese() {
    run(
        Language::Japanese,
        &[
            (
                "1644万4373人分の個人情報",
                &[(
                    "1644万4373人分",
                    Some(16_444_373),
                    Some(16_444_373),
                    Some("persons"),
                )],
            ),
            (
                "約1600万件",
                &[(
                    "約1600万件",
                    Some(14_400_000),
                    Some(17_600_000),
                    Some("records"),
                )],
            ),
            (
                "一千六百万人以上",
                &[("一千六百万人以上", Some(16_000_000), None, Some("persons"))],
            ),
            (
                "７０００万件近く",
                &[(
                    "７０００万件近く",
                    Some(63_000_000),
                    Some(69_999_999),
                    Some("records"),
                )],
            ),
            (
                "１６，４４４，３７３人",
                &[(
                    "１６，４４４，３７３人",
                    Some(16_444_373),
                    Some(16_444_373),
                    Some("persons"),
                )],
            ),
            (
                "6億8,000万円",
                &[(
                    "6億8,000万円",
                    Some(680_000_000),
                    Some(680_000_000),
                    Some("JPY"),
                )],
            ),
            ("最大30％", &[("最大30％", None, Some(30), Some("percent"))]),
            (
                "100人未満",
                &[("100人未満", None, Some(99), Some("persons"))],
            ),
            (
                "16万人を超える",
                &[("16万人を超える", Some(160_001), None, Some("persons"))],
            ),
            (
                "10万〜12万人",
                &[(
                    "10万〜12万人",
                    Some(100_000),
                    Some(120_000),
                    Some("persons"),
                )],
            ),
            ("30％", &[("30％", Some(30), Some(30), Some("percent"))]),
            (
                "2ギガバイト",
                &[(
                    "2ギガバイト",
                    Some(2_000_000_000),
                    Some(2_000_000_000),
                    Some("bytes"),
                )],
            ),
            (
                "前年比四％増",
                &[("四％", Some(4), Some(4), Some("percent"))],
            ),
            (
                "総額は四十九兆九千五百九十二億円",
                &[(
                    "四十九兆九千五百九十二億円",
                    Some(49_959_200_000_000),
                    Some(49_959_200_000_000),
                    Some("JPY"),
                )],
            ),
            (
                "打率は3割8分7厘、女子は七割半",
                &[
                    ("3割8分7厘", None, None, Some("percent")),
                    ("七割半", Some(75), Some(75), Some("percent")),
                ],
            ),
            (
                "20より大きいが35より小さいか等しい",
                &[(
                    "20より大きいが35より小さいか等しい",
                    Some(21),
                    Some(35),
                    None,
                )],
            ),
            ("50元6角3分", &[("50元6角3分", None, None, Some("CNY"))]),
            ("五元三角で買える", &[("五元三角", None, None, Some("CNY"))]),
            // A minor amount without its unit, joined by と, at a clause end.
            (
                "この自転車は100ユーロと30です。",
                &[("100ユーロと30", None, None, Some("EUR"))],
            ),
            // A scaled amount takes no minor amount without its unit.
            (
                "被害額は5億円と30です",
                &[
                    ("5億円", Some(500_000_000), Some(500_000_000), Some("JPY")),
                    ("30", Some(30), Some(30), None),
                ],
            ),
            (
                "100ユーロと30人",
                &[
                    ("100ユーロ", Some(100), Some(100), Some("EUR")),
                    ("30人", Some(30), Some(30), Some("persons")),
                ],
            ),
            (
                "確率は１２０パ ーセ ント",
                &[("１２０パ ーセ ント", Some(120), Some(120), Some("percent"))],
            ),
            (
                "一万億円が必要",
                &[(
                    "一万億円",
                    Some(1_000_000_000_000),
                    Some(1_000_000_000_000),
                    Some("JPY"),
                )],
            ),
            (
                "被害者は7万 5千 4百人",
                &[("7万 5千 4百人", Some(75_400), Some(75_400), Some("persons"))],
            ),
            (
                "損害は 7 万 円",
                &[("7 万 円", Some(70_000), Some(70_000), Some("JPY"))],
            ),
            (
                "ろく ドルを払った",
                &[("ろく ドル", Some(6), Some(6), Some("USD"))],
            ),
            ("田中さん、ごく一部", &[]),
            (
                "およそ5千社",
                &[("およそ5千社", Some(4500), Some(5500), Some("organizations"))],
            ),
            // Not quantities.
            ("12月12日に", &[]),
            ("第1四半期", &[]),
            ("2025年", &[]),
            ("四川省", &[]),
            ("統一された", &[]),
            ("三角形の土地", &[]),
            (
                "二次被害は3件",
                &[("3件", Some(3), Some(3), Some("records"))],
            ),
            ("二〇二五年五月十七日", &[]),
        ],
    );
}

/// Japanese numerals as [`numbers`] reads them, cues and units aside.
#[test]
fn japanese_numerals() {
    let rows: &[(&str, &[(&str, f64)])] = &[
        // A date's parts are numerals; a lone kanji digit between them
        // is a month or a day, not part of a word.
        (
            "二千十八年五月十七日",
            &[("二千十八", 2018.0), ("五", 5.0), ("十七", 17.0)],
        ),
        // 二次 (secondary) and 三角 (triangle) are words.
        ("二次電流と三角形", &[]),
        // After a major currency amount, 三角 is three tenths of a yuan.
        ("五元三角", &[("五", 5.0), ("三", 3.0)]),
        // Kanji decimals read as a numeral after the middle dot.
        ("百二十三・八十九", &[("百二十三・八十九", 123.89)]),
        ("〇・〇八", &[("〇・〇八", 0.08)]),
        // A doubled sign is a dash.
        ("－－9と-9", &[("9", 9.0), ("-9", -9.0)]),
        // Fractions and dozens, also in text spaced word by word.
        ("五 分の 一", &[("五 分の 一", 0.2)]),
        ("五 と 四 分の 一", &[("五 と 四 分の 一", 5.25)]),
        ("三百と二ダース", &[("三百と二ダース", 324.0)]),
    ];
    for (input, expected) in rows {
        let got: Vec<_> = numbers(input, Language::Japanese)
            .iter()
            .map(|n| (&input[n.span.start..n.span.end], n.value.as_f64()))
            .collect();
        assert_eq!(&got, expected, "{input:?}");
    }
}

#[test]
fn the_two_reference_bounds() {
    let nearly = &quantities("nearly 70 million", Language::English)[0];
    assert_eq!(nearly.bound, Bound::Nearly);
    assert!(nearly.approximate);
    assert!(!nearly.quantity.contains_value(Number::from(70_000_001)));
    assert!(!nearly.quantity.contains_value(Number::from(70_000_000)));
    let more = &quantities("more than 16 million", Language::English)[0];
    assert_eq!(more.bound, Bound::MoreThan);
    assert!(more.quantity.contains_value(Number::from(16_444_373)));
    assert_eq!(more.written.min(), Some(Number::from(16_000_000)));
}

#[test]
fn ambiguous_separators_are_reported_not_swallowed() {
    use corroborate::recognize::Diagnostic;

    // English: `.` followed by three digits reads as a decimal, flagged.
    let m = &quantities("16.444 users", Language::English)[0];
    assert_eq!(m.quantity.min(), Some(Number::try_from(16.444).unwrap()));
    assert_eq!(
        m.diagnostics,
        vec![Diagnostic::AmbiguousSeparator {
            offset: 2,
            read_as_decimal: true
        }]
    );
    // English text with a French decimal comma: read as a decimal, flagged.
    let m = &quantities("1,5 million users", Language::English)[0];
    assert_eq!(m.quantity.min(), Some(Number::from(1_500_000)));
    assert_eq!(
        m.diagnostics,
        vec![Diagnostic::ForeignDecimalSeparator { offset: 1 }]
    );
    // Unambiguous grouping: nothing to report.
    assert!(
        quantities("16,444,373 users", Language::English)[0]
            .diagnostics
            .is_empty()
    );
}

#[test]
fn spans_are_in_the_original_text() {
    // Full-width digits are three bytes each; the span covers them.
    let text = "約１６００万件の個人情報";
    let m = &quantities(text, Language::Japanese)[0];
    assert_eq!(&text[m.span.start..m.span.end], "約１６００万件");
    assert_eq!(m.span.start, 0);
    // Narrow no-break spaces are kept in the span.
    let text = "soit 16\u{202F}444\u{202F}373 personnes.";
    let m = &quantities(text, Language::French)[0];
    assert_eq!(m.span.start, 5);
    assert_eq!(
        &text[m.span.start..m.span.end],
        "16\u{202F}444\u{202F}373 personnes"
    );
}

#[test]
fn unit_spans() {
    let rows: &[(Language, &str, Option<&str>)] = &[
        (
            Language::English,
            "more than 16 million people",
            Some("people"),
        ),
        (Language::English, "16 million of users", Some("of users")),
        (Language::English, "$2.5 million", None),
        (Language::Japanese, "最大700人", Some("人")),
        (
            Language::French,
            "plus de 16 millions de Français",
            Some("de Français"),
        ),
    ];
    for &(language, input, expected) in rows {
        let found = quantities(input, language);
        assert_eq!(found.len(), 1, "{input:?}");
        let got = found[0].unit_span.map(|s| &input[s.start..s.end]);
        assert_eq!(got, expected, "{input:?}");
    }
}

/// Units named without a figure, in English: input → (text, unit) of each
/// mention. Figures with their unit are quantities, not mentions.
#[test]
fn english_unit_mentions() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "The dollar fell against the euro.",
            &[("dollar", "USD"), ("euro", "EUR")],
        ),
        ("A small percent of users paid.", &[("percent", "percent")]),
        ("the % of increase", &[("%", "percent")]),
        (
            "How do I calculate a percentage?",
            &[("percentage", "percent")],
        ),
        (
            "a $20,000 fee in a multibillion-dollar deal",
            &[("dollar", "USD")],
        ),
        ("50 dollar rmb", &[("rmb", "CNY")]),
        ("They paid 30% more, 5 million dollars.", &[]),
        // A weight, a longing and an address are no money nor share.
        ("a pound of butter and a yen for travel", &[]),
        ("see https://example.com/q=30%25%20x", &[]),
        ("the ransom was paid in bitcoin", &[("bitcoin", "BTC")]),
    ];
    for (input, expected) in rows {
        let got: Vec<(String, String)> =
            corroborate::recognize::unit_mentions(input, Language::English)
                .into_iter()
                .map(|m| (m.text, m.unit.to_string()))
                .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(t, u)| ((*t).to_owned(), (*u).to_owned()))
            .collect();
        assert_eq!(got, want, "{input:?}");
    }
}

/// English numerals whose value is no integer: input → value.
#[test]
fn english_fractional_values() {
    let rows: &[(&str, f64)] = &[
        ("two thirds of a million", 2.0e6 / 3.0),
        ("1.111,11", 1111.11),
        ("1,111.11", 1111.11),
        ("two and fifty-four hundredths", 2.54),
        ("two hundred and fifty-four hundredths", 200.54),
        // A mixed number has a proper fraction: this is 130/5.
        ("one hundred and thirty fifths", 26.0),
        ("one one hundred fifth", 1.0 / 105.0),
    ];
    for (input, want) in rows {
        let found = corroborate::recognize::numbers(input, Language::English);
        assert_eq!(found.len(), 1, "{input:?}: {found:?}");
        assert_eq!(found[0].span.end, input.len(), "{input:?}");
        let got = found[0].value.as_f64();
        assert!(
            (got - want).abs() < 1e-9 * want.abs().max(1.0),
            "{input:?}: {got} != {want}"
        );
    }
}
