//! Phrase tables indexed by their first and last character, so that
//! looking for a cue or a unit next to a number tries only the few phrases
//! that can match there instead of every phrase of the language.

use super::numeral::{char_at, char_before, skip_spaces};

/// Phrases with a payload, longest first.
pub(crate) struct PhraseSet<T> {
    items: Vec<(&'static str, T)>,
    by_first: Vec<(char, Vec<usize>)>,
    by_last: Vec<(char, Vec<usize>)>,
}

fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if c >= '\u{3000}' {
        // CJK, kana and what follows have no case (full-width Latin was
        // normalised away), and looking up the case tables costs.
        c
    } else {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    }
}

fn index(
    items: &[(&'static str, impl Copy)],
    pick: impl Fn(&str) -> Option<char>,
) -> Vec<(char, Vec<usize>)> {
    let mut map: Vec<(char, Vec<usize>)> = Vec::new();
    for (i, (w, _)) in items.iter().enumerate() {
        let Some(c) = pick(w) else { continue };
        match map.binary_search_by_key(&c, |e| e.0) {
            Ok(k) => map[k].1.push(i),
            Err(k) => map.insert(k, (c, vec![i])),
        }
    }
    map
}

fn skip_spaces_back(s: &str, mut j: usize) -> usize {
    let b = s.as_bytes();
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    j
}

impl<T: Copy> PhraseSet<T> {
    pub(crate) fn new(items: &[(&'static str, T)]) -> PhraseSet<T> {
        let mut items = items.to_vec();
        // Longest first, so that "plus de" wins over "plus".
        items.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        let by_first = index(&items, |w| w.chars().next());
        let by_last = index(&items, |w| w.chars().next_back());
        PhraseSet {
            items,
            by_first,
            by_last,
        }
    }

    fn candidates(map: &[(char, Vec<usize>)], c: char) -> &[usize] {
        match map.binary_search_by_key(&lower(c), |e| e.0) {
            Ok(k) => &map[k].1,
            Err(_) => &[],
        }
    }

    /// The first phrase that follows `i` (after optional spaces), with
    /// where it ends.
    pub(crate) fn fwd(&self, s: &str, i: usize, boundaries: bool) -> Option<(T, usize)> {
        let c = char_at(s, skip_spaces(s, i))?;
        Self::candidates(&self.by_first, c).iter().find_map(|&k| {
            let (w, t) = self.items[k];
            match_fwd(s, i, w, boundaries).map(|e| (t, e))
        })
    }

    /// The first phrase that precedes `end` (before optional spaces), with
    /// where it starts.
    pub(crate) fn back(&self, s: &str, end: usize, boundaries: bool) -> Option<(T, usize)> {
        let at = skip_spaces_back(s, end);
        let c = char_before(s, at)?;
        Self::candidates(&self.by_last, c).iter().find_map(|&k| {
            let (w, t) = self.items[k];
            match_back_from(s, at, w, boundaries).map(|p| (t, p))
        })
    }
}

fn eq_ci(text: char, table: char) -> bool {
    text == table || lower(text) == table
}

/// Where `phrase` ends when it follows `i` (after optional spaces); a
/// space in the phrase matches any run of spaces.
pub(crate) fn match_fwd(s: &str, i: usize, phrase: &str, boundaries: bool) -> Option<usize> {
    let mut j = skip_spaces(s, i);
    for p in phrase.chars() {
        if p == ' ' {
            let k = skip_spaces(s, j);
            if k == j {
                return None;
            }
            j = k;
            continue;
        }
        // Without word boundaries (Japanese), text copied from PDFs may
        // space the characters of a word: パ ーセ ント.
        if !boundaries && j > i {
            j = skip_spaces(s, j);
        }
        let c = char_at(s, j)?;
        if !eq_ci(c, p) {
            return None;
        }
        j += c.len_utf8();
    }
    let last_alnum = phrase
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if boundaries && last_alnum && char_at(s, j).is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(j)
}

/// Where `phrase` starts when it precedes `end` (before optional spaces).
pub(crate) fn match_back(s: &str, end: usize, phrase: &str, boundaries: bool) -> Option<usize> {
    match_back_from(s, skip_spaces_back(s, end), phrase, boundaries)
}

/// [`match_back`] from `j`, where the spaces before `end` are skipped.
fn match_back_from(s: &str, mut j: usize, phrase: &str, boundaries: bool) -> Option<usize> {
    for p in phrase.chars().rev() {
        if p == ' ' {
            let k = skip_spaces_back(s, j);
            if k == j {
                return None;
            }
            j = k;
            continue;
        }
        let c = char_before(s, j)?;
        if !eq_ci(c, p) {
            return None;
        }
        j -= c.len_utf8();
    }
    let first_alnum = phrase.chars().next().is_some_and(char::is_alphanumeric);
    if boundaries && first_alnum && char_before(s, j).is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(j)
}
