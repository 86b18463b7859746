//! Time intervals with the granularity they were stated at.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::Error;

/// How precisely a time was stated: "in 2023" is a year, "Thursday night"
/// a part of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Granularity {
    /// A calendar year.
    Year,
    /// A calendar month.
    Month,
    /// A week.
    Week,
    /// A calendar day.
    Day,
    /// A part of a day (morning, evening, night).
    PartOfDay,
    /// An hour.
    Hour,
    /// A minute.
    Minute,
    /// A second or finer.
    Second,
}

impl Granularity {
    /// The JSON and display name.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Year => "year",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Day => "day",
            Granularity::PartOfDay => "part_of_day",
            Granularity::Hour => "hour",
            Granularity::Minute => "minute",
            Granularity::Second => "second",
        }
    }
}

impl FromStr for Granularity {
    type Err = Error;

    fn from_str(s: &str) -> Result<Granularity, Error> {
        Ok(match s {
            "year" => Granularity::Year,
            "month" => Granularity::Month,
            "week" => Granularity::Week,
            "day" => Granularity::Day,
            "part_of_day" => Granularity::PartOfDay,
            "hour" => Granularity::Hour,
            "minute" => Granularity::Minute,
            "second" => Granularity::Second,
            _ => {
                return Err(Error::invalid_value(format!(
                    "expected a granularity such as `day` or `part_of_day`, found `{s}`"
                )));
            }
        })
    }
}

impl fmt::Display for Granularity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A half-open interval of local date-times `[from, to)`, either end open.
///
/// Times are local to the source that stated them (the recognizers resolve
/// them in the source's time zone), hence naive date-times. `from == to` is
/// an instant. A `from` after `to` is rejected.
///
/// | wording (published 2025-12-13) | `from` | `to` | granularity |
/// |---|---|---|---|
/// | "on 12 December" | 2025-12-12T00:00 | 2025-12-13T00:00 | day |
/// | "Thursday night" | 2025-12-11T18:00 | 2025-12-12T06:00 | part_of_day |
/// | "since Monday" | 2025-12-08T00:00 | open | day |
///
/// Two spans are [consistent](TimeSpan::is_consistent_with) when they
/// overlap: "December 2025" agrees with "the night of 11 to 12 December".
///
/// ```
/// use chrono::NaiveDate;
/// use corroborate::TimeSpan;
///
/// let day = TimeSpan::day(NaiveDate::from_ymd_opt(2025, 12, 12).unwrap());
/// let month = TimeSpan::month(2025, 12).unwrap();
/// assert!(month.contains(&day));
/// assert!(day.is_consistent_with(&month));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "TimeSpanRepr")]
pub struct TimeSpan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    granularity: Option<Granularity>,
}

#[derive(Deserialize)]
struct TimeSpanRepr {
    #[serde(default)]
    from: Option<NaiveDateTime>,
    #[serde(default)]
    to: Option<NaiveDateTime>,
    #[serde(default)]
    granularity: Option<Granularity>,
}

impl TryFrom<TimeSpanRepr> for TimeSpan {
    type Error = Error;

    fn try_from(repr: TimeSpanRepr) -> Result<TimeSpan, Error> {
        TimeSpan::new(repr.from, repr.to, repr.granularity)
    }
}

impl TimeSpan {
    /// A span from its ends; fails when `from` is after `to`.
    pub fn new(
        from: Option<NaiveDateTime>,
        to: Option<NaiveDateTime>,
        granularity: Option<Granularity>,
    ) -> Result<TimeSpan, Error> {
        if let (Some(a), Some(b)) = (from, to) {
            if a > b {
                return Err(Error::invalid_value(format!(
                    "time `from` ({a}) is after `to` ({b})"
                )));
            }
        }
        Ok(TimeSpan {
            from,
            to,
            granularity,
        })
    }

    /// The whole of one calendar day.
    pub fn day(date: NaiveDate) -> TimeSpan {
        let from = date.and_hms_opt(0, 0, 0).unwrap_or(NaiveDateTime::MIN);
        let to = from.checked_add_signed(TimeDelta::days(1));
        TimeSpan {
            from: Some(from),
            to,
            granularity: Some(Granularity::Day),
        }
    }

    /// The whole of one calendar month; `None` when it does not exist.
    pub fn month(year: i32, month: u32) -> Option<TimeSpan> {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = first.checked_add_months(chrono::Months::new(1))?;
        Some(TimeSpan {
            from: first.and_hms_opt(0, 0, 0),
            to: next.and_hms_opt(0, 0, 0),
            granularity: Some(Granularity::Month),
        })
    }

    /// The whole of one calendar year; `None` when out of chrono's range.
    pub fn year(year: i32) -> Option<TimeSpan> {
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let next = NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?;
        Some(TimeSpan {
            from: first.and_hms_opt(0, 0, 0),
            to: next.and_hms_opt(0, 0, 0),
            granularity: Some(Granularity::Year),
        })
    }

