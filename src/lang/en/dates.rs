//! English dates (being written).
