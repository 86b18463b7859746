//! A normalised copy of the text with a map back to the original bytes.
//!
//! Every character of the original becomes exactly one character of the
//! copy, so a span in the copy maps back to a span of whole characters in
//! the original. Only what matters for numerals changes: full-width forms
//! (`１６，４４４` → `16,444`, `％` → `%`), the many spaces (no-break,
//! narrow no-break, thin, ideographic) → a plain space, typographic
//! apostrophes → `'`, the minus sign and en dash → `-`. One exception to
//! the one-for-one rule: plain spaces inside a kanji numeral, next to a
//! scale character, are dropped (`7万 5千` → `7万5千`, `3 万 4,500`), as
//! text copied from tables and PDFs spaces them. Case is left as it
//! is: matching ignores case where the tables say so, and `10M` (million)
//! must stay distinct from `10 m` (metres).

use std::borrow::Cow;
use std::cell::Cell;

/// The normalised text and its map to original byte offsets.
pub(crate) struct Normalized<'a> {
    /// The normalised text.
    pub(crate) text: Cow<'a, str>,
    /// `(normalised offset, original minus normalised)` from that offset on,
    /// in increasing order; empty when the copy is the original.
    shifts: Vec<(usize, isize)>,
    /// Where the last look-up in `shifts` ended: the offsets of a text's
    /// matches are looked up in order, so the next one is found by a
    /// short walk from there rather than a binary search of the whole.
    hint: Cell<usize>,
}

/// The normalised form of one character, or `None` when it stays.
fn fold(c: char) -> Option<char> {
    match c {
        // Full-width ASCII variants (digits, `％`, `，`, `．`, letters).
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{3000}' | '\t'
        | '\r' => Some(' '),
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => Some('\''),
        '\u{2212}' | '\u{2013}' | '\u{FE63}' => Some('-'),
        '\u{FFE5}' => Some('¥'),
        _ => None,
    }
}

/// The length of the character at byte `i` when it is one that never
/// changes and is told without decoding: a hiragana or katakana letter
/// (U+3040..U+30FF: bytes E3 81 80 to E3 83 BF; most of a Japanese text)
/// or a Latin-1 character other than the no-break space (U+0080..U+00FF:
/// lead byte C2 or C3; the accents of French).
fn stays(bytes: &[u8], i: usize) -> Option<usize> {
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    match bytes[i] {
        0xE3 if (0x81..=0x83).contains(&next) => Some(3),
        0xC3 => Some(2),
        0xC2 if next != 0xA0 => Some(2),
        _ => None,
    }
}

/// Whether `c` is a kanji numeral character, and whether it is a scale
/// (十, 百, 千, 万, 億, 兆).
fn kanji_numeral(c: char) -> Option<bool> {
    match c {
        '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' => {
            Some(false)
        }
        '十' | '百' | '千' | '万' | '萬' | '億' | '兆' => Some(true),
        _ => None,
    }
}

/// Whether the character before byte `i` of `text` is a numeral
/// character, and whether it is a scale.
fn numeral_before(text: &str, i: usize) -> Option<bool> {
    let p = text[..i].chars().next_back()?;
    if p.is_ascii_digit() {
        Some(false)
    } else {
        kanji_numeral(p)
    }
}

/// Whether the ideographic comma at byte `i` of `text` stands between
/// digits (6、544), where it groups them.
fn comma_between_digits(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let prev_digit = i > 0 && bytes[i - 1].is_ascii_digit()
        || text[..i]
            .chars()
            .next_back()
            .is_some_and(|p| ('０'..='９').contains(&p));
    let next_digit = text[i + '、'.len_utf8()..]
        .chars()
        .next()
        .is_some_and(|n| n.is_ascii_digit() || ('０'..='９').contains(&n));
    prev_digit && next_digit
}

