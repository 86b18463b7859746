//! English numbers (being written).
