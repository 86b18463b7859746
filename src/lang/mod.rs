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
    let mut kana = 0usize;
    let mut han = 0usize;
    let mut letters = 0usize;
    if text.is_ascii() {
        // No kana, no ideographs: count letters byte by byte.
        letters = text.bytes().filter(u8::is_ascii_alphabetic).count();
    } else {
        for c in text.chars() {
            match c {
                '\u{3040}'..='\u{30FF}' => kana += 1,
                '\u{4E00}'..='\u{9FFF}' => han += 1,
                c if c.is_alphabetic() => letters += 1,
                _ => {}
            }
        }
    }
    if kana > 0 || (han > 0 && han * 4 >= letters) {
        return Some(Language::Japanese);
    }
    let (mut fr, mut en) = (0usize, 0usize);
    if text.is_ascii() {
        // The words of the split below, found byte by byte.
        let bytes = text.as_bytes();
        let mut at = 0;
        let mut words = 0;
        while at < bytes.len() && words < 2000 {
            while at < bytes.len() && !bytes[at].is_ascii_alphabetic() {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
                at += 1;
            }
            if at > start {
                count_function_word(&text[start..at], &mut fr, &mut en);
                words += 1;
            }
        }
    } else {
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(2000)
        {
            count_function_word(word, &mut fr, &mut en);
        }
    }
    // Elisions (l', d', qu') are French-only evidence.
    if fr > 0 {
        fr += text.matches(['\'', '\u{2019}']).count().min(3);
    }
    match (fr, en) {
        (0, 0) => None,
        (f, e) if f > e => Some(Language::French),
        _ => Some(Language::English),
    }
}

/// Counts `word` if it is a French or an English function word.
#[inline]
fn count_function_word(word: &str, fr: &mut usize, en: &mut usize) {
    // Lowering a letter never gives fewer letters: a word longer than the
    // longest of the lists matches none and is not lowered (this runs on
    // every line of a text whose language is detected line by line).
    let key = if word.is_ascii() {
        if word.len() > LONGEST_FUNCTION_WORD {
            return;
        }
        pack(word.as_bytes(), true)
    } else {
        if word.len() > 4 * LONGEST_FUNCTION_WORD || word.chars().count() > LONGEST_FUNCTION_WORD {
            return;
        }
        pack(word.to_lowercase().as_bytes(), false)
    };
    *fr += usize::from(FRENCH_KEYS.contains(&key));
    *en += usize::from(ENGLISH_KEYS.contains(&key));
}

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

/// The packed words of a list.
const fn keys<const N: usize>(list: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut k = 0;
    while k < N {
        out[k] = pack(list[k].as_bytes(), false);
        k += 1;
    }
    out
}

const FRENCH_KEYS: [u64; FRENCH_FUNCTION_WORDS.len()] = keys(FRENCH_FUNCTION_WORDS);
const ENGLISH_KEYS: [u64; ENGLISH_FUNCTION_WORDS.len()] = keys(ENGLISH_FUNCTION_WORDS);

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
    fn longest_function_word_is_right() {
        let longest = super::FRENCH_FUNCTION_WORDS
            .iter()
            .chain(super::ENGLISH_FUNCTION_WORDS)
            .map(|w| w.chars().count())
            .max();
        assert_eq!(longest, Some(super::LONGEST_FUNCTION_WORD));
    }
}
