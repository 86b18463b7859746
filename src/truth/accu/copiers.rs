//! Step 4: copiers against all others.

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
