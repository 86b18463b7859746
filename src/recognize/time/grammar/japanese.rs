//! The grammar of Japanese: counters after numbers (2025年12月15日),
//! particles after what they mark (から, まで, の間).

use super::{
    Clock, Expr, Moment, Parse, Parser, PeriodRef, Point, Step, WeekdayRule, YearRef, join,
    valid_day, valid_year, within,
};
use crate::lang::dates::{DateWord, PartOfDay, Period, Portion};
use crate::recognize::time::lexicon::Kind;

impl Parser<'_> {
    pub(super) fn japanese(&self, i: usize) -> Option<Parse> {
        use DateWord as W;
        if let Some((end, expr)) = self.count_range(i) {
            return Some(Parse::Found {
                start: i,
                end,
                expr,
            });
        }
        // "9か月以内に", "2週間以内".
        if let Some((v, d)) = self.num(i) {
            let unit = match self.word(i + 1) {
                Some(W::Unit(p)) => Some(p),
                Some(W::DaySuffix) => Some(Period::Day),
                Some(W::YearSuffix) if d <= 2 => Some(Period::Year),
                _ => None,
            };
            if let (Some(p), Some(W::Within)) = (unit, self.word(i + 2)) {
                return Some(Parse::Found {
                    start: i,
                    end: i + 3,
                    expr: within(v, p)?,
                });
            }
        }
        let (j, first) = match self.ja_moment(i)? {
            Ok(x) => x,
            Err(end) => return Some(Parse::Invalid { end }),
        };
        let found = |end, expr| {
            Some(Parse::Found {
                start: i,
                end,
                expr,
            })
        };
        // "今日から2日後", "昨日の2日以上前", "明日から3日以内".
        if let Some((end, expr)) = self.ja_count_from(j, first) {
            return found(end, expr);
        }
        // "2/28-3/1": a dash between two dates.
        if self.punct(j, '-') && self.glued(j) && self.glued(j + 1) {
            if let Some(Ok((k, second))) = self.ja_moment(j + 1) {
                if let Some((first, second)) = join(first, second) {
                    return found(k, Expr::Range(first, second));
                }
            }
        }
        // "21日ごろ": about a day is still that day.
        let j = if self.word(j) == Some(W::About) {
            j + 1
        } else {
            j
        };
        match self.word(j) {
            Some(W::RangeTo) => {
                // "2018年10月1日から19年2月3日まで": a two-digit year
                // takes the first end's century.
                if let Some((k, second)) = self.ja_short_year_end(j + 1, first) {
                    return found(self.ja_range_close(k, false), Expr::Range(first, second));
                }
                // "4月22日の午後5時から6時まで": the second end is a time
                // on the same day.
                if first.clock.is_some() {
                    if let Some((k, clock)) = self.ja_clock(j + 1, first.clock) {
                        let second = Moment {
                            clock: Some(clock),
                            ..first
                        };
                        let end = self.ja_range_close(k, true);
                        return found(end, Expr::Range(first, second));
                    }
                }
                // "12月11日夜から12日の間", "3月から5月まで", "明日から".
                if let Some(Ok((k, second))) = self.ja_moment(j + 1) {
                    if let Some((first, second)) = join(first, second) {
                        let end = self.ja_range_close(k, false);
                        return found(end, Expr::Range(first, second));
                    }
                }
                // "今日から3分後", "5月9日から2泊": a count that is not a
                // date follows, so から does not open an interval here.
                if self.num(j + 1).is_some() {
                    return found(j, Expr::At(first));
                }
                found(j + 1, Expr::Since(first))
            }
            Some(W::Until | W::OrEarlier) => found(j + 1, Expr::Until(first)),
            Some(W::Since | W::OrLater) => found(j + 1, Expr::Since(first)),
            // "2015年前", "2012年1月1日後": before or after a date (a count
            // with 前 is an offset, "2年前", and never gets here).
            Some(W::Ago) => found(j + 1, Expr::Before(first)),
            Some(W::Later) => found(j + 1, Expr::After(first)),
            // "2018年8月1日の後から": から repeats the opening.
            Some(W::After) if self.word(j + 1) == Some(W::RangeTo) => {
                found(j + 2, Expr::After(first))
            }
            Some(W::After) => found(j + 1, Expr::After(first)),
            // "2012年1月1日の前": before the date.
            Some(W::Link) if self.word(j + 1) == Some(W::Ago) => found(j + 2, Expr::Before(first)),
            Some(W::Before) => found(j + 1, Expr::Before(first)),
            _ => found(j, Expr::At(first)),
        }
    }

    fn ja_moment(&self, i: usize) -> Option<Step> {
        use DateWord as W;
        let step = self.ja_point(i)?;
        let Ok((mut j, mut m)) = step else {
            return Some(step);
        };
        // "12月下旬", "今年末", "2017年の前半".
        if matches!(
            m.point,
            Point::Month { .. }
                | Point::Year(_)
                | Point::Period(Period::Month | Period::Year | Period::Week, _)
        ) {
            let k = if self.word(j) == Some(W::Link) {
                j + 1
            } else {
                j
            };
            if let Some(W::Portion(p)) = self.word(k) {
                m.portion = Some(p);
                j = k + 1;
            }
            // "4月の最終月曜日", "来月の第一月曜日": a weekday counted in a
            // month.
            if let (None, Some((end, n, wd)), Some(of)) =
                (m.portion, self.ja_nth_weekday(k), m.point.into_ref())
            {
                if matches!(
                    of,
                    PeriodRef::Month { .. } | PeriodRef::Relative(Period::Month, _)
                ) {
                    // A day: a part of day or a clock time may follow.
                    m = Moment::at(Point::NthWeekday(n, wd, of));
                    j = end;
                }
            }
            // "2015年の最初の週", "1月の第3週", "7月の最後の週".
            if m.portion.is_none() {
                let nth = match self.word(k) {
                    Some(W::NthWeek(n)) => Some((k + 1, i32::from(n))),
                    Some(W::OrdinalPrefix) => match (self.num(k + 1), self.word(k + 2)) {
                        (Some((n @ 1..=53, 1..=2)), Some(W::Period(Period::Week))) => {
                            Some((k + 3, n as i32))
                        }
                        _ => None,
                    },
                    _ => None,
                };
                if let (Some((end, n)), Some(of)) = (nth, m.point.into_ref()) {
                    return Some(Ok((end, Moment::at(Point::WeekOf(n, of)))));
                }
            }
            // "2025年第3四半期", "来年の第1四半期".
            let year = match m.point {
                Point::Year(y) => Some(YearRef::Abs(y)),
                Point::Period(Period::Year, s) => Some(YearRef::Rel(s)),
                _ => None,
            };
            if let (Some(year), None) = (year, m.portion) {
                if let Some((end, q)) = self.ja_quarter(k) {
                    return Some(Ok((
                        end,
                        Moment::at(Point::Quarter {
                            year: Some(year),
                            quarter: q,
                        }),
                    )));
                }
            }
        }
        // "今年の夏", "2025年の冬": a season of a year.
        let year = match m.point {
            Point::Year(y) => Some(YearRef::Abs(y)),
            Point::Period(Period::Year, s) => Some(YearRef::Rel(s)),
            _ => None,
        };
        if let Some(year) = year {
            let k = if self.word(j) == Some(W::Link) {
                j + 1
            } else {
                j
            };
            if let Some(W::SeasonWeak(season) | W::Season(season)) = self.word(k) {
                let point = Point::Season {
                    year: Some(year),
                    season,
                };
                return Some(Ok((k + 1, Moment::at(point))));
            }
        }
        // "4月10日の週", "18日の週": the week holding that day.
        if self.word(j) == Some(W::Link) && self.word(j + 1) == Some(W::Period(Period::Week)) {
            let point = match m.point {
                Point::Date { year, month, day } => Some(Point::WeekHolding { year, month, day }),
                Point::Day(d) => Some(Point::WeekHolding {
                    year: None,
                    month: 0,
                    day: d,
                }),
                _ => None,
            };
            if let Some(point) = point {
                return Some(Ok((j + 2, Moment::at(point))));
            }
        }
        if m.point.is_day() {
            // "12月12日金曜日", "12月12日(金)", "31日の日曜日": a weekday
            // after a date only confirms it.
            if matches!(m.point, Point::Date { .. } | Point::Day(_)) {
                // "12日の月曜日", "10月12日、月曜日".
                let k = if self.word(j) == Some(W::Link)
                    || ((self.punct(j, '、') || self.punct(j, ','))
                        && matches!(self.word(j + 1), Some(W::Weekday(_))))
                {
                    j + 1
                } else {
                    j
                };
                if let Some(W::Weekday(wd) | W::WeekdayWeak(wd)) = self.word(k) {
                    j = k + 1;
                    match m.point {
                        Point::Day(d) => m.point = Point::WeekdayDay(wd, d),
                        // Without a year, the weekday picks it (see
                        // `resolve`).
                        Point::Date { year: None, .. } => m.weekday = Some(wd),
                        _ => {}
                    }
                }
            }
            // "木曜日の夜", "11日夜".
            let k = if self.word(j) == Some(W::Link) {
                j + 1
            } else {
                j
            };
            if let Some(W::PartOfDay(p)) = self.word(k) {
                if m.part.is_none() {
                    m.part = Some(p);
                    j = k + 1;
                }
            }
        }
        // "午後3時30分", "朝8時", "月曜日の2時30分".
        if m.point.is_day() {
            let k = if self.word(j) == Some(W::Link) {
                j + 1
            } else {
                j
            };
            // A part of day already read ("午後5時", "朝8時") sets a.m. or
            // p.m.; otherwise one may come now ("月曜日の午後2時").
            let clock = match self.word(k) {
                Some(W::PartOfDay(_)) => self.ja_clock(k, None),
                _ => self.ja_clock_with(k, m.part),
            };
            if let Some((end, clock)) = clock {
                m.clock = Some(clock);
                m.part = None;
                j = end;
            }
        }
        Some(Ok((j, m)))
    }

    fn ja_point(&self, i: usize) -> Option<Step> {
        use DateWord as W;
        match self.kind(i)? {
            Kind::Num(v, d) => {
                if let Some(step) = self.numeric_date(i, false) {
                    return Some(step);
                }
                if !self.standalone(i) {
                    return None;
                }
                match self.word(i + 1) {
                    Some(W::Decade) if d == 4 && v % 10 == 0 => {
                        Some(Ok((i + 2, Moment::at(Point::Decade(v as i32)))))
                    }
                    Some(W::Century) if d <= 2 && v >= 1 => {
                        Some(Ok((i + 2, Moment::at(Point::Century(v as i32)))))
                    }
                    Some(W::YearSuffix) => {
                        // "2年前" is two years ago; "2025年" a year.
                        if d <= 2 {
                            return self.ja_offset(v, Period::Year, i + 2);
                        }
                        let Some(y) = valid_year(v, d) else {
                            return Some(Err(i + 2));
                        };
                        self.ja_month_day(i + 2, Some(YearRef::Abs(y)))
                            .or(Some(Ok((i + 2, Moment::at(Point::Year(y))))))
                    }
                    Some(W::MonthSuffix) => self.ja_month_day(i, None),
                    Some(W::DaySuffix) => {
                        if let Some(step) = self.ja_offset(v, Period::Day, i + 2) {
                            return Some(step);
                        }
                        if d > 2 || !(1..=31).contains(&v) {
                            return Some(Err(i + 2));
                        }
                        // "4日以上", "2日ごと": a count of days; "一日" alone is
                        // "one day" more often than "the 1st".
                        let one_day = v == 1 && self.toks.get(i).is_some_and(|t| t.kanji);
                        if self.word(i + 2) == Some(W::CountSuffix) || one_day {
                            return None;
                        }
                        Some(Ok((i + 2, Moment::at(Point::Day(v)))))
                    }
                    Some(W::Unit(p)) => self.ja_offset(v, p, i + 2),
                    _ => None,
                }
            }
            Kind::Word(W::RelDay(n)) => Some(Ok((i + 1, Moment::at(Point::RelDay(n.into()))))),
            // "前の年", "前の週": the previous year or week.
            Kind::Word(W::Ago) if self.word(i + 1) == Some(W::Link) => {
                let p = self.ja_period_noun(i + 2)?;
                Some(Ok((i + 3, Moment::at(Point::Period(p, -1)))))
            }
            // "年初来": from the start of the year to the anchor day.
            Kind::Word(W::PeriodToDate(p)) => Some(Ok((
                i + 1,
                Moment {
                    portion: Some(Portion::BeforeAnchor),
                    ..Moment::at(Point::Period(p, 0))
                },
            ))),
            // "ひと月前": a count in words.
            Kind::Word(W::Count(n)) => {
                let p = match self.word(i + 1)? {
                    W::MonthSuffix => Period::Month,
                    W::Unit(p) => p,
                    _ => return None,
                };
                self.ja_offset(n.into(), p, i + 2)
            }
            Kind::Word(W::Holiday(m, d)) => Some(Ok((
                i + 1,
                Moment::at(Point::Date {
                    year: None,
                    month: m.into(),
                    day: d.into(),
                }),
            ))),
            Kind::Word(W::RelDayPart(n, p)) => Some(Ok((
                i + 1,
                Moment {
                    part: Some(p),
                    ..Moment::at(Point::RelDay(n.into()))
                },
            ))),
            Kind::Word(W::RelPeriod(p, s)) => {
                let s = i32::from(s);
                let k = if self.word(i + 1) == Some(W::Link) {
                    i + 2
                } else {
                    i + 1
                };
                match (p, self.word(k)) {
                    // "今年の独立記念日", "来年のクリスマス".
                    (Period::Year, Some(W::Holiday(m, d))) => Some(Ok((
                        k + 1,
                        Moment::at(Point::Date {
                            year: Some(YearRef::Rel(s)),
                            month: m.into(),
                            day: d.into(),
                        }),
                    ))),
                    // "今週の金曜日6月15日", "今週の金曜日(6月15日)": the date
                    // after the weekday wins.
                    (Period::Week, Some(W::Weekday(_))) if self.dated_after(k + 1).is_some() => {
                        self.dated_after(k + 1)
                    }
                    // "先週の木曜日".
                    (Period::Week, Some(W::Weekday(wd))) => Some(Ok((
                        k + 1,
                        Moment::at(Point::Weekday(wd, WeekdayRule::InWeek(s))),
                    ))),
                    // "今月10日".
                    (Period::Month, _)
                        if self.word(k + 1) == Some(W::DaySuffix)
                            && self
                                .num(k)
                                .is_some_and(|(d, n)| n <= 2 && (1..=31).contains(&d)) =>
                    {
                        let d = self.num(k)?.0;
                        Some(Ok((k + 2, Moment::at(Point::DayOfMonth(s, d)))))
                    }
                    // "今年2020年5月": the year written out wins.
                    (Period::Year, _)
                        if matches!(self.num(k), Some((_, 4)))
                            && self.word(k + 1) == Some(W::YearSuffix) =>
                    {
                        self.ja_point(k)
                    }
                    // "今年9月", "昨年12月15日".
                    (Period::Year, _) if self.num(k).is_some() => {
                        match self.ja_month_day(k, Some(YearRef::Rel(s))) {
                            Some(step) => Some(step),
                            None => Some(Ok((i + 1, Moment::at(Point::Period(p, s))))),
                        }
                    }
                    _ => Some(Ok((i + 1, Moment::at(Point::Period(p, s))))),
                }
            }
            // "年末", "月末", "週の初め", "年の前半": the anchor's year,
            // month or week, narrowed by the portion after it.
            Kind::Word(w @ (W::YearSuffix | W::MonthSuffix | W::Period(Period::Week)))
                if matches!(self.word(i + 1), Some(W::Portion(_)))
                    || (self.word(i + 1) == Some(W::Link)
                        && matches!(self.word(i + 2), Some(W::Portion(_)))) =>
            {
                let p = match w {
                    W::YearSuffix => Period::Year,
                    W::MonthSuffix => Period::Month,
                    _ => Period::Week,
                };
                Some(Ok((i + 1, Moment::at(Point::Period(p, 0)))))
            }
            // "今夏", "昨冬": this or last year's season.
            Kind::Word(W::Shift(s)) => match self.word(i + 1)? {
                W::SeasonWeak(season) | W::Season(season) => Some(Ok((
                    i + 2,
                    Moment::at(Point::Season {
                        year: Some(YearRef::Rel(s.into())),
                        season,
                    }),
                ))),
                _ => None,
            },
            // "次の金曜日" (the next week's), "次の週".
            Kind::Word(W::ShiftWeek(s)) => {
                let s = i32::from(s);
                match self.word(i + 1)? {
                    W::Weekday(wd) => Some(Ok((
                        i + 2,
                        Moment::at(Point::Weekday(wd, WeekdayRule::InWeek(s))),
                    ))),
                    W::Period(p @ (Period::Week | Period::Month)) => {
                        Some(Ok((i + 2, Moment::at(Point::Period(p, s)))))
                    }
                    // "次の年".
                    W::YearSuffix => Some(Ok((i + 2, Moment::at(Point::Period(Period::Year, s))))),
                    _ => None,
                }
            }
            Kind::Word(W::Weekday(wd)) => Some(Ok((
                i + 1,
                Moment::at(Point::Weekday(wd, WeekdayRule::OnOrBefore)),
            ))),
            Kind::Word(W::OrdinalPrefix) if self.word(i + 2) == Some(W::Period(Period::Week)) => {
                let (w, _) = self
                    .num(i + 1)
                    .filter(|&(w, d)| d <= 2 && (1..=53).contains(&w))?;
                Some(Ok((
                    i + 3,
                    Moment::at(Point::IsoWeek {
                        year: None,
                        week: w,
                    }),
                )))
            }
            Kind::Word(W::OrdinalPrefix) => {
                let (end, q) = self.ja_quarter(i)?;
                Some(Ok((
                    end,
                    Moment::at(Point::Quarter {
                        year: None,
                        quarter: q,
                    }),
                )))
            }
            Kind::Word(W::Period(Period::Weekend)) => {
                Some(Ok((i + 1, Moment::at(Point::RecentWeekend))))
            }
            Kind::Word(W::Era(base)) => {
                // "平成30年10月", "令和元年": the era's first year is year 1.
                let n = match self.kind(i + 1)? {
                    Kind::Num(n, _) => n,
                    Kind::Word(W::Count(n)) => n.into(),
                    _ => return None,
                };
                if self.word(i + 2) != Some(W::YearSuffix) {
                    return None;
                }
                let y = i32::try_from(n)
                    .ok()
                    .and_then(|n| (i32::from(base) - 1).checked_add(n))
                    .unwrap_or(i32::MAX);
                if n == 0 || y > 9999 {
                    return Some(Err(i + 3));
                }
                self.ja_month_day(i + 3, Some(YearRef::Abs(y)))
                    .or(Some(Ok((i + 3, Moment::at(Point::Year(y))))))
            }
            _ => None,
        }
    }

    /// A month and day at `i`, maybe in brackets: "6月15日", "(6月15日)".
    fn dated_after(&self, i: usize) -> Option<Step> {
        let open = self.punct(i, '(');
        let k = if open { i + 1 } else { i };
        let Some(Ok((end, m))) = self.ja_point(k) else {
            return None;
        };
        if !matches!(m.point, Point::Date { .. }) {
            return None;
        }
        match (open, self.punct(end, ')')) {
            (false, _) => Some(Ok((end, m))),
            (true, true) => Some(Ok((end + 1, m))),
            (true, false) => None,
        }
    }

    /// A Japanese clock time at `i`: "午後3時30分", "15時", "6時" (after
    /// a first end in the afternoon, `after` carries the p.m. over).
    fn ja_clock(&self, i: usize, after: Option<Clock>) -> Option<(usize, Clock)> {
        let (k, part) = match self.word(i) {
            Some(DateWord::PartOfDay(p)) => (i + 1, Some(p)),
            _ => (i, None),
        };
        let (end, mut clock) = self.ja_clock_with(k, part)?;
        // "午後5時から6時": the second hour is p.m. too.
        if let (None, Some(a)) = (part, after) {
            if a.hour >= 12 && clock.hour < 12 && clock.hour + 12 > a.hour {
                clock.hour += 12;
            }
        }
        Some((end, clock))
    }

    /// `N時 (N分)?` at `i`, read in `part` of the day.
    fn ja_clock_with(&self, i: usize, part: Option<PartOfDay>) -> Option<(usize, Clock)> {
        use DateWord as W;
        let (h, hd) = self.num(i)?;
        if self.word(i + 1) != Some(W::HourMark) || hd > 2 || h > 24 {
            return None;
        }
        let mut end = i + 2;
        let mut minute = None;
        if let (Some((mm, md)), Some(W::MinuteMark)) = (self.num(end), self.word(end + 1)) {
            if md <= 2 && mm <= 59 {
                minute = Some(mm);
                end += 2;
            }
        }
        // "17時49分19秒", "8時31秒".
        let mut second = 0;
        if let (Some((ss, sd)), Some(W::SecondMark)) = (self.num(end), self.word(end + 1)) {
            if sd <= 2 && ss <= 59 {
                second = ss;
                end += 2;
            }
        }
        let later = matches!(
            part,
            Some(PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night)
        );
        let hour = if later && h < 12 { h + 12 } else { h % 24 };
        Some((
            end,
            Clock {
                hour,
                minute: minute.unwrap_or(0),
                second,
                minutes_given: minute.is_some(),
            },
        ))
    }

    /// "第3四半期" at `i`: the token after it and the quarter.
    fn ja_quarter(&self, i: usize) -> Option<(usize, u32)> {
        if self.word(i) != Some(DateWord::OrdinalPrefix) {
            return None;
        }
        let (q, _) = self
            .num(i + 1)
            .filter(|&(q, d)| d == 1 && (1..=4).contains(&q))?;
        (self.word(i + 2) == Some(DateWord::Period(Period::Quarter))).then_some((i + 3, q))
    }

    /// "2日前", "3か月後": a count of units from the anchor.
    fn ja_offset(&self, n: u32, p: Period, j: usize) -> Option<Step> {
        let sign = match self.word(j)? {
            DateWord::Ago => -1,
            DateWord::Later => 1,
            DateWord::CountIn if p != Period::Day => 1,
            _ => return None,
        };
        let n = i32::try_from(n).ok()?;
        Some(Ok((j + 1, Moment::at(Point::Offset(sign * n, p)))))
    }

    /// `N月[N日]` at `i`, in `year`.
    fn ja_month_day(&self, i: usize, year: Option<YearRef>) -> Option<Step> {
        let (m, md) = self.num(i)?;
        if self.word(i + 1) != Some(DateWord::MonthSuffix) {
            return None;
        }
        if md > 2 || !(1..=12).contains(&m) {
            // "13月1日": skip the day too.
            let day = self.num(i + 2).is_some() && self.word(i + 3) == Some(DateWord::DaySuffix);
            return Some(Err(if day { i + 4 } else { i + 2 }));
        }
        if let (Some((d, dd)), Some(DateWord::DaySuffix)) = (self.num(i + 2), self.word(i + 3)) {
            if dd > 2 || !valid_day(year, m, d) {
                return Some(Err(i + 4));
            }
            return Some(Ok((
                i + 4,
                Moment::at(Point::Date {
                    year,
                    month: m,
                    day: d,
                }),
            )));
        }
        Some(Ok((i + 2, Moment::at(Point::Month { year, month: m }))))
    }

    /// "最終月曜日", "最後の金曜日", "第一月曜日" at `i`: the token after,
    /// the count (-1 for the last) and the weekday.
    fn ja_nth_weekday(&self, i: usize) -> Option<(usize, i32, chrono::Weekday)> {
        use DateWord as W;
        let (k, n) = match self.word(i)? {
            W::LastOf => (i + 1, -1),
            W::OrdinalPrefix => {
                let (n, _) = self.num(i + 1).filter(|&(n, _)| (1..=5).contains(&n))?;
                (i + 2, n as i32)
            }
            _ => return None,
        };
        match self.word(k)? {
            W::Weekday(wd) => Some((k + 1, n, wd)),
            _ => None,
        }
    }

    /// After the second end of an interval at `k`: past まで or の間, and
    /// past both after clock times ("月曜日の12時から4時までの間"); after
    /// dates upstream stops at まで ("10月から5月までの間の").
    fn ja_range_close(&self, k: usize, clock: bool) -> usize {
        use DateWord as W;
        match (self.word(k), self.word(k + 1)) {
            (Some(W::Until), Some(W::RangeClose)) if clock => k + 2,
            (Some(W::RangeClose | W::Until), _) => k + 1,
            _ => k,
        }
    }

    /// A calendar unit named after 前の or 次の: 年, 週, 月.
    fn ja_period_noun(&self, i: usize) -> Option<Period> {
        match self.word(i)? {
            DateWord::YearSuffix => Some(Period::Year),
            DateWord::MonthSuffix => Some(Period::Month),
            DateWord::Period(p @ (Period::Week | Period::Month)) => Some(p),
            _ => None,
        }
    }

    /// A count of units from a day, after から or の at `j`:
    ///
    /// | after the count | reading | example |
    /// |---|---|---|
    /// | 後, あと | that many units after the day | 今日から2日後 |
    /// | 前 | that many units before | 昨日の2日前 |
    /// | 以上前 | open interval to that day | 今日から2週間以上前 |
    /// | 以上後 | open interval from that day | 今日から2週間以上あと |
    /// | 以内 (days, weeks) | from the day for that many days | 明日から3日以内 |
    /// | nothing, after から | that many units after the day, as upstream reads it | 明日から3週間 |
    fn ja_count_from(&self, j: usize, first: Moment) -> Option<(usize, Expr)> {
        use DateWord as W;
        let link = self.word(j)?;
        if !matches!(link, W::RangeTo | W::Link)
            || !first.point.is_day()
            || first.part.is_some()
            || first.shift.is_some()
            || first.clock.is_some()
        {
            return None;
        }
        let (v, d) = self.num(j + 1)?;
        let p = match self.word(j + 2)? {
            W::Unit(p) => p,
            W::DaySuffix => Period::Day,
            W::YearSuffix if d <= 2 => Period::Year,
            _ => return None,
        };
        let n = i32::try_from(v).ok()?;
        let mut k = j + 3;
        let more = self.word(k) == Some(W::CountSuffix);
        if more {
            k += 1;
        }
        let moved = |n: i32| Moment {
            shift: Some((n, p)),
            ..first
        };
        Some(match self.word(k) {
            Some(W::Later) if more => (k + 1, Expr::Since(moved(n))),
            Some(W::Later) => (k + 1, Expr::At(moved(n))),
            Some(W::Ago) if more => (k + 1, Expr::Before(moved(-n))),
            Some(W::Ago) => (k + 1, Expr::At(moved(-n))),
            Some(W::Within) if !more && n > 0 => {
                // The last day of the count, so that the interval holds
                // exactly n days or weeks.
                let days = match p {
                    Period::Day => n - 1,
                    Period::Week => n.checked_mul(7)? - 1,
                    _ => return None,
                };
                let last = Moment {
                    shift: Some((days, Period::Day)),
                    ..first
                };
                (k + 1, Expr::Range(first, last))
            }
            // Not "2015年から18年まで" (a short year) nor "1日から3日" (days).
            Some(W::Until | W::RangeClose) => return None,
            _ if !more && link == W::RangeTo && matches!(self.word(j + 2), Some(W::Unit(_))) => {
                (k, Expr::At(moved(n)))
            }
            _ => return None,
        })
    }

    /// The second end of an interval at `k` written with a two-digit year
    /// ("19年2月3日" after "2018年10月1日から"): the year in the first end's
    /// century.
    fn ja_short_year_end(&self, k: usize, first: Moment) -> Option<(usize, Moment)> {
        let base = match first.point {
            Point::Date {
                year: Some(YearRef::Abs(y)),
                ..
            }
            | Point::Month {
                year: Some(YearRef::Abs(y)),
                ..
            }
            | Point::Year(y) => y,
            _ => return None,
        };
        let (v, 1..=2) = self.num(k)? else {
            return None;
        };
        if self.word(k + 1) != Some(DateWord::YearSuffix) {
            return None;
        }
        let year = base - base.rem_euclid(100) + i32::try_from(v).ok()?;
        if year < base {
            return None;
        }
        match self.ja_month_day(k + 2, Some(YearRef::Abs(year))) {
            Some(Ok((end, m))) => Some((end, m)),
            // "2015年から18年まで": the year alone, when the interval closes.
            None if matches!(
                self.word(k + 2),
                Some(DateWord::Until | DateWord::RangeClose)
            ) =>
            {
                Some((k + 2, Moment::at(Point::Year(year))))
            }
            _ => None,
        }
    }
}
