//! The grammar of languages written with spaces and names: English and
//! French ("15 December 2025", "du 11 au 12 décembre", "Monday 8-9am").

use chrono::Weekday;

use super::{
    Clock, Ctx, Expr, Moment, NthWeekday, Parse, Parser, Point, Step, WeekdayRule, YearRef,
    as_unit, date_step, join, valid_day, valid_year, within,
};
use crate::lang::dates::{DateGrammar, DateWord, PartOfDay, Period, Portion};
use crate::recognize::time::lexicon::Kind;

impl Parser<'_> {
    pub(super) fn latin(&self, i: usize, day_first: bool) -> Option<Parse> {
        let found = |start, end, expr| Some(Parse::Found { start, end, expr });
        let w = self.word(i);
        match w {
            Some(DateWord::PartOfDay(p))
                if matches!(self.word(i + 1), Some(DateWord::RangeOpen | DateWord::Cue)) =>
            {
                // "la nuit du 11 au 12 décembre", "the night of December 11".
                if let Some((j, Expr::Range(mut a, mut b))) =
                    self.latin_range(i + 2, day_first, true)
                {
                    if a.point.is_day() && b.point.is_day() && a.part.is_none() && b.part.is_none()
                    {
                        a.part = Some(p);
                        // A night runs into the small hours of the last day.
                        b.part = Some(if p == PartOfDay::Night {
                            PartOfDay::SmallHours
                        } else {
                            p
                        });
                        return found(i, j, Expr::Range(a, b));
                    }
                }
                let mut k = i + 2;
                if matches!(self.word(k), Some(DateWord::Article | DateWord::DayArticle)) {
                    k += 1;
                }
                if let Some(Ok((end, mut m))) = self.latin_moment(k, Ctx::Cued, day_first) {
                    if m.point.is_day() && m.part.is_none() && m.clock.is_none() {
                        m.part = Some(p);
                        return found(i, end, Expr::At(m));
                    }
                }
                return None;
            }
            Some(DateWord::RangeOpen) => {
                if let Some((j, expr)) = self.latin_range(i + 1, day_first, true) {
                    return found(i, j, expr);
                }
                if let Some(found) = self.clock_range_then_day(i, i + 1, true, day_first) {
                    return Some(found);
                }
                // "de 2014", "from Monday": the opener is a cue.
                return self.latin_expr(i + 1, Ctx::Cued, day_first);
            }
            Some(w @ (DateWord::Since | DateWord::Until | DateWord::Before | DateWord::After)) => {
                let mut j = i + 1;
                if self.word(j) == Some(DateWord::Article) {
                    j += 1;
                }
                return match self.latin_moment(j, Ctx::Cued, day_first)? {
                    Ok((end, m)) => {
                        // "before the end of December" closes with December;
                        // "after the beginning of March" opens with it.
                        let whole = Moment { portion: None, ..m };
                        let expr = match (w, m.portion) {
                            (DateWord::Before, Some(Portion::Late | Portion::SecondHalf)) => {
                                Expr::Until(whole)
                            }
                            (DateWord::After, Some(Portion::Early | Portion::FirstHalf)) => {
                                Expr::Since(whole)
                            }
                            (DateWord::Since, _) => Expr::Since(m),
                            (DateWord::Until, _) => Expr::Until(m),
                            (DateWord::Before, _) => Expr::Before(m),
                            _ => Expr::After(m),
                        };
                        found(i, end, expr)
                    }
                    Err(end) => Some(Parse::Invalid { end }),
                };
            }
            // "to date", "till date": up to the anchor day.
            // ("equals to date 1" is a comparison).
            Some(DateWord::ToDate) if self.num(i + 1).is_none() => {
                return found(i, i + 1, Expr::Before(Moment::at(Point::RelDay(0))));
            }
            // "for 3 days from today", "for 1 week, from 20th dec".
            // Upstream leaves "for" out before "starting": "for 2 weeks
            // starting May 20th" is spanned from "2".
            Some(DateWord::For) => {
                let (end, expr) = self.lasting(i + 1, true, day_first)?;
                let k = self.count(i + 1).map_or(i, |(_, j)| j + 1);
                let k = if self.punct(k, ',') { k + 1 } else { k };
                let start = if self.word(k) == Some(DateWord::Since) {
                    i + 1
                } else {
                    i
                };
                return found(start, end, expr);
            }
            // "more than 2 weeks before today", "less than 3 days after
            // tomorrow".
            Some(w @ (DateWord::MoreThan | DateWord::LessThan)) => {
                let (end, m) = self.count_from(i + 1, day_first)?;
                let (n, p) = m.shift?;
                if m.snap.is_some() {
                    return None;
                }
                let base = Moment { shift: None, ..m };
                let expr = match (w, n > 0) {
                    (DateWord::MoreThan, false) => Expr::Before(m),
                    (DateWord::MoreThan, true) => Expr::Since(m),
                    (_, true) => Expr::Lasting(base, n, p),
                    (_, false) => Expr::Lasting(m, -n, p),
                };
                return found(i, end, expr);
            }
            // "year greater than 2012".
            Some(DateWord::YearNoun) if self.word(i + 1) == Some(DateWord::After) => {
                if let Some(Parse::Found { end, expr, .. }) = self.latin(i + 1, day_first) {
                    return found(i, end, expr);
                }
                return None;
            }
            Some(DateWord::Cue) => {
                // "on 5.12": a dotted pair of numbers ending the clause is a
                // date (month first in English).
                if let (Some((a, 1..=2)), Some((b, 2))) = (self.num(i + 1), self.num(i + 3)) {
                    let dotted = self.punct(i + 2, '.') && self.glued(i + 2) && self.glued(i + 3);
                    let (month, day) = if day_first { (b, a) } else { (a, b) };
                    let ends = self.clause_ends(i + 4)
                        && !matches!(self.kind(i + 4), Some(Kind::Punct('%' | '.' | ',' | ':')) if self.glued(i + 4));
                    if dotted && ends && valid_day(None, month, day) {
                        let point = Point::Date {
                            year: None,
                            month,
                            day,
                        };
                        return found(i + 1, i + 4, Expr::At(Moment::at(point)));
                    }
                }
                return self.latin_expr(i + 1, Ctx::Cued, day_first);
            }
            // "Mon or Tue", "Tuesday and Thu": an abbreviated weekday after
            // a weekday.
            Some(DateWord::RangeAnd | DateWord::Or)
                if i > 0
                    && matches!(
                        self.word(i - 1),
                        Some(DateWord::Weekday(_) | DateWord::WeekdayWeak(_))
                    )
                    && matches!(self.word(i + 1), Some(DateWord::WeekdayWeak(_))) =>
            {
                let Some(DateWord::WeekdayWeak(wd)) = self.word(i + 1) else {
                    return None;
                };
                let point = Point::Weekday(wd, WeekdayRule::OnOrBefore);
                return found(i + 1, i + 2, Expr::At(Moment::at(point)));
            }
            // "in 2007 and 2009", "2015 or 2016": a year after a year.
            Some(DateWord::RangeAnd | DateWord::Or)
                if i > 0
                    && matches!(self.num(i - 1), Some((_, 4)))
                    && self.standalone(i - 1)
                    && matches!(self.num(i + 1), Some((_, 4)))
                    && self.standalone(i + 1)
                    && !self.counts(i + 2) =>
            {
                let (v, d) = self.num(i + 1)?;
                let y = valid_year(v, d)?;
                return found(i + 1, i + 2, Expr::At(Moment::at(Point::Year(y))));
            }
            Some(DateWord::Within) => {
                // "within 9 months", "within the next 10 days".
                let mut j = i + 1;
                if self.word(j) == Some(DateWord::Article) {
                    j += 1;
                }
                if matches!(self.word(j), Some(DateWord::Shift(1))) {
                    j += 1;
                }
                let (n, k) = self.count(j)?;
                let p = self.word(k).and_then(as_unit)?;
                return found(i, k + 1, within(n, p)?);
            }
            Some(DateWord::Later) => {
                // "in 3 weeks" is an offset, "in 2023" a cue; "in two days
                // from today" counts from today.
                if let Some((n, j)) = self.count(i + 1) {
                    if let Some(p) = self.word(j).and_then(as_unit) {
                        if matches!(
                            self.word(j + 1),
                            Some(DateWord::After | DateWord::RangeOpen | DateWord::Before)
                        ) {
                            if let Some(found @ Parse::Found { .. }) =
                                self.latin_expr(i + 1, Ctx::Cued, day_first)
                            {
                                return Some(found);
                            }
                        }
                        let n = i32::try_from(n).ok()?;
                        let (end, m) = self.snapped(j + 1, Moment::at(Point::Offset(n, p)));
                        return found(i, end, Expr::At(m));
                    }
                }
                return self.latin_expr(i + 1, Ctx::Cued, day_first);
            }
            Some(DateWord::DayArticle) => {
                if let Some((end, m)) = self.day_then_weekday(i + 1) {
                    return found(i, end, Expr::At(m));
                }
                // "le 23": a bare day number after "le" is a day of the
                // nearest month; "le 12 décembre" keeps "le" out.
                if let (Some((d, 1..=2)), true) = (self.num(i + 1), self.standalone(i + 1)) {
                    let next = self.kind(i + 2);
                    let alone = !matches!(next, Some(Kind::Num(..) | Kind::Word(_)))
                        && !matches!(next, Some(Kind::Punct('%' | '/' | '-' | ':')) if self.glued(i + 2));
                    if alone && (1..=31).contains(&d) {
                        return found(i + 1, i + 2, Expr::At(Moment::at(Point::Day(d))));
                    }
                }
                return self.latin_expr(i + 1, Ctx::Cued, day_first);
            }
            Some(DateWord::Article)
                if self.word(i + 1) == Some(DateWord::Unit(Period::Day))
                    && self.clause_ends(match self.word(i + 2) {
                        Some(DateWord::Before | DateWord::After) => i + 3,
                        _ => i + 2,
                    }) =>
            {
                // "for the day", "the day before", "the day after" ending a
                // clause: the anchor day, the day before it or after it
                // (as upstream reads them; "the day before the attack"
                // is not read).
                let (n, end) = match self.word(i + 2) {
                    Some(DateWord::Before) => (-1, i + 3),
                    Some(DateWord::After) => (1, i + 3),
                    _ => (0, i + 2),
                };
                return found(i, end, Expr::At(Moment::at(Point::RelDay(n))));
            }
            Some(DateWord::Article)
                if self.first_last_of(i + 1, day_first).is_some()
                    || self.nth_month(i + 1, day_first).is_some()
                    || self.shifted_decades(i + 1) =>
            {
                // "the first 2 weeks of 2021", "the third month of 2021",
                // "the next decade" keep their article, as upstream spans
                // them.
                if let Some(Parse::Found { end, expr, .. }) =
                    self.latin_expr(i + 1, Ctx::Cued, day_first)
                {
                    return found(i, end, expr);
                }
                return None;
            }
            Some(DateWord::Article) => {
                // "the 18th", "la semaine dernière" keep their article;
                // "the December 12 attack" does not.
                let next = self.word(i + 1);
                let keep = (self.num(i + 1).is_some() && self.has_ordinal(i + 1))
                    || (matches!(
                        next,
                        Some(DateWord::Period(_) | DateWord::YearNoun | DateWord::Unit(_))
                    ) && self.num(i + 2).is_none()
                        && self.word(i + 2) != Some(DateWord::ToDate))
                    || (matches!(next, Some(DateWord::Ordinal(_)))
                        && matches!(
                            self.word(i + 2),
                            Some(DateWord::Period(Period::Week | Period::Quarter))
                        ))
                    // "the last week of July".
                    || (next == Some(DateWord::Shift(-1))
                        && self.word(i + 2) == Some(DateWord::Period(Period::Week))
                        && matches!(self.word(i + 3), Some(DateWord::Cue | DateWord::RangeOpen)));
                if keep {
                    if let Some(Parse::Found { end, expr, .. }) =
                        self.latin_expr(i + 1, Ctx::Cued, day_first)
                    {
                        return found(i, end, expr);
                    }
                }
                return self.latin_expr(i + 1, Ctx::Cued, day_first);
            }
            _ => {}
        }
        if let Some((end, m)) = self.clock_then_day(i, day_first) {
            return found(i, end, Expr::At(m));
        }
        self.latin_expr(i, Ctx::Free, day_first)
    }

    /// An expression without an opener: "the next 3 days", a range such as
    /// "11 au 12 décembre" or "November 18-19", or a single moment maybe
    /// followed by "or later".
    fn latin_expr(&self, i: usize, ctx: Ctx, day_first: bool) -> Option<Parse> {
        // "two days after today", "three weeks from tomorrow", "2 weeks
        // before May 13 1999", "deux jours après lundi".
        if let Some((end, m)) = self.count_from(i, day_first) {
            return Some(Parse::Found {
                start: i,
                end,
                expr: Expr::At(m),
            });
        }
        // "Monday two weeks from now", "Thursday, two years from now":
        // that weekday of the week the shifted day falls in.
        if let Some(DateWord::Weekday(wd)) = self.word(i) {
            let k = if self.punct(i + 1, ',') { i + 2 } else { i + 1 };
            if let Some((end, m)) = self.count_from(k, day_first) {
                if m.snap.is_none() {
                    let m = Moment {
                        snap: Some(wd),
                        ..m
                    };
                    return Some(Parse::Found {
                        start: i,
                        end,
                        expr: Expr::At(m),
                    });
                }
            }
        }
        // "3 days starting from next Monday", "a week starting tomorrow".
        if let Some((end, expr)) = self.lasting(i, false, day_first) {
            return Some(Parse::Found {
                start: i,
                end,
                expr,
            });
        }
        // "first ten days of last year", "the last 3 weeks of this year".
        if let Some((end, expr)) = self.first_last_of(i, day_first) {
            return Some(Parse::Found {
                start: i,
                end,
                expr,
            });
        }
        if let Some((end, m)) = self.nth_month(i, day_first) {
            return Some(Parse::Found {
                start: i,
                end,
                expr: Expr::At(m),
            });
        }
        if let Some((end, expr)) = self.count_range(i) {
            return Some(Parse::Found {
                start: i,
                end,
                expr,
            });
        }
        if let Some((end, expr)) = self.latin_range(i, day_first, false) {
            return Some(Parse::Found {
                start: i,
                end,
                expr,
            });
        }
        // "from 10:30 to 3 on 1/1/2015", "3:00 to 4:00 tomorrow".
        if self.num(i).is_some() {
            if let Some(found) = self.clock_range_then_day(i, i, false, day_first) {
                return Some(found);
            }
        }
        Some(match self.latin_moment(i, ctx, day_first)? {
            Ok((end, m)) if m.point.is_day() && m.part.is_none() => {
                // "Monday 8-9am", "tomorrow from 10 to 11:30", "Tuesday,
                // Jan 15, 1:00 PM - 1:15 PM".
                let range = match m.clock {
                    Some(c) => self.clock_range_end(end, false).map(|(e, b)| (e, c, b)),
                    None => {
                        let k = match self.word(end) {
                            Some(DateWord::RangeOpen | DateWord::At) => end + 1,
                            _ if self.punct(end, ',') => end + 1,
                            _ => end,
                        };
                        let opened = k > end;
                        self.clock_range(k, opened)
                    }
                };
                if let Some((e, a, b)) = range {
                    let first = Moment {
                        clock: Some(a),
                        ..m
                    };
                    let second = Moment {
                        clock: Some(b),
                        ..m
                    };
                    return Some(Parse::Found {
                        start: i,
                        end: e,
                        expr: Expr::Range(first, second),
                    });
                }
                let (end, expr) = self.or_later(end, m, day_first);
                Parse::Found {
                    start: i,
                    end,
                    expr,
                }
            }
            Ok((end, m)) => {
                let (end, expr) = self.or_later(end, m, day_first);
                Parse::Found {
                    start: i,
                    end,
                    expr,
                }
            }
            Err(end) => Parse::Invalid { end },
        })
    }

    /// Whether the token before `i` is an article ("the week"), and the
    /// one after `i` does not name another time ("the week of April 10th",
    /// "the year 2008").
    fn after_article(&self, i: usize) -> bool {
        i > 0
            && self.word(i - 1) == Some(DateWord::Article)
            && self.num(i + 1).is_none()
            && !matches!(
                self.word(i + 1),
                Some(DateWord::Cue | DateWord::RangeOpen | DateWord::Since)
            )
    }

    /// A moment ending at `end`, maybe followed by "or later", "and
    /// before", "ou après": those make it an open interval, unless a date
    /// follows ("after 2016 and before 2018" is two intervals).
    fn or_later(&self, end: usize, m: Moment, day_first: bool) -> (usize, Expr) {
        let date_at = |k: usize| matches!(self.latin_moment(k, Ctx::Cued, day_first), Some(Ok(_)));
        match (self.word(end), self.word(end + 1)) {
            (Some(DateWord::OrLater), _) => (end + 1, Expr::Since(m)),
            (Some(DateWord::OrEarlier), _) => (end + 1, Expr::Until(m)),
            (
                Some(DateWord::RangeAnd | DateWord::Or),
                Some(w @ (DateWord::After | DateWord::Before)),
            ) => {
                let article = self.word(end + 2) == Some(DateWord::Article);
                // "1/1/2016 and after 6PM": a time follows.
                let number = self.num(end + 2).is_some();
                if number || date_at(end + 2) || (article && date_at(end + 3)) {
                    (end, Expr::At(m))
                } else if w == DateWord::After {
                    (end + 2, Expr::Since(m))
                } else {
                    (end + 2, Expr::Until(m))
                }
            }
            _ => (end, Expr::At(m)),
        }
    }

    /// "next 3 days", "the past two weeks", "3 prochains jours", "10
    /// semaines précédentes", "今後5日間", "過去5年間": the days after
    /// the anchor day, or before it.
    /// Shared with the Japanese grammar.
    pub(super) fn count_range(&self, i: usize) -> Option<(usize, Expr)> {
        use DateWord as W;
        let shift = |k: usize| match self.word(k) {
            Some(W::Shift(s)) if s != 0 => Some(i32::from(s)),
            _ => None,
        };
        let (s, n, p, end) = if let Some(s) = shift(i) {
            // "過去の10年間".
            let k = if self.word(i + 1) == Some(W::Link) {
                i + 2
            } else {
                i + 1
            };
            let (n, j) = self.count(k)?;
            // "次の十二日": Japanese counts days with 日 too.
            let unit = match self.word(j) {
                Some(W::DaySuffix) => Some(Period::Day),
                w => w.and_then(as_unit),
            };
            (s, n, unit?, j + 1)
        } else {
            let (n, j) = self.count(i)?;
            if let Some(s) = shift(j) {
                // "3 prochains jours", "deux dernières semaines"; not "3
                // next week" (a count, then a singular period).
                let unit = self.word(j + 1);
                // ("mois" is both).
                if n != 1
                    && matches!(
                        unit,
                        Some(DateWord::Period(Period::Week | Period::Year) | DateWord::YearNoun)
                    )
                {
                    return None;
                }
                (s, n, unit.and_then(as_unit)?, j + 2)
            } else {
                let p = self.word(j).and_then(as_unit)?;
                (shift(j + 1)?, n, p, j + 2)
            }
        };
        let n = i32::try_from(n).ok().filter(|&n| n > 0)?;
        // Quarters and decades count whole ones: "the last 2 quarters",
        // "the next two decades".
        if matches!(p, Period::Quarter | Period::Decade) {
            let (a, b) = if s > 0 { (1, n) } else { (-n, -1) };
            let range = Expr::Range(
                Moment::at(Point::Period(p, a)),
                Moment::at(Point::Period(p, b)),
            );
            return Some((end, range));
        }
        // The day after or before the anchor: a business day for
        // business days.
        let one = if p == Period::BusinessDay {
            Period::BusinessDay
        } else {
            Period::Day
        };
        let (first, last) = if s > 0 {
            (Point::Offset(1, one), Point::Offset(n, p))
        } else {
            (Point::Offset(-n, p), Point::Offset(-1, one))
        };
        Some((end, Expr::Range(Moment::at(first), Moment::at(last))))
    }

    /// `A to B`, `A and B` (only after an opener), `A - B`.
    fn latin_range(&self, i: usize, day_first: bool, opened: bool) -> Option<(usize, Expr)> {
        let mut i = i;
        if opened && self.word(i) == Some(DateWord::Article) {
            i += 1;
        }
        let (j, first) = self.latin_moment(i, Ctx::Range, day_first)?.ok()?;
        // "from March to date".
        if self.word(j) == Some(DateWord::ToDate) && self.num(j + 1).is_none() {
            let today = Moment::at(Point::RelDay(0));
            return Some((j + 1, Expr::Range(first, today)));
        }
        let connector = match self.kind(j)? {
            Kind::Word(DateWord::RangeTo) => true,
            Kind::Word(DateWord::RangeAnd) => opened,
            Kind::Word(DateWord::Until) => opened,
            Kind::Punct('-' | '~') => true,
            _ => false,
        };
        if !connector {
            return None;
        }
        let mut k = j + 1;
        if self.word(k) == Some(DateWord::Article) {
            k += 1;
        }
        let (mut end, mut second) = self.latin_moment(k, Ctx::Range, day_first)?.ok()?;
        // "5/1-5/7, 2020": a year after the second end.
        if let Point::Date {
            year: None,
            month,
            day,
        } = second.point
        {
            if let (true, Some((v, 4))) = (self.punct(end, ','), self.num(end + 1)) {
                let year = valid_year(v, 4).map(YearRef::Abs);
                if year.is_some() && self.standalone(end + 1) && valid_day(year, month, day) {
                    second.point = Point::Date { year, month, day };
                    end += 2;
                }
            }
        }
        let (first, second) = join(first, second)?;
        if let (Point::Day(a), Point::Day(b)) = (first.point, second.point) {
            // "4-23 mois prochain": days of a relative month. An opener
            // before the dash stays out ("de 4-23 mois prochain"), as
            // upstream French reads it.
            if !opened && self.punct(j, '-') {
                if let Some((end, s)) = self.relative_month_after(end) {
                    let first = Moment::at(Point::DayOfMonth(s, a));
                    let second = Moment::at(Point::DayOfMonth(s, b));
                    return Some((end, Expr::Range(first, second)));
                }
            }
            // A lone pair of bare numbers is not a range of days ("3 to 5").
            return None;
        }
        Some((end, Expr::Range(first, second)))
    }

    pub(super) fn latin_moment(&self, i: usize, ctx: Ctx, day_first: bool) -> Option<Step> {
        let step = self.latin_point(i, ctx, day_first)?;
        let Ok((j, mut m)) = step else {
            return Some(step);
        };
        // "le 12 décembre dernier", "en août prochain": the past or next
        // occurrence.
        let mut j = j;
        if let Some(DateWord::Shift(lean @ (-1 | 1))) = self.word(j) {
            let lean = i32::from(lean);
            let leaned = match m.point {
                Point::Date {
                    year: None,
                    month,
                    day,
                } => Some(Point::DateLean { month, day, lean }),
                Point::Month { year: None, month } => Some(Point::MonthLean { month, lean }),
                _ => None,
            };
            if let Some(point) = leaned {
                m.point = point;
                j += 1;
            }
        }
        // A part of day after a day: "Thursday night", "hier soir".
        if m.part.is_none() && m.point.is_day() {
            if let Some(DateWord::PartOfDay(p)) = self.word(j) {
                m.part = Some(p);
                j += 1;
            }
        }
        // A clock time: "tomorrow at 8:00am", "le 12 décembre à 14h30";
        // not after a holiday ("Christmas Eve at 6 p.m." is a date and a
        // time, as upstream reads it).
        let holiday = matches!(
            self.word(i),
            Some(DateWord::Holiday(..) | DateWord::Easter(_) | DateWord::HolidayNth(..))
        );
        if m.point.is_day() && m.clock.is_none() && !holiday {
            // Only "at" lets a bare hour be a time ("Friday at 5"); after
            // "à" (also "to") or a comma the time must look like one.
            let (k, cued) = match self.kind(j) {
                Some(Kind::Word(DateWord::At)) => (j + 1, true),
                Some(Kind::Word(DateWord::RangeTo)) => (j + 1, false),
                Some(Kind::Punct(',')) => (j + 1, false),
                _ => (j, false),
            };
            if let Some((end, clock)) = self.latin_clock(k, cued) {
                m.clock = Some(clock);
                return Some(Ok((end, m)));
            }
        }
        Some(Ok((j, m)))
    }

    fn latin_point(&self, i: usize, ctx: Ctx, day_first: bool) -> Option<Step> {
        use DateWord as W;
        let w = self.word(i);
        match w {
            Some(W::Period(Period::Week))
                if matches!(self.word(i + 1), Some(W::Cue | W::Since | W::RangeOpen)) =>
            {
                // "the week of April 10th", "the week beginning February 4".
                let mut k = i + 2;
                if matches!(self.word(k), Some(W::Article | W::DayArticle)) {
                    k += 1;
                }
                let (end, m) = self.latin_point(k, Ctx::Range, day_first)?.ok()?;
                let point = match m.point {
                    Point::Date { year, month, day } => Point::WeekHolding { year, month, day },
                    Point::Day(d) => Point::WeekHolding {
                        year: None,
                        month: 0,
                        day: d,
                    },
                    _ => return None,
                };
                Some(Ok((end, Moment::at(point))))
            }
            Some(W::Shift(-1))
                if self.word(i + 1) == Some(W::Period(Period::Week))
                    && matches!(self.word(i + 2), Some(W::Cue | W::RangeOpen)) =>
            {
                // "last week of July".
                self.week_of(i + 2, -1, day_first)
            }
            Some(W::Period(Period::Week)) if matches!(self.num(i + 1), Some((1..=53, 1..=2))) => {
                // "week 31", "week 1 of 2027": an ISO week.
                let (w, _) = self.num(i + 1)?;
                let (end, year) = self.quarter_year(i + 2);
                Some(Ok((end, Moment::at(Point::IsoWeek { year, week: w }))))
            }
            Some(W::Weekday(wd) | W::WeekdayWeak(wd)) => {
                // "Friday, December 12", "vendredi 12 décembre", "mer. 10
                // juin".
                let mut j = i + 1;
                if matches!(w, Some(W::WeekdayWeak(_))) && self.punct(j, '.') && self.glued(j) {
                    j += 1;
                }
                if self.punct(j, ',') {
                    j += 1;
                }
                if self.word(j) == Some(W::Article) {
                    j += 1;
                }
                // "Friday-Jun-15", "friday (jun-15)": a date after a dash or
                // in brackets.
                let dash = self.punct(j, '-') && self.glued(j);
                let bracket = self.punct(j, '(');
                if (dash || bracket)
                    && matches!(self.word(j + 1), Some(W::Month(_) | W::MonthWeak(_)))
                {
                    if let Some(Ok((k, m))) = self.latin_date(j + 1, Ctx::Range, day_first) {
                        let closed = !bracket || self.punct(k, ')');
                        if matches!(m.point, Point::Date { .. }) && closed {
                            let m = with_weekday(m, wd);
                            return Some(Ok((k + usize::from(bracket), m)));
                        }
                    }
                }
                // "Friday 7.6" (en), "vendredi 6.7" (fr): after a weekday a
                // dotted pair of small numbers is a day and month, unless
                // a time mark follows ("Friday 7.30pm").
                if let (Some((a, 1..=2)), Some((b, 1..=2))) = (self.num(j), self.num(j + 2)) {
                    let dotted = self.punct(j + 1, '.') && self.glued(j + 1) && self.glued(j + 2);
                    let more = matches!(
                        self.kind(j + 3),
                        Some(
                            Kind::Punct('.' | ':' | '/' | '-')
                                | Kind::Word(W::Meridiem(_) | W::HourMark)
                        )
                    ) && self.glued(j + 3)
                        && (self.num(j + 4).is_some()
                            || matches!(self.word(j + 3), Some(W::Meridiem(_) | W::HourMark)));
                    let (month, day) = if day_first { (b, a) } else { (a, b) };
                    if dotted && !more && valid_day(None, month, day) {
                        let point = Point::Date {
                            year: None,
                            month,
                            day,
                        };
                        return Some(Ok((j + 3, Moment::at(point))));
                    }
                }
                // "Monday 8-9am", "Tuesday 9 am", "mardi 14h": a time, not a day.
                let time_after = matches!(
                    self.kind(j + 1),
                    Some(
                        Kind::Punct('-' | ':' | '/' | '.')
                            | Kind::Word(W::Meridiem(_) | W::HourMark)
                    )
                ) && self.num(j).is_some();
                let step = self.latin_date(j, Ctx::Range, day_first).filter(|step| {
                    !(time_after
                        && matches!(
                            step,
                            Ok((
                                _,
                                Moment {
                                    point: Point::Day(_),
                                    ..
                                }
                            ))
                        ))
                });
                if let Some(step) = step {
                    match step {
                        Ok((
                            k,
                            m @ Moment {
                                point: Point::Day(d),
                                ..
                            },
                        )) => {
                            let point = Point::WeekdayDay(wd, d);
                            return Some(Ok((k, Moment { point, ..m })));
                        }
                        Ok((
                            k,
                            m @ Moment {
                                point: Point::Date { .. },
                                ..
                            },
                        )) => {
                            return Some(Ok((k, with_weekday(m, wd))));
                        }
                        Err(_) => return Some(step),
                        _ => {}
                    }
                }
                if matches!(w, Some(W::WeekdayWeak(_))) {
                    return None;
                }
                // "Tuesday of next week", "mardi de la semaine prochaine".
                let mut k = i + 1;
                if matches!(self.word(k), Some(W::Cue | W::RangeOpen)) {
                    k += 1;
                    if matches!(self.word(k), Some(W::Article | W::DayArticle)) {
                        k += 1;
                    }
                    if let Some((end, shift)) = self.week_shift(k) {
                        let point = Point::Weekday(wd, WeekdayRule::InWeek(shift));
                        return Some(Ok((end, Moment::at(point))));
                    }
                }
                // "jeudi dernier", "mardi prochain".
                let rule = match self.word(i + 1) {
                    Some(W::Shift(-1)) => Some(WeekdayRule::Before),
                    Some(W::Shift(1)) => Some(WeekdayRule::After),
                    _ => None,
                };
                if let Some(rule) = rule {
                    return Some(Ok((i + 2, Moment::at(Point::Weekday(wd, rule)))));
                }
                Some(Ok((
                    i + 1,
                    Moment::at(Point::Weekday(wd, WeekdayRule::OnOrBefore)),
                )))
            }
            Some(W::RelDay(n)) => Some(Ok((i + 1, Moment::at(Point::RelDay(n.into()))))),
            Some(W::Now) if ctx == Ctx::Range => Some(Ok((i + 1, Moment::at(Point::RelDay(0))))),
            Some(W::RelDayPart(n, p)) => Some(Ok((
                i + 1,
                Moment {
                    part: Some(p),
                    ..Moment::at(Point::RelDay(n.into()))
                },
            ))),
            Some(W::Shift(_)) | Some(W::Period(Period::Week))
                if self
                    .week_shift(i)
                    .is_some_and(|(k, _)| self.weekday_after(k).is_some()) =>
            {
                // "next week Wednesday", "semaine prochaine mercredi".
                let (k, shift) = self.week_shift(i)?;
                let (end, wd) = self.weekday_after(k)?;
                Some(Ok((
                    end,
                    Moment::at(Point::Weekday(wd, WeekdayRule::InWeek(shift))),
                )))
            }
            Some(W::Shift(s)) => {
                let s = i32::from(s);
                // "this friday 5/12", "next 6th of April", "this 5/12": the
                // date wins over the weekday; the shift picks its year
                // (this year's, or the nearest occurrence after or before
                // the anchor).
                if let Some(Ok((end, m))) = self.latin_point(i + 1, Ctx::Range, day_first) {
                    // "last Easter", "next Easter Monday".
                    if let (Point::Easter { year: None, offset }, -1 | 1) = (m.point, s) {
                        let point = Point::EasterLean { offset, lean: s };
                        return Some(Ok((end, Moment { point, ..m })));
                    }
                    // "next friday 5/12": the shift is the weekday's, the
                    // date is this year's.
                    let weekday =
                        matches!(self.word(i + 1), Some(W::Weekday(_) | W::WeekdayWeak(_)));
                    if let Point::Date { year, month, day } = m.point {
                        let point = match (year, s) {
                            (Some(_), _) => m.point,
                            (None, 0) => Point::Date {
                                year: Some(YearRef::Rel(0)),
                                month,
                                day,
                            },
                            (None, _) if weekday => Point::Date {
                                year: Some(YearRef::Rel(0)),
                                month,
                                day,
                            },
                            (None, lean) => Point::DateLean { month, day, lean },
                        };
                        return Some(Ok((end, Moment { point, ..m })));
                    }
                }
                match self.word(i + 1)? {
                    // "last fiscal year".
                    W::FiscalYear => Some(Ok((
                        i + 2,
                        Moment::at(Point::FiscalYear(Some(YearRef::Rel(s)))),
                    ))),
                    // "this summer", "last fall", "cet été".
                    W::Season(season) | W::SeasonWeak(season) => Some(Ok((
                        i + 2,
                        Moment::at(Point::Season {
                            year: Some(YearRef::Rel(s)),
                            season,
                        }),
                    ))),
                    W::Period(p) => Some(Ok((i + 2, Moment::at(Point::Period(p, s))))),
                    W::YearNoun => Some(Ok((i + 2, Moment::at(Point::Period(Period::Year, s))))),
                    W::Weekday(wd) => {
                        // "next Friday", "previous Monday": that day of
                        // the next or previous week, as upstream reads
                        // them; "last Thursday", "this coming Friday": the
                        // nearest one (see the module documentation).
                        let week = matches!(self.raw_word(i), Some(W::ShiftWeek(_)));
                        let rule = match s {
                            -1 | 1 if week => WeekdayRule::InWeek(s),
                            -1 => WeekdayRule::Before,
                            1 => WeekdayRule::After,
                            _ => WeekdayRule::InWeek(0),
                        };
                        Some(Ok((i + 2, Moment::at(Point::Weekday(wd, rule)))))
                    }
                    // "this September", "cette décembre": this year's;
                    // "from this May to ...".
                    W::Month(m) if s == 0 => Some(Ok((
                        i + 2,
                        Moment::at(Point::Month {
                            year: Some(YearRef::Rel(0)),
                            month: m.into(),
                        }),
                    ))),
                    W::MonthWeak(m) if s == 0 && ctx == Ctx::Range => Some(Ok((
                        i + 2,
                        Moment::at(Point::Month {
                            year: Some(YearRef::Rel(0)),
                            month: m.into(),
                        }),
                    ))),
                    _ => None,
                }
            }
            Some(W::Period(p @ (Period::Week | Period::Month | Period::Quarter)))
                if self.word(i + 1) == Some(W::ToDate) =>
            {
                // "month to date", "quarter to date".
                let m = Moment {
                    portion: Some(Portion::BeforeAnchor),
                    ..Moment::at(Point::Period(p, 0))
                };
                Some(Ok((i + 2, m)))
            }
            Some(W::Period(p)) => match self.word(i + 1) {
                // "semaine dernière", "l'an dernier", "mois prochain".
                Some(W::Shift(s)) if s != 0 => {
                    Some(Ok((i + 2, Moment::at(Point::Period(p, s.into())))))
                }
                // "the weekend", "le week-end": the latest one that began
                // on or before the anchor day.
                _ if p == Period::Weekend => Some(Ok((i + 1, Moment::at(Point::RecentWeekend)))),
                // "the week after next".
                Some(W::After) if p == Period::Week && self.word(i + 2) == Some(W::Shift(1)) => {
                    Some(Ok((i + 3, Moment::at(Point::Period(p, 2)))))
                }
                // "the week", "the month" ("partner of the month"): the
                // anchor's, as upstream reads them.
                // "la journée" is the anchor day.
                _ if self.after_article(i)
                    && matches!(
                        p,
                        Period::Week | Period::Month | Period::Fortnight | Period::Day
                    ) =>
                {
                    Some(Ok((i + 1, Moment::at(Point::Period(p, 0)))))
                }
                _ => None,
            },
            Some(W::YearNoun) => match self.word(i + 1) {
                Some(W::Shift(s)) if s != 0 => Some(Ok((
                    i + 2,
                    Moment::at(Point::Period(Period::Year, s.into())),
                ))),
                // "the year" ("partner of the year"): the anchor's.
                _ if self.after_article(i) && self.num(i + 1).is_none() => {
                    Some(Ok((i + 1, Moment::at(Point::Period(Period::Year, 0)))))
                }
                // "year to date".
                Some(W::ToDate) => {
                    let m = Moment {
                        portion: Some(Portion::BeforeAnchor),
                        ..Moment::at(Point::Period(Period::Year, 0))
                    };
                    Some(Ok((i + 2, m)))
                }
                // "cy18": a calendar year in two digits, glued.
                _ if matches!(self.num(i + 1), Some((_, 2)))
                    && self.glued(i + 1)
                    && self.standalone(i + 1) =>
                {
                    let (v, _) = self.num(i + 1)?;
                    Some(Ok((i + 2, Moment::at(Point::Year(two_digit_year(v))))))
                }
                _ => {
                    // "year 2008", "année 2008".
                    let (v, d) = self.num(i + 1)?;
                    match valid_year(v, d) {
                        Some(y) if self.standalone(i + 1) => {
                            Some(Ok((i + 2, Moment::at(Point::Year(y)))))
                        }
                        _ => None,
                    }
                }
            },
            Some(W::FiscalYear) => {
                // "fiscal year 2008", "FY2008", "fiscal year" alone.
                // "FY18", "sy18": two digits glued.
                let year = self
                    .num(i + 1)
                    .filter(|&(_, d)| d == 4 && self.standalone(i + 1))
                    .and_then(|(v, d)| valid_year(v, d))
                    .or_else(|| {
                        self.num(i + 1)
                            .filter(|&(_, d)| d == 2 && self.glued(i + 1) && self.standalone(i + 1))
                            .map(|(v, _)| two_digit_year(v))
                    });
                let end = if year.is_some() { i + 2 } else { i + 1 };
                let point = Point::FiscalYear(year.map(YearRef::Abs));
                Some(Ok((end, Moment::at(point))))
            }
            Some(W::Season(season) | W::SeasonWeak(season)) => {
                // "summer 2025", "l'été", "the fall"; a weak name ("spring",
                // "été") needs an article or a cue before it, or a year.
                // "summer 2025", "fall of 2024".
                let y = if matches!(self.word(i + 1), Some(W::Cue | W::RangeOpen)) {
                    i + 2
                } else {
                    i + 1
                };
                let year = self
                    .num(y)
                    .filter(|&(_, d)| d == 4 && self.standalone(y))
                    .and_then(|(v, d)| valid_year(v, d));
                // "the fall of Kabul" is not autumn.
                let cued = i > 0
                    && match self.word(i - 1) {
                        Some(W::Cue | W::Later | W::RangeOpen) => true,
                        Some(W::Article | W::DayArticle) => {
                            !matches!(self.word(i + 1), Some(W::Cue | W::RangeOpen))
                        }
                        _ => false,
                    };
                if matches!(w, Some(W::SeasonWeak(_))) && year.is_none() && !cued {
                    return None;
                }
                let point = Point::Season {
                    year: year.map(YearRef::Abs),
                    season,
                };
                let end = if year.is_some() { y + 1 } else { i + 1 };
                Some(Ok((end, Moment::at(point))))
            }
            Some(W::Ago) => {
                // "il y a deux jours", "il y a environ un mois".
                let k = if self.word(i + 1) == Some(W::About) {
                    i + 2
                } else {
                    i + 1
                };
                let (n, j) = self.count(k)?;
                let p = self.word(j).and_then(as_unit)?;
                let n = i32::try_from(n).ok()?;
                Some(Ok((j + 1, Moment::at(Point::Offset(-n, p)))))
            }
            // "twenty five January nineteen eighty six": a day in words
            // before a month, with a year.
            Some(W::Count(_))
                if self.spoken_small(i).is_some_and(|(d, k)| {
                    (2..=31).contains(&d)
                        && matches!(self.word(k), Some(W::Month(_) | W::MonthWeak(_)))
                }) =>
            {
                let (day, k) = self.spoken_small(i)?;
                let Some(W::Month(m) | W::MonthWeak(m)) = self.word(k) else {
                    return None;
                };
                match self.with_year(k + 1, m.into(), day) {
                    Ok((
                        end,
                        m @ Moment {
                            point: Point::Date { year: Some(_), .. },
                            ..
                        },
                    )) => Some(Ok((end, m))),
                    _ => None,
                }
            }
            Some(W::Count(_)) => self.latin_ago(i).or_else(|| {
                // "in nineteen ninety six", "in two thousand and twenty".
                let (end, y) = self.spoken_year(i, false).filter(|_| ctx != Ctx::Free)?;
                Some(Ok((end, Moment::at(Point::Year(y)))))
            }),
            Some(W::Decade) => {
                // "les années quatre-vingt-dix": a decade of the 1900s.
                if let Some((n, end)) = self.spoken_small(i + 1) {
                    if (20..=90).contains(&n) && n % 10 == 0 {
                        let decade = Point::Decade(1900 + n as i32);
                        return Some(Ok((end, Moment::at(decade))));
                    }
                }
                let (v, 4) = self.num(i + 1)? else {
                    return None;
                };
                (v % 10 == 0).then_some(Ok((i + 2, Moment::at(Point::Decade(v as i32)))))
            }
            Some(W::Ordinal(n)) if self.word(i + 1) == Some(W::Period(Period::Week)) => {
                // "first week of 2015", "3rd week of January".
                self.week_of(i + 2, i32::from(n), day_first)
            }
            Some(W::Portion(p)) => {
                // "mid-November", "end of 2025", "fin 2025", "début décembre".
                let mut j = i + 1;
                if self.punct(j, '-') && self.glued(j) {
                    j += 1;
                }
                // "earlier in the week", "later in the month": as "this
                // week".
                if around_anchor(p)
                    && self.word(j) == Some(W::Later)
                    && self.word(j + 1) == Some(W::Article)
                {
                    let period = match self.word(j + 2) {
                        Some(W::YearNoun) => Some(Period::Year),
                        Some(W::Period(q @ (Period::Month | Period::Week))) => Some(q),
                        _ => None,
                    };
                    if let Some(period) = period {
                        let m = Moment {
                            portion: Some(p),
                            ..Moment::at(Point::Period(period, 0))
                        };
                        return Some(Ok((j + 3, m)));
                    }
                }
                if matches!(self.word(j), Some(W::Article | W::DayArticle)) {
                    j += 1;
                }
                // "end of year", "end of the month", "end of the week":
                // the anchor's.
                let bare = match self.word(j) {
                    Some(W::YearNoun) => Some(Period::Year),
                    Some(W::Period(p @ (Period::Month | Period::Week))) => Some(p),
                    _ => None,
                }
                .filter(|_| {
                    self.num(j + 1).is_none() && !matches!(self.word(j + 1), Some(W::Shift(_)))
                });
                let (k, mut m) = match bare {
                    Some(period) if !around_anchor(p) => {
                        (j + 1, Moment::at(Point::Period(period, 0)))
                    }
                    _ => self.latin_point(j, Ctx::Cued, day_first)?.ok()?,
                };
                let fits = match m.point {
                    Point::Month { .. } | Point::Year(_) => !around_anchor(p),
                    Point::Period(Period::Month | Period::Year, _) => true,
                    // "later this week", "plus tôt cette semaine", "end
                    // of the week", "earlier previous week".
                    Point::Period(Period::Week, 0) => true,
                    Point::Period(Period::Week, _) => {
                        matches!(p, Portion::Earlier | Portion::Later)
                    }
                    _ => false,
                };
                if !fits || m.portion.is_some() {
                    return None;
                }
                m.portion = Some(p);
                Some(Ok((k, m)))
            }
            Some(W::HalfLetter) => {
                // "H1 2019", "H2 of 2020": a half of a year.
                let (h, _) = self
                    .num(i + 1)
                    .filter(|&(h, d)| d == 1 && (1..=2).contains(&h))?;
                if !self.glued(i + 1) {
                    return None;
                }
                let (end, Some(YearRef::Abs(y))) = self.quarter_year(i + 2) else {
                    return None;
                };
                let portion = if h == 1 {
                    Portion::FirstHalf
                } else {
                    Portion::SecondHalf
                };
                let m = Moment {
                    portion: Some(portion),
                    ..Moment::at(Point::Year(y))
                };
                Some(Ok((end, m)))
            }
            // "in the nineties".
            Some(W::DecadeName(y)) if self.decade_cued(i) => {
                Some(Ok((i + 1, Moment::at(Point::Decade(y.into())))))
            }
            // "w/c Feb 4": the week commencing a day.
            Some(W::WeekCommencing) => {
                let (end, m) = self.latin_point(i + 1, Ctx::Range, day_first)?.ok()?;
                let Point::Date { year, month, day } = m.point else {
                    return None;
                };
                Some(Ok((
                    end,
                    Moment::at(Point::WeekHolding { year, month, day }),
                )))
            }
            Some(W::QuarterLetter) => {
                // "Q3 2025", "q1 of 2017", "q1-2019", "T3".
                let (q, _) = self
                    .num(i + 1)
                    .filter(|&(q, d)| d == 1 && (1..=4).contains(&q))?;
                if !self.glued(i + 1) {
                    return None;
                }
                let (end, year) = self.quarter_year(i + 2);
                Some(Ok((end, Moment::at(Point::Quarter { year, quarter: q }))))
            }
            Some(W::Ordinal(n))
                if (1..=4).contains(&n) && self.word(i + 1) == Some(W::Period(Period::Quarter)) =>
            {
                // "first quarter of 2013", "premier trimestre 2025".
                let (end, year) = self.quarter_year(i + 2);
                Some(Ok((
                    end,
                    Moment::at(Point::Quarter {
                        year,
                        quarter: n.into(),
                    }),
                )))
            }
            _ => {
                if let Some(step) = self.latin_ago(i) {
                    return Some(step);
                }
                self.latin_date(i, ctx, day_first)
            }
        }
    }

    /// "next week", "semaine prochaine" at `i`: the token after and the
    /// shift in weeks.
    fn week_shift(&self, i: usize) -> Option<(usize, i32)> {
        use DateWord as W;
        match (self.word(i)?, self.word(i + 1)?) {
            (W::Shift(s), W::Period(Period::Week)) | (W::Period(Period::Week), W::Shift(s)) => {
                Some((i + 2, i32::from(s)))
            }
            _ => None,
        }
    }

    /// A weekday at `i`, maybe after a dash or comma: the token after it.
    fn weekday_after(&self, i: usize) -> Option<(usize, Weekday)> {
        // "next week Wednesday", "next week, Wednesday", "next week on
        // Tuesday".
        let k = if matches!(
            self.kind(i),
            Some(Kind::Punct('-' | ',') | Kind::Word(DateWord::Cue))
        ) {
            i + 1
        } else {
            i
        };
        match self.word(k)? {
            DateWord::Weekday(wd) | DateWord::WeekdayWeak(wd) => Some((k + 1, wd)),
            _ => None,
        }
    }

    /// "of 2015", "of January" after "first week" at `i`: the `n`th week
    /// (-1 for the last) of that month or year.
    fn week_of(&self, i: usize, n: i32, day_first: bool) -> Option<Step> {
        if !matches!(self.word(i), Some(DateWord::Cue | DateWord::RangeOpen)) {
            return None;
        }
        let (end, m) = self.latin_point(i + 1, Ctx::Cued, day_first)?.ok()?;
        match m.point {
            Point::Month { .. }
            | Point::Year(_)
            | Point::Period(Period::Month | Period::Year, _) => {
                Some(Ok((end, Moment::at(Point::WeekOf(n, m.point.into_ref()?)))))
            }
            _ => None,
        }
    }

    /// The year after a quarter at `i` ("of 2017", "-2019", " 2025"), if
    /// any: the token after it and the year.
    fn quarter_year(&self, i: usize) -> (usize, Option<YearRef>) {
        let mut j = i;
        if matches!(self.word(j), Some(DateWord::Cue | DateWord::RangeOpen))
            || (self.punct(j, '-') && self.glued(j))
        {
            j += 1;
        }
        // "of the year", "of last year".
        if self.word(i) == Some(DateWord::Cue) {
            match (self.word(j), self.word(j + 1)) {
                (Some(DateWord::Article), Some(DateWord::YearNoun)) => {
                    return (j + 2, Some(YearRef::Rel(0)));
                }
                (Some(DateWord::Shift(s)), Some(DateWord::YearNoun)) => {
                    return (j + 2, Some(YearRef::Rel(s.into())));
                }
                _ => {}
            }
        }
        match self.num(j) {
            Some((v, d)) if self.standalone(j) => match valid_year(v, d) {
                Some(y) => (j + 1, Some(YearRef::Abs(y))),
                None => (i, None),
            },
            _ => (i, None),
        }
    }

    /// A range of clock times at `i`: "8-9am", "10 to 11:30", "1:00 PM -
    /// 1:15 PM", "de 9h à 11h", "between 3 and 5" (`opened` allows "and").
    /// An hour without am/pm takes the other end's; an end before the
    /// start is read in the afternoon ("10-4").
    fn clock_range(&self, i: usize, opened: bool) -> Option<(usize, Clock, Clock)> {
        use DateWord as W;
        let (j, mut a) = self.latin_clock(i, true)?;
        let b = self.clock_range_end(j, opened)?;
        let (end, mut b) = b;
        let a_meridiem = matches!(self.word(j - 1), Some(W::Meridiem(_)));
        let b_meridiem = matches!(self.word(end - 1), Some(W::Meridiem(_)));
        if !a_meridiem && b_meridiem && b.hour >= 12 && a.hour < 12 && a.hour + 12 <= b.hour {
            a.hour += 12;
        }
        if b.hour * 60 + b.minute <= a.hour * 60 + a.minute && b.hour < 12 && !b_meridiem {
            b.hour += 12;
        }
        (a.hour * 60 + a.minute < b.hour * 60 + b.minute).then_some((end, a, b))
    }

    /// A clock range at `k` followed by a day ("on 1/1/2015", "tomorrow"),
    /// reported from `start`.
    fn clock_range_then_day(
        &self,
        start: usize,
        k: usize,
        opened: bool,
        day_first: bool,
    ) -> Option<Parse> {
        let (j, a, b) = self.clock_range(k, opened)?;
        let mut d = j;
        if matches!(self.word(d), Some(DateWord::Cue)) || self.punct(d, ',') {
            d += 1;
        }
        let (end, m) = self.latin_moment(d, Ctx::Cued, day_first)?.ok()?;
        if !m.point.is_day() || m.clock.is_some() {
            return None;
        }
        Some(Parse::Found {
            start,
            end,
            expr: Expr::Range(
                Moment {
                    clock: Some(a),
                    part: None,
                    ..m
                },
                Moment {
                    clock: Some(b),
                    part: None,
                    ..m
                },
            ),
        })
    }

    /// The second end of a clock range at `j`: a connector and a clock.
    fn clock_range_end(&self, j: usize, opened: bool) -> Option<(usize, Clock)> {
        use DateWord as W;
        let connector = match self.kind(j)? {
            Kind::Punct('-' | '~') => true,
            Kind::Word(W::RangeTo | W::Until) => true,
            Kind::Word(W::RangeAnd) => opened,
            _ => false,
        };
        if !connector {
            return None;
        }
        self.latin_clock(j + 1, true)
    }

    /// A clock time at `i`: "10:30", "10:30 pm", "8am", "14h30", "9
    /// heures", and a bare hour after "at" (`cued`): the token after it.
    pub(super) fn latin_clock(&self, i: usize, cued: bool) -> Option<(usize, Clock)> {
        use DateWord as W;
        if let Some(W::ClockWord(h)) = self.word(i) {
            let clock = Clock {
                hour: u32::from(h),
                minute: 0,
                second: 0,
                minutes_given: false,
            };
            return Some((i + 1, clock));
        }
        let (h, hd) = self.num(i)?;
        if hd > 2 || h > 23 {
            return None;
        }
        let mut j = i + 1;
        let mut minute = None;
        let mut second = 0;
        let mut marked = false;
        let minutes_follow =
            self.glued(j) && self.glued(j + 1) && matches!(self.num(j + 1), Some((_, 2)));
        if self.punct(j, ':') || (self.punct(j, '.') && cued && minutes_follow) {
            if let (true, Some((m, 2))) = (self.glued(j) && self.glued(j + 1), self.num(j + 1)) {
                if m > 59 {
                    return None;
                }
                minute = Some(m);
                j += 2;
                // Seconds: "17:49:19".
                if let (true, Some((sec @ 0..=59, 2))) = (
                    self.punct(j, ':') && self.glued(j) && self.glued(j + 1),
                    self.num(j + 1),
                ) {
                    second = sec;
                    j += 2;
                }
            } else {
                return None;
            }
        } else if self.word(j) == Some(W::HourMark) {
            marked = true;
            j += 1;
            if let (Some((m, 2)), true) = (self.num(j), self.glued(j)) {
                if m > 59 {
                    return None;
                }
                minute = Some(m);
                j += 1;
            }
        }
        let mut hour = h;
        if let Some(W::Meridiem(pm)) = self.word(j) {
            if h == 0 || h > 12 {
                return None;
            }
            hour = match (pm, h) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            };
            marked = true;
            j += 1;
        }
        if minute.is_none() && !marked && !cued {
            return None;
        }
        Some((
            j,
            Clock {
                hour,
                minute: minute.unwrap_or(0),
                second,
                minutes_given: minute.is_some(),
            },
        ))
    }

    /// "two days ago", "3 weeks ago", "a fortnight later" (later than the
    /// anchor day, as upstream reads it).
    fn latin_ago(&self, i: usize) -> Option<Step> {
        let (n, j) = self.count(i)?;
        let p = self.word(j).and_then(as_unit)?;
        let n = i32::try_from(n).ok()?;
        let sign = |k: usize| match self.word(k) {
            Some(DateWord::Ago) => Some(-1),
            Some(DateWord::Portion(Portion::Later)) => Some(1),
            _ => None,
        };
        if let Some(s) = sign(j + 1) {
            return Some(Ok((j + 2, Moment::at(Point::Offset(s * n, p)))));
        }
        // "2 weeks and 2 days ago", "2 years 1 month 21 days later": a
        // compound duration, counted in months and days.
        // After "the last 3 months and", "2 weeks" continues that
        // duration: "and 2 days ago" stands alone.
        let continues = i > 1
            && self.word(i - 1) == Some(DateWord::RangeAnd)
            && self.word(i - 2).and_then(as_unit).is_some();
        if continues {
            return None;
        }
        let (mut months, mut days) = (0i32, 0i32);
        let mut add = |n: i32, p: Period| -> Option<()> {
            match p {
                Period::Day => days = days.checked_add(n)?,
                Period::Week => days = days.checked_add(n.checked_mul(7)?)?,
                Period::Fortnight => days = days.checked_add(n.checked_mul(14)?)?,
                Period::Month => months = months.checked_add(n)?,
                Period::Quarter => months = months.checked_add(n.checked_mul(3)?)?,
                Period::Year => months = months.checked_add(n.checked_mul(12)?)?,
                Period::Decade => months = months.checked_add(n.checked_mul(120)?)?,
                _ => return None,
            }
            Some(())
        };
        add(n, p)?;
        let mut k = j + 1;
        // At most a handful of terms: "years, months, weeks and days".
        for _ in 0..6 {
            let next = if matches!(self.word(k), Some(DateWord::RangeAnd)) || self.punct(k, ',') {
                k + 1
            } else {
                k
            };
            let Some((n, j)) = self.count(next) else {
                break;
            };
            let Some(p) = self.word(j).and_then(as_unit) else {
                break;
            };
            add(i32::try_from(n).ok()?, p)?;
            k = j + 1;
            if let Some(s) = sign(k) {
                let point = Point::Elapsed {
                    months: s * months,
                    days: s * days,
                };
                return Some(Ok((k + 1, Moment::at(point))));
            }
        }
        None
    }

    /// A count of units at `i` then a start: "3 days from today", "a week
    /// starting tomorrow", "1 week, from 20th dec" (after "for",
    /// `for_cued`, "from" opens it too; without, only "starting" and
    /// "beginning" do, since "3 days from today" is a day).
    fn lasting(&self, i: usize, for_cued: bool, day_first: bool) -> Option<(usize, Expr)> {
        let (n, j) = self.count(i)?;
        let p = self.word(j).and_then(as_unit)?;
        let mut k = j + 1;
        if for_cued && self.punct(k, ',') {
            k += 1;
        }
        match self.word(k) {
            Some(DateWord::Since) => {}
            Some(DateWord::RangeOpen) if for_cued => {}
            _ => return None,
        }
        k += 1;
        let (end, m) = if self.word(k) == Some(DateWord::Now) {
            (k + 1, Moment::at(Point::RelDay(0)))
        } else {
            self.latin_moment(k, Ctx::Cued, day_first)?.ok()?
        };
        if !m.point.is_day() || m.part.is_some() || m.clock.is_some() {
            return None;
        }
        let m = Moment {
            point: forward(m.point),
            ..m
        };
        Some((end, Expr::Lasting(m, i32::try_from(n).ok()?, p)))
    }

    /// "first ten days of last year", "last 3 weeks of this year", "the
    /// last four months of 2021", "first 2 weeks of 2021" (ISO weeks of a
    /// year, Monday-to-Sunday weeks of a month).
    fn first_last_of(&self, i: usize, day_first: bool) -> Option<(usize, Expr)> {
        use DateWord as W;
        let first = match self.word(i)? {
            W::Ordinal(1) => true,
            W::Shift(-1) => false,
            _ => return None,
        };
        let (n, j) = self.count(i + 1)?;
        let p = match self.word(j)? {
            W::Unit(p) | W::Period(p) => p,
            _ => return None,
        };
        if self.word(j + 1) != Some(W::Cue) {
            return None;
        }
        let mut k = j + 2;
        if self.word(k) == Some(W::Article) {
            k += 1;
        }
        let (end, m) = self.latin_point(k, Ctx::Cued, day_first)?.ok()?;
        if m.portion.is_some() {
            return None;
        }
        let n = i32::try_from(n).ok().filter(|&n| n > 0)?;
        let year = match m.point {
            Point::Year(y) => Some(YearRef::Abs(y)),
            Point::Period(Period::Year, s) => Some(YearRef::Rel(s)),
            _ => None,
        };
        let ends = |a: i32, b: i32| -> Option<(Point, Point)> {
            Some(match (p, year, m.point) {
                (Period::Month, Some(year), _) => {
                    let month = |k: i32| -> Option<Point> {
                        Some(Point::Month {
                            year: Some(year),
                            month: u32::try_from(k).ok().filter(|m| (1..=12).contains(m))?,
                        })
                    };
                    (month(a)?, month(b)?)
                }
                (Period::Week, _, _) => {
                    let of = m.point.into_ref()?;
                    (Point::WeekOf(a, of), Point::WeekOf(b, of))
                }
                (Period::Day, Some(year), _) if a > 0 => {
                    let day = |d: i32| -> Option<Point> {
                        let d = u32::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
                        Some(Point::Date {
                            year: Some(year),
                            month: 1,
                            day: d,
                        })
                    };
                    (day(a)?, day(b)?)
                }
                (Period::Day, None, Point::Month { year, month }) if a > 0 => {
                    let day = |d: i32| -> Option<Point> {
                        let d = u32::try_from(d).ok()?;
                        valid_day(year, month, d).then_some(Point::Date {
                            year,
                            month,
                            day: d,
                        })
                    };
                    (day(a)?, day(b)?)
                }
                _ => return None,
            })
        };
        let (a, b) = if first {
            ends(1, n)?
        } else {
            match p {
                Period::Month => ends(13 - n, 12)?,
                Period::Week => ends(-n, -1)?,
                _ => return None,
            }
        };
        Some((end, Expr::Range(Moment::at(a), Moment::at(b))))
    }

    /// "third month of 2021", "9th month of next year": a month counted
    /// in a year.
    fn nth_month(&self, i: usize, day_first: bool) -> Option<(usize, Moment)> {
        let (n, j) = match self.word(i) {
            Some(DateWord::Ordinal(n)) => (u32::from(n), i + 1),
            _ if self.has_ordinal(i) => (self.num(i)?.0, i + 2),
            _ => return None,
        };
        if !(1..=12).contains(&n)
            || self.word(j) != Some(DateWord::Period(Period::Month))
            || self.word(j + 1) != Some(DateWord::Cue)
        {
            return None;
        }
        let (end, m) = self.latin_point(j + 2, Ctx::Cued, day_first)?.ok()?;
        let year = match m.point {
            Point::Year(y) => YearRef::Abs(y),
            Point::Period(Period::Year, s) => YearRef::Rel(s),
            _ => return None,
        };
        let point = Point::Month {
            year: Some(year),
            month: n,
        };
        Some((end, Moment::at(point)))
    }

    /// Whether "next decade", "last two decades" starts at `i`.
    fn shifted_decades(&self, i: usize) -> bool {
        use DateWord as W;
        matches!(self.word(i), Some(W::Shift(s)) if s != 0)
            && match self.word(i + 1) {
                Some(W::Period(Period::Decade)) => true,
                _ => self
                    .count(i + 1)
                    .is_some_and(|(_, j)| self.word(j) == Some(W::Unit(Period::Decade))),
            }
    }

    /// Whether the token before a decade at `i` is "in" or "the".
    fn decade_cued(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.word(i - 1),
                Some(DateWord::Cue | DateWord::Later | DateWord::Article)
            )
    }

    /// Whether nothing that could continue a phrase stands at `i`: the
    /// end of the text or a punctuation mark.
    fn clause_ends(&self, i: usize) -> bool {
        !matches!(
            self.kind(i),
            Some(Kind::Word(_) | Kind::Num(..) | Kind::Other)
        )
    }

    /// A shifted day `m` ending at `i`, maybe followed by "on Friday":
    /// that weekday of the week the day falls in.
    fn snapped(&self, i: usize, mut m: Moment) -> (usize, Moment) {
        if self.word(i) == Some(DateWord::Cue) {
            if let Some(DateWord::Weekday(wd)) = self.word(i + 1) {
                m.snap = Some(wd);
                return (i + 2, m);
            }
        }
        (i, m)
    }

    /// "3 days from Tuesday", "two months after next Friday", "2 weeks
    /// before Christmas", "two weeks from now", maybe followed by "on
    /// Friday": the day and the token after it. A day without a year, a
    /// bare weekday or a holiday is read forward, as its first occurrence
    /// after the anchor day (such phrases schedule; upstream reads them
    /// so).
    fn count_from(&self, i: usize, day_first: bool) -> Option<(usize, Moment)> {
        let (n, j) = self.count(i)?;
        let p = self.word(j).and_then(as_unit)?;
        let sign = match self.word(j + 1) {
            Some(DateWord::After | DateWord::RangeOpen) => 1,
            Some(DateWord::Before) => -1,
            _ => return None,
        };
        let n = i32::try_from(n).ok()?;
        let (end, mut m) = if self.word(j + 2) == Some(DateWord::Now) {
            (j + 3, Moment::at(Point::RelDay(0)))
        } else {
            self.latin_moment(j + 2, Ctx::Cued, day_first)?.ok()?
        };
        if !m.point.is_day() || m.part.is_some() || m.shift.is_some() || m.clock.is_some() {
            return None;
        }
        m.point = forward(m.point);
        m.shift = Some((sign * n, p));
        Some(self.snapped(end, m))
    }

    /// Calendar dates: names and numbers.
    /// "the 15th day of next month", "twenty third day of September",
    /// "the twenty-sixth day of the month": a day counted in a month.
    fn nth_day_of(&self, i: usize) -> Option<Step> {
        use DateWord as W;
        let ordinal = matches!(self.word(i), Some(W::Ordinal(_))) || self.has_ordinal(i);
        if !ordinal {
            return None;
        }
        let (day, j) = self.day_number(i)?;
        if self.word(j) != Some(W::Unit(Period::Day)) || self.word(j + 1) != Some(W::Cue) {
            return None;
        }
        let mut k = j + 2;
        if self.word(k) == Some(W::Article) {
            k += 1;
        }
        match self.word(k)? {
            W::Month(m) | W::MonthWeak(m) => Some(self.with_year(k + 1, m.into(), day)),
            W::Period(Period::Month) => Some(Ok((k + 1, Moment::at(Point::DayOfMonth(0, day))))),
            W::Shift(s) if self.word(k + 1) == Some(W::Period(Period::Month)) => {
                Some(Ok((k + 2, Moment::at(Point::DayOfMonth(s.into(), day)))))
            }
            _ => None,
        }
    }

    fn latin_date(&self, i: usize, ctx: Ctx, day_first: bool) -> Option<Step> {
        use DateWord as W;
        if let Some(step) = self.nth_day_of(i) {
            return Some(step);
        }
        if let Some(step) = self.mixed_date(i) {
            return Some(step);
        }
        match self.kind(i)? {
            Kind::Word(W::Month(m) | W::MonthWeak(m)) => {
                let strong = matches!(self.word(i), Some(W::Month(_)));
                let month = u32::from(m);
                let mut j = i + 1;
                if !strong && self.punct(j, '.') && self.glued(j) {
                    j += 1;
                }
                // "dec-2018", "sep-23-2020", "oct/2".
                if matches!(self.kind(j), Some(Kind::Punct('-' | '/')))
                    && self.glued(j)
                    && self.glued(j + 1)
                {
                    if let Some((v, d)) = self.num(j + 1) {
                        if let Some(y) = valid_year(v, d) {
                            // "September-2020-23": a day after the year.
                            let k = j + 2;
                            if self.kind(k) == self.kind(j) && self.glued(k) && self.glued(k + 1) {
                                if let Some((dv, 1..=2)) = self.num(k + 1) {
                                    let year = Some(YearRef::Abs(y));
                                    return Some(date_step(year, month, dv, k + 2));
                                }
                            }
                            return Some(Ok((
                                j + 2,
                                Moment::at(Point::Month {
                                    year: Some(YearRef::Abs(y)),
                                    month,
                                }),
                            )));
                        }
                        if d <= 2 && (1..=31).contains(&v) {
                            let k = j + 2;
                            let sep = self.kind(j);
                            if self.kind(k) == sep && self.glued(k) && self.glued(k + 1) {
                                if let Some((yv, yd)) = self.num(k + 1) {
                                    return Some(valid_year(yv, yd).map_or(Err(k + 2), |y| {
                                        date_step(Some(YearRef::Abs(y)), month, v, k + 2)
                                    }));
                                }
                            }
                            return Some(self.with_year(k, month, v));
                        }
                    }
                }
                // "December 15, 2025", "Dec. 15", "december 15th", "June the
                // 28th".
                // "October, 1st".
                let j = if (self.word(j) == Some(W::Article) || self.punct(j, ','))
                    && (self.has_ordinal(j + 1) || matches!(self.word(j + 1), Some(W::Ordinal(_))))
                {
                    j + 1
                } else {
                    j
                };
                if let Some((day, k)) = self.day_number(j) {
                    if !self.punct(k, ':') {
                        return Some(self.with_year(k, month, day));
                    }
                }
                // "October two thousand and five", "August nineteen hundred".
                if let Some((end, y)) = self.spoken_year(j, true) {
                    let year = Some(YearRef::Abs(y));
                    return Some(Ok((end, Moment::at(Point::Month { year, month }))));
                }
                // "May twenty nine".
                if let Some((day, k)) = self
                    .spoken_small(j)
                    .filter(|&(d, _)| (13..=31).contains(&d))
                {
                    return Some(self.with_year(k, month, day));
                }
                // "juillet 98" (French puts the day first, so two digits
                // after a month are a year), "April of 87".
                let of = self.word(j) == Some(W::Cue);
                let y = if of { j + 1 } else { j };
                if let Some((v, 2)) = self.num(y) {
                    if ((day_first && v > 31) || of) && self.standalone(y) && !self.counts(y + 1) {
                        let year = Some(YearRef::Abs(two_digit_year(v)));
                        return Some(Ok((y + 1, Moment::at(Point::Month { year, month }))));
                    }
                }
                // "December 32": an impossible day.
                if let Some((v, 2)) = self.num(j) {
                    if v > 31 && self.standalone(j) {
                        return Some(Err(j + 1));
                    }
                }
                // "December 2025", "dec, 2018", "April of 1987".
                let mut k = j;
                if self.punct(k, ',')
                    || (matches!(self.word(k), Some(W::Cue | W::RangeOpen | W::Later))
                        && matches!(self.num(k + 1), Some((_, 4))))
                {
                    k += 1;
                }
                if let Some((v, d)) = self.num(k) {
                    if d >= 4 && self.standalone(k) {
                        return Some(match valid_year(v, d) {
                            Some(y) => Ok((
                                k + 1,
                                Moment::at(Point::Month {
                                    year: Some(YearRef::Abs(y)),
                                    month,
                                }),
                            )),
                            None => Err(k + 1),
                        });
                    }
                }
                (strong || ctx != Ctx::Free)
                    .then_some(Ok((i + 1, Moment::at(Point::Month { year: None, month }))))
            }
            Kind::Word(W::Ordinal(_)) => {
                // "fourth of July", "the first of May".
                let (day, mut j) = self.day_number(i)?;
                if matches!(self.word(j), Some(W::Cue | W::RangeOpen)) {
                    j += 1;
                }
                match self.word(j) {
                    Some(W::Month(m) | W::MonthWeak(m)) => {
                        Some(self.with_year(j + 1, m.into(), day))
                    }
                    // "Tuesday the eleventh", "between the 3rd and the fifth".
                    _ if ctx == Ctx::Range => Some(Ok((i + 1, Moment::at(Point::Day(day))))),
                    _ => None,
                }
            }
            Kind::Word(W::Holiday(m, d)) => {
                // "Christmas 2018", "Noël", "元日".
                Some(self.with_year(i + 1, m.into(), d.into()))
            }
            Kind::Word(W::HolidayNth(month, weekday, n, offset)) => {
                // "Thanksgiving", "Black Friday 2010".
                let (end, year) = match self.num(i + 1) {
                    Some((v, d)) if self.standalone(i + 1) => match valid_year(v, d) {
                        Some(y) => (i + 2, Some(YearRef::Abs(y))),
                        None => (i + 1, None),
                    },
                    _ => (i + 1, None),
                };
                let rule = NthWeekday {
                    month: month.into(),
                    weekday,
                    n: n.into(),
                    offset: offset.into(),
                };
                let point = Point::HolidayNth {
                    year,
                    rule,
                    lean: 0,
                };
                Some(Ok((end, Moment::at(point))))
            }
            Kind::Word(W::Easter(offset)) => {
                let (end, year) = match self.num(i + 1) {
                    Some((v, d)) if self.standalone(i + 1) => match valid_year(v, d) {
                        Some(y) => (i + 2, Some(YearRef::Abs(y))),
                        None => (i + 1, None),
                    },
                    _ => (i + 1, None),
                };
                let point = Point::Easter {
                    year,
                    offset: offset.into(),
                };
                Some(Ok((end, Moment::at(point))))
            }
            Kind::Num(v, d) => {
                if let Some(step) = self.numeric_date(i, day_first) {
                    return Some(step);
                }
                if !self.standalone(i) {
                    return None;
                }
                // "1990s", "1990 s".
                if d == 4 && v % 10 == 0 && self.word(i + 1) == Some(W::Decade) {
                    return Some(Ok((i + 2, Moment::at(Point::Decade(v as i32)))));
                }
                // "in the 90s", "in 90 s": the decade of the 1900s (after
                // "in" or "the" only: "in his 40s" is an age).
                if d == 2
                    && v % 10 == 0
                    && self.word(i + 1) == Some(W::Decade)
                    && self.decade_cued(i)
                {
                    return Some(Ok((i + 2, Moment::at(Point::Decade(1900 + v as i32)))));
                }
                // "21st century".
                if d <= 2 && self.has_ordinal(i) && self.word(i + 2) == Some(W::Century) && v >= 1 {
                    return Some(Ok((i + 3, Moment::at(Point::Century(v as i32)))));
                }
                // "2017-q1", "2019 Q3".
                if d == 4 {
                    let k = if self.punct(i + 1, '-') && self.glued(i + 1) {
                        i + 2
                    } else {
                        i + 1
                    };
                    // "2019 H2", "2019-H1": a half of the year.
                    if self.word(k) == Some(W::HalfLetter) && self.glued(k + 1) {
                        if let (Some(y), Some((h @ 1..=2, 1))) = (valid_year(v, d), self.num(k + 1))
                        {
                            let portion = if h == 1 {
                                Portion::FirstHalf
                            } else {
                                Portion::SecondHalf
                            };
                            let m = Moment {
                                portion: Some(portion),
                                ..Moment::at(Point::Year(y))
                            };
                            return Some(Ok((k + 2, m)));
                        }
                    }
                    if self.word(k) == Some(W::QuarterLetter) && self.glued(k + 1) {
                        if let (Some(y), Some((q, 1))) = (valid_year(v, d), self.num(k + 1)) {
                            if (1..=4).contains(&q) {
                                let year = Some(YearRef::Abs(y));
                                return Some(Ok((
                                    k + 2,
                                    Moment::at(Point::Quarter { year, quarter: q }),
                                )));
                            }
                        }
                    }
                }
                // "3rd week of January".
                if d <= 2
                    && self.has_ordinal(i)
                    && self.word(i + 2) == Some(W::Period(Period::Week))
                {
                    if let Some(step) = self.week_of(i + 3, v as i32, day_first) {
                        return Some(step);
                    }
                }
                // "1st quarter of 2013".
                if d == 1
                    && (1..=4).contains(&v)
                    && self.has_ordinal(i)
                    && self.word(i + 2) == Some(W::Period(Period::Quarter))
                {
                    let (end, year) = self.quarter_year(i + 3);
                    return Some(Ok((end, Moment::at(Point::Quarter { year, quarter: v }))));
                }
                // "23-2020-September", "2020/23/Sep": a day and a
                // four-digit year in either order, then a month name.
                if let (Some(sep @ Kind::Punct('-' | '/')), Some((w, wd))) =
                    (self.kind(i + 1), self.num(i + 2))
                {
                    let glued = (1..=4).all(|k| self.glued(i + k));
                    if let (true, true, Some(W::Month(m) | W::MonthWeak(m))) =
                        (glued, self.kind(i + 3) == Some(sep), self.word(i + 4))
                    {
                        let (y, dd) = match (d, wd) {
                            (1..=2, 4) => (w, v),
                            (4, 1..=2) => (v, w),
                            _ => (0, 0),
                        };
                        if let Some(y) = valid_year(y, 4).filter(|_| dd > 0) {
                            let year = Some(YearRef::Abs(y));
                            return Some(date_step(year, u32::from(m), dd, i + 5));
                        }
                    }
                }
                // "05-aug-2016", "23/sep/2020".
                if let Some(sep @ Kind::Punct('-' | '/')) = self.kind(i + 1) {
                    if let (Some(W::Month(m) | W::MonthWeak(m)), true) =
                        (self.word(i + 2), self.glued(i + 1) && self.glued(i + 2))
                    {
                        // "2019-aug-01", "2020/Sep/23".
                        if d == 4
                            && self.kind(i + 3) == Some(sep)
                            && self.glued(i + 3)
                            && self.glued(i + 4)
                        {
                            if let Some((dv, dd)) = self.num(i + 4) {
                                let month = u32::from(m);
                                return Some(match valid_year(v, d) {
                                    Some(y)
                                        if dd <= 2
                                            && valid_day(Some(YearRef::Abs(y)), month, dv) =>
                                    {
                                        Ok((
                                            i + 5,
                                            Moment::at(Point::Date {
                                                year: Some(YearRef::Abs(y)),
                                                month,
                                                day: dv,
                                            }),
                                        ))
                                    }
                                    _ => Err(i + 5),
                                });
                            }
                        }
                        if d <= 2 && self.kind(i + 3) == Some(sep) && self.glued(i + 3) {
                            if let Some((yv, yd)) = self.num(i + 4) {
                                let month = u32::from(m);
                                return Some(valid_year(yv, yd).map_or(Err(i + 5), |y| {
                                    date_step(Some(YearRef::Abs(y)), month, v, i + 5)
                                }));
                            }
                        }
                    }
                }
                // "2016 10 16": a year, month and day apart.
                if d == 4 && !day_first {
                    if let (Some((m, 1..=2)), Some((dd, 1..=2))) =
                        (self.num(i + 1), self.num(i + 2))
                    {
                        let apart = self.toks.get(i + 1).is_some_and(|t| t.space)
                            && self.toks.get(i + 2).is_some_and(|t| t.space)
                            && self.standalone(i + 2);
                        let year = valid_year(v, d).map(YearRef::Abs);
                        if apart && year.is_some() && !self.counts(i + 3) && valid_day(year, m, dd)
                        {
                            let point = Point::Date {
                                year,
                                month: m,
                                day: dd,
                            };
                            return Some(Ok((i + 3, Moment::at(point))));
                        }
                    }
                }
                // "18 08 1978", "2 4 2009" (French, day first): three
                // numbers of a date apart; French thousands groups have
                // three digits, so "16 444 373" never fits.
                if day_first && d <= 2 {
                    if let (Some((m, md)), Some((y, yd))) = (self.num(i + 1), self.num(i + 2)) {
                        let apart = self.toks.get(i + 1).is_some_and(|t| t.space)
                            && self.toks.get(i + 2).is_some_and(|t| t.space)
                            && self.standalone(i + 2);
                        let year = match yd {
                            4 => valid_year(y, yd),
                            2 => Some(if y < 70 {
                                2000 + y as i32
                            } else {
                                1900 + y as i32
                            }),
                            _ => None,
                        };
                        // "3 12 25 ans" counts something.
                        let counted = matches!(
                            self.kind(i + 3),
                            Some(
                                Kind::Other
                                    | Kind::Num(..)
                                    | Kind::Word(W::Unit(_) | W::Period(_) | W::CountSuffix)
                            )
                        );
                        if apart && md <= 2 && !counted {
                            if let Some(year) = year {
                                let yr = Some(YearRef::Abs(year));
                                if valid_day(yr, m, v) {
                                    let point = Point::Date {
                                        year: yr,
                                        month: m,
                                        day: v,
                                    };
                                    return Some(Ok((i + 3, Moment::at(point))));
                                }
                            }
                        }
                    }
                }
                // "15 December 2025", "1er janvier", "15th of December".
                if let Some((day, mut j)) = self.day_number(i) {
                    if self.word(j) == Some(W::Cue) || self.word(j) == Some(W::RangeOpen) {
                        j += 1;
                    }
                    if day_first && self.abbreviated_september(j) {
                        // "12 sept. 2024": the point, when a year follows.
                        let k = if self.punct(j + 1, '.') && matches!(self.num(j + 2), Some((_, 4)))
                        {
                            j + 2
                        } else {
                            j + 1
                        };
                        return Some(self.with_year(k, 9, day));
                    }
                    if let Some(W::Month(m) | W::MonthWeak(m)) = self.word(j) {
                        // "15 Dec. 2025": the point of an abbreviation, only
                        // when a year follows (else it ends the sentence).
                        let mut k = j + 1;
                        if matches!(self.word(j), Some(W::MonthWeak(_)))
                            && self.punct(k, '.')
                            && self.glued(k)
                            && matches!(self.num(k + 1), Some((_, 4)))
                        {
                            k += 1;
                        }
                        return Some(self.with_year(k, u32::from(m), day));
                    }
                }
                // "32 décembre": a day-shaped number before a month name.
                if d <= 2 {
                    let mut j = i + 1;
                    if matches!(self.word(j), Some(W::Cue | W::RangeOpen)) {
                        j += 1;
                    }
                    if let Some(W::Month(_) | W::MonthWeak(_)) = self.word(j) {
                        return Some(Err(j + 1));
                    }
                }
                // "a sample of 1637 records", "de 2400 fiches": a number
                // directly before a count noun counts, whatever the cue.
                if d == 4 && ctx != Ctx::Free && self.word(i + 1) != Some(W::CountSuffix) {
                    let y = valid_year(v, d)?;
                    // "in 2017 april": a month of the year.
                    if let Some(W::Month(m)) = self.word(i + 1) {
                        let year = Some(YearRef::Abs(y));
                        let point = Point::Month {
                            year,
                            month: m.into(),
                        };
                        return Some(Ok((i + 2, Moment::at(point))));
                    }
                    return Some(Ok((i + 1, Moment::at(Point::Year(y)))));
                }
                if ctx == Ctx::Range || (ctx == Ctx::Cued && self.has_ordinal(i)) {
                    let (day, j) = self.day_number(i)?;
                    // "the 1st week", "the 3rd time": not a day.
                    if matches!(
                        self.kind(j),
                        Some(Kind::Word(
                            W::Period(_) | W::Unit(_) | W::YearNoun | W::CountSuffix
                        )) | Some(Kind::Other)
                    ) && ctx == Ctx::Cued
                    {
                        return None;
                    }
                    return Some(Ok((j, Moment::at(Point::Day(day)))));
                }
                None
            }
            _ => None,
        }
    }

    /// A number from 1 to 99 in words at `i` ("six", "ninety six",
    /// "twenty-five"): its value and the token after it.
    pub(super) fn spoken_small(&self, i: usize) -> Option<(u32, usize)> {
        let Some(DateWord::Count(a)) = self.word(i) else {
            return None;
        };
        let a = u32::from(a);
        if a >= 20 && a % 10 == 0 {
            let k = if self.punct(i + 1, '-') { i + 2 } else { i + 1 };
            if let Some(DateWord::Count(b @ 1..=9)) = self.word(k) {
                return Some((a + u32::from(b), k + 1));
            }
            // French counts 70 and 90 on from 60 and 80: "soixante-douze"
            // is 72, "quatre-vingt-onze" 91.
            if let (60 | 80, Some(DateWord::Count(b @ 10..=19)), true) =
                (a, self.word(k), self.punct(i + 1, '-'))
            {
                return Some((a + u32::from(b), k + 1));
            }
        }
        Some((a, i + 1))
    }

    /// A year in words at `i`: "nineteen ninety six", "nineteen hundred
    /// ninety three", "two thousand and fifteen" (a bare "two thousand"
    /// only when `bare_thousand`, since "two thousand records" is a
    /// count).
    fn spoken_year(&self, i: usize, bare_thousand: bool) -> Option<(usize, i32)> {
        use DateWord as W;
        let (a, j) = self.spoken_small(i)?;
        match self.word(j) {
            Some(W::Thousand) if (1..=9).contains(&a) => {
                let mut k = j + 1;
                let and = self.word(k) == Some(W::RangeAnd);
                if and {
                    k += 1;
                }
                match self.spoken_small(k) {
                    Some((b, end)) => Some((end, (a * 1000 + b) as i32)),
                    // "October two thousand and returned": the "and" is
                    // not the year's.
                    None if bare_thousand => Some((j + 1, (a * 1000) as i32)),
                    None => None,
                }
            }
            Some(W::Hundred) if (10..=20).contains(&a) => {
                let mut k = j + 1;
                if self.word(k) == Some(W::RangeAnd) {
                    k += 1;
                }
                let (b, end) = self.spoken_small(k).unwrap_or((0, j + 1));
                Some((end, (a * 100 + b) as i32))
            }
            _ if (10..=20).contains(&a) => {
                // "nineteen ninety six": two pairs of digits.
                let (b, end) = self.spoken_small(j)?;
                (10..=99)
                    .contains(&b)
                    .then_some((end, (a * 100 + b) as i32))
            }
            _ => None,
        }
    }

    /// Whether the token at `i` makes the number before it a count ("en
    /// mars 45 personnes"): a word or a number follows.
    fn counts(&self, i: usize) -> bool {
        // "for", "more than" are ordinary words here ("2000 for each").
        matches!(
            self.kind(i),
            Some(
                Kind::Other
                    | Kind::Num(..)
                    | Kind::Word(
                        DateWord::Unit(_)
                            | DateWord::CountSuffix
                            | DateWord::Count(_)
                            | DateWord::For
                            | DateWord::MoreThan
                            | DateWord::LessThan
                            | DateWord::NotTime
                    )
            )
        )
    }

    /// A day and month, with the year that may follow at `k`.
    fn with_year(&self, k: usize, month: u32, day: u32) -> Step {
        let mut y = k;
        if self.punct(y, ',') {
            y += 1;
        }
        // "Independence Day of this year".
        if self.word(y) == Some(DateWord::Cue) && self.word(y + 2) == Some(DateWord::YearNoun) {
            if let Some(DateWord::Shift(s)) = self.word(y + 1) {
                let year = Some(YearRef::Rel(s.into()));
                return Ok((y + 3, Moment::at(Point::Date { year, month, day })));
            }
        }
        // "15 April of 87".
        if self.word(y) == Some(DateWord::Cue) {
            if let Some((v, 2)) = self.num(y + 1) {
                let year = Some(YearRef::Abs(two_digit_year(v)));
                if self.standalone(y + 1) && !self.counts(y + 2) && valid_day(year, month, day) {
                    let point = Point::Date { year, month, day };
                    return Ok((y + 2, Moment::at(point)));
                }
            }
        }
        // "23 novembre de 1987", "28 june in 2020".
        if matches!(
            self.word(y),
            Some(DateWord::Cue | DateWord::RangeOpen | DateWord::Later)
        ) && matches!(self.num(y + 1), Some((_, 4)))
        {
            y += 1;
        }
        if let Some((end, year)) = self.spoken_year(y, true) {
            if valid_day(Some(YearRef::Abs(year)), month, day) {
                let point = Point::Date {
                    year: Some(YearRef::Abs(year)),
                    month,
                    day,
                };
                return Ok((end, Moment::at(point)));
            }
        }
        if let Some((v, d)) = self.num(y) {
            if d >= 4 && self.standalone(y) || d > 4 {
                return valid_year(v, d).map_or(Err(y + 1), |year| {
                    date_step(Some(YearRef::Abs(year)), month, day, y + 1)
                });
            }
        }
        date_step(None, month, day, k)
    }

    /// `2025-12-15`, `15/12/2025`, `12/16`, `2025.12.16`, `2015-3`.
    /// Shared with the Japanese grammar.
    pub(super) fn numeric_date(&self, i: usize, day_first: bool) -> Option<Step> {
        // "20161016", "report-20170302.html": eight digits of a valid date
        // from 1900 to 2099, not glued to more numbers.
        if let Some((v, 8)) = self.num(i) {
            let glued_more = matches!(self.kind(i + 1), Some(Kind::Punct(_)))
                && self.glued(i + 1)
                && self.glued(i + 2)
                && self.num(i + 2).is_some();
            let glued_before = i > 0
                && self.glued(i)
                && matches!(
                    self.kind(i - 1),
                    Some(Kind::Punct('.' | ',' | '$' | '€' | '£'))
                );
            let (y, m, d) = (v / 10_000, v / 100 % 100, v % 100);
            let year = Some(YearRef::Abs(y as i32));
            if !glued_more && !glued_before && (1900..=2099).contains(&y) && valid_day(year, m, d) {
                let point = Point::Date {
                    year,
                    month: m,
                    day: d,
                };
                return Some(Ok((i + 1, Moment::at(point))));
            }
            return None;
        }
        let mut parts: [(u32, u8); 3] = [(0, 0); 3];
        let mut n = 0;
        let mut sep = None;
        let mut j = i;
        loop {
            let (v, d) = self.num(j)?;
            parts[n] = (v, d);
            n += 1;
            j += 1;
            match self.kind(j) {
                Some(Kind::Punct(c @ ('/' | '-' | '.')))
                    if self.glued(j)
                        && self.glued(j + 1)
                        && sep.is_none_or(|s| s == c)
                        && self.num(j + 1).is_some() =>
                {
                    if n == 3 {
                        // "10-1-2018-10-7-2018" is a range; a fourth group
                        // after a point or slash is a version or an address.
                        if c == '-' {
                            break;
                        }
                        return Some(Err(j + 2));
                    }
                    sep = Some(c);
                    j += 1;
                }
                _ => break,
            }
        }
        let sep = sep?;
        if matches!(self.kind(j), Some(Kind::Punct('.' | ',' | '/' | ':')))
            && self.glued(j)
            && self.glued(j + 1)
            && self.num(j + 1).is_some()
        {
            return None;
        }
        if i > 1
            && self.glued(i)
            && matches!(self.kind(i - 1), Some(Kind::Punct('/' | '.')))
            && self.glued(i - 1)
            && self.num(i - 2).is_some()
        {
            return None;
        }
        let year = |(v, d): (u32, u8)| -> Option<i32> {
            match d {
                4 => valid_year(v, d),
                2 => Some(if v < 70 {
                    2000 + v as i32
                } else {
                    1900 + v as i32
                }),
                _ => None,
            }
        };
        let small = |(v, d): (u32, u8)| (d <= 2).then_some(v);
        let date = |y: Option<i32>, m: Option<u32>, d: Option<u32>| -> Step {
            match (m, d) {
                (Some(m), Some(d)) => date_step(y.map(YearRef::Abs), m, d, j),
                _ => Err(j),
            }
        };
        Some(match n {
            3 if parts[0].1 == 4 => {
                let y = year(parts[0]);
                if y.is_none() {
                    return Some(Err(j));
                }
                date(y, small(parts[1]), small(parts[2]))
            }
            3 => {
                let y = year(parts[2]);
                if y.is_none() {
                    return Some(Err(j));
                }
                // Day first in French (unless the second number cannot be
                // a month); in English only when the first cannot be one.
                let day_month = if day_first {
                    parts[1].0 <= 12
                } else {
                    parts[0].0 > 12
                };
                let (m, d) = if day_month {
                    (parts[1], parts[0])
                } else {
                    (parts[0], parts[1])
                };
                date(y, small(m), small(d))
            }
            // "12-2015", "03/2024": a month of a year.
            2 if parts[0].1 <= 2 && parts[1].1 == 4 && sep != '.' => {
                match (small(parts[0]), year(parts[1])) {
                    (Some(m), Some(y)) if (1..=12).contains(&m) => Ok((
                        j,
                        Moment::at(Point::Month {
                            year: Some(YearRef::Abs(y)),
                            month: m,
                        }),
                    )),
                    _ => return None,
                }
            }
            2 if parts[0].1 == 4 && sep == '-' => {
                // "2015-3", "2015-12": a month.
                match (year(parts[0]), small(parts[1])) {
                    (Some(y), Some(m)) if (1..=12).contains(&m) => Ok((
                        j,
                        Moment::at(Point::Month {
                            year: Some(YearRef::Abs(y)),
                            month: m,
                        }),
                    )),
                    _ => return None,
                }
            }
            2 if sep == '/' && parts[0].1 <= 2 && parts[1].1 <= 2 => {
                // Day first in French; in Japanese when the first number
                // cannot be a month ("29/2"). English "24/7" is not 24 July.
                // In English too when the first cannot be a month and the
                // second is written with two digits ("22/04", not "24/7").
                let japanese = self.grammar == DateGrammar::Japanese;
                let swapped = parts[0].0 > 12 && (japanese || parts[1].1 == 2);
                let (m, d) = if day_first || swapped {
                    (parts[1].0, parts[0].0)
                } else {
                    (parts[0].0, parts[1].0)
                };
                // "24/7" or "1/3" of a share: only a valid date counts.
                if !valid_day(None, m, d) {
                    return None;
                }
                date(None, Some(m), Some(d))
            }
            _ => return None,
        })
    }
}

