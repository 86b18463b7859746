//! Step 2: the votes and the beliefs `P(v)` they give.

/// Objects with more value classes than this skip the similarity boost
/// (its cost is quadratic in the classes of an object).
pub(super) const MAX_SIMILAR_CLASSES: usize = 32;
