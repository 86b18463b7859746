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

/// The tense the words around `text[start..end]` (folded text) mark, or
/// [`Tense::Unknown`] when none near it does. `spaced` tells whether the
/// language separates its words with spaces (cues are then whole words)
/// or not (cues are substrings, as in Japanese).
pub(super) fn around(
    text: &str,
    start: usize,
    end: usize,
    cues: &TenseCues,
    spaced: bool,
) -> Tense {
    if cues.words.is_empty() && cues.endings.is_empty() {
        return Tense::Unknown;
    }
    let (lo, hi) = (before(text, start), after(text, end));
    let (left, right) = if spaced {
        words_around(text, lo, start, end, hi, cues)
    } else {
        substrings_around(&text[lo..start], &text[end..hi], cues)
    };
    let first = if cues.verb_last {
        right.or(left)
    } else {
        left.or(right)
    };
    first.unwrap_or_default()
}

/// The nearest cue before the expression and the nearest after it, for
/// a language written without spaces.
fn substrings_around(left: &str, right: &str, cues: &TenseCues) -> (Option<Tense>, Option<Tense>) {
    let mut last: Option<(usize, Tense)> = None;
    let mut first: Option<(usize, Tense)> = None;
    for &(cue, tense) in cues.words {
        if let Some(i) = left.rfind(cue) {
            let end = i + cue.len();
            if last.is_none_or(|(e, _)| end > e) {
                last = Some((end, tense));
            }
        }
        if let Some(i) = right.find(cue) {
            if first.is_none_or(|(s, _)| i < s) {
                first = Some((i, tense));
            }
        }
    }
    (last.map(|c| c.1), first.map(|c| c.1))
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\''
}

/// The words of `text[lo..hi]`, as byte ranges.
fn words(text: &str, lo: usize, hi: usize, out: &mut Vec<(usize, usize)>) {
    let mut start = None;
    for (i, c) in text[lo..hi].char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(lo + i),
            (false, Some(s)) => {
                out.push((s, lo + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, hi));
    }
}

/// Whether the phrase starts at `at` and ends at a word boundary.
fn phrase_at(text: &str, at: usize, phrase: &str) -> bool {
    text[at..].starts_with(phrase)
        && text[at + phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c))
}

/// The tense a word marks by itself: a listed word or phrase starting
/// there, or an ending.
fn word_tense(text: &str, (s, e): (usize, usize), cues: &TenseCues) -> Option<Tense> {
    if let Some(&(_, t)) = cues.words.iter().find(|(p, _)| phrase_at(text, s, p)) {
        return Some(t);
    }
    let word = &text[s..e];
    if cues.not_cues.contains(&word) {
        return None;
    }
    cues.endings
        .iter()
        .find(|&&(ending, _, min)| word.len() >= usize::from(min) && word.ends_with(ending))
        .map(|&(_, t, _)| t)
}

/// The tense a word marks, with the one after it: an auxiliary before a
/// participle makes a past, unless the participle is itself a cue
/// ("est prévue").
fn cue(text: &str, words: &[(usize, usize)], k: usize, cues: &TenseCues) -> Option<Tense> {
    let w = words[k];
    if cues.auxiliaries.contains(&&text[w.0..w.1]) {
        if let Some(&next) = words.get(k + 1) {
            if let Some(t) = word_tense(text, next, cues) {
                return Some(t);
            }
            let n = &text[next.0..next.1];
            if cues.participles.iter().any(|p| n.ends_with(p)) {
                return Some(Tense::Past);
            }
        }
    }
    word_tense(text, w, cues)
}

/// The nearest cue before the expression `[start, end)` and the nearest
/// after it, in the sentence part `[lo, hi)`.
fn words_around(
    text: &str,
    lo: usize,
    start: usize,
    end: usize,
    hi: usize,
    cues: &TenseCues,
) -> (Option<Tense>, Option<Tense>) {
    let mut ws = Vec::new();
    words(text, lo, hi, &mut ws);
    let left = ws
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, w)| w.1 <= start)
        .find_map(|(k, _)| cue(text, &ws, k, cues));
    let right = ws
        .iter()
        .enumerate()
        .filter(|(_, w)| w.0 >= end)
        .find_map(|(k, _)| cue(text, &ws, k, cues));
    (left, right)
}
