//! From expressions to intervals, against the anchor's local date.
//!
//! Every rule that picks one reading of an ambiguous expression lives
//! here; the module docs of [`crate::recognize`] list them.

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};

use super::grammar::{Expr, Moment, NthWeekday, PeriodRef, Point, WeekdayRule, YearRef};
use crate::Granularity;
use crate::lang::dates::{Period, Portion, Tense};

/// A resolved moment: `[from, to)` in local time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Resolved {
    pub(super) from: Option<NaiveDateTime>,
    pub(super) to: Option<NaiveDateTime>,
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// How far ahead a date without a year may be read as the future.
const FUTURE_DAYS: i64 = 30;

/// Of the candidate intervals, the one the anchor's reader means. In a
/// past-tense clause, the latest that starts on or before the anchor day
/// (news reports what happened); in a future-tense one, the one that holds
/// the anchor day or else the first after it (news announces). Without a
/// tense, the nearest to the anchor day, where the past wins ties and the
/// future counts only when it starts within [`FUTURE_DAYS`] (news reports
/// the past, and announces what comes in the next weeks). When there is
/// no candidate on the side the tense asks for, the other side's nearest.
fn pick(
    anchor: NaiveDate,
    tense: Tense,
    candidates: impl Iterator<Item = (NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    let mut past: Option<(NaiveDate, NaiveDate)> = None;
    let mut future: Option<(NaiveDate, NaiveDate)> = None;
    for (a, b) in candidates {
        if a <= anchor {
            if past.is_none_or(|p| a > p.0) {
                past = Some((a, b));
            }
        } else if future.is_none_or(|f| a < f.0) {
            future = Some((a, b));
        }
    }
    match (past, future) {
        (Some(p), Some(_)) if tense == Tense::Past => Some(p),
        (Some(p), Some(f)) if tense == Tense::Future => Some(if p.1 > anchor { p } else { f }),
        (Some(p), Some(f)) => {
            let ahead = (f.0 - anchor).num_days();
            // Days since the past candidate ended (0 when it holds the
            // anchor day).
            let behind = (anchor - p.1).num_days() + 1;
            if ahead <= FUTURE_DAYS && ahead < behind.max(0) {
                Some(f)
            } else {
                Some(p)
            }
        }
        (p, f) => p.or(f),
    }
}

fn month_span(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let a = NaiveDate::from_ymd_opt(year, month, 1)?;
    Some((a, add_months(a, 1)?))
}

fn day_span(d: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    Some((d, d.succ_opt()?))
}

fn year_of(year: YearRef, anchor: Option<NaiveDate>) -> Option<i32> {
    match year {
        YearRef::Abs(y) => Some(y),
        YearRef::Rel(s) => anchor?.year().checked_add(s),
    }
}

/// The days a point covers, `[start, end)`, and its granularity.
pub(super) fn point_days(
    point: Point,
    anchor: Option<NaiveDate>,
    tense: Tense,
) -> Option<(NaiveDate, NaiveDate, Granularity)> {
    use Granularity as G;
    Some(match point {
        Point::Date {
            year: Some(y),
            month,
            day,
        } => {
            let (a, b) = day_span(NaiveDate::from_ymd_opt(year_of(y, anchor)?, month, day)?)?;
            (a, b, G::Day)
        }
        Point::Date {
            year: None,
            month,
            day,
        } => {
            // Without a year: see `pick`. 29
            // February looks up to four years either way.
            let anchor = anchor?;
            let y = anchor.year();
            let (a, b) = pick(
                anchor,
                tense,
                (y - 4..=y + 4)
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                    .filter_map(day_span),
            )?;
            (a, b, G::Day)
        }
        Point::Month {
            year: Some(y),
            month,
        } => {
            let (a, b) = month_span(year_of(y, anchor)?, month)?;
            (a, b, G::Month)
        }
        Point::Month { year: None, month } => {
            let anchor = anchor?;
            let y = anchor.year();
            let (a, b) = pick(
                anchor,
                tense,
                (y - 1..=y + 1).filter_map(|y| month_span(y, month)),
            )?;
            (a, b, G::Month)
        }
        Point::Season { year, season } => {
            let y = match year {
                Some(y) => year_of(y, anchor)?,
                None => anchor?.year(),
            };
            let start = NaiveDate::from_ymd_opt(y, 3 * u32::from(season), 1)?;
            (start, add_months(start, 3)?, G::Month)
        }
        // Where a fiscal year starts depends on the organisation.
        Point::FiscalYear(_) => return None,
        Point::Year(y) => (
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y.checked_add(1)?, 1, 1)?,
            G::Year,
        ),
        Point::Day(d) => {
            // A day of an unnamed month: see `pick`.
            let anchor = anchor?;
            let this = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1)?;
            let (a, b) = pick(
                anchor,
                tense,
                (-1..=1)
                    .filter_map(|k| add_months(this, k))
                    .filter_map(|m| NaiveDate::from_ymd_opt(m.year(), m.month(), d))
                    .filter_map(day_span),
            )?;
            (a, b, G::Day)
        }
        Point::WeekdayDay(wd, d) => {
            // A day number that falls on a weekday: the months around the
            // anchor where it does, read as a date without a year.
            let anchor = anchor?;
            let this = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1)?;
            let (a, b) = pick(
                anchor,
                Tense::Unknown,
                (-12..=12)
                    .filter_map(|k| add_months(this, k))
                    .filter_map(|m| NaiveDate::from_ymd_opt(m.year(), m.month(), d))
                    .filter(|date| date.weekday() == wd)
                    .filter_map(day_span),
            )?;
            (a, b, G::Day)
        }
        Point::DayOfMonth(shift, d) => {
            let anchor = anchor?;
            let first = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1)?;
            let m = add_months(first, shift)?;
            let (a, b) = day_span(NaiveDate::from_ymd_opt(m.year(), m.month(), d)?)?;
            (a, b, G::Day)
        }
        Point::Quarter {
            year: Some(y),
            quarter,
        } => {
            let (a, _) = month_span(year_of(y, anchor)?, 3 * quarter - 2)?;
            (a, add_months(a, 3)?, G::Month)
        }
        Point::Quarter {
            year: None,
            quarter,
        } => {
            let anchor = anchor?;
            let y = anchor.year();
            let (a, b) = pick(
                anchor,
                Tense::Unknown,
                (y - 1..=y + 1)
                    .filter_map(|y| month_span(y, 3 * quarter - 2))
                    .filter_map(|(a, _)| Some((a, add_months(a, 3)?))),
            )?;
            (a, b, G::Month)
        }
        Point::DateLean { month, day, lean } => {
            // The latest on or before the anchor day, or the first after.
            let anchor = anchor?;
            let y = anchor.year();
            let dates = (y - 4..=y + 4).filter_map(|y| NaiveDate::from_ymd_opt(y, month, day));
            let d = if lean < 0 {
                dates.filter(|&d| d <= anchor).max()?
            } else {
                dates.filter(|&d| d > anchor).min()?
            };
            let (a, b) = day_span(d)?;
            (a, b, G::Day)
        }
        Point::MonthLean { month, lean } => {
            let anchor = anchor?;
            let y = anchor.year();
            let months = (y - 1..=y + 1).filter_map(|y| month_span(y, month));
            let (a, b) = if lean < 0 {
                months.filter(|&(a, _)| a <= anchor).max()?
            } else {
                months.filter(|&(a, _)| a > anchor).min()?
            };
            (a, b, G::Month)
        }
        Point::Decade(y) => (
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y.checked_add(10)?, 1, 1)?,
            G::Year,
        ),
        Point::Century(n) => {
            let y = n.checked_sub(1)?.checked_mul(100)?;
            (
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y.checked_add(100)?, 1, 1)?,
                G::Year,
            )
        }
        Point::WeekHolding { year, month, day } => {
            let d = if month == 0 {
                point_days(Point::Day(day), anchor, Tense::Unknown)?.0
            } else {
                point_days(Point::Date { year, month, day }, anchor, Tense::Unknown)?.0
            };
            let a = monday_of(d)?;
            (a, add_days(a, 7)?, G::Week)
        }
        Point::IsoWeek { year, week } => {
            let y = match year {
                Some(y) => year_of(y, anchor)?,
                None => anchor?.year(),
            };
            let a = NaiveDate::from_isoywd_opt(y, week, Weekday::Mon)?;
            (a, add_days(a, 7)?, G::Week)
        }
        Point::NthWeekday(n, wd, of) => {
            let (first, end, _) = point_days(whole_of(of, anchor)?, anchor, Tense::Unknown)?;
            let day = if n > 0 {
                let ahead = (i64::from(wd.num_days_from_monday())
                    - i64::from(first.weekday().num_days_from_monday()))
                .rem_euclid(7);
                add_days(first, ahead + 7 * i64::from(n - 1))?
            } else {
                let last = end.pred_opt()?;
                let back = (i64::from(last.weekday().num_days_from_monday())
                    - i64::from(wd.num_days_from_monday()))
                .rem_euclid(7);
                add_days(last, -back)?
            };
            if day < first || day >= end {
                return None;
            }
            let (a, b) = day_span(day)?;
            (a, b, G::Day)
        }
        Point::WeekOf(n, of) => {
            let whole = match of {
                PeriodRef::Month { year, month } => Point::Month { year, month },
                PeriodRef::Year(YearRef::Abs(y)) => Point::Year(y),
                PeriodRef::Year(YearRef::Rel(s)) => Point::Year(anchor?.year().checked_add(s)?),
                PeriodRef::Relative(p, s) => Point::Period(p, s),
            };
            let (first, end, g) = point_days(whole, anchor, Tense::Unknown)?;
            if g == G::Year {
                // Weeks of a year are ISO weeks: week 1 holds the first
                // Thursday.
                let y = first.year();
                let week = if n > 0 {
                    u32::try_from(n).ok()?
                } else {
                    // -1 is the last ISO week, -2 the one before.
                    let last = NaiveDate::from_ymd_opt(y, 12, 28)?.iso_week().week();
                    u32::try_from(i64::from(last) + i64::from(n) + 1).ok()?
                };
                let a = NaiveDate::from_isoywd_opt(y, week, Weekday::Mon)?;
                return Some((a, add_days(a, 7)?, G::Week));
            }
            let a = if n > 0 {
                add_days(monday_of(first)?, 7 * i64::from(n - 1))?
            } else {
                add_days(monday_of(end.pred_opt()?)?, 7 * i64::from(n + 1))?
            };
            if a >= end {
                return None;
            }
            (a, add_days(a, 7)?, G::Week)
        }
        Point::Easter { year, offset } => {
            let day = |y: i32| easter(y).and_then(|d| add_days(d, offset.into()));
            let (a, b) = match year {
                Some(y) => day_span(day(year_of(y, anchor)?)?)?,
                None => {
                    let anchor = anchor?;
                    let y = anchor.year();
                    pick(
                        anchor,
                        Tense::Unknown,
                        (y - 1..=y + 1).filter_map(day).filter_map(day_span),
                    )?
                }
            };
            (a, b, G::Day)
        }
        Point::EasterLean { offset, lean } => {
            let anchor = anchor?;
            let y = anchor.year();
            let days =
                (y - 1..=y + 1).filter_map(|y| easter(y).and_then(|d| add_days(d, offset.into())));
            let d = if lean < 0 {
                days.filter(|&d| d <= anchor).max()?
            } else {
                days.filter(|&d| d > anchor).min()?
            };
            let (a, b) = day_span(d)?;
            (a, b, G::Day)
        }
        Point::HolidayNth { year, rule, lean } => {
            let (a, b) = match year {
                Some(y) => day_span(nth_weekday(year_of(y, anchor)?, rule)?)?,
                None => {
                    let anchor = anchor?;
                    let y = anchor.year();
                    let days = (y - 1..=y + 1).filter_map(|y| nth_weekday(y, rule));
                    let d = match lean {
                        0 => {
                            return pick(anchor, Tense::Unknown, days.filter_map(day_span))
                                .map(|(a, b)| (a, b, G::Day));
                        }
                        l if l < 0 => days.filter(|&d| d <= anchor).max()?,
                        _ => days.filter(|&d| d > anchor).min()?,
                    };
                    day_span(d)?
                }
            };
            (a, b, G::Day)
        }
        Point::RecentWeekend => {
            let anchor = anchor?;
            let back = (i64::from(anchor.weekday().num_days_from_monday()) - 5).rem_euclid(7);
            let a = add_days(anchor, -back)?;
            (a, add_days(a, 2)?, G::Day)
        }
        Point::RelDay(n) => {
            let (a, b) = day_span(add_days(anchor?, n.into())?)?;
            (a, b, G::Day)
        }
        Point::Weekday(wd, rule) => {
            let (a, b) = day_span(weekday(anchor?, wd, rule)?)?;
            (a, b, G::Day)
        }
        Point::Period(period, shift) => {
            let anchor = anchor?;
            match period {
                Period::Day => {
                    let (a, b) = day_span(add_days(anchor, shift.into())?)?;
                    (a, b, G::Day)
                }
                Period::BusinessDay => {
                    let (a, b) = day_span(add_business_days(anchor, shift)?)?;
                    (a, b, G::Day)
                }
                Period::Week => {
                    let a = add_days(monday_of(anchor)?, 7 * i64::from(shift))?;
                    (a, add_days(a, 7)?, G::Week)
                }
                Period::Month => {
                    let first = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1)?;
                    let a = add_months(first, shift)?;
                    (a, add_months(a, 1)?, G::Month)
                }
                Period::Quarter => {
                    let q0 = (anchor.month() - 1) / 3 * 3 + 1;
                    let first = NaiveDate::from_ymd_opt(anchor.year(), q0, 1)?;
                    let a = add_months(first, shift.checked_mul(3)?)?;
                    (a, add_months(a, 3)?, G::Month)
                }
                Period::Fortnight => {
                    // Two-week blocks from the anchor's Monday.
                    let a = add_days(monday_of(anchor)?, 14 * i64::from(shift))?;
                    (a, add_days(a, 14)?, G::Week)
                }
                Period::WorkWeek => {
                    let a = add_days(monday_of(anchor)?, 7 * i64::from(shift))?;
                    (a, add_days(a, 5)?, G::Day)
                }
                Period::Decade => {
                    let y = anchor
                        .year()
                        .div_euclid(10)
                        .checked_add(shift)?
                        .checked_mul(10)?;
                    (
                        NaiveDate::from_ymd_opt(y, 1, 1)?,
                        NaiveDate::from_ymd_opt(y.checked_add(10)?, 1, 1)?,
                        G::Year,
                    )
                }
                Period::Weekend => {
                    // Saturday and Sunday of the week `shift` weeks away.
                    let a = add_days(monday_of(anchor)?, 7 * i64::from(shift) + 5)?;
                    (a, add_days(a, 2)?, G::Day)
                }
                Period::Year => {
                    let y = anchor.year().checked_add(shift)?;
                    (
                        NaiveDate::from_ymd_opt(y, 1, 1)?,
                        NaiveDate::from_ymd_opt(y.checked_add(1)?, 1, 1)?,
                        G::Year,
                    )
                }
            }
        }
        Point::Elapsed { months, days } => {
            let d = add_days(add_months(anchor?, months)?, days.into())?;
            let (a, b) = day_span(d)?;
            (a, b, G::Day)
        }
        Point::Offset(n, unit) => {
            let anchor = anchor?;
            let d = match unit {
                Period::Day => add_days(anchor, n.into())?,
                Period::Week => add_days(anchor, 7 * i64::from(n))?,
                Period::Month => add_months(anchor, n)?,
                Period::Quarter => add_months(anchor, n.checked_mul(3)?)?,
                Period::Year => add_months(anchor, n.checked_mul(12)?)?,
                Period::Weekend | Period::WorkWeek => add_days(anchor, 7 * i64::from(n))?,
                Period::Fortnight => add_days(anchor, 14 * i64::from(n))?,
                Period::Decade => add_months(anchor, n.checked_mul(120)?)?,
                Period::BusinessDay => add_business_days(anchor, n)?,
            };
            let (a, b) = day_span(d)?;
            (a, b, G::Day)
        }
    })
}

