//! The crate's error type.
//!
//! One opaque [`Error`] is returned by every fallible operation. Its message
//! says what was wrong and where (the field, the byte offset, the line and
//! column of a JSON document); [`Error::kind`] gives a coarse category to
//! match on, and accessors give the location without parsing the message.

use std::fmt;

use crate::Limit;

/// The error returned by every fallible operation of the crate.
///
/// The message is in lower case without a final full stop and names what was
/// expected, e.g. ``invalid `value`: quantity `min` (5) is greater than `max` (3)``.
///
/// ```
/// use corroborate::{Claim, ErrorKind};
///
/// let json = r#"{"source":"d","subject":"S","predicate":"persons_afected",
///   "value":{"type":"flag","value":true},"claimant":{"kind":"media"},
///   "modality":"asserted","span":{"start":0,"end":0},"text":""}"#;
/// let err = Claim::from_json(json).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Json);
/// assert!(err.to_string().contains("unknown predicate `persons_afected`"));
/// assert_eq!(err.line(), Some(1));
/// ```
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    field: Option<&'static str>,
    offset: Option<usize>,
    line: Option<usize>,
    column: Option<usize>,
    limit: Option<Limit>,
    repr: Repr,
}

/// A coarse category of [`Error`], stable to match on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A JSON document could not be read into the model (syntax, a missing
    /// field, or a value that does not fit the field's type or rules).
    Json,
    /// A value was outside the model's rules: an interval whose minimum is
    /// greater than its maximum, a number that is not finite, a malformed
    /// name.
    InvalidValue,
    /// A predicate that is neither built in nor registered in the
    /// [`Vocabulary`](crate::Vocabulary) in use.
    UnknownPredicate,
    /// A [`Span`](crate::Span) that does not fit the text it points into:
    /// past its end, or not on a character boundary, or with evidence text
    /// that differs from the spanned text.
    Span,
    /// A document could not be read: bytes that are not UTF-8
    /// ([`Error::offset`] gives the first bad byte) or a malformed
    /// front-matter block ([`Error::line`] gives the line).
    Document,
    /// A limit on untrusted input was exceeded ([`Error::limit`] names
    /// which): a document too large, too many claims for one report, a
    /// numeral with too many digits. See [`Limits`](crate::Limits).
    Limit,
    /// A CSV document could not be read: a malformed header or row, an
    /// unterminated quote, invalid UTF-8, an I/O failure, or a row that
    /// breaks the data's rules (see [`Error::line`] for where).
    Csv,
}

/// The private representation: thiserror writes the messages, but stays out
/// of the public API so that variants can change without a breaking release.
#[derive(Debug, thiserror::Error)]
enum Repr {
    #[error("{message}")]
    Message { message: String },
    #[error("{source}")]
    Json {
        #[from]
        source: serde_json::Error,
    },
}

impl Error {
    fn new(kind: ErrorKind, message: String) -> Error {
        Error {
            inner: Box::new(Inner {
                kind,
                field: None,
                offset: None,
                line: None,
                column: None,
                limit: None,
                repr: Repr::Message { message },
            }),
        }
    }

