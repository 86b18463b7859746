//! Cutting folded text into tokens: numbers, known phrases, other words and
//! punctuation.
//!
//! The language's phrase table is indexed by its first word (Latin) or
//! first character (Japanese); at each word the longest phrase that
//! matches wins, so "the day before yesterday" beats "the".

use crate::hash::FxHashMap;

use crate::lang::dates::{DateGrammar, DateLanguage, DateWord};

/// A phrase table indexed by its key.
pub(super) struct Lexicon {
    /// (phrase, role), grouped by key, longest phrase first in a group.
    entries: Vec<(&'static str, DateWord)>,
    /// Key code (see [`code`]) -> range of `entries`.
    index: FxHashMap<u64, (u32, u32)>,
    /// A 4096-bit filter over (first character, length) of the keys: most
    /// words of a text are not keys and are turned away here, before
    /// hashing.
    filter: [u64; 64],
    /// Whether runs of kanji numerals (二〇一八, 二十九) are numbers.
    kanji_numbers: bool,
}

fn kanji_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn kanji_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// The value of a run of kanji numerals at the start of `s` and its length
/// in bytes: "二〇一八" digit by digit, "千九百八十七" with multipliers.
fn kanji_number(s: &str) -> Option<(u32, usize)> {
    let len: usize = s
        .chars()
        .take_while(|&c| kanji_digit(c).is_some() || kanji_unit(c).is_some())
        .map(char::len_utf8)
        .sum();
    let run = &s[..len];
    if run.is_empty() {
        return None;
    }
    let value = if run.chars().all(|c| kanji_digit(c).is_some()) {
        run.chars()
            .try_fold(0u32, |v, c| v.checked_mul(10)?.checked_add(kanji_digit(c)?))?
    } else {
        let (mut total, mut digit) = (0u32, None);
        for c in run.chars() {
            if let Some(d) = kanji_digit(c) {
                digit = Some(d);
            } else {
                let unit = kanji_unit(c)?;
                total = total.checked_add(digit.unwrap_or(1).checked_mul(unit)?)?;
                digit = None;
            }
        }
        total.checked_add(digit.unwrap_or(0))?
    };
    Some((value, len))
}

fn filter_bit(key: &str) -> usize {
    let first = key.chars().next().map_or(0, |c| c as usize);
    (first.wrapping_mul(31) ^ key.len().wrapping_mul(0x9e5)) & 4095
}

/// A key as a number: its bytes packed when they fit in eight (with the
/// length, so that the packing is one-to-one), FNV-1a otherwise. Two
/// long keys may share a code; lookups check the phrase text anyway.
fn code(key: &str) -> u64 {
    let bytes = key.as_bytes();
    if bytes.len() <= 7 {
        let mut packed = [0u8; 8];
        packed[..bytes.len()].copy_from_slice(bytes);
        packed[7] = bytes.len() as u8;
        return u64::from_le_bytes(packed);
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h | (1 << 63)
}

/// One token of folded text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    /// Byte range in the folded text.
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) kind: Kind,
    /// Whether white space comes before it.
    pub(super) space: bool,
    /// Whether it is a number written in kanji (二十九).
    pub(super) kanji: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Kind {
    /// A run of ASCII digits: its value (saturating) and digit count.
    Num(u32, u8),
    /// A phrase of the language.
    Word(DateWord),
    /// Any other word (or run of other Japanese characters).
    Other,
    /// A punctuation or symbol character.
    Punct(char),
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
}

/// Whether `c` is a letter, with a fast path for the Latin letters French
/// uses (the Unicode tables are slow for every `é`).
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0}'..='\u{7F}' | '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' => true,
        _ => !is_cjk(c) && c.is_alphabetic(),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!is_cjk(c) && c.is_numeric())
}

/// The lookup key of text starting at a word or character: the run of
/// letters for Latin script, the first character otherwise.
fn key_of(s: &str) -> &str {
    // Fast path: an ASCII word.
    let bytes = s.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        let end = bytes
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(bytes.len());
        if bytes.get(end).is_none_or(|&b| b < 0x80) {
            return &s[..end];
        }
    }
    let mut chars = s.char_indices();
    match chars.next() {
        None => s,
        Some((_, c)) if is_letter(c) => {
            let end = s
                .char_indices()
                .find(|&(_, c)| !is_letter(c))
                .map_or(s.len(), |(i, _)| i);
            &s[..end]
        }
        Some((_, c)) => &s[..c.len_utf8()],
    }
}

