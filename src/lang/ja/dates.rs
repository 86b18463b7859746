//! Japanese dates: 曜日, 相対表現, 時間帯, 期間の助詞.
//!
//! Numbers come before their counters (2025年12月16日), so the counters
//! 年, 月 and 日 are words here; particles come after what they mark
//! (12月11日から, 12日まで).

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

use crate::lang::dates::DateWord::*;
use crate::lang::dates::PartOfDay::{Afternoon, Evening, Forenoon, Morning, Night, SmallHours};
use crate::lang::dates::Period::{BusinessDay, Day, Month as M, Quarter, Week, Weekend, Year};
use crate::lang::dates::Portion::{
    Early, FirstHalf, FirstThird, LastThird, Late, Mid, SecondHalf, SecondThird,
};
use crate::lang::dates::Tense::{Future, Past};
use crate::lang::dates::{DateGrammar, DateLanguage, DateWord, TenseCues};

/// Japanese: "2025年12月16日", "12月12日金曜日", "12/16".
pub(crate) struct Japanese;

impl DateLanguage for Japanese {
    fn grammar(&self) -> DateGrammar {
        DateGrammar::Japanese
    }

    fn words(&self) -> &'static [(&'static str, DateWord)] {
        WORDS
    }

    fn tense_cues(&self) -> &'static TenseCues {
        &TENSE
    }
}

/// 過去: 文末・節末の「た」(した, された, ました, だった, 盗まれた, 書いた)
/// と「ている」(すでに始まっている). 未来: 予定, 見込み, 見通し, 方針,
/// 節末の「る」「ます」(公表する。). 述語は日付の後に来る.
const TENSE: TenseCues = TenseCues {
    words: &[
        ("予定", Future),
        ("見込み", Future),
        ("見通し", Future),
        ("方針", Future),
        ("つもり", Future),
        ("ている", Past),
        ("ていた", Past),
        ("ました", Past),
        ("でした", Past),
        ("だった", Past),
        ("かった", Past),
        ("された", Past),
        ("れた", Past),
        ("した", Past),
        ("った", Past),
        ("いた", Past),
        ("えた", Past),
        ("けた", Past),
        ("めた", Past),
        ("せた", Past),
        ("きた", Past),
        ("んだ", Past),
        ("いだ", Past),
        ("た。", Past),
        ("ます。", Future),
        ("る。", Future),
    ],
    endings: &[],
    not_cues: &[],
    auxiliaries: &[],
    participles: &[],
    verb_last: true,
};

