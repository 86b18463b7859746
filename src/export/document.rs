//! The versioned JSON report.

use serde::{Deserialize, Serialize};

use crate::reconcile::{Proposition, Report};
use crate::{Error, Source};

/// The schema name and version written in every JSON report. A reader
/// refuses any other: a report from a future or foreign schema is an error,
/// not a guess.
pub const SCHEMA: &str = "corroborate.report/1";

/// Everything a run produced: the sources and, per incident, the
/// reconciled propositions with the claims behind them.
///
/// # Schema `corroborate.report/1`
///
/// ```json
/// {"schema": "corroborate.report/1",
///  "sources": [{"id": "…", "kind": "media", "language": "fr", "published": "…", …}],
///  "incidents": [{"subject": "French Ministry of the Interior",
///                 "propositions": [{"subject": "…", "predicate": "persons_affected",
///                                   "unit": "persons", "best": {…}, "verdict": "claimed",
///                                   "agreement": 0.4, "contradiction": 0.0, …,
///                                   "explanation": [{"label": "attacker (Indra)",
///                                                    "claims": [{"claim": {…}, …}]}]}]}]}
/// ```
///
/// Sources are as [`Source`] serialises them, propositions as
/// [`Proposition`], claims in the claim contract of [`Claim`](crate::Claim).
/// Incidents are sorted by subject, propositions as the reconciler sorts
/// them. Unknown fields are ignored when reading, so a later minor version
/// that only adds fields stays readable; a different `schema` is refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReportDocument<'a> {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The sources read, sorted by id.
    pub sources: Vec<Source>,
    /// One entry per subject, sorted by subject.
    pub incidents: Vec<Incident<'a>>,
}

/// The propositions about one subject.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Incident<'a> {
    /// The subject's canonical name.
    pub subject: String,
    /// Its propositions, in the reconciler's order.
    pub propositions: Vec<Proposition<'a>>,
}

impl<'a> ReportDocument<'a> {
    /// Gathers the sources and a reconciler's report into one document.
    pub fn new(sources: &[Source], report: Report<'a>) -> ReportDocument<'a> {
        let mut sources = sources.to_vec();
        sources.sort_by(|a, b| a.id().cmp(b.id()));
        sources.dedup_by(|a, b| a.id() == b.id());
        let mut incidents: Vec<Incident<'a>> = Vec::new();
        for proposition in report.propositions {
            match incidents.last_mut() {
                Some(incident) if incident.subject == proposition.subject => {
                    incident.propositions.push(proposition);
                }
                _ => incidents.push(Incident {
                    subject: proposition.subject.clone(),
                    propositions: vec![proposition],
                }),
            }
        }
        // The reconciler sorts by subject already; sorting again keeps the
        // promise even if that order changes.
        incidents.sort_by(|a, b| a.subject.cmp(&b.subject));
        ReportDocument {
            schema: SCHEMA.to_owned(),
            sources,
            incidents,
        }
    }

    /// The source with the given id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources
            .binary_search_by(|s| s.id().cmp(id))
            .ok()
            .map(|i| &self.sources[i])
    }

    /// Every proposition of every incident.
    pub fn propositions(&self) -> impl Iterator<Item = &Proposition<'a>> {
        self.incidents.iter().flat_map(|i| i.propositions.iter())
    }

    /// The document as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Reports hold only strings, finite numbers and string-keyed maps,
        // which serde_json always writes.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a document written by [`to_json`](ReportDocument::to_json),
    /// refusing any schema but [`SCHEMA`].
    ///
    /// ```
    /// use corroborate::export::ReportDocument;
    ///
    /// let err = ReportDocument::from_json(r#"{"schema":"corroborate.report/0","sources":[],"incidents":[]}"#)
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid `schema`: expected `corroborate.report/1`, found `corroborate.report/0`"
    /// );
    /// ```
    pub fn from_json(json: &str) -> Result<ReportDocument<'static>, Error> {
        // Check the schema before the body, so that a report of another
        // version is refused for its version, not for a field it lacks.
        #[derive(Deserialize)]
        struct Header {
            schema: Option<String>,
        }
        let header: Header = serde_json::from_str(json).map_err(Error::json)?;
        match header.schema.as_deref() {
            Some(SCHEMA) => {}
            Some(other) => {
                return Err(
                    Error::invalid_value(format!("expected `{SCHEMA}`, found `{other}`"))
                        .with_field("schema"),
                );
            }
            None => {
                return Err(
                    Error::invalid_value(format!("missing; expected `{SCHEMA}`"))
                        .with_field("schema"),
                );
            }
        }
        let document: ReportDocument<'_> = serde_json::from_str(json).map_err(Error::json)?;
        Ok(document.into_owned())
    }

    /// The same document, owning copies of its claims.
    pub fn into_owned(self) -> ReportDocument<'static> {
        ReportDocument {
            schema: self.schema,
            sources: self.sources,
            incidents: self
                .incidents
                .into_iter()
                .map(|i| Incident {
                    subject: i.subject,
                    propositions: i
                        .propositions
                        .into_iter()
                        .map(Proposition::into_owned)
                        .collect(),
                })
                .collect(),
        }
    }
}