/// The month or year a [`PeriodRef`] names, as a point.
fn whole_of(of: PeriodRef, anchor: Option<NaiveDate>) -> Option<Point> {
    Some(match of {
        PeriodRef::Month { year, month } => Point::Month { year, month },
        PeriodRef::Year(YearRef::Abs(y)) => Point::Year(y),
        PeriodRef::Year(YearRef::Rel(s)) => Point::Year(anchor?.year().checked_add(s)?),
        PeriodRef::Relative(p, s) => Point::Period(p, s),
    })
}

/// `n` days from Monday to Friday after `day` (before it when negative),
/// in constant time: whole weeks first, then at most four steps.
fn add_business_days(day: NaiveDate, n: i32) -> Option<NaiveDate> {
    let step: i64 = if n < 0 { -1 } else { 1 };
    let weekday = i64::from(day.weekday().num_days_from_monday());
    // From a weekend, counting forward starts as from the Friday before,
    // counting back as from the Monday after.
    let mut d = match (weekday >= 5, step > 0) {
        (true, true) => add_days(day, 4 - weekday)?,
        (true, false) => add_days(day, 7 - weekday)?,
        _ => day,
    };
    let n = i64::from(n.unsigned_abs());
    d = add_days(d, step * 7 * (n / 5))?;
    for _ in 0..n % 5 {
        d = add_days(d, step)?;
        while d.weekday().num_days_from_monday() >= 5 {
            d = add_days(d, step)?;
        }
    }
    Some(d)
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous
/// Gregorian algorithm, "Meeus/Jones/Butcher").
fn easter(year: i32) -> Option<NaiveDate> {
    let y = year;
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The day of a holiday on the `n`th weekday of a month in `year`.
fn nth_weekday(year: i32, rule: NthWeekday) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, rule.month, 1)?;
    let want = i64::from(rule.weekday.num_days_from_monday());
    let d = if rule.n > 0 {
        let have = i64::from(first.weekday().num_days_from_monday());
        add_days(
            first,
            (want - have).rem_euclid(7) + 7 * i64::from(rule.n - 1),
        )?
    } else {
        let last = add_months(first, 1)?.pred_opt()?;
        let have = i64::from(last.weekday().num_days_from_monday());
        add_days(last, -(have - want).rem_euclid(7))?
    };
    if d.month() != rule.month {
        return None;
    }
    add_days(d, i64::from(rule.offset))
}

