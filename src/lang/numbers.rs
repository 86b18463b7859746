//! The common numbers trait: what a language must say about how it writes
//! numbers, bounds and units, as data tables.
//!
//! The quantity recognizer (`crate::recognize::quantities`) is one engine
//! for every language; everything language-specific reaches it through
//! [`NumberLanguage`]. Number words are **hand-written data tables** in
//! `src/lang/<code>/numbers.rs` (no number-word crate is used: text2num
//! covers English and French words but not kanji numerals, grouping
//! conventions, cues or units, and we need all of them in one place).
//!
//! # How to add a language
//!
//! 1. Create `src/lang/<code>/numbers.rs` with a unit struct (`German`) and
//!    implement [`NumberLanguage`] for it: the decimal separator, the group
//!    separators, the number words (`"zwei"` → `Value(2)`, `"hundert"` →
//!    `Hundred`, `"Million"` → `Scale(6)`), the scale words allowed after
//!    digits (`"Mio."`), the bound cues with their position
//!    (`"mehr als"` → `MoreThan`, before the number), the unit words
//!    (`"Personen"` → `Persons`), the range words (`"zwischen"`/`"und"`) and
//!    the words that mark a number as a non-quantity (month names, `"Seite"`).
//! 2. Add a `Language` variant and return the new struct from [`for_language`].
//! 3. Add a table test in that file, written in that language, and run the
//!    conformance harness (`tests/conformance_numbers.rs`) if the peer suite
//!    covers the language.
//!
//! The engine itself never names a word of any language.

use crate::Language;

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// A value below 100 ("seven", "dix-sept" is two words: 10 then 7).
    Value(u32),
    /// Multiplies what precedes by 100 ("hundred", "cent").
    Hundred,
    /// Multiplies what precedes by 10^n and closes a group ("million" is 6).
    Scale(u8),
    /// An article that counts as one only before `Hundred`, `Scale` or
    /// `Dozen` ("a million").
    Article,
    /// A connector allowed between number words ("and", "et").
    And,
    /// Twelve of what precedes ("dozen", "douzaine").
    Dozen,
    /// Divides what precedes by this ("fifths" is 5, "tiers" 3): "three
    /// fifths", "a half", "un et demi".
    Fraction(u64),
    /// A decimal mark spelled out ("point", "virgule"): "two point five".
    Point,
}

/// How a cue word bounds the number it goes with. The interval each one
/// gives is documented on `crate::recognize::Bound`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Strictly more: "more than", "plus de", "超".
    MoreThan,
    /// At least: "at least", "au moins", "以上".
    AtLeast,
    /// Strictly less: "less than", "moins de", "未満".
    LessThan,
    /// At most: "up to", "jusqu'à", "最大".
    AtMost,
    /// Approximately, on either side: "about", "environ", "約".
    About,
    /// Approximately and below: "nearly", "près de", "近く".
    Nearly,
    /// Exactly: "equal to", "égal à", "に等しい". A bound after the number
    /// wins over it ("equal to 5000 or less").
    Equal,
}

/// Where a cue stands relative to its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// Written before the number ("more than 16 million").
    Before,
    /// Written after the number and its unit ("1600万人以上").
    After,
}

