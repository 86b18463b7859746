//! French dates (being written).
