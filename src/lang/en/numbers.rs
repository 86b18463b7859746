//! English numbers: number words, scales, bound cues and units, as data.
//!
//! Hand-written tables; see `crate::lang::numbers` for what each means.

use crate::lang::numbers::{Cue, NumberLanguage, NumberWord, Position, UnitWord};

/// English number knowledge.
pub(crate) struct English;

use Cue::*;
use NumberWord::*;
use Position::*;
use UnitWord::*;

const WORDS: &[(&str, NumberWord)] = &[
    ("zero", Value(0)),
    ("nought", Value(0)),
    ("naught", Value(0)),
    ("one", Value(1)),
    ("two", Value(2)),
    ("three", Value(3)),
    ("four", Value(4)),
    ("five", Value(5)),
    ("six", Value(6)),
    ("seven", Value(7)),
    ("eight", Value(8)),
    ("nine", Value(9)),
    ("ten", Value(10)),
    ("eleven", Value(11)),
    ("twelve", Value(12)),
    ("thirteen", Value(13)),
    ("fourteen", Value(14)),
    ("fifteen", Value(15)),
    ("sixteen", Value(16)),
    ("seventeen", Value(17)),
    ("eighteen", Value(18)),
    ("nineteen", Value(19)),
    ("twenty", Value(20)),
    ("thirty", Value(30)),
    ("forty", Value(40)),
    ("fourty", Value(40)),
    ("fifty", Value(50)),
    ("sixty", Value(60)),
    ("seventy", Value(70)),
    ("eighty", Value(80)),
    ("ninety", Value(90)),
    ("hundred", Hundred),
    ("hundreds", Hundred),
    ("thousand", Scale(3)),
    ("thousands", Scale(3)),
    ("million", Scale(6)),
    ("millions", Scale(6)),
    ("billion", Scale(9)),
    ("billions", Scale(9)),
    ("trillion", Scale(12)),
    ("trillions", Scale(12)),
    ("lakh", Scale(5)),
    ("crore", Scale(7)),
    ("a", Article),
    ("an", Article),
    ("and", And),
    ("dozen", Dozen),
    ("dozens", Dozen),
    ("dzs", Dozen),
    ("dozs", Dozen),
    ("point", Point),
    // Denominators. "second" is left out: it is a rank or a time far more
    // often than a fraction.
    // "first" only after a tens word: "one twenty-first".
    ("first", Fraction(1)),
    ("firsts", Fraction(1)),
    ("half", Fraction(2)),
    ("halves", Fraction(2)),
    ("third", Fraction(3)),
    ("thirds", Fraction(3)),
    ("quarter", Fraction(4)),
    ("quarters", Fraction(4)),
    ("fourth", Fraction(4)),
    ("fourths", Fraction(4)),
    ("fifth", Fraction(5)),
    ("fifths", Fraction(5)),
    ("sixth", Fraction(6)),
    ("sixths", Fraction(6)),
    ("seventh", Fraction(7)),
    ("sevenths", Fraction(7)),
    ("eighth", Fraction(8)),
    ("eighths", Fraction(8)),
    ("ninth", Fraction(9)),
    ("ninths", Fraction(9)),
    ("tenth", Fraction(10)),
    ("tenths", Fraction(10)),
    ("twentieth", Fraction(20)),
    ("twentieths", Fraction(20)),
    ("thirtieth", Fraction(30)),
    ("thirtieths", Fraction(30)),
    ("hundredth", Fraction(100)),
    ("hundredths", Fraction(100)),
    ("thousandth", Fraction(1_000)),
    ("thousandths", Fraction(1_000)),
    ("millionth", Fraction(1_000_000)),
    ("millionths", Fraction(1_000_000)),
    ("billionth", Fraction(1_000_000_000)),
    ("billionths", Fraction(1_000_000_000)),
    ("trillionth", Fraction(1_000_000_000_000)),
    ("trillionths", Fraction(1_000_000_000_000)),
];

