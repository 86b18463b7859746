//! The common dates trait (being written).
