//! Binomial opinions of subjective logic.

use serde::{Deserialize, Serialize};

/// The non-informative prior weight `W` of subjective logic: an opinion
/// built from `r` pieces of evidence for and `s` against has uncertainty
/// `W / (r + s + W)`.
pub const DEFAULT_PRIOR_WEIGHT: f64 = 2.0;

/// A binomial opinion of subjective logic about one proposition ("the
/// best-supported value is true"): belief, disbelief and uncertainty that
/// sum to 1, and a base rate (the prior probability without evidence).
///
/// Opinions are built from evidence ([`Opinion::from_evidence`]) and
/// combined with [cumulative fusion](Opinion::cumulative) when they come
/// from independent sources and [averaging fusion](Opinion::average) when
/// they come from dependent ones.
///
/// ```
/// use corroborate::reconcile::Opinion;
///
/// let ministry = Opinion::from_evidence(4.0, 0.0, 2.0, 0.5);
/// let outlet = Opinion::from_evidence(1.92, 0.0, 2.0, 0.5);
/// // Independent evidence adds up...
/// let both = ministry.cumulative(&outlet);
/// assert!(both.belief > ministry.belief);
/// // ...dependent evidence does not.
/// let echo = ministry.average(&ministry);
/// assert!((echo.belief - ministry.belief).abs() < 1e-12);
/// assert!((ministry.projected() - (ministry.belief + 0.5 * ministry.uncertainty)).abs() < 1e-12);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opinion {
    /// Belief that the proposition is true, in `[0, 1]`.
    pub belief: f64,
    /// Belief that it is false, in `[0, 1]`.
    pub disbelief: f64,
    /// Uncommitted mass, in `[0, 1]`.
    pub uncertainty: f64,
    /// The prior probability, in `[0, 1]`.
    pub base_rate: f64,
}

impl Opinion {
    /// The vacuous opinion: no evidence, full uncertainty.
    pub fn vacuous(base_rate: f64) -> Opinion {
        Opinion {
            belief: 0.0,
            disbelief: 0.0,
            uncertainty: 1.0,
            base_rate: clamp01(base_rate),
        }
    }

    /// The opinion held after `r` pieces of evidence for and `s` against,
    /// with the prior weight `w` (2 is the usual non-informative value):
    /// `b = r / (r + s + w)`, `d = s / (r + s + w)`, `u = w / (r + s + w)`.
    ///
    /// Negative or non-finite evidence counts as none, and a non-positive
    /// or non-finite `w` as [`DEFAULT_PRIOR_WEIGHT`], so the result is
    /// always a valid opinion.
    pub fn from_evidence(r: f64, s: f64, w: f64, base_rate: f64) -> Opinion {
        let r = if r.is_finite() && r > 0.0 { r } else { 0.0 };
        let s = if s.is_finite() && s > 0.0 { s } else { 0.0 };
        let w = if w.is_finite() && w > 0.0 {
            w
        } else {
            DEFAULT_PRIOR_WEIGHT
        };
        // Scale down astronomic evidence so that the sum stays finite; the
        // ratios are what matter.
        let scale = if (r + s + w).is_finite() {
            1.0
        } else {
            r.max(s)
        };
        let (r, s, w) = (r / scale, s / scale, w / scale);
        let total = r + s + w;
        Opinion {
            belief: r / total,
            disbelief: s / total,
            uncertainty: w / total,
            base_rate: clamp01(base_rate),
        }
    }

    /// The probability the opinion projects: `belief + base_rate *
    /// uncertainty`.
    pub fn projected(&self) -> f64 {
        clamp01(self.belief + self.base_rate * self.uncertainty)
    }

    /// Cumulative fusion, for opinions from independent sources: their
    /// evidence adds up and uncertainty shrinks.
    pub fn cumulative(&self, other: &Opinion) -> Opinion {
        let (u1, u2) = (self.uncertainty, other.uncertainty);
        let base_rate = (self.base_rate + other.base_rate) / 2.0;
        if u1 == 0.0 && u2 == 0.0 {
            // Two dogmatic opinions: the limit is their mean.
            return self.mean(other);
        }
        let k = u1 + u2 - u1 * u2;
        Opinion {
            belief: clamp01((self.belief * u2 + other.belief * u1) / k),
            disbelief: clamp01((self.disbelief * u2 + other.disbelief * u1) / k),
            uncertainty: clamp01(u1 * u2 / k),
            base_rate,
        }
    }

