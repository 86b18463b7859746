//! The common numbers trait (being written).
