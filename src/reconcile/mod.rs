//! Claim reconciliation: how far sources agree, how far they contradict each
//! other, which value is best supported, and why.
//!
//! A [`Reconciler`] takes [`Source`]s and [`Claim`]s and returns a
//! [`Report`]: one [`Proposition`] per subject, predicate and unit, with its
//! candidate values, the best-supported one, a [`Verdict`], `agreement` and
//! `contradiction` scores, an [`Opinion`] of subjective logic, and an
//! explanation listing every claim, grouped by independent source, with the
//! [`Reason`] it counted as it did.
//!
//! # Example
//!
//! The attacker "Indra" posts a figure; two outlets repeat it as "more than
//! 16 million"; the ministry confirms the intrusion.
//!
//! ```
//! use corroborate::reconcile::{Reconciler, Verdict};
//! use corroborate::{Claim, Claimant, Modality, PartyKind, Predicate, Quantity, Source, Unit};
//!
//! let indra = Claimant::new(PartyKind::Attacker).named("Indra");
//! let ministry = Claimant::new(PartyKind::Official).named("Ministry of the Interior");
//! let subject = "French Ministry of the Interior";
//! let sources = [
//!     Source::new("forum-post", PartyKind::Attacker),
//!     Source::new("outlet-a", PartyKind::Media),
//!     Source::new("outlet-b", PartyKind::Media),
//!     Source::new("press-release", PartyKind::Official),
//! ];
//! let persons = |q: Quantity| q.with_unit(Unit::Persons);
//! let claims = [
//!     Claim::new(subject, Predicate::PersonsAffected, persons(Quantity::exact(16_444_373)))
//!         .with_source("forum-post")
//!         .with_claimant(indra.clone()),
//!     Claim::new(subject, Predicate::PersonsAffected, persons(Quantity::at_least(16_000_000)))
//!         .with_source("outlet-a")
//!         .with_claimant(indra.clone()),
//!     Claim::new(subject, Predicate::PersonsAffected, persons(Quantity::at_least(16_000_000)))
//!         .with_source("outlet-b")
//!         .with_claimant(indra.clone()),
//!     Claim::new(subject, Predicate::Intrusion, true)
//!         .with_source("press-release")
//!         .with_claimant(ministry)
//!         .with_modality(Modality::Confirmed),
//! ];
//!
//! let report = Reconciler::new().reconcile(&sources, &claims);
//! let persons = report
//!     .get(subject, &Predicate::PersonsAffected, Some(&Unit::Persons))
//!     .unwrap();
//! // Three attestations of one statement: one independent source.
//! assert_eq!(persons.verdict, Verdict::Claimed);
//! assert_eq!((persons.attestations, persons.independent_sources), (3, 1));
//! assert_eq!(persons.candidates.len(), 1);
//! assert_eq!(persons.explanation[0].label, "attacker (Indra)");
//!
//! let intrusion = report.get(subject, &Predicate::Intrusion, None).unwrap();
//! assert_eq!(intrusion.verdict, Verdict::Confirmed);
//! assert!(intrusion.agreement > persons.agreement);
//! ```
//!
//! # Propositions and candidate values
//!
//! Claims with the same subject, predicate and unit form a proposition
//! (the unit of a quantity; `None` for other values and for quantities
//! without one): `persons_affected` in persons and `records_affected` in
//! records are different propositions, and so are two quantities under one
//! predicate, one in persons and one in records. Every claim is in exactly
//! one proposition.
//!
//! A [multi-valued](crate::Predicate::is_multi_valued) predicate such as
//! `data_category` states a set: "the TAJ and the FPR" are two categories,
//! both of which can be true. Each entity or text value of such a predicate
//! is its own proposition (`data_category = TAJ`, `data_category = FPR`), so
//! that one does not count against the other; a denial of one is against
//! that one only.
//!
//! Inside a proposition, values are clustered into candidates with the
//! model's interval semantics ([`Value::is_consistent_with`](crate::Value::is_consistent_with)): values are
//! taken from the most specific to the vaguest, and each joins the first
//! candidate whose members it is consistent with all at once, or starts a
//! new one. "16,444,373" and "more than 16 million" are one candidate; a
//! vague quantity consistent with several joins the lowest. Candidates are
//! ranked by the support of their own claims (the same fusion as below);
//! the best-supported one is [`Proposition::best`], and the scores and the
//! verdict are about it. Every claim is then compared with the best
//! candidate (the intersection of its members), whichever candidate its own
//! value belongs to: a vague "more than 10 million" supports a best value of
//! 16,444,373 even if it was clustered elsewhere.
//!
//! # Comparing a claim with the best value
//!
//! | claim | value consistent with the best | value disjoint from it |
//! |---|---|---|
//! | `confirmed` | for ([`Reason::Confirms`]) | against ([`Reason::ContradictsValue`]) |
//! | `asserted` | for ([`Reason::Asserts`]) | against ([`Reason::ContradictsValue`]) |
//! | `hedged` | for × hedge factor ([`Reason::Hedges`]) | against × hedge factor ([`Reason::HedgesOtherValue`]) |
//! | `denied` | against, with the denial prior ([`Reason::Denies`]) | neutral ([`Reason::DeniesOtherValue`]) |
//! | `unknown` | neutral: "not confirmed" from an official ([`Reason::NotConfirmed`]), else [`Reason::Undetermined`] | same |
//! | a value of another kind | neutral ([`Reason::OtherKind`]) | |
//!
//! So a denied `data_exfiltration = true` is against `true`, and so is an
//! asserted `data_exfiltration = false` (disjoint). A denial of `false` says
//! nothing about `true`: only what is said about a value counts against it.
//!
//! # Independence
//!
//! Veracity is counted per independent source, attestation per claim; a
//! proposition reports both ([`Proposition::independent_sources`] and
//! [`Proposition::attestations`]).
//!
//! - A third party's statement belongs to the party, not to the outlet
//!   that reports it: officials, attackers and researchers always, other
//!   claimants when named. The attacker "Indra" quoted by ten outlets is one
//!   independent source, attested ten times.
//! - A source's own statements (claimant `media` or `unknown`, unnamed)
//!   belong to the source, and sources linked by `derived_from` are one
//!   cluster, transitively. A party is merged with its own channel: an
//!   attacker's claims in a source of kind `attacker` (its post), an
//!   official's in an official source, an outlet named as claimant with
//!   the source of that name. Outlets that derive from the attacker's post
//!   are the attacker's echo: one source, of kind attacker.
//! - Verbatim copies (same kind, name, address, language, derivation and
//!   claims, under a new id) are one source: duplicating a source changes
//!   neither the number of independent sources nor any verdict. Claims are
//!   compared with their evidence (span and text), so two unnamed sources
//!   whose claims carry no evidence and say the same are taken for copies.
//! - A source that depends, directly or through what it derives from, on
//!   parties of different kinds (an article citing both the attacker's post
//!   and the ministry's statement) is not merged with either: it depends on
//!   both, which does not make them depend on each other.
//! - A claim whose source id is not among the sources is read as coming
//!   from a source of unknown kind with that id.
//!
//! # Opinions and scores
//!
//! Each claim carries a weight in `[0, 1]`: the prior of whoever speaks
//! (below) times the modality's factor. Inside an independent source the
//! dependent members (a party, a source and its copies) are combined with
//! *averaging fusion*: each member's strongest support and strongest
//! opposition are averaged over the members, so ten echoes weigh as one.
//! Across independent sources the results are combined with *cumulative
//! fusion*: scaled by the evidence scale, support `r` and opposition `s`
//! add up, and the [`Opinion`] is `b = r / (r + s + W)`, `d = s / (r + s +
//! W)`, `u = W / (r + s + W)` with the prior weight `W`.
//!
//! - `agreement` is the belief `b`, `contradiction` the disbelief `d`;
//! - `conflict` is the degree of conflict between the fused opinion of the
//!   sources that support the best value on balance and that of those
//!   against it ([`Opinion::conflict`]);
//! - all scores are finite and in `[0, 1]`.
//!
//! # Verdicts
//!
//! The first rule that matches decides. A source is *credible* for a side
//! when its fused weight on that side reaches the credibility threshold
//! (default 0.2); an attacker's opposition is never credible, but its
//! support can be (a claim can be disputed). `R` and `S` are the total
//! support and opposition.
//!
//! | # | condition | verdict |
//! |---|---|---|
//! | 1 | no claim asserts, confirms, denies or states another value: only hedges and unknowns | [`Verdict::Unresolved`] |
//! | 2 | a credible source against, and `S ≥ dominance × R` (default 2) | [`Verdict::Refuted`] |
//! | 3 | a credible source against and a credible source for | [`Verdict::Disputed`] |
//! | 4 | an official asserts or confirms it (and, by 2 and 3, nobody credible contradicts) | [`Verdict::Confirmed`] |
//! | 5 | at least `min_corroborating` (default 2) credible non-attacker independent sources support it, no official does | [`Verdict::Corroborated`] |
//! | 6 | some support: the attacker and its echoes, or a single uncorroborated source | [`Verdict::Claimed`] |
//! | 7 | otherwise (only weak or attacker contradiction) | [`Verdict::Unresolved`] |
//!
//! # Priors
//!
//! Priors are grades on the Admiralty scale ([`Admiralty`]: reliability
//! `A`–`F`, credibility `1`–`6`), turned into weights by
//! [`Admiralty::weight`]. A third party's claim takes the *claimant* prior of
//! its kind; a source's own statement the *source* prior of the source's
//! kind; a denial the *denial* prior of the kind of whoever speaks. Change
//! them with [`ReconcilerBuilder::claimant_prior`],
//! [`ReconcilerBuilder::source_prior`] and
//! [`ReconcilerBuilder::denial_prior`].
//!
//! | kind | claimant | source (own voice) | denial | why |
//! |---|---|---|---|---|
//! | official | A1 (1.0) | A2 (0.8) | C3 (0.36) | the victim confirming harm speaks against its own interest; its denial is an interested party's |
//! | researcher | B2 (0.64) | B2 (0.64) | B2 (0.64) | usually reliable, no stake |
//! | media | B3 (0.48) | B3 (0.48) | B3 (0.48) | usually reliable, often second-hand |
//! | attacker | D3 (0.24) | D3 (0.24) | E3 (0.12) | a claim, not a confirmation; it boasts rather than denies |
//! | unknown | F3 (0.18) | F3 (0.18) | F3 (0.18) | cannot be judged |
//!
//! Other defaults: hedge factor 0.4, credibility threshold 0.2, dominance
//! 2, two corroborating sources, evidence scale 4 (one official
//! confirmation is 4 pieces of evidence), prior weight `W` = 2, base rate
//! 0.5.
//!
//! # Guarantees
//!
//! Checked by property tests (`tests/reconcile_properties.rs`):
//!
//! - the report does not depend on the order of claims or of sources;
//! - adding claims in several steps gives the same report as adding them at
//!   once;
//! - duplicating a source verbatim under a new id changes neither the
//!   number of independent sources nor any verdict or score;
//! - a confirmation of the best value by a new independent official never
//!   lowers `agreement`, and a denial of a value of the proposition by a
//!   new independent official never lowers `contradiction` (the best value
//!   is ranked by support, which a denial cannot add to). A statement by an
//!   official already heard in the same dependent cluster is averaged with
//!   what that cluster said before, so it can move the scores either way;
//! - every score is finite and in `[0, 1]`, and every claim appears in
//!   exactly one proposition.
//!
//! # Adding claims later
//!
//! A [`Reconciliation`] holds sources and claims and can take more of both;
//! its report is a function of everything added so far, so adding claims
//! in several steps gives the same report as reconciling them all at once,
//! and neither the order of claims nor that of sources matters. The report
//! is rebuilt from everything held, in time linear in the number of claims
//! (up to sorting): about 0.9 s of one core for a million claims over
//! 10,000 subjects (`cargo bench --bench reconcile`, see `BENCHMARKS.md`).
//! A report borrows the claims; [`Report::into_owned`] detaches it.

