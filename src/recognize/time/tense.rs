//! The tense of the clause around a time expression, from the words near
//! it: past-tense news reports what happened ("was detected on Jan. 9"),
//! future-tense news announces ("will publish on Jan. 9"), and a date
//! without a year follows (see `resolve::pick`).
//!
//! Only the sentence holding the expression is read, word by word outward
//! from it, at most [`TenseCues::WINDOW`] bytes either way, stopping at
//! the first cue: the work per expression is bounded and recognition stays
//! linear in the length of the text.

use crate::hash::FxHashMap;
use crate::lang::dates::{Tense, TenseCues};

/// Whether `c`, at byte `at` of `text`, ends a sentence: a full stop only
/// before white space or the end of the text, so that "3.5" and "Jan.9"
/// do not cut.
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '!' | '?' | ';' | '\n' | '。' | '！' | '？' => true,
        '.' => text
            .as_bytes()
            .get(at + 1)
            .is_none_or(u8::is_ascii_whitespace),
        _ => false,
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\''
}

/// The cues of a language grouped by their first word (or, for a
/// language written without spaces, their first character), built once
/// per recognizer: a word is turned away by a bit test on its first
/// character or looked up by hash.
pub(super) struct TenseIndex {
    cues: &'static TenseCues,
    /// (phrase, tense), grouped by key, in the table's order within a key
    /// (so that "expected to" keeps its place before shorter cues).
    entries: Vec<(&'static str, Tense)>,
    /// Key -> range of `entries`.
    index: FxHashMap<&'static str, (u32, u32)>,
    /// A 256-bit filter over the first characters and lengths of the keys.
    filter: [u64; 4],
    spaced: bool,
}

/// The filter bit of a key: its first character and its length.
fn filter_bit(k: &str) -> usize {
    let c = k.chars().next().map_or(0, |c| c as u32);
    (c.wrapping_mul(0x9E37_79B1) ^ (k.len() as u32).wrapping_mul(0x85EB_CA6B)) as usize >> 24 & 255
}

/// The first word of a phrase, or its first character when `spaced` is
/// false.
fn key(phrase: &str, spaced: bool) -> &str {
    let end = if spaced {
        phrase
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(phrase.len(), |(i, _)| i)
    } else {
        phrase.chars().next().map_or(0, char::len_utf8)
    };
    &phrase[..end]
}

impl TenseIndex {
    /// The index of `cues`; `spaced` tells whether the language separates
    /// its words with spaces (cues are then whole words) or not (cues are
    /// substrings, as in Japanese).
    pub(super) fn new(cues: &'static TenseCues, spaced: bool) -> TenseIndex {
        let mut keyed: Vec<_> = cues
            .words
            .iter()
            .map(|&(phrase, t)| (key(phrase, spaced), phrase, t))
            .collect();
        // Stable: the table's order holds within a key.
        keyed.sort_by_key(|e| e.0);
        let mut index = FxHashMap::default();
        let mut filter = [0u64; 4];
        for (n, &(k, _, _)) in keyed.iter().enumerate() {
            let at = u32::try_from(n).unwrap_or(u32::MAX);
            index
                .entry(k)
                .and_modify(|r: &mut (u32, u32)| r.1 = at + 1)
                .or_insert((at, at + 1));
            let b = filter_bit(k);
            filter[b / 64] |= 1 << (b % 64);
        }
        TenseIndex {
            cues,
            entries: keyed.iter().map(|&(_, p, t)| (p, t)).collect(),
            index,
            filter,
            spaced,
        }
    }