/// The day a weekday names under `rule`, seen from `anchor`.
fn weekday(anchor: NaiveDate, wd: Weekday, rule: WeekdayRule) -> Option<NaiveDate> {
    let have = i64::from(anchor.weekday().num_days_from_monday());
    let want = i64::from(wd.num_days_from_monday());
    match rule {
        WeekdayRule::OnOrBefore => add_days(anchor, -(have - want).rem_euclid(7)),
        WeekdayRule::Before => add_days(anchor, -((have - want - 1).rem_euclid(7) + 1)),
        WeekdayRule::After => add_days(anchor, (want - have - 1).rem_euclid(7) + 1),
        WeekdayRule::InWeek(n) => add_days(monday_of(anchor)?, 7 * i64::from(n) + want),
    }
}

/// Narrows a month or a year to one of its portions (see
/// [`Portion`]); other spans are left whole.
fn portion(
    (a, b, g): (NaiveDate, NaiveDate, Granularity),
    portion: Option<Portion>,
) -> Option<(NaiveDate, NaiveDate, Granularity)> {
    let Some(p) = portion else {
        return Some((a, b, g));
    };
    let day = |d: u32| NaiveDate::from_ymd_opt(a.year(), a.month(), d);
    let month = |m: u32| NaiveDate::from_ymd_opt(a.year(), m, 1);
    match g {
        Granularity::Month => {
            let (from, to) = match p {
                Portion::Early => (a, day(16)?),
                Portion::Mid => (day(10)?, day(21)?),
                Portion::Late => (day(16)?, b),
                Portion::FirstThird => (a, day(11)?),
                Portion::SecondThird => (day(11)?, day(21)?),
                Portion::LastThird => (day(21)?, b),
                Portion::FirstHalf => (a, day(16)?),
                Portion::SecondHalf => (day(16)?, b),
                Portion::BeforeAnchor | Portion::FromAnchor | Portion::Earlier | Portion::Later => {
                    (a, b)
                }
            };
            Some((from, to, Granularity::Day))
        }
        Granularity::Year => {
            let (from, to) = match p {
                Portion::Early | Portion::FirstThird => (a, month(5)?),
                Portion::Mid | Portion::SecondThird => (month(5)?, month(9)?),
                Portion::Late | Portion::LastThird => (month(9)?, b),
                Portion::FirstHalf => (a, month(7)?),
                Portion::SecondHalf => (month(7)?, b),
                Portion::BeforeAnchor | Portion::FromAnchor | Portion::Earlier | Portion::Later => {
                    (a, b)
                }
            };
            Some((from, to, Granularity::Month))
        }
        Granularity::Week => {
            // "end of the week", "週の初め", "今週の後半": Monday to
            // Wednesday, Thursday to Sunday.
            let thursday = a.checked_add_days(chrono::Days::new(3))?;
            let (from, to) = match p {
                Portion::Early | Portion::FirstThird | Portion::FirstHalf => (a, thursday),
                Portion::Late | Portion::LastThird | Portion::SecondHalf => (thursday, b),
                _ => (a, b),
            };
            Some((from, to, Granularity::Day))
        }
        _ => Some((a, b, g)),
    }
}

