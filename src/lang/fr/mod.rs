//! French: everything the crate knows about the language.

pub(crate) mod cues;
pub(crate) mod dates;
pub(crate) mod numbers;
