//! Accu with copy detection (Dong, Berti-Equille and Srivastava, 2009).

// Objects, classes and sources are ids indexing parallel arrays; loops
// over ids read more plainly than zipped iterators here.
#![allow(clippy::needless_range_loop)]

use std::sync::Arc;

use accuracy::lower_accuracy;
use copiers::independent_chance;
use dependence::{Pairs, find_pairs};
use popularity::{POPULARITY_MAX, POPULARITY_PSEUDO_PAIRS};
use precision::{OUTLIER, OUTLIER_DENSITY, SIGMA_PRIOR, SQRT_2PI, precision};
use vote::MAX_SIMILAR_CLASSES;

use super::chi2::normal_quantile;
use super::crh::best_class;
use super::similarity::Classes;
use super::{Algorithm, Dataset, Exact, Similarity, TruthResult};
use crate::hash::FxHashMap;

mod accuracy;
mod copiers;
mod dependence;
mod popularity;
mod precision;
mod vote;

/// AccuCopy: a Bayesian vote weighted by source accuracy, discounting
/// sources that copy each other.
///
/// Each iteration:
///
/// 1. **Dependence** (from the second iteration on). For each pair of
///    sources sharing at least `min_shared` objects, count the shared
///    objects where they give the same value, splitting each such object
///    into "same and true" (weight `P(v)`) and "same and false"
///    (`1 - P(v)`), and those where they differ. Independent sources share
///    a false value with probability `(1 - A₁)(1 - A₂)/n`; a copier (copy
///    rate `c`) far more often. Bayes' rule with prior `α` gives the
///    probability that the pair is dependent. Sharing *false* values is
///    what betrays a copier: sharing true ones is what accurate sources do.
///    Here `n` is estimated per object from the data, as when the domain
///    size is unknown: the distinct values claimed for it minus one, at
///    least 1 (unless `false_values` sets it). A wrong figure could be any
///    figure, but the wrong figures sources actually give are few (an
///    outdated count, a rounding), and two honest sources that are wrong
///    about the same object often are wrong alike. `1/n` enters the test
///    averaged over the pair's shared false values (weighted by `1 -
///    P(v)`) and over all its shared objects (for the chance that they
///    differ), so the test stays a few sums per pair.
/// 2. **Votes.** The claimants of a value, likeliest originals first
///    (lowest copy rate from step 4, then most accurate), each vote
///    `ln(n·A/(1 - A))` times its independence
///    `Π (1 - c·P(dependent on an earlier one))`, and, unless it is the
///    first, times `1 - P(copied | shared)` from step 4; `n` is the number
///    of false values of the object: for a numeric object (every value a
///    number to the [`Similarity`]) 1000 by default, since a wrong figure
///    can be any figure; otherwise its value classes minus one, at least 1
///    (both can be set). `A` here is the lower end of a `1 - α`
///    confidence interval on the source's accuracy (`α = 0.05`):
///    `A - z·√(A(1 - A)/(n_s + m + 1))`, the normal approximation of its
///    Beta posterior, with `n_s` its contested claims. This is CATD's idea
///    (Li et al., VLDB 2015) carried over to Accu: a source with one or two
///    claims cannot vote like one that has proved itself on hundreds.
///    Similar values add `ρ · similarity · vote` to each other
///    (`ρ = 0.2`). `P(v)` is the softmax of the votes over the values
///    claimed for the object.
///
///    For a numeric object (with the numeric model, on by default) the vote
///    for a value `v` is instead the log-likelihood of all its claims if `v`
///    is the truth: each claim is either exactly `v` (probability `A_s`,
///    weighing like a density of `numeric_false_values`) or a noisy reading
///    with relative error `~ N(0, σ_s)` plus a 5% floor of wild outliers.
///    So near readings from precise sources count for the value they
///    surround, and a lone exact figure amid noise can win.
///
///    **Popularity of false figures** (on by default, see
///    [`AccuCopy::false_value_popularity`]; after Dong, Berti-Equille and
///    Srivastava's AccuPR). The noise model draws each wrong claim on its
///    own, so two wrong claims coincide by chance only, about `1/n`. Where
///    people re-enter the figure a page showed, wrong figures are popular:
///    on Population's gold objects, 66 of the 333 pairs of wrong claims on
///    one object are equal. The wrong claims of an object, given its truth
///    `v`, are then modelled as a Pólya urn (a Chinese restaurant process)
///    whose base is the noise density `g_s`: a wrong claim repeats the
///    figure of one of the `W` wrong claims before it with probability
///    `W/(β + W)`, and is a fresh draw from `g_s` otherwise. This is
///    AccuPR's per-object popularity of a false value, its share `W_u/W` of
///    the wrong claims, shrunk toward the noise density by `β`
///    pseudo-claims. Two wrong claims coincide with probability
///    `γ = 1/(1 + β)`. In the units of the vote (a point mass weighs `n`
///    times its probability, one exact figure among `n` per unit of
///    relative error, as a false label is one of `n`) a wrong claim's term
///    `(1 - A)·g_s(x)` becomes `(1 - A)(β·g_s(x) + n·W_x)/(β + W)`, with
///    `W_x` the earlier wrong claims at the same figure (both counts
///    weighted by independence); the exact hit `A·n + (1 - A)·g_s` stays,
///    since a right claim is still a point mass at `v`. As `γ → 0` the term
///    is the noise model's; at `γ = 1/n` a repeat weighs like a wild
///    figure. So the first claimant of a figure still earns the rare exact
///    hit, `ln(A·n/((1 - A)·g))`, and each further one only
///    `ln(A(β + W)/((1 - A)·W_x))`: a popular wrong figure echoed by weak
///    sources no longer outvotes one careful source. `γ` is estimated from
///    the beliefs each round (EM): over the numeric objects, the expected
///    equal pairs of wrong claims (an equal pair at `v` is wrong with
///    probability `1 - P(v)`) over the expected pairs of wrong claims (a
///    pair at `v ≠ w` is wrong on both sides with probability
///    `1 - P(v) - P(w)`), each pair weighted by the two claims'
///    independence (a detected copy is explained by copying, not by
///    popularity), smoothed by two pseudo-pairs at `1/n`, and taken at the
///    lower end of its `1 - α` confidence interval, at most `1/2`. It is 0
///    in the first round and whenever wrong figures coincide no more often
///    than chance explains, and then the vote is the noise model's, term
///    for term: as the copy rate of step 4, popularity must be shown by
///    the data before it changes a vote. (Population settles near .10; the
///    synthetic numeric sets, whose wrong figures are independent noisy
///    readings, at 0.) A repeat's term is negative when `A < W_x/(β + W + W_x)`: at
///    the lower confidence bound of its accuracy, every weak source's
///    agreement would count against the figure (the pathology of a small
///    `n`). So a repeating claim votes with the accuracy of its confidence
///    interval nearest its neutral point `W_x/(β + 2·W_x)` (its cluster
///    taken first among the wrong ones): the lower bound when the interval
///    lies above it, as every other claim; an unproven source's agreement
///    then counts for little either way, which is what the bound is for.
///
///    **Two-party disputes** (on by default, [`AccuCopy::two_party_records`]).
///    In a dispute between two sources and no third (two claims, two
///    values) each party votes with its *record in disputes*, less its
///    two-party disputes with the other, and likewise for `σ` (step 5):
///
///    - *In disputes.* A vote only decides something on a disputed object
///      (two values or more), so the accuracy it needs is `P(right | the
///      object is disputed)`, not `P(right)`. They differ when objects
///      differ in difficulty: a bot that copies figures from a table is
///      right wherever everyone agrees and wrong where the table is (a
///      village given its township's figure), and it is those objects that
///      others dispute. On Population, CapitalBot's record is .99 over its
///      contested claims, 3,431 of its 3,802 on objects where everyone
///      agrees; on the other 371, the disputed ones, it is .87 (and .81 on
///      the 208 of them with a gold answer). The record in disputes
///      is the mean `P` over the source's claims on disputed objects,
///      smoothed as in step 3 toward the same prior: objects where everyone
///      agrees inform the prior only. (`σ` already is a record in disputes:
///      an inexact figure exists only where values differ.)
///    - *Less the disputes between the two.* With no third voice the
///      beliefs are a function of the two records alone; the only evidence
///      such a dispute gives, that at least one of the two is wrong, says
///      nothing about which. Counting it in the two records lets the
///      comparison decide itself: whoever leads wins every such dispute,
///      and each win widens the lead. So a careful editor whose record is
///      made mostly of disputes with the bot loses them because it loses
///      them. Left out, each party is judged on its record where third
///      parties spoke. `σ` matters as much as `A`: the editor's losing
///      figures, measured against the bot's, inflate its noise scale, so
///      that its figure becomes a plausible noisy reading of the bot's.
///
///    Only two-party disputes use the record in disputes. Used in every
///    vote, it makes the beliefs on disputed objects depend on records
///    made only of such beliefs, with nothing (no agreement) to anchor
///    them: on Book-Author the accuracies then sank round after round,
///    under the lower confidence bound, from .65 to .09 (and the books
///    right from .85 to .24). In a two-party dispute the record used
///    leaves out the disputes it decides, so the loop is cut.
///
///    **Leave-one-out** (off by default, [`AccuCopy::leave_one_out`]). Every
///    other vote uses the source's accuracy and `σ` without its own claim on
///    the object, so a one-claim source votes with its group's prior rather
///    than with the credit its agreement on this very object earned it.
///    Measured (BENCHMARKS.md, fifth round): Book .850 → .880 but
///    Population .860 → .850 with the two-party records, and numeric seed
///    5 tied rather than won; not the default.
/// 3. **Accuracy.** `A_s` = mean `P` of the source's values on contested
///    objects (claimed by more than one source: a lone claim always
///    "agrees" with itself), smoothed by `m` pseudo-claims toward a prior,
///    kept in [0.01, 0.99]. With priors by claim count (the default) the
///    prior is learned: sources are grouped by `⌊log₂ claims⌋`, and a
///    group's prior is the mean `P` of all its members' contested claims
///    (itself smoothed toward the initial accuracy). This is empirical
///    Bayes, a hierarchical prior shared by sources of like volume: on
///    Wikipedia, editors with one edit are far less often right than those
///    with hundreds, and a newcomer is judged by its peers' record rather
///    than by a fixed 0.8. Without, the prior is the initial accuracy.
/// 4. **Copiers against all others** (on by default). The pairwise test of
///    step 1 misses a source that echoes a different source on each object
///    (a bot repeating whatever the page said, after one-edit editors): no
///    pair shares enough objects. So each source is also tested against
///    all the others at once. On each object it shares with others, an
///    independent source would give a value someone else also gives with
///    probability `e = A_s·(1 - Π(1 - A_t)) + (1 - A_s)·(1 - Π(1 - (1 -
///    A_t)/n))` (it is right and so is someone, or it is wrong with
///    someone), the `A_t` of the others taken *without* their claim on
///    that object, so that an agreement does not explain itself. Summed
///    over its objects: `E` expected shared values, observed `O`, variance
///    `V = Σ e(1 - e)`, over `N` objects. The copy rate is the lower end
///    of the confidence interval on the excess, `r = max(0, (O - E -
///    z√V)/(N - E))`: a source that shares no more than independence
///    explains gets 0. A shared claim of a source with copy rate `r` was
///    copied with probability `P(copied | shared) = r / (r + (1 - r)·e)`.
///
///    From the third round on, step 2 replaces this by Bayes' rule on the
///    value shared, not only on the fact of sharing:
///    `P(copied | v) = r·q_c / (r·q_c + (1 - r)·q_i)`, where `q_c` is the
///    chance that a copier of a random other claimant of the object gives
///    `v` (the share of the others who do) and `q_i = A_s·P₋(v) + (1 -
///    A_s)(1 - P₋(v))/n` the chance that an independent source does, with
///    `P₋(v)` the belief in `v` from the previous round's votes less the
///    source's own (`n` as in the copy test of step 1). An echo of a value
///    the others outvote (a bot repeating a one-edit editor against a
///    careful one) is then almost surely a copy and adds almost nothing,
///    while sharing a value the others support is what an accurate
///    independent source does. This is Dong et al.'s observation that
///    shared *false* values betray a copier, applied to each claim, and
///    the rule above that an agreement must not explain itself.
/// 5. **Precision** (numeric model). `σ_s` = root mean square relative
///    error of the source's inexact numbers around the current best values,
///    smoothed toward 0.1 by two pseudo-claims.
///
/// Only pairs sharing `min_shared` objects are compared, found in one pass
/// over the objects, so the cost is linear in the claims times the claims
/// per object; the test against all others is one more pass over the
/// claims.
///
/// Trust is the accuracy `A_s`; belief is `P(v)`.
#[derive(Clone)]
pub struct AccuCopy {
    iterations: usize,
    initial_accuracy: f64,
    smoothing: f64,
    false_values: Option<f64>,
    numeric_false_values: f64,
    numeric_model: bool,
    copy_detection: bool,
    copy_rate: f64,
    prior: f64,
    min_shared: usize,
    copier_detection: bool,
    claim_count_priors: bool,
    popularity: bool,
    alpha: Option<f64>,
    rho: f64,
    leave_one_out: bool,
    two_party_records: bool,
    similarity: Arc<dyn Similarity + Send + Sync>,
}