const SCALES: &[(&str, u8, bool)] = &[
    ("thousand", 3, false),
    ("million", 6, false),
    ("millions", 6, false),
    ("billion", 9, false),
    ("billions", 9, false),
    ("trillion", 12, false),
    ("k", 3, false),
    ("K", 3, true),
    ("M", 6, true),
    ("mm", 6, true),
    ("MM", 6, true),
    ("mn", 6, false),
    ("mln", 6, false),
    ("mil", 6, false),
    ("bn", 9, false),
    ("bln", 9, false),
    ("b", 9, true),
    ("B", 9, true),
    ("tn", 12, false),
    ("tln", 12, false),
    ("lakh", 5, false),
    ("crore", 7, false),
];

const CUES: &[(&str, Cue, Position)] = &[
    ("greater than or equal to", AtLeast, Before),
    ("more than or equal to", AtLeast, Before),
    ("higher or equal than", AtLeast, Before),
    ("bigger or equal than", AtLeast, Before),
    ("larger or equal than", AtLeast, Before),
    ("greater or equal than", AtLeast, Before),
    ("equal to or more than", AtLeast, Before),
    ("equal to or greater than", AtLeast, Before),
    ("at least or equal to", AtLeast, Before),
    ("less than or equal to", AtMost, Before),
    ("fewer than or equal to", AtMost, Before),
    ("smaller or equal than", AtMost, Before),
    ("lower or equal than", AtMost, Before),
    ("less or equal than", AtMost, Before),
    ("equal to or less than", AtMost, Before),
    ("equal to or fewer than", AtMost, Before),
    ("more than", MoreThan, Before),
    ("bigger than", MoreThan, Before),
    ("smaller than", LessThan, Before),
    ("lower than", LessThan, Before),
    ("over", MoreThan, Before),
    ("above", MoreThan, Before),
    ("greater than", MoreThan, Before),
    ("larger than", MoreThan, Before),
    ("higher than", MoreThan, Before),
    ("in excess of", MoreThan, Before),
    ("exceeding", MoreThan, Before),
    ("exceeds", MoreThan, Before),
    ("exceed", MoreThan, Before),
    ("surpass", MoreThan, Before),
    ("upwards of", MoreThan, Before),
    (">", MoreThan, Before),
    ("at least", AtLeast, Before),
    ("no less than", AtLeast, Before),
    ("no fewer than", AtLeast, Before),
    ("not less than", AtLeast, Before),
    ("a minimum of", AtLeast, Before),
    (">=", AtLeast, Before),
    ("up to", AtMost, Before),
    ("at most", AtMost, Before),
    ("no more than", AtMost, Before),
    ("not more than", AtMost, Before),
    ("a maximum of", AtMost, Before),
    ("as many as", AtMost, Before),
    ("<=", AtMost, Before),
    ("< =", AtMost, Before),
    ("> =", AtLeast, Before),
    ("less than", LessThan, Before),
    ("fewer than", LessThan, Before),
    ("under", LessThan, Before),
    ("below", LessThan, Before),
    ("<", LessThan, Before),
    ("nearly", Nearly, Before),
    ("almost", Nearly, Before),
    ("close to", Nearly, Before),
    ("just under", Nearly, Before),
    ("just shy of", Nearly, Before),
    ("approaching", Nearly, Before),
    ("about", About, Before),
    ("around", About, Before),
    ("roughly", About, Before),
    ("approximately", About, Before),
    ("approx.", About, Before),
    ("some", About, Before),
    ("circa", About, Before),
    ("an estimated", About, Before),
    ("estimated", About, Before),
    ("~", About, Before),
    ("equal to", Equal, Before),
    ("equals to", Equal, Before),
    ("equals", Equal, Before),
    ("equaling to", Equal, Before),
    ("or more", AtLeast, After),
    ("and more", AtLeast, After),
    ("or greater", AtLeast, After),
    ("or above", AtLeast, After),
    ("or higher", AtLeast, After),
    ("or below", AtMost, After),
    ("plus", AtLeast, After),
    ("+", AtLeast, After),
    ("or less", AtMost, After),
    ("or fewer", AtMost, After),
];

