//! Limits on untrusted input (see [`Limits`]).

use std::fmt;

use crate::Error;

/// The default of [`Limits::max_document_bytes`]: 16 MiB.
///
/// A long article is 50 KB and a forum dump a few MB; 16 MiB leaves room
/// for a whole scraped page with its markup while bounding memory (the
/// extractor keeps a folded copy of the text and its offset map).
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// The default of [`Limits::max_claims`]: 1,000,000.
///
/// About a second of one core and a few hundred MB to reconcile (see
/// `BENCHMARKS.md`); a year of breach news is far fewer claims.
pub const DEFAULT_MAX_CLAIMS: usize = 1_000_000;

/// Which limit an [`Error`] of kind [`Limit`](crate::ErrorKind::Limit)
/// is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Limit {
    /// [`Limits::max_document_bytes`].
    DocumentBytes,
    /// [`Limits::max_claims`].
    Claims,
    /// [`Limits::max_digits`].
    Digits,
}

impl Limit {
    /// The name of the setting, as in the error message
    /// (`max_document_bytes`, `max_claims`, `max_digits`).
    pub fn name(self) -> &'static str {
        match self {
            Limit::DocumentBytes => "max_document_bytes",
            Limit::Claims => "max_claims",
            Limit::Digits => "max_digits",
        }
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Bounds on what one call accepts, with documented defaults a caller can
/// raise.
///
/// Scraped pages, forum dumps and machine-translated feeds arrive without
/// anyone watching them. Each limit below bounds the work and memory one
/// call may take; going past one is an [`Error`](crate::Error) of kind
/// [`ErrorKind::Limit`](crate::ErrorKind::Limit) whose
/// [`limit`](crate::Error::limit) names it, never an answer cut short that
/// looks whole.
///
/// | limit | default | checked by | past it |
/// |---|---|---|---|
/// | [`max_document_bytes`](Limits::max_document_bytes) | 16 MiB ([`DEFAULT_MAX_DOCUMENT_BYTES`]) | [`Document::parse`](crate::Document::parse), [`Document::parse_with_limits`](crate::Document::parse_with_limits), [`Extractor::try_extract`](crate::Extractor::try_extract) | an error naming the file |
/// | [`max_claims`](Limits::max_claims) | 1,000,000 ([`DEFAULT_MAX_CLAIMS`]) | [`Reconciler::try_reconcile`](crate::Reconciler::try_reconcile), [`Reconciliation::try_report`](crate::reconcile::Reconciliation::try_report) | an error, no report |
/// | [`max_digits`](Limits::max_digits) | 30 ([`DEFAULT_MAX_DIGITS`](crate::recognize::DEFAULT_MAX_DIGITS)) | [`Extractor::try_extract`](crate::Extractor::try_extract), [`QuantityRecognizer::find_with_rejections`](crate::recognize::QuantityRecognizer::find_with_rejections) | an error with the numeral's byte offset |
///
/// The infallible functions keep working past a limit and say what they do
/// in their docs: [`Extractor::extract`](crate::Extractor::extract) reads a
/// document of any size and skips numerals longer than `max_digits` (no
/// claim for them), [`Reconciler::reconcile`](crate::Reconciler::reconcile)
/// reconciles any number of claims.
///
/// ```
/// use corroborate::{Document, ErrorKind, Limit, Limits};
///
/// let limits = Limits::new().with_max_document_bytes(8);
/// let err = Document::parse_with_limits("post.txt", b"0123456789", &limits).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Limit);
/// assert_eq!(err.limit(), Some(Limit::DocumentBytes));
/// assert_eq!(
///     err.to_string(),
///     "post.txt: expected a document of at most 8 bytes (limit `max_document_bytes`), found 10 bytes"
/// );
/// ```
///
/// ```
/// use corroborate::Limits;
///
/// let generous = Limits::new()
///     .with_max_document_bytes(64 << 20)
///     .with_max_claims(5_000_000);
/// assert_eq!(generous.max_document_bytes(), 64 << 20);
/// assert_eq!(generous.max_digits(), corroborate::recognize::DEFAULT_MAX_DIGITS);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Limits {
    max_document_bytes: usize,
    max_claims: usize,
    max_digits: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            max_claims: DEFAULT_MAX_CLAIMS,
            max_digits: crate::recognize::DEFAULT_MAX_DIGITS,
        }
    }
}

impl Limits {
    /// The documented defaults.
    pub fn new() -> Limits {
        Limits::default()
    }

    /// No limit at all (every bound at `usize::MAX`): for trusted input
    /// only.
    pub fn none() -> Limits {
        Limits {
            max_document_bytes: usize::MAX,
            max_claims: usize::MAX,
            max_digits: usize::MAX,
        }
    }

    /// The most bytes a document may have, front matter included (default
    /// [`DEFAULT_MAX_DOCUMENT_BYTES`]).
    pub fn with_max_document_bytes(mut self, bytes: usize) -> Limits {
        self.max_document_bytes = bytes;
        self
    }

    /// The most claims one report may be built from (default
    /// [`DEFAULT_MAX_CLAIMS`]).
    pub fn with_max_claims(mut self, claims: usize) -> Limits {
        self.max_claims = claims;
        self
    }

    /// The most digits one numeral may have (default
    /// [`DEFAULT_MAX_DIGITS`](crate::recognize::DEFAULT_MAX_DIGITS)); at
    /// least 1.
    pub fn with_max_digits(mut self, digits: usize) -> Limits {
        self.max_digits = digits.max(1);
        self
    }

    /// The most bytes a document may have.
    pub fn max_document_bytes(&self) -> usize {
        self.max_document_bytes
    }

    /// The most claims one report may be built from.
    pub fn max_claims(&self) -> usize {
        self.max_claims
    }

    /// The most digits one numeral may have.
    pub fn max_digits(&self) -> usize {
        self.max_digits
    }

    /// Checks a document's size; `name` is the file named in the message.
    pub(crate) fn check_document(&self, name: &str, bytes: usize) -> Result<(), Error> {
        if bytes > self.max_document_bytes {
            return Err(Error::limit_exceeded(
                Limit::DocumentBytes,
                format!(
                    "{name}: expected a document of at most {} bytes (limit `{}`), found {bytes} bytes",
                    self.max_document_bytes,
                    Limit::DocumentBytes.name()
                ),
                Some(self.max_document_bytes),
            ));
        }
        Ok(())
    }

    /// Checks the number of claims going into one report.
    pub(crate) fn check_claims(&self, claims: usize) -> Result<(), Error> {
        if claims > self.max_claims {
            return Err(Error::limit_exceeded(
                Limit::Claims,
                format!(
                    "expected at most {} claims in a report (limit `{}`), found {claims}",
                    self.max_claims,
                    Limit::Claims.name()
                ),
                None,
            ));
        }
        Ok(())
    }
}

/// The error for a numeral of `digits` digits at byte `offset`, over
/// `max_digits`: shared by the quantity recognizer and the extractor so
/// that both say the same thing.
pub(crate) fn too_many_digits(max_digits: usize, digits: usize, offset: usize) -> Error {
    Error::limit_exceeded(
        Limit::Digits,
        format!(
            "expected a number of at most {max_digits} digits (limit `{}`), found {digits} digits",
            Limit::Digits.name()
        ),
        Some(offset),
    )
}