impl std::fmt::Debug for AccuCopy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccuCopy")
            .field("iterations", &self.iterations)
            .field("initial_accuracy", &self.initial_accuracy)
            .field("smoothing", &self.smoothing)
            .field("false_values", &self.false_values)
            .field("numeric_false_values", &self.numeric_false_values)
            .field("numeric_model", &self.numeric_model)
            .field("copy_detection", &self.copy_detection)
            .field("copy_rate", &self.copy_rate)
            .field("prior", &self.prior)
            .field("min_shared", &self.min_shared)
            .field("copier_detection", &self.copier_detection)
            .field("claim_count_priors", &self.claim_count_priors)
            .field("popularity", &self.popularity)
            .field("alpha", &self.alpha)
            .field("rho", &self.rho)
            .field("leave_one_out", &self.leave_one_out)
            .field("two_party_records", &self.two_party_records)
            .finish_non_exhaustive()
    }
}

impl Default for AccuCopy {
    fn default() -> AccuCopy {
        AccuCopy {
            iterations: 20,
            initial_accuracy: 0.8,
            smoothing: 2.0,
            false_values: None,
            numeric_false_values: 1000.0,
            numeric_model: true,
            copy_detection: true,
            copy_rate: 0.8,
            prior: 0.2,
            min_shared: 10,
            copier_detection: true,
            claim_count_priors: true,
            popularity: true,
            alpha: Some(0.05),
            rho: 0.2,
            leave_one_out: false,
            two_party_records: true,
            similarity: Arc::new(Exact),
        }
    }
}

