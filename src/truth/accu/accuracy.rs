//! Step 3: each source's accuracy, with the confidence bounds it votes
//! with.

/// The accuracy a source votes with, from the summed belief `sum` of its
/// `n` contested claims and its prior (`m` pseudo-claims): the lower end of
/// the confidence interval at normal quantile `z` (0: the point estimate).
pub(super) fn lower_accuracy(sum: f64, n: f64, prior: f64, m: f64, z: f64) -> f64 {
    let a = ((sum + prior * m) / (n + m)).clamp(0.01, 0.99);
    (a - z * (a * (1.0 - a) / (n + m + 1.0)).sqrt()).clamp(0.01, 0.99)
}
