//! The common cues trait (being written).