mod admiralty;
mod candidates;
mod engine;
mod independence;
mod opinion;
mod report;

use std::collections::BTreeMap;

pub use admiralty::{Admiralty, Credibility, Reliability};
pub use opinion::{DEFAULT_PRIOR_WEIGHT, Opinion};
pub use report::{
    Candidate, ClaimRef, Evidence, IndependentSource, Proposition, Reason, Report, Stance, Verdict,
};

use crate::{Claim, Error, Limits, PartyKind, Source};

const KINDS: usize = 5;

fn kind_index(kind: PartyKind) -> usize {
    match kind {
        PartyKind::Official => 0,
        PartyKind::Researcher => 1,
        PartyKind::Media => 2,
        PartyKind::Attacker => 3,
        PartyKind::Unknown => 4,
    }
}

fn grade(s: &str) -> Admiralty {
    // Only called on the literals below.
    s.parse()
        .unwrap_or(Admiralty::new(Reliability::F, Credibility::CannotBeJudged))
}

/// Reconciles claims into a [`Report`], with configurable priors and
/// thresholds (see the [module docs](self) for the rules and defaults).
///
/// ```
/// use corroborate::reconcile::Reconciler;
/// use corroborate::PartyKind;
///
/// let strict = Reconciler::builder()
///     .claimant_prior(PartyKind::Attacker, "E5".parse()?)
///     .min_corroborating(3)
///     .build()?;
/// assert_eq!(strict.claimant_prior(PartyKind::Attacker).to_string(), "E5");
/// assert!(Reconciler::builder().dominance(f64::NAN).build().is_err());
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Reconciler {
    claimant_priors: [Admiralty; KINDS],
    source_priors: [Admiralty; KINDS],
    denial_priors: [Admiralty; KINDS],
    hedge_factor: f64,
    credible: f64,
    dominance: f64,
    min_corroborating: usize,
    evidence_scale: f64,
    prior_weight: f64,
    base_rate: f64,
    limits: Limits,
}

