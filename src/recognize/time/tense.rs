//! The tense of the clause around a time expression, from the words near
//! it: past-tense news reports what happened ("was detected on Jan. 9"),
//! future-tense news announces ("will publish on Jan. 9"), and a date
//! without a year follows (see `resolve::pick`).
//!
//! Only the sentence holding the expression is read, at most
//! [`TenseCues::WINDOW`] bytes either way, so the work per expression is
//! bounded and recognition stays linear in the length of the text.

use crate::lang::dates::{Tense, TenseCues};

/// Whether the character at `at` (of length `len`) ends a sentence: a
/// full stop only before white space or the end of the text, so that
/// "3.5" and "Jan.9" do not cut.
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '!' | '?' | ';' | '\n' | '。' | '！' | '？' => true,
        '.' => text[at + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace),
        _ => false,
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The part of the sentence before `start`, within the window.
fn before(text: &str, start: usize) -> usize {
    let lo = floor_boundary(text, start.saturating_sub(TenseCues::WINDOW));
    text[lo..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_sentence(text, lo + i, c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8())
}

/// The end of the part of the sentence after `end`, within the window; a
/// Japanese sentence keeps its 。, which some cues end with ("た。").
fn after(text: &str, end: usize) -> usize {
    let hi = floor_boundary(text, (end + TenseCues::WINDOW).min(text.len()));
    text[end..hi]
        .char_indices()
        .find(|&(i, c)| ends_sentence(text, end + i, c))
        .map_or(hi, |(i, c)| end + i + c.len_utf8())
}

/// The cues of a language with a filter over their first characters,
/// built once per recognizer: most words near a date are no cue and are
/// turned away by one bit test.
pub(super) struct TenseIndex {
    cues: &'static TenseCues,
    /// A 256-bit filter over the first character of every listed word,
    /// phrase and auxiliary.
    filter: [u64; 4],
    spaced: bool,
}

fn bit(c: char) -> usize {
    ((c as u32).wrapping_mul(0x9E37_79B1) >> 24) as usize
}

impl TenseIndex {
    /// The index of `cues`; `spaced` tells whether the language separates
    /// its words with spaces (cues are then whole words) or not (cues are
    /// substrings, as in Japanese).
    pub(super) fn new(cues: &'static TenseCues, spaced: bool) -> TenseIndex {
        let mut filter = [0u64; 4];
        let firsts = cues
            .words
            .iter()
            .map(|(w, _)| *w)
            .chain(cues.auxiliaries.iter().copied());
        for w in firsts {
            if let Some(c) = w.chars().next() {
                let b = bit(c);
                filter[b / 64] |= 1 << (b % 64);
            }
        }
        TenseIndex {
            cues,
            filter,
            spaced,
        }
    }

    fn may_start(&self, c: char) -> bool {
        let b = bit(c);
        self.filter[b / 64] & (1 << (b % 64)) != 0
    }

    /// The tense the words around `text[start..end]` (folded text) mark,
    /// or [`Tense::Unknown`] when none near it does.
    pub(super) fn around(&self, text: &str, start: usize, end: usize) -> Tense {
        let cues = self.cues;
        if cues.words.is_empty() && cues.endings.is_empty() {
            return Tense::Unknown;
        }
        let (lo, hi) = (before(text, start), after(text, end));
        let left = || {
            if self.spaced {
                self.last_word_cue(text, lo, start)
            } else {
                self.last_substring_cue(&text[lo..start])
            }
        };
        let right = || {
            if self.spaced {
                self.first_word_cue(text, end, hi)
            } else {
                self.first_substring_cue(&text[end..hi])
            }
        };
        let found = if cues.verb_last {
            right().or_else(left)
        } else {
            left().or_else(right)
        };
        found.unwrap_or_default()
    }

    /// The listed cue starting at the beginning of `s`, for a language
    /// written without spaces.
    fn substring_at(&self, s: &str) -> Option<Tense> {
        let c = s.chars().next()?;
        if !self.may_start(c) {
            return None;
        }
        self.cues
            .words
            .iter()
            .find(|(cue, _)| s.starts_with(cue))
            .map(|&(_, t)| t)
    }

    /// The cue nearest the end of `left`, wholly inside it.
    fn last_substring_cue(&self, left: &str) -> Option<Tense> {
        left.char_indices()
            .rev()
            .find_map(|(i, _)| self.substring_at(&left[i..]))
    }

    /// The cue nearest the start of `right`.
    fn first_substring_cue(&self, right: &str) -> Option<Tense> {
        right
            .char_indices()
            .find_map(|(i, _)| self.substring_at(&right[i..]))
    }

    /// The tense a word marks by itself: a listed word or phrase starting
    /// there, or an ending.
    fn word_tense(&self, text: &str, (s, e): (usize, usize)) -> Option<Tense> {
        let cues = self.cues;
        let first = text[s..].chars().next()?;
        if self.may_start(first) {
            if let Some(&(_, t)) = cues.words.iter().find(|(p, _)| phrase_at(text, s, p)) {
                return Some(t);
            }
        }
        let word = &text[s..e];
        let &(_, tense, _) = cues
            .endings
            .iter()
            .find(|&&(ending, _, min)| word.len() >= usize::from(min) && word.ends_with(ending))?;
        (!cues.not_cues.contains(&word)).then_some(tense)
    }

    /// The tense a word marks, with the one after it: an auxiliary before
    /// a participle makes a past, unless the participle is itself a cue
    /// ("est prévue").
    fn cue(&self, text: &str, w: (usize, usize), next: Option<(usize, usize)>) -> Option<Tense> {
        let cues = self.cues;
        if let Some(next) = next {
            let first = text[w.0..].chars().next().unwrap_or(' ');
            if self.may_start(first) && cues.auxiliaries.contains(&&text[w.0..w.1]) {
                if let Some(t) = self.word_tense(text, next) {
                    return Some(t);
                }
                let n = &text[next.0..next.1];
                if cues.participles.iter().any(|p| n.ends_with(p)) {
                    return Some(Tense::Past);
                }
            }
        }
        self.word_tense(text, w)
    }

    /// The cue nearest before `start`, from `lo` on.
    fn last_word_cue(&self, text: &str, lo: usize, start: usize) -> Option<Tense> {
        let mut next = next_word(text, start, text.len().min(start + 64));
        let mut at = start;
        while let Some(w) = prev_word(text, lo, at) {
            if let Some(t) = self.cue(text, w, next) {
                return Some(t);
            }
            next = Some(w);
            at = w.0;
        }
        None
    }

    /// The cue nearest after `end`, up to `hi`.
    fn first_word_cue(&self, text: &str, end: usize, hi: usize) -> Option<Tense> {
        let mut w = next_word(text, end, hi)?;
        loop {
            let next = next_word(text, w.1, hi);
            if let Some(t) = self.cue(text, w, next) {
                return Some(t);
            }
            w = next?;
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\''
}

/// The first word of `text[from..hi]`, as a byte range.
fn next_word(text: &str, from: usize, hi: usize) -> Option<(usize, usize)> {
    let hi = floor_boundary(text, hi);
    let slice = text.get(from..hi)?;
    let (s, _) = slice.char_indices().find(|&(_, c)| is_word_char(c))?;
    let e = slice[s..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(slice.len(), |(i, _)| s + i);
    Some((from + s, from + e))
}

/// The last word of `text[lo..to]`, as a byte range.
fn prev_word(text: &str, lo: usize, to: usize) -> Option<(usize, usize)> {
    let slice = text.get(lo..to)?;
    let (i, c) = slice.char_indices().rev().find(|&(_, c)| is_word_char(c))?;
    let e = i + c.len_utf8();
    let s = slice[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(j, c)| j + c.len_utf8());
    Some((lo + s, lo + e))
}

/// Whether the phrase starts at `at` and ends at a word boundary.
fn phrase_at(text: &str, at: usize, phrase: &str) -> bool {
    text[at..].starts_with(phrase)
        && text[at + phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c))
}
