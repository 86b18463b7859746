//! Typed claims with provenance from breach news, reconciled across sources.
//!
//! When a breach hits the news, the attacker says one thing ("data on
//! 16,444,373 people"), the victim another ("some files were accessed"), and
//! outlets repeat, round and translate both. `corroborate` represents each
//! statement as a typed [`Claim`]: a [`Subject`], a [`Predicate`], a typed
//! [`Value`], a [`Claimant`], a [`Modality`] and the [`Span`] of evidence in
//! the original text, so that per fact one can ask who claims it, who
//! confirmed it, who denies it, and whether it adds up.
//!
//! # Example
//!
//! Two claims about the same fact, from different parties, that agree:
//!
//! ```
//! use corroborate::{Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Unit};
//!
//! let post = "I hold the data of 16,444,373 people.";
//! let attacker = Claim::new(
//!     "French Ministry of the Interior",
//!     Predicate::PersonsAffected,
//!     Quantity::exact(16_444_373).with_unit(Unit::Persons),
//! )
//! .with_source("forum-post")
//! .with_claimant(Claimant::new(PartyKind::Attacker).named("Indra"))
//! .with_evidence(post, corroborate::Span { start: 19, end: 36 })?;
//! assert_eq!(attacker.text(), "16,444,373 people");
//!
//! // An outlet's "more than 16 million people" is consistent with it...
//! let outlet = Quantity::at_least(16_000_000).with_unit(Unit::Persons);
//! assert!(attacker.value().is_consistent_with(&outlet.into()));
//! // ...but a count of records is not a count of persons.
//! let records = Quantity::at_least(16_000_000).with_unit(Unit::Records);
//! assert!(!attacker.value().is_consistent_with(&records.into()));
//!
//! // The JSON form is a public contract.
//! let json = attacker.to_json();
//! assert!(json.starts_with(r#"{"source":"forum-post","subject":"French Ministry of the Interior""#));
//! assert_eq!(Claim::from_json(&json)?.modality(), Modality::Asserted);
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! # Overview
//!
//! | item | what it is |
//! |---|---|
//! | [`Source`] | a document or feed, its [`PartyKind`], language, date and what it derives from |
//! | [`Claimant`] | who speaks inside a source: kind and optional name |
//! | [`Subject`] | the victim or incident, with aliases across languages |
//! | [`Predicate`] | the cyber-incident vocabulary, extensible with [`CustomPredicate`] and [`Vocabulary`] |
//! | [`Value`] | a [`Quantity`] interval with a [`Unit`], a [`TimeSpan`], a flag, an entity or text |
//! | [`Modality`] | asserted, confirmed, denied, hedged, unknown |
//! | [`Claim`] | all of the above with the evidence [`Span`] |
//! | [`Error`] | every failure, with [`ErrorKind`], field and location |
//! | [`Document`] | a source and its original text, read from plain text or Markdown with front matter |
//! | [`Extractor`] | news text to claims, with evidence spans into the original ([`extract`]) |
//! | [`Reconciler`] | claims from many sources into a [`Report`] of [`Proposition`]s with a [`Verdict`] and an [`Opinion`] each ([`reconcile`]) |
//!
//! # Untrusted input
//!
//! Claims read from JSON are checked against the model's rules: an unknown
//! predicate, an interval whose `min` exceeds its `max`, a non-finite number
//! or a reversed span is an [`Error`] naming the field, never a panic. A
//! span can only be checked against the text it points into:
//! [`Claim::check_evidence`] and [`Vocabulary::claim_from_json`] do that.
//!
//! Documents are read from bytes: bytes that are not UTF-8 and malformed
//! front matter are errors naming the file and the byte offset or line.
//! Extraction takes any text, of any size, without panicking: it works in
//! one pass, cuts runaway sentences at a bounded length, stops counting an
//! unclosed quotation after a while, and gives no claims for a language it
//! does not know.
//!
//! Work and memory are bounded by [`Limits`] with documented defaults a
//! caller can raise: the size of a document, the claims in one report, the
//! digits of one numeral. Going past one is an [`Error`] of kind
//! [`ErrorKind::Limit`] naming it ([`Error::limit`]), never an answer cut
//! short that looks whole. `ROBUSTNESS.md` lists the hostile inputs tried
//! and the test that covers each.

#![warn(missing_docs)]

mod claim;
mod document;
mod error;
pub mod export;
pub mod extract;
mod hash;
pub mod lang;
mod limits;
mod predicate;
pub mod recognize;
pub mod reconcile;
mod source;
mod subject;
mod text;
pub mod truth;
pub mod value;

pub use claim::{Claim, Claimant, Modality, Span};
pub use document::Document;
pub use error::{Error, ErrorKind};
pub use extract::{Extractor, ExtractorBuilder};
pub use limits::{DEFAULT_MAX_CLAIMS, DEFAULT_MAX_DOCUMENT_BYTES, Limit, Limits};
pub use predicate::{CustomPredicate, Predicate, Vocabulary};
pub use reconcile::{Opinion, Proposition, Reconciler, Report, Verdict};
pub use source::{Language, PartyKind, Source};
pub use subject::Subject;
pub use value::{Currency, Granularity, Number, Quantity, TimeSpan, Unit, Value};

// The README's examples are doctests too, so they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