const UNITS_AFTER: &[(&str, UnitWord)] = &[
    ("people", Persons),
    ("persons", Persons),
    ("person", Persons),
    ("individuals", Persons),
    ("customers", Persons),
    ("users", Persons),
    ("citizens", Persons),
    ("residents", Persons),
    ("patients", Persons),
    ("employees", Persons),
    ("victims", Persons),
    ("records", Records),
    ("record", Records),
    ("rows", Records),
    ("entries", Records),
    ("lines", Records),
    ("data", Records),
    ("bytes", Bytes(0)),
    ("kb", Bytes(3)),
    ("kilobytes", Bytes(3)),
    ("mb", Bytes(6)),
    ("megabytes", Bytes(6)),
    ("gb", Bytes(9)),
    ("gigabytes", Bytes(9)),
    ("tb", Bytes(12)),
    ("terabytes", Bytes(12)),
    ("pb", Bytes(15)),
    ("petabytes", Bytes(15)),
    ("%", Percent),
    ("percent", Percent),
    ("percents", Percent),
    ("percentage", Percent),
    ("per cent", Percent),
    ("euros", Currency("EUR")),
    ("euro", Currency("EUR")),
    ("eur", Currency("EUR")),
    ("€", Currency("EUR")),
    ("dollars", Currency("USD")),
    ("dollar", Currency("USD")),
    ("usd", Currency("USD")),
    ("pounds sterling", Currency("GBP")),
    ("pounds", Currency("GBP")),
    ("pound", Currency("GBP")),
    ("gbp", Currency("GBP")),
    ("yen", Currency("JPY")),
    ("jpy", Currency("JPY")),
    ("cents", Other("cents")),
    ("cent", Other("cents")),
    ("pence", Other("pence")),
    ("penny", Other("pence")),
    ("francs", Other("francs")),
    ("us dollars", Currency("USD")),
    ("us dollar", Currency("USD")),
    ("$", Currency("USD")),
    ("£", Currency("GBP")),
    ("rmb", Currency("CNY")),
    ("chinese yuan", Currency("CNY")),
    ("元", Currency("CNY")),
    ("turkish lira", Currency("TRY")),
    ("australian dollars", Currency("AUD")),
    ("canadian dollars", Currency("CAD")),
    ("swiss francs", Currency("CHF")),
    ("yuan", Currency("CNY")),
    ("renminbi", Currency("CNY")),
    ("rupees", Currency("INR")),
    ("inr", Currency("INR")),
    ("ரூ", Currency("INR")),
    ("aud", Currency("AUD")),
    ("cad", Currency("CAD")),
    ("chf", Currency("CHF")),
    ("cny", Currency("CNY")),
    ("hkd", Currency("HKD")),
    ("₡", Currency("CRC")),
    ("₾", Currency("GEL")),
    ("₭", Currency("LAK")),
    // Ransoms are asked in bitcoin; BTC is the code markets use.
    ("bitcoins", Currency("BTC")),
    ("bitcoin", Currency("BTC")),
    ("btc", Currency("BTC")),
    ("₿", Currency("BTC")),
    ("satoshis", Other("satoshis")),
    ("satoshi", Other("satoshis")),
    ("pesetas", Currency("ESP")),
    ("dutch guilders", Currency("NLG")),
    ("finnish markka", Currency("FIM")),
    ("companies", Organizations),
    ("organizations", Organizations),
    ("organisations", Organizations),
    ("firms", Organizations),
    ("suppliers", Organizations),
];

/// Units named without a figure. "pound" (a weight), "yen" (a longing)
/// and "cent" are left out: alone they are more often something else.
const MENTIONS: &[(&str, UnitWord)] = &[
    ("percent", Percent),
    ("per cent", Percent),
    ("percentage", Percent),
    ("%", Percent),
    ("dollars", Currency("USD")),
    ("dollar", Currency("USD")),
    ("us dollars", Currency("USD")),
    ("us dollar", Currency("USD")),
    ("usd", Currency("USD")),
    ("$", Currency("USD")),
    ("euros", Currency("EUR")),
    ("euro", Currency("EUR")),
    ("€", Currency("EUR")),
    ("£", Currency("GBP")),
    ("pounds sterling", Currency("GBP")),
    ("sterling", Currency("GBP")),
    ("yuan", Currency("CNY")),
    ("renminbi", Currency("CNY")),
    ("rmb", Currency("CNY")),
    ("rupees", Currency("INR")),
    ("bitcoins", Currency("BTC")),
    ("bitcoin", Currency("BTC")),
];

