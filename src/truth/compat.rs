//! Ports of the PyPI package `truthdiscovery` 1.0.4, reproducing its results.
//!
//! Every operation follows the package's order (which vector is normalised
//! when, which product is taken first) so that results agree to rounding.
//! The notation below: `SC` is the source × candidate matrix (1 where the
//! source claims the candidate), `n_s` the number of claims of source `s`,
//! `B` beliefs per candidate, `T` trust per source.

use super::{Algorithm, Dataset, TruthResult};

/// When an iterative algorithm stops.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Iterations {
    /// Exactly this many iterations (fewer only if the algorithm must stop
    /// early, as the package does when an investment or a trust degenerates).
    Fixed(usize),
    /// Until the cosine distance between successive trust vectors falls
    /// below `threshold`, or `limit` iterations have run (the package raises
    /// an error at the limit; here the result so far is returned).
    Converge {
        /// Stop once `1 - cos(T_new, T_old)` is below this.
        threshold: f64,
        /// Never run more than this many iterations.
        limit: usize,
    },
}

/// Tracks iterations as the package's `FixedIterator` and
/// `ConvergenceIterator` do.
struct Iterator_ {
    rule: Iterations,
    count: usize,
    distance: Option<f64>,
}

impl Iterator_ {
    fn new(rule: Iterations) -> Iterator_ {
        Iterator_ {
            rule,
            count: 0,
            distance: None,
        }
    }

    fn finished(&self) -> bool {
        match self.rule {
            Iterations::Fixed(n) => self.count >= n,
            Iterations::Converge { threshold, limit } => {
                self.distance.is_some_and(|d| d < threshold) || self.count >= limit
            }
        }
    }

    fn compare(&mut self, a: &[f64], b: &[f64]) {
        self.count += 1;
        if let Iterations::Converge { .. } = self.rule {
            self.distance = Some(cosine_distance(a, b));
        }
    }
}

/// `1 - cos(a, b)` clipped to [0, 1]; 1 when either vector is zero.
fn cosine_distance(a: &[f64], b: &[f64]) -> f64 {
    let na = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let nb = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        return 1.0;
    }
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    (1.0 - dot / (na * nb)).clamp(0.0, 1.0)
}

/// Divides every entry by the largest (Python's `v / max(v)`). Where the
/// largest is 0 the package divides 0 by 0 and every later number is NaN;
/// here the entries stay 0 (AverageLog where every source has one claim,
/// since `ln 1 = 0`: no trust, and the choice falls to the tie rule).
fn normalise_max(v: &mut [f64]) {
    let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if max == 0.0 {
        return;
    }
    for x in v.iter_mut() {
        *x /= max;
    }
}

/// `SC · B`: per source, the sum over its candidates of `f(candidate)`.
///
/// Walks all claims in one flat loop, candidate by candidate, scattering
/// into the (usually small) source vector: the big arrays are read
/// sequentially, and each source still adds its terms in increasing
/// candidate order, as scipy's CSR product does, so the sums agree to the
/// bit.
fn per_source(data: &Dataset, out: &mut [f64], f: impl Fn(usize) -> f64) {
    out.iter_mut().for_each(|t| *t = 0.0);
    let (cands, sources) = data.claim_pairs();
    for (&c, &s) in cands.iter().zip(sources) {
        out[s as usize] += f(c as usize);
    }
}

/// `SC^T · T`: per candidate, the sum over its claimants (in increasing
/// order) of `f(source)`.
fn per_candidate(data: &Dataset, out: &mut [f64], f: impl Fn(usize) -> f64) {
    out.iter_mut().for_each(|b| *b = 0.0);
    let (cands, sources) = data.claim_pairs();
    for (&c, &s) in cands.iter().zip(sources) {
        out[c as usize] += f(s as usize);
    }
}

fn claim_counts(data: &Dataset) -> Vec<f64> {
    (0..data.num_sources())
        .map(|s| data.claim_count(s) as f64)
        .collect()
}

/// Majority voting: belief = number of claimants / the largest such number;
/// every source has trust 1; no iterations.
#[derive(Clone, Debug, Default)]
pub struct Voting {}

