//! English cues (being written).
