//! Claims: who says what about whom, how firmly, and where it is written.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, PartyKind, Predicate, Value};

/// How firmly a claim is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Confirmed or admitted ("confirmé", "reconnaît", "認めた").
    Confirmed,
    /// Denied or negated ("no sign of", "pas de trace de", "していない").
    Denied,
    /// Hedged ("allegedly", "aurait", "とされる").
    Hedged,
    /// Said to be undetermined ("not yet determined", "不明").
    Unknown,
}

impl Modality {
    /// The JSON and display name.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Confirmed => "confirmed",
            Modality::Denied => "denied",
            Modality::Hedged => "hedged",
            Modality::Unknown => "unknown",
        }
    }
}

impl FromStr for Modality {
    type Err = Error;

    fn from_str(s: &str) -> Result<Modality, Error> {
        Ok(match s {
            "asserted" => Modality::Asserted,
            "confirmed" => Modality::Confirmed,
            "denied" => Modality::Denied,
            "hedged" => Modality::Hedged,
            "unknown" => Modality::Unknown,
            _ => {
                return Err(Error::invalid_value(format!(
                    "expected one of `asserted`, `confirmed`, `denied`, `hedged`, \
                     `unknown`, found `{s}`"
                ))
                .with_field("modality"));
            }
        })
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who makes a claim inside a source, by kind and, where given, by name.
///
/// ```
/// use corroborate::{Claimant, PartyKind};
///
/// let minister = Claimant::new(PartyKind::Official).named("Laurent Nuñez");
/// assert_eq!(minister.to_string(), "official (Laurent Nuñez)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Claimant {
    kind: PartyKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

impl Claimant {
    /// An unnamed claimant of a kind.
    pub fn new(kind: PartyKind) -> Claimant {
        Claimant { kind, name: None }
    }

    /// The same claimant with a name.
    pub fn named(mut self, name: impl Into<String>) -> Claimant {
        self.name = Some(name.into());
        self
    }

    /// The kind of party.
    pub fn kind(&self) -> PartyKind {
        self.kind
    }

    /// The name, when given.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

impl fmt::Display for Claimant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "{} ({name})", self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

/// A half-open range of byte offsets `[start, end)` into a source's
/// original text: `&text[span.start..span.end]` is the evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "SpanRepr")]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

#[derive(Deserialize)]
struct SpanRepr {
    start: usize,
    end: usize,
}

impl TryFrom<SpanRepr> for Span {
    type Error = Error;

    fn try_from(repr: SpanRepr) -> Result<Span, Error> {
        if repr.start > repr.end {
            return Err(Error::span(
                format!("span start {} is after its end {}", repr.start, repr.end),
                repr.start,
            ));
        }
        Ok(Span {
            start: repr.start,
            end: repr.end,
        })
    }
}

impl Span {
    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The spanned slice of `text`, or an error naming the offending byte
    /// offset when the span is reversed, runs past the end, or cuts a
    /// character.
    ///
    /// ```
    /// use corroborate::Span;
    ///
    /// let text = "ministère";
    /// assert_eq!(Span { start: 0, end: 5 }.slice(text)?, "minis");
    /// let err = Span { start: 0, end: 7 }.slice(text).unwrap_err();
    /// assert_eq!(err.to_string(), "span end 7 is not on a character boundary of the text");
    /// assert_eq!(err.offset(), Some(7));
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Result<&'t str, Error> {
        if self.start > self.end {
            return Err(Error::span(
                format!("span start {} is after its end {}", self.start, self.end),
                self.start,
            ));
        }
        for (name, offset) in [("start", self.start), ("end", self.end)] {
            if offset > text.len() {
                return Err(Error::span(
                    format!(
                        "span {name} {offset} is past the end of the text ({} bytes)",
                        text.len()
                    ),
                    offset,
                ));
            }
            if !text.is_char_boundary(offset) {
                return Err(Error::span(
                    format!("span {name} {offset} is not on a character boundary of the text"),
                    offset,
                ));
            }
        }
        Ok(&text[self.start..self.end])
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// One typed claim with its provenance.
///
/// Its JSON form is a public contract, read and written by the example
/// binaries:
///
/// ```json
/// {"source":"doc-1","subject":"French Ministry of the Interior","predicate":"persons_affected",
///  "value":{"type":"quantity","min":16444373,"max":16444373,"unit":"persons"},
///  "claimant":{"kind":"attacker","name":"Indra"},"modality":"asserted",
///  "span":{"start":812,"end":861},"text":"..."}
/// ```
///
/// ```
/// use corroborate::{Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Span, Unit};
///
/// let text = "Indra says he holds data on 16,444,373 people.";
/// let claim = Claim::new(
///     "French Ministry of the Interior",
///     Predicate::PersonsAffected,
///     Quantity::exact(16_444_373).with_unit(Unit::Persons),
/// )
/// .with_source("forum-post")
/// .with_claimant(Claimant::new(PartyKind::Attacker).named("Indra"))
/// .with_evidence(text, Span { start: 0, end: text.len() })?;
///
/// let json = claim.to_json();
/// assert_eq!(Claim::from_json(&json)?, claim);
/// claim.check_evidence(text)?;
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Claim {
    source: String,
    subject: String,
    predicate: Predicate,
    value: Value,
    claimant: Claimant,
    modality: Modality,
    span: Span,
    text: String,
}

impl Claim {
    /// A claim that `subject` has `value` for `predicate`, asserted by an
    /// unknown claimant in no particular source, with no evidence yet.
    pub fn new(subject: impl Into<String>, predicate: Predicate, value: impl Into<Value>) -> Claim {
        Claim {
            source: String::new(),
            subject: subject.into(),
            predicate,
            value: value.into(),
            claimant: Claimant::new(PartyKind::Unknown),
            modality: Modality::Asserted,
            span: Span { start: 0, end: 0 },
            text: String::new(),
        }
    }

    /// Sets the id of the [`Source`](crate::Source) it was read from.
    pub fn with_source(mut self, source: impl Into<String>) -> Claim {
        self.source = source.into();
        self
    }

    /// Sets who makes the claim.
    pub fn with_claimant(mut self, claimant: Claimant) -> Claim {
        self.claimant = claimant;
        self
    }

    /// Sets how firmly it is made.
    pub fn with_modality(mut self, modality: Modality) -> Claim {
        self.modality = modality;
        self
    }

    /// Sets the value.
    pub fn with_value(mut self, value: impl Into<Value>) -> Claim {
        self.value = value.into();
        self
    }

    /// Sets the evidence: the span of the source's original text and the
    /// text it covers, checked as by [`Span::slice`].
    pub fn with_evidence(mut self, original: &str, span: Span) -> Result<Claim, Error> {
        self.text = span.slice(original)?.to_owned();
        self.span = span;
        Ok(self)
    }

    /// Reads a claim in the JSON contract. Built-in predicates and any
    /// well-formed custom one are accepted; to accept only registered
    /// custom predicates, read through a [`Vocabulary`](crate::Vocabulary).
    ///
    /// The contract is versioned by its fields: a field this version does
    /// not know is ignored (so a later version that only adds fields stays
    /// readable), while a missing field or an unknown variant (a value
    /// `type`, a modality, a party kind) is an error naming it
    /// (`tests/serde_compat.rs`).
    pub fn from_json(json: &str) -> Result<Claim, Error> {
        serde_json::from_str(json).map_err(Error::json)
    }

    /// Writes the claim in the JSON contract, on one line.
    pub fn to_json(&self) -> String {
        // Every field serialises to JSON infallibly: no maps with non-string
        // keys and no non-finite floats can be built.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Checks that the span fits the source's original text and that the
    /// evidence text is exactly what it covers.
    pub fn check_evidence(&self, original: &str) -> Result<(), Error> {
        let spanned = self.span.slice(original)?;
        if spanned != self.text {
            return Err(Error::span(
                format!(
                    "evidence `text` differs from the text at span {}",
                    self.span
                ),
                self.span.start,
            ));
        }
        Ok(())
    }

    /// The id of the source it was read from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The canonical name of the [`Subject`](crate::Subject) it is about.
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// What it is about.
    pub fn predicate(&self) -> &Predicate {
        &self.predicate
    }

    /// What it says.
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// Who says it.
    pub fn claimant(&self) -> &Claimant {
        &self.claimant
    }

    /// How firmly.
    pub fn modality(&self) -> Modality {
        self.modality
    }

    /// Where in the source's original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The evidence text, `&original[span]`.
    pub fn text(&self) -> &str {
        &self.text
    }
}