/// The year of a date without a year written with its weekday
/// ("samedi 11 janvier"): of the nearest occurrences on or before the
/// anchor day and after it (as in [`pick`]), the one that falls on that
/// weekday, however far ahead; `None` when neither or both do, and the
/// plain rule holds.
fn weekday_year(anchor: NaiveDate, month: u32, day: u32, wd: Weekday) -> Option<i32> {
    let y = anchor.year();
    // 29 February looks up to four years either way.
    let dates = || (y - 4..=y + 4).filter_map(|y| NaiveDate::from_ymd_opt(y, month, day));
    let past = dates().filter(|d| *d <= anchor).max();
    let future = dates().filter(|d| *d > anchor).min();
    let mut fits = [past, future]
        .into_iter()
        .flatten()
        .filter(|d| d.weekday() == wd);
    match (fits.next(), fits.next()) {
        (Some(d), None) => Some(d.year()),
        _ => None,
    }
}

/// The interval of a moment, with its granularity.
fn moment(
    mut m: Moment,
    anchor: Option<NaiveDate>,
    tense: Tense,
) -> Option<(NaiveDateTime, NaiveDateTime, Granularity)> {
    if let (
        Some(wd),
        Point::Date {
            year: None,
            month,
            day,
        },
        Some(anchor),
    ) = (m.weekday, m.point, anchor)
    {
        if let Some(y) = weekday_year(anchor, month, day, wd) {
            m.point = Point::Date {
                year: Some(YearRef::Abs(y)),
                month,
                day,
            };
        }
    }
    let (mut a, mut b, g) = match (m.portion, anchor) {
        // "earlier this month", "later this week": cut at the anchor day.
        (Some(Portion::BeforeAnchor), Some(day)) => {
            let (a, b, _) = point_days(m.point, anchor, tense)?;
            (a, day.clamp(a, b), Granularity::Day)
        }
        (Some(Portion::FromAnchor), Some(day)) => {
            let (a, b, _) = point_days(m.point, anchor, tense)?;
            (day.clamp(a, b), b, Granularity::Day)
        }
        // English "earlier this month", "later this week": the part before
        // the anchor day cut at the end of the first half, the part after
        // it cut at the start of the second (as upstream Recognizers-Text
        // reads them: published on a Monday, "later this week" starts on
        // Thursday; published on a Friday, on Friday).
        (Some(p @ (Portion::Earlier | Portion::Later)), Some(day)) => {
            let whole = point_days(m.point, anchor, tense)?;
            let (a, b, _) = whole;
            // The halves of a week are Monday-Wednesday and
            // Thursday-Sunday (see `portion`).
            let (_, mid, _) = portion(whole, Some(Portion::FirstHalf))?;
            if p == Portion::Earlier {
                (a, day.clamp(a, b).min(mid), Granularity::Day)
            } else {
                (day.clamp(a, b).max(mid), b, Granularity::Day)
            }
        }
        // "end of this year", "今年初め": a year named relative to the
        // anchor splits into halves, as upstream Recognizers-Text reads
        // it; "end of 2000" keeps September to December.
        (Some(p @ (Portion::Early | Portion::Late)), _)
            if matches!(m.point, Point::Period(Period::Year, _)) =>
        {
            let half = if p == Portion::Early {
                Portion::FirstHalf
            } else {
                Portion::SecondHalf
            };
            portion(point_days(m.point, anchor, tense)?, Some(half))?
        }
        _ => portion(point_days(m.point, anchor, tense)?, m.portion)?,
    };
    if a >= b {
        return None;
    }
    if let (Some((n, unit)), Granularity::Day) = (m.shift, g) {
        a = match unit {
            Period::Day => add_days(a, n.into())?,
            Period::Week | Period::Weekend | Period::WorkWeek => add_days(a, 7 * i64::from(n))?,
            Period::Fortnight => add_days(a, 14 * i64::from(n))?,
            Period::Decade => add_months(a, n.checked_mul(120)?)?,
            Period::BusinessDay => add_business_days(a, n)?,
            Period::Month => add_months(a, n)?,
            Period::Quarter => add_months(a, n.checked_mul(3)?)?,
            Period::Year => add_months(a, n.checked_mul(12)?)?,
        };
        b = a.succ_opt()?;
    }
    if let (Some(wd), Granularity::Day) = (m.snap, g) {
        a = add_days(monday_of(a)?, i64::from(wd.num_days_from_monday()))?;
        b = a.succ_opt()?;
    }
    if let (Some(c), Granularity::Day) = (m.clock, g) {
        let start = midnight(a).checked_add_signed(TimeDelta::seconds(i64::from(
            c.hour * 3600 + c.minute * 60 + c.second,
        )))?;
        let (len, g) = if c.minutes_given {
            (TimeDelta::minutes(1), Granularity::Minute)
        } else {
            (TimeDelta::hours(1), Granularity::Hour)
        };
        return Some((start, start.checked_add_signed(len)?, g));
    }
    match m.part {
        Some(part) if g == Granularity::Day => {
            let (h0, h1) = part.hours();
            let start = midnight(a).checked_add_signed(TimeDelta::hours(h0.into()))?;
            let end = midnight(a).checked_add_signed(TimeDelta::hours(h1.into()))?;
            Some((start, end, Granularity::PartOfDay))
        }
        _ => Some((midnight(a), midnight(b), g)),
    }
}