    pub(crate) fn invalid_value(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidValue, message.into())
    }

    /// An invalid value found at a byte offset of a text.
    pub(crate) fn invalid_value_at(message: impl Into<String>, offset: usize) -> Error {
        let mut err = Error::new(ErrorKind::InvalidValue, message.into());
        err.inner.offset = Some(offset);
        err
    }

    pub(crate) fn unknown_predicate(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::UnknownPredicate, message.into())
    }

    pub(crate) fn span(message: impl Into<String>, offset: usize) -> Error {
        let mut err = Error::new(ErrorKind::Span, message.into());
        err.inner.field = Some("span");
        err.inner.offset = Some(offset);
        err
    }

    /// A malformed document at a 1-based line; the message names the file.
    pub(crate) fn document_line(message: impl Into<String>, line: usize) -> Error {
        let mut err = Error::new(ErrorKind::Document, message.into());
        err.inner.line = Some(line);
        err
    }

    /// Undecodable bytes at a byte offset; the message names the file.
    pub(crate) fn document_bytes(message: impl Into<String>, offset: usize) -> Error {
        let mut err = Error::new(ErrorKind::Document, message.into());
        err.inner.offset = Some(offset);
        err
    }

    /// A limit exceeded, at a byte offset when there is one (the first
    /// byte past the limit, or the numeral that has too many digits).
    pub(crate) fn limit_exceeded(limit: Limit, message: String, offset: Option<usize>) -> Error {
        let mut err = Error::new(ErrorKind::Limit, message);
        err.inner.limit = Some(limit);
        err.inner.offset = offset;
        err
    }

    /// An error while reading CSV, at a 1-based line when one is known.
    pub(crate) fn csv(message: impl Into<String>, line: Option<usize>) -> Error {
        let mut err = Error::new(ErrorKind::Csv, message.into());
        err.inner.line = line;
        err
    }

    pub(crate) fn json(source: serde_json::Error) -> Error {
        let (line, column) = match source.line() {
            0 => (None, None),
            line => (Some(line), Some(source.column())),
        };
        Error {
            inner: Box::new(Inner {
                kind: ErrorKind::Json,
                field: None,
                offset: None,
                line,
                column,
                limit: None,
                repr: Repr::from(source),
            }),
        }
    }

    /// The same error at another byte offset (an offset into a part of a
    /// text moved to the whole text).
    pub(crate) fn with_offset(mut self, offset: usize) -> Error {
        self.inner.offset = Some(offset);
        self
    }

    /// Names the field this error is about (`"value"`, `"span"`, ...).
    pub(crate) fn with_field(mut self, field: &'static str) -> Error {
        self.inner.field = Some(field);
        self
    }

    /// The category of this error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The model field the error is about, when one is known (`"span"`,
    /// `"predicate"`, ...).
    pub fn field(&self) -> Option<&'static str> {
        self.inner.field
    }

    /// The byte offset into the text concerned, when one is known.
    pub fn offset(&self) -> Option<usize> {
        self.inner.offset
    }

    /// The 1-based line of a JSON or CSV document, or of a document's front
    /// matter, where reading failed.
    pub fn line(&self) -> Option<usize> {
        self.inner.line
    }

    /// The 1-based column of a JSON document where reading failed.
    pub fn column(&self) -> Option<usize> {
        self.inner.column
    }

    /// The limit exceeded, for an error of kind [`ErrorKind::Limit`].
    ///
    /// ```
    /// use corroborate::reconcile::Reconciler;
    /// use corroborate::{Claim, Limit, Limits, Predicate};
    ///
    /// let claims = vec![Claim::new("S", Predicate::Intrusion, true); 3];
    /// let reconciler = Reconciler::builder()
    ///     .limits(Limits::new().with_max_claims(2))
    ///     .build()?;
    /// let err = reconciler.try_reconcile(&[], &claims).unwrap_err();
    /// assert_eq!(err.limit(), Some(Limit::Claims));
    /// assert_eq!(err.limit().unwrap().name(), "max_claims");
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn limit(&self) -> Option<Limit> {
        self.inner.limit
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.inner.field {
            // serde_json already names the place (line and column); the
            // message of a model rule names its field itself.
            Some(field) if matches!(self.inner.repr, Repr::Message { .. }) => {
                if self.inner.kind == ErrorKind::Span {
                    write!(f, "{}", self.inner.repr)
                } else {
                    write!(f, "invalid `{field}`: {}", self.inner.repr)
                }
            }
            _ => write!(f, "{}", self.inner.repr),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("field", &self.inner.field)
            .field("offset", &self.inner.offset)
            .field("line", &self.inner.line)
            .field("column", &self.inner.column)
            .field("limit", &self.inner.limit)
            .field("message", &self.to_string())
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.inner.repr {
            Repr::Json { source } => Some(source),
            Repr::Message { .. } => None,
        }
    }
}
