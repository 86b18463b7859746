//! What claims are about: victims and incidents, named across languages.

use serde::{Deserialize, Serialize};

use crate::text::fold;

/// An entity claims are about (the victim organisation or the incident),
/// with a canonical name and the aliases it goes by in other languages.
///
/// Claims refer to a subject by its canonical name.
///
/// ```
/// use corroborate::Subject;
///
/// let ministry = Subject::new("French Ministry of the Interior")
///     .with_alias("ministère de l'Intérieur")
///     .with_alias("フランス内務省")
///     .with_alias("Place Beauvau");
/// assert!(ministry.is_named("Ministère de l\u{2019}intérieur"));
/// assert!(ministry.is_named("フランス内務省"));
/// assert!(!ministry.is_named("Jaguar Land Rover"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Subject {
    name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
}

impl Subject {
    /// A subject with its canonical name.
    pub fn new(name: impl Into<String>) -> Subject {
        Subject {
            name: name.into(),
            aliases: Vec::new(),
        }
    }

    /// Adds another name it goes by.
    pub fn with_alias(mut self, alias: impl Into<String>) -> Subject {
        self.aliases.push(alias.into());
        self
    }

    /// The canonical name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The other names, in the order given.
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// Whether `name` is the canonical name or an alias, compared after
    /// NFKC normalisation, case folding, apostrophe and white-space folding.
    pub fn is_named(&self, name: &str) -> bool {
        let wanted = fold(name);
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|n| fold(n) == wanted)
    }
}