/// An end of a range written as the start, middle or end of a month or
/// year ("from the end of March to the middle of September", "from 2007
/// to the start of 2008"): the instant at that point, as upstream
/// Recognizers-Text reads it, rather than a part of the period. The
/// middle is the start plus half the days, rounded down (16 March, 2 July).
/// `None` for other moments.
fn edge(
    m: Moment,
    anchor: Option<NaiveDate>,
    tense: Tense,
) -> Option<(NaiveDateTime, NaiveDateTime, Granularity)> {
    let p = m.portion?;
    let (a, b, g) = point_days(m.point, anchor, tense)?;
    if !matches!(g, Granularity::Month | Granularity::Year) {
        return None;
    }
    let at = match p {
        Portion::Early => a,
        Portion::Mid => add_days(a, (b - a).num_days() / 2)?,
        Portion::Late => b,
        _ => return None,
    };
    Some((midnight(at), midnight(at), Granularity::Day))
}

/// Whether an expression holds a date, month or day whose year (or
/// month) the anchor and the tense choose ("Jan. 9", "in January", "le
/// 10"): only those need the tense of their clause. A day named with its
/// weekday ("le 25 mardi"), quarters, holidays and weeks of a month keep
/// the plain rule whatever the tense.
pub(super) fn reads_tense(expr: Expr) -> bool {
    let of = |m: Moment| {
        matches!(
            m.point,
            Point::Date { year: None, .. } | Point::Month { year: None, .. } | Point::Day(_)
        )
    };
    match expr {
        Expr::Range(a, b) => of(a) || of(b),
        Expr::At(m)
        | Expr::Since(m)
        | Expr::After(m)
        | Expr::Until(m)
        | Expr::Before(m)
        | Expr::Lasting(m, ..) => of(m),
    }
}

