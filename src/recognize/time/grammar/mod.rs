//! From tokens to time expressions, before resolution.
//!
//! Two small recursive-descent grammars share the [`Expr`] they build: one
//! for languages written with spaces and names ("15 December 2025"), one
//! for Japanese counters ("2025年12月15日"). Both check calendar validity
//! here, so that "31 février" is dropped whole instead of leaving
//! "février" behind as a month.

mod japanese;
mod latin;
mod shapes;

use chrono::{Datelike, NaiveDate, Weekday};

use super::lexicon::{Kind, Tok};
use crate::lang::dates::{DateGrammar, DateWord, PartOfDay, Period, Portion};

/// A year as written: a number, or relative to the anchor (今年 = +0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum YearRef {
    Abs(i32),
    Rel(i32),
}

/// How a bare or shifted weekday picks its day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum WeekdayRule {
    /// The most recent such day on or before the anchor ("Thursday").
    OnOrBefore,
    /// The most recent such day strictly before the anchor ("last
    /// Thursday", "jeudi dernier").
    Before,
    /// The first such day strictly after the anchor ("next Thursday").
    After,
    /// That day in the week `n` weeks from the anchor's (Monday to Sunday):
    /// "this Thursday", "先週の木曜日".
    InWeek(i32),
}

/// A point on the calendar, possibly partial or relative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Point {
    Date {
        year: Option<YearRef>,
        month: u32,
        day: u32,
    },
    Month {
        year: Option<YearRef>,
        month: u32,
    },
    Year(i32),
    /// A day of a month named elsewhere ("du 11 au 12 décembre").
    Day(u32),
    /// A day of an unnamed month that falls on a weekday ("Monday 21",
    /// "21日の月曜日").
    WeekdayDay(Weekday, u32),
    /// A day of the month `n` months from the anchor's ("今月10日").
    DayOfMonth(i32, u32),
    /// A day and month without a year, in the past (`lean` -1) or future
    /// (+1) of the anchor: "le 12 décembre dernier".
    DateLean {
        month: u32,
        day: u32,
        lean: i32,
    },
    /// A month without a year, past or future: "en août dernier".
    MonthLean {
        month: u32,
        lean: i32,
    },
    /// An ISO week of a year (the anchor's when none is given).
    IsoWeek {
        year: Option<YearRef>,
        week: u32,
    },
    /// The `n`th Monday-to-Sunday week of a month or year (-1 for the
    /// last): in a month, the first is the week holding day 1 and the last
    /// the one holding its last day; in a year, ISO weeks.
    WeekOf(i32, PeriodRef),
    /// The `n`th given weekday of a month (-1 for the last): "4月の最終月曜日",
    /// "来月の第一月曜日".
    NthWeekday(i32, Weekday, PeriodRef),
    /// A day counted from Easter Sunday ("Easter Monday" is 1).
    Easter {
        year: Option<YearRef>,
        offset: i32,
    },
    /// A day counted from Easter Sunday, the latest on or before the
    /// anchor day (`lean` -1) or the first after it (+1): "last Easter".
    EasterLean {
        offset: i32,
        lean: i32,
    },
    /// A holiday on the `n`th weekday of a month ("Thanksgiving", "Black
    /// Friday 2010"): of a year, or without one the nearest occurrence
    /// (`lean` 0), the latest on or before the anchor day (-1) or the
    /// first after it (+1).
    HolidayNth {
        year: Option<YearRef>,
        rule: NthWeekday,
        lean: i32,
    },
    /// The latest weekend that began on or before the anchor day ("the
    /// weekend", "週末").
    RecentWeekend,
    /// A meteorological season of the northern hemisphere (1 spring to 4
    /// winter) of a year, the anchor's when none is given.
    Season {
        year: Option<YearRef>,
        season: u8,
    },
    /// A fiscal or school year, numbered or relative (`None`: the
    /// anchor's): its start is not known, so it does not resolve.
    FiscalYear(Option<YearRef>),
    /// Ten years from a year ending in 0 ("1990s").
    Decade(i32),
    /// A hundred years: the 21st century is 2000 to 2099, as commonly
    /// counted (and as upstream Recognizers-Text counts it).
    Century(i32),
    /// The Monday-to-Sunday week holding a day ("the week of April 10th").
    WeekHolding {
        year: Option<YearRef>,
        month: u32,
        day: u32,
    },
    /// A quarter, 1 to 4 ("Q3 2025", "2025年第3四半期").
    Quarter {
        year: Option<YearRef>,
        quarter: u32,
    },
    RelDay(i32),
    Weekday(Weekday, WeekdayRule),
    /// This, last or next week, month or year.
    Period(Period, i32),
    /// A count of units from the anchor: "two days ago" is -2 days.
    Offset(i32, Period),
    /// A compound duration from the anchor, in months then days: "2
    /// weeks and 2 days ago" is -16 days.
    Elapsed {
        months: i32,
        days: i32,
    },
}

