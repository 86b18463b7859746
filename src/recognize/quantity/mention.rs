//! Units named without a figure: "the dollar fell", "a small percent of
//! users". They are no quantities (there is no value to compare), but they
//! tell a reader that money or a share is talked about, and the peer suite
//! reports them in its currency and percent models.
//!
//! The words come from the language's table
//! ([`NumberLanguage::unit_mentions`](crate::lang::numbers::NumberLanguage::unit_mentions)),
//! which leaves out words that are more often something else (English
//! "pound" is a weight, "yen" a longing). A word must stand alone: letters
//! or digits glued to it make it part of another word, and a sign (`%`,
//! `$`) needs white space or the text's edge on both sides, so that
//! `30%25` in an address is no mention.

use super::normalize::Normalized;
use super::numeral::{char_at, char_before};
use super::phrase::PhraseSet;
use crate::Span;
use crate::lang::numbers::UnitWord;

/// `(start, end, unit)` of each mention in the normalised text `s`.
pub(super) fn find(mentions: &PhraseSet<UnitWord>, s: &str) -> Vec<(usize, usize, UnitWord)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let prev = char_before(s, i);
        let starts_word = !c.is_whitespace() && !prev.is_some_and(char::is_alphanumeric);
        if starts_word {
            if let Some((unit, end)) = mentions.fwd(s, i, true) {
                let after = char_at(s, end);
                let is_sign = !c.is_alphanumeric();
                let alone = if is_sign {
                    prev.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace)
                } else {
                    !after.is_some_and(char::is_alphanumeric)
                };
                if alone {
                    out.push((i, end, unit));
                    i = end;
                    continue;
                }
            }
        }
        i += c.len_utf8();
    }
    out
}

/// The mentions of `text` (original offsets, from `offset` on) that no
/// span of `taken` covers.
pub(super) fn find_in(
    mentions: &PhraseSet<UnitWord>,
    text: &str,
    offset: usize,
    taken: &[Span],
) -> Vec<(Span, UnitWord)> {
    let norm = Normalized::new(text);
    find(mentions, &norm.text)
        .into_iter()
        .map(|(a, b, unit)| {
            let span = Span {
                start: offset + norm.original(a),
                end: offset + norm.original(b),
            };
            (span, unit)
        })
        .filter(|(span, _)| {
            !taken
                .iter()
                .any(|t| t.start < span.end && span.start < t.end)
        })
        .collect()
}
