//! Two-party disputes: objects with two claims from two sources, two
//! values, and no third voice. Step 2 has each party vote there with its
//! record in disputes less its two-party disputes with the other; this
//! module finds them and keeps, per pair and side, what those records
//! must leave out (from steps 3 and 5).

use super::dependence::Pairs;
use super::{AccuCopy, State};
use crate::hash::FxHashMap;
use crate::truth::similarity::Classes;

/// Two-party disputes (two claims, two values), with the two-party
/// records.
pub(super) struct TwoPartyDisputes {
    /// Per object the index of its pair of sources, or `u32::MAX`.
    pub(super) dispute_pair: Vec<u32>,
    /// Per pair its sources, lower id first (side 0).
    pub(super) dispute_sources: Vec<(u32, u32)>,
    /// Per pair and side, over their two-party disputes: the summed belief
    /// of the side's claims and their count, and the squared errors that
    /// count in its `σ` and their count.
    pub(super) pair_sum: Vec<[f64; 2]>,
    pub(super) pair_n: Vec<[f64; 2]>,
    pub(super) pair_sq: Vec<[f64; 2]>,
    pub(super) pair_sq_n: Vec<[f64; 2]>,
}

impl TwoPartyDisputes {
    /// The two-party disputes of the data, none without two-party records.
    pub(super) fn find(config: &AccuCopy, cl: &Classes) -> TwoPartyDisputes {
        let n_obj = cl.obj_start.len() - 1;
        let mut dispute_pair = vec![u32::MAX; n_obj];
        let mut dispute_sources: Vec<(u32, u32)> = Vec::new();
        if config.two_party_records {
            let mut index: FxHashMap<u64, u32> = FxHashMap::default();
            for o in 0..n_obj {
                let range = cl.classes(o);
                if range.len() != 2 || cl.claim_start[range.end] - cl.claim_start[range.start] != 2
                {
                    continue;
                }
                let (a, b) = (
                    cl.claimants(range.start)[0],
                    cl.claimants(range.start + 1)[0],
                );
                if a == b {
                    continue;
                }
                let next = dispute_sources.len() as u32;
                let p = *index.entry(Pairs::key(a, b)).or_insert(next);
                if p == next {
                    dispute_sources.push((a.min(b), a.max(b)));
                }
                dispute_pair[o] = p;
            }
        }
        let n = dispute_sources.len();
        TwoPartyDisputes {
            dispute_pair,
            dispute_sources,
            pair_sum: vec![[0.0f64; 2]; n],
            pair_n: vec![[0.0f64; 2]; n],
            pair_sq: vec![[0.0f64; 2]; n],
            pair_sq_n: vec![[0.0f64; 2]; n],
        }
    }
}

impl State<'_> {
    /// Step 3's part: per pair and side, the beliefs of the side's claims
    /// in their two-party disputes.
    pub(super) fn tally_dispute_beliefs(&mut self) {
        let TwoPartyDisputes {
            dispute_pair,
            dispute_sources,
            pair_sum,
            pair_n,
            ..
        } = &mut self.disputes;
        let (cl, prob) = (self.cl, &self.votes.prob);
        pair_sum.iter_mut().for_each(|x| *x = [0.0; 2]);
        pair_n.iter_mut().for_each(|x| *x = [0.0; 2]);
        each_disputed_claim(cl, dispute_pair, dispute_sources, |p, side, k| {
            pair_sum[p][side] += prob[k];
            pair_n[p][side] += 1.0;
        });
    }

    /// Step 5's part: per pair and side, the squared errors of the side's
    /// claims in their two-party disputes that count in its `σ`.
    pub(super) fn tally_dispute_errors(&mut self) {
        let TwoPartyDisputes {
            dispute_pair,
            dispute_sources,
            pair_sq,
            pair_sq_n,
            ..
        } = &mut self.disputes;
        let cl = self.cl;
        let (sigma_counted, class_sq) = (&self.precision.sigma_counted, &self.precision.class_sq);
        pair_sq.iter_mut().for_each(|x| *x = [0.0; 2]);
        pair_sq_n.iter_mut().for_each(|x| *x = [0.0; 2]);
        each_disputed_claim(cl, dispute_pair, dispute_sources, |p, side, k| {
            if sigma_counted[k] {
                pair_sq[p][side] += class_sq[k];
                pair_sq_n[p][side] += 1.0;
            }
        });
    }
}

/// Calls `f(pair, side, class)` for each claim of each two-party dispute:
/// its pair of sources and the side of the pair that claims it.
fn each_disputed_claim(
    cl: &Classes,
    dispute_pair: &[u32],
    dispute_sources: &[(u32, u32)],
    mut f: impl FnMut(usize, usize, usize),
) {
    if dispute_sources.is_empty() {
        return;
    }
    for (o, &p) in dispute_pair.iter().enumerate() {
        if p == u32::MAX {
            continue;
        }
        let p = p as usize;
        for k in cl.classes(o) {
            f(
                p,
                usize::from(dispute_sources[p].1 == cl.claimants(k)[0]),
                k,
            );
        }
    }
}
