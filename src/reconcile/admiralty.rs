//! The Admiralty (NATO) grading of sources and information.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// How reliable a source or claimant has been: the letter of the Admiralty
/// scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reliability {
    /// `A`: completely reliable.
    A,
    /// `B`: usually reliable.
    B,
    /// `C`: fairly reliable.
    C,
    /// `D`: not usually reliable.
    D,
    /// `E`: unreliable.
    E,
    /// `F`: reliability cannot be judged.
    F,
}

impl Reliability {
    /// The factor it contributes to a claim's weight, in `[0, 1]`:
    ///
    /// | A | B | C | D | E | F |
    /// |---|---|---|---|---|---|
    /// | 1.0 | 0.8 | 0.6 | 0.4 | 0.2 | 0.3 |
    ///
    /// `F` ("cannot be judged") sits between `D` and `E`: no track record is
    /// better than a bad one, but it is not evidence of reliability.
    pub fn factor(self) -> f64 {
        match self {
            Reliability::A => 1.0,
            Reliability::B => 0.8,
            Reliability::C => 0.6,
            Reliability::D => 0.4,
            Reliability::E => 0.2,
            Reliability::F => 0.3,
        }
    }

    fn letter(self) -> char {
        match self {
            Reliability::A => 'A',
            Reliability::B => 'B',
            Reliability::C => 'C',
            Reliability::D => 'D',
            Reliability::E => 'E',
            Reliability::F => 'F',
        }
    }
}

/// How credible a piece of information is on its own: the digit of the
/// Admiralty scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Credibility {
    /// `1`: confirmed by other sources.
    Confirmed,
    /// `2`: probably true.
    ProbablyTrue,
    /// `3`: possibly true.
    PossiblyTrue,
    /// `4`: doubtful.
    Doubtful,
    /// `5`: improbable.
    Improbable,
    /// `6`: truth cannot be judged.
    CannotBeJudged,
}

impl Credibility {
    /// The factor it contributes to a claim's weight, in `[0, 1]`:
    ///
    /// | 1 | 2 | 3 | 4 | 5 | 6 |
    /// |---|---|---|---|---|---|
    /// | 1.0 | 0.8 | 0.6 | 0.4 | 0.2 | 0.3 |
    pub fn factor(self) -> f64 {
        match self {
            Credibility::Confirmed => 1.0,
            Credibility::ProbablyTrue => 0.8,
            Credibility::PossiblyTrue => 0.6,
            Credibility::Doubtful => 0.4,
            Credibility::Improbable => 0.2,
            Credibility::CannotBeJudged => 0.3,
        }
    }

    fn digit(self) -> char {
        match self {
            Credibility::Confirmed => '1',
            Credibility::ProbablyTrue => '2',
            Credibility::PossiblyTrue => '3',
            Credibility::Doubtful => '4',
            Credibility::Improbable => '5',
            Credibility::CannotBeJudged => '6',
        }
    }
}

/// A grade on the Admiralty scale, written `B3`: a [`Reliability`] letter
/// and a [`Credibility`] digit.
///
/// The reconciler turns a grade into a claim's weight, the product of the
/// two factors (`A1` is 1.0, `B3` is 0.48, `F6` is 0.09).
///
/// ```
/// use corroborate::reconcile::{Admiralty, Credibility, Reliability};
///
/// let grade: Admiralty = "B3".parse()?;
/// assert_eq!(grade, Admiralty::new(Reliability::B, Credibility::PossiblyTrue));
/// assert_eq!(grade.to_string(), "B3");
/// assert!((grade.weight() - 0.48).abs() < 1e-12);
/// assert_eq!(
///     "G7".parse::<Admiralty>().unwrap_err().to_string(),
///     "invalid `prior`: expected an Admiralty grade such as `B3` (A-F then 1-6), found `G7`",
/// );
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Admiralty {
    /// The source's reliability.
    pub reliability: Reliability,
    /// The information's credibility.
    pub credibility: Credibility,
}

impl Admiralty {
    /// A grade from its two parts.
    pub const fn new(reliability: Reliability, credibility: Credibility) -> Admiralty {
        Admiralty {
            reliability,
            credibility,
        }
    }

    /// The weight in `[0, 1]` a claim with this grade carries: the product
    /// of the reliability and credibility factors.
    pub fn weight(self) -> f64 {
        self.reliability.factor() * self.credibility.factor()
    }
}

impl FromStr for Admiralty {
    type Err = Error;

    fn from_str(s: &str) -> Result<Admiralty, Error> {
        let mut chars = s.chars();
        let reliability = match chars.next() {
            Some('A') => Some(Reliability::A),
            Some('B') => Some(Reliability::B),
            Some('C') => Some(Reliability::C),
            Some('D') => Some(Reliability::D),
            Some('E') => Some(Reliability::E),
            Some('F') => Some(Reliability::F),
            _ => None,
        };
        let credibility = match chars.next() {
            Some('1') => Some(Credibility::Confirmed),
            Some('2') => Some(Credibility::ProbablyTrue),
            Some('3') => Some(Credibility::PossiblyTrue),
            Some('4') => Some(Credibility::Doubtful),
            Some('5') => Some(Credibility::Improbable),
            Some('6') => Some(Credibility::CannotBeJudged),
            _ => None,
        };
        match (reliability, credibility, chars.next()) {
            (Some(reliability), Some(credibility), None) => {
                Ok(Admiralty::new(reliability, credibility))
            }
            _ => Err(Error::invalid_value(format!(
                "expected an Admiralty grade such as `B3` (A-F then 1-6), found `{s}`"
            ))
            .with_field("prior")),
        }
    }
}

impl fmt::Display for Admiralty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}",
            self.reliability.letter(),
            self.credibility.digit()
        )
    }
}

impl Serialize for Admiralty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Admiralty {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Admiralty, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_round_trip_through_text() {
        for (text, weight) in [
            ("A1", 1.0),
            ("B3", 0.48),
            ("C3", 0.36),
            ("D3", 0.24),
            ("F6", 0.09),
        ] {
            let grade: Admiralty = text.parse().unwrap();
            assert_eq!(grade.to_string(), text);
            assert!((grade.weight() - weight).abs() < 1e-12, "{text}");
        }
        for bad in ["", "A", "a1", "A0", "A7", "A11", "1A"] {
            assert!(bad.parse::<Admiralty>().is_err(), "{bad}");
        }
    }
}
