//! CRH over heterogeneous values, with CATD's confidence-aware weights.

// Objects, classes and sources are ids indexing parallel arrays; loops
// over ids read more plainly than zipped iterators here.
#![allow(clippy::needless_range_loop)]

use std::sync::Arc;

use super::chi2::chi_square_quantile;
use super::similarity::Classes;
use super::{Algorithm, Dataset, Exact, Similarity, TruthResult};

/// Numeric objects with more distinct numbers than this take the weighted
/// median: the medoid costs the number of claims times the number of
/// distinct values.
const MAX_MEDOID_CLASSES: usize = 64;

/// A deviation is measured in units of this many of its source's scales and
/// costs its full share beyond: the three-sigma rule, so that a reading
/// within a source's usual noise costs little and a vandal's figure costs as
/// much as any other gross error, however far off.
const SIGMAS: f64 = 3.0;

/// Pseudo-deviations at the pooled scale that smooth each source's own
/// scale, so that a source with one inexact figure gets about the scale of
/// everyone (the same two pseudo-claims that smooth AccuCopy's priors).
const SCALE_PRIOR_CLAIMS: f64 = 2.0;

/// The weight of a source that has not earned any, per unit of CATD's
/// weight: small next to any earned weight, but not 0, so that where no
/// source is proven (a few claims in all) the claims still count, in the
/// order of their sources' evidence.
const UNPROVEN: f64 = 1e-3;

/// CRH (Conflict Resolution on Heterogeneous data, Li et al. 2014) with
/// CATD's confidence-aware source weights (Li et al. 2015).
///
/// Alternates two steps, starting from equal weights:
///
/// 1. **Truths.** For an object whose values are not all numbers, the
///    value class (equal canonical forms) with the largest total weight:
///    the minimiser of the weighted 0-1 loss. For an object whose values
///    are all numbers (as the [`Similarity`] reads them), the claimed
///    number `v` that minimises
///    `Σ_s J_o·[x_s ≠ v] + w_s·ℓ_s(x_s, v)` over the object's claims (a
///    weighted medoid), where:
///    - `ℓ_s(x, v)` is 0 for an exact match and otherwise
///      `(1 - ρ) + ρ·min(1, (r / (3·σ_s))²)` with `r = |x - v| / |v|`
///      (capped at 1): a number is both a label, wrong unless exact, and a
///      quantity, wrong by its squared deviation in units of its source's
///      scale `σ_s`, capped at three scales (a vandal's figure, however far
///      off, costs what one three scales off does). `ρ = 0.5` weighs the
///      two views equally. `σ_s` is the source's mean relative deviation
///      (capped at 1) on the numbers it got wrong in the previous round,
///      smoothed toward everyone's by two pseudo-deviations; in the first
///      round, with no truth yet, only the exact part counts.
///    - `J_o = ln(n_o)` is the evidence of an exact coincidence: a wrong
///      figure could have been any of about `n_o` figures, the median over
///      the object's claims of `|x| / resolution` (the resolution is the
///      largest power of ten dividing the figure, 1 for `67171`, 100,000
///      for `16,400,000`). Two sources that give the same six-digit figure by
///      chance are a one-in-a-million event, so one more exact agreement
///      outweighs any difference of source weights; without this term a
///      source of high weight outvotes two others that agree to the unit
///      (Dong et al.'s Accu has the same `ln n` in every vote). Label
///      objects have no such term: their domain is unknown.
///
///    The [`Similarity`]'s `similarity` is not used for numbers (the
///    deviation part plays its role, with a scale learnt per source), only
///    its `canonical` form and its `number`. An object with more than 64
///    distinct numbers takes the weighted median instead, to stay linear.
///    Ties go to the smallest value string.
/// 2. **Weights.** The loss of source `s` is the sum over its claims of
///    `ℓ_s(x, v*)` for numbers and `1 - similarity(v, v*)` for other values
///    (0-1 with [`Exact`]). With confidence intervals on (the default),
///    `w_s = max(0, -ln e_s)` with `e_s = (loss_s + ε·n_s) / χ²(α/2, n_s)`,
///    `n_s` the source's claims: `e_s` is CATD's upper end of the `1 - α`
///    interval of the source's mean loss (CATD weighs by `1 / e_s`), so a
///    source with few claims cannot earn trust however right it is, and
///    the weight is CRH's `-log` of a loss share, so that weights add like
///    log-odds: a source with a tenth of another's loss weighs `ln 10`
///    more, not ten times as much, and the coincidence term above is on
///    the same scale. A source with `e_s ≥ 1` has earned nothing; it keeps
///    a thousandth of `min(1, 1 / e_s)`, so that where no source is proven
///    the claims still count, in the order of their evidence. `ε` (0.1) is
///    a floor on the loss of each claim: no source is assumed perfect, so
///    a weight is about the inverse of a source's *mean* loss and never
///    grows with its volume alone. (CATD's own `1 / e_s` weights, with the
///    coincidence term, were tried first: a proven source weighs up to
///    ten times an unproven one there, and on the numeric synthetic set
///    CRH stayed behind voting.) Without confidence intervals,
///    CRH's `w_s = -ln((loss_s + ε) / Σ (loss + ε))`.
///
/// Trust is `w` divided by its maximum. Belief is the share of each value
/// in the votes on its object (`w_s`, plus `J_o` for numbers).
///
/// ```
/// use corroborate::truth::{Algorithm, Crh, Dataset, Numeric};
///
/// // "16,444,373" and "16444373" are one figure, claimed twice: an exact
/// // agreement that no single source outweighs. The answer is a claimed
/// // figure, never an average of the claims.
/// let data = Dataset::from_rows([
///     ("a", "victims", "16,444,373"), ("b", "victims", "16444373"),
///     ("c", "victims", "16.4 million"), ("d", "victims", "90000000"),
/// ])?;
/// let result = Crh::new().similarity(Numeric::new()).run(&data);
/// assert_eq!(result.chosen_value(&data, 0), "16,444,373");
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone)]
pub struct Crh {
    iterations: usize,
    alpha: Option<f64>,
    epsilon: f64,
    rho: f64,
    similarity: Arc<dyn Similarity + Send + Sync>,
}

