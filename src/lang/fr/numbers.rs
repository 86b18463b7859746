//! French numbers (being written).