    /// Open at the end ("since Monday").
    pub fn since(from: NaiveDateTime) -> TimeSpan {
        TimeSpan {
            from: Some(from),
            to: None,
            granularity: None,
        }
    }

    /// Open at the start ("until Friday").
    pub fn until(to: NaiveDateTime) -> TimeSpan {
        TimeSpan {
            from: None,
            to: Some(to),
            granularity: None,
        }
    }

    /// The same span with the given granularity.
    pub fn with_granularity(mut self, granularity: Granularity) -> TimeSpan {
        self.granularity = Some(granularity);
        self
    }

    /// The start, inclusive; `None` when open.
    pub fn from(&self) -> Option<NaiveDateTime> {
        self.from
    }

    /// The end, exclusive; `None` when open.
    pub fn to(&self) -> Option<NaiveDateTime> {
        self.to
    }

    /// The granularity it was stated at, when known.
    pub fn granularity(&self) -> Option<Granularity> {
        self.granularity
    }

    fn is_instant(&self) -> bool {
        matches!((self.from, self.to), (Some(a), Some(b)) if a == b)
    }

    /// Whether the instant `t` lies in the span (`from <= t < to`; an
    /// instant span contains only itself).
    pub fn contains_instant(&self, t: NaiveDateTime) -> bool {
        if self.is_instant() {
            return self.from == Some(t);
        }
        self.from.is_none_or(|a| a <= t) && self.to.is_none_or(|b| t < b)
    }

    /// Whether the two spans share a moment.
    pub fn overlaps(&self, other: &TimeSpan) -> bool {
        match (self.is_instant(), other.is_instant()) {
            (true, _) => self.from.is_some_and(|t| other.contains_instant(t)),
            (_, true) => other.from.is_some_and(|t| self.contains_instant(t)),
            _ => {
                // Half-open: [a, b) and [c, d) overlap iff a < d and c < b.
                let before = |to: Option<NaiveDateTime>, from: Option<NaiveDateTime>| matches!((to, from), (Some(t), Some(f)) if t <= f);
                !before(self.to, other.from) && !before(other.to, self.from)
            }
        }
    }

    /// Whether every moment of `other` lies in `self`.
    pub fn contains(&self, other: &TimeSpan) -> bool {
        if other.is_instant() {
            return other.from.is_some_and(|t| self.contains_instant(t));
        }
        let start = match (self.from, other.from) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a <= b,
        };
        let end = match (self.to, other.to) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => b <= a,
        };
        start && end && !self.is_instant()
    }

    /// The gap between the spans, zero when they overlap or touch.
    pub fn distance(&self, other: &TimeSpan) -> TimeDelta {
        let gap = |to: Option<NaiveDateTime>, from: Option<NaiveDateTime>| match (to, from) {
            (Some(t), Some(f)) if t < f => Some(f - t),
            _ => None,
        };
        gap(self.to, other.from)
            .or_else(|| gap(other.to, self.from))
            .unwrap_or(TimeDelta::zero())
    }

    /// Whether both can be true: the spans overlap.
    pub fn is_consistent_with(&self, other: &TimeSpan) -> bool {
        self.overlaps(other)
    }
}

impl TimeSpan {
    /// The span as a report shows it: a whole day, month or year as
    /// `2025-12-12`, `2025-12`, `2025`; anything else as
    /// `2025-12-11T18:00 – 2025-12-12T06:00`, with `…` for an open end.
    pub(crate) fn brief(&self) -> String {
        if let Some(from) = self.from {
            let date = from.date();
            let whole = |span: Option<TimeSpan>| {
                span.is_some_and(|s| s.from == self.from && s.to == self.to)
            };
            if whole(Some(TimeSpan::day(date))) {
                return date.format("%Y-%m-%d").to_string();
            }
            if whole(TimeSpan::month(date.year(), date.month())) {
                return date.format("%Y-%m").to_string();
            }
            if whole(TimeSpan::year(date.year())) {
                return date.year().to_string();
            }
        }
        let end = |t: Option<NaiveDateTime>| match t {
            Some(t) => t.format("%Y-%m-%dT%H:%M").to_string(),
            None => "…".to_owned(),
        };
        format!("{} – {}", end(self.from), end(self.to))
    }
}

impl fmt::Display for TimeSpan {
    /// `[2025-12-12 00:00:00, 2025-12-13 00:00:00) day`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.from {
            Some(t) => write!(f, "[{t}, ")?,
            None => f.write_str("(-∞, ")?,
        }
        match self.to {
            Some(t) => write!(f, "{t})")?,
            None => f.write_str("∞)")?,
        }
        if let Some(g) = self.granularity {
            write!(f, " {g}")?;
        }
        Ok(())
    }
}
