//! Reports for people and machines: JSON, Markdown and STIX 2.1.
//!
//! A [`ReportDocument`] is the whole outcome of a run: the sources read, and
//! per incident (subject) the reconciled propositions with their scores,
//! verdicts and the claims behind them. It has three renderings:
//!
//! | function | for | notes |
//! |---|---|---|
//! | [`ReportDocument::to_json`] / [`ReportDocument::from_json`] | programs | schema `corroborate.report/1`, round-trips |
//! | [`markdown`] | a newsroom note or a ticket | one table per incident, then the evidence |
//! | [`stix_bundle`] | threat-intelligence platforms | a STIX 2.1 bundle, deterministic ids |
//!
//! ```
//! use corroborate::export::{ReportDocument, markdown, stix_bundle};
//! use corroborate::reconcile::Reconciler;
//! use corroborate::{Claim, Claimant, Modality, PartyKind, Predicate, Source};
//!
//! let sources = [Source::new("statement", PartyKind::Official)];
//! let claims = [Claim::new("French Ministry of the Interior", Predicate::Intrusion, true)
//!     .with_source("statement")
//!     .with_claimant(Claimant::new(PartyKind::Official))
//!     .with_modality(Modality::Confirmed)];
//! let reconciler = Reconciler::new();
//! let report = reconciler.reconcile(&sources, &claims);
//! let document = ReportDocument::new(&sources, report);
//!
//! let json = document.to_json();
//! assert!(json.contains(r#""schema": "corroborate.report/1""#));
//! assert_eq!(ReportDocument::from_json(&json)?, document.clone().into_owned());
//! assert!(markdown(&document).contains("| intrusion | yes | confirmed |"));
//! let bundle = stix_bundle(&document, &reconciler);
//! assert_eq!(bundle["type"], "bundle");
//! # Ok::<(), corroborate::Error>(())
//! ```

mod document;
mod markdown;
mod stix;

pub use document::{Incident, ReportDocument, SCHEMA};
pub use markdown::markdown;
pub use stix::{admiralty_confidence, stix_bundle};