/// What a unit word means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitWord {
    /// People.
    Persons,
    /// Data items.
    Records,
    /// Bytes times 10^n ("GB" is `Bytes(9)`).
    Bytes(u8),
    /// Percent.
    Percent,
    /// Tenths, read as percent times ten (Japanese 割: 3割 is 30 %).
    Tenths,
    /// Money, by ISO 4217 code.
    Currency(&'static str),
    /// Organisations.
    Organizations,
    /// A unit the model has no variant for, by its `snake_case` name:
    /// minor currency units ("cents", "pence") and currencies whose
    /// country the word does not tell ("francs").
    Other(&'static str),
    /// A counter that confirms a number without naming a unit we model
    /// (Japanese 匹, 個, 台): the quantity's unit stays `None`.
    Counter,
}

/// The language knowledge the quantity recognizer needs, as data.
///
/// Every string is lower case (matching ignores case) unless the table says
/// otherwise; a space in a phrase matches any run of white space.
pub(crate) trait NumberLanguage: Sync {
    /// The decimal separator: `.` in English and Japanese, `,` in French.
    fn decimal_separator(&self) -> char;
    /// Separators between groups of three digits (after normalisation:
    /// no-break spaces are already plain spaces).
    fn group_separators(&self) -> &'static [char];
    /// Number words.
    fn words(&self) -> &'static [(&'static str, NumberWord)];
    /// Scale words after digits, with their power of ten, and whether they
    /// must be written with this exact case and glued to the digits
    /// (`"M"` in `10M`, but not `m` which is metres).
    fn scales(&self) -> &'static [(&'static str, u8, bool)];
    /// Bound cues.
    fn cues(&self) -> &'static [(&'static str, Cue, Position)];
    /// Unit words after the number.
    fn units_after(&self) -> &'static [(&'static str, UnitWord)];
    /// Unit words before the number (currency signs and codes).
    fn units_before(&self) -> &'static [(&'static str, UnitWord)];
    /// Words allowed between a number and its unit ("de", "of").
    fn unit_connectors(&self) -> &'static [&'static str];
    /// Range words: an opener (may be empty) and the word between the two
    /// numbers ("between" … "and", "" … "to").
    fn ranges(&self) -> &'static [(&'static str, &'static str)];
    /// Ranges that need a closing word: a middle and the closer after the
    /// second number (Japanese 20と30の間).
    fn closed_ranges(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }
    /// Words that may close any range (Japanese の間).
    fn range_closers(&self) -> &'static [&'static str] {
        &[]
    }
    /// Words after a number that make it a date, a time or a rank, not a
    /// quantity (month names, "年", "日").
    fn non_quantity_after(&self) -> &'static [&'static str];
    /// Words before a number that make it a reference, a date or a rank
    /// (month names in English, "section", "第").
    fn non_quantity_before(&self) -> &'static [&'static str];
    /// Words before a lone "one" that make it a pronoun ("the one").
    fn pronoun_determiners(&self) -> &'static [&'static str] {
        &[]
    }
    /// Unit words that name a unit without a figure ("the dollar fell",
    /// "a small percent"): reported apart as mentions, never as
    /// quantities. Leave out words more often meant otherwise ("pound").
    fn unit_mentions(&self) -> &'static [(&'static str, UnitWord)] {
        &[]
    }
    /// Words between a fraction and what it takes a part of ("two thirds
    /// of a million").
    fn fraction_of_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Words that join a lower and an upper bound into one range ("more
    /// than 10 and less than 20").
    fn bound_conjunctions(&self) -> &'static [&'static str] {
        &[","]
    }
    /// Words between two numbers that make a ratio ("one over three").
    fn ratio_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Words between two numbers that make a share, whose first number is
    /// at most the second ("one out of three"; "12 out of 10" is no share).
    fn share_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Words after a strict bound that make it inclusive ("less than 5000
    /// or equal").
    fn or_equal_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Minor currency units after a major amount, with the power of ten
    /// they divide by ("3 dollars 50 cents", "10円5銭", "5人民元と3角"),
    /// and the words that may join the two amounts.
    fn minor_units(&self) -> (&'static [(&'static str, u8)], &'static [&'static str]) {
        (&[], &[])
    }
    /// Words that end a clause right after a number (Japanese です): a
    /// minor currency amount without its unit may stand before them
    /// (100ユーロと30です).
    fn copulas(&self) -> &'static [&'static str] {
        &[]
    }
    /// Units of measure: a number before one is a dimension (a length, a
    /// volume), not a count, and is dropped ("29 km" glued is dropped by
    /// the engine already).
    fn measures(&self) -> &'static [&'static str] {
        &[]
    }
    /// Words that, right after a cue that follows a number, show the cue
    /// starts another comparison ("or less than 6000": "than").
    fn after_cue_blockers(&self) -> &'static [&'static str] {
        &[]
    }
    /// Words that make the number after them negative ("minus").
    fn minus_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// The multipliers a hundred word takes are below this. English says
    /// "twenty-five hundred" (2500); French "cent" takes 2 to 19 ("deux
    /// cents", "douze cents"), so "quarante-cinq cents" after an amount is
    /// 45 cents, not 4500.
    fn hundred_multiplier_limit(&self) -> u64 {
        100
    }
    /// What, right after a lone kanji digit, makes a word with it rather
    /// than a number (Japanese 二次 "secondary", 一次 "primary").
    fn word_suffixes(&self) -> &'static [&'static str] {
        &[]
    }
    /// Whether numerals are written with kanji (一千六百万) and scale
    /// characters that glue to digits (1644万4373).
    fn kanji_numerals(&self) -> bool {
        false
    }
    /// Whether word boundaries exist (false for Japanese: no spaces).
    fn has_word_boundaries(&self) -> bool {
        true
    }
}

/// The number knowledge of `language`.
pub(crate) fn for_language(language: Language) -> &'static dyn NumberLanguage {
    match language {
        Language::English => &super::en::numbers::English,
        Language::French => &super::fr::numbers::French,
        Language::Japanese => &super::ja::numbers::Japanese,
    }
}
