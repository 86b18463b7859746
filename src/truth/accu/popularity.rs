//! The popularity of false figures (step 2): how often two wrong claims
//! on a numeric object coincide, estimated from the beliefs each round.

/// Pseudo-pairs of wrong claims, coinciding at the uniform chance `1/n`,
/// that smooth the estimate of the popularity of false figures (step 2),
/// and the largest chance of coinciding it may take: above one half every
/// fresh wrong figure would cost more than a repeated one.
pub(super) const POPULARITY_PSEUDO_PAIRS: f64 = 2.0;
pub(super) const POPULARITY_MAX: f64 = 0.5;
