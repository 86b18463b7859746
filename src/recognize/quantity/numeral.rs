//! Numerals: digits with their grouping and decimal conventions, scale
//! words, number words and kanji numerals, found in normalised text.
//!
//! This layer knows nothing of cues or units; `expr` builds quantities on
//! top of it.

use crate::hash::FnvHashMap;

use super::Diagnostic;
use super::amount::Amount;
use super::phrase::{FirstChars, PhraseSet};
use crate::lang::numbers::{Cue, NumberLanguage, NumberWord, Position, UnitWord};

/// A numeral found in normalised text (offsets are normalised ones).
#[derive(Clone, Debug)]
pub(crate) struct Numeral {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: Amount,
    /// The value before a scale word (`10` in `10 million`), and the power.
    pub(crate) unscaled: Amount,
    pub(crate) scale: u8,
    pub(crate) kind: Kind,
    /// Part of a date, time, phone number, version or fraction
    /// (`12/12/2025`, `1.2.3`, `+33 1`): never a quantity.
    pub(crate) id_like: bool,
    /// Plain digits without grouping or decimals (`2023`).
    pub(crate) plain_digits: Option<usize>,
    /// A fraction written with a slash (`3/4`, `2 1/4`): a number, but
    /// too easily a date to be a quantity.
    pub(crate) fraction: bool,
    /// Skipped for exceeding the digit limit.
    pub(crate) too_long: bool,
    /// A lone word worth one ("un", "one"), often an article or pronoun.
    pub(crate) lone_one: bool,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Digits,
    Words,
    Kanji,
    /// Numerals spelled in hiragana (きゅうじゅうなな).
    Kana,
}

/// How many parts of a separated chain (`12.12.2025`, `1,2,3`) are looked
/// at: more than any date, time, version or phone number has.
const MAX_CHAIN_PARTS: usize = 16;

/// A numeral rejected for exceeding the configured digit limit.
#[derive(Clone, Debug)]
pub(crate) struct TooLong {
    pub(crate) start: usize,
    pub(crate) digits: usize,
}

/// One language's tables, indexed for the scanner.
pub(crate) struct Lexicon {
    pub(crate) lang: &'static dyn NumberLanguage,
    words: FnvHashMap<&'static str, NumberWord>,
    longest_word: usize,
    /// One more than the letters of the longest number word or scale: a
    /// word read this far and still going matches neither table.
    pub(crate) word_limit: usize,
    /// The first characters of the minus words, lower-cased (ASCII): a
    /// cheap filter before comparing each minus word at every word of a
    /// text (a first byte would not do: every kana starts with the byte of
    /// マ in マイナス). `None` when a minus word is empty, which matches
    /// anywhere.
    minus_first: Option<Vec<char>>,
    /// Bit `c - 'a'` is set when a number word starts with ASCII `c`.
    first_letters: u32,
    /// Bit `n` of entry `b` is set when a number word of `n` bytes (below
    /// 64) starts with the byte `b`: most words of a text are ruled out by
    /// it before being lowered and hashed.
    shapes: [u64; 256],
    /// Scale words by their length in bytes, longest first within a
    /// length as in the language's table: a scale matches only a word of
    /// its length ([`word_eq`]).
    scales_by_len: Vec<Vec<(&'static str, u8, bool)>>,
    pub(crate) units_after: PhraseSet<UnitWord>,
    pub(crate) units_before: PhraseSet<UnitWord>,
    pub(crate) cues_before: PhraseSet<Cue>,
    pub(crate) cues_after: PhraseSet<Cue>,
    pub(crate) not_before: PhraseSet<()>,
    pub(crate) not_after: PhraseSet<()>,
    /// Units named without a figure ("the dollar fell").
    pub(crate) mentions: PhraseSet<UnitWord>,
    units_after_words: Vec<&'static str>,
    /// The first characters of the words between the two figures of a
    /// range ("to", "〜").
    pub(crate) range_middles: FirstChars,
    measures: PhraseSet<()>,
}

impl Lexicon {
    pub(crate) fn new(lang: &'static dyn NumberLanguage) -> Lexicon {
        let mut scales = lang.scales().to_vec();
        // Longest first, so that `mln` wins over `m`.
        scales.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        let cues = |p: Position| -> Vec<(&'static str, Cue)> {
            lang.cues()
                .iter()
                .filter(|c| c.2 == p)
                .map(|c| (c.0, c.1))
                .collect()
        };
        let unit = |w: &[&'static str]| -> Vec<(&'static str, ())> {
            w.iter().map(|&w| (w, ())).collect()
        };
        Lexicon {
            lang,
            words: lang.words().iter().copied().collect(),
            longest_word: lang.words().iter().map(|w| w.0.len()).max().unwrap_or(0),
            word_limit: 1 + lang
                .words()
                .iter()
                .map(|w| w.0.len())
                .chain(lang.scales().iter().map(|s| s.0.len()))
                .max()
                .unwrap_or(0),
            shapes: {
                let mut shapes = [0u64; 256];
                for (w, _) in lang.words() {
                    if let Some(&b) = w.as_bytes().first() {
                        if w.len() < 64 {
                            shapes[usize::from(b)] |= 1 << w.len();
                        }
                    }
                }
                shapes
            },
            first_letters: lang
                .words()
                .iter()
                .filter_map(|w| w.0.bytes().next())
                .filter(u8::is_ascii_lowercase)
                .fold(0, |bits, b| bits | 1 << (b - b'a')),
            minus_first: lang
                .minus_words()
                .iter()
                .map(|w| w.chars().next().map(|c| c.to_ascii_lowercase()))
                .collect(),
            scales_by_len: {
                let mut by_len =
                    vec![Vec::new(); scales.iter().map(|s| s.0.len() + 1).max().unwrap_or(0)];
                for &scale in &scales {
                    by_len[scale.0.len()].push(scale);
                }
                by_len
            },
            units_after: PhraseSet::new(lang.units_after()),
            units_before: PhraseSet::new(lang.units_before()),
            cues_before: PhraseSet::new(&cues(Position::Before)),
            cues_after: PhraseSet::new(&cues(Position::After)),
            not_before: PhraseSet::new(&unit(lang.non_quantity_before())),
            not_after: PhraseSet::new(&unit(lang.non_quantity_after())),
            mentions: PhraseSet::new(lang.unit_mentions()),
            units_after_words: lang.units_after().iter().map(|u| u.0).collect(),
            range_middles: FirstChars::new(
                lang.ranges()
                    .iter()
                    .map(|r| r.1)
                    .chain(lang.closed_ranges().iter().map(|r| r.0)),
            ),
            measures: PhraseSet::new(&unit(lang.measures())),
        }
    }

    /// The power of the first scale word (longest first) that `w` is.
    pub(crate) fn scale(&self, w: &str) -> Option<u8> {
        self.scales_by_len
            .get(w.len())?
            .iter()
            .find(|(t, _, exact)| word_eq(w, t, *exact))
            .map(|s| s.1)
    }

    pub(crate) fn word(&self, lower: &str) -> Option<NumberWord> {
        if lower.len() > self.longest_word {
            return None;
        }
        self.words.get(lower).copied()
    }

    /// Whether a number word may start with `c` (a cheap filter before
    /// lower-casing and hashing a word).
    pub(crate) fn may_start_word(&self, c: char) -> bool {
        let c = c.to_ascii_lowercase();
        !c.is_ascii() || self.first_letters & (1u32 << ((c as u32).wrapping_sub(97) & 31)) != 0
    }

    /// Whether `word` (any case) is a number word.
    pub(crate) fn is_number_word(&self, word: &str) -> bool {
        self.word_any_case(word).is_some()
    }

    /// The number word `word` is, in any case. ASCII words are lowered on
    /// the stack: this runs next to most numerals of a text.
    pub(crate) fn word_any_case(&self, word: &str) -> Option<NumberWord> {
        if word.len() > self.longest_word {
            return None;
        }
        self.word_lower(word)
    }

    /// The number word `word` is once lowered as [`lowercase_into`]
    /// lowers it, without allocating: this runs at most words next to a
    /// numeral. No entry is 64 bytes long, so a word that lowers to more
    /// is none.
    pub(crate) fn word_lower(&self, word: &str) -> Option<NumberWord> {
        let mut buf = [0u8; 64];
        if word.is_ascii() {
            if let Some(&b) = word.as_bytes().first() {
                let shape = self.shapes[usize::from(b.to_ascii_lowercase())];
                if word.len() < 64 && shape & (1 << word.len()) == 0 {
                    return None;
                }
            }
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return self.word(word);
            }
            let lower = buf.get_mut(..word.len())?;
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return self.word(std::str::from_utf8(lower).ok()?);
        }
        // Letters of Latin-1 (all bytes below C4) lower to letters of the
        // same length: the same test by first byte and length holds.
        if word.len() < 64 && word.bytes().all(|b| b < 0xC4) {
            let first = word.chars().next().map(super::phrase::lower);
            let mut lead = [0u8; 4];
            if let Some(c) = first {
                let lead = c.encode_utf8(&mut lead).as_bytes()[0];
                if self.shapes[usize::from(lead)] & (1 << word.len()) == 0 {
                    return None;
                }
            }
        }
        let mut n = 0;
        let mut push = |l: char| -> Option<()> {
            let e = n + l.len_utf8();
            l.encode_utf8(buf.get_mut(n..e)?);
            n = e;
            Some(())
        };
        // One lowering for every table look-up (a letter whose lower case
        // is two characters, İ, stays as it is: no number word has it).
        for c in word.chars() {
            push(super::phrase::lower(c))?;
        }
        self.word(std::str::from_utf8(&buf[..n]).ok()?)
    }