/// The `n`th weekday of a month (-1 for the last), moved by `offset`
/// days: US Thanksgiving is the fourth Thursday of November.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct NthWeekday {
    pub(super) month: u32,
    pub(super) weekday: Weekday,
    pub(super) n: i32,
    pub(super) offset: i32,
}

/// A month or year that a week is counted in, without nesting a [`Point`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum PeriodRef {
    Month { year: Option<YearRef>, month: u32 },
    Year(YearRef),
    Relative(Period, i32),
}

impl Point {
    /// The month or year this point names, for "first week of ...".
    pub(super) fn into_ref(self) -> Option<PeriodRef> {
        Some(match self {
            Point::Month { year, month } => PeriodRef::Month { year, month },
            Point::Year(y) => PeriodRef::Year(YearRef::Abs(y)),
            Point::Period(p @ (Period::Month | Period::Year), s) => PeriodRef::Relative(p, s),
            _ => return None,
        })
    }

    /// Whether the point is one calendar day, so that a part of day can
    /// narrow it.
    pub(super) fn is_day(&self) -> bool {
        matches!(
            self,
            Point::Date { .. }
                | Point::Day(_)
                | Point::WeekdayDay(..)
                | Point::Easter { .. }
                | Point::EasterLean { .. }
                | Point::HolidayNth { .. }
                | Point::DateLean { .. }
                | Point::DayOfMonth(..)
                | Point::NthWeekday(..)
                | Point::RelDay(_)
                | Point::Weekday(..)
                | Point::Offset(..)
                | Point::Elapsed { .. }
        )
    }
}

/// A point with an optional part of day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Moment {
    pub(super) point: Point,
    pub(super) part: Option<PartOfDay>,
    /// Early, mid or late in a month or year ("mid-November", "fin 2025",
    /// "12月下旬").
    pub(super) portion: Option<Portion>,
    /// A count of units after (or, negative, before) the day: "two days
    /// after Monday", "今日から2日後".
    pub(super) shift: Option<(i32, Period)>,
    /// A clock time on the day: "at 10:30", "à 14h", "午後3時".
    pub(super) clock: Option<Clock>,
    /// After a shift, that weekday of the Monday-to-Sunday week the
    /// shifted day falls in: "Monday two weeks from now", "in 3 days on
    /// Friday".
    pub(super) snap: Option<Weekday>,
    /// The weekday written with a date without a year ("samedi 11
    /// janvier", "1月11日土曜日"): it picks the year (see `resolve`).
    pub(super) weekday: Option<Weekday>,
}

/// A time of day as written: hour, minute, and whether minutes were given
/// (which sets the granularity).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Clock {
    pub(super) hour: u32,
    pub(super) minute: u32,
    pub(super) second: u32,
    pub(super) minutes_given: bool,
}

impl Moment {
    fn at(point: Point) -> Moment {
        Moment {
            point,
            part: None,
            portion: None,
            shift: None,
            clock: None,
            snap: None,
            weekday: None,
        }
    }
}

