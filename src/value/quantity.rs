//! Quantities: closed intervals of numbers with a unit.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Number;
use crate::Error;

/// What a quantity counts or measures.
///
/// Written in JSON as a lower-case word (`"persons"`, `"records"`,
/// `"bytes"`, `"percent"`, `"organizations"`), a currency as its upper-case
/// ISO 4217 code (`"EUR"`, `"GBP"`), and anything else a caller needs as a
/// lower-case `snake_case` word of its own (`"servers"`).
///
/// Units are never guessed: a quantity whose unit is not known has none.
///
/// ```
/// use corroborate::Unit;
///
/// assert_eq!("persons".parse::<Unit>()?, Unit::Persons);
/// assert_eq!("GBP".parse::<Unit>()?, Unit::currency("GBP")?);
/// assert!(!Unit::Persons.is_comparable_with(&Unit::Records));
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Unit {
    /// People: persons, individuals, customers, users, employees.
    Persons,
    /// Data items: records, rows, entries, files' lines.
    Records,
    /// Amounts of data, always scaled to bytes (1 GB is 10^9 bytes).
    Bytes,
    /// A share in percent (30 % is 30, not 0.3).
    Percent,
    /// Organisations, companies, suppliers.
    Organizations,
    /// Money in a currency, by its ISO 4217 code.
    Currency(Currency),
    /// A unit outside the built-in list, as a lower-case `snake_case` word.
    Other(String),
}

/// An ISO 4217 currency code such as `EUR`: three upper-case ASCII letters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The three-letter code.
    pub fn code(&self) -> &str {
        // Only ASCII upper-case letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl FromStr for Currency {
    type Err = Error;

    fn from_str(s: &str) -> Result<Currency, Error> {
        match s.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Currency([a, b, c])),
            _ => Err(Error::invalid_value(format!(
                "expected a currency code of three upper-case letters such as `EUR`, found `{s}`"
            ))),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl Unit {
    /// A currency unit from its ISO 4217 code.
    pub fn currency(code: &str) -> Result<Unit, Error> {
        code.parse().map(Unit::Currency)
    }

    /// The unit's JSON and display name.
    pub fn as_str(&self) -> &str {
        match self {
            Unit::Persons => "persons",
            Unit::Records => "records",
            Unit::Bytes => "bytes",
            Unit::Percent => "percent",
            Unit::Organizations => "organizations",
            Unit::Currency(c) => c.code(),
            Unit::Other(name) => name,
        }
    }

    /// Whether quantities in the two units can be compared at all: the same
    /// unit. Persons are not records, and euros are not pounds (the crate
    /// holds no exchange rates).
    pub fn is_comparable_with(&self, other: &Unit) -> bool {
        self == other
    }
}

impl FromStr for Unit {
    type Err = Error;

    fn from_str(s: &str) -> Result<Unit, Error> {
        Ok(match s {
            "persons" => Unit::Persons,
            "records" => Unit::Records,
            "bytes" => Unit::Bytes,
            "percent" => Unit::Percent,
            "organizations" => Unit::Organizations,
            _ if s.bytes().all(|b| b.is_ascii_uppercase()) => Unit::currency(s)?,
            _ if is_snake_case(s) => Unit::Other(s.to_owned()),
            _ => {
                return Err(Error::invalid_value(format!(
                    "expected a unit such as `persons`, `records` or `EUR`, found `{s}`"
                )));
            }
        })
    }
}

/// `snake_case`: a lower-case ASCII letter, then lower-case letters, digits
/// and single underscores.
pub(crate) fn is_snake_case(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z'))
        && !s.ends_with('_')
        && !s.contains("__")
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_'))
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Unit, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An amount as a closed interval `[min, max]` with an optional unit.
///
/// Either bound may be open (`None`). The recognizers turn wording into
/// bounds; the rules are theirs, but the shapes are these:
///
/// | wording | `min` | `max` |
/// |---|---|---|
/// | "16,444,373 people" | 16444373 | 16444373 |
/// | "more than 16 million" | 16000000 | open |
/// | "up to 700" | open | 700 |
/// | "between 10 and 12 million" | 10000000 | 12000000 |
/// | "nearly 70 million" | a little below 70000000 | just below 70000000 |
///
/// Bounds are inclusive, so an exact figure is a single point and two exact
/// figures agree only when equal. A `min` greater than `max` is rejected.
///
/// # Consistency
///
/// Two quantities are [consistent](Quantity::is_consistent_with) when their
/// units are comparable (or either is unknown) and their intervals
/// [overlap](Quantity::overlaps): an exact 16,444,373 is consistent with
/// "more than 16 million" and not with "about 70 million".
///
/// ```
/// use corroborate::{Quantity, Unit};
///
/// let attacker = Quantity::exact(16_444_373).with_unit(Unit::Persons);
/// let outlet = Quantity::at_least(16_000_000).with_unit(Unit::Persons);
/// let other = Quantity::between(63_000_000, 69_999_999)?.with_unit(Unit::Persons);
/// assert!(attacker.is_consistent_with(&outlet));
/// assert!(!attacker.is_consistent_with(&other));
/// assert!(!attacker.is_consistent_with(&outlet.clone().with_unit(Unit::Records)));
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "QuantityRepr")]
pub struct Quantity {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unit: Option<Unit>,
}

#[derive(Deserialize)]
struct QuantityRepr {
    #[serde(default)]
    min: Option<Number>,
    #[serde(default)]
    max: Option<Number>,
    #[serde(default)]
    unit: Option<Unit>,
}

impl TryFrom<QuantityRepr> for Quantity {
    type Error = Error;

    fn try_from(repr: QuantityRepr) -> Result<Quantity, Error> {
        Quantity::new(repr.min, repr.max, repr.unit)
    }
}

