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
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        // Lowering a letter never gives fewer letters: a word longer than
        // the longest of the lists matches none and is not lowered (this
        // runs on every line of a text whose language is detected line by
        // line).
        let mut buf = [0u8; LONGEST_FUNCTION_WORD];
        let lowered;
        let w = if word.is_ascii() {
            let Some(lower) = buf.get_mut(..word.len()) else {
                continue;
            };
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).unwrap_or_default()
        } else {
            if word.len() > 4 * LONGEST_FUNCTION_WORD
                || word.chars().count() > LONGEST_FUNCTION_WORD
            {
                continue;
            }
            lowered = word.to_lowercase();
            lowered.as_str()
        };
        fr += usize::from(FRENCH_FUNCTION_WORDS.contains(&w));
        en += usize::from(ENGLISH_FUNCTION_WORDS.contains(&w));
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
