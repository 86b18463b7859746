//! The popularity of false figures (step 2): how often two wrong claims
//! on a numeric object coincide, estimated from the beliefs each round.

use super::{AccuCopy, State};

/// Pseudo-pairs of wrong claims, coinciding at the uniform chance `1/n`,
/// that smooth the estimate of the popularity of false figures (step 2),
/// and the largest chance of coinciding it may take: above one half every
/// fresh wrong figure would cost more than a repeated one.
const POPULARITY_PSEUDO_PAIRS: f64 = 2.0;
const POPULARITY_MAX: f64 = 0.5;

/// Popularity of false figures (step 2): γ, the chance that two wrong
/// claims on a numeric object coincide, from the uniform `1/n`.
pub(super) struct Popularity {
    uniform_coincidence: f64,
    /// 0 until the data show wrong figures coinciding beyond chance.
    coincidence: f64,
}

/// The Pólya urn of wrong claims that step 2 draws from this round.
#[derive(Clone, Copy)]
pub(super) struct Urn {
    /// Whether wrong figures are popular at all.
    pub(super) popular: bool,
    /// The urn's concentration `β`.
    pub(super) beta: f64,
}

impl Popularity {
    pub(super) fn new(config: &AccuCopy) -> Popularity {
        let uniform_coincidence = 1.0
            / config
                .false_values
                .unwrap_or(config.numeric_false_values)
                .max(1.0);
        Popularity {
            uniform_coincidence,
            coincidence: 0.0,
        }
    }

    /// The urn's concentration: γ = 1/(1 + β); without popularity (γ = 0)
    /// the noise model as it was.
    pub(super) fn urn(&self, on: bool) -> Urn {
        let coincidence = self.coincidence;
        let popular = on && coincidence > 0.0;
        let beta = if popular {
            (1.0 - coincidence) / coincidence
        } else {
            f64::INFINITY
        };
        Urn { popular, beta }
    }
}

impl State<'_> {
    /// The popularity of false figures, by EM from these beliefs:
    /// expected equal pairs of wrong claims over expected pairs of
    /// wrong claims, on numeric objects, weighted by independence.
    pub(super) fn estimate_popularity(&mut self) {
        let (cl, z) = (self.cl, self.z);
        let (prob, claim_independence) = (&self.votes.prob, &self.votes.claim_independence);
        let uniform_coincidence = self.popularity.uniform_coincidence;
        let n_obj = cl.obj_start.len() - 1;
        let (mut equal, mut unequal) = (0.0, 0.0);
        for o in (0..n_obj).filter(|&o| cl.numeric[o]) {
            // Σ w, Σ w·P, Σ w², Σ w²·P over classes (w: a class's
            // summed independence).
            let (mut all, mut all_p, mut sq, mut sq_p) = (0.0, 0.0, 0.0, 0.0);
            for k in cl.classes(o) {
                let start = cl.claim_start[k] as usize;
                let w = &claim_independence[start..start + cl.claimants(k).len()];
                let c: f64 = w.iter().sum();
                let c_sq: f64 = w.iter().map(|x| x * x).sum();
                equal += (c * c - c_sq) / 2.0 * (1.0 - prob[k]);
                all += c;
                all_p += c * prob[k];
                sq += c * c;
                sq_p += c * c * prob[k];
            }
            // Σ over pairs of classes k < l of w_k·w_l·(1 - P_k - P_l).
            unequal += ((all * all - sq) / 2.0 - all * all_p + sq_p).max(0.0);
        }
        // At the lower end of its confidence interval, as the copy
        // rate of step 4: wrong figures that coincide no more often
        // than chance explains leave the noise model as it is.
        let pairs = equal + unequal + POPULARITY_PSEUDO_PAIRS;
        let rate = (equal + POPULARITY_PSEUDO_PAIRS * uniform_coincidence) / pairs;
        self.popularity.coincidence =
            (rate - z * (rate * (1.0 - rate) / pairs).sqrt()).clamp(0.0, POPULARITY_MAX);
    }
}