impl<'a> Normalized<'a> {
    /// Normalises `text`; borrows it when nothing changes.
    pub(crate) fn new(text: &'a str) -> Normalized<'a> {
        // Fast path: a byte scan finds the first character that changes,
        // decoding only what is not ASCII.
        let raw = text.as_bytes();
        let mut at = 0;
        let first = loop {
            let Some(&b) = raw.get(at) else { break None };
            if b < 0x80 {
                if b == b'\t' || b == b'\r' {
                    break Some(at);
                }
                at += 1;
                continue;
            }
            if let Some(len) = stays(raw, at) {
                at += len;
                continue;
            }
            let c = text[at..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            let changes = fold(c).is_some()
                || c == '、' && comma_between_digits(text, at)
                || kanji_numeral(c).is_some()
                    && (at > 0 && raw[at - 1] == b' ' || raw.get(at + len) == Some(&b' '));
            if changes {
                break Some(at);
            }
            at += len;
        };
        let Some(first) = first else {
            return Normalized {
                text: Cow::Borrowed(text),
                shifts: Vec::new(),
                hint: Cell::new(0),
            };
        };
        // Spaces before a kanji numeral may be dropped: start before them.
        let first = text[..first].trim_end_matches(' ').len();
        let mut out = String::with_capacity(text.len());
        out.push_str(&text[..first]);
        let mut shifts = Vec::new();
        let mut delta: isize = 0;
        let bytes = text.as_bytes();
        // Runs of characters that stay are copied whole; only the few that
        // change are looked at one by one.
        let mut copied = first;
        let mut i = first;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 && b != b'\t' && b != b'\r' {
                i += 1;
                continue;
            }
            if let Some(len) = stays(bytes, i) {
                i += len;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if let Some(scale) = kanji_numeral(c) {
                // Spaces before it, after a numeral: 3 万, 五 十.
                let mut sp = i;
                while sp > copied && bytes[sp - 1] == b' ' {
                    sp -= 1;
                }
                if sp < i && numeral_before(text, sp).is_some_and(|p| p || scale) {
                    out.push_str(&text[copied..sp]);
                    delta += (i - sp) as isize;
                    shifts.push((out.len(), delta));
                    copied = i;
                }
                // Spaces after a scale, before a numeral: 7万 5千.
                let j = i + len;
                let mut e = j;
                while e < bytes.len() && bytes[e] == b' ' {
                    e += 1;
                }
                let next = text[e..].chars().next();
                let numeral_next =
                    next.is_some_and(|n| n.is_ascii_digit() || kanji_numeral(n).is_some());
                if scale && e > j && numeral_next {
                    out.push_str(&text[copied..j]);
                    delta += (e - j) as isize;
                    shifts.push((out.len(), delta));
                    copied = e;
                    i = e;
                    continue;
                }
            }
            // The ideographic comma groups digits between digits (6、544).
            let folded = if c == '、' {
                comma_between_digits(text, i).then_some(',')
            } else {
                fold(c)
            };
            if let Some(n) = folded {
                out.push_str(&text[copied..i]);
                out.push(n);
                let d = len as isize - n.len_utf8() as isize;
                if d != 0 {
                    delta += d;
                    shifts.push((out.len(), delta));
                }
                copied = i + len;
            }
            i += len;
        }
        out.push_str(&text[copied..]);
        Normalized {
            text: Cow::Owned(out),
            shifts,
            hint: Cell::new(0),
        }
    }

    /// The original byte offset of normalised offset `pos` (a character
    /// boundary of the copy, or its end).
    pub(crate) fn original(&self, pos: usize) -> usize {
        // The number of shifts at or before `pos` (the shifts are sorted):
        // walked to from the last look-up's, which costs in all the number
        // of shifts crossed, each a bounded number of times per match.
        let shifts = &self.shifts;
        if shifts.is_empty() {
            return pos;
        }
        let mut i = self.hint.get().min(shifts.len());
        while i > 0 && shifts[i - 1].0 > pos {
            i -= 1;
        }
        while i < shifts.len() && shifts[i].0 <= pos {
            i += 1;
        }
        self.hint.set(i);
        if i == 0 {
            pos
        } else {
            (pos as isize + self.shifts[i - 1].1) as usize
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Normalized;

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "約１６，４４４人 et 16\u{202F}444";
        let n = Normalized::new(text);
        assert_eq!(n.text, "約16,444人 et 16 444");
        let start = n.text.find("16,444").unwrap();
        let end = start + "16,444".len();
        assert_eq!(&text[n.original(start)..n.original(end)], "１６，４４４");
        let start = n.text.rfind("16 444").unwrap();
        assert_eq!(
            &text[n.original(start)..n.original(n.text.len())],
            "16\u{202F}444"
        );
    }

    #[test]
    fn spaces_inside_kanji_numerals_are_dropped() {
        let rows = [
            ("7万 5千 4百", "7万5千4百"),
            ("これは 7  万  円", "これは 7万  円"),
            ("一百 五 十 二", "一百五十二"),
            // Two digits without a scale stay apart.
            ("一 二", "一 二"),
        ];
        for (text, want) in rows {
            let n = Normalized::new(text);
            assert_eq!(n.text, want, "{text:?}");
            assert_eq!(n.original(n.text.len()), text.len(), "{text:?}");
        }
        let text = "約 7万 5千人";
        let n = Normalized::new(text);
        let start = n.text.find('7').unwrap();
        let end = n.text.find('人').unwrap();
        assert_eq!(&text[n.original(start)..n.original(end)], "7万 5千");
    }

    #[test]
    fn ascii_text_is_borrowed() {
        let n = Normalized::new("16,444,373 people");
        assert!(matches!(n.text, std::borrow::Cow::Borrowed(_)));
        assert_eq!(n.original(5), 5);
    }
}
