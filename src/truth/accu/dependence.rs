//! Step 1: which pairs of sources depend on each other. Only pairs that
//! share enough objects are tested, found in one pass over the objects.

use super::{AccuCopy, State};
use crate::hash::FxHashMap;
use crate::truth::Dataset;
use crate::truth::similarity::Classes;

/// Up to this many sources, pair tables are dense matrices; beyond, maps.
const DENSE_SOURCES: usize = 2048;

/// Source pairs worth comparing, with their shared-object counts.
pub(super) struct Pairs {
    dense: Option<Vec<u32>>,
    map: FxHashMap<u64, u32>,
    n_src: usize,
    pub(super) pairs: Vec<(u32, u32)>,
    pub(super) shared: Vec<f64>,
    /// Per pair, the mean over its shared objects of `1/n`, `n` the
    /// object's false values for the copy test.
    pub(super) mean_inv_false: Vec<f64>,
}

impl Pairs {
    pub(super) fn key(a: u32, b: u32) -> u64 {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        (u64::from(a) << 32) | u64::from(b)
    }

    #[inline]
    pub(super) fn index(&self, a: u32, b: u32) -> Option<usize> {
        match &self.dense {
            Some(d) => {
                let (a, b) = if a < b { (a, b) } else { (b, a) };
                let i = d[a as usize * self.n_src + b as usize];
                (i != u32::MAX).then_some(i as usize)
            }
            None => self.map.get(&Pairs::key(a, b)).map(|&i| i as usize),
        }
    }
}

pub(super) fn find_pairs(
    data: &Dataset,
    cl: &Classes,
    min_shared: usize,
    copy_false: &[f64],
) -> Pairs {
    let n_src = data.num_sources();
    let mut members: Vec<u32> = Vec::new();
    // Every pair of claimants of every object, with the object.
    let mut each_object_pair = |f: &mut dyn FnMut(usize, u32, u32)| {
        for o in 0..data.num_objects() {
            members.clear();
            for k in cl.classes(o) {
                members.extend_from_slice(cl.claimants(k));
            }
            for i in 0..members.len() {
                for j in i + 1..members.len() {
                    f(o, members[i], members[j]);
                }
            }
        }
    };
    let mut found: Vec<(u32, u32, u32)> = Vec::new();
    if n_src <= DENSE_SOURCES {
        let mut count = vec![0u32; n_src * n_src];
        each_object_pair(&mut |_, a, b| {
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            count[a as usize * n_src + b as usize] += 1;
        });
        for a in 0..n_src {
            for b in a + 1..n_src {
                let n = count[a * n_src + b];
                if n as usize >= min_shared.max(1) {
                    found.push((a as u32, b as u32, n));
                }
            }
        }
    } else {
        let mut count: FxHashMap<u64, u32> = FxHashMap::default();
        each_object_pair(&mut |_, a, b| *count.entry(Pairs::key(a, b)).or_insert(0) += 1);
        found.extend(
            count
                .into_iter()
                .filter(|&(_, n)| n as usize >= min_shared.max(1))
                .map(|(k, n)| ((k >> 32) as u32, k as u32, n)),
        );
        // The map's order must not leak.
        found.sort_unstable();
    }
    let mut pairs = Pairs {
        dense: (n_src <= DENSE_SOURCES).then(|| vec![u32::MAX; n_src * n_src]),
        map: FxHashMap::default(),
        n_src,
        pairs: Vec::with_capacity(found.len()),
        shared: Vec::with_capacity(found.len()),
        mean_inv_false: vec![0.0; found.len()],
    };
    for (i, &(a, b, n)) in found.iter().enumerate() {
        match &mut pairs.dense {
            Some(d) => d[a as usize * n_src + b as usize] = i as u32,
            None => {
                pairs.map.insert(Pairs::key(a, b), i as u32);
            }
        }
        pairs.pairs.push((a, b));
        pairs.shared.push(f64::from(n));
    }
    if !pairs.pairs.is_empty() {
        // One more pass over the objects for the pairs kept.
        let mut inv_sum = vec![0.0; pairs.pairs.len()];
        each_object_pair(&mut |o, a, b| {
            if let Some(p) = pairs.index(a, b) {
                inv_sum[p] += 1.0 / copy_false[o];
            }
        });
        for p in 0..pairs.pairs.len() {
            pairs.mean_inv_false[p] = inv_sum[p] / pairs.shared[p];
        }
    }
    pairs
}