/// A day without a year, a bare weekday or a holiday read forward, as its
/// first occurrence after the anchor day: the base of "3 days from
/// Tuesday", "2 weeks before Christmas", "for 1 week, from 20th dec".
fn forward(point: Point) -> Point {
    match point {
        Point::Date {
            year: None,
            month,
            day,
        } => Point::DateLean {
            month,
            day,
            lean: 1,
        },
        Point::Weekday(wd, WeekdayRule::OnOrBefore) => Point::Weekday(wd, WeekdayRule::After),
        Point::Easter { year: None, offset } => Point::EasterLean { offset, lean: 1 },
        Point::HolidayNth {
            year: None,
            rule,
            lean: 0,
        } => Point::HolidayNth {
            year: None,
            rule,
            lean: 1,
        },
        point => point,
    }
}

/// Whether a portion is cut at the anchor day ("earlier this month",
/// "plus tard cette semaine").
fn around_anchor(p: Portion) -> bool {
    matches!(
        p,
        Portion::BeforeAnchor | Portion::FromAnchor | Portion::Earlier | Portion::Later
    )
}

/// A year written with two digits: 00-69 are 2000-2069, 70-99 are
/// 1970-1999 (as in numeric dates).
fn two_digit_year(v: u32) -> i32 {
    if v < 70 {
        2000 + v as i32
    } else {
        1900 + v as i32
    }
}

/// A date with the weekday written before it: without a year, the weekday
/// picks the year (see `resolve`).
fn with_weekday(m: Moment, wd: chrono::Weekday) -> Moment {
    match m.point {
        Point::Date { year: None, .. } => Moment {
            weekday: Some(wd),
            ..m
        },
        _ => m,
    }
}
