//! What a language needs to say for the time recognizer: the common trait
//! and the vocabulary it is made of.
//!
//! Each language (`en/dates.rs`, `fr/dates.rs`, `ja/dates.rs`) gives one
//! table of phrases, each with its [`DateWord`] role, plus a few facts about
//! its grammar ([`DateGrammar`]). The recognizer in
//! [`crate::recognize`] knows nothing else about a language.
//!
//! # How to add a language
//!
//! 1. Create `src/lang/<code>/dates.rs` with a unit struct implementing
//!    [`DateLanguage`]: a table of phrases in lower case (month and weekday
//!    names, relative words, parts of day, interval connectors).
//! 2. Pick the grammar family: [`DateGrammar::Latin`] for languages whose
//!    dates read "15 December 2025" or "December 15, 2025" with words
//!    separated by spaces, [`DateGrammar::Japanese`] for counters written
//!    after numbers ("2025年12月15日").
//! 3. Give the words that tell a past from a future clause
//!    ([`TenseCues`], from [`DateLanguage::tense_cues`]): they choose the
//!    year of a date written without one. Without them every such date
//!    takes the plain rule.
//! 4. Return it from [`for_language`] and add a row to the conformance
//!    table in `tests/conformance_datetime.rs`.

use chrono::Weekday;

use crate::Language;

/// The part of a day a word names, with the hours the recognizer gives it.
///
/// | part | hours (local time) |
/// |---|---|
/// | morning | 06:00 to 12:00 |
/// | afternoon | 12:00 to 18:00 |
/// | evening | 18:00 to 24:00 |
/// | night | 18:00 to 06:00 the next day |
/// | forenoon (`午前`) | 00:00 to 12:00 |
/// | small hours (`未明`; the end of "la nuit du 11 au 12") | 00:00 to 06:00 |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
    /// Japanese 午前: the whole a.m.
    Forenoon,
    /// The small hours before dawn: Japanese 未明.
    SmallHours,
}

impl PartOfDay {
    /// Start and end as hours after midnight of the day the part belongs
    /// to; an end past 24 runs into the next day.
    pub(crate) fn hours(self) -> (u32, u32) {
        match self {
            PartOfDay::Morning => (6, 12),
            PartOfDay::Afternoon => (12, 18),
            PartOfDay::Evening => (18, 24),
            PartOfDay::Night => (18, 30),
            PartOfDay::Forenoon => (0, 12),
            PartOfDay::SmallHours => (0, 6),
        }
    }
}

/// A calendar unit that relative words count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Period {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    /// Saturday and Sunday of a week.
    Weekend,
    /// A day from Monday to Friday, counted ("the next 4 business days",
    /// "今後4営業日"); public holidays are not known, so not skipped.
    BusinessDay,
    /// Two weeks. A fortnight named relative to the anchor ("the
    /// fortnight", "next fortnight") is a block of two Monday-to-Sunday
    /// weeks starting with the anchor's week.
    Fortnight,
    /// Monday to Friday of a week ("this working week", "next workweek").
    WorkWeek,
    /// Ten years from a year ending in 0 ("the next decade").
    Decade,
}

/// A part of a month or year, with the days or months the recognizer
/// gives it.
///
/// | portion | of a month | of a year |
/// |---|---|---|
/// | early ("early", "beginning of", "début", "初め") | days 1-15 | January-April |
/// | mid ("mid", "middle of", "mi-", "半ば") | days 10-20 | May-August |
/// | late ("late", "end of", "fin", "末") | day 16 to the end | September-December |
/// | 上旬, 中旬, 下旬 (Japanese thirds) | 1-10, 11-20, 21 to the end | (as early, mid, late) |
/// | 前半, 後半 (halves) | 1-15, 16 to the end | January-June, July-December |
/// | "earlier" ("earlier this month", "plus tôt cette année") | from the start to the anchor day, excluded | the same |
/// | "later" ("later this week", "plus tard ce mois-ci") | from the anchor day to the end | the same |
///
/// A year named relative to the anchor ("end of this year", "今年初め")
/// splits into halves instead: early is January-June, late
/// July-December, as upstream Recognizers-Text reads it. A week splits
/// into Monday-Wednesday (early, first half or third) and
/// Thursday-Sunday (late, second half, last third): "end of the week",
/// "週の初め", "今週の後半". "end of year", "end of the month", "end of
/// the week" without "this" are the anchor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Portion {
    Early,
    Mid,
    Late,
    FirstThird,
    SecondThird,
    LastThird,
    FirstHalf,
    SecondHalf,
    /// From the start of the period to the anchor day (excluded).
    BeforeAnchor,
    /// From the anchor day to the end of the period.
    FromAnchor,
    /// English "earlier": from the start of the period to the anchor day
    /// (excluded) or the end of its first half, whichever comes first.
    Earlier,
    /// English "later": from the anchor day or the start of the second
    /// half of the period, whichever comes last, to its end.
    Later,
}

