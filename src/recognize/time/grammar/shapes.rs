//! Less common shapes of Latin-script dates, kept apart from the main
//! grammar: a day, month name and year joined in any order
//! ("septembre-2020-23"), a day before its weekday ("le 25 mardi"), a
//! dash range of days in a relative month ("4-23 mois prochain"), a
//! clock time before its day ("9h le mardi").

use super::{Ctx, Moment, Parser, Point, Step, YearRef, valid_day, valid_year};
use crate::lang::dates::{DateWord, Period};
use crate::recognize::time::lexicon::Kind;

/// One part of a joined date.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Day(u32),
    Month(u32),
    Year(i32),
}

impl Parser<'_> {
    /// The part of a joined date at `i`: a month name, a four-digit year
    /// or a day number.
    fn date_part(&self, i: usize) -> Option<Part> {
        match self.kind(i)? {
            Kind::Word(DateWord::Month(m) | DateWord::MonthWeak(m)) => {
                Some(Part::Month(u32::from(m)))
            }
            Kind::Num(v, 4) => valid_year(v, 4).map(Part::Year),
            Kind::Num(v, 1..=2) if (1..=31).contains(&v) => Some(Part::Day(v)),
            _ => None,
        }
    }

    /// A day, a month name and a four-digit year in any order, joined by
    /// the same dash or slash without spaces: "septembre-2020-23",
    /// "2020/23/sep", "23-2020-septembre" (and the common orders
    /// "23/sep/2020", "2019-aug-01"). The parts name themselves, so the
    /// order does not matter; a day the month does not have is invalid.
    pub(super) fn mixed_date(&self, i: usize) -> Option<Step> {
        let sep = match self.kind(i + 1)? {
            Kind::Punct(c @ ('-' | '/')) => c,
            _ => return None,
        };
        let joined = |k: usize| self.punct(k, sep) && self.glued(k) && self.glued(k + 1);
        if !joined(i + 1) || !joined(i + 3) {
            return None;
        }
        // Not part of a longer run ("1.2-2020-sep", "sep-2020-23-4").
        if i > 0 && self.glued(i) && !matches!(self.kind(i - 1), Some(Kind::Word(_) | Kind::Other))
        {
            return None;
        }
        if matches!(self.kind(i + 5), Some(Kind::Punct('-' | '/' | '.')))
            && self.glued(i + 5)
            && self.glued(i + 6)
            && self.num(i + 6).is_some()
        {
            return None;
        }
        let parts = [
            self.date_part(i)?,
            self.date_part(i + 2)?,
            self.date_part(i + 4)?,
        ];
        // Each kind exactly once.
        let (mut day, mut month, mut year) = (None, None, None);
        let mut seen = [0u8; 3];
        for part in parts {
            match part {
                Part::Day(d) => (day, seen[0]) = (Some(d), seen[0] + 1),
                Part::Month(m) => (month, seen[1]) = (Some(m), seen[1] + 1),
                Part::Year(y) => (year, seen[2]) = (Some(y), seen[2] + 1),
            }
        }
        let (Some(day), Some(month), Some(year), [1, 1, 1]) = (day, month, year, seen) else {
            return None;
        };
        let year = Some(YearRef::Abs(year));
        if !valid_day(year, month, day) {
            return Some(Err(i + 5));
        }
        Some(Ok((i + 5, Moment::at(Point::Date { year, month, day }))))
    }

    /// A day number (in digits or words) then a weekday at `i`: "25
    /// mardi", "vingt-cinq mardi" after "le" — the day of the nearest
    /// month that falls on that weekday.
    pub(super) fn day_then_weekday(&self, i: usize) -> Option<(usize, Moment)> {
        let (day, j) = match self.day_number(i) {
            Some(x) => x,
            None => self
                .spoken_small(i)
                .filter(|&(d, _)| (1..=31).contains(&d))?,
        };
        match self.word(j)? {
            DateWord::Weekday(wd) => Some((j + 1, Moment::at(Point::WeekdayDay(wd, day)))),
            _ => None,
        }
    }

    /// Whether the French "sept" at `j` is the abbreviation of
    /// "septembre": after a day number and "de" ("12 de sept"), or
    /// followed by its point or a year ("12 sept. 2025", "12 sept 2025").
    /// Elsewhere it is the number seven.
    pub(super) fn abbreviated_september(&self, j: usize) -> bool {
        if self.word(j) != Some(DateWord::Count(7)) || j == 0 {
            return false;
        }
        let after_de = self.word(j - 1) == Some(DateWord::RangeOpen);
        let pointed = self.punct(j + 1, '.') && self.glued(j + 1);
        let year = matches!(self.num(j + 1), Some((_, 4))) && self.standalone(j + 1);
        after_de || pointed || year
    }

    /// After a dash range of day numbers ending at `end`, a relative month
    /// ("4-23 mois prochain", "4-23 in next month", "du mois prochain"):
    /// the token after it and the shift in months.
    pub(super) fn relative_month_after(&self, end: usize) -> Option<(usize, i32)> {
        let mut k = end;
        if matches!(
            self.word(k),
            Some(DateWord::Cue | DateWord::RangeOpen | DateWord::Later)
        ) {
            k += 1;
        }
        if matches!(self.word(k), Some(DateWord::Article | DateWord::DayArticle)) {
            k += 1;
        }
        match (self.word(k)?, self.word(k + 1)) {
            (DateWord::Period(Period::Month), Some(DateWord::Shift(s))) => {
                Some((k + 2, i32::from(s)))
            }
            (DateWord::Shift(s), Some(DateWord::Period(Period::Month))) => {
                Some((k + 2, i32::from(s)))
            }
            _ => None,
        }
    }

    /// A clock time then "le" and a day at `i`: "9h le mardi", "14h30 le
    /// 13 décembre 2018". The time must look like one (a mark or minutes).
    pub(super) fn clock_then_day(&self, i: usize, day_first: bool) -> Option<(usize, Moment)> {
        self.num(i)?;
        let (k, clock) = self.latin_clock(i, false)?;
        if self.word(k) != Some(DateWord::DayArticle) {
            return None;
        }
        let Some(Ok((end, mut m))) = self.latin_moment(k + 1, Ctx::Cued, day_first) else {
            return None;
        };
        if !m.point.is_day() || m.clock.is_some() || m.part.is_some() {
            return None;
        }
        m.clock = Some(clock);
        Some((end, m))
    }
}