fn lacks_year(p: Point) -> bool {
    matches!(
        p,
        Point::Date { year: None, .. } | Point::Month { year: None, .. } | Point::Day(_)
    )
}

/// Gives `p`, which lacks a year (or a month), the one of `reference`,
/// moved a year (or a month) earlier or later so that it stays on the
/// `before` side of the reference.
fn complete(p: Point, reference: NaiveDate, before: bool) -> Point {
    let y = reference.year();
    let shift = |date: Option<NaiveDate>, later: i32| -> i32 {
        match date {
            Some(d) if before && d > reference => -later,
            Some(d) if !before && d < reference => later,
            _ => 0,
        }
    };
    match p {
        Point::Date {
            year: None,
            month,
            day,
        } => {
            let s = shift(NaiveDate::from_ymd_opt(y, month, day), 1);
            Point::Date {
                year: Some(YearRef::Abs(y + s)),
                month,
                day,
            }
        }
        Point::Month { year: None, month } => {
            let s = shift(NaiveDate::from_ymd_opt(y, month, 1), 1);
            Point::Month {
                year: Some(YearRef::Abs(y + s)),
                month,
            }
        }
        Point::Day(day) => {
            let m = reference.month();
            match NaiveDate::from_ymd_opt(y, m, day) {
                Some(d) => {
                    let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d);
                    let s = shift(Some(d), 1);
                    let month = add_months(first, s).unwrap_or(first);
                    Point::Date {
                        year: Some(YearRef::Abs(month.year())),
                        month: month.month(),
                        day,
                    }
                }
                None => p,
            }
        }
        _ => p,
    }
}