/// The pairs of sources tested and, per pair, how likely it is dependent.
pub(super) struct Dependence {
    pub(super) pairs: Pairs,
    /// Per pair, the probability that its sources are dependent.
    pub(super) dependence: Vec<f64>,
    same_true: Vec<f64>,
    same_false: Vec<f64>,
    /// Per pair, Σ (1 - P(v))/n over the values it shares.
    same_false_inv: Vec<f64>,
}

impl Dependence {
    pub(super) fn new(
        config: &AccuCopy,
        data: &Dataset,
        cl: &Classes,
        copy_false: &[f64],
    ) -> Dependence {
        let pairs = if config.copy_detection {
            find_pairs(data, cl, config.min_shared, copy_false)
        } else {
            // No pair compared: skip counting them all to keep none.
            Pairs {
                dense: None,
                map: FxHashMap::default(),
                n_src: data.num_sources(),
                pairs: Vec::new(),
                shared: Vec::new(),
                mean_inv_false: Vec::new(),
            }
        };
        let n = pairs.pairs.len();
        Dependence {
            pairs,
            dependence: vec![0.0; n],
            same_true: vec![0.0; n],
            same_false: vec![0.0; n],
            same_false_inv: vec![0.0; n],
        }
    }
}

impl State<'_> {
    /// Step 1: the dependence of each pair, by Bayes' rule on the values
    /// it shares, from the previous round's beliefs.
    pub(super) fn test_dependence(&mut self) {
        let Dependence {
            pairs,
            dependence,
            same_true,
            same_false,
            same_false_inv,
        } = &mut self.dependence;
        if pairs.pairs.is_empty() {
            return;
        }
        let (config, cl, copy_false) = (self.config, self.cl, &self.copy_false);
        let (prob, accuracy) = (&self.votes.prob, &self.records.accuracy);
        let c = config.copy_rate;
        same_true.iter_mut().for_each(|x| *x = 0.0);
        same_false.iter_mut().for_each(|x| *x = 0.0);
        same_false_inv.iter_mut().for_each(|x| *x = 0.0);
        for k in 0..cl.num_classes() {
            let who = cl.claimants(k);
            if who.len() < 2 {
                continue;
            }
            let inv = 1.0 / copy_false[cl.object[k] as usize];
            for i in 0..who.len() {
                for j in i + 1..who.len() {
                    if let Some(p) = pairs.index(who[i], who[j]) {
                        same_true[p] += prob[k];
                        same_false[p] += 1.0 - prob[k];
                        same_false_inv[p] += (1.0 - prob[k]) * inv;
                    }
                }
            }
        }
        let log_prior = (config.prior / (1.0 - config.prior)).ln();
        for (p, &(a, b)) in pairs.pairs.iter().enumerate() {
            let (a1, a2) = (accuracy[a as usize], accuracy[b as usize]);
            let mean = (a1 + a2) / 2.0;
            let t_ind = a1 * a2;
            let wrong = (1.0 - a1) * (1.0 - a2);
            // `1/n` averaged over the false values they share, and
            // over all the objects they share.
            let inv_same = if same_false[p] > 1e-12 {
                same_false_inv[p] / same_false[p]
            } else {
                pairs.mean_inv_false[p]
            };
            let f_ind = wrong * inv_same;
            let d_ind = (1.0 - t_ind - wrong * pairs.mean_inv_false[p]).max(1e-9);
            let t_dep = mean * c + t_ind * (1.0 - c);
            let f_dep = (1.0 - mean) * c + f_ind * (1.0 - c);
            let d_dep = d_ind * (1.0 - c);
            let differ = (pairs.shared[p] - same_true[p] - same_false[p]).max(0.0);
            let odds = log_prior
                + same_true[p] * (t_dep / t_ind).ln()
                + same_false[p] * (f_dep / f_ind).ln()
                + differ * (d_dep / d_ind).ln();
            dependence[p] = 1.0 / (1.0 + (-odds).exp());
        }
    }
}
