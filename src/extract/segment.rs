//! Sentence segmentation for English, French and Japanese news text.
//!
//! One pass over the text, linear in its length. A sentence ends at:
//!
//! | what | example |
//! |---|---|
//! | `.` `!` `?` `。` `！` `？` followed by space or end | `Files were accessed. The minister` |
//! | a blank line | a headline without a full stop, then the body |
//! | a line break before a heading or a list item | `# JLR`, `- item`, `■ story`, `【速報】` |
//! | a hard limit of [`MAX_SENTENCE`] bytes | 10 MB without a full stop |
//!
//! and not at:
//!
//! | what | example |
//! |---|---|
//! | an abbreviation of the language | `Mr. Nuñez`, `M. Nuñez`, `etc. and` |
//! | an initial | `J. Smith` |
//! | a decimal point or a domain | `4.5 million`, `example.com` |
//! | a stop followed by a lower-case word | `« ... fichiers. » a déclaré le ministre` |
//! | a stop inside `« »`, `“ ”`, `「」`, `『』` | `「...した。」と述べた` |
//!
//! A quotation left open does not swallow the rest of the text: it stops
//! counting after [`MAX_QUOTE`] bytes. Spans are byte offsets into the text
//! given, shifted by the caller's base offset.

use crate::Span;
use crate::lang::cues::Cues;

/// The longest sentence: longer runs are cut, at a space when one is near.
pub(crate) const MAX_SENTENCE: usize = 2_000;

/// How far an opening quotation mark keeps full stops from ending sentences.
pub(crate) const MAX_QUOTE: usize = 1_000;

/// A sentence and what the layout says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// Where it is, trimmed of white space and Markdown markers.
    pub span: Span,
    /// It starts a new section (a heading, a `■` item, a rule): the story
    /// may change.
    pub section: bool,
    /// It is a heading line itself.
    pub heading: bool,
    /// It starts a paragraph.
    pub paragraph: bool,
    /// It starts inside, or with, a quotation.
    pub quoted: bool,
}

const HEADING_MARKS: &[char] = &[
    '#', '■', '□', '◆', '◇', '●', '▼', '▶', '★', '【', '=', '—', '─',
];
const LIST_MARKS: &[char] = &['-', '*', '•', '・', '+', '>'];
const OPEN_QUOTES: &[char] = &['«', '“', '「', '『', '‹'];
const CLOSE_QUOTES: &[char] = &['»', '”', '」', '』', '›'];
const CLOSERS: &[char] = &[
    '»', '”', '」', '』', '›', '"', '\'', '’', ')', ']', '）', '］', '\u{a0}', '\u{202f}',
];