/// The role of a phrase in a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// A month name, 1 to 12, that may stand alone ("August", "août").
    Month(u8),
    /// A month name that is also a common word ("May", "March") or an
    /// abbreviation ("Dec"): a month only next to a day or a year.
    MonthWeak(u8),
    /// A weekday name that may stand alone ("Thursday", "jeudi", "木曜日").
    Weekday(Weekday),
    /// An abbreviated weekday ("Thu", "金"): only next to a date.
    WeekdayWeak(Weekday),
    /// A day counted from the anchor: today 0, yesterday -1.
    RelDay(i8),
    /// A day and a part of it: "tonight", "last night", "今朝".
    RelDayPart(i8, PartOfDay),
    /// A part of a day: "night", "soir", "夜".
    PartOfDay(PartOfDay),
    /// A calendar unit named as a noun: "week", "semaine", "mois".
    Period(Period),
    /// A unit counted by a number: "days", "jours", "日間", "か月".
    Unit(Period),
    /// A whole relative period: "今週" (this week), "先月" (last month).
    RelPeriod(Period, i8),
    /// A word that moves a period or weekday: this 0, last -1, next +1.
    Shift(i8),
    /// A shift that, before a weekday, names that day in the next (+1) or
    /// previous (-1) Monday-to-Sunday week ("next Friday", "previous
    /// Monday"); elsewhere it is a [`DateWord::Shift`].
    ShiftWeek(i8),
    /// Before a count in English ("within 9 months"), after it in
    /// Japanese ("9か月以内に"): from the anchor day to that many units
    /// later.
    Within,
    /// "ago" (after the count) or "il y a" (before it), "前" in Japanese.
    Ago,
    /// "in" or "dans" before a count, "後" after it in Japanese.
    Later,
    /// Opens an interval: "between", "from", "entre", "du".
    RangeOpen,
    /// Joins the ends of an interval that needs an opener: "and", "et".
    RangeAnd,
    /// Joins the ends of an interval: "to", "through", "au", "à", "から", "～".
    RangeTo,
    /// Closes a Japanese interval: "の間", "まで".
    RangeClose,
    /// Opens an interval at a time: "since", "depuis", "から" (after it).
    Since,
    /// Closes an interval at the end of a time: "until", "jusqu'au", "まで".
    Until,
    /// Closes an interval at the start of a time: "before", "avant", "以前".
    Before,
    /// Opens an interval at the end of a time: "after", "après", "以降".
    After,
    /// After a time, opens an interval at its start: "or later", "et
    /// après", "またはその後".
    OrLater,
    /// After a time, closes an interval at its end: "or earlier",
    /// "またはその前".
    OrEarlier,
    /// "or", "ou": with "before" or "after" after a time, an open
    /// interval ("2020 or after"), unless a date follows.
    Or,
    /// A Japanese era whose first year is the given Gregorian year:
    /// 令和 2019, 平成 1989.
    Era(u16),
    /// Early, mid or late in a month or year.
    Portion(Portion),
    /// The letter before a quarter number: "Q3", "T3".
    QuarterLetter,
    /// An ordinal word: "first", "twenty-second", "premier", for days and
    /// quarters.
    Ordinal(u8),
    /// A season that may stand alone: 1 spring, 2 summer, 3 autumn, 4
    /// winter ("summer", "hiver").
    Season(u8),
    /// A season name that is also a common word ("spring", "fall", French
    /// "été", also "been"): a season only after an article, a shift or a
    /// cue ("the fall", "cet été", "l'été"), or before a year.
    SeasonWeak(u8),
    /// A holiday on a fixed day: Christmas is `Holiday(12, 25)`.
    Holiday(u8, u8),
    /// A holiday this many days after Easter Sunday: Easter Monday is 1.
    Easter(i8),
    /// A holiday on the `n`th given weekday of a month (-1 for the last),
    /// maybe moved by some days: Thanksgiving (US) is the fourth Thursday
    /// of November, `HolidayNth(11, Thu, 4, 0)`; Black Friday the day
    /// after, `HolidayNth(11, Thu, 4, 1)`.
    HolidayNth(u8, Weekday, i8, i8),
    /// A week counted in a month or year (-1 for the last): Japanese
    /// 最初の週, 最後の週.
    NthWeek(i8),
    /// Japanese 第 before an ordinal number: 第3四半期.
    OrdinalPrefix,
    /// After a time, "about": Japanese ごろ, 頃. Kept in the span, not in
    /// the value.
    About,
    /// After a year ending in 0, makes it a decade: "1990s", "1990年代";
    /// before it in French "années 1990".
    Decade,
    /// After an ordinal, a century: "21st century", "XXIe siècle" is not
    /// read.
    Century,
    /// After a count, marks it as a count and not a date: Japanese 以上,
    /// ごと ("4日以上" is four days or more, not the 4th); English and
    /// French nouns of counted things ("1637 records", "2400 fiches" are
    /// not years).
    CountSuffix,
    /// Before a clock time: "at", "@".
    At,
    /// After an hour: "am" (false) or "pm" (true).
    Meridiem(bool),
    /// After an hour number: French "h", "heures"; Japanese 時.
    HourMark,
    /// After a minute number: Japanese 分.
    MinuteMark,
    /// "hundred" in a spoken year: "nineteen hundred ninety three".
    Hundred,
    /// "thousand" in a spoken year: "two thousand and fifteen".
    Thousand,
    /// A number written as a word, for counts: "two", "deux".
    Count(u8),
    /// An ordinal suffix glued to a number: "st", "th", "er", "e".
    OrdinalSuffix,
    /// A word that lets a bare number be a year or a day: "in", "en", "of".
    Cue,
    /// An article that belongs to the expression after it: "the", "le".
    Article,
    /// An article before a bare day number: French "le 23".
    DayArticle,
    /// "now", only as the end of an interval ("between now and May").
    Now,
    /// "to date", "till date": up to the anchor day, excluded.
    ToDate,
    /// "for" before a count of units and a start: "for 3 days from
    /// today".
    For,
    /// The letter before a half-year number: "H2 2019", "2019-H1".
    HalfLetter,
    /// A decade named in words: "nineties" is 1990.
    DecadeName(u16),
    /// "w/c" (week commencing): the week holding the day after it.
    WeekCommencing,
    /// A phrase that holds time words but is not a time ("up to date"):
    /// read whole so that its words are not.
    NotTime,
    /// "more than" before a count of units before or after a day: an open
    /// interval beyond that day.
    MoreThan,
    /// "less than" before a count of units after a day: the days up to
    /// that day.
    LessThan,
    /// The noun "year" before a year: "year 2008", "année 2008".
    YearNoun,
    /// A year that does not start in January and whose start the text
    /// does not give: "fiscal year", "school year", "FY". Recognized, not
    /// resolved.
    FiscalYear,
    /// Japanese counters after a number: 年, 月, 日.
    YearSuffix,
    /// See [`DateWord::YearSuffix`].
    MonthSuffix,
    /// See [`DateWord::YearSuffix`].
    DaySuffix,
    /// Japanese の: links a date to a part of day or a weekday.
    Link,
    /// From the start of the anchor's period to the anchor day
    /// (excluded): Japanese 年初来 ("year to date").
    PeriodToDate(Period),
    /// After a count, that many units after the anchor: Japanese で
    /// ("2か月で", in two months). Not after days: "20日で" is more often
    /// "on the 20th".
    CountIn,
    /// After a second number: Japanese 秒.
    SecondMark,
    /// "The last", before a weekday counted in a month: Japanese 最終,
    /// 最後の ("4月の最終月曜日").
    LastOf,
    /// A time of day named by a word, at this hour: French "midi" (12).
    ClockWord(u8),
}

