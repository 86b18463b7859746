//! One compiled matcher per language for every term the extractor looks
//! for: cue words, subject aliases, named entities and clause breaks.
//!
//! All terms go into a single regex alternation, longest first, run once
//! over a case-folded copy of the text that has the same byte offsets
//! (ASCII and Latin-1 letters only change case within the same length), so
//! a document is scanned once whatever the size of the lexicons.

use std::collections::HashMap;

use regex::{Regex, RegexBuilder};

use crate::Error;
use crate::lang::cues::{Cue, Cues};

/// What a matched term stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// A cue of the language.
    Cue(Cue),
    /// An alias of the subject at this index.
    Subject(usize),
    /// An alias of the entity at this index.
    Entity(usize),
    /// A word that starts a new clause.
    ClauseBreak,
}

/// A term found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First byte, in the text matched.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index into [`Matcher::roles`].
    pub term: usize,
}

struct Term {
    roles: Vec<Role>,
    prefix: bool,
    infix: bool,
}

/// The compiled terms of one language.
pub(crate) struct Matcher {
    regex: Regex,
    index: HashMap<String, usize>,
    terms: Vec<Term>,
    word_boundaries: bool,
}

impl Matcher {
    /// Builds the matcher for a language's cues plus the given subject and
    /// entity aliases (`(alias, role)`).
    pub(crate) fn new(cues: &dyn Cues, names: &[(String, Role)]) -> Result<Matcher, Error> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut terms: Vec<Term> = Vec::new();
        let mut add = |raw: &str, role: Role| {
            let prefix = raw.ends_with('*');
            let infix = raw.starts_with('*');
            let key = normalize(raw.trim_matches('*'));
            if key.is_empty() {
                return;
            }
            let at = *index.entry(key).or_insert_with(|| {
                terms.push(Term {
                    roles: Vec::new(),
                    prefix: false,
                    infix: false,
                });
                terms.len() - 1
            });
            let term = &mut terms[at];
            term.prefix |= prefix;
            term.infix |= infix;
            if !term.roles.contains(&role) {
                term.roles.push(role);
            }
        };
        for (term, cue) in cues.terms() {
            add(term, Role::Cue(cue.clone()));
        }
        for term in cues.clause_breaks() {
            add(term, Role::ClauseBreak);
        }
        for (name, role) in names {
            add(name, role.clone());
        }
        let mut keys: Vec<&String> = index.keys().collect();
        // Longest first, so that at one position the longest term wins.
        keys.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let mut pattern = String::with_capacity(keys.len() * 16);
        for (i, key) in keys.iter().enumerate() {
            if i > 0 {
                pattern.push('|');
            }
            for c in key.chars() {
                match c {
                    ' ' => pattern.push_str(r"\s+"),
                    '\'' => pattern.push_str("['\u{2019}]"),
                    c => pattern.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
                }
            }
        }
        if pattern.is_empty() {
            // Matches nothing.
            pattern.push_str(r"[^\s\S]");
        }
        let regex = RegexBuilder::new(&pattern)
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .map_err(|e| Error::invalid_value(format!("cannot compile the lexicon: {e}")))?;
        Ok(Matcher {
            regex,
            index,
            terms,
            word_boundaries: cues.has_word_boundaries(),
        })
    }

    /// Every term in `text`, left to right; `folded` is [`fold`] of it.
    pub(crate) fn hits(&self, text: &str, folded: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        for m in self.regex.find_iter(folded) {
            // Most matches are already in normal form: look them up as
            // they are, without allocating.
            let found = if is_normal(m.as_str()) {
                self.index.get(m.as_str())
            } else {
                self.index.get(&normalize(m.as_str()))
            };
            let Some(&term) = found else {
                continue;
            };
            let t = &self.terms[term];
            if !t.infix
                && !self.boundary_ok(
                    text[..m.start()].chars().next_back(),
                    m.as_str().chars().next(),
                )
            {
                continue;
            }
            if !t.prefix
                && !self.boundary_ok(
                    text[m.end()..].chars().next(),
                    m.as_str().chars().next_back(),
                )
            {
                continue;
            }
            out.push(Hit {
                start: m.start(),
                end: m.end(),
                term,
            });
        }
        out
    }

    /// What the term of a hit stands for.
    pub(crate) fn roles(&self, hit: &Hit) -> &[Role] {
        &self.terms[hit.term].roles
    }

    /// Whether `outside` may touch a term whose edge character is `edge`.
    fn boundary_ok(&self, outside: Option<char>, edge: Option<char>) -> bool {
        let Some(o) = outside else { return true };
        let edge = edge.unwrap_or(' ');
        if self.word_boundaries {
            !(o.is_alphanumeric() && edge.is_alphanumeric())
        } else {
            // Japanese: only Latin words inside Japanese text need a
            // boundary ("JLRは" is fine, "STAJE" is not TAJ).
            !(o.is_ascii_alphanumeric() && edge.is_ascii_alphanumeric())
        }
    }
}

/// Lower-cases ASCII and Latin-1 letters, keeping every byte offset.
pub(crate) fn fold(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_uppercase() {
            bytes[i] = b + 0x20;
        } else if b == 0xC3 && i + 1 < bytes.len() {
            // À..Þ (C3 80..C3 9E) except × (C3 97) map to à..þ (C3 A0..C3 BE):
            // two bytes each way, still valid UTF-8.
            let n = bytes[i + 1];
            if (0x80..=0x9E).contains(&n) && n != 0x97 {
                bytes[i + 1] = n + 0x20;
            }
            i += 1;
        }
        i += 1;
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}

/// Whether a match is already a lookup key: no upper case, no `’`, no
/// white space but single spaces.
fn is_normal(s: &str) -> bool {
    let b = s.as_bytes();
    !b.iter()
        .any(|&c| c.is_ascii_uppercase() || (c.is_ascii_whitespace() && c != b' '))
        && !s.contains("  ")
        && !s
            .chars()
            .any(|c| c == '\u{2019}' || (c.is_whitespace() && c != ' '))
        && !s.starts_with(' ')
}

/// The lookup key of a term or a match: lower case, `’` as `'`, runs of
/// white space as one space.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '\u{2019}' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;
    use crate::lang::cues::for_language;

    #[test]
    fn fold_keeps_offsets() {
        for input in [
            "MINISTÈRE de l’INTÉRIEUR",
            "フランス内務省",
            "Straße ×Ÿ",
            "",
        ] {
            assert_eq!(fold(input).len(), input.len(), "{input:?}");
        }
        assert_eq!(fold("ÉTAT Hacker"), "état hacker");
    }

    #[test]
    fn longest_term_and_word_boundaries() {
        let m = Matcher::new(for_language(Language::English), &[]).unwrap();
        let text = "It has not been confirmed; unconfirmed. Sunday attacks.";
        let hits: Vec<&str> = m
            .hits(text, &fold(text))
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(hits, ["not been confirmed", "unconfirmed", "attacks"]);
    }
}
