//! The numeric noise model and step 5: each source's relative error `σ`,
//! measured on its inexact numbers around the current best values.

use super::State;
use crate::truth::Dataset;
use crate::truth::crh::best_class;
use crate::truth::similarity::Classes;

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

/// Each source's precision and what it is measured on.
pub(super) struct Precision {
    /// Per source, its relative error `σ`.
    pub(super) sigma: Vec<f64>,
    /// Behind `sigma`, per source the sum of the squared relative errors
    /// of its inexact numbers and their count; per class whether it
    /// counts in its claimants' `σ`, and its squared error.
    pub(super) sigma_sq: Vec<f64>,
    pub(super) sigma_n: Vec<f64>,
    pub(super) sigma_counted: Vec<bool>,
    pub(super) class_sq: Vec<f64>,
    /// Per object, its current best class.
    best: Vec<u32>,
}

impl Precision {
    pub(super) fn new(data: &Dataset, cl: &Classes) -> Precision {
        let n_src = data.num_sources();
        Precision {
            sigma: vec![SIGMA_PRIOR; n_src],
            sigma_sq: vec![0.0; n_src],
            sigma_n: vec![0.0; n_src],
            sigma_counted: vec![false; cl.num_classes()],
            class_sq: vec![0.0; cl.num_classes()],
            best: vec![0u32; data.num_objects()],
        }
    }
}

impl State<'_> {
    /// Step 5: `σ` of each source, and the two-party records' part.
    pub(super) fn estimate_precision(&mut self) {
        let Precision {
            sigma,
            sigma_sq,
            sigma_n,
            sigma_counted,
            class_sq,
            best,
        } = &mut self.precision;
        let (data, cl, prob) = (self.data, self.cl, &self.votes.prob);
        let n_obj = best.len();
        // Only numeric objects have a relative error to measure.
        for o in (0..n_obj).filter(|&o| cl.numeric[o]) {
            best[o] = best_class(data, cl, cl.classes(o), prob) as u32;
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
        self.tally_dispute_errors();
    }
}

/// A source's relative error `σ` from the sum `sq` of the squares of its
/// `n` inexact numbers, smoothed toward [`SIGMA_PRIOR`] by two
/// pseudo-claims.
pub(super) fn precision(sq: f64, n: f64) -> f64 {
    ((sq + SIGMA_PRIOR * SIGMA_PRIOR * 2.0) / (n + 2.0))
        .max(0.0)
        .sqrt()
        .max(1e-3)
}