impl AccuCopy {
    /// AccuCopy with 20 iterations, initial accuracy 0.8, copy rate 0.8,
    /// dependence prior 0.2, pairs sharing at least 10 objects, copiers
    /// tested against all others, priors by claim count, votes at the
    /// lower end of a 95% interval on accuracy, two-party records and the
    /// popularity of false figures; leave-one-out is off.
    pub fn new() -> AccuCopy {
        AccuCopy::default()
    }

    /// Sets the number of iterations (20).
    pub fn iterations(mut self, n: usize) -> AccuCopy {
        self.iterations = n;
        self
    }

    /// Sets every source's accuracy before the first iteration (0.8).
    pub fn initial_accuracy(mut self, a: f64) -> AccuCopy {
        self.initial_accuracy = a;
        self
    }

    /// Sets the pseudo-claims at the initial accuracy added to every
    /// source's record (2).
    pub fn smoothing(mut self, m: f64) -> AccuCopy {
        self.smoothing = m;
        self
    }

    /// Sets the number of false values per object, `n` in the vote and in
    /// the copy tests, instead of the number of claimed values minus one.
    pub fn false_values(mut self, n: f64) -> AccuCopy {
        self.false_values = Some(n);
        self
    }

    /// Sets the number of false values of a numeric object (1000), when
    /// the number is not set for all objects by `false_values`.
    pub fn numeric_false_values(mut self, n: f64) -> AccuCopy {
        self.numeric_false_values = n;
        self
    }

    /// Turns the noise model for numeric objects on (the default) or off
    /// (numbers then vote like labels, helped only by similarity).
    pub fn numeric_model(mut self, on: bool) -> AccuCopy {
        self.numeric_model = on;
        self
    }

    /// Turns pairwise copy detection (step 1) on (the default) or off.
    pub fn copy_detection(mut self, on: bool) -> AccuCopy {
        self.copy_detection = on;
        self
    }

    /// Sets the probability `c` that a copier copies a value (0.8).
    pub fn copy_rate(mut self, c: f64) -> AccuCopy {
        self.copy_rate = c;
        self
    }

    /// Sets the prior probability `α` that two sources are dependent (0.2).
    pub fn dependence_prior(mut self, alpha: f64) -> AccuCopy {
        self.prior = alpha;
        self
    }

    /// Sets how many objects two sources must share to be compared (10).
    pub fn min_shared(mut self, n: usize) -> AccuCopy {
        self.min_shared = n;
        self
    }