    /// The listed cues whose key is `k`.
    fn group(&self, k: &str) -> &[(&'static str, Tense)] {
        let b = filter_bit(k);
        if self.filter[b / 64] & (1 << (b % 64)) == 0 {
            return &[];
        }
        match self.index.get(k) {
            Some(&(lo, hi)) => &self.entries[lo as usize..hi as usize],
            None => &[],
        }
    }

    /// The listed cue whose key is `k` and that starts `text[at..]`.
    fn listed(&self, k: &str, text: &str, at: usize) -> Option<Tense> {
        let rest = &text[at..];
        self.group(k)
            .iter()
            .find(|&&(phrase, _)| {
                rest.starts_with(phrase)
                    && (!self.spaced
                        || rest[phrase.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !is_word_char(c)))
            })
            .map(|e| e.1)
    }

    /// The tense the words around `text[start..end]` (folded text) mark,
    /// or [`Tense::Unknown`] when none near it does.
    pub(super) fn around(&self, text: &str, start: usize, end: usize) -> Tense {
        if self.entries.is_empty() && self.cues.endings.is_empty() {
            return Tense::Unknown;
        }
        let lo = floor_boundary(text, start.saturating_sub(TenseCues::WINDOW));
        let hi = floor_boundary(text, end.saturating_add(TenseCues::WINDOW).min(text.len()));
        let left = || {
            if self.spaced {
                self.last_word_cue(text, lo, start)
            } else {
                self.last_substring_cue(text, lo, start)
            }
        };
        let right = || {
            if self.spaced {
                self.first_word_cue(text, end, hi)
            } else {
                self.first_substring_cue(text, end, hi)
            }
        };
        let found = if self.cues.verb_last {
            right().or_else(left)
        } else {
            left().or_else(right)
        };
        found.unwrap_or_default()
    }

    /// For a language written without spaces: the cue nearest before
    /// `start`, wholly before it, in the same sentence.
    fn last_substring_cue(&self, text: &str, lo: usize, start: usize) -> Option<Tense> {
        for (i, c) in text[lo..start].char_indices().rev() {
            let at = lo + i;
            if ends_sentence(text, at, c) {
                return None;
            }
            let hit = self
                .group(&text[at..at + c.len_utf8()])
                .iter()
                .find(|e| text[at..start].starts_with(e.0));
            if let Some(e) = hit {
                return Some(e.1);
            }
        }
        None
    }

    /// For a language written without spaces: the cue nearest after
    /// `end`, in the same sentence (a cue may end with its 。: "た。").
    fn first_substring_cue(&self, text: &str, end: usize, hi: usize) -> Option<Tense> {
        for (i, c) in text[end..hi].char_indices() {
            let at = end + i;
            if ends_sentence(text, at, c) {
                return None;
            }
            if let Some(t) = self.listed(&text[at..at + c.len_utf8()], text, at) {
                return Some(t);
            }
        }
        None
    }

    /// The tense a word marks by itself: a listed word or phrase starting
    /// there, or an ending.
    fn word_tense(&self, text: &str, (s, e): (usize, usize)) -> Option<Tense> {
        let word = &text[s..e];
        if let Some(t) = self.listed(word, text, s) {
            return Some(t);
        }
        let cues = self.cues;
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
            if cues.auxiliaries.contains(&&text[w.0..w.1]) {
                if let Some(t) = self.word_tense(text, next) {
                    return Some(t);
                }
                let n = &text[next.0..next.1];
                if cues.participles.iter().any(|p| n.ends_with(p)) && !cues.not_cues.contains(&n) {
                    return Some(Tense::Past);
                }
            }
        }
        self.word_tense(text, w)
    }

