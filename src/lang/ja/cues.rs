//! Japanese cues (being written).