impl std::fmt::Debug for Crh {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Crh")
            .field("iterations", &self.iterations)
            .field("alpha", &self.alpha)
            .field("epsilon", &self.epsilon)
            .field("rho", &self.rho)
            .finish_non_exhaustive()
    }
}

impl Default for Crh {
    fn default() -> Crh {
        Crh {
            iterations: 20,
            alpha: Some(0.05),
            epsilon: 0.1,
            rho: 0.5,
            similarity: Arc::new(Exact),
        }
    }
}

impl Crh {
    /// CRH with CATD weights at `α = 0.05`, [`Exact`] values, 20 iterations.
    pub fn new() -> Crh {
        Crh::default()
    }

    /// Sets the number of iterations (20).
    pub fn iterations(mut self, n: usize) -> Crh {
        self.iterations = n;
        self
    }

    /// Sets the significance level of the confidence interval (0.05), or
    /// `None` for plain CRH log-ratio weights.
    pub fn confidence(mut self, alpha: Option<f64>) -> Crh {
        self.alpha = alpha;
        self
    }

    /// Sets the floor on the loss of each claim (0.1): with confidence
    /// intervals, `ε·n_s` is added to a source's loss before dividing, so
    /// the weight of a source with no loss is finite and does not grow
    /// with its number of claims; without, `ε` is added once per source.
    pub fn epsilon(mut self, epsilon: f64) -> Crh {
        self.epsilon = epsilon;
        self
    }

    /// Sets the share `ρ` of the deviation in the loss of an inexact number
    /// (0.5), the rest being the 0-1 loss of a label: how much near numbers
    /// support each other. With 0, numbers are labels (a weighted vote,
    /// plus the coincidence term); with 1, only the deviation counts.
    pub fn similarity_weight(mut self, rho: f64) -> Crh {
        self.rho = rho;
        self
    }

    /// Sets how values compare ([`Exact`] by default).
    pub fn similarity(mut self, similarity: impl Similarity + Send + Sync + 'static) -> Crh {
        self.similarity = Arc::new(similarity);
        self
    }
}

