//! Finding quantities and times in text.
//!
//! Recognizers work on the caller's original text and return [`Span`](crate::Span)s
//! of byte offsets into it, sorted by position and never overlapping.

pub mod quantity;
mod time;

pub use quantity::{
    Bound, DEFAULT_MAX_DIGITS, Diagnostic, NumberMatch, QuantityMatch, QuantityRecognizer,
    QuantityRecognizerBuilder, UnitMention, numbers, quantities, quantities_auto, unit_mentions,
};
pub use time::{Anchor, TimeKind, TimeMatch, TimeRecognizer, TimeZone, times};