/// Splits `text` into sentences; spans are shifted by `base`.
pub(crate) fn sentences(text: &str, base: usize, cues: &dyn Cues) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut depth = 0usize;
    let mut quote_open = 0usize;
    let mut next_section = true;
    let mut next_paragraph = true;
    let mut line_start = 0usize;
    let bytes = text.as_bytes();
    let mut iter = Chars { text, pos: 0 };

    let push = |out: &mut Vec<Sentence>, from: usize, to: usize, section: bool, paragraph: bool| {
        if let Some(s) = make(text, base, from, to, section, paragraph) {
            out.push(s);
            true
        } else {
            false
        }
    };

    loop {
        // Skip, a byte at a time, what can neither end a sentence nor open
        // or close a quotation, as long as the length limit is far.
        iter.pos = skip_plain(bytes, iter.pos, (start + MAX_SENTENCE).min(bytes.len()));
        let Some((i, c)) = iter.next() else { break };
        // Most characters are letters, digits and spaces: only the length
        // limit concerns them.
        let plain = c.is_ascii_alphanumeric()
            || c == ' '
            || c == ','
            // Kana and ideographs, but not Japanese punctuation (U+3000..).
            || ('\u{3040}'..='\u{9FFF}').contains(&c);
        if plain {
            if i - start > MAX_SENTENCE && (c == ' ' || i - start > MAX_SENTENCE + 200) {
                if push(&mut out, start, i, next_section, next_paragraph) {
                    next_section = false;
                    next_paragraph = false;
                }
                start = i;
            }
            continue;
        }
        let after = i + c.len_utf8();
        if OPEN_QUOTES.contains(&c) {
            if depth == 0 {
                quote_open = i;
            }
            depth += 1;
        } else if CLOSE_QUOTES.contains(&c) {
            depth = depth.saturating_sub(1);
        }
        if depth > 0 && i - quote_open > MAX_QUOTE {
            depth = 0;
        }
        match c {
            '\n' => {
                let line = &text[line_start..i];
                let this_is_heading = is_heading(line);
                // A blank line follows?
                let rest = &text[after..];
                let blank = rest
                    .split('\n')
                    .next()
                    .is_some_and(|l| l.trim().is_empty() && rest.contains('\n'))
                    || rest.trim().is_empty();
                let next_line = rest.trim_start_matches([' ', '\t', '\r', '\u{3000}']);
                let next_marked = next_line.starts_with(HEADING_MARKS)
                    || next_line.starts_with(LIST_MARKS)
                    || next_line.starts_with("---");
                if blank || this_is_heading || next_marked || line.trim().is_empty() {
                    let section = next_section;
                    if push(&mut out, start, i, section, next_paragraph) {
                        next_section = false;
                        next_paragraph = false;
                    }
                    start = after;
                    depth = 0;
                    if this_is_heading {
                        if let Some(last) = out.last_mut() {
                            if last.span.start >= base + line_start {
                                last.heading = true;
                                last.section = true;
                            }
                        }
                    }
                    if blank || this_is_heading {
                        next_paragraph = true;
                    }
                    if next_line.starts_with(HEADING_MARKS) || next_line.starts_with("---") {
                        next_section = true;
                    }
                }
                line_start = after;
            }
            '.' | '!' | '?' | '。' | '！' | '？' | '…' => {
                if depth > 0 {
                    continue;
                }
                if c == '.' && !ends_sentence_at_dot(text, i, cues) {
                    continue;
                }
                // Take the closers and repeated stops with the sentence.
                let mut end = after;
                while let Some((j, d)) = iter.peek() {
                    if CLOSERS.contains(&d)
                        || matches!(d, '.' | '!' | '?' | '。' | '！' | '？' | '…')
                    {
                        if CLOSE_QUOTES.contains(&d) {
                            depth = depth.saturating_sub(1);
                        }
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                // What follows decides: a lower-case word or a Japanese
                // quotative particle continues the sentence.
                let rest = &text[end..];
                if let Some(first) = rest.chars().next() {
                    if cues.has_word_boundaries() && end == after && first.is_alphanumeric() {
                        continue;
                    }
                    let next = rest
                        .trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}'])
                        .chars()
                        .next()
                        .unwrap_or(' ');
                    let continues = if cues.has_word_boundaries() {
                        next.is_lowercase()
                    } else {
                        matches!(next, 'と' | 'っ' | '、' | 'の')
                    };
                    if continues {
                        continue;
                    }
                }
                if push(&mut out, start, end, next_section, next_paragraph) {
                    next_section = false;
                    next_paragraph = false;
                }
                start = end;
            }
            _ => {
                if i - start > MAX_SENTENCE && (c.is_whitespace() || i - start > MAX_SENTENCE + 200)
                {
                    if push(&mut out, start, i, next_section, next_paragraph) {
                        next_section = false;
                        next_paragraph = false;
                    }
                    start = i;
                }
            }
        }
    }
    push(&mut out, start, text.len(), next_section, next_paragraph);
    out
}

/// A cursor over the chars of a text that can jump ahead.
struct Chars<'a> {
    text: &'a str,
    pos: usize,
}

impl Chars<'_> {
    fn peek(&self) -> Option<(usize, char)> {
        self.text[self.pos..].chars().next().map(|c| (self.pos, c))
    }

    fn next(&mut self) -> Option<(usize, char)> {
        let next = self.peek()?;
        self.pos += next.1.len_utf8();
        Some(next)
    }
}

/// The first offset from `pos` (a char boundary) of a char that may end a
/// sentence or open or close a quotation, or the first char boundary at or
/// after `limit`. Letters, digits, spaces, kana and ideographs are the bulk
/// of a text and are passed over by their lead byte.
fn skip_plain(bytes: &[u8], mut pos: usize, limit: usize) -> usize {
    while pos < limit {
        let b = bytes[pos];
        let len = match b {
            b'\n' | b'.' | b'!' | b'?' => return pos,
            0x00..=0x7F => 1,
            // « » and Latin-1 letters.
            0xC2 => {
                if matches!(bytes.get(pos + 1), Some(0xAB | 0xBB)) {
                    return pos;
                }
                2
            }
            // General punctuation (“ ” … ‹ ›), CJK punctuation (。「」『』)
            // and full-width forms (！ ？): look at the char.
            0xE2 | 0xEF => {
                let c = std::str::from_utf8(&bytes[pos..(pos + 3).min(bytes.len())])
                    .ok()
                    .and_then(|s| s.chars().next());
                match c {
                    Some(c)
                        if OPEN_QUOTES.contains(&c)
                            || CLOSE_QUOTES.contains(&c)
                            || matches!(c, '…' | '！' | '？' | '\u{2028}' | '\u{2029}') =>
                    {
                        return pos;
                    }
                    Some(_) => 3,
                    None => return pos,
                }
            }
            // U+3000..U+303F is CJK punctuation; the rest of the block
            // (kana) is plain.
            0xE3 => {
                if bytes.get(pos + 1) == Some(&0x80) {
                    return pos;
                }
                3
            }
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            // Not a char boundary: leave it to the caller.
            _ => return pos,
        };
        pos += len;
    }
    pos
}