const UNITS_BEFORE: &[(&str, UnitWord)] = &[
    ("percent of", Percent),
    ("percents of", Percent),
    ("per cent of", Percent),
    ("us$", Currency("USD")),
    ("usd$", Currency("USD")),
    ("u.s. $", Currency("USD")),
    ("u.s $", Currency("USD")),
    ("cad$", Currency("CAD")),
    ("aud$", Currency("AUD")),
    ("nzd$", Currency("NZD")),
    ("mxn$", Currency("MXN")),
    ("mex$", Currency("MXN")),
    ("rmb", Currency("CNY")),
    ("us $", Currency("USD")),
    ("c$", Currency("CAD")),
    ("c $", Currency("CAD")),
    ("ca$", Currency("CAD")),
    ("a$", Currency("AUD")),
    ("hk$", Currency("HKD")),
    ("hk $", Currency("HKD")),
    ("usd", Currency("USD")),
    ("$", Currency("USD")),
    ("€", Currency("EUR")),
    ("eur", Currency("EUR")),
    ("£", Currency("GBP")),
    ("gbp", Currency("GBP")),
    ("¥", Currency("JPY")),
    ("₡", Currency("CRC")),
    ("₾", Currency("GEL")),
    ("₭", Currency("LAK")),
    ("₿", Currency("BTC")),
];

impl NumberLanguage for English {
    fn decimal_separator(&self) -> char {
        '.'
    }
    fn group_separators(&self) -> &'static [char] {
        &[',', ' ', '\'']
    }
    fn words(&self) -> &'static [(&'static str, NumberWord)] {
        WORDS
    }
    fn scales(&self) -> &'static [(&'static str, u8, bool)] {
        SCALES
    }
    fn cues(&self) -> &'static [(&'static str, Cue, Position)] {
        CUES
    }
    fn units_after(&self) -> &'static [(&'static str, UnitWord)] {
        UNITS_AFTER
    }
    fn units_before(&self) -> &'static [(&'static str, UnitWord)] {
        UNITS_BEFORE
    }
    fn unit_mentions(&self) -> &'static [(&'static str, UnitWord)] {
        MENTIONS
    }
    fn fraction_of_words(&self) -> &'static [&'static str] {
        &["of"]
    }
    fn unit_connectors(&self) -> &'static [&'static str] {
        &["of"]
    }
    fn ranges(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("between", "and"),
            ("from", "to"),
            ("", "to"),
            ("", "through"),
            ("", "thru"),
            ("", "-"),
            ("", "~"),
        ]
    }
    fn non_quantity_after(&self) -> &'static [&'static str] {
        &[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan.",
            "feb.",
            "mar.",
            "apr.",
            "jun.",
            "jul.",
            "aug.",
            "sep.",
            "sept.",
            "oct.",
            "nov.",
            "dec.",
            "a.m.",
            "p.m.",
            "am",
            "pm",
            "o'clock",
            "years",
            "year",
            "months",
            "month",
            "weeks",
            "week",
            "days",
            "day",
            "hours",
            "hour",
            "minutes",
            "seconds",
        ]
    }
    fn non_quantity_before(&self) -> &'static [&'static str] {
        &[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan.",
            "feb.",
            "mar.",
            "apr.",
            "jun.",
            "jul.",
            "aug.",
            "sep.",
            "sept.",
            "oct.",
            "nov.",
            "dec.",
            "section",
            "chapter",
            "article",
            "page",
            "no.",
            "nr.",
            "number",
            "version",
            "v",
            "#",
            "§",
        ]
    }
    fn bound_conjunctions(&self) -> &'static [&'static str] {
        &["and", "but", ","]
    }
    fn or_equal_words(&self) -> &'static [&'static str] {
        &["or equal to", "or equal"]
    }
    fn ratio_words(&self) -> &'static [&'static str] {
        &["over"]
    }
    fn share_words(&self) -> &'static [&'static str] {
        &["out of"]
    }
    fn minor_units(&self) -> (&'static [(&'static str, u8)], &'static [&'static str]) {
        (&[("cents", 2), ("cent", 2)], &["and"])
    }
    fn after_cue_blockers(&self) -> &'static [&'static str] {
        &["than"]
    }
    fn minus_words(&self) -> &'static [&'static str] {
        &["minus", "negative"]
    }
    fn pronoun_determiners(&self) -> &'static [&'static str] {
        &[
            "the", "this", "that", "which", "each", "every", "any", "no", "another", "one",
        ]
    }
}
