//! Step 2: the votes and the beliefs `P(v)` they give. A claim votes with
//! its source's accuracy (its lower confidence bound, or in a two-party
//! dispute its record in disputes less the dispute, or with the
//! leave-one-out its record less the claim), discounted for dependence on
//! earlier claimants (step 1) and for copying (step 4). On numeric objects
//! the vote is a likelihood under the noise model, with the Pólya urn of
//! popular false figures.

use super::accuracy::lower_accuracy;
use super::copiers::{copy_share, independent_chance};
use super::dependence::Pairs;
use super::popularity::Urn;
use super::precision::{OUTLIER, OUTLIER_DENSITY, SQRT_2PI, precision};
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
        let (config, cl) = (self.config, self.cl);
        let n_obj = self.n_false.len();
        let (records, disputes, sigmas) = (&self.records, &self.disputes, &self.precision);
        let ballot = Ballot {
            it,
            config,
            cl,
            n_false: &self.n_false,
            copy_false: &self.copy_false,
            z: self.z,
            pairs: &self.dependence.pairs,
            dependence: &self.dependence.dependence,
            prob: &self.votes.prob,
            prev_vote: &self.votes.prev_vote,
            prev_sum: &self.votes.prev_sum,
            prev_own_vote: &self.votes.prev_own_vote,
            accuracy: &records.accuracy,
            vote_accuracy: &records.vote_accuracy,
            vote_upper: &records.vote_upper,
            evidence: &records.evidence,
            contested_n: &records.contested_n,
            prior: &records.prior,
            dispute_sum: &records.dispute_sum,
            dispute_n: &records.dispute_n,
            dispute_pair: &disputes.dispute_pair,
            dispute_sources: &disputes.dispute_sources,
            pair_sum: &disputes.pair_sum,
            pair_n: &disputes.pair_n,
            pair_sq: &disputes.pair_sq,
            pair_sq_n: &disputes.pair_sq_n,
            copy_rate: &self.copiers.copy_rate,
            share_chance: &self.copiers.share_chance,
            sigma: &sigmas.sigma,
            sigma_sq: &sigmas.sigma_sq,
            sigma_n: &sigmas.sigma_n,
            sigma_counted: &sigmas.sigma_counted,
            class_sq: &sigmas.class_sq,
        };
        let (copy_rate, accuracy, n_false) = (ballot.copy_rate, ballot.accuracy, ballot.n_false);
        let ordered = &mut self.votes.ordered;
        let numeric_claims = &mut self.votes.numeric_claims;
        // As slices, whose bounds the loops below need not reload.
        let (vote, own_vote, claim_independence): (&mut [f64], &mut [f64], &mut [f64]) = (
            &mut self.votes.vote,
            &mut self.votes.own_vote,
            &mut self.votes.claim_independence,
        );
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
                    let independence = ballot.independence(o, k, s, claim, &ordered[..i]);
                    let a = ballot.accuracy(o, k, s);
                    own_vote[claim] = independence * (n_false[o] * a / (1.0 - a)).ln();
                    total += own_vote[claim];
                    claim_independence[claim] = independence;
                    if model {
                        // A repeat votes with the accuracy of its
                        // interval nearest its neutral point (step 2).
                        let a = if urn.popular && earlier > 0.0 {
                            (earlier / (urn.beta + 2.0 * earlier))
                                .clamp(a, ballot.vote_upper[s as usize].max(a))
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
                for k in cl.classes(o) {
                    vote[k] = ballot.likelihood(o, k, numeric_claims, urn);
                }
            }
        }
        self.beliefs();
    }

    /// The end of step 2: similar values' support, the votes kept for the
    /// next round, and `P(v)`.
    fn beliefs(&mut self) {
        let (config, cl) = (self.config, self.cl);
        let n_obj = self.n_false.len();
        let Votes {
            vote,
            prob,
            similar,
            prev_vote,
            prev_sum,
            own_vote,
            prev_own_vote,
            ..
        } = &mut self.votes;
        if !similar.is_empty() {
            let base = vote.clone();
            for &(a, b, s) in &*similar {
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
        std::mem::swap(prev_own_vote, own_vote);
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
    }
}

/// What the votes of step 2 read of the other steps' estimates, as slices
/// (whose bounds the loops need not reload), with the rules that pick
/// from them what each claim votes with.
struct Ballot<'s> {
    it: usize,
    config: &'s AccuCopy,
    cl: &'s Classes,
    n_false: &'s [f64],
    copy_false: &'s [f64],
    z: f64,
    pairs: &'s Pairs,
    dependence: &'s [f64],
    prob: &'s [f64],
    prev_vote: &'s [f64],
    prev_sum: &'s [f64],
    prev_own_vote: &'s [f64],
    accuracy: &'s [f64],
    vote_accuracy: &'s [f64],
    vote_upper: &'s [f64],
    evidence: &'s [f64],
    contested_n: &'s [f64],
    prior: &'s [f64],
    dispute_sum: &'s [f64],
    dispute_n: &'s [f64],
    dispute_pair: &'s [u32],
    dispute_sources: &'s [(u32, u32)],
    pair_sum: &'s [[f64; 2]],
    pair_n: &'s [[f64; 2]],
    pair_sq: &'s [[f64; 2]],
    pair_sq_n: &'s [[f64; 2]],
    copy_rate: &'s [f64],
    share_chance: &'s [f64],
    sigma: &'s [f64],
    sigma_sq: &'s [f64],
    sigma_n: &'s [f64],
    sigma_counted: &'s [bool],
    class_sq: &'s [f64],
}

