//! Cutting folded text into tokens: numbers, known phrases, other words and
//! punctuation.
//!
//! The language's phrase table is indexed by its first word (Latin) or
//! first character (Japanese); at each word the longest phrase that
//! matches wins, so "the day before yesterday" beats "the".

use crate::lang::dates::{DateLanguage, DateWord};

/// A phrase table sorted for lookup by its key.
pub(super) struct Lexicon {
    /// (key, phrase, role), sorted by key then longest phrase first.
    entries: Vec<(&'static str, &'static str, DateWord)>,
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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// The lookup key of text starting at a word or character: the run of
/// letters for Latin script, the first character otherwise.
fn key_of(s: &str) -> &str {
    let mut chars = s.char_indices();
    match chars.next() {
        None => s,
        Some((_, c)) if c.is_alphabetic() && !is_cjk(c) => {
            let end = s
                .char_indices()
                .find(|&(_, c)| !c.is_alphabetic() || is_cjk(c))
                .map_or(s.len(), |(i, _)| i);
            &s[..end]
        }
        Some((_, c)) => &s[..c.len_utf8()],
    }
}

impl Lexicon {
    pub(super) fn new(language: &dyn DateLanguage) -> Lexicon {
        let mut entries: Vec<_> = language
            .words()
            .iter()
            .map(|&(phrase, word)| (key_of(phrase), phrase, word))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(b.0).then(b.1.len().cmp(&a.1.len())));
        Lexicon { entries }
    }

    /// The longest phrase at the start of `s` whose first word is `key`:
    /// its length and role.
    fn lookup(&self, key: &str, s: &str) -> Option<(usize, DateWord)> {
        let lo = self.entries.partition_point(|e| e.0 < key);
        for &(k, phrase, word) in &self.entries[lo..] {
            if k != key {
                break;
            }
            if !s.starts_with(phrase) {
                continue;
            }
            // A Latin phrase must end at a word boundary ("mar" is not
            // "march"); one ending in an apostrophe ("l'") or a CJK phrase
            // need not.
            let last = phrase.chars().next_back().unwrap_or(' ');
            let next = s[phrase.len()..].chars().next();
            let bounded = !is_word_char(last) || next.is_none_or(|c| !is_word_char(c));
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
                if b >= 0x80 && !c.is_alphabetic() && !is_cjk(c) {
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
                        None => {
                            i += if is_cjk(c) {
                                // Swallow other CJK characters until one
                                // starts a phrase.
                                let mut j = c.len_utf8();
                                while let Some(d) = rest[j..].chars().next() {
                                    if !is_cjk(d)
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
            });
            space = false;
        }
    }
}
