//! English dates: month and weekday names, relative words, parts of day and
//! interval connectors.

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

use crate::lang::dates::DateWord::*;
use crate::lang::dates::PartOfDay::{Afternoon, Evening, Morning, Night};
use crate::lang::dates::Period::{Day, Month as M, Quarter, Week, Weekend, Year};
use crate::lang::dates::Portion::{Early, Late, Mid};
use crate::lang::dates::{DateGrammar, DateLanguage, DateWord};

/// English: "December 15, 2025", "15 December 2025", "12/16" (month first).
pub(crate) struct English;

impl DateLanguage for English {
    fn grammar(&self) -> DateGrammar {
        DateGrammar::Latin { day_first: false }
    }

    fn words(&self) -> &'static [(&'static str, DateWord)] {
        WORDS
    }
}

const WORDS: &[(&str, DateWord)] = &[
    // Months. "May" and "March" are also a verb; abbreviations are too
    // short to stand alone.
    ("january", Month(1)),
    ("february", Month(2)),
    ("march", MonthWeak(3)),
    ("april", Month(4)),
    ("may", MonthWeak(5)),
    ("june", Month(6)),
    ("july", Month(7)),
    ("august", Month(8)),
    ("september", Month(9)),
    ("october", Month(10)),
    ("november", Month(11)),
    ("december", Month(12)),
    ("jan", MonthWeak(1)),
    ("feb", MonthWeak(2)),
    ("mar", MonthWeak(3)),
    ("apr", MonthWeak(4)),
    ("jun", MonthWeak(6)),
    ("jul", MonthWeak(7)),
    ("aug", MonthWeak(8)),
    ("sep", MonthWeak(9)),
    ("sept", MonthWeak(9)),
    ("oct", MonthWeak(10)),
    ("nov", MonthWeak(11)),
    ("dec", MonthWeak(12)),
    // Weekdays.
    ("monday", Weekday(Mon)),
    ("tuesday", Weekday(Tue)),
    ("wednesday", Weekday(Wed)),
    ("thursday", Weekday(Thu)),
    ("friday", Weekday(Fri)),
    ("saturday", Weekday(Sat)),
    ("sunday", Weekday(Sun)),
    ("mon", WeekdayWeak(Mon)),
    ("tue", WeekdayWeak(Tue)),
    ("tues", WeekdayWeak(Tue)),
    ("wed", WeekdayWeak(Wed)),
    ("thu", WeekdayWeak(Thu)),
    ("thur", WeekdayWeak(Thu)),
    ("thurs", WeekdayWeak(Thu)),
    ("fri", WeekdayWeak(Fri)),
    ("sat", WeekdayWeak(Sat)),
    ("sun", WeekdayWeak(Sun)),
    // Days relative to the anchor.
    ("today", RelDay(0)),
    ("now", Now),
    ("yesterday", RelDay(-1)),
    ("tomorrow", RelDay(1)),
    ("the day before yesterday", RelDay(-2)),
    ("the day after tomorrow", RelDay(2)),
    ("tonight", RelDayPart(0, Night)),
    ("last night", RelDayPart(-1, Night)),
    ("this morning", RelDayPart(0, Morning)),
    ("this afternoon", RelDayPart(0, Afternoon)),
    ("this evening", RelDayPart(0, Evening)),
    // Parts of day.
    ("morning", PartOfDay(Morning)),
    ("afternoon", PartOfDay(Afternoon)),
    ("evening", PartOfDay(Evening)),
    ("night", PartOfDay(Night)),
    // Periods and shifts ("last week", "next Thursday").
    ("week", Period(Week)),
    ("month", Period(M)),
    ("year", YearNoun),
    ("this", Shift(0)),
    ("current", Shift(0)),
    ("last", Shift(-1)),
    ("previous", Shift(-1)),
    ("next", Shift(1)),
    ("past", Shift(-1)),
    ("upcoming", Shift(1)),
    ("coming", Shift(1)),
    ("following", Shift(1)),
    // Counted units ("two days ago", "in 3 weeks").
    ("day", Unit(Day)),
    ("days", Unit(Day)),
    ("weeks", Unit(Week)),
    ("months", Unit(M)),
    ("years", Unit(Year)),
    ("ago", Ago),
    ("in", Later),
    ("a", Count(1)),
    ("one", Count(1)),
    ("two", Count(2)),
    ("three", Count(3)),
    ("four", Count(4)),
    ("five", Count(5)),
    ("six", Count(6)),
    ("seven", Count(7)),
    ("eight", Count(8)),
    ("nine", Count(9)),
    ("ten", Count(10)),
    ("eleven", Count(11)),
    ("twelve", Count(12)),
    // Intervals.
    ("between", RangeOpen),
    ("from", RangeOpen),
    ("and", RangeAnd),
    ("to", RangeTo),
    ("through", RangeTo),
    ("thru", RangeTo),
    ("till", RangeTo),
    ("until", Until),
    ("since", Since),
    ("starting", Since),
    ("starting on", Since),
    ("starting from", Since),
    ("beginning", Since),
    ("beginning on", Since),
    ("as early as", Since),
    ("as late as", Until),
    ("later than", After),
    ("earlier than", Before),
    ("or later", OrLater),
    ("and later", OrLater),
    ("or after", OrLater),
    ("and after", OrLater),
    ("or earlier", OrEarlier),
    ("and earlier", OrEarlier),
    ("or before", OrEarlier),
    ("and before", OrEarlier),
    ("before", Before),
    ("after", After),
    // Ordinals and cues.
    ("st", OrdinalSuffix),
    ("nd", OrdinalSuffix),
    ("rd", OrdinalSuffix),
    ("th", OrdinalSuffix),
    ("on", Cue),
    ("of", Cue),
    ("during", Cue),
    ("by", Cue),
    ("early", Portion(Early)),
    ("beginning of", Portion(Early)),
    ("start of", Portion(Early)),
    ("mid", Portion(Mid)),
    ("middle of", Portion(Mid)),
    ("late", Portion(Late)),
    ("end of", Portion(Late)),
    // Quarters and weekends.
    ("q", QuarterLetter),
    ("quarter", Period(Quarter)),
    ("quarters", Unit(Quarter)),
    ("first", Ordinal(1)),
    ("second", Ordinal(2)),
    ("third", Ordinal(3)),
    ("fourth", Ordinal(4)),
    ("weekend", Period(Weekend)),
    ("the", Article),
    // Clock times after a day: "at 10:30 am".
    ("at", At),
    ("@", At),
    ("am", Meridiem(false)),
    ("a.m.", Meridiem(false)),
    ("a.m", Meridiem(false)),
    ("pm", Meridiem(true)),
    ("p.m.", Meridiem(true)),
    ("p.m", Meridiem(true)),
];