/// The grammar family of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateGrammar {
    /// Space-separated words, day and month names ("15 December 2025",
    /// "December 15, 2025"); connectors before the second end.
    Latin {
        /// Whether `15/12/2025` reads day first (French) or month first
        /// (English).
        day_first: bool,
    },
    /// Counters after numbers (2025年12月15日), particles after the words
    /// they mark (から, まで), no spaces.
    Japanese,
}

/// The tense of the clause a time expression stands in, as far as its
/// words tell: it chooses the year of a date written without one (see
/// the module docs of [`crate::recognize`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Tense {
    /// No cue, or none near enough: the plain rule for dates without a
    /// year holds.
    #[default]
    Unknown,
    /// A verb in a past tense ("was detected", "a été détectée", "検知された").
    Past,
    /// A verb in the future or a plan ("will publish", "sera publié", "公表する予定").
    Future,
}

impl Tense {
    /// The future, or nothing: for limits a past-tense verb may set ahead
    /// ("was postponed until January 9").
    pub(crate) fn future_only(self) -> Tense {
        match self {
            Tense::Past => Tense::Unknown,
            t => t,
        }
    }
}

/// The words that tell the tense of a clause, for [`Tense`].
///
/// The recognizer looks at the words of the sentence around a date
/// without a year, at most [`TenseCues::WINDOW`] bytes either way and not
/// across a sentence end, and takes the nearest cue: before the date
/// first, then after it, or the other way round when the language puts
/// its verbs last ([`TenseCues::verb_last`]).
#[derive(Debug)]
pub(crate) struct TenseCues {
    /// Words and phrases with the tense they mark, in lower case. Latin
    /// languages match them as whole words; Japanese ones, written without
    /// spaces, as substrings ("された", "予定").
    pub(crate) words: &'static [(&'static str, Tense)],
    /// Endings of words that mark a tense ("-ed", "-aient", "-ront"), with
    /// the shortest word they count in; the first ending that fits wins.
    pub(crate) endings: &'static [(&'static str, Tense, u8)],
    /// Words that have such an ending, or a participle's after an
    /// auxiliary, but are no verbs in that tense ("hundred", "caméra",
    /// "portrait"; "lieu" in "a lieu").
    pub(crate) not_cues: &'static [&'static str],
    /// Auxiliaries that make a past tense with a participle right after
    /// them: French "a", "ont", "est" (passé composé).
    pub(crate) auxiliaries: &'static [&'static str],
    /// Endings of participles after an [`TenseCues::auxiliaries`] word.
    pub(crate) participles: &'static [&'static str],
    /// Whether the verb of a clause comes after its time expressions
    /// (Japanese): the cue after the date is looked for first.
    pub(crate) verb_last: bool,
}