/// Trims a candidate sentence and builds it; `None` when nothing is left.
fn make(
    text: &str,
    base: usize,
    from: usize,
    to: usize,
    section: bool,
    paragraph: bool,
) -> Option<Sentence> {
    let s = &text[from..to];
    let trimmed_start = s.trim_start_matches(|c: char| {
        c.is_whitespace()
            || LIST_MARKS.contains(&c)
            || matches!(c, '#' | '■' | '□' | '◆' | '◇' | '●' | '▼' | '▶' | '★')
    });
    let lead = s.len() - trimmed_start.len();
    let trimmed = trimmed_start.trim_end();
    if trimmed.is_empty() || trimmed.chars().all(|c| !c.is_alphanumeric()) {
        return None;
    }
    let start = from + lead;
    let end = start + trimmed.len();
    Some(Sentence {
        span: Span {
            start: base + start,
            end: base + end,
        },
        section,
        heading: false,
        paragraph,
        quoted: trimmed.starts_with(OPEN_QUOTES) || trimmed.starts_with('"'),
    })
}

/// Whether a line is a heading: Markdown `#`, a marker such as `■` or
/// `【`, or an underline.
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    t.starts_with(HEADING_MARKS) || t.starts_with("---") || t.starts_with("***")
}

/// Whether the `.` at byte `i` ends a sentence.
fn ends_sentence_at_dot(text: &str, i: usize, cues: &dyn Cues) -> bool {
    let next = text[i + 1..].chars().next();
    // A decimal point, a domain, an ellipsis inside a word.
    if next.is_some_and(|n| n.is_alphanumeric()) {
        return false;
    }
    // The word before the stop.
    let before = &text[..i];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |j| {
            j + before[j..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // An initial: one upper-case letter.
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        if first.is_uppercase() {
            return false;
        }
    }
    if word.len() <= 8 {
        let lower = word.to_lowercase();
        if cues.abbreviations().contains(&lower.as_str()) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;
    use crate::lang::cues::for_language;

    fn split(text: &str, language: Language) -> Vec<&str> {
        sentences(text, 0, for_language(language))
            .into_iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn english_table() {
        for (input, expected) in [
            (
                "Mr. Smith said 4.5 million files were hit. Officials at example.com agreed!",
                vec![
                    "Mr. Smith said 4.5 million files were hit.",
                    "Officials at example.com agreed!",
                ],
            ),
            (
                "Hackers breach ministry\n\nThe ministry said on Friday that J. Doe left.",
                vec![
                    "Hackers breach ministry",
                    "The ministry said on Friday that J. Doe left.",
                ],
            ),
            (
                "\u{201c}We hold the data.\u{201d} the hacker wrote. Next.",
                vec![
                    "\u{201c}We hold the data.\u{201d} the hacker wrote.",
                    "Next.",
                ],
            ),
            ("", vec![]),
            ("no stop at all", vec!["no stop at all"]),
        ] {
            assert_eq!(split(input, Language::English), expected, "{input:?}");
        }
    }

    #[test]
    fn french_table() {
        for (input, expected) in [
            (
                "« Des fichiers ont été consultés. Rien de grave. » a déclaré M. Nuñez. La suite.",
                vec![
                    "« Des fichiers ont été consultés. Rien de grave. » a déclaré M. Nuñez.",
                    "La suite.",
                ],
            ),
            (
                "# Piratage au ministère\nLe ministère a été visé. Une enquête est ouverte.",
                vec![
                    "Piratage au ministère",
                    "Le ministère a été visé.",
                    "Une enquête est ouverte.",
                ],
            ),
        ] {
            assert_eq!(split(input, Language::French), expected, "{input:?}");
        }
    }

    #[test]
    fn japanese_table() {
        for (input, expected) in [
            (
                "内相は「一部のファイルにアクセスされた。深刻ではない。」と述べた。捜査が始まった。",
                vec![
                    "内相は「一部のファイルにアクセスされた。深刻ではない。」と述べた。",
                    "捜査が始まった。",
                ],
            ),
            (
                "■フランス内務省に不正アクセス\n内務省が発表した。\n■JLR、データ流出\n同社が認めた。",
                vec![
                    "フランス内務省に不正アクセス",
                    "内務省が発表した。",
                    "JLR、データ流出",
                    "同社が認めた。",
                ],
            ),
        ] {
            assert_eq!(split(input, Language::Japanese), expected, "{input:?}");
        }
    }

    #[test]
    fn sections_are_marked() {
        let text = "■A story\nText one.\n■Another story\nText two.";
        let s = sentences(text, 0, for_language(Language::Japanese));
        let flags: Vec<(bool, bool)> = s.iter().map(|s| (s.section, s.heading)).collect();
        assert_eq!(
            flags,
            [(true, true), (false, false), (true, true), (false, false)]
        );
    }

    #[test]
    fn long_runs_are_cut() {
        let text = "word ".repeat(10_000);
        let s = sentences(&text, 0, for_language(Language::English));
        assert!(s.len() >= 20);
        assert!(s.iter().all(|s| s.span.len() <= MAX_SENTENCE + 210));
    }
}