impl Ballot<'_> {
    /// The independence of the claim `claim` of source `s` on class `k` of
    /// object `o` from the claimants of its value before it (`earlier`):
    /// `Π (1 - c·P(dependent on an earlier one))` (step 1), and, unless it
    /// is the first, `1 - P(copied | shared)` (step 4).
    #[inline]
    fn independence(
        &self,
        o: usize,
        k: usize,
        s: u32,
        claim: usize,
        earlier: &[(u32, usize)],
    ) -> f64 {
        let (it, cl, c) = (self.it, self.cl, self.config.copy_rate);
        let pairs = self.pairs;
        let mut independence = 1.0;
        if !pairs.pairs.is_empty() {
            for &(earlier, _) in earlier {
                if let Some(p) = pairs.index(s, earlier) {
                    independence *= 1.0 - c * self.dependence[p];
                }
            }
        }
        let rate = self.copy_rate[s as usize];
        if !earlier.is_empty() && rate > 0.0 {
            let (prev_vote, prev_own_vote, prev_sum) =
                (self.prev_vote, self.prev_own_vote, self.prev_sum);
            // P(copied | shared) by Bayes' rule (step 4).
            let copied = if it > 1 {
                let q_copy = copy_share(cl, k);
                let q_ind = independent_chance(
                    self.accuracy[s as usize],
                    prev_vote[k] - prev_own_vote[claim],
                    (prev_sum[o] - prev_vote[k].exp()).max(0.0),
                    self.copy_false[o],
                );
                rate * q_copy / (rate * q_copy + (1.0 - rate) * q_ind)
            } else {
                rate / (rate + (1.0 - rate) * self.share_chance[claim])
            };
            independence *= 1.0 - copied;
        }
        independence
    }

    /// The accuracy source `s` votes with for class `k` of object `o`.
    #[inline]
    fn accuracy(&self, o: usize, k: usize, s: u32) -> f64 {
        let (it, cl, m, z) = (self.it, self.cl, self.config.smoothing, self.z);
        let (prior, prob) = (self.prior, self.prob);
        // Step 2's records: in a two-party dispute, the
        // source's record in disputes less its two-party
        // disputes with the other party; elsewhere, with
        // the leave-one-out, its record less this claim.
        let p = self.dispute_pair[o];
        if it > 0 && p != u32::MAX {
            let side = usize::from(self.dispute_sources[p as usize].1 == s);
            let (p, s) = (p as usize, s as usize);
            lower_accuracy(
                self.dispute_sum[s] - self.pair_sum[p][side],
                self.dispute_n[s] - self.pair_n[p][side],
                prior[s],
                m,
                z,
            )
        } else if it > 0 && self.config.leave_one_out && cl.contested[k] {
            let s = s as usize;
            lower_accuracy(
                self.evidence[s] - prob[k],
                self.contested_n[s] - 1.0,
                prior[s],
                m,
                z,
            )
        } else {
            self.vote_accuracy[s as usize]
        }
    }

    /// The relative error `σ` source `s` reads with on object `o`, where it
    /// claims class `j`: as its accuracy, in a two-party dispute without
    /// its two-party disputes with the other party, and with the
    /// leave-one-out without this claim.
    #[inline]
    fn sigma(&self, o: usize, j: usize, s: u32) -> f64 {
        let p = self.dispute_pair[o];
        let (out_sq, out_n) = if self.it == 0 {
            (0.0, 0.0)
        } else if p != u32::MAX {
            let side = usize::from(self.dispute_sources[p as usize].1 == s);
            (
                self.pair_sq[p as usize][side],
                self.pair_sq_n[p as usize][side],
            )
        } else if self.config.leave_one_out && self.sigma_counted[j] {
            (self.class_sq[j], 1.0)
        } else {
            (0.0, 0.0)
        };
        if out_n > 0.0 {
            let s = s as usize;
            precision(self.sigma_sq[s] - out_sq, self.sigma_n[s] - out_n)
        } else {
            self.sigma[s as usize]
        }
    }

    /// The vote for class `k` of numeric object `o` under the noise model,
    /// from the object's claims as (class, source, independence, accuracy).
    ///
    /// Each claim is either the exact figure (with the
    /// source's accuracy) or a noisy reading of it, relative
    /// error ~ N(0, σ_s), with a small outlier floor. The
    /// vote for a value is the log-likelihood of all claims
    /// if it is the truth: an exact hit weighs like a density
    /// of `numeric_false_values`, and near readings from
    /// precise sources count for the value they surround.
    #[inline]
    fn likelihood(&self, o: usize, k: usize, claims: &[(usize, u32, f64, f64)], urn: Urn) -> f64 {
        let (cl, n_false) = (self.cl, self.n_false);
        let (popular, beta) = (urn.popular, urn.beta);
        let v = cl.number[k];
        let scale = v.abs().max(1e-9);
        let mut total = 0.0;
        // With popularity: the wrong claims seen so far,
        // and those at the figure of class `class`.
        let (mut wrong, mut at_figure, mut class) = (0.0, 0.0, usize::MAX);
        for &(j, s, independence, a) in claims {
            let sd = self.sigma(o, j, s);
            let r = (cl.number[j] - v) / scale;
            // The density of a noisy or wild reading of `v`.
            let fresh = (1.0 - OUTLIER) * (-0.5 * (r / sd).powi(2)).exp() / (sd * SQRT_2PI)
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
                let t = (1.0 - a) * (beta * fresh + n_false[o] * at_figure) / (beta + wrong);
                at_figure += independence;
                wrong += independence;
                t
            } else {
                noise
            };
            total += independence * term.ln();
        }
        total
    }
}
