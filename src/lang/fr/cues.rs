//! French cues (being written).
