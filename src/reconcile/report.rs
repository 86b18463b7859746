//! What reconciliation produces: propositions, verdicts and explanations.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Opinion;
use crate::{Claim, Error, PartyKind, Predicate, Unit, Value};

/// The reconciler's conclusion about a proposition's best-supported value.
///
/// The rules that choose it are in the [module docs](crate::reconcile#verdicts).
///
/// ```
/// use corroborate::reconcile::Verdict;
///
/// let v: Verdict = "claimed".parse()?;
/// assert_eq!(v, Verdict::Claimed);
/// assert_eq!(Verdict::Disputed.to_string(), "disputed");
/// assert_eq!(serde_json::to_string(&Verdict::Confirmed).unwrap(), r#""confirmed""#);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// An official confirms it and nobody credible contradicts it.
    Confirmed,
    /// Independent non-attacker sources agree; no official word.
    Corroborated,
    /// Only the attacker and its echoes (or one uncorroborated source)
    /// support it.
    Claimed,
    /// Credible support and credible contradiction.
    Disputed,
    /// Contradiction dominates.
    Refuted,
    /// Only hedges and unknowns.
    Unresolved,
}

impl Verdict {
    /// Every verdict, in declaration order.
    pub const ALL: &'static [Verdict] = &[
        Verdict::Confirmed,
        Verdict::Corroborated,
        Verdict::Claimed,
        Verdict::Disputed,
        Verdict::Refuted,
        Verdict::Unresolved,
    ];

    /// The JSON and display name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Corroborated => "corroborated",
            Verdict::Claimed => "claimed",
            Verdict::Disputed => "disputed",
            Verdict::Refuted => "refuted",
            Verdict::Unresolved => "unresolved",
        }
    }
}

impl FromStr for Verdict {
    type Err = Error;

    fn from_str(s: &str) -> Result<Verdict, Error> {
        Verdict::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                Error::invalid_value(format!(
                    "expected one of `confirmed`, `corroborated`, `claimed`, `disputed`, \
                     `refuted`, `unresolved`, found `{s}`"
                ))
                .with_field("verdict")
            })
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which way a claim, or an independent source, counts for a
/// proposition's best-supported value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Stance {
    /// Supports the value.
    For,
    /// Contradicts it.
    Against,
    /// Neither: an unknown, a denial of another value, a value of another
    /// kind.
    Neutral,
}

impl Stance {
    /// The JSON and display name.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::Against => "against",
            Stance::Neutral => "neutral",
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a claim counted as it did; see the
/// [comparison table](crate::reconcile#comparing-a-claim-with-the-best-value).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// Confirmed a consistent value.
    Confirms,
    /// Asserted a consistent value.
    Asserts,
    /// Hedged a consistent value: counts for, with less weight.
    Hedges,
    /// Stated a value disjoint from the best one.
    ContradictsValue,
    /// Hedged a value disjoint from the best one: counts against, with less
    /// weight.
    HedgesOtherValue,
    /// Denied a value consistent with the best one.
    Denies,
    /// Denied a value disjoint from the best one, which says nothing about
    /// it.
    DeniesOtherValue,
    /// An official said it is not known: recorded as "not confirmed",
    /// without contradicting.
    NotConfirmed,
    /// Someone other than an official said it is not known.
    Undetermined,
    /// A value of another kind (a time where the best value is a flag):
    /// not comparable.
    OtherKind,
}

impl Reason {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Confirms => "confirms",
            Reason::Asserts => "asserts",
            Reason::Hedges => "hedges",
            Reason::ContradictsValue => "contradicts_value",
            Reason::HedgesOtherValue => "hedges_other_value",
            Reason::Denies => "denies",
            Reason::DeniesOtherValue => "denies_other_value",
            Reason::NotConfirmed => "not_confirmed",
            Reason::Undetermined => "undetermined",
            Reason::OtherKind => "other_kind",
        }
    }

    /// The way the reason counts.
    pub fn stance(self) -> Stance {
        match self {
            Reason::Confirms | Reason::Asserts | Reason::Hedges => Stance::For,
            Reason::ContradictsValue | Reason::HedgesOtherValue | Reason::Denies => Stance::Against,
            Reason::DeniesOtherValue
            | Reason::NotConfirmed
            | Reason::Undetermined
            | Reason::OtherKind => Stance::Neutral,
        }
    }
}