impl Lexicon {
    pub(super) fn new(language: &dyn DateLanguage) -> Lexicon {
        let mut keyed: Vec<_> = language
            .words()
            .iter()
            .map(|&(phrase, word)| (key_of(phrase), phrase, word))
            .collect();
        keyed.sort_by(|a, b| a.0.cmp(b.0).then(b.1.len().cmp(&a.1.len())));
        let mut index = FxHashMap::default();
        let mut filter = [0u64; 64];
        let mut entries = Vec::with_capacity(keyed.len());
        for (n, &(key, phrase, word)) in keyed.iter().enumerate() {
            let at = n as u32;
            index
                .entry(code(key))
                .and_modify(|r: &mut (u32, u32)| r.1 = at + 1)
                .or_insert((at, at + 1));
            entries.push((phrase, word));
            let bit = filter_bit(key);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        Lexicon {
            entries,
            index,
            filter,
            kanji_numbers: language.grammar() == DateGrammar::Japanese,
        }
    }

    /// The longest phrase at the start of `s` whose first word is `key`:
    /// its length and role.
    fn lookup(&self, key: &str, s: &str) -> Option<(usize, DateWord)> {
        let bit = filter_bit(key);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let &(lo, hi) = self.index.get(&code(key))?;
        for &(phrase, word) in &self.entries[lo as usize..hi as usize] {
            if !s.starts_with(phrase) {
                continue;
            }
            // A Latin phrase must end at a word boundary ("mar" is not
            // "march"); one ending in an apostrophe ("l'") or a CJK phrase
            // need not. Digits may follow: "Q3", "dec31".
            let last = phrase.chars().next_back().unwrap_or(' ');
            let next = s[phrase.len()..].chars().next();
            let bounded = !is_word_char(last) || next.is_none_or(|c| !is_letter(c));
            if bounded {
                return Some((phrase.len(), word));
            }
        }
        None
    }

    /// Cuts `text` (folded) into tokens.
    pub(super) fn tokenize(&self, text: &str, out: &mut Vec<Tok>) {
        out.clear();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut space = false;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' {
                space = true;
                i += 1;
                continue;
            }
            let start = i;
            let kind;
            let mut kanji = false;
            if b.is_ascii_digit() {
                let mut value: u32 = 0;
                let mut digits: u8 = 0;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    value = value
                        .saturating_mul(10)
                        .saturating_add(u32::from(bytes[i] - b'0'));
                    digits = digits.saturating_add(1);
                    i += 1;
                }
                kind = Kind::Num(value, digits);
            } else if b.is_ascii_alphabetic() || b >= 0x80 {
                let rest = &text[i..];
                let c = rest.chars().next().unwrap_or(' ');
                let cjk = is_cjk(c);
                if b >= 0x80 && !cjk && !is_letter(c) {
                    // A non-ASCII symbol, or a phrase starting with one.
                    match self.lookup(&rest[..c.len_utf8()], rest) {
                        Some((len, w)) => {
                            i += len;
                            kind = Kind::Word(w);
                        }
                        None => {
                            i += c.len_utf8();
                            kind = Kind::Punct(c);
                        }
                    }
                } else {
                    let key = key_of(rest);
                    match self.lookup(key, rest) {
                        Some((len, w)) => {
                            i += len;
                            kind = Kind::Word(w);
                        }
                        None if self.kanji_numbers && kanji_number(rest).is_some() => {
                            let (value, len) = kanji_number(rest).unwrap_or((0, c.len_utf8()));
                            i += len;
                            let digits = value.checked_ilog10().map_or(1, |l| l + 1);
                            kind = Kind::Num(value, u8::try_from(digits).unwrap_or(u8::MAX));
                            kanji = true;
                        }
                        None => {
                            i += if cjk {
                                // Swallow other CJK characters until one
                                // starts a phrase.
                                let mut j = c.len_utf8();
                                while let Some(d) = rest[j..].chars().next() {
                                    if !is_cjk(d)
                                        || (self.kanji_numbers
                                            && kanji_number(&rest[j..]).is_some())
                                        || self
                                            .lookup(&rest[j..j + d.len_utf8()], &rest[j..])
                                            .is_some()
                                    {
                                        break;
                                    }
                                    j += d.len_utf8();
                                }
                                j
                            } else {
                                key.len()
                            };
                            kind = Kind::Other;
                        }
                    }
                }
            } else {
                // ASCII punctuation, maybe starting a phrase: "(金)", "~".
                let rest = &text[i..];
                match self.lookup(&rest[..1], rest) {
                    Some((len, w)) => {
                        i += len;
                        kind = Kind::Word(w);
                    }
                    None => {
                        i += 1;
                        kind = Kind::Punct(char::from(b));
                    }
                }
            }
            out.push(Tok {
                start: start as u32,
                end: i as u32,
                kind,
                space,
                kanji,
            });
            space = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::kanji_number;

    #[test]
    fn kanji_numbers() {
        for (input, value) in [
            ("二〇一八年", 2018),
            ("千九百八十七", 1987),
            ("二十九日", 29),
            ("十二月", 12),
            ("十日", 10),
            ("三十一", 31),
            ("百", 100),
        ] {
            assert_eq!(kanji_number(input).map(|(v, _)| v), Some(value), "{input}");
        }
        assert_eq!(kanji_number("年"), None);
    }
}
