//! Time recognition (being written: see issue 4).

use chrono::{DateTime, FixedOffset};

use crate::{Language, Span, TimeSpan};

/// What relative expressions ("yesterday", "jeudi soir") resolve against:
/// the publication date-time of the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Anchor {
    published: DateTime<FixedOffset>,
    language: Language,
}

impl Anchor {
    /// The anchor of a source published at `published`, written in
    /// `language`.
    pub fn from_published(published: DateTime<FixedOffset>, language: Language) -> Anchor {
        Anchor {
            published,
            language,
        }
    }
}

/// A time expression found in text.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TimeMatch {
    /// Where it is written, in bytes of the original text.
    pub span: Span,
    /// The resolved interval; `None` when it needs an anchor and none was
    /// given, or cannot be resolved.
    pub time: Option<TimeSpan>,
}

/// Every time expression in `text`, sorted by position, never overlapping.
pub fn times(text: &str, language: Language, anchor: Option<&Anchor>) -> Vec<TimeMatch> {
    let _ = (text, language, anchor);
    Vec::new()
}