impl Voting {
    /// Voting (it has nothing to configure).
    pub fn new() -> Voting {
        Voting {}
    }
}

impl Algorithm for Voting {
    fn name(&self) -> &'static str {
        "voting"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let mut belief: Vec<f64> = (0..data.num_candidates())
            .map(|c| data.claimants(c).len() as f64)
            .collect();
        normalise_max(&mut belief);
        let trust = vec![1.0; data.num_sources()];
        TruthResult::from_beliefs(self.name(), data, trust, belief, None)
    }
}

macro_rules! iterations_setter {
    () => {
        /// Sets when to stop (see [`Iterations`]).
        pub fn iterations(mut self, iterations: Iterations) -> Self {
            self.iterations = iterations;
            self
        }
    };
}

/// Sums (Kleinberg's hubs and authorities, after Pasternack and Roth).
///
/// Prior belief 0.5; each iteration `T = SC·B`, `B = SC^T·T`, then both are
/// divided by their maximum. 20 fixed iterations by default.
#[derive(Clone, Debug)]
pub struct Sums {
    iterations: Iterations,
}

impl Default for Sums {
    fn default() -> Sums {
        Sums {
            iterations: Iterations::Fixed(20),
        }
    }
}

impl Sums {
    /// Sums with the package's defaults.
    pub fn new() -> Sums {
        Sums::default()
    }

    iterations_setter!();
}

impl Algorithm for Sums {
    fn name(&self) -> &'static str {
        "sums"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let (trust, belief, n) = sums_like(data, self.iterations, None);
        TruthResult::from_beliefs(self.name(), data, trust, belief, Some(n))
    }
}

/// The loop shared by Sums and AverageLog (`weights` scale `SC·B`).
fn sums_like(
    data: &Dataset,
    rule: Iterations,
    weights: Option<&[f64]>,
) -> (Vec<f64>, Vec<f64>, usize) {
    let mut trust = vec![0.0; data.num_sources()];
    let mut new_trust = vec![0.0; data.num_sources()];
    let mut belief = vec![0.5; data.num_candidates()];
    let mut it = Iterator_::new(rule);
    while !it.finished() {
        per_source(data, &mut new_trust, |c| belief[c]);
        if let Some(w) = weights {
            for (t, w) in new_trust.iter_mut().zip(w) {
                *t *= w;
            }
        }
        per_candidate(data, &mut belief, |s| new_trust[s]);
        normalise_max(&mut new_trust);
        normalise_max(&mut belief);
        it.compare(&trust, &new_trust);
        std::mem::swap(&mut trust, &mut new_trust);
    }
    (trust, belief, it.count)
}

/// AverageLog (Pasternack and Roth): Sums with `T = (ln n_s / n_s)·(SC·B)`,
/// so a source with a single claim gets trust 0.
#[derive(Clone, Debug)]
pub struct AverageLog {
    iterations: Iterations,
}

impl Default for AverageLog {
    fn default() -> AverageLog {
        AverageLog {
            iterations: Iterations::Fixed(20),
        }
    }
}

impl AverageLog {
    /// AverageLog with the package's defaults (20 iterations).
    pub fn new() -> AverageLog {
        AverageLog::default()
    }

    iterations_setter!();
}

impl Algorithm for AverageLog {
    fn name(&self) -> &'static str {
        "average_log"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let weights: Vec<f64> = claim_counts(data).iter().map(|&n| n.ln() / n).collect();
        let (trust, belief, n) = sums_like(data, self.iterations, Some(&weights));
        TruthResult::from_beliefs(self.name(), data, trust, belief, Some(n))
    }
}

/// Investment (Pasternack and Roth): sources invest their trust evenly in
/// their claims and earn returns in proportion to their stake.
///
/// Prior: voted (claimants of the candidate / claims on its object); trust
/// starts at 1. Each iteration, with `I = T/n`:
/// `T' = I · (SC · (B / (SC^T·I)))` and `B = (SC^T·(T'/n))^g`, `g = 1.2`,
/// then both divided by their maximum. Stops early (as the package does)
/// if some candidate's investment becomes 0. 20 fixed iterations by default.
#[derive(Clone, Debug)]
pub struct Investment {
    iterations: Iterations,
    g: f64,
}