impl fmt::Display for Reason {
    /// A phrase for an explanation line: "confirms a consistent value".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::Confirms => "confirms a consistent value",
            Reason::Asserts => "asserts a consistent value",
            Reason::Hedges => "hedges a consistent value (less weight)",
            Reason::ContradictsValue => "states a disjoint value",
            Reason::HedgesOtherValue => "hedges a disjoint value (less weight)",
            Reason::Denies => "denies a consistent value",
            Reason::DeniesOtherValue => "denies another value (neutral)",
            Reason::NotConfirmed => "not confirmed by an official (neutral)",
            Reason::Undetermined => "says it is not known (neutral)",
            Reason::OtherKind => "a value of another kind (neutral)",
        })
    }
}

/// A claim in a report: borrowed from the reconciler's input, or owned
/// once deserialised or after [`Report::into_owned`]. It dereferences to
/// the [`Claim`] and is written in JSON as the claim itself.
///
/// Unlike a `Cow<Claim>`, it is two words whichever it holds, so a report of
/// a million claims does not carry a million claim-sized slots.
#[derive(Clone, Debug)]
pub enum ClaimRef<'a> {
    /// A claim of the input.
    Borrowed(&'a Claim),
    /// A claim of its own.
    Owned(Box<Claim>),
}

impl ClaimRef<'_> {
    /// The same claim, owned.
    pub fn into_owned(self) -> ClaimRef<'static> {
        match self {
            ClaimRef::Borrowed(c) => ClaimRef::Owned(Box::new(c.clone())),
            ClaimRef::Owned(c) => ClaimRef::Owned(c),
        }
    }
}

impl std::ops::Deref for ClaimRef<'_> {
    type Target = Claim;

    fn deref(&self) -> &Claim {
        match self {
            ClaimRef::Borrowed(c) => c,
            ClaimRef::Owned(c) => c,
        }
    }
}

impl PartialEq for ClaimRef<'_> {
    /// Claims are equal by content, however held.
    fn eq(&self, other: &ClaimRef<'_>) -> bool {
        **self == **other
    }
}

impl Serialize for ClaimRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ClaimRef<'_> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Claim::deserialize(deserializer).map(|c| ClaimRef::Owned(Box::new(c)))
    }
}

/// One claim in an explanation, with how and why it counted.
///
/// The claim is borrowed from the reconciler's input (a report of a
/// million claims copies none of them) and owned once deserialised or
/// after [`Report::into_owned`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence<'a> {
    /// The claim, as given.
    pub claim: ClaimRef<'a>,
    /// Which way it counts for the best value.
    pub stance: Stance,
    /// Why.
    pub reason: Reason,
    /// Its weight in `[0, 1]`: the prior of whoever speaks times the
    /// modality's factor; 0 when neutral.
    pub weight: f64,
    /// The index in [`Proposition::candidates`] of the candidate value the
    /// claim's own value belongs to.
    pub candidate: usize,
}

/// The claims of one independent source about a proposition: a party
/// quoted anywhere (the attacker "Indra" in ten outlets is one), or a
/// cluster of dependent sources (an outlet, its copies and what derives
/// from it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IndependentSource<'a> {
    /// A stable label: `attacker (Indra)`, or `source lemonde-1` after the
    /// cluster's first source id.
    pub label: String,
    /// The kind the verdict rules see: the party's kind, or for a cluster
    /// of sources the kind of the party it echoes, else its sources' kind.
    pub kind: PartyKind,
    /// Which way it counts on balance (its support against its
    /// opposition).
    pub stance: Stance,
    /// Its support for the best value: the averaging fusion (mean) of its
    /// dependent members' strongest supporting weights, in `[0, 1]`.
    pub support: f64,
    /// Its opposition, likewise.
    pub opposition: f64,
    /// The ids of the sources that carried its claims here, sorted.
    pub sources: Vec<Cow<'a, str>>,
    /// Its claims, each with its stance and reason, in a canonical order.
    pub claims: Vec<Evidence<'a>>,
}

/// A candidate value of a proposition: a cluster of mutually consistent
/// values ("16,444,373" and "more than 16 million").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Candidate {
    /// The cluster's most specific value, which stands for it.
    pub value: Value,
    /// How many claims' values belong to this cluster.
    pub claims: usize,
    /// The evidence its own claims give it: the sum over independent
    /// sources of their averaged supporting weights. Candidates are ranked
    /// by it.
    pub support: f64,
}

