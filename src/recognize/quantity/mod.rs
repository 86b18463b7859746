//! Quantity recognition: every number and amount in a text, resolved to a
//! [`Quantity`] interval with its [`Unit`], its byte [`Span`] in the
//! original text and how the wording [`Bound`]s it.
//!
//! ```
//! use corroborate::recognize::{Bound, quantities};
//! use corroborate::{Language, Number, Unit};
//!
//! let text = "Plus de 16 millions de Français et près de 70 millions de données.";
//! let found = quantities(text, Language::French);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].text, "Plus de 16 millions de Français");
//! assert_eq!(found[0].bound, Bound::MoreThan);
//! assert!(found[0].quantity.contains_value(Number::from(16_444_373)));
//! assert_eq!(found[0].quantity.unit(), Some(&Unit::Persons));
//! assert!(!found[1].quantity.contains_value(Number::from(70_000_001)));
//! assert!(found[1].approximate);
//! ```
//!
//! # Examples of input and result
//!
//! | language | input | span text | interval | unit | bound |
//! |---|---|---|---|---|---|
//! | en | `16,444,373 people` | `16,444,373 people` | [16444373, 16444373] | persons | exact |
//! | en | `more than 16 million` | same | [16000001, ∞) | – | more than |
//! | en | `nearly 70 million records` | same | [63000000, 69999999] | records | nearly |
//! | en | `about 4.5 million` | same | [4050000, 4950000] | – | about |
//! | en | `between 10 and 12 million` | same | [10000000, 12000000] | – | range |
//! | en | `1.5 TB` | same | [1.5e12, 1.5e12] | bytes | exact |
//! | fr | `16 444 373 personnes` (U+202F) | same | [16444373, 16444373] | persons | exact |
//! | fr | `4,5 millions d'euros` | same | [4500000, 4500000] | EUR | exact |
//! | fr | `soixante-dix millions` | same | [70000000, 70000000] | – | exact |
//! | fr | `jusqu'à 30 %` | same | (−∞, 30] | percent | at most |
//! | ja | `1644万4373人分` | same | [16444373, 16444373] | persons | exact |
//! | ja | `約1600万件` | same | [14400000, 17600000] | records | about |
//! | ja | `一千六百万人以上` | same | [16000000, ∞) | persons | at least |
//! | ja | `１６，４４４，３７３人` | same (full-width) | [16444373, 16444373] | persons | exact |
//! | ja | `100以上300以下` | same | [100, 300] | – | range |
//! | ja | `3割` | same | [30, 30] | percent | exact |
//! | en | `in 2023`, `12 December`, `4th`, `section 3` | – | not returned | | |
//! | fr | `12 décembre`, `1er`, `- 1 Les enjeux`, `01 23 45 67 89` | – | not returned | | |
//! | ja | `12月12日`, `第1`, `2025年` | – | not returned | | |
//!
//! # Grammar
//!
//! ```text
//! expression := [cue] [currency] numeral [unit] [range-tail | cue-after]
//!             | [opener] numeral [unit] middle numeral [unit]
//! numeral    := digits [scale] | words | kanji                     (per language)
//! digits     := [-] d{1,3} (group-sep d{3})* [decimal-sep d+]  |  [-] d+ [decimal-sep d+]
//! scale      := "k" | "M" | "bn" | "million" | "millions" | "milliard" | 万 | 億 | 兆 ...
//! words      := ["a"] word ((" " | "-" | "and" | "et") word)*     (sixteen million, soixante-dix)
//! kanji      := group (big-scale group)*, group := (digit* [十|百|千])+   (一千六百万, 1644万4373)
//! unit       := [connector] unit-word                              ("de Français", "人分", "GB")
//! ```
//!
//! Decimal and group separators follow the language (`4.5 million`,
//! `4,5 millions`); the other mark is read as grouping when exactly three
//! digits follow it (`16.444.373` in French, `16,444,373` in English) and
//! as a decimal otherwise, with a [`Diagnostic`]. A decimal separator of
//! the language followed by exactly three digits (`16.444` in English) is
//! read as a decimal and reported as [`Diagnostic::AmbiguousSeparator`];
//! used twice in threes it is grouping (`16.444.373` in English).
//! Spaces (plain, U+00A0, U+202F) group digits in threes in every
//! language.
//!
//! # Interval rule per cue
//!
//! `N` is the number as written (with its scale); integers stay exact.
//!
//! | bound | cues | interval |
//! |---|---|---|
//! | [`Bound::Exact`] | none | [N, N] |
//! | [`Bound::MoreThan`] | more than, over, above, exceeding; plus de, supérieur à; 超, 超える, を超える, 余り, 強 | [N + 1, ∞) for integers, [N, ∞) for decimals |
//! | [`Bound::AtLeast`] | at least, no less than, or more; au moins, ou plus; 以上, 最低 | [N, ∞) |
//! | [`Bound::LessThan`] | less than, fewer than, under, below; moins de, inférieur à; 未満 | (−∞, N − 1] for integers, (−∞, N] for decimals |
//! | [`Bound::AtMost`] | up to, at most, no more than, or less; jusqu'à, au plus; 最大, 以下, まで | (−∞, N] |
//! | [`Bound::About`] | about, around, roughly, approximately, some; environ, quelque, autour de; 約, およそ, 前後, 程度 | [N − N/10, N + N/10] |
//! | [`Bound::Nearly`] | nearly, almost, close to; près de, presque; 近く, 弱 | [N − N/10, N − 1] for integers (strictly below N) |
//! | [`Bound::Range`] | between A and B, A to B, A-B; entre A et B, de A à B; A〜B, AからB, AとBの間 | [A, B]; a strict end moves by one for integers: "more than 10 and less than 20" is [11, 19], 20から100未満 is [20, 99] |
//!
//! A lower and an upper bound written together ("more than 10 and less
//! than 20", "au moins 20 et au plus 100", 100以上300以下) make one
//! [`Bound::Range`] of the two figures, each end keeping its strictness.
//! "equal to", "égal à", に等しい mark an exact figure; a bound after the
//! number wins over them ("equal to 5000 or less"), and "or equal" makes a
//! strict bound inclusive ("less than 5000 or equal"). A bound after the
//! number also wins over an approximation before it ("about 500 or more",
//! 約500以上 are at least 500, with `approximate` set).
//!
//! So "more than 16 million" contains 16,444,373 and "nearly 70 million"
//! does not contain 70,000,001 nor 70,000,000. A ten per cent margin for
//! "about" is a convention, not a fact: the exact figure stated is kept in
//! [`QuantityMatch::written`], and `approximate` is set for `About` and
//! `Nearly`. A scale shared by a range applies to both ends ("between 10 and
//! 12 million" is [10 000 000, 12 000 000]).
//!
//! # Units
//!
//! Persons (people, customers, users; personnes, Français, clients; 人,
//! 人分, 名), records (records, rows, entries, data; données,
//! enregistrements, fiches, lignes; 件), bytes scaled to bytes (KB … PB,
//! Ko … To, キロバイト … テラバイト; 1 GB is 10^9), percent (%, percent,
//! pour cent, パーセント, and 割 as tenths: 3割 is 30 %) and currencies (€,
//! $, £, ¥, US$, C$, HK$, euros, dollars, livres/pounds, yuan, 円, ドル,
//! ユーロ, ポンド, 人民元, …). Minor currency units and currencies whose
//! country the word does not tell are [`Unit::Other`] (`cents`, `pence`,
//! `centimes`, `francs`); a minor amount after a major one is added to it
//! ("3 dollars 50 cents" is 3.5 USD, 10円5銭 is 10.05 JPY). Anything else
//! stays `None`: units are never guessed (counters such as 個). Bitcoin
//! (bitcoins, BTC, ₿) is the currency `BTC`, the code markets use.
//! A scale apart from the digits is read with a currency: "75 USD
//! million", `$ 48.2 万`, and `M` before a currency code is million
//! (`30 MUSD`, `MAUD 60`).
//!
//! A unit named without a figure ("the dollar fell", "a small percent of
//! users") is no quantity; [`unit_mentions`] reports it apart as a
//! [`UnitMention`], from a per-language list of words safe to read alone
//! (English "pound" and "yen" are not on it).
//!
//! # What is not a quantity
//!
//! Years (a bare four-digit number from 1800 to 2100 without unit, even
//! after a cue: "up 30% over 2023"), dates (a number next to a month name,
//! or followed by 年, 月, 日), bare durations ("3 days", "3 ans": times are
//! the time recognizer's; "more than thirty years" is kept as a bounded
//! count without unit),
//! times, ordinals (`4th`, `1er`, `第1`), section and list numbers (first on
//! their line and followed by `.`, `)` or a capitalised word),
//! identifiers (`A320`, `COVID-19`), chains such as `12/12/2025`, `1.2.3`,
//! `+33 1 23 45 67 89` or a leading zero (`06 12 …`), lone articles and
//! pronouns ("un", "the one"), a lone kanji digit inside a word (四川, 二次
//! "secondary", 三角形; but 年五月 is a date and 五元三角 an amount), and
//! dimensions (a number before a unit of measure such as `29km` or
//! 180ミリリットル, which this crate does not model).
//! The lower layer [`numbers`] still returns most of these as numerals,
//! except chains and glued ordinals.
//!
//! # Number words
//!
//! Number words, scale words, cue words and unit words are hand-written
//! data tables in `src/lang/<code>/numbers.rs`; no number-word crate is
//! used. Cardinals ("sixteen million", "quatre-vingt-dix-neuf",
//! 一千六百万), signs ("minus five", マイナス一万), spelled decimals
//! ("two hundred point zero three"), fractions ("three fifths", "one and a
//! half", "un million et demi", 3分の2, 1と2分の1, `3/4`, `2 1/4`; Japanese
//! spaced word by word too: 五 と 四 分の 一), dozens (三百と二ダース is 324) and
//! scientific notation (`1.3e6`, `1.1^23`, 1.1の23乗) are read. A pure
//! fraction is a number for [`numbers`] but a quantity only with a bound
//! ("more than half", "more than 1/2"): alone, `3/4` is too often a date.
//! "two and a half million" is a quantity. Numerals spelled in hiragana
//! (せんにひゃくはちじゅうきゅう) are read when the whole run of kana spells
//! one (so the particle に or the honorific さん are not 2 and 3), and are
//! quantities only with a unit (ろく ドル). Indian grouping (12,34,567 is
//! 1234567: groups of two, then a last group of three) is read where the
//! comma is no decimal mark. Spaced kanji numerals are read whole when a
//! scale character touches the space (7万 5千 4百 is 75400; 一 二 stays
//! two numbers). A big scale on a smaller one multiplies (1万億 is
//! 10^12), and so does an English scale word on a smaller one ("three
//! lakh crore", "a thousand million"). A fraction takes a part of a scale
//! or a dozen ("half a million", "two thirds of a million", "half a
//! dozen"); dozens after "and" multiply only what follows it ("three
//! hundred and two dozen" is 324). A mixed number has a proper fraction:
//! "two hundred and fifty-four hundredths" is 200.54, but "one hundred and
//! thirty fifths" is 130/5. Compound ordinal denominators after a
//! numerator are read ("one one hundred fifth" is 1/105, "one
//! twenty-fifth" 1/25). Both marks of the other convention, the decimal
//! one last before one or two digits, are read as that convention
//! (`1.111,11` in English is 1111.11, with a [`Diagnostic`]).
//!
//! # Untrusted input
//!
//! Recognition never panics and never overflows. Numerals longer than
//! [`QuantityRecognizerBuilder::max_digits`] (default
//! [`DEFAULT_MAX_DIGITS`], 30 digits) give **no match**;
//! [`QuantityRecognizer::find_with_rejections`] reports each of them as an
//! [`Error`] of kind `Limit` naming the limit (`max_digits`, see
//! [`Limits`](crate::Limits)) with its byte offset.
//! Values that do not fit an `i64` are kept as the nearest `f64`; values
//! beyond `f64` (possible only with a raised limit) are skipped and reported
//! as an error of kind `InvalidValue`. Work is linear in the length of the
//! text (`tests/linear_time.rs`).

