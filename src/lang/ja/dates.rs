//! Japanese dates (being written).
