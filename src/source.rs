//! Where claims come from: documents and feeds.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::Error;

/// What kind of party publishes a source, or makes a claim inside one.
///
/// The same kinds serve [`Source`] (who published the document) and
/// [`Claimant`](crate::Claimant) (who speaks in it): a media article quoting
/// the minister is a `media` source carrying an `official` claimant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartyKind {
    /// The press, broadcasters, aggregators, round-ups.
    Media,
    /// The victim organisation or an authority (ministry, prosecutor,
    /// regulator, the company itself).
    Official,
    /// The attacker or its persona (a forum post, a leak site).
    Attacker,
    /// Security researchers and threat-intelligence firms.
    Researcher,
    /// Not known.
    Unknown,
}

impl PartyKind {
    /// The JSON and display name.
    pub fn as_str(self) -> &'static str {
        match self {
            PartyKind::Media => "media",
            PartyKind::Official => "official",
            PartyKind::Attacker => "attacker",
            PartyKind::Researcher => "researcher",
            PartyKind::Unknown => "unknown",
        }
    }
}

impl FromStr for PartyKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<PartyKind, Error> {
        Ok(match s {
            "media" => PartyKind::Media,
            "official" => PartyKind::Official,
            "attacker" => PartyKind::Attacker,
            "researcher" => PartyKind::Researcher,
            "unknown" => PartyKind::Unknown,
            _ => {
                return Err(Error::invalid_value(format!(
                    "expected one of `media`, `official`, `attacker`, `researcher`, \
                     `unknown`, found `{s}`"
                ))
                .with_field("kind"));
            }
        })
    }
}

impl fmt::Display for PartyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A language the crate has knowledge of, by its ISO 639-1 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Language {
    /// English, `en`.
    #[serde(rename = "en")]
    English,
    /// French, `fr`.
    #[serde(rename = "fr")]
    French,
    /// Japanese, `ja`.
    #[serde(rename = "ja")]
    Japanese,
}

impl Language {
    /// Every supported language.
    pub const ALL: &'static [Language] = &[Language::English, Language::French, Language::Japanese];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::Japanese => "ja",
        }
    }
}

impl FromStr for Language {
    type Err = Error;

    /// Accepts the ISO 639-1 code in any case, with an optional region
    /// (`fr-FR`, `ja_JP`).
    fn from_str(s: &str) -> Result<Language, Error> {
        let code = s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match code.as_str() {
            "en" => Ok(Language::English),
            "fr" => Ok(Language::French),
            "ja" => Ok(Language::Japanese),
            _ => Err(Error::invalid_value(format!(
                "expected a supported language `en`, `fr` or `ja`, found `{s}`"
            ))
            .with_field("language")),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A document or feed that claims were read from.
///
/// ```
/// use corroborate::{Language, PartyKind, Source};
///
/// let post = Source::new("forum-post", PartyKind::Attacker)
///     .with_name("BreachForums")
///     .with_language(Language::English);
/// let echo = Source::new("outlet-1", PartyKind::Media).derived_from("forum-post");
/// assert_eq!(echo.derived_from_ids(), ["forum-post"]);
/// assert_eq!(post.kind(), PartyKind::Attacker);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    kind: PartyKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<Language>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    derived_from: Vec<String>,
}

impl Source {
    /// A source with an id unique within a collection, and its kind.
    pub fn new(id: impl Into<String>, kind: PartyKind) -> Source {
        Source {
            id: id.into(),
            name: None,
            kind,
            language: None,
            published: None,
            url: None,
            derived_from: Vec::new(),
        }
    }

    /// Sets who published it.
    pub fn with_kind(mut self, kind: PartyKind) -> Source {
        self.kind = kind;
        self
    }

    /// Sets the publisher's or feed's name.
    pub fn with_name(mut self, name: impl Into<String>) -> Source {
        self.name = Some(name.into());
        self
    }

    /// Sets the language the text is written in.
    pub fn with_language(mut self, language: Language) -> Source {
        self.language = Some(language);
        self
    }

    /// Sets the publication date-time.
    pub fn with_published(mut self, published: DateTime<FixedOffset>) -> Source {
        self.published = Some(published);
        self
    }

    /// Sets the address.
    pub fn with_url(mut self, url: impl Into<String>) -> Source {
        self.url = Some(url.into());
        self
    }

    /// Adds the id of a source this one repeats, translates or cites.
    pub fn derived_from(mut self, id: impl Into<String>) -> Source {
        self.derived_from.push(id.into());
        self
    }

    /// The id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The publisher's or feed's name.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Who published it.
    pub fn kind(&self) -> PartyKind {
        self.kind
    }

    /// The language, when known.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// The publication date-time, when known.
    pub fn published(&self) -> Option<DateTime<FixedOffset>> {
        self.published
    }

    /// The address, when known.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The ids of the sources this one derives from.
    pub fn derived_from_ids(&self) -> &[String] {
        &self.derived_from
    }
}