impl Algorithm for Crh {
    fn name(&self) -> &'static str {
        "crh"
    }

    fn run(&self, data: &Dataset) -> TruthResult {
        let cl = Classes::new(data, self.similarity.as_ref());
        let n_src = data.num_sources();
        let n_obj = data.num_objects();
        let rho = self.rho.clamp(0.0, 1.0);
        // The coincidence term of each numeric object (0 for labels).
        let coincidence: Vec<f64> = (0..n_obj)
            .map(|o| {
                if cl.numeric[o] {
                    coincidence_evidence(&cl, o)
                } else {
                    0.0
                }
            })
            .collect();
        // CATD counts every claim of a source as evidence. (Counting only
        // claims on contested objects, as AccuCopy does, was tried: on
        // Population it lowered accuracy from .804 to .787.)
        let counts: Vec<f64> = (0..n_src).map(|s| data.claim_count(s) as f64).collect();
        let mut weight = vec![1.0; n_src];
        // Per source, its scale σ_s; None before the first truths.
        let mut scale: Option<Vec<f64>> = None;
        let mut truth = vec![0u32; n_obj];
        let mut score = vec![0.0; cl.num_classes()];
        let mut cost = vec![0.0; cl.num_classes()];
        let mut loss = vec![0.0; n_src];
        let mut deviation = vec![0.0; n_src];
        let mut inexact = vec![0.0; n_src];
        let mut order: Vec<usize> = Vec::new();
        let mut iterations = 0;
        for _ in 0..self.iterations.max(1) {
            // 1. Truths.
            for (k, sc) in score.iter_mut().enumerate() {
                *sc = cl.claimants(k).iter().map(|&s| weight[s as usize]).sum();
            }
            let number_loss = |s: usize, x: f64, v: f64| -> f64 {
                number_loss(rho, scale.as_ref().map(|sc| sc[s]), x, v)
            };
            for o in 0..n_obj {
                let range = cl.classes(o);
                truth[o] = if cl.numeric[o] && range.len() <= MAX_MEDOID_CLASSES {
                    // The weighted medoid; `cost` holds minus the cost, so
                    // that the highest is the best (ties to the smallest
                    // string, as everywhere).
                    let j = coincidence[o];
                    for v in range.clone() {
                        let mut c = 0.0;
                        for k in range.clone() {
                            if k == v {
                                continue;
                            }
                            for &s in cl.claimants(k) {
                                let s = s as usize;
                                c += j + weight[s] * number_loss(s, cl.number[k], cl.number[v]);
                            }
                        }
                        cost[v] = -c;
                    }
                    best_class(data, &cl, range, &cost) as u32
                } else if cl.numeric[o] {
                    // Weighted (lower) median of the numbers.
                    order.clear();
                    order.extend(range.clone());
                    order.sort_by(|&a, &b| cl.number[a].total_cmp(&cl.number[b]));
                    let total: f64 = order.iter().map(|&k| score[k]).sum();
                    let mut acc = 0.0;
                    let mut pick = order[order.len() - 1];
                    for &k in &order {
                        acc += score[k];
                        if acc >= total / 2.0 {
                            pick = k;
                            break;
                        }
                    }
                    pick as u32
                } else {
                    best_class(data, &cl, range, &score) as u32
                };
            }
            // 2. Losses, and the deviations that set the next scales.
            loss.iter_mut().for_each(|l| *l = 0.0);
            deviation.iter_mut().for_each(|d| *d = 0.0);
            inexact.iter_mut().for_each(|n| *n = 0.0);
            for o in 0..n_obj {
                let t = truth[o] as usize;
                for k in cl.classes(o) {
                    if k == t {
                        continue;
                    }
                    if cl.numeric[o] {
                        let r = relative_deviation(cl.number[k], cl.number[t]);
                        for &s in cl.claimants(k) {
                            let s = s as usize;
                            loss[s] += number_loss(s, cl.number[k], cl.number[t]);
                            deviation[s] += r;
                            inexact[s] += 1.0;
                        }
                    } else {
                        let d = 1.0
                            - self
                                .similarity
                                .similarity(&cl.canonical[k], &cl.canonical[t])
                                .clamp(0.0, 1.0);
                        for &s in cl.claimants(k) {
                            loss[s as usize] += d;
                        }
                    }
                }
            }
            let pooled = {
                let (d, n): (f64, f64) = (deviation.iter().sum(), inexact.iter().sum());
                if n > 0.0 { d / n } else { 0.0 }
            };
            scale = Some(
                (0..n_src)
                    .map(|s| {
                        (deviation[s] + SCALE_PRIOR_CLAIMS * pooled)
                            / (inexact[s] + SCALE_PRIOR_CLAIMS)
                    })
                    .collect(),
            );
            // 3. Weights.
            match self.alpha {
                Some(alpha) => {
                    for (s, w) in weight.iter_mut().enumerate() {
                        let n = counts[s];
                        // -ln e, 0 when e ≥ 1.
                        let bound = (loss[s] + self.epsilon * n).max(f64::MIN_POSITIVE);
                        let inverse = chi_square_quantile(alpha / 2.0, n) / bound;
                        *w = inverse.ln().max(0.0) + UNPROVEN * inverse.min(1.0);
                    }
                }
                None => {
                    let total: f64 = loss.iter().map(|l| l + self.epsilon).sum();
                    for (w, l) in weight.iter_mut().zip(&loss) {
                        *w = -((l + self.epsilon) / total).ln();
                    }
                }
            }
            iterations += 1;
        }
        let max = weight.iter().copied().fold(0.0, f64::max);
        let trust: Vec<f64> = weight
            .iter()
            .map(|w| if max > 0.0 { w / max } else { 0.0 })
            .collect();
        let mut class_belief = vec![0.0; cl.num_classes()];
        for o in 0..n_obj {
            let range = cl.classes(o);
            for k in range.clone() {
                score[k] = cl
                    .claimants(k)
                    .iter()
                    .map(|&s| weight[s as usize] + coincidence[o])
                    .sum();
            }
            let total: f64 = range.clone().map(|k| score[k]).sum();
            let claims: usize = range.clone().map(|k| cl.claimants(k).len()).sum();
            for k in range {
                class_belief[k] = if total > 0.0 {
                    score[k] / total
                } else {
                    // No weight at all: the share of the claims.
                    cl.claimants(k).len() as f64 / claims.max(1) as f64
                };
            }
        }
        TruthResult {
            algorithm: self.name(),
            chosen: cl.to_candidates(&truth),
            trust,
            belief: cl.candidate_beliefs(&class_belief),
            iterations: Some(iterations),
        }
    }
}

