//! One compiled matcher per language for every term the extractor looks
//! for: cue words, subject aliases, named entities and clause breaks.
//!
//! All terms go into one Aho-Corasick automaton (leftmost-longest), run once
//! over a normalised copy of the text: lower case, full-width Latin letters
//! and digits as ASCII, typographic apostrophes as `'`, every run of white
//! space (no-break spaces included) as one space. An offset map takes each
//! match back to the original text, so a document is scanned once whatever
//! the size of the lexicons.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

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

/// Bits saying which kinds of [`Role`] a term has, so that a pass looking
/// for one kind skips the terms without it at the cost of a bit test.
pub(crate) mod kind {
    /// A speech cue.
    pub(crate) const SPEECH: u32 = 1;
    /// A party cue.
    pub(crate) const PARTY: u32 = 1 << 1;
    /// A subject alias.
    pub(crate) const SUBJECT: u32 = 1 << 2;
    /// An entity alias.
    pub(crate) const ENTITY: u32 = 1 << 3;
    /// A modality cue.
    pub(crate) const MODALITY: u32 = 1 << 4;
    /// A predicate trigger.
    pub(crate) const TRIGGER: u32 = 1 << 5;
    /// A data-context cue.
    pub(crate) const DATA_CONTEXT: u32 = 1 << 6;
    /// A clause break.
    pub(crate) const CLAUSE_BREAK: u32 = 1 << 7;
    /// A persona cue.
    pub(crate) const PERSONA: u32 = 1 << 8;
}

fn kind_of(role: &Role) -> u32 {
    match role {
        Role::Cue(Cue::Speech(_)) => kind::SPEECH,
        Role::Cue(Cue::Party(_)) => kind::PARTY,
        Role::Cue(Cue::Modality(_)) => kind::MODALITY,
        Role::Cue(Cue::Trigger(..)) => kind::TRIGGER,
        Role::Cue(Cue::DataContext) => kind::DATA_CONTEXT,
        Role::Cue(Cue::Persona) => kind::PERSONA,
        Role::Subject(_) => kind::SUBJECT,
        Role::Entity(_) => kind::ENTITY,
        Role::ClauseBreak => kind::CLAUSE_BREAK,
    }
}

/// A term found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First byte, in the original text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index into the matcher's terms.
    pub term: usize,
}

struct Term {
    roles: Vec<Role>,
    kinds: u32,
    prefix: bool,
    infix: bool,
}

/// The compiled terms of one language.
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    terms: Vec<Term>,
    word_boundaries: bool,
}

impl Matcher {
    /// Builds the matcher for a language's cues plus the given subject and
    /// entity aliases (`(alias, role)`).
    pub(crate) fn new(cues: &dyn Cues, names: &[(String, Role)]) -> Result<Matcher, Error> {
        let mut keys: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut terms: Vec<Term> = Vec::new();
        let mut add = |raw: &str, role: Role| {
            let prefix = raw.ends_with('*');
            let infix = raw.starts_with('*');
            let key = normalize(raw.trim_matches('*'));
            if key.is_empty() {
                return;
            }
            let at = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                terms.push(Term {
                    roles: Vec::new(),
                    kinds: 0,
                    prefix: false,
                    infix: false,
                });
                terms.len() - 1
            });
            let term = &mut terms[at];
            term.prefix |= prefix;
            term.infix |= infix;
            if !term.roles.contains(&role) {
                term.kinds |= kind_of(&role);
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
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&keys)
            .map_err(|e| Error::invalid_value(format!("cannot compile the lexicon: {e}")))?;
        Ok(Matcher {
            automaton,
            terms,
            word_boundaries: cues.has_word_boundaries(),
        })
    }

    /// Every term in `text`, left to right, with spans into `text`.
    pub(crate) fn hits(&self, text: &str) -> Vec<Hit> {
        let norm = normalized(text);
        let mut out = Vec::new();
        for m in self.automaton.find_iter(&norm.bytes) {
            let term = m.pattern().as_usize();
            let t = &self.terms[term];
            let start = norm.original(m.start());
            let end = norm.original(m.end());
            let first = text[start..].chars().next();
            let last = text[..end].chars().next_back();
            if !t.infix && !self.boundary_ok(text[..start].chars().next_back(), first) {
                continue;
            }
            if !t.prefix && !self.boundary_ok(text[end..].chars().next(), last) {
                continue;
            }
            out.push(Hit { start, end, term });
        }
        out
    }

    /// What the term of a hit stands for.
    pub(crate) fn roles(&self, hit: &Hit) -> &[Role] {
        &self.terms[hit.term].roles
    }

    /// The kinds of role the term of a hit has ([`kind`] bits).
    pub(crate) fn kinds(&self, hit: &Hit) -> u32 {
        self.terms[hit.term].kinds
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
            !(o.is_ascii_alphanumeric() || is_fullwidth_alnum(o))
                || !(edge.is_ascii_alphanumeric() || is_fullwidth_alnum(edge))
        }
    }
}

fn is_fullwidth_alnum(c: char) -> bool {
    matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
}

/// The normalised copy of a text with the way back to the original.
///
/// Most bytes keep their offset up to a constant shift (ASCII letters are
/// lowered in place, kana and ideographs are copied), so the offset map is
/// sparse: a list of `(normalised, original)` offsets where the shift
/// changes (after a collapsed run of white space, a full-width letter, a
/// typographic apostrophe). Building it costs a comparison per byte rather
/// than a stored offset per byte.
pub(crate) struct Normalized {
    bytes: Vec<u8>,
    /// Sorted by both offsets; the first is `(0, 0)`.
    breaks: Vec<(usize, usize)>,
}