mod amount;
mod expr;
mod mention;
mod normalize;
mod numeral;
mod phrase;

use crate::lang::numbers::{UnitWord, for_language};
use crate::{Error, Language, Number, Quantity, Span, Unit};
use amount::Amount;
use normalize::Normalized;
use numeral::{Lexicon, Scanner};

/// The default limit on the digits of one numeral: 30.
///
/// Larger than any figure met in news (a world population has 10 digits, a
/// count of bytes 15) and small enough to keep arithmetic exact in `i128`.
pub const DEFAULT_MAX_DIGITS: usize = 30;

/// How the wording bounds a quantity. The interval each gives is in the
/// [module docs](self#interval-rule-per-cue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Bound {
    /// No cue: the figure as written.
    Exact,
    /// Strictly more than the figure ("more than", "plus de", "超").
    MoreThan,
    /// The figure or more ("at least", "au moins", "以上").
    AtLeast,
    /// Strictly less than the figure ("less than", "moins de", "未満").
    LessThan,
    /// The figure or less ("up to", "jusqu'à", "最大").
    AtMost,
    /// Around the figure, either side ("about", "environ", "約").
    About,
    /// Close to and below the figure ("nearly", "près de", "近く").
    Nearly,
    /// Between two figures ("between 10 and 12 million", "10万〜12万").
    Range,
}