    /// A scale written apart from its digits, after `at`: a scale word
    /// after a currency ("75 USD million") or, with kanji numerals, a big
    /// scale after a space (`$ 48.2 万`, `7 万 円`).
    pub(crate) fn scale_after(&self, s: &str, at: usize) -> Option<(u8, usize)> {
        let k = skip_spaces(s, at);
        let c = char_at(s, k)?;
        if self.lang.kanji_numerals() {
            return big_scale(c).map(|p| (p, k + c.len_utf8()));
        }
        if k == at || !c.is_alphabetic() {
            return None;
        }
        let end = word_end_within(s, k, self.word_limit);
        match self.word_any_case(&s[k..end]) {
            Some(NumberWord::Scale(p)) if p >= 3 => Some((p, end)),
            _ => None,
        }
    }

    /// The end of the word at `k`, or `None` when it is longer than any
    /// number word or scale (in bytes) and so matches none: the same
    /// answer as reading it with [`word_end_within`] up to `word_limit`
    /// letters and looking it up, without walking a long run of kanji or
    /// kana letter by letter after every numeral.
    pub(crate) fn short_word_end(&self, s: &str, k: usize) -> Option<usize> {
        let bytes = s.as_bytes();
        let max = k + self.word_limit - 1;
        let mut j = k;
        while let Some(&b) = bytes.get(j) {
            let len = if b < 0x80 {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                1
            } else {
                match char_at(s, j) {
                    Some(c) if c.is_alphabetic() => c.len_utf8(),
                    _ => break,
                }
            };
            if j + len > max {
                return None;
            }
            j += len;
        }
        Some(j)
    }

    /// A currency code with `M` for million glued before it, as in
    /// financial reports: `MUSD`, `MEUR`, `MGBP`.
    pub(crate) fn mega_currency(&self, word: &str) -> Option<UnitWord> {
        let code = word.strip_prefix('M')?;
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let lower = code.to_ascii_lowercase();
        self.lang
            .units_after()
            .iter()
            .chain(self.lang.units_before())
            .find(|(w, u)| *w == lower && matches!(u, UnitWord::Currency(_)))
            .map(|&(_, u)| u)
    }

    pub(crate) fn has_unit_after(&self, glued: &str) -> bool {
        self.units_after_words
            .iter()
            .any(|w| glued.eq_ignore_ascii_case(w))
    }
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

fn hiragana_end(s: &str, i: usize) -> usize {
    let mut j = i;
    for c in s[i..].chars() {
        if !is_hiragana(c) {
            break;
        }
        j += c.len_utf8();
    }
    j
}

/// Hiragana readings of Japanese numerals, as the kanji they stand for;
/// sound changes (びゃく, っ) included. Longest first at each position.
const KANA_READINGS: &[(&str, char)] = &[
    ("きゅう", '九'),
    ("じゅう", '十'),
    ("じゅっ", '十'),
    ("ひゃく", '百'),
    ("びゃく", '百'),
    ("ぴゃく", '百'),
    ("ちょう", '兆'),
    ("ぜろ", '〇'),
    ("れい", '〇'),
    ("いち", '一'),
    ("いっ", '一'),
    ("さん", '三'),
    ("よん", '四'),
    ("ろく", '六'),
    ("ろっ", '六'),
    ("なな", '七'),
    ("しち", '七'),
    ("はち", '八'),
    ("はっ", '八'),
    ("じっ", '十'),
    ("せん", '千'),
    ("ぜん", '千'),
    ("まん", '万'),
    ("おく", '億'),
    ("に", '二'),
    ("し", '四'),
    ("ご", '五'),
    ("く", '九'),
];

/// The single-character fractions: ½, ⅔, ¾ …
fn vulgar_fraction(c: char) -> Option<f64> {
    let (n, d) = match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    };
    Some(f64::from(n) / f64::from(d))
}

fn is_kanji_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' | '壱' => 1,
        '二' | '弐' => 2,
        '三' | '参' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn small_multiplier(c: char) -> Option<u8> {
    Some(match c {
        '十' | '拾' => 1,
        '百' => 2,
        '千' => 3,
        _ => return None,
    })
}

fn big_scale(c: char) -> Option<u8> {
    Some(match c {
        '万' | '萬' => 4,
        '億' => 8,
        '兆' => 12,
        '京' => 16,
        _ => return None,
    })
}

pub(crate) fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|t| t.chars().next_back())
}