impl Default for Reconciler {
    fn default() -> Reconciler {
        Reconciler {
            // Indexed official, researcher, media, attacker, unknown.
            claimant_priors: ["A1", "B2", "B3", "D3", "F3"].map(grade),
            source_priors: ["A2", "B2", "B3", "D3", "F3"].map(grade),
            denial_priors: ["C3", "B2", "B3", "E3", "F3"].map(grade),
            hedge_factor: 0.4,
            credible: 0.2,
            dominance: 2.0,
            min_corroborating: 2,
            evidence_scale: 4.0,
            prior_weight: DEFAULT_PRIOR_WEIGHT,
            base_rate: 0.5,
            limits: Limits::default(),
        }
    }
}

impl Reconciler {
    /// A reconciler with the documented defaults.
    pub fn new() -> Reconciler {
        Reconciler::default()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> ReconcilerBuilder {
        ReconcilerBuilder {
            config: Reconciler::default(),
        }
    }

    /// Reconciles `claims` read from `sources` in one go, however many
    /// there are: [`Limits::max_claims`] is not checked here (see
    /// [`try_reconcile`](Reconciler::try_reconcile)).
    pub fn reconcile<'a>(&self, sources: &[Source], claims: &'a [Claim]) -> Report<'a> {
        let mut unique: BTreeMap<&str, &Source> = BTreeMap::new();
        for source in sources {
            keep_canonical(&mut unique, source.id(), source);
        }
        let sources: Vec<&Source> = unique.into_values().collect();
        engine::run(self, &sources, claims)
    }

    /// Reconciles as [`reconcile`](Reconciler::reconcile) does, but first
    /// checks the number of claims against the reconciler's
    /// [`Limits::max_claims`] (default 1,000,000): past it, an error of
    /// kind [`ErrorKind::Limit`](crate::ErrorKind::Limit) and no report.
    ///
    /// ```
    /// use corroborate::reconcile::Reconciler;
    /// use corroborate::{Claim, Limits, Predicate};
    ///
    /// let claims = vec![Claim::new("S", Predicate::Intrusion, true); 3];
    /// let small = Reconciler::builder().limits(Limits::new().with_max_claims(2)).build()?;
    /// let err = small.try_reconcile(&[], &claims).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "expected at most 2 claims in a report (limit `max_claims`), found 3"
    /// );
    /// assert_eq!(Reconciler::new().try_reconcile(&[], &claims)?.propositions.len(), 1);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn try_reconcile<'a>(
        &self,
        sources: &[Source],
        claims: &'a [Claim],
    ) -> Result<Report<'a>, Error> {
        self.limits.check_claims(claims.len())?;
        Ok(self.reconcile(sources, claims))
    }

    /// The limits [`try_reconcile`](Reconciler::try_reconcile) checks.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// An empty [`Reconciliation`] to add sources and claims to over time.
    pub fn start(&self) -> Reconciliation {
        Reconciliation {
            reconciler: self.clone(),
            sources: BTreeMap::new(),
            claims: Vec::new(),
        }
    }

    /// The prior of a third-party claimant of this kind.
    pub fn claimant_prior(&self, kind: PartyKind) -> Admiralty {
        self.claimant_priors[kind_index(kind)]
    }

    /// The prior of a source of this kind speaking in its own voice.
    pub fn source_prior(&self, kind: PartyKind) -> Admiralty {
        self.source_priors[kind_index(kind)]
    }

    /// The prior of a denial by a speaker of this kind.
    pub fn denial_prior(&self, kind: PartyKind) -> Admiralty {
        self.denial_priors[kind_index(kind)]
    }

    /// The factor applied to hedged claims.
    pub fn hedge_factor(&self) -> f64 {
        self.hedge_factor
    }

    /// The fused weight from which a source counts as credible.
    pub fn credibility_threshold(&self) -> f64 {
        self.credible
    }

    /// How many times the support the opposition must reach to refute.
    pub fn dominance(&self) -> f64 {
        self.dominance
    }

    /// How many credible independent non-attacker sources corroborate.
    pub fn min_corroborating(&self) -> usize {
        self.min_corroborating
    }
}