/// Something worth knowing about how a quantity was read, that is not an
/// error.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Diagnostic {
    /// The separator at `offset` (bytes into the original text) could be
    /// a decimal mark or a thousands separator (`16.444` in English).
    AmbiguousSeparator {
        /// Byte offset of the separator in the original text.
        offset: usize,
        /// Whether it was read as a decimal mark.
        read_as_decimal: bool,
    },
    /// A decimal mark of another convention was read as a decimal
    /// (`1,5` in English, `4.5` in French).
    ForeignDecimalSeparator {
        /// Byte offset of the separator in the original text.
        offset: usize,
    },
}

/// A quantity found in text.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct QuantityMatch {
    /// Where it is written, in bytes of the original text: the cue, the
    /// number and the unit ("more than 16 million people").
    pub span: Span,
    /// Where the figure is written with its currency sign and unit, but
    /// without the bound cue ("16 million people" in "more than 16 million
    /// people"); for a range, the whole range.
    pub value_span: Span,
    /// The value as an interval with its unit, after the
    /// [rule of its bound](self#interval-rule-per-cue).
    pub quantity: Quantity,
    /// Whether the wording made it approximate ("about", "près de", "約").
    pub approximate: bool,
    /// The text of the span, as in the original.
    pub text: String,
    /// How the wording bounds it.
    pub bound: Bound,
    /// The figure(s) as written, before the bound's rule: `[16000000,
    /// 16000000]` for "more than 16 million", both ends for a range.
    pub written: Quantity,
    /// Ambiguities met while reading it.
    pub diagnostics: Vec<Diagnostic>,
    /// Where the unit written after the figure is ("people" in "more than
    /// 16 million people", "of users" with its connector), if there is one.
    pub unit_span: Option<Span>,
}