    /// Averaging fusion, for opinions from dependent sources (an outlet and
    /// its copies): the fused opinion is as certain as its parts on
    /// average, so ten echoes weigh as one.
    pub fn average(&self, other: &Opinion) -> Opinion {
        let (u1, u2) = (self.uncertainty, other.uncertainty);
        if u1 == 0.0 && u2 == 0.0 {
            return self.mean(other);
        }
        let k = u1 + u2;
        Opinion {
            belief: clamp01((self.belief * u2 + other.belief * u1) / k),
            disbelief: clamp01((self.disbelief * u2 + other.disbelief * u1) / k),
            uncertainty: clamp01(2.0 * u1 * u2 / k),
            base_rate: (self.base_rate + other.base_rate) / 2.0,
        }
    }

    /// The degree of conflict between two opinions, in `[0, 1]`: the
    /// difference of their projected probabilities times how committed
    /// both are, `|P1 - P2| * (1 - u1) * (1 - u2)`.
    pub fn conflict(&self, other: &Opinion) -> f64 {
        let pd = (self.projected() - other.projected()).abs();
        clamp01(pd * (1.0 - self.uncertainty) * (1.0 - other.uncertainty))
    }

    fn mean(&self, other: &Opinion) -> Opinion {
        Opinion {
            belief: (self.belief + other.belief) / 2.0,
            disbelief: (self.disbelief + other.disbelief) / 2.0,
            uncertainty: 0.0,
            base_rate: (self.base_rate + other.base_rate) / 2.0,
        }
    }
}

/// Clamps into `[0, 1]`, mapping NaN to 0 so that scores stay finite.
pub(crate) fn clamp01(x: f64) -> f64 {
    if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn fusion_matches_evidence_arithmetic() {
        // Cumulative fusion adds evidence, averaging fusion averages it.
        let a = Opinion::from_evidence(3.0, 1.0, 2.0, 0.5);
        let b = Opinion::from_evidence(1.0, 2.0, 2.0, 0.5);
        let sum = Opinion::from_evidence(4.0, 3.0, 2.0, 0.5);
        let mean = Opinion::from_evidence(2.0, 1.5, 2.0, 0.5);
        let c = a.cumulative(&b);
        let m = a.average(&b);
        for (got, want) in [(c, sum), (m, mean)] {
            assert!(close(got.belief, want.belief), "{got:?} {want:?}");
            assert!(close(got.disbelief, want.disbelief));
            assert!(close(got.uncertainty, want.uncertainty));
        }
    }

    #[test]
    fn bad_evidence_gives_a_valid_opinion() {
        for (r, s, w) in [
            (f64::NAN, 1.0, 2.0),
            (-1.0, 1.0, 2.0),
            (1.0, 1.0, 0.0),
            (f64::MAX, f64::MAX, 2.0),
            (f64::INFINITY, 0.0, 2.0),
        ] {
            let o = Opinion::from_evidence(r, s, w, 0.5);
            let total = o.belief + o.disbelief + o.uncertainty;
            assert!(o.belief.is_finite() && o.disbelief.is_finite(), "{o:?}");
            assert!((0.0..=1.0 + 1e-9).contains(&total), "{r} {s} {w}: {o:?}");
        }
    }

    #[test]
    fn conflict_is_high_only_between_committed_opposites() {
        let yes = Opinion::from_evidence(50.0, 0.0, 2.0, 0.5);
        let no = Opinion::from_evidence(0.0, 50.0, 2.0, 0.5);
        let vacuous = Opinion::vacuous(0.5);
        assert!(yes.conflict(&no) > 0.85);
        assert!(close(yes.conflict(&vacuous), 0.0));
        assert!(close(yes.conflict(&yes), 0.0));
    }
}
