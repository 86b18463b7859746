//! An exact-or-decimal number, so that counts stay integers.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;

/// A finite number as met in claims: an exact integer (a count such as
/// 16,444,373) or a decimal (4.5 million is an integer too once scaled, but
/// 30.5 % is not).
///
/// Integers are kept exact instead of being rounded through `f64`, and NaN or
/// infinities cannot be built, so `Number` has a total order and equality is
/// by value: `Number::from(5) == Number::try_from(5.0)?`.
///
/// ```
/// use corroborate::Number;
///
/// let n: Number = "16444373".parse()?;
/// assert_eq!(n.as_i64(), Some(16_444_373));
/// assert!(Number::try_from(f64::NAN).is_err());
/// assert!(Number::from(2) < Number::try_from(2.5)?);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Number(Repr);

#[derive(Clone, Copy, Debug)]
enum Repr {
    Int(i64),
    Float(f64),
}

impl Number {
    /// The value as an `f64`, rounded when an integer is beyond 2^53.
    pub fn as_f64(self) -> f64 {
        match self.0 {
            Repr::Int(i) => i as f64,
            Repr::Float(f) => f,
        }
    }

    /// The value as an `i64` when it is a whole number within range.
    pub fn as_i64(self) -> Option<i64> {
        match self.0 {
            Repr::Int(i) => Some(i),
            Repr::Float(f) if f.fract() == 0.0 && f >= -(2f64.powi(63)) && f < 2f64.powi(63) => {
                Some(f as i64)
            }
            Repr::Float(_) => None,
        }
    }

    /// Whether the number was written or computed as an exact integer.
    pub fn is_integer(self) -> bool {
        matches!(self.0, Repr::Int(_))
    }
}

impl From<i64> for Number {
    fn from(value: i64) -> Number {
        Number(Repr::Int(value))
    }
}

impl From<u32> for Number {
    fn from(value: u32) -> Number {
        Number(Repr::Int(i64::from(value)))
    }
}

impl From<i32> for Number {
    fn from(value: i32) -> Number {
        Number(Repr::Int(i64::from(value)))
    }
}

impl TryFrom<u64> for Number {
    type Error = Error;

    /// Integers beyond `i64::MAX` are kept as the nearest `f64`.
    fn try_from(value: u64) -> Result<Number, Error> {
        Ok(match i64::try_from(value) {
            Ok(i) => Number(Repr::Int(i)),
            Err(_) => Number(Repr::Float(value as f64)),
        })
    }
}

impl TryFrom<f64> for Number {
    type Error = Error;

    fn try_from(value: f64) -> Result<Number, Error> {
        if value.is_finite() {
            // -0.0 and 0.0 must compare and hash alike.
            Ok(Number(Repr::Float(if value == 0.0 { 0.0 } else { value })))
        } else {
            Err(Error::invalid_value(format!(
                "expected a finite number, found `{value}`"
            )))
        }
    }
}

impl FromStr for Number {
    type Err = Error;

    /// Parses the plain form written by [`Display`](fmt::Display): an
    /// optional `-`, ASCII digits, an optional `.` fraction and exponent.
    /// Grouped or localised forms (`16,444,373`) are the recognizers' job.
    fn from_str(s: &str) -> Result<Number, Error> {
        if let Ok(i) = s.parse::<i64>() {
            return Ok(Number(Repr::Int(i)));
        }
        let plain = !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'));
        match s.parse::<f64>() {
            Ok(f) if plain => Number::try_from(f),
            _ => Err(Error::invalid_value(format!(
                "expected a number such as `16444373` or `4.5`, found `{s}`"
            ))),
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Int(i) => write!(f, "{i}"),
            Repr::Float(x) => write!(f, "{x}"),
        }
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Number {}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Number) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Number) -> Ordering {
        match (self.0, other.0) {
            (Repr::Int(a), Repr::Int(b)) => a.cmp(&b),
            (Repr::Float(a), Repr::Float(b)) => a.total_cmp(&b),
            (Repr::Int(a), Repr::Float(b)) => cmp_int_float(a, b),
            (Repr::Float(a), Repr::Int(b)) => cmp_int_float(b, a).reverse(),
        }
    }
}

impl std::hash::Hash for Number {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Equal values must hash alike whatever their representation.
        match self.as_i64() {
            Some(i) => i.hash(state),
            None => self.as_f64().to_bits().hash(state),
        }
    }
}

/// Compares an integer with a finite float exactly, even beyond 2^53 where
/// `i as f64` would round.
fn cmp_int_float(i: i64, f: f64) -> Ordering {
    // i64 spans [-2^63, 2^63); floats outside are beyond every integer.
    if f >= 2f64.powi(63) {
        return Ordering::Less;
    }
    if f < -(2f64.powi(63)) {
        return Ordering::Greater;
    }
    let whole = f.trunc();
    match i.cmp(&(whole as i64)) {
        Ordering::Equal if f > whole => Ordering::Less,
        Ordering::Equal if f < whole => Ordering::Greater,
        ord => ord,
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Repr::Int(i) => serializer.serialize_i64(i),
            Repr::Float(f) => serializer.serialize_f64(f),
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        struct NumberVisitor;

        impl Visitor<'_> for NumberVisitor {
            type Value = Number;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a finite number")
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
                Ok(Number::from(v))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
                Number::try_from(v).map_err(E::custom)
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
                Number::try_from(v).map_err(E::custom)
            }
        }

        deserializer.deserialize_any(NumberVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_floats_compare_by_value() {
        let big = (1i64 << 53) + 1;
        assert_eq!(
            Number::from(big).cmp(&Number::try_from(big as f64).unwrap()),
            Ordering::Greater
        );
        assert_eq!(Number::from(5), Number::try_from(5.0).unwrap());
        assert!(Number::from(-3) < Number::try_from(-2.5).unwrap());
        assert!(Number::from(i64::MAX) < Number::try_from(1e19).unwrap());
        assert!(Number::from(i64::MIN) > Number::try_from(-1e19).unwrap());
    }

    #[test]
    fn parse_rejects_localised_forms() {
        assert_eq!("-12".parse::<Number>().unwrap().as_i64(), Some(-12));
        assert_eq!("4.5".parse::<Number>().unwrap().as_f64(), 4.5);
        let err = "16,444,373".parse::<Number>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "expected a number such as `16444373` or `4.5`, found `16,444,373`"
        );
        assert!("inf".parse::<Number>().is_err());
        assert!("NaN".parse::<Number>().is_err());
    }
}