impl Default for Investment {
    fn default() -> Investment {
        Investment {
            iterations: Iterations::Fixed(20),
            g: 1.2,
        }
    }
}

impl Investment {
    /// Investment with the package's defaults.
    pub fn new() -> Investment {
        Investment::default()
    }

    /// Sets the exponent that grows beliefs (1.2 by default).
    pub fn g(mut self, g: f64) -> Investment {
        self.g = g;
        self
    }

    iterations_setter!();
}

impl Algorithm for Investment {
    fn name(&self) -> &'static str {
        "investment"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let mut belief = vec![0.0; data.num_candidates()];
        for o in 0..data.num_objects() {
            let range = data.candidates(o);
            let total: f64 = range.clone().map(|c| data.claimants(c).len() as f64).sum();
            for c in range {
                belief[c] = data.claimants(c).len() as f64 / total;
            }
        }
        let g = self.g;
        let (trust, belief, n) =
            investment_loop(data, self.iterations, belief, |_, base, belief| {
                for (b, &h) in belief.iter_mut().zip(base) {
                    *b = h.powf(g);
                }
            });
        TruthResult::from_beliefs(self.name(), data, trust, belief, Some(n))
    }
}

/// The loop shared by Investment and PooledInvestment; `grow` turns the
/// base returns `SC^T·(T'/n)` into beliefs.
fn investment_loop(
    data: &Dataset,
    rule: Iterations,
    mut belief: Vec<f64>,
    grow: impl Fn(&Dataset, &[f64], &mut [f64]),
) -> (Vec<f64>, Vec<f64>, usize) {
    let counts = claim_counts(data);
    let mut trust = vec![1.0; data.num_sources()];
    let mut new_trust = vec![0.0; data.num_sources()];
    let mut invest = vec![0.0; data.num_sources()];
    let mut claim_invest = vec![0.0; data.num_candidates()];
    let mut base = vec![0.0; data.num_candidates()];
    let mut it = Iterator_::new(rule);
    while !it.finished() {
        for ((i, t), n) in invest.iter_mut().zip(&trust).zip(&counts) {
            *i = t / n;
        }
        per_candidate(data, &mut claim_invest, |s| invest[s]);
        if claim_invest.contains(&0.0) {
            break;
        }
        per_source(data, &mut new_trust, |c| {
            // A stake so small that its inverse overflows, in a candidate
            // believed not at all, returns nothing (the package's `inf · 0`
            // is NaN, and poisons the source's trust).
            let r = (1.0 / claim_invest[c]) * belief[c];
            if r.is_nan() { 0.0 } else { r }
        });
        for (t, i) in new_trust.iter_mut().zip(&invest) {
            *t *= i;
        }
        per_candidate(data, &mut base, |s| new_trust[s] / counts[s]);
        grow(data, &base, &mut belief);
        normalise_max(&mut new_trust);
        normalise_max(&mut belief);
        it.compare(&new_trust, &trust);
        std::mem::swap(&mut trust, &mut new_trust);
    }
    (trust, belief, it.count)
}

/// PooledInvestment (Pasternack and Roth): Investment whose returns are
/// shared out among the candidates of each object.
///
/// Prior: uniform (1 / number of candidates of the object); `g = 1.4`;
/// with `H = SC^T·(T'/n)`: `B = H · H^g / Σ_{same object} H^g`, then both
/// divided by their maximum. 10 fixed iterations by default.
#[derive(Clone, Debug)]
pub struct PooledInvestment {
    iterations: Iterations,
    g: f64,
}

impl Default for PooledInvestment {
    fn default() -> PooledInvestment {
        PooledInvestment {
            iterations: Iterations::Fixed(10),
            g: 1.4,
        }
    }
}

