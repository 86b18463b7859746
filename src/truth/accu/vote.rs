//! Step 2: the votes and the beliefs `P(v)` they give. A claim votes with
//! its source's accuracy (its lower confidence bound, or in a two-party
//! dispute its record in disputes less the dispute, or with the
//! leave-one-out its record less the claim), discounted for dependence on
//! earlier claimants (step 1) and for copying (step 4). On numeric objects
//! the vote is a likelihood under the noise model, with the Pólya urn of
//! popular false figures.

use super::accuracy::{Records, lower_accuracy};
use super::copiers::{Copiers, copy_share, independent_chance};
use super::dependence::Dependence;
use super::disputes::TwoPartyDisputes;
use super::precision::{OUTLIER, OUTLIER_DENSITY, Precision, SQRT_2PI, precision};
use super::{AccuCopy, State};
use crate::truth::similarity::Classes;

/// Objects with more value classes than this skip the similarity boost
/// (its cost is quadratic in the classes of an object).
const MAX_SIMILAR_CLASSES: usize = 32;

/// The votes and beliefs of each class, and what the next round keeps of
/// them.
pub(super) struct Votes {
    /// Per class, its vote this round.
    pub(super) vote: Vec<f64>,
    /// Per class, `P(v)`: the softmax of the votes.
    pub(super) prob: Vec<f64>,
    /// Similar classes per object: (class, other class, similarity).
    similar: Vec<(u32, u32, f64)>,
    /// The previous round's votes (less each object's maximum) and, per
    /// claim, the claimant's own share of them: for P₋(v) (step 4).
    prev_vote: Vec<f64>,
    /// Per object, the sum of the exponentials of `prev_vote`.
    prev_sum: Vec<f64>,
    own_vote: Vec<f64>,
    prev_own_vote: Vec<f64>,
    /// Per claim, its independence in the last vote.
    pub(super) claim_independence: Vec<f64>,
    /// Claimants of one value, as (source, claim index into `cl.claimants`).
    ordered: Vec<(u32, usize)>,
    /// The claims of a numeric object, as (class, source, independence,
    /// accuracy).
    numeric_claims: Vec<(usize, u32, f64, f64)>,
}