const WORDS: &[(&str, DateWord)] = &[
    // Counters.
    ("年", YearSuffix),
    ("月", MonthSuffix),
    ("日", DaySuffix),
    // Weekdays; the one-character forms appear in brackets: 12月12日(金).
    ("月曜日", Weekday(Mon)),
    ("火曜日", Weekday(Tue)),
    ("水曜日", Weekday(Wed)),
    ("木曜日", Weekday(Thu)),
    ("金曜日", Weekday(Fri)),
    ("土曜日", Weekday(Sat)),
    ("日曜日", Weekday(Sun)),
    ("月曜", Weekday(Mon)),
    ("火曜", Weekday(Tue)),
    ("水曜", Weekday(Wed)),
    ("木曜", Weekday(Thu)),
    ("金曜", Weekday(Fri)),
    ("土曜", Weekday(Sat)),
    ("日曜", Weekday(Sun)),
    ("(月)", WeekdayWeak(Mon)),
    ("(火)", WeekdayWeak(Tue)),
    ("(水)", WeekdayWeak(Wed)),
    ("(木)", WeekdayWeak(Thu)),
    ("(金)", WeekdayWeak(Fri)),
    ("(土)", WeekdayWeak(Sat)),
    ("(日)", WeekdayWeak(Sun)),
    // Days relative to the anchor.
    ("今日", RelDay(0)),
    ("本日", RelDay(0)),
    ("昨日", RelDay(-1)),
    ("明日", RelDay(1)),
    ("一昨日", RelDay(-2)),
    ("おととい", RelDay(-2)),
    ("明後日", RelDay(2)),
    ("あさって", RelDay(2)),
    ("今朝", RelDayPart(0, Morning)),
    ("今夜", RelDayPart(0, Night)),
    ("今晩", RelDayPart(0, Night)),
    ("昨夜", RelDayPart(-1, Night)),
    ("昨晩", RelDayPart(-1, Night)),
    // The day before and after, read from the anchor as upstream
    // Recognizers-Text reads them ("前日に", "翌日の予定").
    ("前日", RelDay(-1)),
    ("翌日", RelDay(1)),
    // Demonstratives and "the same": the time under discussion. The
    // recognizer does not follow the discourse, so they take the anchor's
    // day, week, month or year (module documentation, "Rules").
    ("この日", RelDay(0)),
    ("その日", RelDay(0)),
    ("同じ日", RelDay(0)),
    ("この週", RelPeriod(Week, 0)),
    ("その週", RelPeriod(Week, 0)),
    ("同じ週", RelPeriod(Week, 0)),
    ("この週末", RelPeriod(Weekend, 0)),
    ("その週末", RelPeriod(Weekend, 0)),
    ("この月", RelPeriod(M, 0)),
    ("その月", RelPeriod(M, 0)),
    ("同じ月", RelPeriod(M, 0)),
    ("この年", RelPeriod(Year, 0)),
    ("その年", RelPeriod(Year, 0)),
    ("同じ年", RelPeriod(Year, 0)),
    // "年初来" (year to date, as in 年初来高値): from 1 January to the
    // anchor day.
    ("年初来", PeriodToDate(Year)),
    // Relative periods.
    ("今週", RelPeriod(Week, 0)),
    ("先週", RelPeriod(Week, -1)),
    ("来週", RelPeriod(Week, 1)),
    ("今月", RelPeriod(M, 0)),
    ("先月", RelPeriod(M, -1)),
    ("来月", RelPeriod(M, 1)),
    ("今年", RelPeriod(Year, 0)),
    ("本年", RelPeriod(Year, 0)),
    ("昨年", RelPeriod(Year, -1)),
    ("去年", RelPeriod(Year, -1)),
    ("来年", RelPeriod(Year, 1)),
    ("今週末", RelPeriod(Weekend, 0)),
    ("先週末", RelPeriod(Weekend, -1)),
    ("来週末", RelPeriod(Weekend, 1)),
    ("週末", Period(Weekend)),
    ("四半期", Period(Quarter)),
    ("週", Period(Week)),
    ("最初の週", NthWeek(1)),
    ("最後の週", NthWeek(-1)),
    ("最終週", NthWeek(-1)),
    ("最終", LastOf),
    ("最後の", LastOf),
    ("第", OrdinalPrefix),
    // Portions of a month or year: 12月下旬, 今年末.
    ("上旬", Portion(FirstThird)),
    ("初旬", Portion(FirstThird)),
    ("中旬", Portion(SecondThird)),
    ("下旬", Portion(LastThird)),
    ("初め", Portion(Early)),
    ("半ば", Portion(Mid)),
    ("末", Portion(Late)),
    ("終わり", Portion(Late)),
    ("前半", Portion(FirstHalf)),
    ("の前半", Portion(FirstHalf)),
    ("の後半", Portion(SecondHalf)),
    ("後半", Portion(SecondHalf)),
    // "前の週早くに": early in the week.
    ("早く", Portion(Early)),
    ("早くに", Portion(Early)),
    // Clock times: 午後3時30分.
    ("時", HourMark),
    ("分", MinuteMark),
    ("秒", SecondMark),
    // Parts of day.
    ("朝", PartOfDay(Morning)),
    ("午前", PartOfDay(Forenoon)),
    ("午後", PartOfDay(Afternoon)),
    ("夕方", PartOfDay(Evening)),
    ("晩", PartOfDay(Night)),
    ("夜", PartOfDay(Night)),
    ("深夜", PartOfDay(Night)),
    ("未明", PartOfDay(SmallHours)),
    // Counted units ("2日前", "3か月後").
    ("日間", Unit(Day)),
    ("営業日", Unit(BusinessDay)),
    ("週間", Unit(Week)),
    ("か月", Unit(M)),
    ("ヶ月", Unit(M)),
    ("カ月", Unit(M)),
    ("ヵ月", Unit(M)),
    ("箇月", Unit(M)),
    ("年間", Unit(Year)),
    ("年代", Decade),
    ("世紀", Century),
    ("前", Ago),
    ("後", Later),
    ("あと", Later),
    ("で", CountIn),
    // "ひと月前": one month ago.
    ("ひと", Count(1)),
    // Intervals.
    ("から", RangeTo),
    ("~", RangeTo),
    ("の間", RangeClose),
    ("にかけて", RangeClose),
    ("まで", Until),
    ("以降", After),
    ("以後", After),
    ("以来", Since),
    ("以前", Before),
    ("以内", Within),
    ("以内に", Within),
    ("次の", ShiftWeek(1)),
    // No "の前": "Xの前" (before X) is read as の then 前, so that the
    // "前の年" (the year before) of "独立の前の年" stays whole.
    ("の後", After),
    ("またはその後", OrLater),
    ("またはそれ以降", OrLater),
    ("およびそれ以降", OrLater),
    ("またはそれ以前", OrEarlier),
    ("及びその後", OrLater),
    ("とその後", OrLater),
    ("またはその前", OrEarlier),
    ("及びその前", OrEarlier),
    ("とその前", OrEarlier),
    // Ranges counted from the anchor: 今後5日間, 過去5年間.
    ("今後", Shift(1)),
    ("向こう", Shift(1)),
    ("過去", Shift(-1)),
    ("ここ", Shift(-1)),
    // Eras.
    ("令和", Era(2019)),
    ("平成", Era(1989)),
    ("昭和", Era(1926)),
    ("大正", Era(1912)),
    ("明治", Era(1868)),
    ("元", Count(1)),
    // Seasons: only after a year or 今/昨/来 ("今夏", "2025年の冬",
    // "今年の夏"); alone they are too common in other words (夏休み).
    ("春", SeasonWeak(1)),
    ("夏", SeasonWeak(2)),
    ("秋", SeasonWeak(3)),
    ("冬", SeasonWeak(4)),
    ("今", Shift(0)),
    ("昨", Shift(-1)),
    ("来", Shift(1)),
    // Holidays.
    ("元日", Holiday(1, 1)),
    ("元旦", Holiday(1, 1)),
    ("大晦日", Holiday(12, 31)),
    ("クリスマス", Holiday(12, 25)),
    ("独立記念日", Holiday(7, 4)),
    ("クリスマスイブ", Holiday(12, 24)),
    ("より前", Before),
    ("の", Link),
    ("ごろ", About),
    ("以上", CountSuffix),
    ("以下", CountSuffix),
    ("未満", CountSuffix),
    ("ごと", CountSuffix),
    ("おき", CountSuffix),
    ("頃", About),
    ("翌週", RelPeriod(Week, 1)),
];
