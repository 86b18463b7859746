//! The numeric noise model and step 5: each source's relative error `σ`,
//! measured on its inexact numbers around the current best values.

/// The numeric noise model: prior relative error of a source's noisy
/// numbers, the share of wild outliers, and their density (per unit of
/// relative error).
///
/// The density is in the units of the exact hit, which weighs `A·n` for
/// `n` false figures per unit of relative error: a wild figure is "any
/// figure", one of the `n`, as a false value is in the label vote, so its
/// density is 1 (times the share of wild errors). It was 0.1, wild figures
/// spread over ten units of relative error, each ten times less likely than
/// a false label: a figure nobody else gives then cost its claimant `ln 10`
/// more than it would as a label, and two agreeing sources (a bot and the
/// one-edit editor it echoes) outweighed one careful dissenter more as
/// figures than as labels.
pub(super) const SIGMA_PRIOR: f64 = 0.1;
pub(super) const OUTLIER: f64 = 0.05;
pub(super) const OUTLIER_DENSITY: f64 = 1.0;
pub(super) const SQRT_2PI: f64 = 2.506_628_274_631_000_7;

/// A source's relative error `σ` from the sum `sq` of the squares of its
/// `n` inexact numbers, smoothed toward [`SIGMA_PRIOR`] by two
/// pseudo-claims.
pub(super) fn precision(sq: f64, n: f64) -> f64 {
    ((sq + SIGMA_PRIOR * SIGMA_PRIOR * 2.0) / (n + 2.0))
        .max(0.0)
        .sqrt()
        .max(1e-3)
}