impl Votes {
    pub(super) fn new(config: &AccuCopy, cl: &Classes) -> Votes {
        let n_obj = cl.obj_start.len() - 1;
        // Similar classes per object: (class, other class, similarity).
        let mut similar: Vec<(u32, u32, f64)> = Vec::new();
        if config.rho != 0.0 {
            for o in 0..n_obj {
                let range = cl.classes(o);
                // The numeric model already lets near numbers support each
                // other.
                if range.len() < 2
                    || range.len() > MAX_SIMILAR_CLASSES
                    || config.numeric_model && cl.numeric[o]
                {
                    continue;
                }
                for a in range.clone() {
                    for b in range.clone() {
                        if a != b {
                            let s = config
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
        Votes {
            vote: vec![0.0; cl.num_classes()],
            prob: vec![0.0; cl.num_classes()],
            similar,
            prev_vote: vec![0.0f64; cl.num_classes()],
            prev_sum: vec![0.0f64; n_obj],
            own_vote: vec![0.0f64; cl.claimants.len()],
            prev_own_vote: vec![0.0f64; cl.claimants.len()],
            claim_independence: vec![1.0f64; cl.claimants.len()],
            ordered: Vec::new(),
            numeric_claims: Vec::new(),
        }
    }
}

impl State<'_> {
    /// Step 2: every class's vote, then `P(v)`.
    pub(super) fn vote(&mut self, it: usize) {
        let urn = self.popularity.urn(self.config.popularity);
        let (popular, beta) = (urn.popular, urn.beta);
        let State {
            config,
            cl,
            n_false,
            copy_false,
            z,
            dependence,
            votes,
            records,
            disputes,
            copiers,
            precision: sigmas,
            ..
        } = self;
        let (config, cl, z) = (*config, *cl, *z);
        let (c, m) = (config.copy_rate, config.smoothing);
        let n_obj = n_false.len();
        let Dependence {
            pairs, dependence, ..
        } = dependence;
        let Votes {
            vote,
            prob,
            similar,
            prev_vote,
            prev_sum,
            own_vote,
            prev_own_vote,
            claim_independence,
            ordered,
            numeric_claims,
        } = votes;
        let Records {
            accuracy,
            vote_accuracy,
            vote_upper,
            evidence,
            contested_n,
            prior,
            dispute_sum,
            dispute_n,
            ..
        } = records;
        let TwoPartyDisputes {
            dispute_pair,
            dispute_sources,
            pair_sum,
            pair_n,
            pair_sq,
            pair_sq_n,
        } = disputes;
        let Copiers {
            copy_rate,
            share_chance,
            ..
        } = copiers;
        let Precision {
            sigma,
            sigma_sq,
            sigma_n,
            sigma_counted,
            class_sq,
            ..
        } = sigmas;
        // As slices, whose bounds the loops below need not reload.
        let vote: &mut [f64] = vote;
        let prob: &mut [f64] = prob;
        let prev_vote: &mut [f64] = prev_vote;
        let prev_sum: &mut [f64] = prev_sum;
        let own_vote: &mut [f64] = own_vote;
        let claim_independence: &mut [f64] = claim_independence;
        let similar: &[(u32, u32, f64)] = similar;
        let prev_own_vote: &[f64] = prev_own_vote;
        let n_false: &[f64] = n_false;
        let copy_false: &[f64] = copy_false;
        let dependence: &[f64] = dependence;
        let accuracy: &[f64] = accuracy;
        let vote_accuracy: &[f64] = vote_accuracy;
        let vote_upper: &[f64] = vote_upper;
        let evidence: &[f64] = evidence;
        let contested_n: &[f64] = contested_n;
        let prior: &[f64] = prior;
        let dispute_sum: &[f64] = dispute_sum;
        let dispute_n: &[f64] = dispute_n;
        let dispute_pair: &[u32] = dispute_pair;
        let dispute_sources: &[(u32, u32)] = dispute_sources;
        let pair_sum: &[[f64; 2]] = pair_sum;
        let pair_n: &[[f64; 2]] = pair_n;
        let pair_sq: &[[f64; 2]] = pair_sq;
        let pair_sq_n: &[[f64; 2]] = pair_sq_n;
        let copy_rate: &[f64] = copy_rate;
        let share_chance: &[f64] = share_chance;
        let sigma: &[f64] = sigma;
        let sigma_sq: &[f64] = sigma_sq;
        let sigma_n: &[f64] = sigma_n;
        let sigma_counted: &[bool] = sigma_counted;
        let class_sq: &[f64] = class_sq;
        for o in 0..n_obj {
            let model = config.numeric_model && cl.numeric[o];
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
                            let q_copy = copy_share(cl, k);
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
                    } else if it > 0 && config.leave_one_out && cl.contested[k] {
                        let s = s as usize;
                        lower_accuracy(evidence[s] - prob[k], contested_n[s] - 1.0, prior[s], m, z)
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
                    for &(j, s, independence, a) in numeric_claims.iter() {
                        let p = dispute_pair[o];
                        let (out_sq, out_n) = if it == 0 {
                            (0.0, 0.0)
                        } else if p != u32::MAX {
                            let side = usize::from(dispute_sources[p as usize].1 == s);
                            (pair_sq[p as usize][side], pair_sq_n[p as usize][side])
                        } else if config.leave_one_out && sigma_counted[j] {
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
            let base = vote.to_vec();
            for &(a, b, s) in similar.iter() {
                vote[a as usize] += config.rho * s * base[b as usize];
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
        // Each claim's own vote, kept for the next round's P₋(v).
        std::mem::swap(&mut self.votes.prev_own_vote, &mut self.votes.own_vote);
    }
}