/// A numeral found in text, without cue or unit: the layer below
/// [`QuantityMatch`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct NumberMatch {
    /// Where it is written, in bytes of the original text.
    pub span: Span,
    /// Its value, scale words applied ("2 million" is 2000000).
    pub value: Number,
}

/// A unit named without a figure: "the dollar fell", "a small percent of
/// users", "the % of increase". It is no quantity (there is no value to
/// compare); [`unit_mentions`] reports it apart, so that a caller knows
/// money or a share is talked about.
///
/// ```
/// use corroborate::recognize::unit_mentions;
/// use corroborate::{Language, Unit};
///
/// let found = unit_mentions("A $20,000 fee in a multibillion-dollar deal.", Language::English);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].text, "dollar");
/// assert_eq!(found[0].unit, Unit::currency("USD")?);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UnitMention {
    /// Where it is written, in bytes of the original text.
    pub span: Span,
    /// The unit named.
    pub unit: Unit,
    /// The text of the span, as in the original.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Fixed(Language),
    Auto,
}

/// A configured quantity recognizer; build one with
/// [`QuantityRecognizer::builder`] and reuse it across texts.
///
/// ```
/// use corroborate::Language;
/// use corroborate::recognize::QuantityRecognizer;
///
/// let recognizer = QuantityRecognizer::builder()
///     .language(Language::Japanese)
///     .max_digits(20)
///     .build();
/// let found = recognizer.find("約1600万件の個人情報");
/// assert_eq!(found[0].text, "約1600万件");
/// let (found, rejected) = recognizer.find_with_rejections("ID 123456789012345678901234567890");
/// assert!(found.is_empty());
/// assert_eq!(rejected[0].offset(), Some(3));
/// ```
pub struct QuantityRecognizer {
    mode: Mode,
    max_digits: usize,
    lexicons: Vec<(Language, Lexicon)>,
}