/// Configures a [`Reconciler`]; see the [module docs](self) for the
/// defaults.
#[derive(Clone, Debug)]
pub struct ReconcilerBuilder {
    config: Reconciler,
}

impl ReconcilerBuilder {
    /// Sets the prior of third-party claimants of a kind.
    pub fn claimant_prior(mut self, kind: PartyKind, prior: Admiralty) -> ReconcilerBuilder {
        self.config.claimant_priors[kind_index(kind)] = prior;
        self
    }

    /// Sets the prior of sources of a kind speaking in their own voice.
    pub fn source_prior(mut self, kind: PartyKind, prior: Admiralty) -> ReconcilerBuilder {
        self.config.source_priors[kind_index(kind)] = prior;
        self
    }

    /// Sets the prior of denials by speakers of a kind.
    pub fn denial_prior(mut self, kind: PartyKind, prior: Admiralty) -> ReconcilerBuilder {
        self.config.denial_priors[kind_index(kind)] = prior;
        self
    }

    /// Sets the factor applied to hedged claims, in `[0, 1]` (default 0.4).
    pub fn hedge_factor(mut self, factor: f64) -> ReconcilerBuilder {
        self.config.hedge_factor = factor;
        self
    }

    /// Sets the fused weight from which a source counts as credible, in
    /// `[0, 1]` (default 0.2).
    pub fn credibility_threshold(mut self, threshold: f64) -> ReconcilerBuilder {
        self.config.credible = threshold;
        self
    }