impl PooledInvestment {
    /// PooledInvestment with the package's defaults.
    pub fn new() -> PooledInvestment {
        PooledInvestment::default()
    }

    /// Sets the exponent that grows returns (1.4 by default).
    pub fn g(mut self, g: f64) -> PooledInvestment {
        self.g = g;
        self
    }

    iterations_setter!();
}

impl Algorithm for PooledInvestment {
    fn name(&self) -> &'static str {
        "pooled_investment"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let mut belief = vec![0.0; data.num_candidates()];
        for o in 0..data.num_objects() {
            let range = data.candidates(o);
            let k = range.len() as f64;
            for c in range {
                belief[c] = 1.0 / k;
            }
        }
        let g = self.g;
        let (trust, belief, n) =
            investment_loop(data, self.iterations, belief, |data, base, belief| {
                // The returns H^g, kept in `belief` until pooled.
                for (b, &h) in belief.iter_mut().zip(base) {
                    *b = h.powf(g);
                }
                for o in 0..data.num_objects() {
                    let range = data.candidates(o);
                    let pooled: f64 = belief[range.clone()].iter().sum();
                    for c in range {
                        belief[c] = base[c] * (belief[c] / pooled);
                    }
                }
            });
        TruthResult::from_beliefs(self.name(), data, trust, belief, Some(n))
    }
}

/// TruthFinder (Yin, Han and Yu), without implications between values.
///
/// Trust starts at 0.9; each iteration `τ = -ln(1 - T)`, `σ = SC^T·τ`,
/// `B = 1 / (1 + e^{-γσ})` with `γ = 0.3`, and `T` = mean belief of the
/// source's claims. Stops when the cosine distance between successive
/// trust vectors is below 0.001 (or after a fixed count if so set), and
/// early if some trust reaches exactly 1. Trust is not normalised.
#[derive(Clone, Debug)]
pub struct TruthFinder {
    iterations: Iterations,
    initial_trust: f64,
    dampening: f64,
}

impl Default for TruthFinder {
    fn default() -> TruthFinder {
        TruthFinder {
            iterations: Iterations::Converge {
                threshold: 0.001,
                limit: 1_000_000,
            },
            initial_trust: 0.9,
            dampening: 0.3,
        }
    }
}

impl TruthFinder {
    /// TruthFinder with the package's defaults.
    pub fn new() -> TruthFinder {
        TruthFinder::default()
    }

    /// Sets every source's trust before the first iteration (0.9).
    pub fn initial_trust(mut self, t: f64) -> TruthFinder {
        self.initial_trust = t;
        self
    }

    /// Sets the dampening factor γ (0.3).
    pub fn dampening(mut self, gamma: f64) -> TruthFinder {
        self.dampening = gamma;
        self
    }

    iterations_setter!();
}

impl Algorithm for TruthFinder {
    fn name(&self) -> &'static str {
        "truthfinder"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let inv_counts: Vec<f64> = claim_counts(data).iter().map(|n| 1.0 / n).collect();
        let mut trust = vec![self.initial_trust; data.num_sources()];
        let mut new_trust = vec![0.0; data.num_sources()];
        let mut tau = vec![0.0; data.num_sources()];
        let mut belief = vec![0.0; data.num_candidates()];
        let mut it = Iterator_::new(self.iterations);
        while !it.finished() {
            if trust.contains(&1.0) {
                break;
            }
            for (l, t) in tau.iter_mut().zip(&trust) {
                *l = -(1.0 - t).ln();
            }
            per_candidate(data, &mut belief, |s| tau[s]);
            for b in belief.iter_mut() {
                *b = 1.0 / (1.0 + (-self.dampening * *b).exp());
            }
            for (s, t) in new_trust.iter_mut().enumerate() {
                let w = inv_counts[s];
                *t = data
                    .claims_of(s)
                    .iter()
                    .map(|&c| w * belief[c as usize])
                    .sum();
            }
            it.compare(&new_trust, &trust);
            std::mem::swap(&mut trust, &mut new_trust);
        }
        TruthResult::from_beliefs(self.name(), data, trust, belief, Some(it.count))
    }
}