fn digit_run(s: &str, i: usize) -> usize {
    s.as_bytes()[i..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// The end of the alphabetic run starting at `i`.
/// The end of the run of Latin letters starting at `i` (letters glued to
/// digits: `10k`, `4th`; not the kana of 3.2kパーセント).
pub(crate) fn latin_word_end(s: &str, i: usize) -> usize {
    let mut j = i;
    for c in s[i..].chars() {
        if (c as u32) < 0x2000 && c.is_alphabetic() {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j
}

/// The end of the word starting at `i`, or of its first `max` letters.
///
/// Looking a word up in a table only needs as many letters as the longest
/// entry, plus one to tell that it goes on; walking a run of letters to
/// its end from every numeral before it would be quadratic on hostile
/// input (a line of ten thousand kanji digits is one run of letters read
/// as hundreds of numerals).
pub(crate) fn word_end_within(s: &str, i: usize, max: usize) -> usize {
    let mut j = i;
    for c in s[i..].chars().take(max) {
        if !c.is_alphabetic() {
            break;
        }
        j += c.len_utf8();
    }
    j
}

pub(crate) fn word_end(s: &str, i: usize) -> usize {
    // ASCII letters first, byte by byte; decode only past them.
    let bytes = s.as_bytes();
    let mut j = i;
    while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j < bytes.len() && bytes[j] < 0x80 {
        return j;
    }
    for c in s[j..].chars() {
        if c.is_alphabetic() {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j
}

fn lowercase_into(buf: &mut String, word: &str) {
    buf.clear();
    for c in word.chars() {
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else if c >= '\u{3000}' {
            buf.push(c);
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

/// Scans the whole normalised text for numerals, in order, not
/// overlapping.
pub(crate) struct Scanner<'l> {
    pub(crate) lex: &'l Lexicon,
    pub(crate) max_digits: usize,
}

struct DigitCore {
    value: Amount,
    end: usize,
    digits: usize,
    plain: bool,
    diagnostics: Vec<Diagnostic>,
}

impl Scanner<'_> {
    pub(crate) fn scan(&self, s: &str) -> (Vec<Numeral>, Vec<TooLong>) {
        // A line of news has a few numerals: room for them at once, rather
        // than growing the vector one, two, four, eight.
        let mut out = Vec::with_capacity(8);
        let mut too_long = Vec::new();
        let bytes = s.as_bytes();
        let kanji = self.lex.lang.kanji_numerals();
        let decimal = self.lex.lang.decimal_separator() as u8;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // Most bytes of a text start nothing: ASCII other than digits,
            // signs, letters and the decimal separator.
            if b < 0x80 && !b.is_ascii_alphanumeric() && b != decimal && b != b'-' && b != b'+' {
                i += 1;
                continue;
            }
            // A decimal part without its zero: ".08" (",08" in French).
            if b == decimal
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && !char_before(s, i).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
            {
                let r = digit_run(s, i + 1);
                let after = i + 1 + r;
                let glued =
                    char_at(s, after).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',');
                if !glued && r <= self.max_digits {
                    let mant: i128 = s[i + 1..after].parse().unwrap_or(0);
                    let mut n = self.placeholder(i, after);
                    n.value = Amount::Dec(mant, -(r as i32));
                    n.unscaled = n.value;
                    out.push(n);
                }
                i = after;
                continue;
            }
            // A character beyond ASCII, decoded once.
            let wide = (b >= 0x80).then(|| char_at(s, i).unwrap_or(' '));
            if let Some(v) = wide.and_then(vulgar_fraction) {
                let len = wide.map_or(1, char::len_utf8);
                let mut n = self.placeholder(i, i + len);
                n.value = Amount::Float(v);
                n.unscaled = n.value;
                n.fraction = true;
                out.push(n);
                i += len;
                continue;
            }
            if b.is_ascii_digit()
                || ((b == b'-' || b == b'+')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    // A doubled sign ("--9") is a dash, not a minus.
                    && !char_before(s, i).is_some_and(|c| {
                        ((c as u32) < 0x2000 && c.is_alphanumeric()) || c == '-' || c == '+'
                    }))
            {
                let r = if kanji {
                    self.kanji(s, i, &mut too_long)
                        .map(|n| self.ja_extend(s, n))
                } else {
                    self.digits(s, i, &mut too_long)
                };
                match r {
                    Some(n) => {
                        i = n.end;
                        if !self.is_measure(s, &n) {
                            out.push(n);
                        }
                    }
                    None => {
                        // Skip the digits and any glued letters.
                        i += 1;
                        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric()) {
                            i += 1;
                        }
                    }
                }
                continue;
            }
            if b.is_ascii() && !b.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let c = wide.unwrap_or(char::from(b));
            if let Some(n) = self
                .may_start_minus(c)
                .then(|| self.minus(s, i, &mut too_long))
                .flatten()
            {
                i = n.end;
                out.push(n);
                continue;
            }
            if kanji && is_hiragana(c) {
                let run = hiragana_end(s, i);
                if let Some(n) = self.kana(s, i, run, &mut too_long) {
                    out.push(n);
                }
                i = run;
                continue;
            }
            if kanji && c == '半' {
                // 半ダース is six, 半分 a half.
                for (word, value) in [("半ダース", 6.0), ("半分", 0.5)] {
                    if s[i..].starts_with(word) {
                        let mut n = self.placeholder(i, i + word.len());
                        n.value = Amount::Float(value);
                        n.unscaled = n.value;
                        n.fraction = value < 1.0;
                        n.kind = Kind::Kanji;
                        out.push(n);
                        i += word.len() - c.len_utf8();
                        break;
                    }
                }
                i += c.len_utf8();
                continue;
            }
            if kanji && (is_kanji_digit(c).is_some() || small_multiplier(c).is_some()) {
                match self
                    .kanji(s, i, &mut too_long)
                    .map(|n| self.ja_extend(s, n))
                {
                    Some(n) => {
                        i = n.end;
                        if !self.is_word_part(s, &n) && !self.is_measure(s, &n) {
                            out.push(n);
                        }
                    }
                    None => i += c.len_utf8(),
                }
                continue;
            }
            if !kanji && c.is_alphabetic() {
                let end = word_end(s, i);
                if end - i <= self.lex.longest_word
                    && self.lex.may_start_word(c)
                    && !char_before(s, i).is_some_and(char::is_alphanumeric)
                    && self.lex.word_any_case(&s[i..end]).is_some()
                {
                    if let Some(n) = self.words(s, i) {
                        i = n.end;
                        // "the one you mentioned" is a pronoun.
                        let pronoun =
                            n.lone_one
                                && self.lex.lang.pronoun_determiners().iter().any(|w| {
                                    super::phrase::match_back(s, n.start, w, true).is_some()
                                });
                        if !pronoun {
                            out.push(n);
                        }
                        continue;
                    }
                }
                i = end.max(i + c.len_utf8());
                continue;
            }
            i += c.len_utf8();
        }
        (self.join_ratios(s, out), too_long)
    }

    /// "one over three", "1 sur 3": a ratio, when nothing but a number
    /// follows ("2000 over 3 years" is two numbers).
    fn join_ratios(&self, s: &str, mut nums: Vec<Numeral>) -> Vec<Numeral> {
        let words = self.lex.lang.ratio_words();
        let shares = self.lex.lang.share_words();
        if words.is_empty() && shares.is_empty() {
            return nums;
        }
        // In place: `nums[..kept]` are the numerals kept so far, the last
        // of which may take in the next one.
        let mut kept = 0;
        for r in 0..nums.len() {
            let (done, rest) = nums.split_at_mut(r);
            let n = &rest[0];
            if let Some(prev) = done[..kept].last_mut() {
                let between = &s[prev.end..n.start];
                let den = n.value.as_f64();
                let is = |w: &&str| between.trim().eq_ignore_ascii_case(w);
                let ratio = (words.iter().any(is)
                    || shares.iter().any(is) && prev.value.as_f64() <= den)
                    && between.starts_with(' ')
                    && between.ends_with(' ');
                let k = skip_spaces(s, n.end);
                let word_after = char_at(s, k).is_some_and(char::is_alphabetic);
                if ratio && !word_after && !prev.id_like && !n.id_like && den != 0.0 {
                    prev.value = Amount::Float(prev.value.as_f64() / den);
                    prev.unscaled = prev.value;
                    prev.end = n.end;
                    prev.fraction = true;
                    prev.plain_digits = None;
                    prev.lone_one = false;
                    continue;
                }
            }
            nums.swap(kept, r);
            kept += 1;
        }
        nums.truncate(kept);
        nums
    }

    /// Whether a minus word may start with `c`: minus words compare
    /// ignoring ASCII case, so their first character does too.
    fn may_start_minus(&self, c: char) -> bool {
        self.lex
            .minus_first
            .as_ref()
            .is_none_or(|first| first.contains(&c.to_ascii_lowercase()))
    }

    /// A minus word and the numeral it negates ("minus five", "マイナス一万").
    fn minus(&self, s: &str, i: usize, too_long: &mut Vec<TooLong>) -> Option<Numeral> {
        let word = self.lex.lang.minus_words().iter().find(|w| {
            s.get(i..i + w.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
        })?;
        let bounded = self.lex.lang.has_word_boundaries();
        if bounded && char_before(s, i).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let after = i + word.len();
        if bounded && char_at(s, after).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let k = skip_spaces(s, after);
        let c = char_at(s, k)?;
        let mut n = if c.is_ascii_digit() {
            if self.lex.lang.kanji_numerals() {
                let n = self.kanji(s, k, too_long)?;
                self.ja_extend(s, n)
            } else {
                self.digits(s, k, too_long)?
            }
        } else if self.lex.lang.kanji_numerals() {
            let n = self.kanji(s, k, too_long)?;
            self.ja_extend(s, n)
        } else if c.is_alphabetic() {
            self.words(s, k)?
        } else {
            return None;
        };
        if n.id_like {
            return None;
        }
        n.value = n.value.neg();
        n.unscaled = n.unscaled.neg();
        n.start = i;
        n.plain_digits = None;
        n.lone_one = false;
        Some(n)
    }

    /// Japanese forms that extend a numeral: a fraction `X分のY` (Y/X),
    /// a whole part before it `Aと X分のY`, and dozens `3ダース`.
    fn ja_extend(&self, s: &str, mut n: Numeral) -> Numeral {
        if n.id_like {
            return n;
        }
        // What is read here is only looked ahead at: a numeral too long
        // is never taken, and the scan reports it when it gets there.
        let mut scratch = Vec::new();
        let too_long = &mut scratch;
        let fraction_at =
            |at: usize, too_long: &mut Vec<TooLong>| -> Option<(Amount, Amount, usize)> {
                // Text spaced word by word keeps its spaces: 五 分の 一.
                let den = self.kanji(s, at, too_long)?;
                let mid = skip_spaces(s, den.end);
                if !s[mid..].starts_with("分の") || den.id_like {
                    return None;
                }
                let k = skip_spaces(s, mid + "分の".len());
                let num = self.kanji(s, k, too_long)?;
                if num.id_like || den.value.as_f64() == 0.0 {
                    return None;
                }
                Some((num.value, den.value, num.end))
            };
        let next = skip_spaces(s, n.end);
        if s[next..].starts_with("分の") {
            if let Some((num, den, end)) = fraction_at(n.start, too_long) {
                n.value = Amount::Float(num.as_f64() / den.as_f64());
                n.end = end;
                n.fraction = true;
                n.plain_digits = None;
                return n;
            }
        } else if s[next..].starts_with('と') {
            let at = skip_spaces(s, next + 'と'.len_utf8());
            if let Some((num, den, end)) = fraction_at(at, too_long) {
                let whole = n.value.as_f64();
                let part = num.as_f64() / den.as_f64();
                n.value = Amount::Float(if whole < 0.0 {
                    whole - part
                } else {
                    whole + part
                });
                n.end = end;
                n.fraction = true;
                n.plain_digits = None;
                return n;
            }
            // Dozens added to a count: 三百と二ダース is 324.
            if let Some(d) = self
                .kanji(s, at, too_long)
                .filter(|d| !d.id_like && s[d.end..].starts_with("ダース"))
            {
                n.value = n.value.add(d.value.mul_int(12));
                n.end = d.end + "ダース".len();
                n.plain_digits = None;
                return n;
            }
        }
        // Powers: 1.1の23乗 (1.1^23), 12.32×10の14乗 (12.32 × 10^14).
        let power_at = |at: usize, too_long: &mut Vec<TooLong>| -> Option<(f64, usize)> {
            let k = at + "の".len();
            if !s[at..].starts_with('の') {
                return None;
            }
            let e = self
                .minus(s, k, too_long)
                .or_else(|| self.kanji(s, k, too_long))?;
            if e.id_like || !s[e.end..].starts_with('乗') {
                return None;
            }
            Some((e.value.as_f64(), e.end + '乗'.len_utf8()))
        };
        if s[n.end..].starts_with("×10の") {
            if let Some((e, end)) = power_at(n.end + "×10".len(), too_long) {
                n.value = Amount::Float(n.value.as_f64() * 10f64.powf(e));
                n.end = end;
                n.plain_digits = None;
                return n;
            }
        }
        if let Some((e, end)) = power_at(n.end, too_long) {
            let x = n.value.as_f64();
            let v = x.abs().powf(e);
            n.value = Amount::Float(if x < 0.0 { -v } else { v });
            n.end = end;
            n.plain_digits = None;
            return n;
        }
        if s[n.end..].starts_with("ダース") {
            n.value = n.value.mul_int(12);
            n.end += "ダース".len();
            n.plain_digits = None;
        }
        n
    }

    /// A numeral followed by a unit of measure (180ミリリットル, 29
    /// キロメートル): a dimension, which this recognizer does not model.
    fn is_measure(&self, s: &str, n: &Numeral) -> bool {
        let b = self.lex.lang.has_word_boundaries();
        self.lex.measures.fwd(s, n.end, b).is_some()
    }

    /// A run of hiragana that spells a numeral in full (きゅうじゅうなな,
    /// せんにひゃくはちじゅうきゅう). Kana are everywhere in Japanese, so the
    /// whole run must be readings, and a run of one reading or of digits
    /// alone must stand by itself or be long: "ごく" (very) or the
    /// honorific "さん" after a name are no numbers.
    fn kana(&self, s: &str, i: usize, run: usize, too_long: &mut Vec<TooLong>) -> Option<Numeral> {
        let mut kanji = String::new();
        let mut ends = Vec::new();
        let mut j = i;
        while j < run {
            let (w, k) = KANA_READINGS
                .iter()
                .find(|(w, _)| s[j..run].starts_with(w))?;
            kanji.push(*k);
            j += w.len();
            ends.push(j);
        }
        let tokens = ends.len();
        let multipliers = kanji
            .chars()
            .filter(|c| "十百千万億兆".contains(*c))
            .count();
        let alone = !char_before(s, i).is_some_and(|c| c.is_alphanumeric())
            && !char_at(s, run).is_some_and(|c| c.is_alphanumeric());
        let single_ok = tokens == 1 && s[i..run].chars().count() >= 2 && alone;
        let digits_ok = multipliers == 0 && tokens >= 3 && alone;
        let grammar_ok = multipliers > 0 && tokens >= 2;
        if !(single_ok || digits_ok || grammar_ok) {
            return None;
        }
        let n = self.kanji(&kanji, 0, too_long)?;
        // The whole run must be one numeral.
        if n.end != kanji.len() || n.id_like {
            return None;
        }
        Some(Numeral {
            start: i,
            end: run,
            kind: Kind::Kana,
            plain_digits: None,
            ..n
        })
    }

    /// A single kanji digit inside a word (四川, 統一, 西九条): an
    /// ideograph on either side that is neither a cue nor a unit or
    /// counter.
    fn is_word_part(&self, s: &str, n: &Numeral) -> bool {
        if n.kind != Kind::Kanji || n.end - n.start > 3 {
            return false;
        }
        // 二次 (secondary), 一次 (primary): the digit makes a word with
        // what follows.
        if self
            .lex
            .lang
            .word_suffixes()
            .iter()
            .any(|w| s[n.end..].starts_with(w))
        {
            return true;
        }
        let unit_follows = self.lex.units_after.fwd(s, n.end, false).is_some();
        // A part of a date after another (年五月, 月五日), and a minor
        // currency unit after a major amount (五元三角): the ideograph
        // before ends a figure, it does not start a word.
        let date_part = self.lex.not_after.back(s, n.start, false).is_some()
            && self.lex.not_after.fwd(s, n.end, false).is_some();
        let minor_part = self
            .lex
            .lang
            .minor_units()
            .0
            .iter()
            .any(|(w, _)| s[n.end..].starts_with(w))
            && matches!(
                self.lex.units_after.back(s, n.start, false),
                Some((UnitWord::Currency(_), _))
            );
        if date_part || minor_part {
            return false;
        }
        let before = char_before(s, n.start).is_some_and(is_ideograph)
            && self.lex.cues_before.back(s, n.start, false).is_none()
            && !unit_follows;
        let after = char_at(s, n.end).is_some_and(is_ideograph)
            && !unit_follows
            && self.lex.cues_after.fwd(s, n.end, false).is_none()
            && self.lex.not_after.fwd(s, n.end, false).is_none();
        before || after
    }

    /// Digits with grouping and a decimal part, from `i` (an ASCII digit,
    /// or `-`/`+` before one). Returns the value and where it ends.
    fn digit_core(&self, s: &str, i: usize) -> DigitCore {
        let bytes = s.as_bytes();
        let dec = self.lex.lang.decimal_separator();
        let groups = self.lex.lang.group_separators();
        let first = digit_run(s, i);
        // Digits accumulate into an i128 mantissa; `digits` counts them and
        // `frac_len` those after the decimal mark.
        let mut mant: Option<i128> = Some(0);
        let mut digits = 0usize;
        let mut frac_len = 0usize;
        let push = |run: &str, mant: &mut Option<i128>, digits: &mut usize| {
            for b in run.bytes() {
                *mant = mant
                    .and_then(|m| m.checked_mul(10))
                    .and_then(|m| m.checked_add(i128::from(b - b'0')));
            }
            *digits += run.len();
        };
        push(&s[i..i + first], &mut mant, &mut digits);
        let mut j = i + first;
        let mut sep_used: Option<char> = None;
        let mut diagnostics = Vec::new();
        let mut plain = true;
        // Indian grouping (lakh, crore): 12,34,567 is groups of two, then
        // a last group of three, and nothing list-like after it.
        if dec != ',' && (1..=2).contains(&first) && bytes.get(j) == Some(&b',') {
            let mut k = j;
            while bytes.get(k) == Some(&b',') && digit_run(s, k + 1) == 2 {
                k += 3;
            }
            let last = k + 4;
            let list_after = bytes.get(last) == Some(&b',')
                && bytes.get(last + 1).is_some_and(u8::is_ascii_digit);
            if k > j && bytes.get(k) == Some(&b',') && digit_run(s, k + 1) == 3 && !list_after {
                let run: String = s[j..last].chars().filter(char::is_ascii_digit).collect();
                push(&run, &mut mant, &mut digits);
                sep_used = Some(',');
                plain = false;
                j = last;
            }
        }
        while j < bytes.len() {
            let c = bytes[j] as char;
            if !(c == '.' || c == ',' || groups.contains(&c)) || !c.is_ascii() {
                break;
            }
            let r = digit_run(s, j + 1);
            if r == 0 {
                break;
            }
            let after = j + 1 + r;
            let next_is_digit_group = bytes.get(after).is_some_and(u8::is_ascii_digit);
            // The decimal mark used twice in threes is grouping: 16.444.373
            // in English, 16,444,373 in French.
            let repeated = c == dec
                && r == 3
                && (sep_used == Some(c)
                    || (bytes.get(after) == Some(&bytes[j]) && digit_run(s, after + 1) == 3));
            // Both marks, the decimal one first in threes and the other
            // then before one or two digits: the other convention's
            // grouping and decimal (`1.111,11` in English, `1,111.11` in
            // French).
            let other = if dec == '.' { b',' } else { b'.' };
            let swapped = c == dec
                && sep_used.is_none()
                && bytes.get(after) == Some(&other)
                && (1..=2).contains(&digit_run(s, after + 1))
                && !bytes
                    .get(after + 1 + digit_run(s, after + 1))
                    .is_some_and(|b| {
                        b.is_ascii_digit()
                            || *b == b'.'
                            || *b == b',' && {
                                bytes
                                    .get(after + 2 + digit_run(s, after + 1))
                                    .is_some_and(u8::is_ascii_digit)
                            }
                    });
            let is_group = (c != dec && groups.contains(&c) || repeated || swapped)
                && r == 3
                && !next_is_digit_group
                && frac_len == 0
                && sep_used.is_none_or(|u| u == c)
                && (sep_used.is_some() || first <= 3)
                && !(c == ' ' && first == 0);
            if is_group {
                push(&s[j + 1..after], &mut mant, &mut digits);
                sep_used = Some(c);
                plain = false;
                j = after;
                continue;
            }
            if c == ' ' || c == '\'' || sep_used == Some(c) || frac_len > 0 {
                break;
            }
            if c != dec && (c == '.' || c == ',') && sep_used.is_some_and(|u| u != dec) {
                break;
            }
            // A list: "22,24,26,31" is four numbers, not 22.24 and 26.31.
            let list = bytes.get(after) == Some(&bytes[j])
                && bytes.get(after + 1).is_some_and(u8::is_ascii_digit)
                || i >= 2 && bytes[i - 1] == bytes[j] && bytes[i - 2].is_ascii_digit();
            if c != dec && list {
                break;
            }
            // A decimal part: the language's separator, or the other one
            // when it cannot be grouping (`1,3` in English, `4.5` in French).
            if c == dec && r == 3 && sep_used.is_none() {
                diagnostics.push(Diagnostic::AmbiguousSeparator {
                    offset: j,
                    read_as_decimal: true,
                });
            } else if c != dec {
                diagnostics.push(Diagnostic::ForeignDecimalSeparator { offset: j });
            }
            push(&s[j + 1..after], &mut mant, &mut digits);
            frac_len = r;
            plain = false;
            j = after;
        }
        let value = match mant {
            Some(m) => Amount::Dec(m, -(frac_len as i32)),
            // Beyond 38 digits: only a float can hold it (or infinity,
            // which `Amount::to_number` turns into no value).
            None => {
                let all: String = s[i..j].chars().filter(char::is_ascii_digit).collect();
                let (int, frac) = all.split_at(all.len() - frac_len);
                Amount::Float(
                    format!("{int}.{frac}0")
                        .parse::<f64>()
                        .unwrap_or(f64::INFINITY),
                )
            }
        };
        DigitCore {
            value,
            end: j,
            digits,
            plain,
            diagnostics,
        }
    }

    fn digits(&self, s: &str, i: usize, too_long: &mut Vec<TooLong>) -> Option<Numeral> {
        let bytes = s.as_bytes();
        let (sign_neg, plus, k) = match *bytes.get(i)? {
            b'-' => (true, false, i + 1),
            b'+' => (false, true, i + 1),
            _ => (false, false, i),
        };
        let core = self.digit_core(s, k);
        if core.digits > self.max_digits {
            too_long.push(TooLong {
                start: i,
                digits: core.digits,
            });
            // Skip the whole run so that its tail is not read as a number.
            let mut n = self.placeholder(i, core.end);
            n.id_like = true;
            n.too_long = true;
            return Some(n);
        }
        let mut value = core.value;
        let mut j = core.end;
        let mut scale = 0u8;
        let mut id_like = plus;
        let mut fraction = false;
        let mut exponent = false;
        // Scientific notation: `1.3e6`, `12.32e+14`, `1.3x10^6`, and a
        // power `1.1^23`.
        let signed_run = |at: usize| -> Option<(i32, usize)> {
            let (neg, d) = match bytes.get(at) {
                Some(b'-') => (true, at + 1),
                Some(b'+') => (false, at + 1),
                _ => (false, at),
            };
            let r = digit_run(s, d);
            if r == 0 || r > 4 {
                return None;
            }
            let e: i32 = s[d..d + r].parse().ok()?;
            Some((if neg { -e } else { e }, d + r))
        };
        if matches!(bytes.get(j), Some(b'e' | b'E')) {
            if let Some((e, end)) = signed_run(j + 1) {
                value = value.scale(e);
                j = end;
                exponent = true;
            }
        } else if s[j..].starts_with("x10^") {
            if let Some((e, end)) = signed_run(j + 4) {
                value = value.scale(e);
                j = end;
                exponent = true;
            }
        } else if bytes.get(j) == Some(&b'^') {
            if let Some((e, end)) = signed_run(j + 1) {
                value = Amount::Float(value.as_f64().powi(e));
                j = end;
                exponent = true;
            }
        }
        // Letters glued to the digits: a scale (`10k`), a unit (`10GB`),
        // else this is no number (`4th`, `1er`, `29km`, `2e`).
        if !exponent && char_at(s, j).is_some_and(|c| (c as u32) < 0x2000 && c.is_alphabetic()) {
            let end = latin_word_end(s, j);
            let glued = &s[j..end];
            if let Some(p) = self.lex.scale(glued) {
                scale = p;
                j = end;
            } else if !self.lex.has_unit_after(glued) {
                return None;
            }
        }
        // Separated chains: dates, times, versions, phone numbers.
        let chain_sep = |j: usize| {
            let c = bytes.get(j).copied()?;
            (matches!(c, b'.' | b'/' | b':' | b'-' | b',')
                && bytes.get(j + 1).is_some_and(u8::is_ascii_digit))
            .then_some(c)
        };
        if scale == 0 && !exponent {
            if let Some(c) = chain_sep(j) {
                let mut parts = 1;
                let mut end = j;
                let mut seps = vec![c];
                // A chain is read at most MAX_CHAIN_PARTS parts ahead: a
                // list ("1,2,3,…") is not consumed, so without a bound each
                // of its numbers would scan the rest of it (quadratic time,
                // tests/linear_time.rs).
                while parts < MAX_CHAIN_PARTS
                    && let Some(c) = chain_sep(end)
                {
                    seps.push(c);
                    end += 1 + digit_run(s, end + 1);
                    parts += 1;
                }
                let is_range = parts == 2 && seps[0] == b'-';
                // A short list ("22,24,26") is read number by number; a
                // long one is consumed whole, or every number in it would
                // rescan the rest (quadratic on hostile input).
                let is_list = parts <= 16 && seps.iter().all(|&c| c == b',');
                let denominator = &s[j + 1..end];
                if parts == 2
                    && seps[0] == b'/'
                    && core.plain
                    && !denominator.trim_start_matches('0').is_empty()
                {
                    value =
                        Amount::Float(value.as_f64() / denominator.parse::<f64>().unwrap_or(1.0));
                    fraction = true;
                    j = end;
                } else if !is_range && !is_list {
                    id_like = true;
                    j = end;
                }
            } else if core.plain && !exponent {
                // A mixed fraction: `2 1/4`.
                let k = skip_spaces(s, j);
                let a = digit_run(s, k);
                if k > j && a > 0 && bytes.get(k + a) == Some(&b'/') {
                    let d = digit_run(s, k + a + 1);
                    let num: f64 = s[k..k + a].parse().unwrap_or(0.0);
                    let den: f64 = s[k + a + 1..k + a + 1 + d].parse().unwrap_or(0.0);
                    let after = bytes.get(k + a + 1 + d);
                    if d > 0 && den > num && !matches!(after, Some(b'/' | b'-' | b'.')) {
                        value = Amount::Float(value.as_f64() + num / den);
                        fraction = true;
                        j = k + a + 1 + d;
                    }
                }
            }
            // Leading zeros: `0123`, `06 12 34 56 78`.
            if core.plain && bytes.get(k) == Some(&b'0') && core.digits > 1 {
                id_like = true;
            }
            // A phone number goes on in short groups: `+33 1 23 45 67 89`.
            if id_like {
                while matches!(bytes.get(j), Some(b' ' | b'-' | b'.')) {
                    let r = digit_run(s, j + 1);
                    if r == 0 || r > 4 {
                        break;
                    }
                    j += 1 + r;
                }
            }
        }
        let unscaled = if sign_neg { value.neg() } else { value };
        if scale == 0 {
            if let Some((p, end)) = self.spaced_scale(s, j) {
                scale = p;
                j = end;
            }
        }
        value = unscaled.scale(i32::from(scale));
        if scale > 0 && !fraction && !exponent {
            // "4 thousand 3 hundred and 21", "3 million and a half".
            if let Some((v, e)) = self.continue_scaled(s, j, unscaled, scale) {
                value = v;
                j = e;
            }
        }
        if let Some(dz) = self.spaced_dozen(s, j) {
            value = value.mul_int(12);
            j = dz;
        }
        Some(Numeral {
            start: i,
            end: j,
            value,
            unscaled,
            scale,
            kind: Kind::Digits,
            id_like,
            plain_digits: (core.plain && scale == 0 && !sign_neg && !fraction && !exponent)
                .then_some(core.digits),
            fraction,
            too_long: false,
            lone_one: false,
            diagnostics: core.diagnostics,
        })
    }

    fn placeholder(&self, start: usize, end: usize) -> Numeral {
        Numeral {
            start,
            end,
            value: Amount::ZERO,
            unscaled: Amount::ZERO,
            scale: 0,
            kind: Kind::Digits,
            id_like: false,
            plain_digits: None,
            fraction: false,
            too_long: false,
            lone_one: false,
            diagnostics: Vec::new(),
        }
    }

    /// Groups after "4 thousand": more digits with smaller scale words
    /// ("3 hundred and 21"), number words ("and two hundred"), or a
    /// fraction ("and a half"). Stops before a group whose scale is not
    /// smaller ("3 hundred and 2 hundred" is two numbers).
    fn continue_scaled(
        &self,
        s: &str,
        j: usize,
        head: Amount,
        scale: u8,
    ) -> Option<(Amount, usize)> {
        if !self.lex.lang.has_word_boundaries() {
            return None;
        }
        let mut total = head.scale(i32::from(scale));
        let mut last = scale;
        let mut end = j;
        let mut moved = false;
        loop {
            let mut at = end;
            let mut joined = false;
            if let Some((w, e)) = self.next_word_value(s, at) {
                if w == Some(NumberWord::And) {
                    at = e;
                    joined = true;
                }
            }
            if joined {
                if let Some((frac, e)) = self.fraction_tail(s, skip_spaces(s, at)) {
                    let unit = 10f64.powi(i32::from(last));
                    let v = total.as_f64() + frac * unit;
                    return Some((Amount::Float(v), e));
                }
            }
            let k = skip_spaces(s, at);
            let bytes = s.as_bytes();
            let (group, after) = if bytes.get(k).is_some_and(u8::is_ascii_digit) {
                let r = digit_run(s, k);
                if r > 3
                    || bytes
                        .get(k + r)
                        .is_some_and(|b| matches!(b, b'.' | b',' | b'/'))
                {
                    break;
                }
                (s[k..k + r].parse::<i128>().ok()?, k + r)
            } else if char_at(s, k).is_some_and(char::is_alphabetic) {
                let n = self.words(s, k)?;
                // "5 million and one of them" is no 5,000,001, but "3
                // hundred and one is" is 301.
                let pronoun = n.lone_one && self.connector_after(s, n.end);
                match n.value {
                    Amount::Dec(m, 0) if !n.fraction && !pronoun => {
                        if m >= 10i128.pow(u32::from(last)) {
                            break;
                        }
                        total = total.add(Amount::int(m));
                        end = n.end;
                        moved = true;
                        break;
                    }
                    _ => break,
                }
            } else {
                break;
            };
            if group == 0 {
                break;
            }
            match self.spaced_scale(s, after) {
                Some((p, e)) if p < last => {
                    total = total.add(Amount::int(group).scale(i32::from(p)));
                    last = p;
                    end = e;
                    moved = true;
                }
                Some(_) => break,
                None => {
                    if group < 10i128.pow(u32::from(last))
                        && !char_at(s, after).is_some_and(char::is_alphanumeric)
                    {
                        total = total.add(Amount::int(group));
                        end = after;
                        moved = true;
                    }
                    break;
                }
            }
        }
        moved.then_some((total, end))
    }

    /// Whether a unit connector ("of") follows `at`: "and one of them".
    fn connector_after(&self, s: &str, at: usize) -> bool {
        self.lex
            .lang
            .unit_connectors()
            .iter()
            .any(|w| super::phrase::match_fwd(s, at, w, true).is_some())
    }

    /// A scale word after white space (`4,5 millions`, `2 million`).
    fn spaced_scale(&self, s: &str, j: usize) -> Option<(u8, usize)> {
        let k = skip_spaces(s, j);
        if k == j || !char_at(s, k).is_some_and(char::is_alphabetic) {
            return None;
        }
        let end = self.lex.short_word_end(s, k)?;
        let w = &s[k..end];
        if let Some(p) = self.lex.scale(w) {
            return Some((p, end));
        }
        match self.lex.word_any_case(w) {
            // French "34 cents" is money: after digits, a word that is
            // also a unit is read as the unit.
            Some(NumberWord::Hundred) if !self.lex.has_unit_after(w) => Some((2, end)),
            _ => None,
        }
    }

    fn spaced_dozen(&self, s: &str, j: usize) -> Option<usize> {
        let k = skip_spaces(s, j);
        // No number word is longer than the longest one: without spaces
        // (Japanese) the word after digits may run to the end of the line.
        let end = self.lex.short_word_end(s, k)?;
        if end == k {
            return None;
        }
        (self.lex.word_any_case(&s[k..end]) == Some(NumberWord::Dozen)).then_some(end)
    }

    /// Number words: "sixteen million", "soixante-dix", "a dozen".
    fn words(&self, s: &str, i: usize) -> Option<Numeral> {
        let mut total = Amount::ZERO;
        let mut current: u64 = 0;
        let mut started = false;
        let mut article = false;
        let mut last_scale = u8::MAX;
        let mut last_scale_any = 0u8;
        let mut count = 0usize;
        let mut end = i;
        let mut pos = i;
        let mut pending_and = false;
        let mut single_word_one = false;
        let mut after_hundred = false;
        // What was read before an "and" ("three hundred and two dozens":
        // the dozens multiply only what follows it).
        let mut before_and: Option<u64> = None;
        let mut after_scale = false;
        loop {
            let wend = word_end_within(s, pos, self.lex.word_limit);
            if wend == pos {
                break;
            }
            let Some(w) = self.lex.word_lower(&s[pos..wend]) else {
                break;
            };
            match w {
                NumberWord::Value(v) => {
                    let v = u64::from(v);
                    // "one twenty-fifth", "a twenty-first", "un vingt et
                    // unième": a tens word and an ordinal unit after a
                    // numerator make one denominator.
                    if (started || article) && !pending_and && v % 10 == 0 && (20..100).contains(&v)
                    {
                        if let Some((d, e)) = self.ordinal_unit_after(s, wend) {
                            let numerator = if started {
                                total.add(Amount::int(i128::from(current))).as_f64()
                            } else {
                                1.0
                            };
                            let value = numerator / (v + d) as f64;
                            return Some(self.word_numeral(i, e, Amount::Float(value), true));
                        }
                    }
                    if started && (current > 0 || after_hundred) {
                        let m = current % 100;
                        if v == 20 && m == 4 {
                            current += 76;
                        } else if m == 0 && (after_hundred || current == 0)
                            || (m % 10 == 0 && m >= 20 && v < 10)
                            || (m == 10 && (7..10).contains(&v))
                            || ((m == 60 || m == 80) && (10..20).contains(&v))
                        {
                            current += v;
                        } else {
                            // "one one hundred fifth": a numerator, then a
                            // denominator spelled as a compound ordinal.
                            if let Some((d, e)) = self.compound_ordinal(s, pos) {
                                let numerator =
                                    total.add(Amount::int(i128::from(current))).as_f64();
                                let value = numerator / d as f64;
                                return Some(self.word_numeral(i, e, Amount::Float(value), true));
                            }
                            break;
                        }
                    } else if started && current == 0 && last_scale == u8::MAX && !article {
                        break;
                    } else {
                        current += v;
                    }
                    after_hundred = false;
                    single_word_one = count == 0 && v == 1;
                }
                NumberWord::Hundred => {
                    if current >= self.lex.lang.hundred_multiplier_limit() || pending_and {
                        break;
                    }
                    if current == 0 && !article && !started && self.lex.lang.has_word_boundaries() {
                        // "cent" alone is 100 in French; "hundred" alone is
                        // not a number in English, but "a hundred" is.
                        if self.lex.word("a").is_some() {
                            break;
                        }
                    }
                    current = current.max(1) * 100;
                    after_hundred = true;
                    single_word_one = false;
                }
                NumberWord::Scale(p) => {
                    // A scale right after a smaller one multiplies all that
                    // precedes: "three lakh crore", "a thousand million".
                    if after_scale && p > last_scale && current == 0 && !pending_and {
                        total = total.scale(i32::from(p));
                        last_scale = p;
                        last_scale_any = last_scale_any.max(p);
                        before_and = None;
                        started = true;
                        count += 1;
                        end = wend;
                        pos = skip_spaces(s, wend);
                        continue;
                    }
                    if p >= last_scale || pending_and {
                        break;
                    }
                    if current == 0 && !article {
                        // "mille" alone is a number, "million" alone is not.
                        if p != 3 || started || self.lex.word("a").is_some() {
                            break;
                        }
                    }
                    total = total.add(Amount::int(i128::from(current.max(1))).scale(i32::from(p)));
                    current = 0;
                    before_and = None;
                    last_scale = p;
                    last_scale_any = last_scale_any.max(p);
                    after_hundred = false;
                    single_word_one = false;
                }
                NumberWord::Article => {
                    // One article at most: "a a a …" must not be walked to
                    // its end from every "a" (quadratic on hostile input).
                    if started || article {
                        break;
                    }
                    article = true;
                    pos = skip_spaces(s, wend);
                    continue;
                }
                NumberWord::And => {
                    if !started || pending_and {
                        break;
                    }
                    // "one and a half", "un million et demi", "five and
                    // a half million".
                    if let Some((frac, e)) = self.fraction_tail(s, skip_spaces(s, wend)) {
                        let (value, e) = match self.scale_word_after(s, e) {
                            Some((p, se)) if current > 0 && last_scale == u8::MAX => {
                                ((current as f64 + frac) * 10f64.powi(i32::from(p)), se)
                            }
                            Some((p, se)) => (
                                total.add(Amount::int(i128::from(current))).as_f64()
                                    + frac * 10f64.powi(i32::from(p)),
                                se,
                            ),
                            None if current == 0 && last_scale != u8::MAX => {
                                // "un million et demi": half of the last scale.
                                (total.as_f64() + frac * 10f64.powi(i32::from(last_scale)), e)
                            }
                            None => (
                                total.add(Amount::int(i128::from(current))).as_f64() + frac,
                                e,
                            ),
                        };
                        let exact = Amount::Float(value);
                        let whole = value.fract() == 0.0 && value.abs() < 9.0e15;
                        let amount = if whole {
                            Amount::int(value as i128)
                        } else {
                            exact
                        };
                        return Some(self.word_numeral(i, e, amount, !whole));
                    }
                    pending_and = true;
                    before_and = Some(current);
                    // "vingt et un", and "vingt-et-un" as the 1990 French
                    // spelling reform writes it (common in news).
                    let mut k = skip_spaces(s, wend);
                    if s.as_bytes().get(k) == Some(&b'-') {
                        k = skip_spaces(s, k + 1);
                    }
                    pos = k;
                    continue;
                }
                NumberWord::Fraction(d) => {
                    // "first" and "unième" are denominators only after a
                    // tens word (handled with it); alone they are ranks.
                    if d == 1 {
                        break;
                    }
                    // "three fifths", "a half", "half": what precedes is
                    // the numerator. A denominator alone is a rank ("the
                    // fifth"), except "half".
                    if pending_and
                        || (!started
                            && !article
                            && d != 2
                            && self.scale_word_after(s, wend).is_none())
                    {
                        break;
                    }
                    let numerator = if started {
                        total.add(Amount::int(i128::from(current))).as_f64()
                    } else {
                        1.0
                    };
                    let mut value = numerator / d as f64;
                    let mut e = wend;
                    let mut scaled = false;
                    if let Some((p, se)) = self.scale_word_after(s, wend) {
                        value *= 10f64.powi(i32::from(p));
                        e = se;
                        scaled = true;
                    } else if let Some((m, se)) = self.fraction_of(s, wend) {
                        // "half a dozen", "two thirds of a million".
                        value *= m;
                        e = se;
                        scaled = true;
                    }
                    let whole = scaled && value.fract() == 0.0 && value.abs() < 9.0e15;
                    let amount = if whole {
                        Amount::int(value as i128)
                    } else {
                        Amount::Float(value)
                    };
                    return Some(self.word_numeral(i, e, amount, !scaled));
                }
                NumberWord::Point => {
                    if !started || pending_and {
                        break;
                    }
                    let whole = total.add(Amount::int(i128::from(current)));
                    match self.spelled_decimals(s, skip_spaces(s, wend)) {
                        Some((digits, e)) => {
                            let v: f64 = format!("{}.{digits}", whole.as_f64())
                                .parse()
                                .unwrap_or(0.0);
                            return Some(self.word_numeral(i, e, Amount::Float(v), false));
                        }
                        None => break,
                    }
                }
                NumberWord::Dozen => {
                    if !started && !article {
                        break;
                    }
                    total = match before_and {
                        Some(b) if current > b => total
                            .add(Amount::int(i128::from(b)))
                            .add(Amount::int(i128::from(current - b)).mul_int(12)),
                        _ => total
                            .add(Amount::int(i128::from(current.max(1))))
                            .mul_int(12),
                    };
                    current = 0;
                    started = true;
                    count += 1;
                    end = wend;
                    single_word_one = false;
                    break;
                }
            }
            started = true;
            pending_and = false;
            after_scale = matches!(w, NumberWord::Scale(_));
            count += 1;
            end = wend;
            // Connectors between words: spaces, one hyphen.
            let mut k = skip_spaces(s, wend);
            if s.as_bytes().get(k) == Some(&b'-') {
                k = skip_spaces(s, k + 1);
            }
            pos = k;
        }
        if !started {
            return None;
        }
        let value = total.add(Amount::int(i128::from(current)));
        Some(Numeral {
            start: i,
            end,
            value,
            unscaled: value,
            scale: 0,
            kind: Kind::Words,
            id_like: false,
            plain_digits: None,
            fraction: false,
            too_long: false,
            lone_one: single_word_one && count == 1 && !article,
            diagnostics: Vec::new(),
        })
    }

    /// A numeral read from words, ending at `end`.
    fn word_numeral(&self, start: usize, end: usize, value: Amount, fraction: bool) -> Numeral {
        Numeral {
            start,
            end,
            value,
            unscaled: value,
            scale: 0,
            kind: Kind::Words,
            id_like: false,
            plain_digits: None,
            fraction,
            too_long: false,
            lone_one: false,
            diagnostics: Vec::new(),
        }
    }

    /// The number word the next word is (after spaces), and its end.
    fn next_word_value(&self, s: &str, at: usize) -> Option<(Option<NumberWord>, usize)> {
        let k = skip_spaces(s, at);
        let e = word_end_within(s, k, self.lex.word_limit);
        (e > k).then(|| (self.lex.word_lower(&s[k..e]), e))
    }

    /// The next word's lower-case form and end, after spaces.
    fn next_word(&self, s: &str, at: usize) -> Option<(String, usize, usize)> {
        let k = skip_spaces(s, at);
        let e = word_end_within(s, k, self.lex.word_limit);
        if e == k {
            return None;
        }
        let mut buf = String::new();
        lowercase_into(&mut buf, &s[k..e]);
        Some((buf, k, e))
    }

    /// An ordinal unit after a tens word: "-fifth", "-firsts", "et unième".
    /// Returns the unit (1 to 9) and where it ends.
    fn ordinal_unit_after(&self, s: &str, at: usize) -> Option<(u64, usize)> {
        let mut k = skip_spaces(s, at);
        if s.as_bytes().get(k) == Some(&b'-') {
            k = skip_spaces(s, k + 1);
        }
        let (mut w, _, mut e) = self.next_word(s, k)?;
        if self.lex.word(&w) == Some(NumberWord::And) {
            let mut k2 = skip_spaces(s, e);
            if s.as_bytes().get(k2) == Some(&b'-') {
                k2 = skip_spaces(s, k2 + 1);
            }
            (w, _, e) = self.next_word(s, k2)?;
        }
        match self.lex.word(&w)? {
            NumberWord::Fraction(d) if d < 10 => Some((d, e)),
            _ => None,
        }
    }

    /// A scale word after `at` ("half million", "et demi million",
    /// "demi-million").
    fn scale_word_after(&self, s: &str, at: usize) -> Option<(u8, usize)> {
        let at = if s.as_bytes().get(at) == Some(&b'-') {
            at + 1
        } else {
            at
        };
        let (w, _, e) = self.next_word(s, at)?;
        match self.lex.word(&w)? {
            NumberWord::Scale(p) if p >= 3 => Some((p, e)),
            _ => None,
        }
    }

    /// The unit after a tens word `v` ("-four" in "fifty-four"), with
    /// where it ends.
    fn unit_after_tens(&self, s: &str, v: u32, at: usize) -> Option<(u32, usize)> {
        if v % 10 != 0 || v < 20 {
            return None;
        }
        let mut k = skip_spaces(s, at);
        if s.as_bytes().get(k) == Some(&b'-') {
            k = skip_spaces(s, k + 1);
        }
        let (w, _, e) = self.next_word(s, k)?;
        match self.lex.word(&w)? {
            NumberWord::Value(u) if (1..10).contains(&u) => Some((u, e)),
            _ => None,
        }
    }

    /// What a fraction takes a part of: "(half) a dozen", "(two thirds) of
    /// a million", "(a quarter) of a hundred". Returns the multiplier and
    /// where it ends.
    fn fraction_of(&self, s: &str, at: usize) -> Option<(f64, usize)> {
        let mut k = at;
        let (mut w, _, mut e) = self.next_word(s, k)?;
        if self.lex.lang.fraction_of_words().contains(&w.as_str()) {
            k = e;
            (w, _, e) = self.next_word(s, k)?;
        }
        if self.lex.word(&w)? != NumberWord::Article {
            return None;
        }
        let (w, _, e) = self.next_word(s, e)?;
        match self.lex.word(&w)? {
            NumberWord::Scale(p) => Some((10f64.powi(i32::from(p)), e)),
            NumberWord::Hundred => Some((100.0, e)),
            NumberWord::Dozen => Some((12.0, e)),
            _ => None,
        }
    }

    /// A denominator spelled as a compound ordinal from `at`: "one hundred
    /// fifth" (105), "one hundred and fifth", "two thousandth" (2000).
    /// Returns it and where it ends.
    fn compound_ordinal(&self, s: &str, at: usize) -> Option<(u64, usize)> {
        let (mut total, mut current) = (0u64, 0u64);
        let mut words = 0;
        let mut pos = at;
        let mut and = false;
        let mut last_scale = u8::MAX;
        // Only a well-formed cardinal is walked ("one one …" stops at the
        // second word), so the walk is bounded by the number of scales and
        // a run of number words is never walked again from each word.
        loop {
            let (w, _, e) = self.next_word(s, pos)?;
            match self.lex.word(&w)? {
                NumberWord::Value(v) => {
                    let m = current % 100;
                    if !(m == 0 || (m % 10 == 0 && m >= 20 && v < 10)) {
                        return None;
                    }
                    current = current.checked_add(u64::from(v))?;
                }
                NumberWord::Hundred if current < 100 => {
                    current = current.max(1).checked_mul(100)?;
                }
                NumberWord::Scale(p) if p < last_scale => {
                    let scaled = current
                        .max(1)
                        .checked_mul(10u64.checked_pow(u32::from(p))?)?;
                    total = total.checked_add(scaled)?;
                    current = 0;
                    last_scale = p;
                }
                NumberWord::And if words > 0 && !and => and = true,
                NumberWord::Fraction(d) if words > 0 => {
                    let base = total.checked_add(current)?;
                    let d = if d >= 100 {
                        total.checked_add(current.max(1).checked_mul(d)?)?
                    } else if base > 0 && base % if d < 10 { 10 } else { 100 } == 0 {
                        base + d
                    } else {
                        return None;
                    };
                    return Some((d, e));
                }
                _ => return None,
            }
            words += 1;
            pos = e;
            if s.as_bytes().get(skip_spaces(s, pos)) == Some(&b'-') {
                pos = skip_spaces(s, pos) + 1;
            }
        }
    }

    /// A fraction after "and": "a half", "one half", "three quarters",
    /// "demi", "un quart". Returns its value and end.
    fn fraction_tail(&self, s: &str, at: usize) -> Option<(f64, usize)> {
        let (w, _, e) = self.next_word(s, at)?;
        let (numerator, after) = match self.lex.word(&w)? {
            NumberWord::Fraction(d) => return Some((1.0 / d as f64, e)),
            NumberWord::Article => (1.0, e),
            // "fifty-four hundredths": a tens word and a unit.
            NumberWord::Value(v) if v < 100 => match self.unit_after_tens(s, v, e) {
                Some((u, e)) => (f64::from(v + u), e),
                None => (f64::from(v), e),
            },
            _ => return None,
        };
        let (w2, _, e2) = self.next_word(s, after)?;
        match self.lex.word(&w2)? {
            // A mixed number has a proper fraction: "one hundred and
            // thirty fifths" is 130/5, not 100 + 30/5.
            NumberWord::Fraction(d) if numerator < d as f64 => Some((numerator / d as f64, e2)),
            _ => None,
        }
    }

    /// Digits spelled after "point": "zero three", "seventy-one",
    /// "nought four". Returns the digit string and its end.
    fn spelled_decimals(&self, s: &str, at: usize) -> Option<(String, usize)> {
        let mut digits = String::new();
        let mut pos = at;
        let mut end = at;
        while let Some((w, _, e)) = self.next_word(s, pos) {
            let Some(NumberWord::Value(v)) = self.lex.word(&w) else {
                break;
            };
            if v < 10 {
                digits.push(char::from(b'0' + v as u8));
                end = e;
                pos = e;
                continue;
            }
            // A two-digit word, possibly with its unit: "seventy-one".
            let mut v = v;
            let mut e = e;
            let k = skip_spaces(s, e);
            let k = if s.as_bytes().get(k) == Some(&b'-') {
                skip_spaces(s, k + 1)
            } else {
                k
            };
            if v % 10 == 0 && v >= 20 {
                if let Some((w2, _, e2)) = self.next_word(s, k) {
                    if let Some(NumberWord::Value(u)) = self.lex.word(&w2) {
                        if u < 10 {
                            v += u;
                            e = e2;
                        }
                    }
                }
            }
            digits.push_str(&v.to_string());
            end = e;
            pos = e;
        }
        (!digits.is_empty()).then_some((digits, end))
    }

    /// Japanese numerals: kanji, digits, or both, with 万/億/兆 groups
    /// (一千六百万, 1644万4373, 6億8,000万, 2.3万).
    fn kanji(&self, s: &str, i: usize, too_long: &mut Vec<TooLong>) -> Option<Numeral> {
        let bytes = s.as_bytes();
        let first = *bytes.get(i)?;
        let neg = first == b'-';
        let plus = first == b'+';
        let start_digits = if neg || plus { i + 1 } else { i };
        let mut total = Amount::ZERO;
        let mut j = start_digits;
        let mut last_big = u8::MAX;
        let mut any = false;
        let mut kind = Kind::Digits;
        let mut diagnostics = Vec::new();
        let mut plain_digits = None;
        let mut groups = 0;
        let mut id_like = plus;
        while let Some((g, end, k, diag, plain)) = self.kanji_group(s, j) {
            if k == Kind::Kanji {
                kind = Kind::Kanji;
            }
            diagnostics.extend(diag);
            groups += 1;
            plain_digits = if groups == 1 { plain } else { None };
            j = end;
            any = true;
            match char_at(s, j).and_then(big_scale) {
                Some(p) if p < last_big => {
                    // A scale on a smaller one multiplies: 1万億 is 10^12.
                    let (p, width) = match char_at(s, j + 3).and_then(big_scale) {
                        Some(q) if q > p && p + q < last_big => (p + q, 6),
                        _ => (p, 3),
                    };
                    total = total.add(g.scale(i32::from(p)));
                    last_big = p;
                    j += width;
                    plain_digits = None;
                    // `零` is a filler between groups (九百万零四百).
                    if char_at(s, j) == Some('零') {
                        j += 3;
                    }
                }
                _ => {
                    total = total.add(g);
                    break;
                }
            }
        }
        if !any {
            return None;
        }
        if groups > 0 && kind == Kind::Digits && last_big == u8::MAX {
            // Digits alone: the same checks as in other languages.
            let n = self.digits(s, i, too_long)?;
            // Digits then kanji multipliers (4千6百) continue below;
            // anything the digit reader took further (2e5, 3/4) is its.
            if n.end >= j || n.id_like {
                return Some(n);
            }
        }
        let digits_total: usize = s[start_digits..j]
            .bytes()
            .filter(u8::is_ascii_digit)
            .count();
        if digits_total > self.max_digits {
            too_long.push(TooLong {
                start: i,
                digits: digits_total,
            });
            id_like = true;
        }
        // A decimal part in kanji after a middle dot: 九・二三, 〇・〇八.
        if s[j..].starts_with('・') && char_at(s, j + 3).and_then(is_kanji_digit).is_some() {
            let mut k = j + 3;
            let mut digits = 0i32;
            let mut frac: i128 = 0;
            while let Some(d) = char_at(s, k).and_then(is_kanji_digit) {
                if digits < 30 {
                    frac = frac * 10 + i128::from(d);
                    digits += 1;
                }
                k += 3;
            }
            // Decimals read as a kanji numeral: ・八十九 is .89.
            if char_at(s, k).and_then(small_multiplier).is_some() {
                if let Some((g, end, ..)) = self.kanji_group(s, j + 3) {
                    let whole = g.to_number().filter(|n| n.is_integer());
                    if let Some(v) = whole.and_then(|n| n.as_i64()).filter(|v| *v > 0) {
                        frac = i128::from(v);
                        digits = v.to_string().len() as i32;
                        k = end;
                    }
                }
            }
            total = total.add(Amount::Dec(frac, -digits));
            j = k;
            plain_digits = None;
        }
        let mut value = if neg { total.neg() } else { total };
        let mut scale = 0;
        if char_at(s, j).is_some_and(|c| c.is_ascii_alphabetic()) {
            let end = latin_word_end(s, j);
            if let Some(p) = self.lex.scale(&s[j..end]) {
                value = value.scale(i32::from(p));
                scale = p;
                j = end;
            }
        }
        Some(Numeral {
            start: i,
            end: j,
            value,
            unscaled: if neg { total.neg() } else { total },
            scale: scale.max(if last_big == u8::MAX { 0 } else { last_big }),
            kind,
            id_like,
            plain_digits,
            fraction: false,
            too_long: false,
            lone_one: false,
            diagnostics,
        })
    }

    /// A group below 10^4: digits or kanji digits with 十百千.
    #[allow(clippy::type_complexity)]
    fn kanji_group(
        &self,
        s: &str,
        i: usize,
    ) -> Option<(Amount, usize, Kind, Vec<Diagnostic>, Option<usize>)> {
        let mut value = Amount::ZERO;
        let mut j = i;
        let mut last_mult = 4u8;
        let mut any = false;
        let mut kind = Kind::Digits;
        let mut diagnostics = Vec::new();
        let mut plain = None;
        while let Some(c) = char_at(s, j) {
            let (elem, after) = if c.is_ascii_digit() {
                let core = self.digit_core(s, j);
                diagnostics.extend(core.diagnostics);
                plain = core.plain.then_some(core.digits);
                (core.value, core.end)
            } else if is_kanji_digit(c).is_some() {
                kind = Kind::Kanji;
                let mut d: i128 = 0;
                let mut k = j;
                while let Some(v) = char_at(s, k).and_then(is_kanji_digit) {
                    d = d.saturating_mul(10).saturating_add(i128::from(v));
                    k += 3;
                    if k - j > 3 * 18 {
                        break;
                    }
                }
                // 零 before 十百千 holds a place, it multiplies nothing:
                // 零十三 is 13.
                if d == 0 && char_at(s, k).and_then(small_multiplier).is_some() {
                    d = 1;
                }
                (Amount::int(d), k)
            } else if small_multiplier(c).is_some() {
                kind = Kind::Kanji;
                (Amount::int(1), j)
            } else {
                break;
            };
            match char_at(s, after).and_then(small_multiplier) {
                Some(m) if m < last_mult => {
                    value = value.add(elem.scale(i32::from(m)));
                    last_mult = m;
                    j = after + 3;
                    any = true;
                    plain = None;
                }
                _ => {
                    if after == j {
                        break;
                    }
                    value = value.add(elem);
                    j = after;
                    any = true;
                    break;
                }
            }
        }
        any.then_some((value, j, kind, diagnostics, plain))
    }
}

pub(crate) fn skip_spaces(s: &str, mut j: usize) -> usize {
    let b = s.as_bytes();
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    j
}

fn word_eq(w: &str, table: &str, exact: bool) -> bool {
    if w.len() != table.len() {
        // Lower-casing keeps the length of every letter our tables use.
        return false;
    }
    if exact {
        w == table
    } else if w.is_ascii() {
        w.eq_ignore_ascii_case(table)
    } else {
        w.len() == table.len() && w.to_lowercase() == table
    }
}