    /// Turns the detection of copiers against all other sources on (the
    /// default) or off. It finds a source that echoes many different
    /// sources, each too briefly for the pairwise test (see step 4).
    pub fn copier_detection(mut self, on: bool) -> AccuCopy {
        self.copier_detection = on;
        self
    }

    /// Turns priors by claim count on (the default) or off (every source
    /// is smoothed toward the initial accuracy): see step 3.
    pub fn claim_count_priors(mut self, on: bool) -> AccuCopy {
        self.claim_count_priors = on;
        self
    }

    /// Turns the popularity of false figures on (the default) or off: with
    /// the numeric model, wrong figures that repeat each other are
    /// explained by their popularity, estimated from the data, rather than
    /// each earning the weight of a rare exact agreement (see step 2).
    /// Where wrong figures coincide no more often than chance explains, as
    /// in independent noisy readings, it changes nothing.
    pub fn false_value_popularity(mut self, on: bool) -> AccuCopy {
        self.popularity = on;
        self
    }

    /// Sets the significance level of the confidence bounds (0.05), or
    /// `None` to vote with point estimates of accuracy and to take the
    /// copy rate and the popularity of false figures at their point
    /// estimates (see steps 2 and 4).
    pub fn confidence(mut self, alpha: Option<f64>) -> AccuCopy {
        self.alpha = alpha;
        self
    }

    /// Turns leave-one-out votes on or off (the default): a source votes on
    /// an object with its accuracy, and precision, estimated without its
    /// own claim on that object (see step 2).
    pub fn leave_one_out(mut self, on: bool) -> AccuCopy {
        self.leave_one_out = on;
        self
    }

    /// Turns two-party records on (the default) or off: in a dispute
    /// between two sources and no third, each votes with its accuracy on
    /// disputed objects and its precision, both without its two-party
    /// disputes with the other (see step 2).
    pub fn two_party_records(mut self, on: bool) -> AccuCopy {
        self.two_party_records = on;
        self
    }

    /// Sets how much similar values support each other (0.2).
    pub fn similarity_weight(mut self, rho: f64) -> AccuCopy {
        self.rho = rho;
        self
    }

    /// Sets how values compare ([`Exact`] by default).
    pub fn similarity(mut self, similarity: impl Similarity + Send + Sync + 'static) -> AccuCopy {
        self.similarity = Arc::new(similarity);
        self
    }
}

