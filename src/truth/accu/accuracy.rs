//! Step 3: each source's accuracy, from the beliefs in its contested
//! claims, smoothed toward a prior learned from sources of like volume,
//! with the confidence bounds it votes with.

use super::{AccuCopy, State};
use crate::truth::Dataset;

/// Each source's record and the accuracies drawn from it.
pub(super) struct Records {
    /// Per source, its accuracy `A_s` (the trust reported).
    pub(super) accuracy: Vec<f64>,
    /// The accuracy a source votes with: the lower confidence bound.
    pub(super) vote_accuracy: Vec<f64>,
    /// The upper confidence bound of each source's accuracy.
    pub(super) vote_upper: Vec<f64>,
    /// Per source, the summed belief of its contested claims and their count.
    pub(super) evidence: Vec<f64>,
    pub(super) contested_n: Vec<f64>,
    /// Per source, the prior its record is smoothed toward.
    pub(super) prior: Vec<f64>,
    /// Per source (with two-party records), the summed belief of its
    /// claims on disputed objects (two values or more) and their count.
    pub(super) dispute_sum: Vec<f64>,
    pub(super) dispute_n: Vec<f64>,
    /// Claim-count group of each source: ⌊log₂ claims⌋.
    group: Vec<usize>,
    group_sum: Vec<f64>,
    group_n: Vec<f64>,
}

impl Records {
    pub(super) fn new(config: &AccuCopy, data: &Dataset) -> Records {
        let n_src = data.num_sources();
        let accuracy = vec![config.initial_accuracy.clamp(0.01, 0.99); n_src];
        let group: Vec<usize> = (0..n_src)
            .map(|s| data.claim_count(s).max(1).ilog2() as usize)
            .collect();
        let n_groups = group.iter().max().map_or(0, |g| g + 1);
        Records {
            vote_accuracy: accuracy.clone(),
            vote_upper: accuracy.clone(),
            accuracy,
            evidence: vec![0.0; n_src],
            contested_n: vec![0.0; n_src],
            prior: vec![config.initial_accuracy; n_src],
            dispute_sum: vec![0.0; n_src],
            dispute_n: vec![0.0; n_src],
            group,
            group_sum: vec![0.0; n_groups],
            group_n: vec![0.0; n_groups],
        }
    }
}

impl State<'_> {
    /// Step 3: accuracy, priors by claim count and confidence bounds; and
    /// the two-party records' part.
    pub(super) fn estimate_accuracy(&mut self) {
        let Records {
            accuracy,
            vote_accuracy,
            vote_upper,
            evidence,
            contested_n,
            prior,
            dispute_sum,
            dispute_n,
            group,
            group_sum,
            group_n,
        } = &mut self.records;
        let (config, cl, prob, z) = (self.config, self.cl, &self.votes.prob, self.z);
        let m = config.smoothing;
        let n_src = accuracy.len();
        for s in 0..n_src {
            let (mut sum, mut n) = (0.0, 0.0);
            let (mut d_sum, mut d_n) = (0.0, 0.0);
            for &k in cl.claims_of(s) {
                let k = k as usize;
                if cl.contested[k] {
                    sum += prob[k];
                    n += 1.0;
                    if config.two_party_records && cl.classes(cl.object[k] as usize).len() > 1 {
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
        if config.claim_count_priors {
            group_sum.iter_mut().for_each(|x| *x = 0.0);
            group_n.iter_mut().for_each(|x| *x = 0.0);
            for s in 0..n_src {
                group_sum[group[s]] += evidence[s];
                group_n[group[s]] += contested_n[s];
            }
            for s in 0..n_src {
                let g = group[s];
                prior[s] = (group_sum[g] + config.initial_accuracy * m) / (group_n[g] + m);
            }
        }
        for s in 0..n_src {
            accuracy[s] = ((evidence[s] + prior[s] * m) / (contested_n[s] + m)).clamp(0.01, 0.99);
            vote_accuracy[s] = lower_accuracy(evidence[s], contested_n[s], prior[s], m, z);
            let a = accuracy[s];
            vote_upper[s] =
                (a + z * (a * (1.0 - a) / (contested_n[s] + m + 1.0)).sqrt()).clamp(0.01, 0.99);
        }
        self.tally_dispute_beliefs();
    }
}

/// The accuracy a source votes with, from the summed belief `sum` of its
/// `n` contested claims and its prior (`m` pseudo-claims): the lower end of
/// the confidence interval at normal quantile `z` (0: the point estimate).
pub(super) fn lower_accuracy(sum: f64, n: f64, prior: f64, m: f64, z: f64) -> f64 {
    let a = ((sum + prior * m) / (n + m)).clamp(0.01, 0.99);
    (a - z * (a * (1.0 - a) / (n + m + 1.0)).sqrt()).clamp(0.01, 0.99)
}
