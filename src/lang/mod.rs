//! Language knowledge: one module per language behind common traits.
//!
//! Everything that differs between English, French and Japanese (number
//! words, cue words, date formats) lives in `src/lang/<code>/`, as data
//! where it can be.

use crate::Language;

/// Guesses the language of a text from its script and a few frequent
/// words; `None` when nothing points to a supported language.
///
/// Japanese is any text with kana or enough CJK ideographs; French and
/// English are told apart by counting frequent function words.
///
/// ```
/// use corroborate::{Language, lang::detect};
///
/// assert_eq!(detect("フランス内務省のメールサーバーに不正アクセス"), Some(Language::Japanese));
/// assert_eq!(detect("Le ministère de l'Intérieur a été visé par une attaque"), Some(Language::French));
/// assert_eq!(detect("The ministry said some files were accessed"), Some(Language::English));
/// assert_eq!(detect("12345"), None);
/// ```
pub fn detect(text: &str) -> Option<Language> {
    let bytes = text.as_bytes();
    let ascii = text.is_ascii();
    let (mut kana, mut han, mut letters) = (0usize, 0usize, 0usize);
    let (mut fr, mut en) = (0usize, 0usize);
    // Words are runs of alphabetic characters (kana and ideographs
    // included). They are found 64 bytes at a time from a mask of the
    // bytes of letters, whose changes mark where words start and end:
    // this runs on every line of a text whose language is detected line
    // by line, and a byte-by-byte loop mispredicts at each word's edges.
    let mut words = 0usize;
    let mut start = usize::MAX;
    let mut in_word = 0u64;
    // Bytes of a character begun in the previous block, and whether it
    // is a letter.
    let (mut pending, mut pending_letter) = (0usize, false);
    for block in (0..bytes.len()).step_by(64) {
        let end = (block + 64).min(bytes.len());
        // The ASCII letters, and the bytes that begin a non-ASCII
        // character (loops without branches, which the compiler unrolls).
        let mut mask = 0u64;
        let mut leads = 0u64;
        for (k, &b) in bytes[block..end].iter().enumerate() {
            // `b.is_ascii_alphabetic()` as one comparison: setting bit 5
            // maps `A..=Z` onto `a..=z` and no other byte into it.
            mask |= u64::from((b | 0x20).wrapping_sub(b'a') < 26) << k;
            leads |= u64::from(b >= 0xC0) << k;
        }
        if !ascii {
            letters += mask.count_ones() as usize;
            let carried = pending.min(end - block);
            if pending_letter {
                mask |= (1u64 << carried) - 1;
            }
            pending = 0;
            while leads != 0 {
                let at = block + leads.trailing_zeros() as usize;
                leads &= leads - 1;
                let c = text[at..].chars().next().unwrap_or_default();
                let letter = is_letter(c);
                match c {
                    '\u{3040}'..='\u{30FF}' => kana += 1,
                    '\u{4E00}'..='\u{9FFF}' => han += 1,
                    _ if letter => letters += 1,
                    _ => {}
                }
                let len = c.len_utf8();
                let here = len.min(end - at);
                if letter {
                    mask |= ((1u64 << here) - 1) << (at - block);
                }
                pending = len - here;
                pending_letter = letter;
            }
        }
        let mut edges = mask ^ ((mask << 1) | in_word);
        in_word = mask >> 63;
        while edges != 0 {
            let at = block + edges.trailing_zeros() as usize;
            edges &= edges - 1;
            if start == usize::MAX {
                start = at;
            } else {
                if words < 2000 {
                    count_word(bytes, start, at, &mut fr, &mut en);
                    words += 1;
                }
                start = usize::MAX;
            }
        }
    }
    if start != usize::MAX && words < 2000 {
        count_word(bytes, start, bytes.len(), &mut fr, &mut en);
    }
    if kana > 0 || (han > 0 && han * 4 >= letters) {
        return Some(Language::Japanese);
    }
    // Elisions (l', d', qu') are French-only evidence.
    if fr > 0 {
        // `'` is one byte; `’` is E2 80 99, which no other character's
        // bytes contain.
        let mut quotes = bytes.iter().filter(|&&b| b == b'\'').count();
        if !ascii {
            quotes += bytes.windows(3).filter(|w| *w == b"\xE2\x80\x99").count();
        }
        fr += quotes.min(3);
    }
    match (fr, en) {
        (0, 0) => None,
        (f, e) if f > e => Some(Language::French),
        _ => Some(Language::English),
    }
}

/// `c.is_alphabetic()`, answered without the Unicode tables for the
/// accented Latin letters of French (U+00C0..U+017F, all letters but `×`
/// and `÷`).
#[inline]
fn is_letter(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{17F}' => c != '\u{D7}' && c != '\u{F7}',
        _ => c.is_alphabetic(),
    }
}

