//! Step 4: copiers against all others. A source that echoes a different
//! source on each object escapes the pairwise test of step 1; here each
//! source is tested against all the others at once, and its excess of
//! shared values is a copy rate that step 2 discounts.

use super::State;
use crate::truth::Dataset;
use crate::truth::similarity::Classes;

/// Copier detection: per source its copy rate, per claim (parallel to
/// `cl.claimants`) the chance that an independent source would share its
/// value with someone on that object.
pub(super) struct Copiers {
    pub(super) copy_rate: Vec<f64>,
    pub(super) share_chance: Vec<f64>,
    observed: Vec<f64>,
    expected: Vec<f64>,
    variance: Vec<f64>,
    shared_n: Vec<f64>,
}

impl Copiers {
    pub(super) fn new(data: &Dataset, cl: &Classes) -> Copiers {
        let n_src = data.num_sources();
        Copiers {
            copy_rate: vec![0.0f64; n_src],
            share_chance: vec![0.0; cl.claimants.len()],
            observed: vec![0.0; n_src],
            expected: vec![0.0; n_src],
            variance: vec![0.0; n_src],
            shared_n: vec![0.0; n_src],
        }
    }
}

impl State<'_> {
    /// Step 4: each source's copy rate, the lower end of the confidence
    /// interval on its excess of shared values.
    pub(super) fn detect_copiers(&mut self) {
        let Copiers {
            copy_rate,
            share_chance,
            observed,
            expected,
            variance,
            shared_n,
        } = &mut self.copiers;
        let (cl, n_false, z, m) = (self.cl, &self.n_false, self.z, self.config.smoothing);
        let prob = &self.votes.prob;
        let records = &self.records;
        let (accuracy, evidence, contested_n, prior) = (
            &records.accuracy,
            &records.evidence,
            &records.contested_n,
            &records.prior,
        );
        let (n_src, n_obj) = (copy_rate.len(), n_false.len());
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
}

/// The chance that a copier of a random other claimant of the object
/// gives class `k`: the share of the others who do.
pub(super) fn copy_share(cl: &Classes, k: usize) -> f64 {
    let range = cl.classes(cl.object[k] as usize);
    let all = cl.claim_start[range.end] - cl.claim_start[range.start];
    (cl.claimants(k).len() as f64 - 1.0) / (f64::from(all) - 1.0).max(1.0)
}

/// The chance that an independent source of accuracy `a` gives a value
/// whose vote, less the source's own, is `vote`, when the exponentials of
/// the object's other votes sum to `rest` and a wrong source picks one of
/// `n` false values: `a·P₋(v) + (1 - a)(1 - P₋(v))/n`. Votes are logs of
/// unnormalised beliefs, relative to the object's maximum.
pub(super) fn independent_chance(a: f64, vote: f64, rest: f64, n: f64) -> f64 {
    let mine = vote.exp();
    let p = if mine + rest > 0.0 && (mine + rest).is_finite() {
        mine / (mine + rest)
    } else {
        0.5
    };
    a * p + (1.0 - a) * (1.0 - p) / n.max(1.0)
}
