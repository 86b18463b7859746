//! A folded copy of the text for matching, with a map back to the original.
//!
//! Matching works on lower case, ASCII digits and plain spaces; spans must
//! still point into the caller's text, so every byte of the copy remembers
//! the offset of the original character it came from.

/// The folded text and how to map its offsets back: a sorted list of the
/// places where the folded and original offsets start to differ by a new
/// amount (after a `２` of three bytes folded to `2`, say). ASCII text has
/// none, so mapping costs nothing there.
pub(super) struct Folded {
    pub(super) text: String,
    /// (folded offset, original minus folded from there on).
    breaks: Vec<(usize, isize)>,
}

impl Folded {
    /// Folds `original`: ASCII and Latin letters to lower case, full-width
    /// forms (`２０２５`, `（金）`) to ASCII, no-break and ideographic spaces
    /// to a space, typographic apostrophes to `'`, dashes and wave dashes to
    /// `-` and `~`.
    pub(super) fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut breaks = Vec::new();
        let bytes = original.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Fast path: a run of ASCII, most of any Latin-script text.
            let run = bytes[at..]
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(bytes.len() - at);
            if run > 0 {
                let start = text.len();
                text.push_str(&original[at..at + run]);
                text[start..].make_ascii_lowercase();
                at += run;
                continue;
            }
            let Some(c) = original[at..].chars().next() else {
                break;
            };
            let before = text.len();
            match fold_char(c) {
                Some(f) => text.push(f),
                // Only alphabets with case (Latin to Cyrillic and a few
                // more below U+2500) need the Unicode tables.
                None if (c as u32) < 0x2500 && c.is_uppercase() => text.extend(c.to_lowercase()),
                None => text.push(c),
            }
            at += c.len_utf8();
            if text.len() - before != c.len_utf8() {
                breaks.push((text.len(), at as isize - text.len() as isize));
            }
        }
        Folded { text, breaks }
    }

    /// The original byte offset of folded offset `i` (a char boundary of
    /// the folded text, or its end).
    pub(super) fn original(&self, i: usize) -> usize {
        let n = self.breaks.partition_point(|&(at, _)| at <= i);
        let delta = if n == 0 { 0 } else { self.breaks[n - 1].1 };
        i.checked_add_signed(delta).unwrap_or(i)
    }
}

fn fold_char(c: char) -> Option<char> {
    Some(match c {
        // Full-width ASCII: ０ -> 0, （ -> (, Ａ -> a.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0)?.to_ascii_lowercase(),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{3000}' => ' ',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{301C}' => '~',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::Folded;

    #[test]
    fn folds_and_maps_back() {
        for (input, folded) in [
            ("Le 12 Décembre", "le 12 décembre"),
            ("２０２５年１２月", "2025年12月"),
            ("aujourd\u{2019}hui", "aujourd'hui"),
            ("11\u{a0}–\u{202f}12", "11 - 12"),
            ("（金）", "(金)"),
        ] {
            let f = Folded::new(input);
            assert_eq!(f.text, folded, "{input:?}");
            assert_eq!(f.original(f.text.len()), input.len());
        }
        let f = Folded::new("１２月");
        // "12" is bytes 0..2 of the copy and 0..6 of the original.
        assert_eq!((f.original(0), f.original(2)), (0, 6));
    }
}