impl Algorithm for AccuCopy {
    fn name(&self) -> &'static str {
        "accu_copy"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let cl = Classes::new(data, self.similarity.as_ref());
        let n_src = data.num_sources();
        let n_obj = data.num_objects();
        // A false number can be any number: agreeing on one exact figure
        // is far stronger evidence than agreeing on one of a few labels.
        let n_false: Vec<f64> = (0..n_obj)
            .map(|o| match self.false_values {
                Some(n) => n,
                None if cl.numeric[o] => self.numeric_false_values,
                None => ((cl.classes(o).len() as f64) - 1.0).max(1.0),
            })
            .collect();
        // The copy tests ask how likely two independent sources are to
        // give the same false value. The domain of a figure is large, but
        // the false values sources actually give are few (an outdated
        // figure, a rounding): estimated, as when the domain size is
        // unknown, by the distinct values claimed for the object minus one.
        let copy_false: Vec<f64> = (0..n_obj)
            .map(|o| match self.false_values {
                Some(n) => n,
                None => ((cl.classes(o).len() as f64) - 1.0).max(1.0),
            })
            .collect();
        // Similar classes per object: (class, other class, similarity).
        let mut similar: Vec<(u32, u32, f64)> = Vec::new();
        if self.rho != 0.0 {
            for o in 0..n_obj {
                let range = cl.classes(o);
                // The numeric model already lets near numbers support each
                // other.
                if range.len() < 2
                    || range.len() > MAX_SIMILAR_CLASSES
                    || self.numeric_model && cl.numeric[o]
                {
                    continue;
                }
                for a in range.clone() {
                    for b in range.clone() {
                        if a != b {
                            let s = self
                                .similarity
                                .similarity(&cl.canonical[a], &cl.canonical[b]);
                            if s > 0.0 {
                                similar.push((a as u32, b as u32, s.min(1.0)));
                            }
                        }
                    }
                }
            }
        }
        let pairs = if self.copy_detection {
            find_pairs(data, &cl, self.min_shared, &copy_false)
        } else {
            find_pairs(data, &cl, usize::MAX, &copy_false)
        };
        let mut dependence = vec![0.0; pairs.pairs.len()];
        let mut accuracy = vec![self.initial_accuracy.clamp(0.01, 0.99); n_src];
        let mut prob = vec![0.0; cl.num_classes()];
        let mut vote = vec![0.0; cl.num_classes()];
        let mut same_true = vec![0.0; pairs.pairs.len()];
        let mut same_false = vec![0.0; pairs.pairs.len()];
        // Per pair, Σ (1 - P(v))/n over the values it shares.
        let mut same_false_inv = vec![0.0; pairs.pairs.len()];
        let mut numeric_claims: Vec<(usize, u32, f64, f64)> = Vec::new();
        let mut sigma = vec![SIGMA_PRIOR; n_src];
        // Behind `sigma`, per source the sum of the squared relative errors
        // of its inexact numbers and their count; per class whether it
        // counts in its claimants' `σ`, and its squared error.
        let mut sigma_sq = vec![0.0; n_src];
        let mut sigma_n = vec![0.0; n_src];
        let mut sigma_counted = vec![false; cl.num_classes()];
        let mut class_sq = vec![0.0; cl.num_classes()];
        // Two-party disputes (two claims, two values), with the two-party
        // records: per object the index of its pair of sources, or
        // `u32::MAX`; per pair its sources, lower id first (side 0).
        let mut dispute_pair = vec![u32::MAX; n_obj];
        let mut dispute_sources: Vec<(u32, u32)> = Vec::new();
        if self.two_party_records {
            let mut index: FxHashMap<u64, u32> = FxHashMap::default();
            for o in 0..n_obj {
                let range = cl.classes(o);
                if range.len() != 2 || cl.claim_start[range.end] - cl.claim_start[range.start] != 2
                {
                    continue;
                }
                let (a, b) = (
                    cl.claimants(range.start)[0],
                    cl.claimants(range.start + 1)[0],
                );
                if a == b {
                    continue;
                }
                let next = dispute_sources.len() as u32;
                let p = *index.entry(Pairs::key(a, b)).or_insert(next);
                if p == next {
                    dispute_sources.push((a.min(b), a.max(b)));
                }
                dispute_pair[o] = p;
            }
        }
        // Per source (with two-party records), the summed belief of its
        // claims on disputed objects (two values or more) and their count.
        let mut dispute_sum = vec![0.0; n_src];
        let mut dispute_n = vec![0.0; n_src];
        // Per pair and side, over their two-party disputes: the summed belief
        // of the side's claims and their count, and the squared errors that
        // count in its `σ` and their count.
        let mut pair_sum = vec![[0.0f64; 2]; dispute_sources.len()];
        let mut pair_n = vec![[0.0f64; 2]; dispute_sources.len()];
        let mut pair_sq = vec![[0.0f64; 2]; dispute_sources.len()];
        let mut pair_sq_n = vec![[0.0f64; 2]; dispute_sources.len()];
        let mut best = vec![0u32; n_obj];
        let c = self.copy_rate;
        let m = self.smoothing;
        // The normal quantile of the confidence bounds (0: point estimates).
        let z = self
            .alpha
            .filter(|a| *a > 0.0 && *a < 1.0)
            .map_or(0.0, |a| normal_quantile(1.0 - a / 2.0));
        // Claim-count group of each source: ⌊log₂ claims⌋.
        let group: Vec<usize> = (0..n_src)
            .map(|s| data.claim_count(s).max(1).ilog2() as usize)
            .collect();
        let n_groups = group.iter().max().map_or(0, |g| g + 1);
        let mut group_sum = vec![0.0; n_groups];
        let mut group_n = vec![0.0; n_groups];
        let mut prior = vec![self.initial_accuracy; n_src];
        // Per source, the summed belief of its contested claims and their count.
        let mut evidence = vec![0.0; n_src];
        let mut contested_n = vec![0.0; n_src];
        // The accuracy a source votes with: the lower confidence bound.
        let mut vote_accuracy = accuracy.clone();
        // Copier detection: per source its copy rate, per claim (parallel to
        // `cl.claimants`) the chance that an independent source would share
        // its value with someone on that object.
        let mut copy_rate = vec![0.0f64; n_src];
        let mut share_chance = vec![0.0; cl.claimants.len()];
        // Claimants of one value, as (source, claim index into `cl.claimants`).
        let mut ordered: Vec<(u32, usize)> = Vec::new();
        // The previous round's votes (less each object's maximum) and, per
        // claim, the claimant's own share of them: for P₋(v) (step 4).
        let mut prev_vote = vec![0.0f64; cl.num_classes()];
        // Per object, the sum of the exponentials of `prev_vote`.
        let mut prev_sum = vec![0.0f64; n_obj];
        let mut own_vote = vec![0.0f64; cl.claimants.len()];
        let mut prev_own_vote = vec![0.0f64; cl.claimants.len()];
        let mut observed = vec![0.0; n_src];
        let mut expected = vec![0.0; n_src];
        let mut variance = vec![0.0; n_src];
        let mut shared_n = vec![0.0; n_src];
        // The chance that a copier of a random other claimant of the
        // object gives class `k`: the share of the others who do.
        let copy_share = |k: usize| {
            let range = cl.classes(cl.object[k] as usize);
            let all = cl.claim_start[range.end] - cl.claim_start[range.start];
            (cl.claimants(k).len() as f64 - 1.0) / (f64::from(all) - 1.0).max(1.0)
        };
        // Popularity of false figures (step 2): γ, the chance that two
        // wrong claims on a numeric object coincide, from the uniform `1/n`.
        let uniform_coincidence = 1.0
            / self
                .false_values
                .unwrap_or(self.numeric_false_values)
                .max(1.0);
        // None until the data show wrong figures coinciding beyond chance.
        let mut coincidence = 0.0;
        // Per claim, its independence in the last vote; and the upper
        // confidence bound of each source's accuracy.
        let mut claim_independence = vec![1.0f64; cl.claimants.len()];
        let mut vote_upper = accuracy.clone();
        let mut iterations = 0;
        for it in 0..self.iterations.max(1) {
            // The urn's concentration: γ = 1/(1 + β); without popularity
            // (γ = 0) the noise model as it was.
            let popular = self.popularity && coincidence > 0.0;
            let beta = if popular {
                (1.0 - coincidence) / coincidence
            } else {
                f64::INFINITY
            };
            // 1. Dependence between sources, from the previous beliefs.
            if it > 0 && !pairs.pairs.is_empty() {
                same_true.iter_mut().for_each(|x| *x = 0.0);
                same_false.iter_mut().for_each(|x| *x = 0.0);
                same_false_inv.iter_mut().for_each(|x| *x = 0.0);
                for k in 0..cl.num_classes() {
                    let who = cl.claimants(k);
                    if who.len() < 2 {
                        continue;
                    }
                    let inv = 1.0 / copy_false[cl.object[k] as usize];
                    for i in 0..who.len() {
                        for j in i + 1..who.len() {
                            if let Some(p) = pairs.index(who[i], who[j]) {
                                same_true[p] += prob[k];
                                same_false[p] += 1.0 - prob[k];
                                same_false_inv[p] += (1.0 - prob[k]) * inv;
                            }
                        }
                    }
                }
                let log_prior = (self.prior / (1.0 - self.prior)).ln();
                for (p, &(a, b)) in pairs.pairs.iter().enumerate() {
                    let (a1, a2) = (accuracy[a as usize], accuracy[b as usize]);
                    let mean = (a1 + a2) / 2.0;
                    let t_ind = a1 * a2;
                    let wrong = (1.0 - a1) * (1.0 - a2);
                    // `1/n` averaged over the false values they share, and
                    // over all the objects they share.
                    let inv_same = if same_false[p] > 1e-12 {
                        same_false_inv[p] / same_false[p]
                    } else {
                        pairs.mean_inv_false[p]
                    };
                    let f_ind = wrong * inv_same;
                    let d_ind = (1.0 - t_ind - wrong * pairs.mean_inv_false[p]).max(1e-9);
                    let t_dep = mean * c + t_ind * (1.0 - c);
                    let f_dep = (1.0 - mean) * c + f_ind * (1.0 - c);
                    let d_dep = d_ind * (1.0 - c);
                    let differ = (pairs.shared[p] - same_true[p] - same_false[p]).max(0.0);
                    let odds = log_prior
                        + same_true[p] * (t_dep / t_ind).ln()
                        + same_false[p] * (f_dep / f_ind).ln()
                        + differ * (d_dep / d_ind).ln();
                    dependence[p] = 1.0 / (1.0 + (-odds).exp());
                }
            }
            // 2. Votes, discounting dependent claimants.
            for o in 0..n_obj {
                let model = self.numeric_model && cl.numeric[o];
                numeric_claims.clear();
                for k in cl.classes(o) {
                    ordered.clear();
                    let start = cl.claim_start[k] as usize;
                    ordered.extend(
                        cl.claimants(k)
                            .iter()
                            .enumerate()
                            .map(|(i, &s)| (s, start + i)),
                    );
                    // The likeliest originals first: least copying, then
                    // most accurate.
                    ordered.sort_by(|&(a, _), &(b, _)| {
                        copy_rate[a as usize]
                            .total_cmp(&copy_rate[b as usize])
                            .then(accuracy[b as usize].total_cmp(&accuracy[a as usize]))
                            .then(a.cmp(&b))
                    });
                    let mut total = 0.0;
                    // Independence of the earlier claimants of this value.
                    let mut earlier = 0.0;
                    for (i, &(s, claim)) in ordered.iter().enumerate() {
                        let mut independence = 1.0;
                        if !pairs.pairs.is_empty() {
                            for &(earlier, _) in &ordered[..i] {
                                if let Some(p) = pairs.index(s, earlier) {
                                    independence *= 1.0 - c * dependence[p];
                                }
                            }
                        }
                        let rate = copy_rate[s as usize];
                        if i > 0 && rate > 0.0 {
                            // P(copied | shared) by Bayes' rule (step 4).
                            let copied = if it > 1 {
                                let q_copy = copy_share(k);
                                let q_ind = independent_chance(
                                    accuracy[s as usize],
                                    prev_vote[k] - prev_own_vote[claim],
                                    (prev_sum[o] - prev_vote[k].exp()).max(0.0),
                                    copy_false[o],
                                );
                                rate * q_copy / (rate * q_copy + (1.0 - rate) * q_ind)
                            } else {
                                rate / (rate + (1.0 - rate) * share_chance[claim])
                            };
                            independence *= 1.0 - copied;
                        }
                        // Step 2's records: in a two-party dispute, the
                        // source's record in disputes less its two-party
                        // disputes with the other party; elsewhere, with
                        // the leave-one-out, its record less this claim.
                        let p = dispute_pair[o];
                        let a = if it > 0 && p != u32::MAX {
                            let side = usize::from(dispute_sources[p as usize].1 == s);
                            let (p, s) = (p as usize, s as usize);
                            lower_accuracy(
                                dispute_sum[s] - pair_sum[p][side],
                                dispute_n[s] - pair_n[p][side],
                                prior[s],
                                m,
                                z,
                            )
                        } else if it > 0 && self.leave_one_out && cl.contested[k] {
                            let s = s as usize;
                            lower_accuracy(
                                evidence[s] - prob[k],
                                contested_n[s] - 1.0,
                                prior[s],
                                m,
                                z,
                            )
                        } else {
                            vote_accuracy[s as usize]
                        };
                        own_vote[claim] = independence * (n_false[o] * a / (1.0 - a)).ln();
                        total += own_vote[claim];
                        claim_independence[claim] = independence;
                        if model {
                            // A repeat votes with the accuracy of its
                            // interval nearest its neutral point (step 2).
                            let a = if popular && earlier > 0.0 {
                                (earlier / (beta + 2.0 * earlier))
                                    .clamp(a, vote_upper[s as usize].max(a))
                            } else {
                                a
                            };
                            numeric_claims.push((k, s, independence, a));
                        }
                        earlier += independence;
                    }
                    vote[k] = total;
                }
                if model {
                    // Each claim is either the exact figure (with the
                    // source's accuracy) or a noisy reading of it, relative
                    // error ~ N(0, σ_s), with a small outlier floor. The
                    // vote for a value is the log-likelihood of all claims
                    // if it is the truth: an exact hit weighs like a density
                    // of `numeric_false_values`, and near readings from
                    // precise sources count for the value they surround.
                    for k in cl.classes(o) {
                        let v = cl.number[k];
                        let scale = v.abs().max(1e-9);
                        let mut total = 0.0;
                        // With popularity: the wrong claims seen so far,
                        // and those at the figure of class `class`.
                        let (mut wrong, mut at_figure, mut class) = (0.0, 0.0, usize::MAX);
                        for &(j, s, independence, a) in &numeric_claims {
                            let p = dispute_pair[o];
                            let (out_sq, out_n) = if it == 0 {
                                (0.0, 0.0)
                            } else if p != u32::MAX {
                                let side = usize::from(dispute_sources[p as usize].1 == s);
                                (pair_sq[p as usize][side], pair_sq_n[p as usize][side])
                            } else if self.leave_one_out && sigma_counted[j] {
                                (class_sq[j], 1.0)
                            } else {
                                (0.0, 0.0)
                            };
                            let sd = if out_n > 0.0 {
                                let s = s as usize;
                                precision(sigma_sq[s] - out_sq, sigma_n[s] - out_n)
                            } else {
                                sigma[s as usize]
                            };
                            let r = (cl.number[j] - v) / scale;
                            // The density of a noisy or wild reading of `v`.
                            let fresh = (1.0 - OUTLIER) * (-0.5 * (r / sd).powi(2)).exp()
                                / (sd * SQRT_2PI)
                                + OUTLIER * OUTLIER_DENSITY;
                            let noise = (1.0 - a) * fresh;
                            let term = if j == k {
                                a * n_false[o] + noise
                            } else if popular {
                                // The Pólya urn of wrong claims (step 2).
                                if j != class {
                                    class = j;
                                    at_figure = 0.0;
                                }
                                let t = (1.0 - a) * (beta * fresh + n_false[o] * at_figure)
                                    / (beta + wrong);
                                at_figure += independence;
                                wrong += independence;
                                t
                            } else {
                                noise
                            };
                            total += independence * term.ln();
                        }
                        vote[k] = total;
                    }
                }
            }
            if !similar.is_empty() {
                let base = vote.clone();
                for &(a, b, s) in &similar {
                    vote[a as usize] += self.rho * s * base[b as usize];
                }
            }
            // Kept for the next round's P₋(v), less each object's maximum so
            // that their exponentials stay finite.
            for o in 0..n_obj {
                let range = cl.classes(o);
                let max = range
                    .clone()
                    .map(|k| vote[k])
                    .fold(f64::NEG_INFINITY, f64::max);
                prev_sum[o] = 0.0;
                for k in range {
                    prev_vote[k] = vote[k] - max;
                    prev_sum[o] += prev_vote[k].exp();
                }
            }
            std::mem::swap(&mut prev_own_vote, &mut own_vote);
            // P(v): the softmax of the votes over the values claimed for
            // the object. (Dong et al. also count the unclaimed values of
            // the domain, at vote 0; with 1000 false numbers, and with
            // votes at the lower confidence bound of accuracy, their mass
            // pulled every belief down, hence every accuracy, round after
            // round: on Population all accuracies sank below 0.1.)
            for o in 0..n_obj {
                let range = cl.classes(o);
                let max = range
                    .clone()
                    .map(|k| vote[k])
                    .fold(f64::NEG_INFINITY, f64::max);
                let sum: f64 = range.clone().map(|k| (vote[k] - max).exp()).sum();
                for k in range {
                    prob[k] = (vote[k] - max).exp() / sum;
                }
            }
            // The popularity of false figures, by EM from these beliefs:
            // expected equal pairs of wrong claims over expected pairs of
            // wrong claims, on numeric objects, weighted by independence.
            if self.popularity && self.numeric_model {
                let (mut equal, mut unequal) = (0.0, 0.0);
                for o in (0..n_obj).filter(|&o| cl.numeric[o]) {
                    // Σ w, Σ w·P, Σ w², Σ w²·P over classes (w: a class's
                    // summed independence).
                    let (mut all, mut all_p, mut sq, mut sq_p) = (0.0, 0.0, 0.0, 0.0);
                    for k in cl.classes(o) {
                        let start = cl.claim_start[k] as usize;
                        let w = &claim_independence[start..start + cl.claimants(k).len()];
                        let c: f64 = w.iter().sum();
                        let c_sq: f64 = w.iter().map(|x| x * x).sum();
                        equal += (c * c - c_sq) / 2.0 * (1.0 - prob[k]);
                        all += c;
                        all_p += c * prob[k];
                        sq += c * c;
                        sq_p += c * c * prob[k];
                    }
                    // Σ over pairs of classes k < l of w_k·w_l·(1 - P_k - P_l).
                    unequal += ((all * all - sq) / 2.0 - all * all_p + sq_p).max(0.0);
                }
                // At the lower end of its confidence interval, as the copy
                // rate of step 4: wrong figures that coincide no more often
                // than chance explains leave the noise model as it is.
                let pairs = equal + unequal + POPULARITY_PSEUDO_PAIRS;
                let rate = (equal + POPULARITY_PSEUDO_PAIRS * uniform_coincidence) / pairs;
                coincidence =
                    (rate - z * (rate * (1.0 - rate) / pairs).sqrt()).clamp(0.0, POPULARITY_MAX);
            }
            // 3. Accuracy. Only contested claims are evidence.
            for s in 0..n_src {
                let (mut sum, mut n) = (0.0, 0.0);
                let (mut d_sum, mut d_n) = (0.0, 0.0);
                for &k in cl.claims_of(s) {
                    let k = k as usize;
                    if cl.contested[k] {
                        sum += prob[k];
                        n += 1.0;
                        if self.two_party_records && cl.classes(cl.object[k] as usize).len() > 1 {
                            d_sum += prob[k];
                            d_n += 1.0;
                        }
                    }
                }
                evidence[s] = sum;
                contested_n[s] = n;
                dispute_sum[s] = d_sum;
                dispute_n[s] = d_n;
            }
            if self.claim_count_priors {
                group_sum.iter_mut().for_each(|x| *x = 0.0);
                group_n.iter_mut().for_each(|x| *x = 0.0);
                for s in 0..n_src {
                    group_sum[group[s]] += evidence[s];
                    group_n[group[s]] += contested_n[s];
                }
                for s in 0..n_src {
                    let g = group[s];
                    prior[s] = (group_sum[g] + self.initial_accuracy * m) / (group_n[g] + m);
                }
            }
            for s in 0..n_src {
                accuracy[s] =
                    ((evidence[s] + prior[s] * m) / (contested_n[s] + m)).clamp(0.01, 0.99);
                vote_accuracy[s] = lower_accuracy(evidence[s], contested_n[s], prior[s], m, z);
                let a = accuracy[s];
                vote_upper[s] =
                    (a + z * (a * (1.0 - a) / (contested_n[s] + m + 1.0)).sqrt()).clamp(0.01, 0.99);
            }
            if !dispute_sources.is_empty() {
                pair_sum.iter_mut().for_each(|x| *x = [0.0; 2]);
                pair_n.iter_mut().for_each(|x| *x = [0.0; 2]);
                for o in 0..n_obj {
                    let p = dispute_pair[o] as usize;
                    if p == u32::MAX as usize {
                        continue;
                    }
                    for k in cl.classes(o) {
                        let side = usize::from(dispute_sources[p].1 == cl.claimants(k)[0]);
                        pair_sum[p][side] += prob[k];
                        pair_n[p][side] += 1.0;
                    }
                }
            }
            // 4. Copiers, against all other sources at once.
            if self.copier_detection {
                observed.iter_mut().for_each(|x| *x = 0.0);
                expected.iter_mut().for_each(|x| *x = 0.0);
                variance.iter_mut().for_each(|x| *x = 0.0);
                shared_n.iter_mut().for_each(|x| *x = 0.0);
                // A source's accuracy without its claim on this object, so
                // that an agreement does not explain itself.
                let without = |s: usize, k: usize| {
                    let n = contested_n[s] - 1.0 + m;
                    if n > 0.0 {
                        ((evidence[s] - prob[k] + prior[s] * m) / n).clamp(0.01, 0.99)
                    } else {
                        prior[s].clamp(0.01, 0.99)
                    }
                };
                for o in 0..n_obj {
                    let range = cl.classes(o);
                    let claims = cl.claim_start[range.end] - cl.claim_start[range.start];
                    if claims < 2 {
                        continue;
                    }
                    // P(no source on the object is right) and P(no source
                    // gives one given false value), for independent sources.
                    let n = n_false[o].max(1.0);
                    let (mut none_right, mut none_false) = (1.0, 1.0);
                    for k in range.clone() {
                        for &t in cl.claimants(k) {
                            let a = without(t as usize, k);
                            none_right *= 1.0 - a;
                            none_false *= 1.0 - (1.0 - a) / n;
                        }
                    }
                    for k in range {
                        let start = cl.claim_start[k] as usize;
                        let shared = cl.claimants(k).len() > 1;
                        for (i, &t) in cl.claimants(k).iter().enumerate() {
                            let t = t as usize;
                            let a = without(t, k);
                            let others_wrong = none_right / (1.0 - a);
                            let others_elsewhere = none_false / (1.0 - (1.0 - a) / n);
                            let e = (accuracy[t] * (1.0 - others_wrong)
                                + (1.0 - accuracy[t]) * (1.0 - others_elsewhere))
                                .clamp(0.0, 1.0);
                            share_chance[start + i] = e;
                            expected[t] += e;
                            variance[t] += e * (1.0 - e);
                            shared_n[t] += 1.0;
                            if shared {
                                observed[t] += 1.0;
                            }
                        }
                    }
                }
                for s in 0..n_src {
                    let room = shared_n[s] - expected[s];
                    let excess = observed[s] - expected[s] - z * variance[s].sqrt();
                    copy_rate[s] = if room > 0.0 && excess > 0.0 {
                        (excess / room).min(0.99)
                    } else {
                        0.0
                    };
                }
            }
            // 5. Precision of each source's noisy numbers, around the
            // current best value of each contested numeric object.
            if self.numeric_model {
                for o in 0..n_obj {
                    best[o] = best_class(data, &cl, cl.classes(o), &prob) as u32;
                }
                for k in 0..cl.num_classes() {
                    let o = cl.object[k] as usize;
                    sigma_counted[k] = cl.numeric[o] && cl.contested[k] && best[o] as usize != k;
                    if sigma_counted[k] {
                        let v = cl.number[best[o] as usize];
                        let r = (cl.number[k] - v) / v.abs().max(1e-9);
                        class_sq[k] = r * r;
                    }
                }
                for (s, sd) in sigma.iter_mut().enumerate() {
                    let (mut sq, mut n) = (0.0, 0.0);
                    for &k in cl.claims_of(s) {
                        if sigma_counted[k as usize] {
                            sq += class_sq[k as usize];
                            n += 1.0;
                        }
                    }
                    sigma_sq[s] = sq;
                    sigma_n[s] = n;
                    *sd = precision(sq, n);
                }
                if !dispute_sources.is_empty() {
                    pair_sq.iter_mut().for_each(|x| *x = [0.0; 2]);
                    pair_sq_n.iter_mut().for_each(|x| *x = [0.0; 2]);
                    for o in 0..n_obj {
                        let p = dispute_pair[o] as usize;
                        if p == u32::MAX as usize {
                            continue;
                        }
                        for k in cl.classes(o) {
                            if sigma_counted[k] {
                                let side = usize::from(dispute_sources[p].1 == cl.claimants(k)[0]);
                                pair_sq[p][side] += class_sq[k];
                                pair_sq_n[p][side] += 1.0;
                            }
                        }
                    }
                }
            }
            iterations += 1;
        }
        let truth: Vec<u32> = (0..n_obj)
            .map(|o| best_class(data, &cl, cl.classes(o), &prob) as u32)
            .collect();
        TruthResult {
            algorithm: self.name(),
            chosen: cl.to_candidates(&truth),
            trust: accuracy,
            belief: cl.candidate_beliefs(&prob),
            iterations: Some(iterations),
        }
    }
}
