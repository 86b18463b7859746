//! What a claim is about: the cyber-incident vocabulary and its extensions.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::value::is_snake_case;
use crate::{Claim, Error};

macro_rules! predicates {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        /// A claim's predicate: the built-in cyber-incident vocabulary, or a
        /// [`CustomPredicate`] of a user crate.
        ///
        /// Written in JSON in `snake_case` (`"persons_affected"`); custom
        /// predicates as `namespace:name` (`"acme:ransom_note"`).
        ///
        /// ```
        /// use corroborate::Predicate;
        ///
        /// let p: Predicate = "persons_affected".parse()?;
        /// assert_eq!(p, Predicate::PersonsAffected);
        /// let custom: Predicate = "acme:ransom_note".parse()?;
        /// assert!(custom.is_custom());
        /// // A typo is neither built in nor namespaced:
        /// assert!("persons_afected".parse::<Predicate>().is_err());
        /// # Ok::<(), corroborate::Error>(())
        /// ```
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Predicate {
            $($(#[$doc])* $variant,)*
            /// A predicate defined by a user crate.
            Custom(CustomPredicate),
        }

        impl Predicate {
            /// Every built-in predicate, in declaration order.
            pub const BUILT_IN: &'static [Predicate] = &[$(Predicate::$variant,)*];

            /// The JSON and display name.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Predicate::$variant => $name,)*
                    Predicate::Custom(c) => c.as_str(),
                }
            }

            fn built_in(name: &str) -> Option<Predicate> {
                match name {
                    $($name => Some(Predicate::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

predicates! {
    /// The attacker got into a system (yes/no).
    Intrusion => "intrusion",
    /// Data or systems were accessed without authorisation ("some files").
    UnauthorizedAccess => "unauthorized_access",
    /// Data left the victim's systems.
    DataExfiltration => "data_exfiltration",
    /// How many records (rows, entries, data items) were affected.
    RecordsAffected => "records_affected",
    /// How many people were affected.
    PersonsAffected => "persons_affected",
    /// What kind of data, or which file (e.g. the TAJ criminal-records file).
    DataCategory => "data_category",
    /// How the attacker got in (phishing, stolen credentials, email servers).
    EntryVector => "entry_vector",
    /// Who did it.
    Attribution => "attribution",
    /// Why (revenge, money, interference).
    Motive => "motive",
    /// A ransom demand or a deadline to negotiate.
    Extortion => "extortion",
    /// When the intrusion was detected.
    DetectionTime => "detection_time",
    /// When the intrusion was made public.
    DisclosureTime => "disclosure_time",
    /// An investigation or complaint was opened.
    Investigation => "investigation",
    /// Measures taken in response.
    Remediation => "remediation",
    /// How serious it is ("no trace of serious compromise").
    Severity => "severity",
    /// Consequences (losses, outages, organisations hit).
    Impact => "impact",
}

impl Predicate {
    /// Whether the predicate takes a set of values rather than one:
    /// `data_category`, `entry_vector`, `motive`, `remediation` and
    /// `impact`. "The TAJ and the FPR were taken" states two categories that
    /// are both true, so different values of these predicates do not
    /// contradict each other; the reconciler weighs each value on its own.
    /// Custom predicates are single-valued.
    ///
    /// ```
    /// use corroborate::Predicate;
    ///
    /// assert!(Predicate::DataCategory.is_multi_valued());
    /// assert!(!Predicate::PersonsAffected.is_multi_valued());
    /// ```
    pub fn is_multi_valued(&self) -> bool {
        matches!(
            self,
            Predicate::DataCategory
                | Predicate::EntryVector
                | Predicate::Motive
                | Predicate::Remediation
                | Predicate::Impact
        )
    }

    /// Whether this is a user crate's predicate.
    pub fn is_custom(&self) -> bool {
        matches!(self, Predicate::Custom(_))
    }
}

impl FromStr for Predicate {
    type Err = Error;

    fn from_str(s: &str) -> Result<Predicate, Error> {
        if let Some(p) = Predicate::built_in(s) {
            return Ok(p);
        }
        if s.contains(':') {
            return CustomPredicate::new(s).map(Predicate::Custom);
        }
        Err(Error::unknown_predicate(format!(
            "unknown predicate `{s}`: expected a built-in predicate such as \
             `persons_affected`, or a custom one written `namespace:name`"
        ))
        .with_field("predicate"))
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Predicate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Predicate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Predicate, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A predicate defined outside the crate, named `namespace:name` with both
/// parts in `snake_case` (`acme:ransom_note`).
///
/// The namespace keeps user predicates apart from built-in ones, present and
/// future, so that a typo such as `persons_afected` is an error rather than a
/// new predicate. To accept only the custom predicates you expect, register
/// them in a [`Vocabulary`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomPredicate(Box<str>);

impl CustomPredicate {
    /// Checks and wraps a `namespace:name`.
    pub fn new(name: &str) -> Result<CustomPredicate, Error> {
        match name.split_once(':') {
            Some((ns, local)) if is_snake_case(ns) && is_snake_case(local) => {
                Ok(CustomPredicate(name.into()))
            }
            _ => Err(Error::invalid_value(format!(
                "expected a custom predicate written `namespace:name` in snake_case, \
                 found `{name}`"
            ))
            .with_field("predicate")),
        }
    }

    /// The full `namespace:name`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the colon.
    pub fn namespace(&self) -> &str {
        self.0.split_once(':').map_or("", |(ns, _)| ns)
    }
}

impl fmt::Display for CustomPredicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The predicates a caller accepts: every built-in one plus the custom
/// predicates registered here.
///
/// Plain serde reading accepts any well-formed custom predicate; reading
/// through a vocabulary ([`Vocabulary::claim_from_json`]) also rejects
/// custom predicates nobody registered.
///
/// ```
/// use corroborate::{ErrorKind, Vocabulary};
///
/// let vocabulary = Vocabulary::new().with_custom("acme:ransom_note")?;
/// let json = r#"{"source":"d","subject":"S","predicate":"acme:ransom_amount",
///   "value":{"type":"flag","value":true},"claimant":{"kind":"attacker"},
///   "modality":"asserted","span":{"start":0,"end":0},"text":""}"#;
/// let err = vocabulary.claim_from_json(json, None).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnknownPredicate);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vocabulary {
    custom: BTreeSet<CustomPredicate>,
}

impl Vocabulary {
    /// The built-in predicates only.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// Registers a custom predicate `namespace:name`.
    pub fn with_custom(mut self, name: &str) -> Result<Vocabulary, Error> {
        self.custom.insert(CustomPredicate::new(name)?);
        Ok(self)
    }

    /// The registered custom predicates, sorted.
    pub fn custom(&self) -> impl Iterator<Item = &CustomPredicate> {
        self.custom.iter()
    }

    /// Whether the predicate is built in or registered.
    pub fn contains(&self, predicate: &Predicate) -> bool {
        match predicate {
            Predicate::Custom(c) => self.custom.contains(c),
            _ => true,
        }
    }

    /// Checks a claim's predicate against the vocabulary.
    pub fn check(&self, claim: &Claim) -> Result<(), Error> {
        if self.contains(claim.predicate()) {
            Ok(())
        } else {
            Err(Error::unknown_predicate(format!(
                "custom predicate `{}` is not registered in the vocabulary",
                claim.predicate()
            ))
            .with_field("predicate"))
        }
    }

    /// Reads one claim in the JSON contract and checks it: the predicate
    /// against this vocabulary and, when the source's original text is
    /// given, the span and evidence text against it
    /// ([`Claim::check_evidence`]).
    pub fn claim_from_json(&self, json: &str, original: Option<&str>) -> Result<Claim, Error> {
        let claim = Claim::from_json(json)?;
        self.check(&claim)?;
        if let Some(text) = original {
            claim.check_evidence(text)?;
        }
        Ok(claim)
    }
}