/// Everything said about one subject's predicate in one unit, and what to
/// make of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Proposition<'a> {
    /// The subject's canonical name.
    pub subject: String,
    /// The predicate.
    pub predicate: Predicate,
    /// The unit of quantity values; `None` for other values and for
    /// quantities without a unit. Persons and records are separate
    /// propositions.
    pub unit: Option<Unit>,
    /// The candidate values, best first.
    pub candidates: Vec<Candidate>,
    /// The best-supported value: the first candidate's value.
    pub best: Value,
    /// The verdict on the best value.
    pub verdict: Verdict,
    /// How far the sources agree on the best value: the fused opinion's
    /// belief, in `[0, 1]`.
    pub agreement: f64,
    /// How far they contradict it: the fused opinion's disbelief, in
    /// `[0, 1]`.
    pub contradiction: f64,
    /// The degree of conflict between the fused opinion of the sources for
    /// and that of the sources against, in `[0, 1]`.
    pub conflict: f64,
    /// The fused opinion about the best value.
    pub opinion: Opinion,
    /// Independent sources that support the best value on balance.
    pub sources_for: usize,
    /// Independent sources that contradict it on balance.
    pub sources_against: usize,
    /// Independent sources with any claim here (for, against or neutral).
    pub independent_sources: usize,
    /// Claims here: how often something was attested, however dependent.
    pub attestations: usize,
    /// The explanation: the claims grouped by independent source, those
    /// for first, then against, then neutral.
    pub explanation: Vec<IndependentSource<'a>>,
}

impl<'a> Proposition<'a> {
    /// The same proposition, owning copies of its claims.
    pub fn into_owned(self) -> Proposition<'static> {
        Proposition {
            explanation: self
                .explanation
                .into_iter()
                .map(|s| IndependentSource {
                    claims: s
                        .claims
                        .into_iter()
                        .map(|e| Evidence {
                            claim: e.claim.into_owned(),
                            stance: e.stance,
                            reason: e.reason,
                            weight: e.weight,
                            candidate: e.candidate,
                        })
                        .collect(),
                    label: s.label,
                    kind: s.kind,
                    stance: s.stance,
                    support: s.support,
                    opposition: s.opposition,
                    sources: s
                        .sources
                        .into_iter()
                        .map(|id| Cow::Owned(id.into_owned()))
                        .collect(),
                })
                .collect(),
            subject: self.subject,
            predicate: self.predicate,
            unit: self.unit,
            candidates: self.candidates,
            best: self.best,
            verdict: self.verdict,
            agreement: self.agreement,
            contradiction: self.contradiction,
            conflict: self.conflict,
            opinion: self.opinion,
            sources_for: self.sources_for,
            sources_against: self.sources_against,
            independent_sources: self.independent_sources,
            attestations: self.attestations,
        }
    }

    /// Every claim of the proposition, in explanation order.
    pub fn claims(&self) -> impl Iterator<Item = &Evidence<'a>> {
        self.explanation.iter().flat_map(|s| s.claims.iter())
    }
}

/// The result of reconciling claims: one [`Proposition`] per subject,
/// predicate and unit, sorted by subject, then predicate name, then unit.
///
/// A report borrows the claims it was built from; [`Report::into_owned`]
/// makes it independent of them, and a deserialised report owns its claims.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report<'a> {
    /// The propositions, in a deterministic order.
    pub propositions: Vec<Proposition<'a>>,
}

impl<'a> Report<'a> {
    /// The propositions about a subject, by its canonical name.
    pub fn about<'r>(&'r self, subject: &'r str) -> impl Iterator<Item = &'r Proposition<'a>> + 'r {
        self.propositions
            .iter()
            .filter(move |p| p.subject == subject)
    }

    /// The same report, owning copies of its claims.
    pub fn into_owned(self) -> Report<'static> {
        Report {
            propositions: self
                .propositions
                .into_iter()
                .map(Proposition::into_owned)
                .collect(),
        }
    }

    /// The proposition for a subject, predicate and unit, if any claim made
    /// it.
    pub fn get(
        &self,
        subject: &str,
        predicate: &Predicate,
        unit: Option<&Unit>,
    ) -> Option<&Proposition<'a>> {
        self.propositions
            .iter()
            .find(|p| p.subject == subject && &p.predicate == predicate && p.unit.as_ref() == unit)
    }

    /// How many claims the report accounts for.
    pub fn claim_count(&self) -> usize {
        self.propositions.iter().map(|p| p.attestations).sum()
    }
}