/// A time expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Expr {
    At(Moment),
    /// From the start of the first to the end of the second.
    Range(Moment, Moment),
    /// From the start of the moment, open end ("since Monday").
    Since(Moment),
    /// From the end of the moment, open end ("after 2016").
    After(Moment),
    /// Open start, to the end of the moment ("until Friday").
    Until(Moment),
    /// Open start, to the start of the moment ("before 2018").
    Before(Moment),
    /// From the start of the moment, for a count of units: "for 3 days
    /// from today", "2 weeks starting May 20th".
    Lasting(Moment, i32, Period),
}

/// The result of trying to parse at a token.
pub(super) enum Parse {
    /// An expression over tokens `start..end`.
    Found {
        start: usize,
        end: usize,
        expr: Expr,
    },
    /// A date-shaped expression that is not a calendar date ("31
    /// février"): skip tokens up to `end` and report nothing.
    Invalid { end: usize },
}

/// What a moment parser gives: a moment ending at a token, or an invalid
/// date ending there.
type Step = Result<(usize, Moment), usize>;

/// Where a moment stands, which decides what bare numbers may mean.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    /// Anywhere: bare numbers are not dates.
    Free,
    /// After a cue ("in", "since", "en"): a bare four-digit number is a
    /// year.
    Cued,
    /// Inside an interval: a bare number up to 31 is a day.
    Range,
}

pub(super) struct Parser<'a> {
    pub(super) toks: &'a [Tok],
    pub(super) grammar: DateGrammar,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).map_or(0, |d| d.day0() + 1)
}

/// Whether day `day` of `month` exists, in `year` when known (29 February
/// needs a leap year), in some year otherwise.
fn valid_day(year: Option<YearRef>, month: u32, day: u32) -> bool {
    if !(1..=12).contains(&month) || day == 0 {
        return false;
    }
    match year {
        Some(YearRef::Abs(y)) => day <= days_in_month(y, month),
        _ => day <= days_in_month(2024, month),
    }
}

/// The date `year`-`month`-`day` as a step ending at `end`, or a failed
/// step at `end` when no calendar has that day ("31 June").
fn date_step(year: Option<YearRef>, month: u32, day: u32, end: usize) -> Step {
    if valid_day(year, month, day) {
        Ok((end, Moment::at(Point::Date { year, month, day })))
    } else {
        Err(end)
    }
}

fn valid_year(y: u32, digits: u8) -> Option<i32> {
    (digits == 4 && (1..=9999).contains(&y)).then_some(y as i32)
}

impl<'a> Parser<'a> {
    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The phrase at `i`, with [`DateWord::ShiftWeek`] read as the
    /// [`DateWord::Shift`] it is outside weekday rules.
    fn word(&self, i: usize) -> Option<DateWord> {
        match self.kind(i) {
            Some(Kind::Word(DateWord::ShiftWeek(s))) => Some(DateWord::Shift(s)),
            Some(Kind::Word(w)) => Some(w),
            _ => None,
        }
    }

    /// The phrase at `i` as the lexicon gave it.
    fn raw_word(&self, i: usize) -> Option<DateWord> {
        match self.kind(i) {
            Some(Kind::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.kind(i) {
            Some(Kind::Num(v, d)) => Some((v, d)),
            _ => None,
        }
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct(c))
    }

    /// Whether token `i` follows token `i - 1` without space.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }

    /// Whether the number at `i` stands alone rather than being part of
    /// "16,444,373", "3.5", "$2025" or "2025€".
    fn standalone(&self, i: usize) -> bool {
        let currency = |k: Option<Kind>| matches!(k, Some(Kind::Punct('$' | '€' | '£' | '¥')));
        let point = |k: Option<Kind>| matches!(k, Some(Kind::Punct(',' | '.' | ':')));
        let num = |k: Option<Kind>| matches!(k, Some(Kind::Num(..)));
        // "16,444,373" and "3.5" glue numbers with a point or comma;
        // "December 15, 2025" and "、12月" do not.
        // "$ 12" is an amount too.
        let before = i > 0
            && (currency(self.kind(i - 1))
                || self.glued(i)
                    && (currency(self.kind(i - 1))
                        || (point(self.kind(i - 1))
                            && i > 1
                            && self.glued(i - 1)
                            && num(self.kind(i - 2)))));
        let after = self.glued(i + 1)
            && ((point(self.kind(i + 1)) && self.glued(i + 2) && num(self.kind(i + 2)))
                || matches!(self.kind(i + 1), Some(Kind::Punct('%' | '€' | '$'))));
        !before && !after
    }

    /// The count at `i` ("2", "two", "deux") and the token after it.
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        match self.kind(i)? {
            Kind::Num(v, d) if d <= 3 && self.standalone(i) => Some((v, i + 1)),
            Kind::Word(DateWord::Count(n)) => Some((u32::from(n), i + 1)),
            _ => None,
        }
    }