/// The interval between two moments, from the start of the first to the
/// end of the second.
fn range(
    mut first: Moment,
    mut second: Moment,
    anchor: Option<NaiveDate>,
    tense: Tense,
) -> Option<(NaiveDateTime, NaiveDateTime, Granularity)> {
    // The end with a year completes the other: "du 11 au 12
    // décembre 2025", "nov 18 - dec 19, 2015".
    if lacks_year(first.point) && !lacks_year(second.point) {
        let (b0, _, _) = point_days(second.point, anchor, tense)?;
        first.point = complete(first.point, b0, true);
    } else if lacks_year(second.point) && !lacks_year(first.point) {
        let (a0, _, _) = point_days(first.point, anchor, tense)?;
        second.point = complete(second.point, a0, false);
    } else if lacks_year(first.point) {
        // Neither has a year: the first is read as a date without
        // a year, the second follows it ("from May to March").
        let (a0, _, _) = point_days(first.point, anchor, tense)?;
        first.point = complete(first.point, a0, true);
        second.point = complete(second.point, a0, false);
    }
    let (a, _, ga) = edge(first, anchor, tense).or_else(|| moment(first, anchor, tense))?;
    let (_, b, gb) = edge(second, anchor, tense).or_else(|| moment(second, anchor, tense))?;
    if a > b {
        return None;
    }
    Some((a, b, ga.min(gb)))
}