    /// Sets how many times the support the opposition must reach to refute,
    /// at least 1 (default 2).
    pub fn dominance(mut self, ratio: f64) -> ReconcilerBuilder {
        self.config.dominance = ratio;
        self
    }

    /// Sets how many credible independent non-attacker sources corroborate,
    /// at least 1 (default 2).
    pub fn min_corroborating(mut self, sources: usize) -> ReconcilerBuilder {
        self.config.min_corroborating = sources;
        self
    }

    /// Sets how many pieces of evidence a claim of weight 1 is, above 0
    /// (default 4).
    pub fn evidence_scale(mut self, scale: f64) -> ReconcilerBuilder {
        self.config.evidence_scale = scale;
        self
    }

    /// Sets the prior weight `W` of the opinions, above 0 (default 2).
    pub fn prior_weight(mut self, weight: f64) -> ReconcilerBuilder {
        self.config.prior_weight = weight;
        self
    }

    /// Sets the opinions' base rate, in `[0, 1]` (default 0.5).
    pub fn base_rate(mut self, rate: f64) -> ReconcilerBuilder {
        self.config.base_rate = rate;
        self
    }

    /// Sets the limits checked by [`Reconciler::try_reconcile`] and
    /// [`Reconciliation::try_report`] (default [`Limits::default`]; only
    /// [`Limits::max_claims`] applies).
    pub fn limits(mut self, limits: Limits) -> ReconcilerBuilder {
        self.config.limits = limits;
        self
    }