impl Normalized {
    /// The original offset of normalised offset `at`, a char boundary of
    /// the normalised copy (or its end).
    fn original(&self, at: usize) -> usize {
        let k = self.breaks.partition_point(|&(n, _)| n <= at);
        let (n, o) = self.breaks[k.saturating_sub(1)];
        o + (at - n)
    }
}

/// Appends to `out` the normalised byte at original offset `i`, recording a
/// break when the shift changes.
#[inline(always)]
fn emit(out: &mut Normalized, base: &mut (usize, usize), byte: u8, i: usize) {
    let n = out.bytes.len();
    if base.1 + (n - base.0) != i {
        *base = (n, i);
        out.breaks.push(*base);
    }
    out.bytes.push(byte);
}

/// The normalised copy of `text`: lower case, full-width Latin letters and
/// digits as ASCII, typographic apostrophes as `'`, runs of white space as
/// one space.
fn normalized(text: &str) -> Normalized {
    let mut out = Normalized {
        bytes: Vec::with_capacity(text.len() + 8),
        breaks: vec![(0, 0)],
    };
    let mut base = (0usize, 0usize);
    let mut in_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII, the bulk of English and French text: a run of it in
            // which no white space follows white space keeps its length, so
            // it is copied and lowered in one go.
            let mut end = i;
            let mut prev_space = in_space;
            while end < bytes.len() && bytes[end] < 0x80 {
                let space = bytes[end].is_ascii_whitespace();
                if space && prev_space {
                    break;
                }
                prev_space = space;
                end += 1;
            }
            if end > i {
                let n = out.bytes.len();
                if base.1 + (n - base.0) != i {
                    base = (n, i);
                    out.breaks.push(base);
                }
                out.bytes.extend_from_slice(&bytes[i..end]);
                for b in &mut out.bytes[n..] {
                    *b = if b.is_ascii_whitespace() {
                        b' '
                    } else {
                        b.to_ascii_lowercase()
                    };
                }
                in_space = prev_space;
                i = end;
                continue;
            }
            // White space after white space.
            if b.is_ascii_whitespace() {
                if !in_space {
                    emit(&mut out, &mut base, b' ', i);
                    in_space = true;
                }
            } else {
                in_space = false;
                emit(&mut out, &mut base, b.to_ascii_lowercase(), i);
            }
            i += 1;
            continue;
        }
        // Lower-case Latin-1 letters (é, à, ç), kana, ideographs and CJK
        // punctuation other than the ideographic space map to themselves.
        let same = match b {
            0xC3 if bytes.get(i + 1).is_some_and(|&c| c >= 0xA0) => 2,
            0xE3 if bytes.get(i + 1..i + 3) != Some(&[0x80, 0x80]) => 3,
            0xE4..=0xE9 => 3,
            _ => 0,
        };
        if same > 0 && i + same <= bytes.len() {
            in_space = false;
            emit(&mut out, &mut base, b, i);
            out.bytes.extend_from_slice(&bytes[i + 1..i + same]);
            i += same;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let mapped = match c {
            c if c.is_whitespace() => {
                if !in_space {
                    emit(&mut out, &mut base, b' ', i);
                    in_space = true;
                }
                i += len;
                continue;
            }
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' => '\'',
            // Full-width Latin letters and digits (ＪＬＲ, ＴＡＪ).
            '\u{FF01}'..='\u{FF5E}' => {
                char::from_u32(c as u32 - 0xFEE0).map_or(c, |a| a.to_ascii_lowercase())
            }
            // Kana and ideographs have no case.
            '\u{3040}'..='\u{9FFF}' => c,
            c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
            c => c,
        };
        in_space = false;
        let mut buf = [0u8; 4];
        let encoded = mapped.encode_utf8(&mut buf).as_bytes();
        // The first byte carries the char's offset; the others follow it
        // (a match never starts or ends inside a char).
        emit(&mut out, &mut base, encoded[0], i);
        out.bytes.extend_from_slice(&encoded[1..]);
        i += len;
    }
    // The end maps to the end.
    let n = out.bytes.len();
    if base.1 + (n - base.0) != text.len() {
        out.breaks.push((n, text.len()));
    }
    out
}

/// The lookup key of a term: lower case, `’` as `'`, runs of white space as
/// one space, as in [`normalized`].
fn normalize(s: &str) -> String {
    String::from_utf8(normalized(s.trim()).bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;
    use crate::lang::cues::for_language;

    #[test]
    fn normalized_table() {
        for (input, expected) in [
            (
                "MINISTÈRE de l\u{2019}INTÉRIEUR",
                "ministère de l'intérieur",
            ),
            ("Place\u{a0}\u{a0}Beauvau\n", "place beauvau "),
            ("ＪＬＲは", "jlrは"),
            ("", ""),
        ] {
            let norm = normalized(input);
            assert_eq!(
                String::from_utf8(norm.bytes.clone()).unwrap(),
                expected,
                "{input:?}"
            );
            assert_eq!(norm.original(norm.bytes.len()), input.len());
            // Every char of the copy goes back to a char of the original.
            let copy = String::from_utf8(norm.bytes.clone()).unwrap();
            for (at, _) in copy.char_indices() {
                assert!(input.is_char_boundary(norm.original(at)), "{input:?} {at}");
            }
        }
    }

    #[test]
    fn longest_term_and_word_boundaries() {
        let m = Matcher::new(for_language(Language::English), &[]).unwrap();
        let text = "It has not  been Confirmed; unconfirmed. Sunday attacks.";
        let hits: Vec<&str> = m.hits(text).iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(hits, ["not  been Confirmed", "unconfirmed", "attacks"]);
    }
}
