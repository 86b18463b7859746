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
    for c in text.chars() {
        match c {
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{4E00}'..='\u{9FFF}' => han += 1,
            c if c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    if kana > 0 || (han > 0 && han * 4 >= letters) {
        return Some(Language::Japanese);
    }
    const FR: &[&str] = &[
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "a", "été", "que", "qui",
        "pour", "dans", "sur", "par", "pas", "au", "aux", "ce", "il", "selon", "avec",
    ];
    const EN: &[&str] = &[
        "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "by", "with", "has",
        "have", "it", "as", "said", "from", "at", "were", "are", "this",
    ];
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        let w = word.to_lowercase();
        fr += usize::from(FR.contains(&w.as_str()));
        en += usize::from(EN.contains(&w.as_str()));
    }
    // Elisions (l', d', qu') are French-only evidence.
    fr += text.matches(['\'', '\u{2019}']).count().min(3) * usize::from(fr > 0);
    match (fr, en) {
        (0, 0) => None,
        (f, e) if f > e => Some(Language::French),
        _ => Some(Language::English),
    }
}

pub(crate) mod cues;
pub(crate) mod dates;
pub(crate) mod numbers;

pub(crate) mod en;
pub(crate) mod fr;
pub(crate) mod ja;
