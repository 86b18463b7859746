//! A normalised copy of the text with a map back to the original bytes.
//!
//! Every character of the original becomes exactly one character of the
//! copy, so a span in the copy maps back to a span of whole characters in
//! the original. Only what matters for numerals changes: full-width forms
//! (`１６，４４４` → `16,444`, `％` → `%`), the many spaces (no-break,
//! narrow no-break, thin, ideographic) → a plain space, typographic
//! apostrophes → `'`, the minus sign and en dash → `-`. Case is left as it
//! is: matching ignores case where the tables say so, and `10M` (million)
//! must stay distinct from `10 m` (metres).

use std::borrow::Cow;

/// The normalised text and its map to original byte offsets.
pub(crate) struct Normalized<'a> {
    /// The normalised text.
    pub(crate) text: Cow<'a, str>,
    /// `(normalised offset, original minus normalised)` from that offset on,
    /// in increasing order; empty when the copy is the original.
    shifts: Vec<(usize, isize)>,
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

impl<'a> Normalized<'a> {
    /// Normalises `text`; borrows it when nothing changes.
    pub(crate) fn new(text: &'a str) -> Normalized<'a> {
        // Fast path: a byte scan finds the first character that changes.
        let first = text.char_indices().find(|&(_, c)| {
            (c as u32 >= 0x80 || c == '\t' || c == '\r') && (fold(c).is_some() || c == '、')
        });
        let Some((first, _)) = first else {
            return Normalized {
                text: Cow::Borrowed(text),
                shifts: Vec::new(),
            };
        };
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
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            // The ideographic comma groups digits between digits (6、544).
            let folded = if c == '、' {
                let prev_digit = i > 0 && bytes[i - 1].is_ascii_digit()
                    || text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|p| ('０'..='９').contains(&p));
                let next_digit = text[i + len..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_ascii_digit() || ('０'..='９').contains(&n));
                (prev_digit && next_digit).then_some(',')
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
        }
    }

    /// The original byte offset of normalised offset `pos` (a character
    /// boundary of the copy, or its end).
    pub(crate) fn original(&self, pos: usize) -> usize {
        let i = self.shifts.partition_point(|&(at, _)| at <= pos);
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
    fn ascii_text_is_borrowed() {
        let n = Normalized::new("16,444,373 people");
        assert!(matches!(n.text, std::borrow::Cow::Borrowed(_)));
        assert_eq!(n.original(5), 5);
    }
}