    /// The cue nearest before `start`, from `lo` on, in the same sentence.
    fn last_word_cue(&self, text: &str, lo: usize, start: usize) -> Option<Tense> {
        // The word after an auxiliary matters; the first one before the
        // expression may be followed by the expression's first word.
        let mut next = if self.cues.auxiliaries.is_empty() {
            None
        } else {
            next_word(text, start, text.len().min(start + 64))
        };
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

    /// The cue nearest after `end`, up to `hi`, in the same sentence.
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

/// The first word of `text[from..hi]`, as a byte range; `None` when a
/// sentence ends before it.
fn next_word(text: &str, from: usize, hi: usize) -> Option<(usize, usize)> {
    let hi = floor_boundary(text, hi);
    let slice = text.get(from..hi)?;
    let mut start = None;
    for (i, c) in slice.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => return Some((from + s, from + i)),
            (false, None) if ends_sentence(text, from + i, c) => return None,
            _ => {}
        }
    }
    start.map(|s| (from + s, hi))
}

/// The last word of `text[lo..to]`, as a byte range; `None` when a
/// sentence ends after it.
fn prev_word(text: &str, lo: usize, to: usize) -> Option<(usize, usize)> {
    let slice = text.get(lo..to)?;
    let mut end = None;
    for (i, c) in slice.char_indices().rev() {
        match (is_word_char(c), end) {
            (true, None) => end = Some(i + c.len_utf8()),
            (false, Some(e)) => return Some((lo + i + c.len_utf8(), lo + e)),
            (false, None) if ends_sentence(text, lo + i, c) => return None,
            _ => {}
        }
    }
    end.map(|e| (lo, lo + e))
}

#[cfg(test)]
mod tests {
    use super::TenseIndex;
    use crate::Language;
    use crate::lang::dates::Tense::{self, Future, Past, Unknown};
    use crate::lang::dates::for_language;

    /// The tense around the marked date (between `[` and `]`).
    fn tense(language: Language, marked: &str) -> Tense {
        let start = marked.find('[').expect("a marked date");
        let end = marked.find(']').expect("a marked date") - 1;
        let text = marked.replace(['[', ']'], "");
        let index = TenseIndex::new(
            for_language(language).tense_cues(),
            language != Language::Japanese,
        );
        index.around(&text, start, end)
    }

    #[test]
    fn cues_in_each_language() {
        for (language, marked, want) in [
            (
                Language::English,
                "the intrusion was detected on [jan. 9]",
                Past,
            ),
            (
                Language::English,
                "[jan. 9], the attackers posted a sample",
                Past,
            ),
            (
                Language::English,
                "the firm stole nothing in [january]",
                Past,
            ),
            (
                Language::English,
                "the report is expected to come out in [march]",
                Future,
            ),
            (Language::English, "we'll know more on [march 2]", Future),
            (Language::English, "a hundred records in [march]", Unknown),
            (
                Language::English,
                "it was hacked. the deadline is [jan. 9]",
                Unknown,
            ),
            (
                Language::English,
                "the deadline is [jan. 9]. it was hacked",
                Unknown,
            ),
            // The nearest cue before the date wins over one after it.
            (
                Language::English,
                "they will publish on [jan. 9], the ministry said",
                Future,
            ),
            (
                Language::French,
                "l'intrusion a été détectée le [9 janvier]",
                Past,
            ),
            (
                Language::French,
                "le [9 janvier], les pirates ont publié un fichier",
                Past,
            ),
            (
                Language::French,
                "le site était inaccessible en [janvier]",
                Past,
            ),
            (
                Language::French,
                "la publication est prévue le [2 mars]",
                Future,
            ),
            (
                Language::French,
                "le [2 mars], la publication est prévue",
                Future,
            ),
            (
                Language::French,
                "les pirates publieront les données en [mars]",
                Future,
            ),
            (
                Language::French,
                "les données pourraient fuiter en [mars]",
                Future,
            ),
            (Language::French, "le procès a lieu le [9 janvier]", Unknown),
            (Language::French, "un portrait du [9 janvier]", Unknown),
            (
                Language::Japanese,
                "同社は[1月]、情報流出を公表した。",
                Past,
            ),
            (Language::Japanese, "検知されたのは[1月9日]だという。", Past),
            (Language::Japanese, "[1月]から調査している。", Past),
            (
                Language::Japanese,
                "同社は[3月2日]に公表する予定だ。",
                Future,
            ),
            (
                Language::Japanese,
                "同社は[3月]に報告書を公表する。",
                Future,
            ),
            (Language::Japanese, "締め切りは[1月9日]", Unknown),
            (
                Language::Japanese,
                "侵入された。締め切りは[1月9日]だ。",
                Unknown,
            ),
        ] {
            assert_eq!(tense(language, marked), want, "{marked}");
        }
    }
}