impl TenseCues {
    /// How far from a date, in bytes of folded text, a cue may stand.
    pub(crate) const WINDOW: usize = 160;

    /// No cues at all: every date without a year takes the plain rule.
    pub(crate) const NONE: TenseCues = TenseCues {
        words: &[],
        endings: &[],
        not_cues: &[],
        auxiliaries: &[],
        participles: &[],
        verb_last: false,
    };
}

/// What the time recognizer needs to know about a language.
pub(crate) trait DateLanguage: Sync {
    /// The grammar family.
    fn grammar(&self) -> DateGrammar;
    /// The words that tell past from future around a date without a year.
    fn tense_cues(&self) -> &'static TenseCues {
        &TenseCues::NONE
    }
    /// Every phrase with its role, in lower case, as the recognizer sees
    /// text after normalization (NFKC-like width folding, `'` for
    /// typographic apostrophes). Multi-word phrases use single spaces.
    fn words(&self) -> &'static [(&'static str, DateWord)];
}

/// The date vocabulary of `language`.
pub(crate) fn for_language(language: Language) -> &'static dyn DateLanguage {
    match language {
        Language::English => &super::en::dates::English,
        Language::French => &super::fr::dates::French,
        Language::Japanese => &super::ja::dates::Japanese,
    }
}