    /// Checks the thresholds and builds the reconciler.
    pub fn build(self) -> Result<Reconciler, Error> {
        let c = &self.config;
        let unit = |x: f64| (0.0..=1.0).contains(&x);
        let positive = |x: f64| x.is_finite() && x > 0.0;
        let checks: [(bool, &str); 7] = [
            (unit(c.hedge_factor), "hedge factor must be in [0, 1]"),
            (unit(c.credible), "credibility threshold must be in [0, 1]"),
            (
                c.dominance.is_finite() && c.dominance >= 1.0,
                "dominance must be at least 1",
            ),
            (
                c.min_corroborating >= 1,
                "min_corroborating must be at least 1",
            ),
            (
                positive(c.evidence_scale),
                "evidence scale must be finite and above 0",
            ),
            (
                positive(c.prior_weight),
                "prior weight must be finite and above 0",
            ),
            (unit(c.base_rate), "base rate must be in [0, 1]"),
        ];
        for (ok, message) in checks {
            if !ok {
                return Err(Error::invalid_value(message).with_field("reconciler"));
            }
        }
        Ok(self.config)
    }
}

/// Keeps one source per id: of two different sources with the same id, the
/// one whose JSON form sorts first, so the order they come in does not
/// matter.
fn keep_canonical<K: Ord, S: std::borrow::Borrow<Source>>(
    sources: &mut BTreeMap<K, S>,
    id: K,
    source: S,
) {
    match sources.get(&id) {
        Some(known) if known.borrow() == source.borrow() => {}
        Some(known) => {
            let json = |s: &Source| serde_json::to_string(s).unwrap_or_default();
            if json(source.borrow()) < json(known.borrow()) {
                sources.insert(id, source);
            }
        }
        None => {
            sources.insert(id, source);
        }
    }
}

/// Sources and claims gathered so far, reconciled on demand.
///
/// ```
/// use corroborate::reconcile::Reconciler;
/// use corroborate::{Claim, Claimant, Modality, PartyKind, Predicate, Source};
///
/// let official = Claimant::new(PartyKind::Official);
/// let first = [Claim::new("S", Predicate::Investigation, true).with_source("a")];
/// let later = [Claim::new("S", Predicate::Investigation, true)
///     .with_source("b")
///     .with_claimant(official)
///     .with_modality(Modality::Confirmed)];
///
/// let reconciler = Reconciler::new();
/// let mut state = reconciler.start();
/// state.add_sources(&[Source::new("a", PartyKind::Media)]).add_claims(&first);
/// state.add_sources(&[Source::new("b", PartyKind::Official)]).add_claims(&later);
///
/// let all = [later[0].clone(), first[0].clone()];
/// let at_once = reconciler.reconcile(
///     &[Source::new("b", PartyKind::Official), Source::new("a", PartyKind::Media)],
///     &all,
/// );
/// assert_eq!(state.report(), at_once);
/// ```
#[derive(Clone, Debug)]
pub struct Reconciliation {
    reconciler: Reconciler,
    sources: BTreeMap<String, Source>,
    claims: Vec<Claim>,
}

impl Reconciliation {
    /// Adds sources. A source whose id is already known replaces it only if
    /// it comes first in a canonical order (its JSON form), so the result
    /// never depends on the order sources are added in.
    pub fn add_sources(&mut self, sources: &[Source]) -> &mut Reconciliation {
        for source in sources {
            keep_canonical(&mut self.sources, source.id().to_owned(), source.clone());
        }
        self
    }

    /// Adds claims. A claim whose source was not added is read as coming
    /// from a source of unknown kind.
    pub fn add_claims(&mut self, claims: &[Claim]) -> &mut Reconciliation {
        self.claims.extend_from_slice(claims);
        self
    }

    /// The sources added so far, by id.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.sources.values()
    }

    /// The claims added so far, in the order added.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// Reconciles everything added so far, as
    /// [`try_report`](Reconciliation::try_report) without the limit.
    pub fn report(&self) -> Report<'_> {
        let sources: Vec<&Source> = self.sources.values().collect();
        engine::run(&self.reconciler, &sources, &self.claims)
    }
}

impl Reconciliation {
    /// Reconciles everything added so far, or an error of kind
    /// [`ErrorKind::Limit`](crate::ErrorKind::Limit) when more claims were
    /// added than the reconciler's [`Limits::max_claims`].
    pub fn try_report(&self) -> Result<Report<'_>, Error> {
        self.reconciler.limits.check_claims(self.claims.len())?;
        Ok(self.report())
    }
}