impl std::fmt::Debug for QuantityRecognizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuantityRecognizer")
            .field("mode", &self.mode)
            .field("max_digits", &self.max_digits)
            .finish()
    }
}

/// Configures a [`QuantityRecognizer`].
#[derive(Clone, Debug)]
pub struct QuantityRecognizerBuilder {
    mode: Mode,
    max_digits: usize,
}

impl Default for QuantityRecognizerBuilder {
    fn default() -> Self {
        QuantityRecognizerBuilder {
            mode: Mode::Auto,
            max_digits: DEFAULT_MAX_DIGITS,
        }
    }
}

impl QuantityRecognizerBuilder {
    /// Reads every text in `language`.
    pub fn language(mut self, language: Language) -> Self {
        self.mode = Mode::Fixed(language);
        self
    }

    /// Detects the language of each line with [`crate::lang::detect`]
    /// (the default); a line with no clue keeps the previous line's
    /// language (English at the start, and for an ASCII line after a
    /// Japanese one).
    pub fn auto_detect(mut self) -> Self {
        self.mode = Mode::Auto;
        self
    }

    /// The most digits one numeral may have (default
    /// [`DEFAULT_MAX_DIGITS`]); longer numerals give no match and are
    /// reported by [`QuantityRecognizer::find_with_rejections`].
    /// At least 1.
    pub fn max_digits(mut self, max_digits: usize) -> Self {
        self.max_digits = max_digits.max(1);
        self
    }

    /// The recognizer.
    pub fn build(self) -> QuantityRecognizer {
        let languages: &[Language] = match self.mode {
            Mode::Fixed(l) => &[l][..],
            Mode::Auto => &[Language::English, Language::French, Language::Japanese],
        };
        let lexicons = languages
            .iter()
            .map(|&l| (l, Lexicon::new(for_language(l))))
            .collect();
        QuantityRecognizer {
            mode: self.mode,
            max_digits: self.max_digits,
            lexicons,
        }
    }
}

impl QuantityRecognizer {
    /// A recognizer for `language` with the default settings.
    pub fn new(language: Language) -> QuantityRecognizer {
        QuantityRecognizer::builder().language(language).build()
    }

