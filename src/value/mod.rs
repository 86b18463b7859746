//! Typed claim values and how they compare.
//!
//! A [`Value`] is what a claim says about its predicate: an amount
//! ([`Quantity`]), a time ([`TimeSpan`]), yes or no, a named entity or free
//! text. Amounts and times are intervals, so that "16,444,373", "more than
//! 16 million" and "nearly 70 million" can be compared without pretending
//! to more precision than the sources gave.

mod number;
mod quantity;
mod time;

use serde::{Deserialize, Serialize};

pub use number::Number;
pub(crate) use quantity::is_snake_case;
pub use quantity::{Currency, Quantity, Unit};
pub use time::{Granularity, TimeSpan};

use crate::text::fold;

/// What a claim states, written in JSON with a `type` tag:
///
/// | JSON | variant |
/// |---|---|
/// | `{"type":"quantity","min":16444373,"max":16444373,"unit":"persons"}` | [`Value::Quantity`] |
/// | `{"type":"time","from":"2025-12-11T18:00:00","to":"2025-12-12T00:00:00"}` | [`Value::Time`] |
/// | `{"type":"flag","value":true}` | [`Value::Flag`] |
/// | `{"type":"entity","name":"Indra"}` | [`Value::Entity`] |
/// | `{"type":"text","text":"some files"}` | [`Value::Text`] |
///
/// ```
/// use corroborate::{Quantity, Unit, Value};
///
/// let v: Value = serde_json::from_str(
///     r#"{"type":"quantity","min":16000000,"unit":"persons"}"#,
/// )?;
/// let exact = Value::Quantity(Quantity::exact(16_444_373).with_unit(Unit::Persons));
/// assert!(v.is_consistent_with(&exact));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Value {
    /// An amount with a unit.
    Quantity(Quantity),
    /// A moment or period.
    Time(TimeSpan),
    /// Yes or no: "files were accessed" is `true` for `unauthorized_access`.
    Flag {
        /// The truth value stated.
        value: bool,
    },
    /// A named thing: an actor ("Indra"), a file ("TAJ"), a vector.
    Entity {
        /// The name as written.
        name: String,
    },
    /// Free text when nothing more typed fits.
    Text {
        /// The text.
        text: String,
    },
}

impl Value {
    /// The variant's JSON tag: `quantity`, `time`, `flag`, `entity`, `text`.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Quantity(_) => "quantity",
            Value::Time(_) => "time",
            Value::Flag { .. } => "flag",
            Value::Entity { .. } => "entity",
            Value::Text { .. } => "text",
        }
    }

    /// Whether the two values can both be true.
    ///
    /// Quantities and times: see [`Quantity::is_consistent_with`] and
    /// [`TimeSpan::is_consistent_with`]. Flags: equal. Entities and texts:
    /// equal after Unicode NFKC normalisation, case folding and collapsing
    /// white space ("ShinyHunters" is "shinyhunters"). Values of different
    /// kinds are never consistent.
    pub fn is_consistent_with(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Quantity(a), Value::Quantity(b)) => a.is_consistent_with(b),
            (Value::Time(a), Value::Time(b)) => a.is_consistent_with(b),
            (Value::Flag { value: a }, Value::Flag { value: b }) => a == b,
            (Value::Entity { name: a }, Value::Entity { name: b }) => fold(a) == fold(b),
            (Value::Text { text: a }, Value::Text { text: b }) => fold(a) == fold(b),
            _ => false,
        }
    }
}

impl std::fmt::Display for Value {
    /// The value as a report shows it: `16444373 persons`, `2025-12-12`,
    /// `yes`/`no`, an entity's name, a text in quotes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Quantity(q) => write!(f, "{q}"),
            Value::Time(t) => f.write_str(&t.brief()),
            Value::Flag { value: true } => f.write_str("yes"),
            Value::Flag { value: false } => f.write_str("no"),
            Value::Entity { name } => f.write_str(name),
            Value::Text { text } => write!(f, "“{text}”"),
        }
    }
}

impl From<Quantity> for Value {
    fn from(q: Quantity) -> Value {
        Value::Quantity(q)
    }
}

impl From<TimeSpan> for Value {
    fn from(t: TimeSpan) -> Value {
        Value::Time(t)
    }
}

impl From<bool> for Value {
    fn from(value: bool) -> Value {
        Value::Flag { value }
    }
}