impl Quantity {
    /// A quantity from its bounds; fails when `min > max`.
    pub fn new(
        min: Option<Number>,
        max: Option<Number>,
        unit: Option<Unit>,
    ) -> Result<Quantity, Error> {
        if let (Some(lo), Some(hi)) = (min, max) {
            if lo > hi {
                return Err(Error::invalid_value(format!(
                    "quantity `min` ({lo}) is greater than `max` ({hi})"
                )));
            }
        }
        Ok(Quantity { min, max, unit })
    }

    /// An exact figure: `min == max`.
    pub fn exact(value: impl Into<Number>) -> Quantity {
        let n = value.into();
        Quantity {
            min: Some(n),
            max: Some(n),
            unit: None,
        }
    }

    /// A lower bound only ("more than", "at least").
    pub fn at_least(value: impl Into<Number>) -> Quantity {
        Quantity {
            min: Some(value.into()),
            max: None,
            unit: None,
        }
    }

    /// An upper bound only ("up to", "less than").
    pub fn at_most(value: impl Into<Number>) -> Quantity {
        Quantity {
            min: None,
            max: Some(value.into()),
            unit: None,
        }
    }

    /// Both bounds; fails when `min > max`.
    pub fn between(min: impl Into<Number>, max: impl Into<Number>) -> Result<Quantity, Error> {
        Quantity::new(Some(min.into()), Some(max.into()), None)
    }

    /// The same interval with the given unit.
    pub fn with_unit(mut self, unit: Unit) -> Quantity {
        self.unit = Some(unit);
        self
    }

    /// The lower bound, `None` when open.
    pub fn min(&self) -> Option<Number> {
        self.min
    }

    /// The upper bound, `None` when open.
    pub fn max(&self) -> Option<Number> {
        self.max
    }

    /// The unit, `None` when not known.
    pub fn unit(&self) -> Option<&Unit> {
        self.unit.as_ref()
    }

    /// Whether `min == max`.
    pub fn is_exact(&self) -> bool {
        matches!((self.min, self.max), (Some(a), Some(b)) if a == b)
    }

    /// A single best estimate: the exact figure, the midpoint of a bounded
    /// interval, or the one known bound of a half-open one.
    pub fn point(&self) -> Option<f64> {
        match (self.min, self.max) {
            (Some(a), Some(b)) => Some(a.as_f64() / 2.0 + b.as_f64() / 2.0),
            (Some(a), None) | (None, Some(a)) => Some(a.as_f64()),
            (None, None) => None,
        }
    }

    /// Whether `value` lies in the interval.
    pub fn contains_value(&self, value: Number) -> bool {
        self.min.is_none_or(|lo| lo <= value) && self.max.is_none_or(|hi| value <= hi)
    }

    /// Whether the two intervals share at least one value. Units are not
    /// looked at: see [`is_consistent_with`](Quantity::is_consistent_with).
    pub fn overlaps(&self, other: &Quantity) -> bool {
        let below = |hi: Option<Number>, lo: Option<Number>| matches!((hi, lo), (Some(h), Some(l)) if h < l);
        !below(self.max, other.min) && !below(other.max, self.min)
    }

    /// Whether every value of `other` lies in `self`.
    pub fn contains(&self, other: &Quantity) -> bool {
        let lower = match (self.min, other.min) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a <= b,
        };
        let upper = match (self.max, other.max) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => b <= a,
        };
        lower && upper
    }

    /// The gap between the intervals: `0.0` when they overlap, otherwise
    /// the distance from the upper bound of the lower one to the lower bound
    /// of the upper one.
    pub fn distance(&self, other: &Quantity) -> f64 {
        match (self.max, other.min, other.max, self.min) {
            (Some(hi), Some(lo), _, _) if hi < lo => lo.as_f64() - hi.as_f64(),
            (_, _, Some(hi), Some(lo)) if hi < lo => lo.as_f64() - hi.as_f64(),
            _ => 0.0,
        }
    }

    /// The [distance](Quantity::distance) divided by the larger magnitude
    /// of the two nearest bounds, in `[0, 1]`: 16 and 70 million are 0.77
    /// apart whatever the unit's scale.
    pub fn relative_distance(&self, other: &Quantity) -> f64 {
        let gap = self.distance(other);
        if gap == 0.0 {
            return 0.0;
        }
        let scale = [self.min, self.max, other.min, other.max]
            .into_iter()
            .flatten()
            .map(|n| n.as_f64().abs())
            .fold(0.0, f64::max);
        if scale == 0.0 {
            0.0
        } else {
            (gap / scale).min(1.0)
        }
    }

    /// Whether the units are comparable, or either is unknown.
    pub fn is_comparable_with(&self, other: &Quantity) -> bool {
        match (&self.unit, &other.unit) {
            (Some(a), Some(b)) => a.is_comparable_with(b),
            _ => true,
        }
    }

    /// Whether the two can both be true: comparable units and overlapping
    /// intervals. See the [type docs](Quantity#consistency).
    pub fn is_consistent_with(&self, other: &Quantity) -> bool {
        self.is_comparable_with(other) && self.overlaps(other)
    }
}

impl fmt::Display for Quantity {
    /// `16444373 persons`, `≥ 16000000 persons`, `≤ 700`,
    /// `63000000–69999999 records`, `any` when both bounds are open.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => write!(f, "{a}")?,
            (Some(a), Some(b)) => write!(f, "{a}–{b}")?,
            (Some(a), None) => write!(f, "≥ {a}")?,
            (None, Some(b)) => write!(f, "≤ {b}")?,
            (None, None) => f.write_str("any")?,
        }
        if let Some(unit) = &self.unit {
            write!(f, " {unit}")?;
        }
        Ok(())
    }
}
