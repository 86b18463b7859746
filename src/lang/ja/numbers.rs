//! Japanese numbers (being written).