/// The interval and granularity of an expression; `None` when it needs an
/// anchor that is missing or falls outside the calendar.
pub(super) fn resolve(
    expr: Expr,
    anchor: Option<NaiveDate>,
    tense: Tense,
) -> Option<(Resolved, Granularity)> {
    let open = |from, to, g| Some((Resolved { from, to }, g));
    match expr {
        Expr::At(m) => {
            let (a, b, g) = moment(m, anchor, tense)?;
            open(Some(a), Some(b), g)
        }
        Expr::Range(first, second) => {
            // In a future-tense clause a range that has not ended yet is
            // already the one meant ("will be out from August to
            // October", said in September): the future reading moves
            // only a range wholly past.
            if tense == Tense::Future {
                let plain = range(first, second, anchor, Tense::Unknown);
                if let (Some((_, b, _)), Some(day)) = (plain, anchor) {
                    if b > midnight(day) {
                        return plain.and_then(|(a, b, g)| open(Some(a), Some(b), g));
                    }
                }
            }
            let (a, b, g) = range(first, second, anchor, tense)?;
            open(Some(a), Some(b), g)
        }
        Expr::Since(m) => {
            let (a, _, g) = moment(m, anchor, tense)?;
            open(Some(a), None, g)
        }
        Expr::After(m) => {
            let (_, b, g) = moment(m, anchor, tense)?;
            open(Some(b), None, g)
        }
        // A past-tense verb often sets a limit still ahead ("was
        // postponed until January 9"): only the future reads "until" and
        // "before" by their tense.
        Expr::Until(m) => {
            let (_, b, g) = moment(m, anchor, tense.future_only())?;
            open(None, Some(b), g)
        }
        Expr::Before(m) => {
            let (a, _, g) = moment(m, anchor, tense.future_only())?;
            open(None, Some(a), g)
        }
        Expr::Lasting(m, n, unit) => {
            let (a, _, g) = moment(m, anchor, tense)?;
            let d = a.date();
            let end = match unit {
                Period::Day => add_days(d, n.into())?,
                Period::Week | Period::Weekend | Period::WorkWeek => add_days(d, 7 * i64::from(n))?,
                Period::Fortnight => add_days(d, 14 * i64::from(n))?,
                Period::BusinessDay => add_business_days(d, n)?,
                Period::Month => add_months(d, n)?,
                Period::Quarter => add_months(d, n.checked_mul(3)?)?,
                Period::Year => add_months(d, n.checked_mul(12)?)?,
                Period::Decade => add_months(d, n.checked_mul(120)?)?,
            };
            let b = midnight(end).checked_add_signed(a - midnight(d))?;
            if b <= a {
                return None;
            }
            open(Some(a), Some(b), g.min(Granularity::Day))
        }
    }
}

/// The granularity an expression was stated at, known without resolving.
pub(super) fn stated_granularity(expr: Expr) -> Granularity {
    let of = |m: Moment| -> Granularity {
        if let (Some(c), true) = (m.clock, m.point.is_day()) {
            return if c.minutes_given {
                Granularity::Minute
            } else {
                Granularity::Hour
            };
        }
        if m.part.is_some() && m.point.is_day() {
            return Granularity::PartOfDay;
        }
        match m.point {
            Point::Month { .. } | Point::MonthLean { .. } => Granularity::Month,
            Point::Year(_) => Granularity::Year,
            _ if m.portion.is_some() => match m.point {
                Point::Year(_) | Point::Period(Period::Year, _) => Granularity::Month,
                _ => Granularity::Day,
            },
            Point::Quarter { .. } | Point::Period(Period::Quarter, _) | Point::Season { .. } => {
                Granularity::Month
            }
            Point::Decade(_) | Point::Century(_) | Point::FiscalYear(_) => Granularity::Year,
            Point::Period(Period::Week | Period::Fortnight, _)
            | Point::IsoWeek { .. }
            | Point::WeekOf(..)
            | Point::WeekHolding { .. } => Granularity::Week,
            Point::Period(Period::Month, _) => Granularity::Month,
            Point::Period(Period::Year | Period::Decade, _) => Granularity::Year,
            _ => Granularity::Day,
        }
    };
    match expr {
        Expr::Range(a, b) => of(a).min(of(b)),
        Expr::At(m) | Expr::Since(m) | Expr::After(m) | Expr::Until(m) | Expr::Before(m) => of(m),
        Expr::Lasting(m, ..) => of(m).min(Granularity::Day),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn business_days_skip_weekends() {
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        // 2025-12-13 is a Saturday, 2025-12-15 a Monday.
        for (from, n, to) in [
            (d(2025, 12, 15), 1, d(2025, 12, 16)),
            (d(2025, 12, 15), 4, d(2025, 12, 19)),
            (d(2025, 12, 15), 5, d(2025, 12, 22)),
            (d(2025, 12, 13), 1, d(2025, 12, 15)),
            (d(2025, 12, 13), 5, d(2025, 12, 19)),
            (d(2025, 12, 15), -1, d(2025, 12, 12)),
            (d(2025, 12, 14), -1, d(2025, 12, 12)),
            (d(2025, 12, 16), -6, d(2025, 12, 8)),
        ] {
            assert_eq!(super::add_business_days(from, n), Some(to), "{from} {n}");
        }
    }

    use super::*;

    #[test]
    fn easter_sundays() {
        for (year, month, day) in [
            (1961, 4, 2),
            (2000, 4, 23),
            (2018, 4, 1),
            (2025, 4, 20),
            (2026, 4, 5),
        ] {
            assert_eq!(
                easter(year),
                NaiveDate::from_ymd_opt(year, month, day),
                "{year}"
            );
        }
    }
}
