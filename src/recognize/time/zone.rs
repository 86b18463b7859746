//! Time zones for anchors: UTC, fixed offsets and Europe/Paris.
//!
//! The recognizer needs one thing from a zone: the local date and time of
//! the publication instant, so that "today" in a French article published
//! at 23:30 UTC on a summer evening is the next day in Paris. A full time
//! zone database would be a heavy dependency for that; the zones news
//! sources need are UTC, fixed offsets (Japan has had no daylight saving
//! time since 1951) and the European Union's rule, written out here.
//!
//! # The EU rule
//!
//! Since 1996, summer time in the EU starts on the last Sunday of March at
//! 01:00 UTC and ends on the last Sunday of October at 01:00 UTC; Paris is
//! UTC+1 in winter and UTC+2 in summer. Dates before 1996 are given the
//! same rule, which is approximate for France before then.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeDelta, Weekday};

use crate::Error;

/// The time zone that relative expressions resolve in.
///
/// | written | zone |
/// |---|---|
/// | `UTC` | UTC |
/// | `+09:00`, `-05:00` | that fixed offset |
/// | `Europe/Paris` | CET/CEST with the EU summer-time rule |
///
/// ```
/// use corroborate::recognize::TimeZone;
///
/// let paris: TimeZone = "Europe/Paris".parse()?;
/// assert_eq!(paris.to_string(), "Europe/Paris");
/// assert_eq!("+09:00".parse::<TimeZone>()?.to_string(), "+09:00");
/// assert!("Mars/Olympus".parse::<TimeZone>().is_err());
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeZone {
    repr: Repr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Repr {
    Fixed(FixedOffset),
    /// Standard offset in seconds, with the EU summer-time rule.
    Eu {
        name: &'static str,
        standard: i32,
    },
}

const HOUR: i32 = 3600;

const UTC_OFFSET: FixedOffset = match FixedOffset::east_opt(0) {
    Some(o) => o,
    None => panic!("zero is a valid offset"),
};

impl TimeZone {
    /// UTC.
    pub const UTC: TimeZone = TimeZone {
        repr: Repr::Fixed(UTC_OFFSET),
    };

    /// A zone that is always `offset` from UTC (`+09:00` for Japan).
    pub fn fixed(offset: FixedOffset) -> TimeZone {
        TimeZone {
            repr: Repr::Fixed(offset),
        }
    }

    /// Europe/Paris: UTC+1, UTC+2 in summer (see the module docs).
    pub fn europe_paris() -> TimeZone {
        TimeZone {
            repr: Repr::Eu {
                name: "Europe/Paris",
                standard: HOUR,
            },
        }
    }

    /// The offset from UTC at the instant `utc`.
    pub fn offset_at(&self, utc: NaiveDateTime) -> FixedOffset {
        let seconds = match self.repr {
            Repr::Fixed(o) => return o,
            Repr::Eu { standard, .. } => {
                if eu_summer_time(utc) {
                    standard + HOUR
                } else {
                    standard
                }
            }
        };
        FixedOffset::east_opt(seconds).unwrap_or(UTC_OFFSET)
    }

    /// The local date and time of `instant` in this zone.
    pub fn local(&self, instant: DateTime<FixedOffset>) -> NaiveDateTime {
        let utc = instant.naive_utc();
        let offset = self.offset_at(utc);
        utc.checked_add_signed(TimeDelta::seconds(i64::from(offset.local_minus_utc())))
            .unwrap_or(utc)
    }
}

/// The last Sunday of `month` in `year`, at 01:00 UTC.
fn last_sunday_one_utc(year: i32, month: u32) -> Option<NaiveDateTime> {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last = next.pred_opt()?;
    let back = last.weekday().num_days_from_sunday();
    let sunday = last.checked_sub_signed(TimeDelta::days(i64::from(back)))?;
    debug_assert_eq!(sunday.weekday(), Weekday::Sun);
    sunday.and_hms_opt(1, 0, 0)
}

/// Whether the EU summer time is in force at the instant `utc`.
fn eu_summer_time(utc: NaiveDateTime) -> bool {
    let year = utc.year();
    match (last_sunday_one_utc(year, 3), last_sunday_one_utc(year, 10)) {
        (Some(start), Some(end)) => start <= utc && utc < end,
        _ => false,
    }
}

impl FromStr for TimeZone {
    type Err = Error;

    fn from_str(s: &str) -> Result<TimeZone, Error> {
        match s {
            "UTC" | "utc" | "Z" => return Ok(TimeZone::UTC),
            "Europe/Paris" => return Ok(TimeZone::europe_paris()),
            _ => {}
        }
        s.parse::<FixedOffset>().map(TimeZone::fixed).map_err(|_| {
            Error::invalid_value(format!(
                "expected a time zone such as `UTC`, `Europe/Paris` or `+09:00`, found `{s}`"
            ))
        })
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Fixed(o) if o.local_minus_utc() == 0 => f.write_str("UTC"),
            Repr::Fixed(o) => write!(f, "{o}"),
            Repr::Eu { name, .. } => f.write_str(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> NaiveDateTime {
        s.parse().unwrap()
    }

    #[test]
    fn paris_offsets_around_the_changes() {
        let paris = TimeZone::europe_paris();
        // 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
        for (instant, hours) in [
            ("2025-01-15T12:00:00", 1),
            ("2025-03-30T00:59:59", 1),
            ("2025-03-30T01:00:00", 2),
            ("2025-07-14T12:00:00", 2),
            ("2025-10-26T00:59:59", 2),
            ("2025-10-26T01:00:00", 1),
            ("2025-12-12T23:30:00", 1),
            ("1968-07-01T00:00:00", 2),
        ] {
            assert_eq!(
                paris.offset_at(utc(instant)).local_minus_utc(),
                hours * 3600,
                "{instant}"
            );
        }
    }

    #[test]
    fn local_time_crosses_midnight() {
        let published: DateTime<FixedOffset> = "2025-12-12T23:30:00+00:00".parse().unwrap();
        assert_eq!(
            TimeZone::europe_paris().local(published),
            utc("2025-12-13T00:30:00")
        );
        assert_eq!(TimeZone::UTC.local(published), utc("2025-12-12T23:30:00"));
    }

    #[test]
    fn parse_errors_say_what_was_expected() {
        assert_eq!(
            "Paris".parse::<TimeZone>().unwrap_err().to_string(),
            "expected a time zone such as `UTC`, `Europe/Paris` or `+09:00`, found `Paris`"
        );
    }
}