    /// A builder, by default detecting the language per line.
    pub fn builder() -> QuantityRecognizerBuilder {
        QuantityRecognizerBuilder::default()
    }

    /// Every quantity in `text`, sorted by position, never overlapping.
    pub fn find(&self, text: &str) -> Vec<QuantityMatch> {
        self.find_with_rejections(text).0
    }

    /// Every quantity, and an error for each numeral skipped because it
    /// was too long or its value overflowed.
    pub fn find_with_rejections(&self, text: &str) -> (Vec<QuantityMatch>, Vec<Error>) {
        let mut found = Vec::new();
        let mut rejected = Vec::new();
        self.each_segment(text, |lex, offset, segment| {
            self.find_in(lex, segment, offset, &mut found, &mut rejected);
        });
        (found, rejected)
    }

    /// Every numeral in `text` without cues or units, sorted, not
    /// overlapping.
    pub fn numbers(&self, text: &str) -> Vec<NumberMatch> {
        let mut out = Vec::new();
        self.each_segment(text, |lex, offset, segment| {
            let norm = Normalized::new(segment);
            let scanner = Scanner {
                lex,
                max_digits: self.max_digits,
            };
            let (nums, _) = scanner.scan(&norm.text);
            for n in nums.iter().filter(|n| !n.too_long) {
                if n.id_like {
                    // A date, phone number or version: its parts are
                    // numbers, the whole is not.
                    let bytes = norm.text.as_bytes();
                    let mut k = n.start;
                    while k < n.end {
                        if !bytes[k].is_ascii_digit() {
                            k += 1;
                            continue;
                        }
                        let run = bytes[k..n.end]
                            .iter()
                            .take_while(|b| b.is_ascii_digit())
                            .count();
                        if let Ok(value) = norm.text[k..k + run].parse::<i64>() {
                            out.push(NumberMatch {
                                span: Span {
                                    start: offset + norm.original(k),
                                    end: offset + norm.original(k + run),
                                },
                                value: Number::from(value),
                            });
                        }
                        k += run;
                    }
                    continue;
                }
                if let Some(value) = n.value.to_number() {
                    out.push(NumberMatch {
                        span: Span {
                            start: offset + norm.original(n.start),
                            end: offset + norm.original(n.end),
                        },
                        value,
                    });
                }
            }
        });
        out
    }

    /// Every unit named without a figure in `text` (words and signs that
    /// stand alone, outside every quantity [`find`](Self::find) returns),
    /// sorted by position. Only the words a language lists as safe count:
    /// English "pound" and "yen" alone are not read as money.
    pub fn unit_mentions(&self, text: &str) -> Vec<UnitMention> {
        let taken: Vec<Span> = self.find(text).into_iter().map(|m| m.span).collect();
        let mut out = Vec::new();
        self.each_segment(text, |lex, offset, segment| {
            for (span, unit) in mention::find_in(&lex.mentions, segment, offset, &taken) {
                if let Some(unit) = unit_of(unit) {
                    out.push(UnitMention {
                        span,
                        unit,
                        text: text[span.start..span.end].to_owned(),
                    });
                }
            }
        });
        out
    }

    fn lexicon(&self, language: Language) -> &Lexicon {
        self.lexicons
            .iter()
            .find(|(l, _)| *l == language)
            .map_or(&self.lexicons[0].1, |(_, lex)| lex)
    }

    fn each_segment(&self, text: &str, mut f: impl FnMut(&Lexicon, usize, &str)) {
        match self.mode {
            Mode::Fixed(l) => f(self.lexicon(l), 0, text),
            Mode::Auto => {
                let mut language = Language::English;
                let mut offset = 0;
                for line in text.split_inclusive('\n') {
                    match detect_line(line) {
                        Some(l) => language = l,
                        // Latin words without a clue after a Japanese line:
                        // English is the better guess.
                        None if language == Language::Japanese
                            && line.bytes().any(|b| b.is_ascii_alphabetic())
                            && line.is_ascii() =>
                        {
                            language = Language::English;
                        }
                        None => {}
                    }
                    f(self.lexicon(language), offset, line);
                    offset += line.len();
                }
            }
        }
    }

