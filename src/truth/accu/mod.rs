//! Accu with copy detection (Dong, Berti-Equille and Srivastava, 2009).
//!
//! [`AccuCopy`] and its builder live here, with the rounds that drive the
//! steps its documentation lists; each step has a module of its own:
//!
//! | module | step | what it estimates |
//! |---|---|---|
//! | `dependence` | 1 | which pairs of sources copy each other |
//! | `vote` | 2 | the votes and the beliefs `P(v)`, with the numeric noise model, the urn of popular false figures and the records each claim votes with |
//! | `popularity` | 2 | how often two wrong figures coincide (`γ`) |
//! | `accuracy` | 3 | each source's accuracy, its prior and its confidence bounds |
//! | `disputes` | 2, 3, 5 | two-party disputes and each party's record in them |
//! | `copiers` | 4 | each source's copy rate against all the others |
//! | `precision` | 5 | each source's relative error `σ` |

// Objects, classes and sources are ids indexing parallel arrays; loops
// over ids read more plainly than zipped iterators here.
#![allow(clippy::needless_range_loop)]

use std::sync::Arc;

use accuracy::Records;
use copiers::Copiers;
use dependence::Dependence;
use disputes::TwoPartyDisputes;
use popularity::Popularity;
use precision::Precision;
use vote::Votes;

use super::chi2::normal_quantile;
use super::crh::best_class;
use super::similarity::Classes;
use super::{Algorithm, Dataset, Exact, Similarity, TruthResult};

mod accuracy;
mod copiers;
mod dependence;
mod disputes;
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

    /// Sets the number of iterations (20); at least one round is run.
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

/// One run: what the data fix before the first round, and what each step
/// leaves for the next. Each step is a method, in the module of its step.
struct State<'a> {
    config: &'a AccuCopy,
    data: &'a Dataset,
    cl: &'a Classes,
    /// Per object, `n` of the vote: its false values.
    n_false: Vec<f64>,
    /// Per object, `n` of the copy tests.
    copy_false: Vec<f64>,
    /// The normal quantile of the confidence bounds (0: point estimates).
    z: f64,
    dependence: Dependence,
    votes: Votes,
    popularity: Popularity,
    records: Records,
    disputes: TwoPartyDisputes,
    copiers: Copiers,
    precision: Precision,
}

impl<'a> State<'a> {
    fn new(config: &'a AccuCopy, data: &'a Dataset, cl: &'a Classes) -> State<'a> {
        let n_obj = data.num_objects();
        // A false number can be any number: agreeing on one exact figure
        // is far stronger evidence than agreeing on one of a few labels.
        let n_false: Vec<f64> = (0..n_obj)
            .map(|o| match config.false_values {
                Some(n) => n,
                None if cl.numeric[o] => config.numeric_false_values,
                None => ((cl.classes(o).len() as f64) - 1.0).max(1.0),
            })
            .collect();
        // The copy tests ask how likely two independent sources are to
        // give the same false value. The domain of a figure is large, but
        // the false values sources actually give are few (an outdated
        // figure, a rounding): estimated, as when the domain size is
        // unknown, by the distinct values claimed for the object minus one.
        let copy_false: Vec<f64> = (0..n_obj)
            .map(|o| match config.false_values {
                Some(n) => n,
                None => ((cl.classes(o).len() as f64) - 1.0).max(1.0),
            })
            .collect();
        let z = config
            .alpha
            .filter(|a| *a > 0.0 && *a < 1.0)
            .map_or(0.0, |a| normal_quantile(1.0 - a / 2.0));
        State {
            config,
            data,
            cl,
            dependence: Dependence::new(config, data, cl, &copy_false),
            votes: Votes::new(config, cl),
            popularity: Popularity::new(config),
            records: Records::new(config, data),
            disputes: TwoPartyDisputes::find(config, cl),
            copiers: Copiers::new(data, cl),
            precision: Precision::new(data, cl),
            n_false,
            copy_false,
            z,
        }
    }

    /// One iteration: the five steps of [`AccuCopy`], in order.
    fn round(&mut self, it: usize) {
        // 1. Dependence between sources, from the previous beliefs.
        if it > 0 {
            self.test_dependence();
        }
        // 2. Votes, discounting dependent claimants; and the popularity of
        // false figures, from the beliefs they give.
        self.vote(it);
        if self.config.popularity && self.config.numeric_model {
            self.estimate_popularity();
        }
        // 3. Accuracy. Only contested claims are evidence.
        self.estimate_accuracy();
        // 4. Copiers, against all other sources at once.
        if self.config.copier_detection {
            self.detect_copiers();
        }
        // 5. Precision of each source's noisy numbers, around the
        // current best value of each contested numeric object.
        if self.config.numeric_model {
            self.estimate_precision();
        }
    }
}

impl Algorithm for AccuCopy {
    fn name(&self) -> &'static str {
        "accu_copy"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let cl = Classes::new(data, self.similarity.as_ref());
        let mut state = State::new(self, data, &cl);
        let mut iterations = 0;
        for it in 0..self.iterations.max(1) {
            state.round(it);
            iterations += 1;
        }
        let prob = &state.votes.prob;
        let truth: Vec<u32> = (0..data.num_objects())
            .map(|o| best_class(data, &cl, cl.classes(o), prob) as u32)
            .collect();
        TruthResult {
            algorithm: self.name(),
            chosen: cl.to_candidates(&truth),
            belief: cl.candidate_beliefs(prob),
            trust: state.records.accuracy,
            iterations: Some(iterations),
        }
    }
}