/// Counts the word `bytes[start..end]` if it is a French or an English
/// function word.
///
/// No function word has more than seven bytes, and no longer word lowers
/// to one (only the Kelvin sign lowers to fewer bytes, to a `k` that no
/// function word has), so a longer word is skipped. An ASCII word is
/// packed from one 8-byte load and looked up in [`FUNCTION_WORDS`]
/// without a branch; this runs on every line of a text whose language is
/// detected line by line.
#[inline]
fn count_word(bytes: &[u8], start: usize, end: usize, fr: &mut usize, en: &mut usize) {
    let len = end - start;
    let raw = match bytes.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => {
            // The last word of the text: copied into zeros.
            let mut raw = [0u8; 8];
            raw[..bytes.len() - start].copy_from_slice(&bytes[start..]);
            u64::from_le_bytes(raw)
        }
    };
    let kept = if len >= 7 {
        0x00FF_FFFF_FFFF_FFFF
    } else {
        (1u64 << (8 * len)) - 1
    };
    let word = raw & kept;
    let key = if word & 0x0080_8080_8080_8080 == 0 {
        // Letters only: setting bit 5 lowers them.
        (word | (0x0020_2020_2020_2020 & kept)) | ((len as u64) << 56)
    } else if len <= 7 {
        match std::str::from_utf8(&bytes[start..end]) {
            Ok(word) => lowered_key(word),
            Err(_) => 0,
        }
    } else {
        0
    };
    let key = if len > 7 { 0 } else { key };
    let slot = slot_of(key);
    let hit = FUNCTION_WORDS.keys[slot] == key;
    let class = if hit { FUNCTION_WORDS.class[slot] } else { 0 };
    *fr += usize::from(class == FRENCH);
    *en += usize::from(class == ENGLISH);
}

/// The packed key of a word with a non-ASCII letter, lowered; `0` when it
/// is too long to be a function word.
fn lowered_key(word: &str) -> u64 {
    if word.chars().count() > LONGEST_FUNCTION_WORD {
        return 0;
    }
    let mut buf = [0u8; 8];
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let n = c.len_utf8();
        if len + n > 7 {
            return 0;
        }
        c.encode_utf8(&mut buf[len..]);
        len += n;
    }
    pack(&buf[..len], false)
}

/// The slot of a packed key in [`FUNCTION_WORDS`]: a multiplicative hash
/// whose factor was chosen so that no two function words share a slot
/// (checked when the table is built, at compile time).
const fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x2732_6b28_014c_08d7) >> 57) as usize
}

const FRENCH: u8 = 1;
const ENGLISH: u8 = 2;

/// The function words of both languages by slot: each slot's packed key
/// (`0`, which no word packs to, when empty) and language.
struct FunctionWords {
    keys: [u64; 128],
    class: [u8; 128],
}

const FUNCTION_WORDS: FunctionWords = {
    let mut table = FunctionWords {
        keys: [0; 128],
        class: [0; 128],
    };
    let lists = [
        (FRENCH_FUNCTION_WORDS, FRENCH),
        (ENGLISH_FUNCTION_WORDS, ENGLISH),
    ];
    let mut l = 0;
    while l < lists.len() {
        let (list, class) = lists[l];
        let mut k = 0;
        while k < list.len() {
            let key = pack(list[k].as_bytes(), false);
            let slot = slot_of(key);
            assert!(table.keys[slot] == 0, "two function words share a slot");
            table.keys[slot] = key;
            table.class[slot] = class;
            k += 1;
        }
        l += 1;
    }
    table
};

/// A word of at most seven bytes as one number (its bytes and its
/// length), lowered when `lower` (ASCII), so that a list is searched by
/// comparing numbers; a longer word is `0`, which no word packs to.
const fn pack(word: &[u8], lower: bool) -> u64 {
    if word.len() > 7 {
        return 0;
    }
    let mut key = (word.len() as u64) << 56;
    let mut k = 0;
    while k < word.len() {
        let b = if lower {
            word[k].to_ascii_lowercase()
        } else {
            word[k]
        };
        key |= (b as u64) << (8 * k);
        k += 1;
    }
    key
}

/// Frequent French words that tell French from English.
const FRENCH_FUNCTION_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "a", "été", "que", "qui",
    "pour", "dans", "sur", "par", "pas", "au", "aux", "ce", "il", "selon", "avec",
];

/// Frequent English words that tell English from French.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "by", "with", "has", "have",
    "it", "as", "said", "from", "at", "were", "are", "this",
];

/// The letters of the longest function word ("selon").
const LONGEST_FUNCTION_WORD: usize = 5;

pub(crate) mod cues;
pub(crate) mod dates;
pub(crate) mod numbers;

pub(crate) mod en;
pub(crate) mod fr;
pub(crate) mod ja;

#[cfg(test)]
mod tests {
    #[test]
    fn latin_letters_are_alphabetic_as_unicode_says() {
        for c in '\u{80}'..='\u{200}' {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn ascii_letter_test_is_exact() {
        for b in 0..=255u8 {
            assert_eq!((b | 0x20).wrapping_sub(b'a') < 26, b.is_ascii_alphabetic());
        }
    }

    #[test]
    fn longest_function_word_is_right() {
        let longest = super::FRENCH_FUNCTION_WORDS
            .iter()
            .chain(super::ENGLISH_FUNCTION_WORDS)
            .map(|w| w.chars().count())
            .max();
        assert_eq!(longest, Some(super::LONGEST_FUNCTION_WORD));
    }
}