    fn find_in(
        &self,
        lex: &Lexicon,
        text: &str,
        offset: usize,
        found: &mut Vec<QuantityMatch>,
        rejected: &mut Vec<Error>,
    ) {
        let norm = Normalized::new(text);
        let scanner = Scanner {
            lex,
            max_digits: self.max_digits,
        };
        let (nums, too_long) = scanner.scan(&norm.text);
        for t in too_long {
            rejected.push(crate::limits::too_many_digits(
                self.max_digits,
                t.digits,
                offset + norm.original(t.start),
            ));
        }
        for e in expr::assemble(lex, &norm.text, &nums) {
            let start = norm.original(e.start);
            let end = norm.original(e.end);
            let span = Span {
                start: offset + start,
                end: offset + end,
            };
            let unit = e.unit.and_then(unit_of);
            let built = interval(e.bound, e.lo, e.hi, (e.lo_strict, e.hi_strict)).and_then(
                |(min, max, wmin, wmax)| {
                    let q = Quantity::new(min, max, unit.clone()).ok()?;
                    let w = Quantity::new(Some(wmin), Some(wmax), unit.clone()).ok()?;
                    Some((q, w))
                },
            );
            let Some((quantity, written)) = built else {
                rejected.push(Error::invalid_value_at(
                    format!("expected a finite number, found `{}`", &text[start..end]),
                    span.start,
                ));
                continue;
            };
            let diagnostics = e
                .diagnostics
                .into_iter()
                .map(|d| match d {
                    Diagnostic::AmbiguousSeparator {
                        offset: o,
                        read_as_decimal,
                    } => Diagnostic::AmbiguousSeparator {
                        offset: offset + norm.original(o),
                        read_as_decimal,
                    },
                    Diagnostic::ForeignDecimalSeparator { offset: o } => {
                        Diagnostic::ForeignDecimalSeparator {
                            offset: offset + norm.original(o),
                        }
                    }
                })
                .collect();
            found.push(QuantityMatch {
                span,
                value_span: Span {
                    start: offset + norm.original(e.value_start),
                    end: offset + norm.original(e.value_end),
                },
                quantity,
                approximate: e.approximate,
                text: text[start..end].to_owned(),
                bound: e.bound,
                written,
                diagnostics,
                unit_span: e.unit_at.map(|(a, b)| Span {
                    start: offset + norm.original(a),
                    end: offset + norm.original(b),
                }),
            });
        }
    }
}

/// The language of one line: kana settle it at once (a byte scan);
/// otherwise the start of the line goes to [`crate::lang::detect`], as
/// reading all of it would cost more than recognizing its quantities.
fn detect_line(line: &str) -> Option<Language> {
    // Hiragana and katakana are U+3040..U+30FF: E3 81 80 ..= E3 83 BF.
    let kana = !line.is_ascii()
        && line
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == 0xE3 && (0x81..=0x83).contains(&w[1]));
    if kana {
        return Some(Language::Japanese);
    }
    let mut head = line.len().min(160);
    while !line.is_char_boundary(head) {
        head -= 1;
    }
    crate::lang::detect(&line[..head])
}

fn unit_of(u: UnitWord) -> Option<Unit> {
    match u {
        UnitWord::Persons => Some(Unit::Persons),
        UnitWord::Records => Some(Unit::Records),
        UnitWord::Bytes(_) => Some(Unit::Bytes),
        UnitWord::Percent | UnitWord::Tenths => Some(Unit::Percent),
        UnitWord::Currency(code) => Unit::currency(code).ok(),
        UnitWord::Organizations => Some(Unit::Organizations),
        UnitWord::Other(name) => Some(Unit::Other(name.to_owned())),
        UnitWord::Counter => None,
    }
}