    /// A day number (1 to 31) at `i`, with an optional ordinal suffix
    /// glued to it ("15th", "1er"): the day and the token after it.
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(DateWord::Ordinal(n)) = self.word(i) {
            return (1..=31).contains(&n).then_some((n.into(), i + 1));
        }
        let (v, d) = self.num(i)?;
        if d > 2 || !(1..=31).contains(&v) || !self.standalone(i) {
            return None;
        }
        let mut j = i + 1;
        if self.word(j) == Some(DateWord::OrdinalSuffix) && self.glued(j) {
            j += 1;
        }
        Some((v, j))
    }

    fn has_ordinal(&self, i: usize) -> bool {
        self.word(i + 1) == Some(DateWord::OrdinalSuffix) && self.glued(i + 1)
    }

    /// Parses an expression starting at token `i`.
    pub(super) fn parse_at(&self, i: usize) -> Option<Parse> {
        match self.grammar {
            DateGrammar::Latin { day_first } => self.latin(i, day_first),
            DateGrammar::Japanese => self.japanese(i),
        }
    }
}

/// The unit a counted word names: "days", "semaine", "mois".
fn as_unit(w: DateWord) -> Option<Period> {
    match w {
        DateWord::Unit(p) | DateWord::Period(p) => Some(p),
        DateWord::YearNoun => Some(Period::Year),
        _ => None,
    }
}

/// "within 9 months", "9か月以内": from the anchor day to `n` units later
/// (excluded).
fn within(n: u32, p: Period) -> Option<Expr> {
    let n = i32::try_from(n).ok().filter(|&n| n > 0)?;
    let last = Moment {
        shift: Some((-1, Period::Day)),
        ..Moment::at(Point::Offset(n, p))
    };
    Some(Expr::Range(Moment::at(Point::Offset(0, Period::Day)), last))
}

/// Lets the ends of an interval complete each other: "du 11 au 12
/// décembre" gives the first end its month, "between December 11 and 12"
/// gives the second its month; `None` when they cannot be joined.
fn join(mut first: Moment, mut second: Moment) -> Option<(Moment, Moment)> {
    match (first.point, second.point) {
        (Point::Day(d), Point::Date { year, month, .. }) => {
            if !valid_day(year, month, d) {
                return None;
            }
            first.point = Point::Date {
                year,
                month,
                day: d,
            };
        }
        (Point::Date { year, month, .. }, Point::Day(d)) => {
            if !valid_day(year, month, d) {
                return None;
            }
            second.point = Point::Date {
                year,
                month,
                day: d,
            };
        }
        (Point::Day(_), Point::Day(_)) => {}
        // "来月の4日から23日まで".
        (Point::DayOfMonth(shift, _), Point::Day(d)) => second.point = Point::DayOfMonth(shift, d),
        (Point::Day(_), _) | (_, Point::Day(_)) => return None,
        // "from next Monday to Friday", "du lundi au vendredi": a bare
        // weekday ending an interval is the first such day from the start.
        (Point::Weekday(w1, _), Point::Weekday(w2, WeekdayRule::OnOrBefore))
            if first.shift.is_none() && second.shift.is_none() =>
        {
            let days = (i64::from(w2.num_days_from_monday())
                - i64::from(w1.num_days_from_monday()))
            .rem_euclid(7);
            second = Moment {
                point: first.point,
                shift: Some((i32::try_from(days).ok()?, Period::Day)),
                ..second
            };
        }
        _ => {}
    }
    Some((first, second))
}