/// The loss of a claimed number `x` against the truth `v` for a source of
/// scale `scale` (None before the first truths: only the exact part).
fn number_loss(rho: f64, scale: Option<f64>, x: f64, v: f64) -> f64 {
    if x == v {
        return 0.0;
    }
    let spread = match scale {
        None => 0.0,
        Some(sigma) if sigma > 0.0 => {
            let z = relative_deviation(x, v) / (SIGMAS * sigma);
            z.min(1.0).powi(2)
        }
        // A source that has never been off: any deviation is many scales.
        Some(_) => 1.0,
    };
    (1.0 - rho) + rho * spread
}

/// `|x - v| / |v|`, capped at 1 (a truth of 0 makes any other figure 1).
fn relative_deviation(x: f64, v: f64) -> f64 {
    if x == v {
        0.0
    } else if v == 0.0 {
        1.0
    } else {
        ((x - v).abs() / v.abs()).min(1.0)
    }
}

/// `ln n_o` for a numeric object: `n_o`, the number of figures a wrong
/// claim could have been, is the median over the object's claims of
/// `|x| / resolution(x)`, at least 1.
fn coincidence_evidence(cl: &Classes, o: usize) -> f64 {
    let mut figures: Vec<f64> = Vec::new();
    for k in cl.classes(o) {
        let x = cl.number[k];
        let n = x.abs() / resolution(x);
        figures.extend(std::iter::repeat_n(n, cl.claimants(k).len()));
    }
    if figures.is_empty() {
        return 0.0;
    }
    figures.sort_by(f64::total_cmp);
    figures[(figures.len() - 1) / 2].max(1.0).ln()
}

/// The largest power of ten that divides `x` (1 for 67171, 1000 for
/// 16400000, 0.1 for 16.4); 1 for 0 and for figures too large to tell.
fn resolution(x: f64) -> f64 {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() || x >= 1e15 {
        return 1.0;
    }
    let whole = |q: f64| (q - q.round()).abs() <= 1e-9 * q.abs().max(1.0);
    let mut r = 1.0;
    if whole(x) {
        while r < 1e15 && whole(x / (r * 10.0)) {
            r *= 10.0;
        }
    } else {
        while r > 1e-12 && !whole(x / r) {
            r /= 10.0;
        }
    }
    r
}

/// The class of highest score, ties (within 1e-12 relative) to the one
/// whose name is the smallest string.
pub(crate) fn best_class(
    data: &Dataset,
    cl: &Classes,
    range: std::ops::Range<usize>,
    score: &[f64],
) -> usize {
    let max = range
        .clone()
        .map(|k| score[k])
        .fold(f64::NEG_INFINITY, f64::max);
    let tol = 1e-12 * max.abs().max(1.0);
    range
        .clone()
        .filter(|&k| (score[k] - max).abs() <= tol)
        .min_by(|&a, &b| {
            data.candidate_value(cl.name[a] as usize)
                .cmp(data.candidate_value(cl.name[b] as usize))
        })
        .unwrap_or(range.start)
}

#[cfg(test)]
mod tests {
    use super::resolution;

    #[test]
    fn resolution_is_the_largest_power_of_ten_dividing_the_figure() {
        let table = [
            (67171.0, 1.0),
            (16_400_000.0, 100_000.0),
            (16.4, 0.1),
            (2.25, 0.01),
            (-3000.0, 1000.0),
            (0.0, 1.0),
            (f64::NAN, 1.0),
        ];
        for (x, expected) in table {
            let r = resolution(x);
            assert!((r - expected).abs() <= 1e-12 * expected, "{x}: {r}");
        }
    }
}