fn step(n: Number, up: bool) -> Number {
    match n.as_i64().filter(|_| n.is_integer()) {
        Some(i) => Number::from(if up {
            i.saturating_add(1)
        } else {
            i.saturating_sub(1)
        }),
        None => n,
    }
}

fn below(n: Number) -> Number {
    match n.as_i64().filter(|_| n.is_integer()) {
        Some(i) => Number::from(i.saturating_sub(1)),
        None => {
            let f = n.as_f64();
            Number::try_from(f - (f.abs() * 1e-12).max(f64::MIN_POSITIVE)).unwrap_or(n)
        }
    }
}

/// A tenth of `n`: integer division for integers.
fn margin(n: Number) -> (Number, Number) {
    match n.as_i64().filter(|_| n.is_integer()) {
        Some(i) => {
            let m = i.unsigned_abs() / 10;
            let m = i64::try_from(m).unwrap_or(i64::MAX);
            (
                Number::from(i.saturating_sub(m)),
                Number::from(i.saturating_add(m)),
            )
        }
        None => {
            let f = n.as_f64();
            let m = f.abs() / 10.0;
            (
                Number::try_from(f - m).unwrap_or(n),
                Number::try_from(f + m).unwrap_or(n),
            )
        }
    }
}

/// The interval rule: `(min, max, written min, written max)`.
#[allow(clippy::type_complexity)]
fn interval(
    bound: Bound,
    lo: Amount,
    hi: Amount,
    (lo_strict, hi_strict): (bool, bool),
) -> Option<(Option<Number>, Option<Number>, Number, Number)> {
    let a = lo.to_number()?;
    let b = hi.to_number()?;
    Some(match bound {
        Bound::Exact => (Some(a), Some(a), a, a),
        Bound::Range => {
            let min = if lo_strict { step(a, true) } else { a };
            let max = if hi_strict { step(b, false) } else { b };
            if min > max {
                (Some(a), Some(b), a, b)
            } else {
                (Some(min), Some(max), a, b)
            }
        }
        Bound::MoreThan => (Some(step(a, true)), None, a, a),
        Bound::AtLeast => (Some(a), None, a, a),
        Bound::LessThan => (None, Some(step(a, false)), a, a),
        Bound::AtMost => (None, Some(a), a, a),
        Bound::About => {
            let (l, h) = margin(a);
            (Some(l), Some(h), a, a)
        }
        Bound::Nearly => {
            let (l, _) = margin(a);
            let h = below(a);
            if l <= h {
                (Some(l), Some(h), a, a)
            } else {
                (Some(h), Some(h), a, a)
            }
        }
    })
}

/// Every quantity in `text` written in `language`, sorted by position,
/// never overlapping. See the [module docs](self) for what is read and how.
pub fn quantities(text: &str, language: Language) -> Vec<QuantityMatch> {
    QuantityRecognizer::new(language).find(text)
}

/// Every unit named without a figure in `text` written in `language`
/// ("the dollar fell", "a small percent"); see [`UnitMention`].
pub fn unit_mentions(text: &str, language: Language) -> Vec<UnitMention> {
    QuantityRecognizer::new(language).unit_mentions(text)
}

/// Every quantity in `text`, detecting the language of each line with
/// [`crate::lang::detect`] (English when a line gives no clue).
///
/// ```
/// let found = corroborate::recognize::quantities_auto("約1600万件\nabout 16 million people");
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[1].text, "about 16 million people");
/// ```
pub fn quantities_auto(text: &str) -> Vec<QuantityMatch> {
    QuantityRecognizer::builder()
        .auto_detect()
        .build()
        .find(text)
}

/// Every numeral in `text`, without cues or units: the layer the
/// quantities are built on. Years and list numbers are returned here;
/// dates, versions and phone-like chains are not.
pub fn numbers(text: &str, language: Language) -> Vec<NumberMatch> {
    QuantityRecognizer::new(language).numbers(text)
}
